// Profile "minimal": the low-memory profile with the heap's fixed tables at
// their smallest and collections as early as possible, for boards of 16 kB
// of RAM. It keeps the compiler (its JS corpus runs source): firmware that
// runs bytecode images only adds ENG_COMPILER=OFF (docs/images.md).
#ifndef ENG_PROFILE_MINIMAL_H
#define ENG_PROFILE_MINIMAL_H

#ifndef ENG_RC_ZCT_SIZE
#define ENG_RC_ZCT_SIZE 16
#endif
#ifndef ENG_GC_MARK_STACK_SIZE
#define ENG_GC_MARK_STACK_SIZE 16
#endif
#ifndef ENG_GC_MIN_THRESHOLD
#define ENG_GC_MIN_THRESHOLD (8u * 1024u)
#endif

// No ES2015-ES2024 String methods (codePointAt, startsWith, padStart, ...):
// the microbit firmware (Cortex-M0, 256 KB of flash) needs the room.
#ifndef ENG_STRING_ES2015
#define ENG_STRING_ES2015 0
#endif
// No async generators nor for await (as in low-memory).
// No ES modules (as in low-memory).
#ifndef ENG_MODULES
#define ENG_MODULES 0
#endif
#ifndef ENG_ASYNC_GENERATORS
#define ENG_ASYNC_GENERATORS 0
#endif
// No RegExp.prototype[@@match] and friends: the String methods use a
// RegExp argument directly (6.9 KB of flash the cortex-m3 firmware lacks).
#ifndef ENG_REGEXP_PROTOCOLS
#define ENG_REGEXP_PROTOCOLS 0
#endif
// No RegExp d flag, lookbehind nor u flag (flash for the cortex-m3 firmware).
#ifndef ENG_REGEXP_INDICES
#define ENG_REGEXP_INDICES 0
#endif
#ifndef ENG_REGEXP_LOOKBEHIND
#define ENG_REGEXP_LOOKBEHIND 0
#endif
#ifndef ENG_REGEXP_UNICODE
#define ENG_REGEXP_UNICODE 0
#endif
// Nor the ES2018-2025 RegExp additions: modifiers, RegExp.escape and
// duplicate named groups, property escapes (their tables), the v flag.
#ifndef ENG_REGEXP_MODIFIERS
#define ENG_REGEXP_MODIFIERS 0
#endif
#ifndef ENG_REGEXP_ES2025
#define ENG_REGEXP_ES2025 0
#endif
#ifndef ENG_REGEXP_PROPERTY_ESCAPES
#define ENG_REGEXP_PROPERTY_ESCAPES 0
#endif
#ifndef ENG_REGEXP_SETS
#define ENG_REGEXP_SETS 0
#endif
// No Iterator global nor Iterator helpers (flash for the cortex-m3 firmware).
#ifndef ENG_ITERATOR_HELPERS
#define ENG_ITERATOR_HELPERS 0
#endif
// No BigInt (as in low-memory).
#ifndef ENG_BIGINT
#define ENG_BIGINT 0
#endif
// The micro:bit's flash is full: objects keep tables of their own.
#ifndef ENG_SHAPES
#define ENG_SHAPES 0
#endif
// No Proxy (as in low-memory).
#ifndef ENG_PROXY
#define ENG_PROXY 0
#endif
// No using declarations nor DisposableStack (as in low-memory).
#ifndef ENG_RESOURCE_MANAGEMENT
#define ENG_RESOURCE_MANAGEMENT 0
#endif
// Nor inline caches (they need shapes).
#ifndef ENG_INLINE_CACHES
#define ENG_INLINE_CACHES 0
#endif
// No Array.fromAsync nor the other ES2026 built-ins of issue 10 (as in low-memory).
#ifndef ENG_ARRAY_FROM_ASYNC
#define ENG_ARRAY_FROM_ASYNC 0
#endif
#ifndef ENG_UINT8_BASE64
#define ENG_UINT8_BASE64 0
#endif
#ifndef ENG_ITERATOR_SEQUENCING
#define ENG_ITERATOR_SEQUENCING 0
#endif
#ifndef ENG_UPSERT
#define ENG_UPSERT 0
#endif
#ifndef ENG_ERROR_IS_ERROR
#define ENG_ERROR_IS_ERROR 0
#endif
#ifndef ENG_MATH_SUM_PRECISE
#define ENG_MATH_SUM_PRECISE 0
#endif
#ifndef ENG_ITERATOR_INCLUDES
#define ENG_ITERATOR_INCLUDES 0
#endif
#ifndef ENG_ITERATOR_JOIN
#define ENG_ITERATOR_JOIN 0
#endif
#ifndef ENG_ITERATOR_ZIP
#define ENG_ITERATOR_ZIP 0
#endif
#ifndef ENG_ITERATOR_CHUNKING
#define ENG_ITERATOR_CHUNKING 0
#endif
#ifndef ENG_PROMISE_KEYED
#define ENG_PROMISE_KEYED 0
#endif
#ifndef ENG_JSON_RAW
#define ENG_JSON_RAW 0
#endif

#include "profiles/profile_low_memory.h"

#undef ENG_PROFILE_NAME
#define ENG_PROFILE_NAME "minimal"

#endif
