#include "base/Environment.h"

#include <QtGlobal>

#include <cstring>

#ifdef Q_OS_UNIX
extern char** environ;
#endif

namespace caisse {

QByteArray takeFromEnvironment(const char* name)
{
    const QByteArray value = qgetenv(name);
#ifdef Q_OS_UNIX
    // The kernel shows /proc/PID/environ from the block the process started with, which environ still points into.
    const std::size_t nameLength = std::strlen(name);
    for (char** entry = environ; entry && *entry; ++entry) {
        if (std::strncmp(*entry, name, nameLength) == 0 && (*entry)[nameLength] == '=') {
            char* secret = *entry + nameLength + 1;
            std::memset(secret, 0, std::strlen(secret));
        }
    }
#endif
    qunsetenv(name);
    return value;
}

} // namespace caisse
