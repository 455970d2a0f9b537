/*
 * port_lm3s6965evb.h - port settings for the TI Stellaris LM3S6965
 * evaluation board (Cortex-M3, no FPU, 256 KiB flash, 64 KiB RAM), as
 * emulated by `qemu-system-arm -M lm3s6965evb`.
 *
 * Selected by the build with ENG_PORT=lm3s6965evb (the cortex-m3 preset).
 * The test firmware (tests/firmware/lm3s6965evb.ld) gives the C stack a fixed
 * 12 KiB at the top of the RAM (with a 1 KiB MPU guard below it) and the
 * malloc heap everything between .bss and that reserve (about 47 KiB);
 * docs/boards.md has the map and what runs.
 */
#ifndef ENG_PORT_LM3S6965EVB_H
#define ENG_PORT_LM3S6965EVB_H

#define ENG_PORT_NAME "lm3s6965evb"

/* Deepest JavaScript call nesting. JavaScript calls do not recurse on the C
 * stack; each frame costs heap (frame record and value slots), so this is
 * bounded by what the heap holds rather than by the stack. */
#define ENG_PORT_CALLSTACK_LIMIT 400

/* Deepest nesting of native -> JavaScript re-entries (callbacks of
 * Array.prototype.map, getters, toString run by C++ code, ...). Each level
 * uses a few hundred bytes of the 12 KiB C stack (measured in docs/boards.md). */
#define ENG_PORT_NATIVE_DEPTH_LIMIT 12

/* Largest number of value stack slots a heap may use (one 4-byte word each
 * on a 32-bit target): 8 KiB of the heap at most. */
#define ENG_PORT_VALUE_STACK_LIMIT 2048

/* Bytes the regular expression matcher may use for backtracking (heap). */
#define ENG_REGEXP_STACK_LIMIT (8u * 1024u)

/* C stack the engine may use below its outermost API entry: the 12 KiB
 * reserve of the linker script minus the MPU guard and what main, crt0 and
 * newlib's stdio use above the entry (the JS runner: under 0.5 KiB). The C
 * stack check reads it, keeping ENG_PORT_C_STACK_MARGIN of it for unwinding
 * and building the RangeError (measured overshoot past the check on
 * Cortex-M: about 1.2 KiB, docs/c-stack.md). */
#define ENG_PORT_C_STACK_SIZE (11u * 1024u + 512u)
#define ENG_PORT_C_STACK_MARGIN (1536u)

/* No ENG_PORT_CLOCK_POSIX: Date uses time() (semihosting SYS_TIME under
 * QEMU) and UTC. */

#endif /* ENG_PORT_LM3S6965EVB_H */
