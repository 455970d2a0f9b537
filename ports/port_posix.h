/*
 * port_posix.h - port settings for desktop hosts (Linux, macOS, other POSIX).
 *
 * Selected by the build with ENG_PORT=posix (the default): CMake defines
 * ENG_PORT_HEADER="port_posix.h" and src/port.h includes it. The core reads
 * only the ENG_PORT_* macros below, never this file directly.
 */
#ifndef ENG_PORT_POSIX_H
#define ENG_PORT_POSIX_H

#define ENG_PORT_NAME "posix"

/* Deepest JavaScript call nesting before a RangeError is thrown. */
#define ENG_PORT_CALLSTACK_LIMIT 10000

/* Clock and local time zone from clock_gettime and localtime_r. */
#define ENG_PORT_CLOCK_POSIX 1

/* Deepest nesting of native -> JavaScript re-entries (eng_call from a native
 * function, getters run by C++ code, ...). Each one uses C stack. */
#define ENG_PORT_NATIVE_DEPTH_LIMIT 200

/* C stack the engine may use below the outermost API call when eng_config
 * sets no bound (c_stack_size, c_stack_limit), and the part of it kept for
 * unwinding and making the RangeError (docs/c-stack.md). The main thread
 * has 8 MiB; threads made for the engine need at least this much. */
#define ENG_PORT_C_STACK_SIZE (1024u * 1024u)
#define ENG_PORT_C_STACK_MARGIN (32u * 1024u)

/* Largest number of value stack slots a heap may use. */
#define ENG_PORT_VALUE_STACK_LIMIT (1 << 20)

/* An embedder can override both per heap with eng_config.clock. */

#endif /* ENG_PORT_POSIX_H */
