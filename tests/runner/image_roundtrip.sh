#!/bin/sh
# image_roundtrip.sh WRITER JS EXPECTED IMAGE RUNNER...
#
# Compiles the corpus script JS (relative to the current directory,
# tests/js, so that the image carries the same file name as the source
# test) into IMAGE with WRITER (an engine CLI: --compile), then runs
# RUNNER... IMAGE EXPECTED: js_test_runner on the host, or the firmware
# through qemu-run.sh. The output must match the source test's. A script
# with an early error makes no image: the writer's report must then be
# the expected output (the source test prints nothing before it either).
writer=$1 js=$2 expected=$3 image=$4
shift 4
if [ ! -x "$writer" ]; then
    echo "image_roundtrip.sh: no image writer at $writer (build it first)" >&2
    exit 2
fi
mkdir -p "$(dirname "$image")"
rm -f "$image"
if ! report=$("$writer" --compile -o "$image" "$js" 2>&1 >/dev/null); then
    first=$(printf '%s\n' "$report" | head -n 1)
    if [ "$first" = "$(cat "$expected")" ]; then
        echo "no image: $first (as expected)"
        exit 0
    fi
    echo "FAIL $js: the image could not be written: $report" >&2
    exit 1
fi
exec "$@" "$image" "$expected"
