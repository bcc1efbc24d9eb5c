#pragma once

#include <QByteArray>

namespace caisse {

/**
 * The value of environment variable name, removed from the process's environment and overwritten where the process
 * started with it: unsetting alone leaves the original bytes readable in /proc/PID/environ for the whole run. For
 * secrets handed over once at start (the store's API token).
 */
QByteArray takeFromEnvironment(const char* name);

} // namespace caisse
