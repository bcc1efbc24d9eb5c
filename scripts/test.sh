#!/usr/bin/env bash
# Installs what is missing, builds with AddressSanitizer and UndefinedBehaviorSanitizer and warnings as errors into
# build/sanitize, runs every test there, checks formatting, proves core and hardware build without Widgets, and builds
# the .deb package from the release build in build/, and that every user-visible string has its French translation.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
caisse_install_packages

echo "== Formatting"
( cd "$CAISSE_ROOT" && git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror )

echo "== Core and hardware without Widgets"
caisse_build "$CAISSE_ROOT/build/core-only" -DPOS_BUILD_APP=OFF -DPOS_BUILD_TESTS=OFF -DPOS_WERROR=ON

echo "== Sanitized build and tests"
caisse_build "$CAISSE_ROOT/build/sanitize" -DCMAKE_BUILD_TYPE=Debug -DPOS_SANITIZE=ON -DPOS_WERROR=ON
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$CAISSE_ROOT/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir "$CAISSE_ROOT/build/sanitize" --output-on-failure --parallel "$(nproc)" --timeout 600

echo "== Translations"
caisse_build "$CAISSE_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOS_WERROR=ON
cmake --build "$CAISSE_ROOT/build" --target update_translations >/dev/null
if ! git -C "$CAISSE_ROOT" diff --quiet -- translations/ || grep -q 'type="unfinished"' "$CAISSE_ROOT/translations/caisse_fr.ts"; then
    echo "translations/caisse_fr.ts is not up to date with the sources: update_translations changed it or left"
    echo "untranslated strings. Translate them (Qt Linguist) and commit the .ts files."
    exit 1
fi

echo "== Release build and package"
caisse_build "$CAISSE_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOS_WERROR=ON
( cd "$CAISSE_ROOT/build" && cpack -G DEB >/dev/null && ls -1 ./*.deb )
