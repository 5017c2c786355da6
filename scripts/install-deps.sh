#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing Kiến Trúc Studio need.
# This is the only place that lists them. Does nothing when everything is present.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ make pkg-config
    libsqlite3-dev  # the model reads .ktm files with the SQLite C API (the library QSQLITE uses)
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libvulkan-dev
    libquazip1-qt6-dev  # the zip of DOCX and ODT reports
    libpq-dev  # the benchmark's repository floors talk to PostgreSQL through libpq
    qtkeychain-qt6-dev  # repository passwords in the system keyring, never in a file
    # run
    libqt6sql6-sqlite libqt6svg6
    libqt6sql6-psql  # the team repository on PostgreSQL (Qt's QPSQL driver)
    qt6-qpa-plugins qt6-translations-l10n
    fonts-noto-core fonts-liberation2
    # tests and looking at the output
    postgresql  # the repository tests start a throw-away server (tests/support/pgserver.sh)
    libxml2-utils sqlite3 xvfb xauth poppler-utils librsvg2-bin
    clang libclang-rt-14-dev  # make test-asan and make fuzz: the sanitizers and libFuzzer
    libreoffice-writer-nogui  # the report tests convert our DOCX and ODT to PDF with it
    # desktop integration: validators of the .desktop entry and AppStream
    # metadata, and the Debian package built by CPack (dpkg-shlibdeps)
    desktop-file-utils appstream dpkg-dev shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "install-deps: these packages are missing and this is not root (no sudo): ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
