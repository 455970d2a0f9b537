// Build-time options of the engine (ENG_USE_* style), with their defaults.
// A profile header or compiler flags may override any of them.
#ifndef ENG_CONFIG_H
#define ENG_CONFIG_H

#include "port.h"

// Run a full collection before every allocation: finds missing roots.
#ifndef ENG_USE_GC_TORTURE
#define ENG_USE_GC_TORTURE 0
#endif

// Bytes allocated after which a collection runs even without memory
// pressure (the threshold grows with the live heap).
#ifndef ENG_GC_MIN_THRESHOLD
#define ENG_GC_MIN_THRESHOLD (64u * 1024u)
#endif

// Objects whose marking is deferred are kept on a bounded stack inside the
// heap; when it overflows the heap is rescanned instead of allocating.
#ifndef ENG_GC_MARK_STACK_SIZE
#define ENG_GC_MARK_STACK_SIZE 64
#endif

#endif
