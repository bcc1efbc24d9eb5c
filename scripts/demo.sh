#!/usr/bin/env bash
# Installs what is missing, builds the register into build/ and starts it on its demo store (build/demo-store).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
caisse_install_packages
caisse_build "$CAISSE_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOS_BUILD_TESTS=OFF

data_dir="${CAISSE_DATA_DIR:-$CAISSE_ROOT/build/demo-store}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display here: starting the register offscreen once to check it opens its demo store, then stopping."
    echo "On a desktop, the same command opens its window."
    QT_QPA_PLATFORM=offscreen exec "$CAISSE_ROOT/build/bin/caisse" --data-dir "$data_dir" --report-startup "$@"
fi
exec "$CAISSE_ROOT/build/bin/caisse" --data-dir "$data_dir" "$@"
