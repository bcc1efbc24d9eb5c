#!/usr/bin/env bash
# Installs what is missing, builds the register into build/ and starts it on its demo store (build/demo-store), with
# the payment terminal emulator answering its card payments on 127.0.0.1:8888 and the virtual receipt printer on
# 127.0.0.1:9100 writing each receipt as a PNG into build/demo-store/receipts, and the online store emulator on
# 127.0.0.1:8700 selling the same articles, with which the register syncs its stock (two customers order online just
# after the register connects: one to deliver, one to pick up in the shop).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
caisse_install_packages
caisse_build "$CAISSE_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOS_BUILD_TESTS=OFF

data_dir="${CAISSE_DATA_DIR:-$CAISSE_ROOT/build/demo-store}"
mkdir -p "$data_dir"
"$CAISSE_ROOT/build/bin/caisse-terminal-sim" --port 8888 >"$data_dir/terminal-sim.log" 2>&1 &
terminal_sim=$!
"$CAISSE_ROOT/build/bin/caisse-virtual-printer" --port 9100 --out "$data_dir/receipts" >"$data_dir/printer.log" 2>&1 &
printer=$!
"$CAISSE_ROOT/build/bin/caisse-store-sim" --port 8700 --catalog "$CAISSE_ROOT/resources/demo/catalog.csv" --demo-orders \
    >"$data_dir/store-sim.log" 2>&1 &
store_sim=$!
trap 'kill "$terminal_sim" "$printer" "$store_sim" 2>/dev/null || true' EXIT
devices=(--demo --terminal 127.0.0.1:8888 --printer 127.0.0.1:9100 --store-url http://127.0.0.1:8700 --store-hash demo)
# The emulator's token; a real store's is given the same way once, and kept in the keychain.
export CAISSE_STORE_TOKEN="${CAISSE_STORE_TOKEN:-demo-token}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display here: starting the register offscreen once to check it opens its demo store, then stopping."
    echo "On a desktop, the same command opens its window."
    QT_QPA_PLATFORM=offscreen "$CAISSE_ROOT/build/bin/caisse" --data-dir "$data_dir" --report-startup "${devices[@]}" "$@"
    exit
fi
"$CAISSE_ROOT/build/bin/caisse" --data-dir "$data_dir" "${devices[@]}" "$@"
