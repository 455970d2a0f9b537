// Selects the board or host port header. The build defines ENG_PORT_HEADER
// (for example "port_posix.h"); the core includes only this file.
#ifndef ENG_PORT_H
#define ENG_PORT_H

#ifndef ENG_PORT_HEADER
#define ENG_PORT_HEADER "port_posix.h"
#endif
#include ENG_PORT_HEADER

#ifndef ENG_PORT_CALLSTACK_LIMIT
#define ENG_PORT_CALLSTACK_LIMIT 1000
#endif
#ifndef ENG_PORT_NATIVE_DEPTH_LIMIT
#define ENG_PORT_NATIVE_DEPTH_LIMIT 200
#endif
// 1: the clock and local time zone come from POSIX clock_gettime and
// localtime_r; 0: time() and UTC.
#ifndef ENG_PORT_CLOCK_POSIX
#define ENG_PORT_CLOCK_POSIX 0
#endif
// C stack the engine may use below the outermost API entry when
// eng_config sets no bound, and the part of it kept for unwinding and
// building the RangeError (docs/c-stack.md). Sanitizer builds have frames
// several times larger, so they keep a larger margin.
#ifndef ENG_PORT_C_STACK_SIZE
#define ENG_PORT_C_STACK_SIZE (256u * 1024u)
#endif
#ifndef ENG_PORT_C_STACK_MARGIN
#define ENG_PORT_C_STACK_MARGIN (16u * 1024u)
#endif
#ifndef ENG_PORT_VALUE_STACK_LIMIT
#define ENG_PORT_VALUE_STACK_LIMIT (1u << 20)
#endif

#endif
