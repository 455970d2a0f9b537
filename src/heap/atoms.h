// Strings the engine itself needs often (property names of built-ins, type
// names, error names): const HStrings in flash (strings/rom_strings.cpp),
// found by interning like any other string, costing a heap nothing.
#ifndef ENG_HEAP_ATOMS_H
#define ENG_HEAP_ATOMS_H

#include "config.h"

namespace eng {

#define ENG_ATOMS(X)                                                                \
    X(empty, "") X(length, "length") X(prototype, "prototype")                      \
    X(constructor, "constructor") X(name, "name") X(message, "message")             \
    X(toString, "toString") X(valueOf, "valueOf") X(callee, "callee")               \
    X(undefined, "undefined") X(null, "null") X(true_, "true") X(false_, "false")   \
    X(boolean, "boolean") X(number, "number") X(string, "string")                   \
    X(object, "object") X(function, "function") X(NaN, "NaN")                       \
    X(Infinity, "Infinity") X(minusInfinity, "-Infinity")                           \
    X(fileName, "fileName") X(lineNumber, "lineNumber")                             \
    X(columnNumber, "columnNumber") X(stack, "stack")                               \
    X(Error, "Error") X(TypeError, "TypeError") X(ReferenceError, "ReferenceError") \
    X(RangeError, "RangeError") X(SyntaxError, "SyntaxError")                       \
    X(EvalError, "EvalError") X(URIError, "URIError") X(anonymous, "anonymous")     \
    X(RegExp, "RegExp") X(zero, "0") X(join, "join")                               \
    X(globalThis, "globalThis") X(Object, "Object") X(Function, "Function")         \
    X(Array, "Array") X(String, "String") X(Number, "Number")                       \
    X(Boolean, "Boolean") X(Date, "Date") X(Math, "Math") X(JSON, "JSON")           \
    X(outOfMemory, "Out of memory") X(arguments, "arguments") X(caller, "caller")   \
    X(eval, "eval") X(MAX_VALUE, "MAX_VALUE") X(MIN_VALUE, "MIN_VALUE")             \
    X(NEGATIVE_INFINITY, "NEGATIVE_INFINITY")                                       \
    X(POSITIVE_INFINITY, "POSITIVE_INFINITY") X(EPSILON, "EPSILON")                 \
    X(MAX_SAFE_INTEGER, "MAX_SAFE_INTEGER") X(MIN_SAFE_INTEGER, "MIN_SAFE_INTEGER") \
    X(E, "E") X(LN10, "LN10") X(LN2, "LN2") X(LOG10E, "LOG10E") X(LOG2E, "LOG2E")   \
    X(PI, "PI") X(SQRT1_2, "SQRT1_2") X(SQRT2, "SQRT2") X(lastIndex, "lastIndex")   \
    X(index, "index") X(input, "input") X(toJSON, "toJSON") X(raw, "raw")           \
    X(toISOString, "toISOString") X(toLocaleString, "toLocaleString")              \
    X(comma, ",") X(getPrefix, "get ")                                             \
    /* Math and JSON methods (their tables are in flash) */                         \
    X(floor, "floor") X(acos, "acos") X(asin, "asin") X(atan, "atan")              \
    X(atan2, "atan2") X(ceil, "ceil") X(cos, "cos") X(exp, "exp") X(log, "log")     \
    X(pow, "pow") X(random, "random") X(round, "round") X(sin, "sin")              \
    X(sqrt, "sqrt") X(tan, "tan") X(abs, "abs") X(max, "max") X(min, "min")        \
    X(parse, "parse") X(stringify, "stringify")                                     \
    /* methods of the other built-ins whose tables are in flash */                 \
    X(hasOwnProperty, "hasOwnProperty") X(isPrototypeOf, "isPrototypeOf")            \
    X(propertyIsEnumerable, "propertyIsEnumerable")                                  \
    X(getPrototypeOf, "getPrototypeOf")                                              \
    X(getOwnPropertyDescriptor, "getOwnPropertyDescriptor")                          \
    X(getOwnPropertyNames, "getOwnPropertyNames") X(create, "create")                \
    X(defineProperty, "defineProperty") X(defineProperties, "defineProperties")      \
    X(seal, "seal") X(freeze, "freeze") X(preventExtensions, "preventExtensions")    \
    X(isSealed, "isSealed") X(isFrozen, "isFrozen") X(isExtensible, "isExtensible")  \
    X(keys, "keys") X(push, "push") X(pop, "pop") X(slice, "slice")                  \
    X(concat, "concat") X(reverse, "reverse") X(shift, "shift")                      \
    X(unshift, "unshift") X(splice, "splice") X(sort, "sort") X(indexOf, "indexOf")  \
    X(lastIndexOf, "lastIndexOf") X(every, "every") X(some, "some")                  \
    X(forEach, "forEach") X(map, "map") X(filter, "filter") X(reduce, "reduce")      \
    X(reduceRight, "reduceRight") X(isArray, "isArray") X(toFixed, "toFixed")        \
    X(toExponential, "toExponential") X(toPrecision, "toPrecision")                  \
    X(charAt, "charAt") X(charCodeAt, "charCodeAt")                                  \
    X(localeCompare, "localeCompare") X(match, "match") X(replace, "replace")        \
    X(search, "search") X(split, "split") X(substring, "substring")                  \
    X(substr, "substr") X(toLowerCase, "toLowerCase")                                \
    X(toLocaleLowerCase, "toLocaleLowerCase") X(toUpperCase, "toUpperCase")          \
    X(toLocaleUpperCase, "toLocaleUpperCase") X(trim, "trim")                        \
    X(fromCharCode, "fromCharCode")                                                  \
    /* the global functions */                                                    \
    X(print, "print") X(isNaN, "isNaN") X(isFinite, "isFinite")                      \
    X(parseInt, "parseInt") X(parseFloat, "parseFloat") X(encodeURI, "encodeURI")    \
    X(encodeURIComponent, "encodeURIComponent") X(decodeURI, "decodeURI")            \
    X(decodeURIComponent, "decodeURIComponent") X(escape, "escape")                  \
    X(unescape, "unescape")                                                          \
    /* Function.prototype, RegExp and Date */                                     \
    X(call, "call") X(apply, "apply") X(bind, "bind") X(exec, "exec")                \
    X(test, "test") X(source, "source") X(global, "global")                          \
    X(ignoreCase, "ignoreCase") X(multiline, "multiline") X(flags, "flags")          \
    X(toDateString, "toDateString") X(toTimeString, "toTimeString")                  \
    X(toLocaleDateString, "toLocaleDateString")                                      \
    X(toLocaleTimeString, "toLocaleTimeString") X(toUTCString, "toUTCString")        \
    X(toGMTString, "toGMTString") X(getTime, "getTime")                              \
    X(getFullYear, "getFullYear") X(getUTCFullYear, "getUTCFullYear")                \
    X(getYear, "getYear") X(getMonth, "getMonth") X(getUTCMonth, "getUTCMonth")      \
    X(getDate, "getDate") X(getUTCDate, "getUTCDate") X(getDay, "getDay")            \
    X(getUTCDay, "getUTCDay") X(getHours, "getHours") X(getUTCHours, "getUTCHours")  \
    X(getMinutes, "getMinutes") X(getUTCMinutes, "getUTCMinutes")                    \
    X(getSeconds, "getSeconds") X(getUTCSeconds, "getUTCSeconds")                    \
    X(getMilliseconds, "getMilliseconds")                                            \
    X(getUTCMilliseconds, "getUTCMilliseconds")                                      \
    X(getTimezoneOffset, "getTimezoneOffset") X(setTime, "setTime")                  \
    X(setMilliseconds, "setMilliseconds")                                            \
    X(setUTCMilliseconds, "setUTCMilliseconds") X(setSeconds, "setSeconds")          \
    X(setUTCSeconds, "setUTCSeconds") X(setMinutes, "setMinutes")                    \
    X(setUTCMinutes, "setUTCMinutes") X(setHours, "setHours")                        \
    X(setUTCHours, "setUTCHours") X(setDate, "setDate") X(setUTCDate, "setUTCDate")  \
    X(setMonth, "setMonth") X(setUTCMonth, "setUTCMonth")                            \
    X(setFullYear, "setFullYear") X(setUTCFullYear, "setUTCFullYear")                \
    X(setYear, "setYear") X(UTC, "UTC") X(now, "now")                                                          \
    /* generators */                                                                \
    X(value, "value") X(done, "done") X(next, "next") X(return_, "return") X(throw_, "throw") \
    /* symbols and iteration */                                                   \
    X(symbol, "symbol") X(Symbol, "Symbol") X(values, "values")                      \
    X(asyncIterator, "asyncIterator") X(hasInstance, "hasInstance")                  \
    X(isConcatSpreadable, "isConcatSpreadable") X(iterator, "iterator")              \
    X(matchAll, "matchAll") X(species, "species") X(toPrimitive, "toPrimitive")      \
    X(toStringTag, "toStringTag") X(unscopables, "unscopables")                      \
    X(getOwnPropertySymbols, "getOwnPropertySymbols") X(entries, "entries") \
    /* ES2015-ES2024 Object and Array (more in ENG_ATOMS_OBJECT_ARRAY) */            \
    X(includes, "includes") X(at, "at") X(setPrototypeOf, "setPrototypeOf")         \
    X(groupBy, "groupBy") X(proto, "__proto__")                                      \
    ENG_ATOMS_OBJECT_ARRAY(X)                                                         \
    ENG_ATOMS_PROMISE(X)                                                          \
    ENG_ATOMS_KEYED(X)                                                                \
    /* ES2015+ Math, Number, String and Reflect */                                \
    ENG_ATOMS_MATH_LIBM(X) ENG_ATOMS_REFLECT(X)                                      \
    X(clz32, "clz32") X(fround, "fround") X(imul, "imul") X(sign, "sign")            \
    X(trunc, "trunc") X(isInteger, "isInteger") X(isSafeInteger, "isSafeInteger")                      \
    X(trimStart, "trimStart") X(trimEnd, "trimEnd") X(trimLeft, "trimLeft")          \
    X(trimRight, "trimRight") ENG_ATOMS_STRING_ES2015(X)                               \
    X(replaceAll, "replaceAll")                                                       \
    ENG_ATOMS_TYPED_ARRAYS(X) ENG_ATOMS_MAP_SET(X)                                   \
    ENG_ATOMS_FLOAT16(X) X(default_, "default")                                      \
    ENG_ATOMS_ITERATOR_HELPERS(X) X(dotAll, "dotAll") X(sticky, "sticky") X(groups, "groups") \
    ENG_ATOMS_BIGINT(X) ENG_ATOMS_STRING_HTML(X) ENG_ATOMS_REGEXP_FLAGS(X)            \
    ENG_ATOMS_WEAK_REFS(X) ENG_ATOMS_ASYNC_FUNCTION_CTORS(X)                          \
    ENG_ATOMS_SHARED_MEMORY(X) ENG_ATOMS_GENERATORS(X) ENG_ATOMS_PROXY(X)             \
    ENG_ATOMS_REGEXP_LEGACY(X) ENG_ATOMS_REGEXP_SETS(X)                               \
    ENG_ATOMS_ARRAY_FROM_ASYNC(X)                                                     \
    ENG_ATOMS_UINT8_BASE64(X)                                                         \
    ENG_ATOMS_UPSERT(X) ENG_ATOMS_ERROR_IS_ERROR(X) ENG_ATOMS_MATH_SUM_PRECISE(X)      \
    ENG_ATOMS_ITERATOR_ZIP(X) ENG_ATOMS_ITERATOR_CHUNKING(X) ENG_ATOMS_PROMISE_KEYED(X) ENG_ATOMS_JSON_RAW(X) \
    ENG_ATOMS_RESOURCE_MANAGEMENT(X)

// The names of optional built-ins (config.h): each atom costs flash.
#if ENG_REGEXP_INDICES
#define ENG_ATOMS_REGEXP_INDICES(X) X(hasIndices, "hasIndices") X(indices, "indices")
#else
#define ENG_ATOMS_REGEXP_INDICES(X)
#endif
#if ENG_REGEXP_UNICODE
#define ENG_ATOMS_REGEXP_FLAGS(X) ENG_ATOMS_REGEXP_INDICES(X) X(unicode, "unicode")
#else
#define ENG_ATOMS_REGEXP_FLAGS(X) ENG_ATOMS_REGEXP_INDICES(X)
#endif
#if ENG_REGEXP_SETS
#define ENG_ATOMS_REGEXP_SETS(X) X(unicodeSets, "unicodeSets")
#else
#define ENG_ATOMS_REGEXP_SETS(X)
#endif
#if ENG_ASYNC_FUNCTION_CONSTRUCTORS
#define ENG_ATOMS_ASYNC_FUNCTION_CTORS(X) \
    X(AsyncFunction, "AsyncFunction") X(AsyncGeneratorFunction, "AsyncGeneratorFunction")
#else
#define ENG_ATOMS_ASYNC_FUNCTION_CTORS(X)
#endif
#if ENG_PROXY
#define ENG_ATOMS_PROXY(X)                                                          \
    X(Proxy, "Proxy") X(revocable, "revocable") X(proxy, "proxy") X(revoke, "revoke") \
    X(writable, "writable") X(enumerable, "enumerable") X(configurable, "configurable")
#else
#define ENG_ATOMS_PROXY(X)
#endif
#if ENG_RESOURCE_MANAGEMENT
#define ENG_ATOMS_RESOURCE_MANAGEMENT(X)                                              \
    X(SuppressedError, "SuppressedError") X(error, "error") X(suppressed, "suppressed") \
    X(DisposableStack, "DisposableStack") X(AsyncDisposableStack, "AsyncDisposableStack") \
    X(adopt, "adopt") X(defer, "defer") X(dispose, "dispose") X(disposeAsync, "disposeAsync") \
    X(disposed, "disposed") X(move, "move") X(use, "use")
#else
#define ENG_ATOMS_RESOURCE_MANAGEMENT(X)
#endif
#if ENG_WEAK_REFS
#define ENG_ATOMS_WEAK_REFS(X)                                                      \
    X(WeakRef, "WeakRef") X(FinalizationRegistry, "FinalizationRegistry")           \
    X(deref, "deref") X(register_, "register") X(unregister, "unregister")
#else
#define ENG_ATOMS_WEAK_REFS(X)
#endif
#if ENG_GENERATORS
#define ENG_ATOMS_GENERATORS(X) X(Generator, "Generator") X(GeneratorFunction, "GeneratorFunction")
#else
#define ENG_ATOMS_GENERATORS(X)
#endif
#if ENG_SHARED_MEMORY
#define ENG_ATOMS_SHARED_MEMORY(X)                                                  \
    X(SharedArrayBuffer, "SharedArrayBuffer") X(Atomics, "Atomics") X(grow, "grow") \
    X(growable, "growable") X(and_, "and") X(compareExchange, "compareExchange")     \
    X(exchange, "exchange") X(isLockFree, "isLockFree") X(load, "load")              \
    X(notify, "notify") X(or_, "or") X(store, "store") X(wait, "wait")              \
    X(xor_, "xor") X(pause, "pause") ENG_ATOMS_SHARED_SUB(X)
#if ENG_STRING_HTML_METHODS
#define ENG_ATOMS_SHARED_SUB(X)  // String.prototype.sub's
#else
#define ENG_ATOMS_SHARED_SUB(X) X(sub, "sub")
#endif
#else
#define ENG_ATOMS_SHARED_MEMORY(X)
#endif
#if ENG_STRING_HTML_METHODS
#define ENG_ATOMS_STRING_HTML(X)                                                    \
    X(anchor, "anchor") X(big, "big") X(blink, "blink") X(bold, "bold")             \
    X(fixed, "fixed") X(fontcolor, "fontcolor") X(fontsize, "fontsize")             \
    X(italics, "italics") X(link, "link") X(small, "small") X(strike, "strike")     \
    X(sub, "sub") X(sup, "sup")
#else
#define ENG_ATOMS_STRING_HTML(X)
#endif
#if ENG_UINT8_BASE64
#define ENG_ATOMS_UINT8_BASE64(X)                                                   \
    X(fromBase64, "fromBase64") X(fromHex, "fromHex") X(toBase64, "toBase64")       \
    X(toHex, "toHex") X(setFromBase64, "setFromBase64") X(setFromHex, "setFromHex") \
    X(alphabet, "alphabet") X(lastChunkHandling, "lastChunkHandling")               \
    X(omitPadding, "omitPadding") X(read, "read") X(written, "written")
#else
#define ENG_ATOMS_UINT8_BASE64(X)
#endif
#if ENG_UPSERT
#define ENG_ATOMS_UPSERT(X) X(getOrInsert, "getOrInsert") X(getOrInsertComputed, "getOrInsertComputed")
#else
#define ENG_ATOMS_UPSERT(X)
#endif
#if ENG_ERROR_IS_ERROR
#define ENG_ATOMS_ERROR_IS_ERROR(X) X(isError, "isError")
#else
#define ENG_ATOMS_ERROR_IS_ERROR(X)
#endif
#if ENG_MATH_SUM_PRECISE
#define ENG_ATOMS_MATH_SUM_PRECISE(X) X(sumPrecise, "sumPrecise")
#else
#define ENG_ATOMS_MATH_SUM_PRECISE(X)
#endif
#if ENG_ITERATOR_ZIP
#define ENG_ATOMS_ITERATOR_ZIP(X) X(zip, "zip") X(zipKeyed, "zipKeyed") X(mode, "mode") X(padding, "padding")
#else
#define ENG_ATOMS_ITERATOR_ZIP(X)
#endif
#if ENG_ITERATOR_CHUNKING
#define ENG_ATOMS_ITERATOR_CHUNKING(X) X(chunks, "chunks") X(windows, "windows")
#else
#define ENG_ATOMS_ITERATOR_CHUNKING(X)
#endif
#if ENG_PROMISE_KEYED
#define ENG_ATOMS_PROMISE_KEYED(X) X(allKeyed, "allKeyed") X(allSettledKeyed, "allSettledKeyed")
#else
#define ENG_ATOMS_PROMISE_KEYED(X)
#endif
#if ENG_JSON_RAW
#define ENG_ATOMS_JSON_RAW(X) X(rawJSON, "rawJSON") X(isRawJSON, "isRawJSON")
#else
#define ENG_ATOMS_JSON_RAW(X)
#endif
#if ENG_ARRAY_FROM_ASYNC
#define ENG_ATOMS_ARRAY_FROM_ASYNC(X) X(fromAsync, "fromAsync")
#else
#define ENG_ATOMS_ARRAY_FROM_ASYNC(X)
#endif
#if ENG_ITERATOR_HELPERS
#define ENG_ATOMS_ITERATOR_HELPERS(X)                                               \
    X(Iterator, "Iterator") X(take, "take") X(drop, "drop") X(toArray, "toArray")   \
    X(IteratorHelper, "Iterator Helper")
#else
#define ENG_ATOMS_ITERATOR_HELPERS(X)
#endif
#if ENG_MATH_LIBM_FUNCTIONS
#define ENG_ATOMS_MATH_LIBM(X)                                                      \
    X(acosh, "acosh") X(asinh, "asinh") X(atanh, "atanh") X(cbrt, "cbrt")            \
    X(cosh, "cosh") X(expm1, "expm1") X(hypot, "hypot") X(log10, "log10")            \
    X(log1p, "log1p") X(log2, "log2") X(sinh, "sinh") X(tanh, "tanh")
#else
#define ENG_ATOMS_MATH_LIBM(X)
#endif
#if ENG_OBJECT_ARRAY_ES2015 || ENG_TYPED_ARRAYS
#define ENG_ATOMS_OBJECT_ARRAY(X)                                                   \
    X(find, "find") X(findIndex, "findIndex") X(findLast, "findLast")             \
    X(findLastIndex, "findLastIndex") X(fill, "fill") X(copyWithin, "copyWithin")   \
    X(flat, "flat") X(flatMap, "flatMap") X(toReversed, "toReversed")             \
    X(toSorted, "toSorted") X(toSpliced, "toSpliced") X(with, "with")             \
    X(from, "from") X(of, "of") X(assign, "assign") X(is, "is")                     \
    X(fromEntries, "fromEntries") X(getOwnPropertyDescriptors, "getOwnPropertyDescriptors") \
    X(hasOwn, "hasOwn") X(defineGetter, "__defineGetter__")                       \
    X(defineSetter, "__defineSetter__") X(lookupGetter, "__lookupGetter__")       \
    X(lookupSetter, "__lookupSetter__")
#else
#define ENG_ATOMS_OBJECT_ARRAY(X)
#endif
// Method names of the keyed collections, Reflect and typed arrays.
#if ENG_MAP_SET || ENG_REFLECT || ENG_TYPED_ARRAYS
#define ENG_ATOMS_KEYED(X)                                                          \
    X(get, "get") X(set, "set") X(has, "has") X(delete_, "delete") X(clear, "clear") \
    X(size, "size") X(add, "add")
#else
#define ENG_ATOMS_KEYED(X)
#endif
#if ENG_STRING_ES2015
#define ENG_ATOMS_STRING_ES2015(X)                                                  \
    X(fromCodePoint, "fromCodePoint") X(codePointAt, "codePointAt")                  \
    X(startsWith, "startsWith") X(endsWith, "endsWith") X(repeat, "repeat")           \
    X(padStart, "padStart") X(padEnd, "padEnd") X(isWellFormed, "isWellFormed")       \
    X(toWellFormed, "toWellFormed") X(normalize, "normalize")
#else
#define ENG_ATOMS_STRING_ES2015(X)
#endif
#if ENG_PROMISE
#define ENG_ATOMS_PROMISE(X)                                                        \
    X(Promise, "Promise") X(then, "then") X(catch_, "catch") X(finally_, "finally")  \
    X(resolve, "resolve") X(reject, "reject") X(all, "all") X(allSettled, "allSettled") \
    X(any, "any") X(race, "race") X(withResolvers, "withResolvers")                  \
    X(promise, "promise") X(status, "status") X(fulfilled, "fulfilled")              \
    X(rejected, "rejected") X(reason, "reason") X(errors, "errors")                  \
    X(AggregateError, "AggregateError") X(try_, "try")
#else
#define ENG_ATOMS_PROMISE(X)
#endif
#if ENG_TYPED_ARRAYS
#define ENG_ATOMS_TYPED_ARRAYS(X)                                                   \
    X(buffer, "buffer") X(subarray, "subarray") X(byteLength, "byteLength")         \
    X(byteOffset, "byteOffset") X(isView, "isView") X(resize, "resize")             \
    X(resizable, "resizable") X(maxByteLength, "maxByteLength")                     \
    X(transfer, "transfer") X(transferToFixedLength, "transferToFixedLength")       \
    X(detached, "detached") X(immutable, "immutable")                               \
    X(BYTES_PER_ELEMENT, "BYTES_PER_ELEMENT") X(ArrayBuffer, "ArrayBuffer")         \
    X(DataView, "DataView") X(TypedArray, "TypedArray")                             \
    X(Int8Array, "Int8Array") X(Uint8Array, "Uint8Array")                           \
    X(Uint8ClampedArray, "Uint8ClampedArray") X(Int16Array, "Int16Array")           \
    X(Uint16Array, "Uint16Array") X(Int32Array, "Int32Array")                       \
    X(Uint32Array, "Uint32Array") X(Float32Array, "Float32Array")                   \
    X(Float64Array, "Float64Array") X(getInt8, "getInt8")                           \
    X(getUint8, "getUint8") X(getInt16, "getInt16") X(getUint16, "getUint16")       \
    X(getInt32, "getInt32") X(getUint32, "getUint32")                               \
    X(getFloat32, "getFloat32") X(getFloat64, "getFloat64")                         \
    X(setInt8, "setInt8") X(setUint8, "setUint8") X(setInt16, "setInt16")           \
    X(setUint16, "setUint16") X(setInt32, "setInt32") X(setUint32, "setUint32")     \
    X(setFloat32, "setFloat32") X(setFloat64, "setFloat64")
#else
#define ENG_ATOMS_TYPED_ARRAYS(X)
#endif
#if ENG_FLOAT16
#define ENG_ATOMS_FLOAT16(X)                                                        \
    X(Float16Array, "Float16Array") X(getFloat16, "getFloat16")                     \
    X(setFloat16, "setFloat16") X(f16round, "f16round")
#else
#define ENG_ATOMS_FLOAT16(X)
#endif
#if ENG_BIGINT
#define ENG_ATOMS_BIGINT(X)                                                         \
    X(bigint, "bigint") X(BigInt, "BigInt") X(asIntN, "asIntN") X(asUintN, "asUintN") \
    ENG_ATOMS_BIGINT_ARRAYS(X)
#else
#define ENG_ATOMS_BIGINT(X)
#endif
#if ENG_BIGINT && ENG_TYPED_ARRAYS
#define ENG_ATOMS_BIGINT_ARRAYS(X)                                                  \
    X(BigInt64Array, "BigInt64Array") X(BigUint64Array, "BigUint64Array")           \
    X(getBigInt64, "getBigInt64") X(getBigUint64, "getBigUint64")                   \
    X(setBigInt64, "setBigInt64") X(setBigUint64, "setBigUint64")
#else
#define ENG_ATOMS_BIGINT_ARRAYS(X)
#endif
#if ENG_MAP_SET
#define ENG_ATOMS_MAP_SET(X)                                                        \
    X(Map, "Map") X(Set, "Set") X(WeakMap, "WeakMap") X(WeakSet, "WeakSet")          \
    X(union_, "union") X(intersection, "intersection") X(difference, "difference")   \
    X(symmetricDifference, "symmetricDifference") X(isSubsetOf, "isSubsetOf")        \
    X(isSupersetOf, "isSupersetOf") X(isDisjointFrom, "isDisjointFrom")              \
    X(MapIterator, "Map Iterator") X(SetIterator, "Set Iterator")
#else
#define ENG_ATOMS_MAP_SET(X)
#endif
#if ENG_REGEXP_LEGACY
#define ENG_ATOMS_REGEXP_LEGACY(X)                                                  \
    X(compile, "compile") X(dollar1, "$1") X(dollar2, "$2") X(dollar3, "$3")         \
    X(dollar4, "$4") X(dollar5, "$5") X(dollar6, "$6") X(dollar7, "$7")             \
    X(dollar8, "$8") X(dollar9, "$9") X(dollarInput, "$_") X(lastMatch, "lastMatch") \
    X(dollarLastMatch, "$&") X(lastParen, "lastParen") X(dollarLastParen, "$+")     \
    X(leftContext, "leftContext") X(dollarLeftContext, "$`")                         \
    X(rightContext, "rightContext") X(dollarRightContext, "$'")
#else
#define ENG_ATOMS_REGEXP_LEGACY(X)
#endif
#if ENG_REFLECT
#define ENG_ATOMS_REFLECT(X)                                                        \
    X(Reflect, "Reflect") X(construct, "construct") X(deleteProperty, "deleteProperty") \
    X(ownKeys, "ownKeys")
#else
#define ENG_ATOMS_REFLECT(X)
#endif

enum Atom {
#define ENG_ATOM_ENUM(id, text) ATOM_##id,
    ENG_ATOMS(ENG_ATOM_ENUM)
#undef ENG_ATOM_ENUM
    ATOM__COUNT
};

// The atoms' texts, for what the compiler computes from them.
constexpr const char *atomTexts[ATOM__COUNT] = {
#define ENG_ATOM_TEXT(id, text) text,
    ENG_ATOMS(ENG_ATOM_TEXT)
#undef ENG_ATOM_TEXT
};

}  // namespace eng

#endif
