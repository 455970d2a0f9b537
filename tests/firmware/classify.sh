#!/usr/bin/env bash
# Runs every JS corpus script on a board's test firmware (skip lists
# ignored) and prints one line per script that fails, with the reason read
# from its output: a starting point for tests/firmware/<port>.skip.
#   bash tests/firmware/classify.sh BUILD_DIR QEMU_MACHINE
# e.g. bash tests/firmware/classify.sh build/cortex-m3 lm3s6965evb
set -uo pipefail
build=$(cd "$1" && pwd)
machine=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root/tests/js"
passed=0 failed=0
while IFS= read -r js; do
    expected=${js%.js}.expected
    [ -f "$expected" ] || continue
    out=$(TZ=UTC bash "$root/cmake/qemu-run.sh" -M "$machine" "$build/tests/js_test_firmware.elf" "$js" "$expected" 2>&1)
    if [ $? -eq 0 ]; then
        passed=$((passed + 1))
        continue
    fi
    failed=$((failed + 1))
    peak=$(echo "$out" | sed -n 's/^firmware: \(stack peak [0-9]* of [0-9]* bytes, heap peak [0-9]* of [0-9]* bytes\).*/\1/p' | head -1)
    if echo "$out" | grep -q "C stack overflow"; then reason="C stack overflow (fault on the guard)"
    elif echo "$out" | grep -qE "actual: *Uncaught RangeError: Out of memory|out of memory while capturing"; then reason="out of memory"
    elif echo "$out" | grep -q "actual: *Uncaught RangeError: Maximum call stack"; then reason="RangeError: the C stack or depth limit"
    elif echo "$out" | grep -q "timed out"; then reason="timed out"
    else reason="output differs: $(echo "$out" | grep -m1 'actual:' | cut -c1-80)"
    fi
    printf '%-40s # %s%s\n' "$js" "$reason" "${peak:+ ($peak)}"
done < <(find . -name '*.js' ! -path './profiles/*' | sed 's|^\./||' | sort)
echo "# $passed passed, $failed failed" >&2
