// Build-time options of the engine (ENG_USE_* style), with their defaults.
// A profile header or compiler flags may override any of them.
#ifndef ENG_CONFIG_H
#define ENG_CONFIG_H

#include "port.h"

// A profile (CMake ENG_PROFILE: full, low-memory, minimal) sets the
// defaults of the options below first; each stays overridable by -D.
#ifdef ENG_PROFILE_HEADER
#include ENG_PROFILE_HEADER
#endif

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

// Deferred reference counting (heap/refcount.h) frees most garbage as soon
// as the zero-count table is reconciled; 0 leaves everything to
// mark-and-sweep.
#ifndef ENG_USE_REFCOUNT
#define ENG_USE_REFCOUNT 1
#endif

// Entries of the zero-count table (one pointer each). A full table is
// reconciled at the next allocation: a smaller one costs less RAM and
// reconciles more often.
#ifndef ENG_RC_ZCT_SIZE
#define ENG_RC_ZCT_SIZE 64
#endif

// Bytes allocated after which the zero-count table is reconciled even when
// it is not full.
#ifndef ENG_RC_BYTES_TRIGGER
#define ENG_RC_BYTES_TRIGGER (8u * 1024u)
#endif

// Before reference counting frees anything, mark everything reachable and
// stop the program if an object about to be freed is among it (slow).
#ifndef ENG_RC_VERIFY
#define ENG_RC_VERIFY 0
#endif

// The C library's defaults for what the embedder does not supply: malloc,
// realloc and free when eng_config has no allocator, stdout for print without
// eng_config.write, the system clock for Date without eng_config.clock. 0
// leaves all of them out, so a firmware that supplies its own links no
// malloc, stdio or time through the engine: eng_create then fails without an
// allocator, print without a write hook writes nothing, and Date without a
// clock reads the current time as NaN and local time as UTC.
#ifndef ENG_USE_LIBC_DEFAULTS
#define ENG_USE_LIBC_DEFAULTS 1
#endif

// 16-bit heap pointers (docs/memory.md, "16-bit heap pointers"): the links
// between heap allocations that live in allocation headers (the object
// list's `next`, an object's prototype) hold a 16-bit code, the block's
// offset in one process-wide window of at most 524,272 bytes in units of
// 8 (heap/heap_ptr.h), so an object is 4 bytes smaller. Every block the
// allocator hands out must lie in the window: eng_ptr16_set_window
// (include/engine.h) names it, else the library's default allocator, a
// TLSF over a static arena of ENG_PTR16_ARENA_SIZE bytes, is the window.
#ifndef ENG_USE_PTR16
#define ENG_USE_PTR16 0
#endif
#ifndef ENG_PTR16_ARENA_SIZE
#define ENG_PTR16_ARENA_SIZE 524272u
#endif

// Bytes above eng_config.memory_limit that compiling a script given to
// eng_eval or eng_compile may use: after a script has filled the heap up to
// its limit, `big = null` can still be compiled and run, and frees it.
#ifndef ENG_MEMORY_RESERVE
#define ENG_MEMORY_RESERVE (4u * 1024u)
#endif

// Case mapping (toUpperCase, toLowerCase, case-insensitive RegExp) from
// the Unicode tables (about 4 KB of const data); 0 maps Latin-1 only
// (case_tables_latin1.cpp): code points above U+00FF keep their case.
#ifndef ENG_USE_UNICODE_CASE_TABLES
#define ENG_USE_UNICODE_CASE_TABLES 1
#endif

// Date.parse and new Date(string) read, besides the ISO format the
// standard defines, the formats of toString/toUTCString and the common
// "Month day, year" forms; 0 reads the ISO format only (other strings
// give NaN).
#ifndef ENG_USE_DATE_LOOSE_PARSE
#define ENG_USE_DATE_LOOSE_PARSE 1
#endif

// Generators (function*, yield, yield*; about 5 KB of code); 0: a
// generator function is a SyntaxError and an image that has one is refused.
#ifndef ENG_GENERATORS
#define ENG_GENERATORS 1
#endif

// Promise, AggregateError and the job queue the embedder drains
// (eng_run_jobs); 0: no Promise global and the queue stays empty.
#ifndef ENG_PROMISE
#define ENG_PROMISE 1
#endif

// Async functions and await (built on generators and promises); 0: an
// async function is a SyntaxError and an image that has one is refused.
#ifndef ENG_ASYNC_FUNCTIONS
#define ENG_ASYNC_FUNCTIONS (ENG_GENERATORS && ENG_PROMISE)
#endif
#if ENG_ASYNC_FUNCTIONS && !(ENG_GENERATORS && ENG_PROMISE)
#error "ENG_ASYNC_FUNCTIONS needs ENG_GENERATORS and ENG_PROMISE"
#endif

// Async generators (async function*, AsyncGenerator.prototype, for await
// and %AsyncFromSyncIteratorPrototype%; built on async functions); 0: an
// async generator or a for await is a SyntaxError and an image that has
// one is refused.
#ifndef ENG_ASYNC_GENERATORS
#define ENG_ASYNC_GENERATORS ENG_ASYNC_FUNCTIONS
#endif
#if ENG_ASYNC_GENERATORS && !ENG_ASYNC_FUNCTIONS
#error "ENG_ASYNC_GENERATORS needs ENG_ASYNC_FUNCTIONS"
#endif

// Map, Set, WeakMap and WeakSet with their iterators, Map.groupBy and the
// ES2025 Set methods (see docs/configuration.md for the flash they cost);
// 0: none of these globals exist.
#ifndef ENG_MAP_SET
#define ENG_MAP_SET 1
#endif

// The AsyncFunction and AsyncGeneratorFunction constructors (ES2017/2018,
// reached as Object.getPrototypeOf(async function () {}).constructor):
// their prototypes become tables in flash; 0: those prototypes have no
// constructor property.
#ifndef ENG_ASYNC_FUNCTION_CONSTRUCTORS
#define ENG_ASYNC_FUNCTION_CONSTRUCTORS ENG_ASYNC_FUNCTIONS
#endif
#if ENG_ASYNC_FUNCTION_CONSTRUCTORS && !ENG_ASYNC_FUNCTIONS
#error "ENG_ASYNC_FUNCTION_CONSTRUCTORS needs ENG_ASYNC_FUNCTIONS"
#endif

// WeakRef and FinalizationRegistry (ES2021; docs/configuration.md), their
// cleanup callbacks run as jobs of the promise job queue; 0: neither global
// exists.
#ifndef ENG_WEAK_REFS
#define ENG_WEAK_REFS ENG_PROMISE
#endif
#if ENG_WEAK_REFS && !ENG_PROMISE
#error "ENG_WEAK_REFS needs ENG_PROMISE (its cleanup callbacks are jobs)"
#endif

// ArrayBuffer, the typed arrays and DataView (docs/configuration.md).
#ifndef ENG_TYPED_ARRAYS
#define ENG_TYPED_ARRAYS 1
#endif

// SharedArrayBuffer and Atomics (ES2017; growable buffers ES2024,
// Atomics.pause ES2025; docs/configuration.md). Needs ENG_TYPED_ARRAYS.
#ifndef ENG_SHARED_MEMORY
#define ENG_SHARED_MEMORY ENG_TYPED_ARRAYS
#endif
#if ENG_SHARED_MEMORY && !ENG_TYPED_ARRAYS
#error "ENG_SHARED_MEMORY needs ENG_TYPED_ARRAYS (set ENG_SHARED_MEMORY to 0)"
#endif

// Float16Array, DataView.prototype.getFloat16/setFloat16 and Math.f16round
// (ES2025; docs/configuration.md). Needs ENG_TYPED_ARRAYS.
#ifndef ENG_FLOAT16
#define ENG_FLOAT16 1
#endif
#if ENG_FLOAT16 && !ENG_TYPED_ARRAYS
#error "ENG_FLOAT16 needs ENG_TYPED_ARRAYS (set ENG_FLOAT16 to 0)"
#endif

// RegExp.prototype[@@match], [@@replace], [@@search], [@@split] (and
// [@@matchAll] with ENG_STRING_MATCH_ALL): the generic steps the String
// methods follow for a subclass or a changed RegExp (docs/configuration.md).
#ifndef ENG_REGEXP_PROTOCOLS
#define ENG_REGEXP_PROTOCOLS 1
#endif

// The RegExp d flag (ES2022 hasIndices): the `indices` array of a match
// (docs/configuration.md).
#ifndef ENG_REGEXP_INDICES
#define ENG_REGEXP_INDICES 1
#endif

// RegExp lookbehind assertions (?<=...) and (?<!...) (ES2018), matched
// backwards (docs/configuration.md).
#ifndef ENG_REGEXP_LOOKBEHIND
#define ENG_REGEXP_LOOKBEHIND 1
#endif

// The RegExp u flag (ES2015): matching by code point, \u{...}, the strict
// u-mode grammar, simple case folding (docs/configuration.md).
#ifndef ENG_REGEXP_UNICODE
#define ENG_REGEXP_UNICODE 1
#endif

// Annex B's legacy RegExp features: RegExp.prototype.compile and the
// static accessors RegExp.$1-$9, input ($_), lastMatch ($&), lastParen
// ($+), leftContext ($`) and rightContext ($') of the last match
// (builtins/regexp_legacy.cpp; docs/configuration.md).
#ifndef ENG_REGEXP_LEGACY
#define ENG_REGEXP_LEGACY 1
#endif

// RegExp pattern modifiers (ES2025): (?i:...), (?-m:...), (?s-i:...) turn
// the i, m and s flags on or off inside a group (docs/configuration.md).
#ifndef ENG_REGEXP_MODIFIERS
#define ENG_REGEXP_MODIFIERS 1
#endif

// RegExp.escape (ES2025) and duplicate named groups in different
// alternatives, /(?<y>a)|(?<y>b)/ (ES2025; docs/configuration.md).
#ifndef ENG_REGEXP_ES2025
#define ENG_REGEXP_ES2025 1
#endif

// RegExp Unicode property escapes \p{...} and \P{...} with the u flag
// (ES2018): General_Category, Script, Script_Extensions and the binary
// properties from a compact flash table (src/regexp/unicode_properties.cpp,
// Unicode 17; docs/configuration.md). Needs ENG_REGEXP_UNICODE.
#ifndef ENG_REGEXP_PROPERTY_ESCAPES
#define ENG_REGEXP_PROPERTY_ESCAPES 1
#endif

// The RegExp v flag (ES2024 unicodeSets): nested classes, -- and &&, \q{...}
// and the properties of strings (docs/configuration.md). Needs
// ENG_REGEXP_UNICODE and ENG_REGEXP_PROPERTY_ESCAPES.
#ifndef ENG_REGEXP_SETS
#define ENG_REGEXP_SETS 1
#endif

// The Iterator global and the ES2025 Iterator helpers (Iterator.prototype
// map/filter/take/drop/flatMap/reduce/toArray/forEach/some/every/find,
// Iterator.from; docs/configuration.md).
#ifndef ENG_ITERATOR_HELPERS
#define ENG_ITERATOR_HELPERS 1
#endif
// BigInt (ES2020): the values and their literals (123n), every operator
// on them, BigInt(), BigInt.prototype, and with ENG_TYPED_ARRAYS the
// BigInt64Array, BigUint64Array and DataView's getBigInt64 family
// (docs/configuration.md); 0: a BigInt literal is a SyntaxError and an
// image that has one is refused.
#ifndef ENG_BIGINT
#define ENG_BIGINT 1
#endif

// Identifiers checked against the Unicode ID_Start/ID_Continue tables
// (about 4.5 KB of const data); 0 uses a small approximation that accepts
// every non-ASCII code point outside the common punctuation and symbol blocks.
#ifndef ENG_USE_UNICODE_ID_TABLES
#define ENG_USE_UNICODE_ID_TABLES 1
#endif

// The texts of the compiler's error messages (about 4 KB of const data); 0
// leaves out all but "Unexpected token '...'" and the others formatted with
// what was read: a SyntaxError then says "Syntax error" and where.
#ifndef ENG_USE_COMPILER_MESSAGES
#define ENG_USE_COMPILER_MESSAGES 1
#endif

// The compiler (src/compiler/): 0 leaves it out of the library (CMake
// ENG_COMPILER=OFF). Bytecode images still run (eng_run_image); eval,
// Function and eng_eval/eng_compile of source throw "compiler not
// included" (docs/images.md).
#ifndef ENG_USE_COMPILER
#define ENG_USE_COMPILER 1
#endif

// ES modules (import and export declarations, module records linked
// through the embedder's loader, namespace objects, import.meta, dynamic
// import(), top-level await; docs/modules.md); 0: import and export are
// SyntaxErrors and eng_eval_module refuses. Needs ENG_PROMISE, and the
// compiler: modules are compiled from source (no module images), so a
// build without it (ENG_COMPILER=OFF) leaves them out.
#ifndef ENG_MODULES
#define ENG_MODULES (ENG_PROMISE && ENG_USE_COMPILER)
#endif
#if ENG_MODULES && !(ENG_PROMISE && ENG_USE_COMPILER)
#error "ENG_MODULES needs ENG_PROMISE and the compiler (ENG_USE_COMPILER)"
#endif

// The ES2015 Math functions that bring their own libm code: acosh, asinh,
// atanh, cbrt, cosh, expm1, hypot, log10, log1p, log2, sinh, tanh (about
// 9 KB of code with newlib's libm on a Cortex-M4: docs/configuration.md);
// 0 leaves them out. clz32, fround, imul, sign and trunc stay.
#ifndef ENG_MATH_LIBM_FUNCTIONS
#define ENG_MATH_LIBM_FUNCTIONS 1
#endif

// String.prototype.matchAll and its iterators (ES2020, about 2.5 KB of
// code); 0 leaves the method out.
// The ES2015-ES2024 String methods codePointAt, startsWith, endsWith,
// includes, repeat, padStart, padEnd, at, isWellFormed, toWellFormed,
// normalize and String.fromCodePoint / String.raw; 0 leaves them out.
#ifndef ENG_STRING_ES2015
#define ENG_STRING_ES2015 1
#endif

#ifndef ENG_STRING_MATCH_ALL
#define ENG_STRING_MATCH_ALL 1
#endif

// The Annex B HTML methods of String.prototype (anchor, big, blink, bold,
// fixed, fontcolor, fontsize, italics, link, small, strike, sub, sup).
#ifndef ENG_STRING_HTML_METHODS
#define ENG_STRING_HTML_METHODS 1
#endif
#if ENG_REGEXP_PROPERTY_ESCAPES && !ENG_REGEXP_UNICODE
#error "ENG_REGEXP_PROPERTY_ESCAPES needs ENG_REGEXP_UNICODE (\\p{...} exists only with the u flag)"
#endif
#if ENG_REGEXP_SETS && !(ENG_REGEXP_UNICODE && ENG_REGEXP_PROPERTY_ESCAPES)
#error "ENG_REGEXP_SETS needs ENG_REGEXP_UNICODE and ENG_REGEXP_PROPERTY_ESCAPES"
#endif
#if ENG_STRING_MATCH_ALL && !ENG_REGEXP_PROTOCOLS
#error "ENG_STRING_MATCH_ALL needs ENG_REGEXP_PROTOCOLS (matchAll calls RegExp.prototype[@@matchAll])"
#endif

// Reflect (ES2015 26.1, about 3.5 KB of code); 0 leaves the global out.
#ifndef ENG_REFLECT
#define ENG_REFLECT 1
#endif

// Proxy and Proxy.revocable (ES2015 10.5, 28.2; docs/configuration.md):
// objects whose internal methods call a handler's traps; 0 leaves the
// global out and the property algorithms without their proxy hooks.
#ifndef ENG_PROXY
#define ENG_PROXY 1
#endif
#if ENG_PROXY && !ENG_REFLECT
#error "ENG_PROXY needs ENG_REFLECT (a trap-less [[Set]] is Reflect.set's OrdinarySet)"
#endif

// Explicit resource management (ES2026): `using` and `await using`
// declarations, Symbol.dispose and Symbol.asyncDispose, SuppressedError,
// DisposableStack, AsyncDisposableStack and the iterator prototypes'
// [Symbol.dispose] / [Symbol.asyncDispose] (docs/configuration.md); 0: a
// `using` declaration is a SyntaxError. Needs ENG_ASYNC_FUNCTIONS.
#ifndef ENG_RESOURCE_MANAGEMENT
#define ENG_RESOURCE_MANAGEMENT ENG_ASYNC_FUNCTIONS
#endif
#if ENG_RESOURCE_MANAGEMENT && !ENG_ASYNC_FUNCTIONS
#error "ENG_RESOURCE_MANAGEMENT needs ENG_ASYNC_FUNCTIONS (await using, AsyncDisposableStack)"
#endif

// Validate every image the compiler makes, as images from outside are
// (vm/image_validate.cpp): catches a compiler that breaks the format's
// rules. 1 in sanitizer builds (CMake ENG_SANITIZE); 0 otherwise, so that a
// firmware compiling on the device does not link the validator for it.
#ifndef ENG_VALIDATE_COMPILER_OUTPUT
#define ENG_VALIDATE_COMPILER_OUTPUT 0
#endif

// The ES2015-ES2024 methods of Object and Array (Object.assign, is,
// values, entries, fromEntries, getOwnPropertyDescriptors, setPrototypeOf,
// hasOwn, groupBy, __defineGetter__ and friends; Array.from, of, find*,
// fill, copyWithin, includes, flat, flatMap, at, toReversed, toSorted,
// toSpliced, with). 0 leaves them out of the tables; ArraySpeciesCreate,
// Array[@@species], Object.prototype.__proto__ and the iterators stay.
#ifndef ENG_OBJECT_ARRAY_ES2015
#define ENG_OBJECT_ARRAY_ES2015 1
#endif

// Shapes (objects/shape.h): objects made by a literal or a constructor keep
// their values in their own block and share their keys. 0: every object has
// a property table of its own (8 bytes more per property, and the table's
// block); the code for shapes is left out.
#ifndef ENG_SHAPES
#define ENG_SHAPES 1
#endif

// Inline caches (vm/inline_cache.h): each function remembers, per property
// name its GETFIELD/SETFIELD instructions use, where the last object's
// property was (its shape and slot, or the prototype holding it), in RAM
// made on the function's first property access. 0 leaves the code out;
// every access looks the property up.
#ifndef ENG_INLINE_CACHES
#define ENG_INLINE_CACHES 1
#endif
#if ENG_INLINE_CACHES && !ENG_SHAPES
#error "ENG_INLINE_CACHES needs ENG_SHAPES"
#endif

// Array.fromAsync (ES2026): a promise of the array an async or sync
// iterable, or an array-like, gives, each value awaited. Needs
// ENG_ASYNC_GENERATORS (the wrapper of sync iterators) and
// ENG_OBJECT_ARRAY_ES2015 (docs/configuration.md).
#ifndef ENG_ARRAY_FROM_ASYNC
#define ENG_ARRAY_FROM_ASYNC (ENG_ASYNC_GENERATORS && ENG_OBJECT_ARRAY_ES2015)
#endif
#if ENG_ARRAY_FROM_ASYNC && !(ENG_ASYNC_GENERATORS && ENG_OBJECT_ARRAY_ES2015)
#error "ENG_ARRAY_FROM_ASYNC needs ENG_ASYNC_GENERATORS and ENG_OBJECT_ARRAY_ES2015"
#endif

// Uint8Array.fromBase64, fromHex and Uint8Array.prototype.toBase64, toHex,
// setFromBase64, setFromHex (ES2026; docs/configuration.md). Needs
// ENG_TYPED_ARRAYS.
#ifndef ENG_UINT8_BASE64
#define ENG_UINT8_BASE64 ENG_TYPED_ARRAYS
#endif
#if ENG_UINT8_BASE64 && !ENG_TYPED_ARRAYS
#error "ENG_UINT8_BASE64 needs ENG_TYPED_ARRAYS"
#endif

// Iterator.concat (ES2026 iterator sequencing; docs/configuration.md).
// Needs ENG_ITERATOR_HELPERS.
#ifndef ENG_ITERATOR_SEQUENCING
#define ENG_ITERATOR_SEQUENCING ENG_ITERATOR_HELPERS
#endif
#if ENG_ITERATOR_SEQUENCING && !ENG_ITERATOR_HELPERS
#error "ENG_ITERATOR_SEQUENCING needs ENG_ITERATOR_HELPERS"
#endif

// Map.prototype and WeakMap.prototype getOrInsert, getOrInsertComputed
// (ES2026 upsert; docs/configuration.md). Needs ENG_MAP_SET.
#ifndef ENG_UPSERT
#define ENG_UPSERT ENG_MAP_SET
#endif
#if ENG_UPSERT && !ENG_MAP_SET
#error "ENG_UPSERT needs ENG_MAP_SET"
#endif

// Error.isError (ES2026; docs/configuration.md).
#ifndef ENG_ERROR_IS_ERROR
#define ENG_ERROR_IS_ERROR 1
#endif

// Math.sumPrecise (ES2026): an exactly rounded sum (docs/configuration.md).
#ifndef ENG_MATH_SUM_PRECISE
#define ENG_MATH_SUM_PRECISE 1
#endif

// Iterator.prototype.includes (ES2026; docs/configuration.md). Needs
// ENG_ITERATOR_HELPERS.
#ifndef ENG_ITERATOR_INCLUDES
#define ENG_ITERATOR_INCLUDES ENG_ITERATOR_HELPERS
#endif
#if ENG_ITERATOR_INCLUDES && !ENG_ITERATOR_HELPERS
#error "ENG_ITERATOR_INCLUDES needs ENG_ITERATOR_HELPERS"
#endif

// Iterator.prototype.join (ES2026; docs/configuration.md). Needs
// ENG_ITERATOR_HELPERS.
#ifndef ENG_ITERATOR_JOIN
#define ENG_ITERATOR_JOIN ENG_ITERATOR_HELPERS
#endif
#if ENG_ITERATOR_JOIN && !ENG_ITERATOR_HELPERS
#error "ENG_ITERATOR_JOIN needs ENG_ITERATOR_HELPERS"
#endif

// Iterator.zip and Iterator.zipKeyed (ES2026 joint iteration;
// docs/configuration.md). Needs ENG_ITERATOR_HELPERS.
#ifndef ENG_ITERATOR_ZIP
#define ENG_ITERATOR_ZIP ENG_ITERATOR_HELPERS
#endif
#if ENG_ITERATOR_ZIP && !ENG_ITERATOR_HELPERS
#error "ENG_ITERATOR_ZIP needs ENG_ITERATOR_HELPERS"
#endif

// Iterator.prototype.chunks and windows (ES2026 iterator chunking;
// docs/configuration.md). Needs ENG_ITERATOR_HELPERS.
#ifndef ENG_ITERATOR_CHUNKING
#define ENG_ITERATOR_CHUNKING ENG_ITERATOR_HELPERS
#endif
#if ENG_ITERATOR_CHUNKING && !ENG_ITERATOR_HELPERS
#error "ENG_ITERATOR_CHUNKING needs ENG_ITERATOR_HELPERS"
#endif

// Promise.allKeyed and Promise.allSettledKeyed (ES2026 await-dictionary;
// docs/configuration.md). Needs ENG_PROMISE.
#ifndef ENG_PROMISE_KEYED
#define ENG_PROMISE_KEYED ENG_PROMISE
#endif
#if ENG_PROMISE_KEYED && !ENG_PROMISE
#error "ENG_PROMISE_KEYED needs ENG_PROMISE"
#endif

// JSON.rawJSON and JSON.isRawJSON (ES2026 JSON.parse source text access;
// docs/configuration.md).
#ifndef ENG_JSON_RAW
#define ENG_JSON_RAW 1
#endif

#endif
