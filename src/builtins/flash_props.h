// Property tables of built-in objects as const data in flash.
//
// A built-in object whose table is in flash points its `props` at a const
// Prop array after a header of capacity 0 (objects/object_ops.h hasFlashProps); a table
// longer than PROP_LINEAR_LIMIT is followed by its hash index. The
// compiler lays both out: keys are the atoms in flash (romStrings), values
// are lightweight functions (methods, found through flashMethodTables),
// number constants in flash and immediates. Creating a heap allocates
// nothing for such a table; the first change to it copies it to RAM.
//
// A table is written as an X-macro list of (atom, attributes, value), so
// the keys' hashes for the index come from the same list:
//
//   #define MATH_PROPS(P) P(floor, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_MATH, 0)) ...
//   ENG_FLASH_TABLE(mathProps, MATH_PROPS)
#ifndef ENG_BUILTINS_FLASH_PROPS_H
#define ENG_BUILTINS_FLASH_PROPS_H

#include <stddef.h>
#include <stdint.h>

#include "builtins/builtins.h"
#include "strings/rom_strings.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "value/rom_numbers.h"

namespace eng {

// The method tables whose entries flash tables name as lightfuncs; a
// lightfunc's descriptor says which table and entry (vm/lightfunc.h).
#define ENG_FLASH_METHOD_TABLES(T)                                                       \
    T(MATH, mathMethods) T(JSON, jsonMethods) T(OBJECT_PROTO, objectProtoMethods)         \
    T(OBJECT_STATIC, objectStaticMethods) T(ARRAY_PROTO, arrayProtoMethods)               \
    T(ARRAY_STATIC, arrayStaticMethods) T(ERROR_PROTO, errorProtoMethods)                 \
    T(BOOLEAN_PROTO, booleanProtoMethods) T(NUMBER_PROTO, numberProtoMethods)             \
    T(STRING_PROTO, stringProtoMethods) T(STRING_STATIC, stringStaticMethods)             \
    T(GLOBAL_FUNCTIONS, globalFunctionMethods) T(EVAL, evalMethods)                       \
    T(FUNCTION_PROTO, functionProtoMethods) T(REGEXP_PROTO, regexpProtoMethods)           \
    T(DATE_PROTO, dateProtoMethods) T(DATE_STATIC, dateStaticMethods)                     \
    T(STRING_PROTO_SYMBOLS, stringProtoSymbolMethods)                                       \
    T(ARRAY_STATIC_SYMBOLS, arrayStaticSymbolMethods)                                       \
    T(OBJECT_PROTO_ACCESSORS, objectProtoAccessorMethods)                                  \
    ENG_FLASH_PROMISE_TABLES(T) ENG_FLASH_MAP_SET_TABLES(T)                                \
    T(NUMBER_STATIC, numberStaticMethods) ENG_FLASH_REFLECT_TABLE(T) ENG_TYPED_ARRAY_METHOD_TABLES(T) \
    T(DATE_PROTO_SYMBOLS, dateProtoSymbolMethods)                                           \
    T(FUNCTION_PROTO_SYMBOLS, functionProtoSymbolMethods)                                   \
    T(REGEXP_SPECIES, regexpSpeciesMethods) ENG_ITERATOR_HELPER_TABLES(T)                 \
    ENG_REGEXP_PROTOCOL_TABLE(T) ENG_FLASH_BIGINT_TABLES(T)                                 \
    ENG_FLASH_WEAK_REF_TABLES(T)                                                            \
    ENG_FLASH_SHARED_MEMORY_TABLES(T)                                                       \
    ENG_FLASH_PROXY_TABLES(T)                                                               \
    ENG_FLASH_REGEXP_LEGACY_TABLES(T) ENG_FLASH_REGEXP_CTOR_TABLE(T)                        \
    ENG_FLASH_ARRAY_FROM_ASYNC_TABLES(T)                                                    \
    ENG_FLASH_UINT8_BASE64_TABLES(T)                                                        \
    ENG_FLASH_ERROR_IS_ERROR_TABLES(T)                                                      \
    ENG_FLASH_PROMISE_KEYED_TABLES(T)                                                       \
    ENG_FLASH_RESOURCE_TABLES(T)
#if ENG_PROMISE_KEYED
#define ENG_FLASH_PROMISE_KEYED_TABLES(T) T(PROMISE_KEYED_INTERNAL, promiseKeyedInternalMethods)
#else
#define ENG_FLASH_PROMISE_KEYED_TABLES(T)
#endif
#if ENG_ERROR_IS_ERROR
#define ENG_FLASH_ERROR_IS_ERROR_TABLES(T) T(ERROR_STATIC, errorStaticMethods)
#else
#define ENG_FLASH_ERROR_IS_ERROR_TABLES(T)
#endif
#if ENG_UINT8_BASE64
#define ENG_FLASH_UINT8_BASE64_TABLES(T) \
    T(UINT8_BASE64_STATIC, uint8Base64StaticMethods) T(UINT8_BASE64_PROTO, uint8Base64ProtoMethods)
#else
#define ENG_FLASH_UINT8_BASE64_TABLES(T)
#endif
#if ENG_ARRAY_FROM_ASYNC
#define ENG_FLASH_ARRAY_FROM_ASYNC_TABLES(T) T(ARRAY_FROM_ASYNC_INTERNAL, arrayFromAsyncInternalMethods)
#else
#define ENG_FLASH_ARRAY_FROM_ASYNC_TABLES(T)
#endif
#if ENG_REGEXP_LEGACY
#define ENG_FLASH_REGEXP_LEGACY_TABLES(T) T(REGEXP_LEGACY, regexpLegacyMethods)
#else
#define ENG_FLASH_REGEXP_LEGACY_TABLES(T)
#endif
#if ENG_REGEXP_ES2025
#define ENG_FLASH_REGEXP_CTOR_TABLE(T) T(REGEXP_CTOR, regexpCtorMethods)
#else
#define ENG_FLASH_REGEXP_CTOR_TABLE(T)
#endif
#if ENG_RESOURCE_MANAGEMENT
#define ENG_FLASH_RESOURCE_TABLES(T)                                                         \
    T(DISPOSABLE_STACK_PROTO, disposableStackProtoMethods)                                   \
    T(ASYNC_DISPOSABLE_STACK_PROTO, asyncDisposableStackProtoMethods)                        \
    T(DISPOSABLE_STACK_GETTERS, disposableStackGetterMethods)
#else
#define ENG_FLASH_RESOURCE_TABLES(T)
#endif
#if ENG_SHARED_MEMORY
#define ENG_FLASH_SHARED_MEMORY_TABLES(T) T(SHARED_BUFFER_PROTO, sharedBufferProtoMethods) T(ATOMICS, atomicsMethods)
#else
#define ENG_FLASH_SHARED_MEMORY_TABLES(T)
#endif
#if ENG_PROXY
#define ENG_FLASH_PROXY_TABLES(T) T(PROXY_STATIC, proxyStaticMethods)
#else
#define ENG_FLASH_PROXY_TABLES(T)
#endif
#if ENG_WEAK_REFS
#define ENG_FLASH_WEAK_REF_TABLES(T) \
    T(WEAK_REF_PROTO, weakRefProtoMethods) T(FINALIZATION_REGISTRY_PROTO, finalizationRegistryProtoMethods)
#else
#define ENG_FLASH_WEAK_REF_TABLES(T)
#endif
#if ENG_REGEXP_PROTOCOLS
#define ENG_REGEXP_PROTOCOL_TABLE(T) T(REGEXP_SYMBOLS, regexpSymbolMethods)
#else
#define ENG_REGEXP_PROTOCOL_TABLE(T)
#endif
#if ENG_ITERATOR_HELPERS
#define ENG_ITERATOR_HELPER_TABLES(T)                                                       \
    T(ITERATOR_PROTO, iteratorProtoMethods) T(ITERATOR_STATIC, iteratorStaticMethods)       \
    T(ITERATOR_PROTO_EXTRAS, iteratorProtoExtraMethods)                                     \
    T(ITERATOR_HELPER_PROTO, iteratorHelperProtoMethods)                                    \
    T(WRAP_FOR_VALID_ITERATOR_PROTO, wrapForValidIteratorMethods)
#else
#define ENG_ITERATOR_HELPER_TABLES(T)
#endif
#if ENG_BIGINT
#define ENG_FLASH_BIGINT_TABLES(T) T(BIGINT_PROTO, bigIntProtoMethods) T(BIGINT_STATIC, bigIntStaticMethods)
#else
#define ENG_FLASH_BIGINT_TABLES(T)
#endif
#if ENG_REFLECT
#define ENG_FLASH_REFLECT_TABLE(T) T(REFLECT, reflectMethods)
#else
#define ENG_FLASH_REFLECT_TABLE(T)
#endif

#if ENG_PROMISE
#define ENG_FLASH_PROMISE_TABLES(T)                                                      \
    T(PROMISE_PROTO, promiseProtoMethods) T(PROMISE_STATIC, promiseStaticMethods)         \
    T(PROMISE_SPECIES, promiseSpeciesMethods) T(PROMISE_INTERNAL, promiseInternalMethods)
#else
#define ENG_FLASH_PROMISE_TABLES(T)
#endif

// Map, Set, WeakMap, WeakSet and their iterators (ENG_MAP_SET).
#if ENG_MAP_SET
#define ENG_FLASH_MAP_SET_TABLES(T)                                                       \
    T(MAP_PROTO, mapProtoMethods) T(MAP_STATIC, mapStaticMethods)                         \
    T(SET_PROTO, setProtoMethods) T(MAP_ITERATOR, mapIteratorMethods)                     \
    T(SET_ITERATOR, setIteratorMethods) T(WEAK_MAP_PROTO, weakMapProtoMethods)            \
    T(WEAK_SET_PROTO, weakSetProtoMethods) T(COLLECTION_SPECIES, collectionSpeciesMethods)
#else
#define ENG_FLASH_MAP_SET_TABLES(T)
#endif

#if ENG_TYPED_ARRAYS
#define ENG_TYPED_ARRAY_METHOD_TABLES(T)                                                    \
    T(ARRAY_BUFFER_PROTO, arrayBufferProtoMethods) T(ARRAY_BUFFER_STATIC, arrayBufferStaticMethods) \
    T(TYPED_ARRAY_PROTO, typedArrayProtoMethods) T(TYPED_ARRAY_STATIC, typedArrayStaticMethods)     \
    T(TYPED_ARRAY_TAG, typedArrayTagMethods) T(DATA_VIEW_PROTO, dataViewProtoMethods)
#else
#define ENG_TYPED_ARRAY_METHOD_TABLES(T)
#endif

enum FlashMethodTable : uint8_t {
#define ENG_FLASH_METHODS_ENUM(X, specs) FLASH_METHODS_##X,
    ENG_FLASH_METHOD_TABLES(ENG_FLASH_METHODS_ENUM)
#undef ENG_FLASH_METHODS_ENUM
    FLASH_METHODS__COUNT
};
extern const MethodSpec *const flashMethodTables[FLASH_METHODS__COUNT];
#define ENG_FLASH_METHODS_DECLARE(X, specs) extern const MethodSpec specs[];
ENG_FLASH_METHOD_TABLES(ENG_FLASH_METHODS_DECLARE)
#undef ENG_FLASH_METHODS_DECLARE

constexpr uint32_t LIGHTFUNC_FLASH_METHOD = 1u << 27;  // descriptor bit (value.h)
constexpr uint32_t flashMethodDescriptor(uint32_t table, uint32_t entry) {
    return LIGHTFUNC_FLASH_METHOD | table << 8 | entry;
}

// The hash index of a table with keys `keys`: as rebuildIndex
// (objects/object.cpp) makes a RAM table's, with byte slots.
// A slot holds the property's number + 1, or 0 when empty: a byte each.
template <size_t N>
struct FlashIndex {
    static_assert(N < 256, "a flash index slot holds a property number in a byte");
    uint8_t slot[N > PROP_LINEAR_LIMIT ? flashIndexSlots(N) : 1];  // a short table has none
};

constexpr uint32_t atomHash(Atom a) {
    uint32_t h = HASH_SEED;
    for (const char *t = atomTexts[a]; *t; t++) h = hashStep(h, static_cast<uint8_t>(*t));
    return h;
}

template <size_t N>
constexpr FlashIndex<N> flashIndex(const uint32_t (&keyHashes)[N]) {
    FlashIndex<N> index{};
    if (N <= PROP_LINEAR_LIMIT) return index;
    uint32_t mask = flashIndexSlots(N) - 1;
    for (uint32_t i = 0; i < N; i++) {
        uint32_t slot = keyHashes[i] & mask;
        while (index.slot[slot]) slot = (slot + 1) & mask;
        index.slot[slot] = static_cast<uint8_t>(i + 1);
    }
    return index;
}

template <size_t N>
struct FlashPropTable {
    PropsHeader header;  // {N, 0}: capacity 0 says the table is never written
    Prop props[N];
    FlashIndex<N> index;  // used only when N > PROP_LINEAR_LIMIT
};

// Entries. Keys: the atom's address plus the attribute bits (Prop::keyBits;
// an address constant the linker fills in).
#define ENG_FLASH_KEY(atom, attrs) (reinterpret_cast<uintptr_t>(&::eng::romStrings.atom.s) + (attrs))
#define ENG_FLASH_METHOD(table, entry) ::eng::Value::constLightFunc(::eng::flashMethodDescriptor(table, entry))
#if ENG_VALUE_NAN_BOXED
#define ENG_FLASH_NUMBER(id) ::eng::Value::constDouble(::eng::romNumberConstants[::eng::ROM_NUMBER_##id])
#else
#define ENG_FLASH_NUMBER(id) \
    ::eng::Value::constBits(reinterpret_cast<uintptr_t>(&::eng::romNumbers[::eng::ROM_NUMBER_##id].gc))
#endif

// The prototype (by Proto), the constructor of one, the global object.
#define ENG_FLASH_PROTO(proto) ::eng::Value::constBuiltinRef(::eng::proto)
#define ENG_FLASH_BUILTIN(ref) ::eng::Value::constBuiltinRef(::eng::ref)
#define ENG_FLASH_CTOR(proto) ::eng::Value::constBuiltinRef(::eng::BUILTIN_REF_CTORS + ::eng::proto)

#define ENG_FLASH_PROP_ENTRY(atom, attrs, value) {ENG_FLASH_KEY(atom, attrs), value},
#define ENG_FLASH_PROP_ATOM(atom, attrs, value) ::eng::atomHash(::eng::ATOM_##atom),
// Entries keyed by a well-known symbol (Symbol.iterator: S(iterator, ...)).
#define ENG_FLASH_SYMBOL_ENTRY(sym, attrs, value) \
    {reinterpret_cast<uintptr_t>(&::eng::romSymbolTable.sym.s) + (attrs), value},
#define ENG_FLASH_SYMBOL_HASH(sym, attrs, value) ::eng::romSymbolHash("Symbol." #sym),

// Defines `name` (a FlashPropTable) from the list LIST(P).
#define ENG_FLASH_TABLE(name, LIST)                                          \
    constexpr uint32_t name##Keys[] = {LIST(ENG_FLASH_PROP_ATOM)};        \
    constexpr size_t name##Count = sizeof name##Keys / sizeof name##Keys[0]; \
    const ::eng::FlashPropTable<name##Count> name = {                                 \
        {name##Count, 0}, {LIST(ENG_FLASH_PROP_ENTRY)}, ::eng::flashIndex(name##Keys)};

// Methods: a list METHODS(M, X) applies M to X and each method's
// (name, function, length, magic); X names the method table: its entries
// are X_<name> and its number FLASH_METHODS_X. Every name is an atom.
#define ENG_FLASH_METHOD_ENUM(X, name, fn, length, magic) X##_##name,
#define ENG_FLASH_METHOD_SPEC(X, name, fn, length, magic) {::eng::romStrings.name.text, fn, length, magic},
#define ENG_FLASH_METHOD_KEY(X, name, fn, length, magic) ::eng::atomHash(::eng::ATOM_##name),
#define ENG_FLASH_METHOD_PROP(X, name, fn, length, magic) \
    {ENG_FLASH_KEY(name, ::eng::ATTR_HIDDEN), ENG_FLASH_METHOD(::eng::FLASH_METHODS_##X, X##_##name)},

// The method table `specs` (named in flashMethodTables) of METHODS; the
// numbers of its entries alone (for a header: tables elsewhere name them).
#define ENG_FLASH_METHOD_ENTRIES(X, METHODS) enum X##_Entry { METHODS(ENG_FLASH_METHOD_ENUM, X) };
#define ENG_FLASH_METHOD_SPECS(specs, X, METHODS) \
    extern const ::eng::MethodSpec specs[];       \
    const ::eng::MethodSpec specs[] = {METHODS(ENG_FLASH_METHOD_SPEC, X)};
#define ENG_FLASH_METHOD_TABLE(specs, X, METHODS) \
    ENG_FLASH_METHOD_ENTRIES(X, METHODS)          \
    ENG_FLASH_METHOD_SPECS(specs, X, METHODS)

// The property table `name`: PROPS(P)'s properties, then METHODS' methods
// (non-enumerable), in that order.
#define ENG_FLASH_OBJECT(name, PROPS, X, METHODS)                                                           \
    constexpr uint32_t name##Keys[] = {PROPS(ENG_FLASH_PROP_ATOM) METHODS(ENG_FLASH_METHOD_KEY, X)};     \
    constexpr size_t name##Count = sizeof name##Keys / sizeof name##Keys[0];                              \
    const ::eng::FlashPropTable<name##Count> name = {                                                     \
        {name##Count, 0},                                                                                     \
        {PROPS(ENG_FLASH_PROP_ENTRY) METHODS(ENG_FLASH_METHOD_PROP, X)}, ::eng::flashIndex(name##Keys)};
#define ENG_FLASH_NO_PROPS(P)
// The same, then the properties keyed by well-known symbols of SYMBOLS(S).
#define ENG_FLASH_OBJECT_SYMBOLS(name, PROPS, X, METHODS, SYMBOLS)                                          \
    constexpr uint32_t name##Keys[] = {PROPS(ENG_FLASH_PROP_ATOM) METHODS(ENG_FLASH_METHOD_KEY, X)          \
                                           SYMBOLS(ENG_FLASH_SYMBOL_HASH)};                                 \
    constexpr size_t name##Count = sizeof name##Keys / sizeof name##Keys[0];                              \
    const ::eng::FlashPropTable<name##Count> name = {                                                     \
        {name##Count, 0},                                                                                     \
        {PROPS(ENG_FLASH_PROP_ENTRY) METHODS(ENG_FLASH_METHOD_PROP, X) SYMBOLS(ENG_FLASH_SYMBOL_ENTRY)},     \
        ::eng::flashIndex(name##Keys)};
// The same with the methods of two tables.
#define ENG_FLASH_TABLE2(name, PROPS, X, METHODS, Y, METHODS2)                                              \
    constexpr uint32_t name##Keys[] = {PROPS(ENG_FLASH_PROP_ATOM) METHODS(ENG_FLASH_METHOD_KEY, X)       \
                                              METHODS2(ENG_FLASH_METHOD_KEY, Y)};                           \
    constexpr size_t name##Count = sizeof name##Keys / sizeof name##Keys[0];                              \
    const ::eng::FlashPropTable<name##Count> name = {                                                     \
        {name##Count, 0},                                                                                     \
        {PROPS(ENG_FLASH_PROP_ENTRY) METHODS(ENG_FLASH_METHOD_PROP, X) METHODS2(ENG_FLASH_METHOD_PROP, Y)},  \
        ::eng::flashIndex(name##Keys)};

// Gives o (a new object without properties) the table in flash.
// (props: the `props` of a FlashPropTable, whose header gives its count.)
inline void useFlashProps(JSObject *o, const Prop *props) { o->props = const_cast<Prop *>(props); }
template <size_t N>
inline void useFlashProps(JSObject *o, const FlashPropTable<N> &table) {
    useFlashProps(o, table.props);
}

// The prototype `proto` with its table in flash, unless the heap has it:
// made by make (an ordinary object inheriting Object.prototype when null),
// pinned (tables in flash name it). Null when memory runs out.
JSObject *flashPrototype(Heap &h, Proto proto, const Prop *props, JSObject *(*make)(Heap &) = nullptr);
// A built-in constructor and its prototype (flashPrototype), with their
// tables in flash. The tables name each other (ENG_FLASH_PROTO,
// ENG_FLASH_CTOR). Null when memory runs out. Made when a script first
// reaches either (makeBuiltinRef), except for the few a heap makes at
// creation (initBuiltins). Its global binding is an entry of the global
// object's table in flash (GLOBAL_PROPS in builtins.cpp), not made here.
JSNative *flashConstructor(Heap &h, Proto proto, Atom name, NativeFn fn, int length, const Prop *ctorProps,
                           const Prop *protoProps);
template <size_t C, size_t P>
inline JSNative *flashConstructor(Heap &h, Proto proto, Atom name, NativeFn fn, int length,
                                  const FlashPropTable<C> &ctorTable, const FlashPropTable<P> &protoTable) {
    return flashConstructor(h, proto, name, fn, length, ctorTable.props, protoTable.props);
}

// A get-only accessor pair in flash (a built-in getter such as
// RegExp.prototype.global): its getter is a method of a flash table
// (length METHOD_GETTER). Changing the property makes a new pair in RAM.
struct alignas(8) FlashAccessor {
    Accessor pair;
};
#define ENG_FLASH_GETTER_PAIR(table, entry)                                                    \
    {{{ENG_READ_ONLY_NEXT, ::eng::HeapType::Accessor, ::eng::ROM_GC_FLAGS, 0},               \
      ENG_FLASH_METHOD(table, entry),                                                         \
      ::eng::Value::constUndefined()}}
#define ENG_FLASH_ACCESSOR(flashPair) ::eng::Value::constBits(reinterpret_cast<uintptr_t>(&(flashPair).pair))

#define ENG_FLASH_STRING(atom) ::eng::Value::constBits(reinterpret_cast<uintptr_t>(&::eng::romStrings.atom.s))

}  // namespace eng

#endif
