#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hookflow contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the README's screenshots: the real app under Xvfb, on a fresh workspace seeded with the
# examples, one picture per example with its webhook selected (so the inspector shows the request
# editor and the live preview), and one in Korean. Usage: tools/screenshots.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
app="$build/app/hookflow"
[ -x "$app" ] || { echo "screenshots: build first ($app is missing)" >&2; exit 1; }
command -v xvfb-run >/dev/null && command -v import >/dev/null \
    || { echo "screenshots: needs xvfb-run and ImageMagick's import" >&2; exit 1; }

shoot() { # NAME FILE NODE [env...]
    local name="$1" file="$2" node="$3"
    shift 3
    local workspace
    workspace="$(mktemp -d)"
    env "$@" xvfb-run -a -s "-screen 0 1480x940x24" bash -c "
        '$app' --workspace '$workspace' '$workspace/$file' --select '$node' &
        sleep 6
        import -window root '$root/docs/$name.png'
        kill %1" 2>/dev/null
    rm -rf "$workspace"
    echo "docs/$name.png"
}

shoot designer-price-drop-alert price-drop-alert.hookflow.json alimtalk
shoot designer-review-points review-points.hookflow.json points
shoot designer-re-engagement re-engagement.hookflow.json inactive
shoot designer-ko price-drop-alert.hookflow.json alimtalk HOOKFLOW_LANG=ko
