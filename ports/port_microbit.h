/*
 * port_microbit.h - port settings for the BBC micro:bit v1 (nRF51822:
 * Cortex-M0, ARMv6-M, no FPU, 256 KiB flash, 16 KiB RAM), as emulated by
 * `qemu-system-arm -M microbit`.
 *
 * Selected by the build with ENG_PORT=microbit (the cortex-m0 preset). The
 * test firmware (tests/firmware/microbit.ld) gives the C stack a fixed
 * 6 KiB at the top of the RAM and the heap what is left after .data and
 * .bss (about 9 KiB); docs/boards.md has the map. Every limit is small: on
 * this board the heap, not the limits, ends a script.
 */
#ifndef ENG_PORT_MICROBIT_H
#define ENG_PORT_MICROBIT_H

#define ENG_PORT_NAME "microbit"

/* Deepest JavaScript call nesting (frames live in the heap, not on the C
 * stack). fib(20) needs 21. */
#define ENG_PORT_CALLSTACK_LIMIT 64

/* Deepest nesting of native -> JavaScript re-entries: each level uses C
 * stack, and compiling alone takes most of the 6 KiB. */
#define ENG_PORT_NATIVE_DEPTH_LIMIT 4

/* Largest number of value stack slots (one 4-byte word each): 1 KiB of heap. */
#define ENG_PORT_VALUE_STACK_LIMIT 256

/* Bytes the regular expression matcher may use for backtracking (heap). */
#define ENG_REGEXP_STACK_LIMIT 1024u

/* C stack the engine may use below its outermost API entry: the 6 KiB
 * reserve of tests/firmware/microbit.ld minus what main, crt0 and the C
 * library use above the entry (about 200 bytes measured; 256 kept). The
 * C stack check keeps ENG_PORT_C_STACK_MARGIN of it for unwinding and
 * building the RangeError: the overshoot past the check measured about
 * 1.2 KiB on Cortex-M (docs/c-stack.md), and the M0 has no guard region, so
 * an overshoot would write into the heap. That leaves about 4.2 KiB for
 * scripts. */
#define ENG_PORT_C_STACK_SIZE (6u * 1024u - 256u)
#define ENG_PORT_C_STACK_MARGIN (1536u)

/* No ENG_PORT_CLOCK_POSIX: Date uses time() (semihosting SYS_TIME under
 * QEMU) and UTC. */

#endif /* ENG_PORT_MICROBIT_H */
