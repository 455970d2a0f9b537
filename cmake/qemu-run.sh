#!/usr/bin/env bash
# Runs a firmware ELF on a QEMU Arm machine (default mps2-an386, Cortex-M4F)
# with semihosting:
#   qemu-run.sh [-M machine] firmware.elf [args...]
# The arguments reach main(argc, argv); stdio and files go to the host; the
# exit status of the firmware (exit(N)) is this script's exit status.
# The test firmware's CROSSCOMPILING_EMULATOR (tests/firmware/CMakeLists.txt).
set -euo pipefail

machine=mps2-an386
if [ "${1:-}" = "-M" ] && [ $# -ge 2 ]; then
    machine=$2
    shift 2
fi
if [ $# -lt 1 ]; then
    echo "usage: qemu-run.sh [-M machine] firmware.elf [args...]" >&2
    exit 3
fi
elf=$1
shift

# One semihosting command line: newlib's crt0 splits it at spaces (quotes
# group) into a buffer of 255 characters. QEMU's option parser needs commas
# doubled. Refuse what cannot be passed faithfully rather than drop it.
cmdline=$(basename "$elf")
for arg in "$@"; do
    case $arg in
        *\"*|*\'*) echo "qemu-run.sh: quotes in arguments are not supported: $arg" >&2; exit 3 ;;
        *[[:space:]]*|'') arg="\"$arg\"" ;;
    esac
    cmdline+=" $arg"
done
if [ ${#cmdline} -gt 254 ]; then
    echo "qemu-run.sh: command line longer than 254 characters (newlib limit): $cmdline" >&2
    exit 3
fi

status=0
timeout "${ENG_QEMU_TIMEOUT:-60}" qemu-system-arm -M "$machine" -nographic \
    -monitor none -serial none \
    -semihosting-config "enable=on,target=native,arg=${cmdline//,/,,}" \
    -kernel "$elf" </dev/null || status=$?
if [ "$status" -eq 124 ]; then
    echo "qemu-run.sh: timed out after ${ENG_QEMU_TIMEOUT:-60} s" >&2
fi
exit "$status"
