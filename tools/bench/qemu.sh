#!/usr/bin/env bash
# The benchmark suite (tools/bench/suite/*.js) on the Cortex-M4F firmware
# (QEMU mps2-an386, semihosting): guest instructions executed per program,
# counted by the TCG plugin ../shared/tools/qemu-insncount.c (built here
# into a temporary directory). The firmware is the cortex-m4 preset's
# js_test_firmware, which runs a script and compares its output with the
# .expected file: a count is printed only for a program whose output matched.
#   bash tools/bench/qemu.sh [name ...]      (default: every program)
# Environment: FIRMWARE (default build/cortex-m4/tests/js_test_firmware.elf),
# PLUGIN_SRC (default ../shared/tools/qemu-insncount.c beside the repo or
# /work/shared/tools/qemu-insncount.c), SKIP_BUILD=1 to use the firmware as built.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
FIRMWARE=${FIRMWARE:-build/cortex-m4/tests/js_test_firmware.elf}
PLUGIN_SRC=${PLUGIN_SRC:-}
for p in ../shared/tools/qemu-insncount.c /work/shared/tools/qemu-insncount.c; do
    [ -n "$PLUGIN_SRC" ] || { [ -f "$p" ] && PLUGIN_SRC=$p; }
done
[ -n "$PLUGIN_SRC" ] || { echo "qemu.sh: qemu-insncount.c not found: set PLUGIN_SRC" >&2; exit 2; }
[ -n "${SKIP_BUILD:-}" ] || { cmake --preset cortex-m4 >/dev/null && cmake --build --preset cortex-m4 --target js_test_firmware >/dev/null; }
case $FIRMWARE in /*) ;; *) FIRMWARE=$root/$FIRMWARE ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -shared -fPIC -O2 -o "$work/libinsncount.so" "$PLUGIN_SRC"

if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in tools/bench/suite/*.js; do names+=("$(basename "$f" .js)"); done; fi
printf '%-14s %14s\n' program insns
for n in "${names[@]}"; do
    status=0
    # Paths relative to the suite directory: the semihosting command line
    # holds at most 255 characters.
    (cd tools/bench/suite && timeout 600 qemu-system-arm -M mps2-an386 -nographic -monitor none -serial none \
        -semihosting-config "enable=on,target=native,arg=js_test_firmware,arg=$n.js,arg=$n.expected" \
        -plugin "$work/libinsncount.so" -d plugin -D "$work/$n.log" \
        -kernel "$FIRMWARE" </dev/null >"$work/$n.out" 2>&1) || status=$?
    if [ "$status" -ne 0 ]; then
        printf '%-14s %14s\n' "$n" "failed($status)"
        continue
    fi
    printf '%-14s %14s\n' "$n" "$(awk '/^insns:/ { print $2 }' "$work/$n.log")"
done
