#!/usr/bin/env bash
# Footprint figures, measured: Thumb-2 code size of libengine.a (cortex-m4
# preset) and heap bytes after heap creation on the 32-bit host build.
#   bash tools/footprint.sh   (builds the host-32 and cortex-m4 presets first)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset cortex-m4 >/dev/null && cmake --build --preset cortex-m4 --target engine >/dev/null
cmake --preset host-32 >/dev/null && cmake --build --preset host-32 --target heap_footprint heap_breakdown >/dev/null
echo "== libengine.a, Thumb-2 (-Os, Cortex-M4F), arm-none-eabi-size totals"
arm-none-eabi-size -t build/cortex-m4/libengine.a | tail -1 |
    awk '{ printf "text %d  data %d  bss %d  (bytes)\n", $1, $2, $3 }'
echo "== heap on the 32-bit host build"
build/host-32/heap_footprint
echo "== where the bytes of a new heap go (docs/memory.md)"
build/host-32/heap_breakdown
