#!/usr/bin/env bash
# Builds tests/consumer against the engine as an outside project would.
#   check.sh package      ENGINE_BUILD_DIR WORK_DIR [cmake args...]
#   check.sh subdirectory ENGINE_SOURCE_DIR WORK_DIR [cmake args...]
#   check.sh pkg-config   ENGINE_BUILD_DIR WORK_DIR
# package installs ENGINE_BUILD_DIR into WORK_DIR/prefix and uses
# find_package; subdirectory uses add_subdirectory and checks that only the
# library is built and that installing the consumer installs no engine CLI.
# The extra cmake args (a toolchain file) make a cross build, which is linked
# but not run. The program runs when the build is native.
set -euo pipefail
mode=$1 engine=$2 work=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
cross=0
for arg in "$@"; do
    case $arg in -DCMAKE_TOOLCHAIN_FILE=*) cross=1 ;; esac
done

case $mode in
package)
    cmake --install "$engine" --prefix "$work/prefix" >/dev/null
    test -f "$work/prefix/lib/cmake/engine/engineConfig.cmake"
    test -f "$work/prefix/include/engine.h"
    if [ -e "$work/prefix/bin/engine" ] && [ "$cross" -eq 1 ]; then
        echo "a cross build installed bin/engine" >&2
        exit 1
    fi
    cmake -S "$here" -B "$work/build" -G Ninja -DENG_CONSUMER_MODE=package \
        "-DCMAKE_PREFIX_PATH=$work/prefix" "$@" >/dev/null
    ;;
subdirectory)
    cmake -S "$here" -B "$work/build" -G Ninja -DENG_CONSUMER_MODE=subdirectory \
        "-DENG_SOURCE_DIR=$engine" "$@" >/dev/null
    ;;
pkg-config)
    cmake --install "$engine" --prefix "$work/prefix" >/dev/null
    export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
    # shellcheck disable=SC2046
    cc -std=c99 -o "$work/consumer" "$here/main.c" $(pkg-config --cflags --libs engine)
    "$work/consumer"
    exit 0
    ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac

cmake --build "$work/build"
if [ "$mode" = subdirectory ]; then
    cmake --install "$work/build" --prefix "$work/installed" >/dev/null
    if [ -e "$work/installed/bin/engine" ]; then
        echo "installing the consumer installed the engine CLI" >&2
        exit 1
    fi
    test -f "$work/installed/bin/consumer"* || { echo "consumer not installed" >&2; exit 1; }
fi
if [ "$cross" -eq 0 ]; then
    "$work/build/consumer"
else
    echo "consumer: linked for the target"
fi
