# Shared by scripts/demo.sh and scripts/test.sh: installs the Debian 12 packages the build needs, when missing.
set -euo pipefail

CAISSE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CAISSE_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config dpkg-dev file clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    qt6-qpa-plugins qt6-translations-l10n libgl-dev libsqlite3-dev libssl-dev qtkeychain-qt6-dev libusb-1.0-0-dev qt6-serialport-dev
    qt6-charts-dev libqt6opengl6-dev
    libqrencode-dev libzbar-dev libcurl4-openssl-dev
    fonts-dejavu-core
)

caisse_install_packages() {
    local missing=()
    for package in "${CAISSE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ccache keyed on paths relative to the checkout, so that a fresh clone elsewhere (CI's) reuses what an earlier build of
# the same sources compiled; debug info then names the first checkout's folder, which no one reads from a cached build.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$CAISSE_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"

caisse_build() {
    local dir="$1"
    shift
    cmake -S "$CAISSE_ROOT" -B "$dir" -G Ninja "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}
