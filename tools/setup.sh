#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hookflow contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by ./run and ./test: install the Debian packages Hookflow needs (only those missing,
# quietly), then configure and build. Idempotent.
set -euo pipefail

HOOKFLOW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOOKFLOW_BUILD="${HOOKFLOW_BUILD:-$HOOKFLOW_ROOT/build}"

hookflow_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libsqlite3-dev libqt6svg6 libgl-dev
    libqscintilla2-qt6-dev qtkeychain-qt6-dev dbus-daemon
    appstream desktop-file-utils
    ruby ruby-liquid
    nginx
    curl
    xvfb xauth fonts-noto-cjk
)

hookflow_install_packages() {
    local missing=()
    for package in "${hookflow_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >/dev/null
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

hookflow_build() {
    local generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    if [ ! -f "$HOOKFLOW_BUILD/CMakeCache.txt" ]; then
        cmake -S "$HOOKFLOW_ROOT" -B "$HOOKFLOW_BUILD" "${generator[@]}" \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    elif [ $# -gt 0 ]; then
        cmake "$HOOKFLOW_BUILD" "$@" >/dev/null
    fi
    cmake --build "$HOOKFLOW_BUILD" --parallel "$(nproc)"
}
