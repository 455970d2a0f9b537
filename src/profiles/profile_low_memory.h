// Profile "low-memory": for boards with tens of kB of RAM and a few hundred
// kB of flash. Leaves out what costs flash and is rarely needed on a board,
// and makes the heap's fixed tables smaller. docs/configuration.md gives
// each option's effect; what the JS corpus skips for it is listed, with the
// reason, in tests/js/profiles/low-memory.skip.
#ifndef ENG_PROFILE_LOW_MEMORY_H
#define ENG_PROFILE_LOW_MEMORY_H

#define ENG_PROFILE_NAME "low-memory"

// Identifiers: ASCII and a coarse rule for the rest instead of the Unicode
// ID_Start/ID_Continue tables.
#ifndef ENG_USE_UNICODE_ID_TABLES
#define ENG_USE_UNICODE_ID_TABLES 0
#endif
// Case mapping of Latin-1 only.
#ifndef ENG_USE_UNICODE_CASE_TABLES
#define ENG_USE_UNICODE_CASE_TABLES 0
#endif
// Date.parse reads the ISO format only.
#ifndef ENG_USE_DATE_LOOSE_PARSE
#define ENG_USE_DATE_LOOSE_PARSE 0
#endif
// Compiler error messages without their texts ("Syntax error" and where).
#ifndef ENG_USE_COMPILER_MESSAGES
#define ENG_USE_COMPILER_MESSAGES 0
#endif
// No generators (function*, yield).
#ifndef ENG_GENERATORS
#define ENG_GENERATORS 0
#endif
// No Map, Set, WeakMap, WeakSet (about 13 KB of flash: the cortex-m3
// test firmware no longer fits with them).
#ifndef ENG_MAP_SET
#define ENG_MAP_SET 0
#endif

// No acosh, asinh, atanh, cbrt, cosh, expm1, hypot, log10, log1p, log2,
// sinh, tanh (their libm code), and no Reflect.
#ifndef ENG_MATH_LIBM_FUNCTIONS
#define ENG_MATH_LIBM_FUNCTIONS 0
#endif
#ifndef ENG_REFLECT
#define ENG_REFLECT 0
#endif
// No Promise, AggregateError or job queue (7.3 KB of flash on Cortex-M4;
// async functions are off with generators anyway): with them the cortex-m3
// firmwares (lm3s6965evb, 256 KB of flash) no longer link. To come back
// when the engine's flash shrinks (issue 8).
#ifndef ENG_PROMISE
#define ENG_PROMISE 0
#endif
// No async generators nor for await (off with async functions anyway).
// No ES modules (import/export, eng_eval_module).
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
// No Annex B RegExp.prototype.compile nor RegExp.$1 and friends.
#ifndef ENG_REGEXP_LEGACY
#define ENG_REGEXP_LEGACY 0
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
// No String.prototype.matchAll (1.9 KB of flash: the cortex-m3 test
// firmware needs the room).
#ifndef ENG_STRING_MATCH_ALL
#define ENG_STRING_MATCH_ALL 0
#endif
// No AsyncFunction / AsyncGeneratorFunction constructors (off with async
// functions anyway).
#ifndef ENG_ASYNC_FUNCTION_CONSTRUCTORS
#define ENG_ASYNC_FUNCTION_CONSTRUCTORS 0
#endif
// No WeakRef nor FinalizationRegistry (flash for the cortex-m3 firmware;
// off with Promise anyway).
#ifndef ENG_WEAK_REFS
#define ENG_WEAK_REFS 0
#endif
// No Proxy (flash for the cortex-m3 firmware).
#ifndef ENG_PROXY
#define ENG_PROXY 0
#endif
// No using declarations nor DisposableStack (flash for the cortex-m3 firmware).
#ifndef ENG_RESOURCE_MANAGEMENT
#define ENG_RESOURCE_MANAGEMENT 0
#endif
// No Annex B HTML methods of String.prototype (anchor, bold, ...).
#ifndef ENG_STRING_HTML_METHODS
#define ENG_STRING_HTML_METHODS 0
#endif

// No ArrayBuffer, typed arrays or DataView (about 24 KB of flash on
// Cortex-M4, more than the cortex-m3 firmware has left).
#ifndef ENG_TYPED_ARRAYS
#define ENG_TYPED_ARRAYS 0
#endif
#ifndef ENG_FLOAT16
#define ENG_FLOAT16 0
#endif
#ifndef ENG_BIGINT
#define ENG_BIGINT 0
#endif
// Smaller fixed tables in the heap (reconciled and rescanned more often).
#ifndef ENG_RC_ZCT_SIZE
#define ENG_RC_ZCT_SIZE 32
#endif
#ifndef ENG_GC_MARK_STACK_SIZE
#define ENG_GC_MARK_STACK_SIZE 32
#endif
// Collect after 16 KiB of allocation instead of 64 KiB.
#ifndef ENG_GC_MIN_THRESHOLD
#define ENG_GC_MIN_THRESHOLD (16u * 1024u)
#endif
// No ES2015-ES2024 Object and Array methods (Object.assign, Array.from, ...):
// the cortex-m3 test firmware has no room for them.
#ifndef ENG_OBJECT_ARRAY_ES2015
#define ENG_OBJECT_ARRAY_ES2015 0
#endif

// No inline caches: their code and their RAM per function.
#ifndef ENG_INLINE_CACHES
#define ENG_INLINE_CACHES 0
#endif

// No Array.fromAsync nor the other ES2026 built-ins of issue 10 (flash for
// the cortex-m3 and micro:bit firmware; docs/configuration.md).
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

#endif
