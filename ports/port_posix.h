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

/* Largest number of value stack slots a heap may use. */
#define ENG_PORT_VALUE_STACK_LIMIT (1 << 20)

/* An embedder can override both per heap with eng_config.clock. */

#endif /* ENG_PORT_POSIX_H */
