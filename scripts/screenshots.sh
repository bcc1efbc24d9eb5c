#!/usr/bin/env bash
# Renders every screen of the counter, in French and in English, into docs/screenshots/<language>/ (offscreen, on the
# demo store). Look at each picture after a change of the screens.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
caisse_install_packages
caisse_build "$CAISSE_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
for language in fr_FR en_GB; do
    QT_QPA_PLATFORM=offscreen "$CAISSE_ROOT/build/bin/caisse-screenshots" --lang "$language" \
        "$CAISSE_ROOT/docs/screenshots/${language%%_*}"
done
