# Shared by scripts/run and scripts/test: the Debian packages Ruqsat needs, and how to install them.
# shellcheck shell=bash

RUQSAT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Build: compiler, CMake, Qt 6 (Core, Sql with its PostgreSQL driver, Gui, Widgets, PrintSupport, Linguist;
# Qt's own Russian catalogue for its standard dialogs),
# libpq, Catch2. Run: the PostgreSQL 15 server programs (initdb, pg_ctl) and the time-zone database.
# libqrencode for the documents' QR codes. Tests and screenshots: Xvfb, poppler's pdftotext and
# pdftoppm, clang-format for the format check.
RUQSAT_PACKAGES=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libgl-dev
    qt6-translations-l10n
    libpq-dev postgresql-15 tzdata libqrencode-dev
    catch2 clang-format
    xvfb xauth fonts-dejavu-core poppler-utils
)

# Installs what is missing: apt-get as root, sudo where it works without a prompt, otherwise prints
# the exact command and exits 2.
ruqsat_install_packages() {
    local missing=()
    local package
    for package in "${RUQSAT_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local apt=(apt-get install -y --no-install-recommends "${missing[@]}")
    if [ "$(id -u)" -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive "${apt[@]}"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo DEBIAN_FRONTEND=noninteractive apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive "${apt[@]}"
    else
        echo "These Debian packages are missing and this user cannot install them. As root, run:" >&2
        echo "  apt-get update && ${apt[*]}" >&2
        exit 2
    fi
}

ruqsat_jobs() {
    nproc 2>/dev/null || echo 2
}
