#!/usr/bin/env bash
# THE test command: configure, build and test every preset in turn.
#   bash scripts/test-all.sh [preset...]
#     (default: host host-32 asan torture-32 low-memory-32 ptr16-32 minimal-32 cortex-m4 cortex-m3 cortex-m0 fuzz footprint)
# "fuzz" builds the libFuzzer targets with clang and runs each for 60 s
# (docs/fuzzing.md).
# "footprint" is not a CMake preset: tools/footprint/run.sh, the flash, heap
# and C stack figures of the default and low-memory profiles checked against
# tools/footprint/budgets.txt.
# Installs missing Debian packages first when run as root. Stops at the
# first failure with a non-zero status; prints one summary line per preset.
set -euo pipefail
cd "$(dirname "$0")/.."

presets=("$@")
[ ${#presets[@]} -eq 0 ] && presets=(host host-32 asan torture-32 low-memory-32 ptr16-32 minimal-32 cortex-m4 cortex-m3 cortex-m0 fuzz footprint)

packages=(cmake ninja-build g++ catch2)
for preset in "${presets[@]}"; do
    case $preset in
        host-32|torture-32|low-memory-32|ptr16-32|minimal-32) packages+=(gcc-multilib g++-multilib) ;;
        footprint) packages+=(gcc-multilib g++-multilib gcc-arm-none-eabi libnewlib-arm-none-eabi
                              libstdc++-arm-none-eabi-newlib binutils-arm-none-eabi
                              qemu-system-arm) ;;
        cortex-m4|cortex-m3|cortex-m0) packages+=(gcc-arm-none-eabi libnewlib-arm-none-eabi
                              libstdc++-arm-none-eabi-newlib binutils-arm-none-eabi
                              qemu-system-arm) ;;
        fuzz) packages+=(clang libclang-rt-14-dev) ;;
    esac
done
# python3 runs tests/cli/repl_pty.py (the REPL on a pseudo-terminal) in the
# presets built for the host.
for preset in "${presets[@]}"; do
    case $preset in
        cortex-m4|footprint|fuzz) ;;
        *) packages+=(python3) ;;
    esac
done
bash scripts/install-deps.sh "${packages[@]}"

summary=()
print_summary() {
    echo
    echo "==== summary"
    printf '%s\n' "${summary[@]}"
}

failed=0
for preset in "${presets[@]}"; do
    if [ "$failed" -ne 0 ]; then
        summary+=("$preset: not run")
        continue
    fi
    start=$SECONDS
    phase=""
    echo
    echo "==== $preset"
    if [ "$preset" = footprint ]; then
        if phase=budgets && bash tools/footprint/run.sh &&
           phase=budgets-low-memory && bash tools/footprint/run.sh --profile low-memory; then
            summary+=("$preset: PASS ($((SECONDS - start)) s)")
        else
            summary+=("$preset: FAIL in $phase ($((SECONDS - start)) s)")
            failed=1
        fi
        continue
    fi
    if phase=configure && cmake --preset "$preset" &&
       phase=build && cmake --build --preset "$preset" &&
       phase=test && ctest --preset "$preset" --output-on-failure -j2; then
        summary+=("$preset: PASS ($((SECONDS - start)) s)")
    else
        summary+=("$preset: FAIL in $phase ($((SECONDS - start)) s)")
        failed=1
    fi
done
print_summary
exit "$failed"
