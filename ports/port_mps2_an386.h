/*
 * port_mps2_an386.h - port settings for the Arm MPS2 AN386 board
 * (Cortex-M4F, as emulated by `qemu-system-arm -M mps2-an386`).
 *
 * Selected by the build with ENG_PORT=mps2_an386 (the cortex-m4 preset):
 * CMake defines ENG_PORT_HEADER="port_mps2_an386.h" and src/port.h includes
 * it. The test firmware gives the C stack a fixed 1 MiB at the top of the
 * 16 MiB RAM at 0x21000000, with an MPU guard below it and the malloc heap
 * below that (tests/firmware/mps2_an386.ld, docs/boards.md); limits are
 * kept small so that they also fit real boards with far less RAM.
 */
#ifndef ENG_PORT_MPS2_AN386_H
#define ENG_PORT_MPS2_AN386_H

#define ENG_PORT_NAME "mps2_an386"

/* Deepest JavaScript call nesting before a RangeError is thrown. */
#define ENG_PORT_CALLSTACK_LIMIT 2000

/* Deepest nesting of native -> JavaScript re-entries. Each one uses C stack,
 * which is what a microcontroller has least of. */
#define ENG_PORT_NATIVE_DEPTH_LIMIT 40

/* C stack the engine may use below the outermost API call when eng_config
 * sets no bound, and the part of it kept for unwinding and making the
 * RangeError (docs/c-stack.md). The firmware has megabytes of stack; the
 * default is what a board with 256 KiB of RAM could give. */
#define ENG_PORT_C_STACK_SIZE (64u * 1024u)
#define ENG_PORT_C_STACK_MARGIN (4u * 1024u)

/* Largest number of value stack slots a heap may use. */
#define ENG_PORT_VALUE_STACK_LIMIT 65536

/* Bytes the regular expression matcher may use for backtracking. */
#define ENG_REGEXP_STACK_LIMIT (64u * 1024u)

/*
 * No ENG_PORT_CLOCK_POSIX: Date uses time() (semihosting SYS_TIME under
 * QEMU) and UTC. Firmware with a real-time clock and a zone passes an
 * eng_clock in eng_config (now_ms from the RTC, local_offset_ms from its
 * zone rules).
 */

#endif /* ENG_PORT_MPS2_AN386_H */
