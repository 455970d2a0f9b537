// The standard library: each part installs itself from const tables, so the
// descriptions (names, lengths, entry points) stay in flash on a device.
#ifndef ENG_BUILTINS_BUILTINS_H
#define ENG_BUILTINS_BUILTINS_H

#include "heap/heap.h"
#include "vm/call.h"

namespace eng {

struct MethodSpec {
    const char *name;
    NativeFn fn;
    int8_t length;  // or METHOD_GETTER
    int16_t magic;
};

// A MethodSpec length that makes the entry a get-only accessor property
// (non-enumerable, configurable) whose getter is fn, named "get <name>",
// with length 0 (ES2015 accessors such as RegExp.prototype.global).
constexpr int8_t METHOD_GETTER = -1;
// A MethodSpec length that makes the entry no function but a read-only,
// non-enumerable, non-configurable data property whose value is the
// well-known symbol numbered magic (WellKnownSymbol; fn is null): the
// properties Symbol.iterator and the like, made when first looked up.
constexpr int8_t METHOD_SYMBOL_VALUE = -2;
// A MethodSpec length that makes the entry the very function of entry
// number magic of the same table under another key (fn is null):
// Array.prototype[Symbol.iterator] is Array.prototype.values.
constexpr int8_t METHOD_ALIAS = -4;
// A MethodSpec length only the setter of an accessor pair in flash has
// (FlashAccessor): its function is named "set <name>" and has length 1.
// installMethods does not take it.
constexpr int8_t METHOD_SETTER = -5;
// A name "@@iterator" (any well-known symbol's name after "@@", see
// strings/rom_symbols.h) keys the entry by that symbol, not by a string.

// Creates every built-in object of a new heap. False when memory runs out.
bool initBuiltins(Heap &h);

// The older table form (docs/writing-builtins.md): each entry becomes a
// JSNative property of target (a getter entry an accessor, a
// METHOD_SYMBOL_VALUE entry the symbol, an alias the function it names).
// Used by the late intrinsics (Symbol, the iterator and generator
// prototypes); the built-ins in flash use flashPrototype instead.
Status installMethods(Heap &h, JSObject *target, const MethodSpec *methods, size_t count);
// The "name" of a table entry's function: "[Symbol.iterator]" for an
// "@@iterator" entry (keyed by that well-known symbol), else the name.
HString *specFunctionName(Heap &h, const char *name);

// Parts (builtins/*.cpp).
// Object.prototype, Function.prototype and Array.prototype get their
// tables with the heap; the constructors and the {get, set:
// %ThrowTypeError%} pair are made on first use.
Status initObjectBuiltins(Heap &h);
Status initFunctionBuiltins(Heap &h);
Status initArrayBuiltins(Heap &h);
Status makeObjectConstructor(Heap &h);
Status makeFunctionConstructor(Heap &h);
Status makeArrayConstructor(Heap &h);
Status makeStrictThrower(Heap &h);
// The prototypes of Error and RangeError, made with the heap, get their
// tables; the rest of the error built-ins are made on first use.
Status initErrorPrototypes(Heap &h);
Status makeErrorBuiltin(Heap &h, Proto kind);
// Made on first use (makeBuiltinRef, heap.h).
Status initMathBuiltins(Heap &h);
Status initPrimitiveWrapperBuiltins(Heap &h);
Status initStringBuiltins(Heap &h);
Status initNumberBuiltins(Heap &h);
Status initJsonBuiltins(Heap &h);
Status initRegExpBuiltins(Heap &h);
Status initDateBuiltins(Heap &h);
// Promise and AggregateError (ENG_PROMISE), made on first use.
Status initPromiseBuiltins(Heap &h);
Status initAggregateErrorBuiltins(Heap &h);
Status initMapSetBuiltins(Heap &h);           // map_set_builtins.cpp (ENG_MAP_SET)
Status initWeakCollectionBuiltins(Heap &h);  // weak_collection_builtins.cpp (ENG_MAP_SET)
// ENG_TYPED_ARRAYS (arraybuffer_builtins.cpp, typedarray_builtins.cpp, dataview_builtins.cpp).
Status initArrayBufferBuiltins(Heap &h);
// Array.prototype.toString's entry in its method table: %TypedArray%.prototype.toString is the same function.
constexpr uint32_t ARRAY_PROTO_TOSTRING_ENTRY = 4;
constexpr uint32_t ARRAY_PROTO_TOLOCALESTRING_ENTRY = 5;
Status initTypedArrayBuiltins(Heap &h, Proto p);
Status initDataViewBuiltins(Heap &h);
Status initBigIntBuiltins(Heap &h);            // bigint_builtins.cpp (ENG_BIGINT)
Status initWeakRefBuiltins(Heap &h);           // weak_ref_builtins.cpp (ENG_WEAK_REFS)
// The Symbol function and Symbol.prototype, made on first use (the global
// "Symbol" is the built-in reference BUILTIN_REF_SYMBOL).
Status makeSymbolConstructor(Heap &h, Value *out);
// (ensureSymbolPrototype: vm/symbol.h.)

// Iterators (iterator_builtins.cpp). The functions are named so that
// vm/spread.cpp can tell the original ones (its fast path).
Status arrayIterator(NativeCall &c);  // Array.prototype.keys/values/entries (magic: IterationKind)
Status arrayIteratorNext(NativeCall &c);
Status stringIterator(NativeCall &c);  // String.prototype[@@iterator]
Status stringIteratorNext(NativeCall &c);
Status regexpStringIteratorNext(NativeCall &c);  // string_match_all.cpp
// %IteratorPrototype%, %ArrayIteratorPrototype%, %StringIteratorPrototype%
// or %RegExpStringIteratorPrototype%, made on first use.
Status iteratorPrototype(Heap &h, LateIntrinsic which, JSObject **out);
// SpeciesConstructor(o, defaultCtor) (ES2024 7.3.22): o.constructor's
// @@species, or defaultCtor when either is undefined (or null); a
// TypeError when they are not an object and a constructor.
Status speciesConstructorOf(Heap &h, Value o, Value defaultCtor, Value *out);
// CreateIterResultObject: { value, done }.
Status createIterResult(Heap &h, Value value, bool done, Value *out);
// The Iterator constructor and %Iterator.prototype% with the ES2025
// helpers (iterator_helpers.cpp, ENG_ITERATOR_HELPERS), made on first use.
Status initIteratorBuiltins(Heap &h);

// new Function(params..., body) / Function(...): compiles in the global scope.
Status constructFunction(NativeCall &c);
// CreateDynamicFunction (ES2025 20.2.1.1.1) of kind "function", "async
// function" or "async function*" (eval_builtins.cpp).
Status createDynamicFunction(NativeCall &c, const char *kind);
// %AsyncFunction% and %AsyncGeneratorFunction% with their prototypes
// (async_function_builtins.cpp, ENG_ASYNC_FUNCTION_CONSTRUCTORS).
Status initAsyncFunctionBuiltins(Heap &h);
Status initAsyncGeneratorFunctionBuiltins(Heap &h);

// [[OwnPropertyKeys]] of an ordinary object (object_builtins.cpp): integer
// keys ascending, then strings, then symbols, in insertion order. out must
// be rooted.
Status ownPropertyKeys(Heap &h, JSObject *o, JSArray *out);
// The Reflect object, made on first use (the global "Reflect" is the
// built-in reference BUILTIN_REF_REFLECT; reflect_builtins.cpp).
Status makeReflectObject(Heap &h, Value *out);
// SharedArrayBuffer and Atomics (ENG_SHARED_MEMORY; shared_array_buffer_builtins.cpp,
// atomics_builtins.cpp): made on first use.
Status initSharedArrayBufferBuiltins(Heap &h);
Status makeAtomicsObject(Heap &h, Value *out);
// Array.prototype[@@unscopables], made on first read (the table names the
// built-in reference BUILTIN_REF_ARRAY_UNSCOPABLES; array_builtins.cpp).
Status makeArrayUnscopables(Heap &h);
// OrdinarySet (ES2024 10.1.9.2) of o with the given receiver, as Reflect.set
// does it: *ok false where a sloppy assignment fails silently; proxies on
// the chain and a proxy receiver run their traps (reflect_builtins.cpp).
struct PropertyKey;
Status setWithReceiver(Heap &h, JSObject *o, const PropertyKey &key, Value v, Value receiver, bool *ok);
// Proxy and Proxy.revocable (proxy_builtins.cpp, ENG_PROXY), made on first use.
Status initProxyBuiltins(Heap &h);

}  // namespace eng

#endif
