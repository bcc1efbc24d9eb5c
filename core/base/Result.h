#pragma once

#include <QString>

#include <expected>

namespace caisse {

/** A failure the caller can act on: a code for the program, a translated sentence for the person at the counter. */
struct Error
{
    enum class Code
    {
        InvalidInput,
        NotFound,
        BusinessRule,
        Storage,
        StorageFull,
        ReadOnly,
        Corrupt,
        TooNew,
        /** The operator's role does not allow it. */
        Forbidden,
    };
    Code code;
    QString message;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> failure(Error::Code code, QString message)
{
    return std::unexpected(Error {code, std::move(message)});
}

} // namespace caisse
