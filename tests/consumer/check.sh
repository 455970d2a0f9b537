#!/usr/bin/env bash
# Builds tests/consumer against the engine as an outside project would.
#   check.sh package      ENGINE_BUILD_DIR WORK_DIR [cmake args...]
#   check.sh subdirectory ENGINE_SOURCE_DIR WORK_DIR [cmake args...]
#   check.sh pkg-config   ENGINE_BUILD_DIR WORK_DIR
#   check.sh firmware     ENGINE_SOURCE_DIR WORK_DIR [cmake args...]
# package installs ENGINE_BUILD_DIR into WORK_DIR/prefix and uses
# find_package; subdirectory uses add_subdirectory and checks that only the
# library is built and that installing the consumer installs no engine CLI.
# firmware builds firmware_main.c (its own allocator, clock and output) with
# ENG_LIBC_DEFAULTS=OFF and checks the link: no malloc, stdio, time or qsort
# in the image, and the library's undefined symbols only mem*/str*, libm (or
# newlib's IEEE 754 cores of libm functions) and the compiler's helpers.
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
firmware)
    cmake -S "$here" -B "$work/build" -G Ninja -DENG_CONSUMER_MODE=subdirectory \
        "-DENG_SOURCE_DIR=$engine" -DENG_CONSUMER_FIRMWARE=ON -DENG_LIBC_DEFAULTS=OFF "$@" >/dev/null
    cmake --build "$work/build"
    nm=nm
    [ "$cross" -eq 1 ] && nm=arm-none-eabi-nm
    elf="$work/build/consumer"
    status=0
    forbidden='^(malloc|_malloc_r|calloc|_calloc_r|realloc|_realloc_r|free|_free_r|fwrite|_fwrite_r|fputs|puts|printf|fprintf|fiprintf|sprintf|snprintf|vsnprintf|_vfprintf_r|_vfiprintf_r|stdout|time|_time|_times|_gettimeofday|clock_gettime|localtime_r|localtime|qsort|strtod|_strtod_r)$'
    found=$("$nm" "$elf" | awk '{ print $NF }' | grep -E "$forbidden" || true)
    if [ -n "$found" ]; then
        echo "the firmware links C library parts it must not:" $found >&2
        status=1
    fi
    # Every symbol the library needs from outside itself (with newlib's
    # fdlibm math, the IEEE 754 cores of the functions it wraps for errno,
    # src/value/libm.h).
    allowed='^(mem(chr|cmp|cpy|move|set)|str(chr|cmp|cpy|len)|(a?(cos|sin|tan)h?|atan2|exp|expm1|log|log10|log1p|log2|pow|sqrt|cbrt|hypot|fmod|floor|ceil|trunc|ldexp|frexp|nextafter|fabs|round)|__ieee754_(acosh?|asin|atan2|atanh|cosh|exp|fmod|hypot|log|log10|pow|sinh|sqrt)|__aeabi_[a-z0-9]+|__gnu_[a-z0-9_]+|__[a-z]+[sd]i[0-9]|_ZN3eng.*|_ZNK3eng.*|__stack_chk_.*)$'
    extra=$("$nm" -u "$work/build/engine/libengine.a" | awk 'NF == 2 && $1 == "U" { print $2 }' | sort -u | grep -vE "$allowed" || true)
    if [ -n "$extra" ]; then
        echo "libengine.a needs symbols outside the allowed set:" $extra >&2
        status=1
    fi
    [ "$status" -eq 0 ] && echo "consumer: firmware link clean"
    exit "$status"
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
