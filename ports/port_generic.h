/*
 * port_generic.h - port settings for a bare-metal target with no port of its
 * own: the default of cross builds (ENG_PORT=generic). Limits suit a board
 * with tens of kB of RAM; a product board should have its own header
 * (ENG_PORT_HEADER=path, see tests/consumer/port_consumer_board.h).
 */
#ifndef ENG_PORT_GENERIC_H
#define ENG_PORT_GENERIC_H

#define ENG_PORT_NAME "generic"

/* Deepest JavaScript call nesting before a RangeError is thrown. */
#define ENG_PORT_CALLSTACK_LIMIT 1000

/* Deepest nesting of native -> JavaScript re-entries (C stack). */
#define ENG_PORT_NATIVE_DEPTH_LIMIT 40

/* C stack the engine may use below the outermost API call when eng_config
 * sets no bound, and the part of it kept for unwinding and making the
 * RangeError (docs/c-stack.md: about 5 KiB before the first level on a
 * Cortex-M4, 1.2 KiB used past the check at most). */
#define ENG_PORT_C_STACK_SIZE (16u * 1024u)
#define ENG_PORT_C_STACK_MARGIN (3u * 1024u)

/* Largest number of value stack slots a heap may use. */
#define ENG_PORT_VALUE_STACK_LIMIT 16384

/* Bytes of heap the RegExp matcher may use for backtracking. */
#define ENG_REGEXP_STACK_LIMIT (16u * 1024u)

/* No ENG_PORT_CLOCK_POSIX: Date uses time() when the C library defaults are
 * on (ENG_LIBC_DEFAULTS), or eng_config.clock. */

#endif /* ENG_PORT_GENERIC_H */
