// Creating the built-in objects of a new heap: prototypes first (everything
// else points at them), then the global object and each library part.
#include "builtins/builtins.h"

#include "builtins/disposable.h"
#include "builtins/flash_props.h"
#include "builtins/global_object.h"

#include <math.h>

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "value/number.h"
#include "value/rom_numbers.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "strings/format.h"
#include "vm/errors.h"
#include "vm/async_generator.h"
#include "vm/lightfunc.h"

namespace eng {

namespace {

Status returnUndefined(NativeCall &) { return Status::Ok; }

Status createPrototypes(Heap &h) {
    JSObject *objectProto = newObject(h, nullptr);
    if (!objectProto) return Status::Error;
    h.coreProtos[coreProtoIndex(PROTO_OBJECT)] = objectProto;
    // Function.prototype is itself a function that returns undefined.
    JSNative *functionProto = static_cast<JSNative *>(
        newObjectOfSize(h, objectProto, ObjectClass::Native, sizeof(JSNative)));
    if (!functionProto) return Status::Error;
    functionProto->fn = returnUndefined;
    rcInit(functionProto->name, atom(h, ATOM_empty));
    h.coreProtos[coreProtoIndex(PROTO_FUNCTION)] = functionProto;
    JSObject *arrayProto = newObjectOfSize(h, objectProto, ObjectClass::Array, sizeof(JSArray));
    if (!arrayProto) return Status::Error;
    h.coreProtos[coreProtoIndex(PROTO_ARRAY)] = arrayProto;
    // The out-of-memory error (made next) is a RangeError.
    JSObject *errorProto = newObject(h, objectProto);
    if (!errorProto) return Status::Error;
    h.coreProtos[coreProtoIndex(PROTO_ERROR)] = errorProto;
    JSObject *rangeErrorProto = newObject(h, errorProto);
    h.coreProtos[coreProtoIndex(PROTO_RANGE_ERROR)] = rangeErrorProto;
    return rangeErrorProto ? Status::Ok : Status::Error;
}

#define GLOBAL_CTOR(P, name, proto) P(name, ATTR_HIDDEN, ENG_FLASH_CTOR(proto))
#define GLOBAL_PROPS(P)                                                                                       \
    P(globalThis, ATTR_HIDDEN, ENG_FLASH_BUILTIN(BUILTIN_REF_GLOBAL)) P(NaN, 0, ENG_FLASH_NUMBER(NaN))      \
    P(Infinity, 0, ENG_FLASH_NUMBER(Infinity)) P(undefined, 0, Value::constUndefined())                      \
    GLOBAL_CTOR(P, Object, PROTO_OBJECT) GLOBAL_CTOR(P, Function, PROTO_FUNCTION)                           \
    GLOBAL_CTOR(P, Array, PROTO_ARRAY) GLOBAL_CTOR(P, Error, PROTO_ERROR)                                    \
    GLOBAL_CTOR(P, TypeError, PROTO_TYPE_ERROR) GLOBAL_CTOR(P, ReferenceError, PROTO_REFERENCE_ERROR)        \
    GLOBAL_CTOR(P, RangeError, PROTO_RANGE_ERROR) GLOBAL_CTOR(P, SyntaxError, PROTO_SYNTAX_ERROR)            \
    GLOBAL_CTOR(P, EvalError, PROTO_EVAL_ERROR) GLOBAL_CTOR(P, URIError, PROTO_URI_ERROR)                    \
    P(Math, ATTR_HIDDEN, ENG_FLASH_BUILTIN(BUILTIN_REF_MATH)) GLOBAL_CTOR(P, String, PROTO_STRING)          \
    GLOBAL_CTOR(P, Number, PROTO_NUMBER) GLOBAL_CTOR(P, Boolean, PROTO_BOOLEAN)                              \
    P(JSON, ATTR_HIDDEN, ENG_FLASH_BUILTIN(BUILTIN_REF_JSON)) GLOBAL_CTOR(P, RegExp, PROTO_REGEXP)          \
    GLOBAL_CTOR(P, Date, PROTO_DATE) P(Symbol, ATTR_HIDDEN, ENG_FLASH_BUILTIN(BUILTIN_REF_SYMBOL))           \
    GLOBAL_PROMISE_PROPS(P) GLOBAL_MAP_SET(P) GLOBAL_REFLECT(P) GLOBAL_TYPED_ARRAY_CTORS(P) \
    GLOBAL_FLOAT16(P) GLOBAL_ITERATOR(P)                                                                       \
    GLOBAL_BIGINT(P)                                                                                           \
    GLOBAL_WEAK_REFS(P)                                                                                        \
    GLOBAL_SHARED_MEMORY(P)                                                                                    \
    GLOBAL_PROXY(P)                                                                                            \
    GLOBAL_RESOURCE_MANAGEMENT(P)
#if ENG_RESOURCE_MANAGEMENT
#define GLOBAL_RESOURCE_MANAGEMENT(P)                                                                         \
    GLOBAL_CTOR(P, SuppressedError, PROTO_SUPPRESSED_ERROR) GLOBAL_CTOR(P, DisposableStack, PROTO_DISPOSABLE_STACK) \
    GLOBAL_CTOR(P, AsyncDisposableStack, PROTO_ASYNC_DISPOSABLE_STACK)
#else
#define GLOBAL_RESOURCE_MANAGEMENT(P)
#endif
#if ENG_SHARED_MEMORY
#define GLOBAL_SHARED_MEMORY(P) \
    GLOBAL_CTOR(P, SharedArrayBuffer, PROTO_SHARED_ARRAY_BUFFER) P(Atomics, ATTR_HIDDEN, ENG_FLASH_BUILTIN(BUILTIN_REF_ATOMICS))
#else
#define GLOBAL_SHARED_MEMORY(P)
#endif
#if ENG_PROXY
#define GLOBAL_PROXY(P) GLOBAL_CTOR(P, Proxy, PROTO_PROXY)
#else
#define GLOBAL_PROXY(P)
#endif
#if ENG_WEAK_REFS
#define GLOBAL_WEAK_REFS(P) \
    GLOBAL_CTOR(P, WeakRef, PROTO_WEAK_REF) GLOBAL_CTOR(P, FinalizationRegistry, PROTO_FINALIZATION_REGISTRY)
#else
#define GLOBAL_WEAK_REFS(P)
#endif
#if ENG_ITERATOR_HELPERS
#define GLOBAL_ITERATOR(P) GLOBAL_CTOR(P, Iterator, PROTO_ITERATOR)
#else
#define GLOBAL_ITERATOR(P)
#endif
#if ENG_BIGINT && ENG_TYPED_ARRAYS
#define GLOBAL_BIGINT(P)                                                                                   \
    GLOBAL_CTOR(P, BigInt, PROTO_BIGINT) GLOBAL_CTOR(P, BigInt64Array, PROTO_BIGINT64_ARRAY)              \
    GLOBAL_CTOR(P, BigUint64Array, PROTO_BIGUINT64_ARRAY)
#elif ENG_BIGINT
#define GLOBAL_BIGINT(P) GLOBAL_CTOR(P, BigInt, PROTO_BIGINT)
#else
#define GLOBAL_BIGINT(P)
#endif
#if ENG_REFLECT
#define GLOBAL_REFLECT(P) P(Reflect, ATTR_HIDDEN, ENG_FLASH_BUILTIN(BUILTIN_REF_REFLECT))
#else
#define GLOBAL_REFLECT(P)
#endif
#if ENG_PROMISE
#define GLOBAL_PROMISE_PROPS(P) \
    GLOBAL_CTOR(P, Promise, PROTO_PROMISE) GLOBAL_CTOR(P, AggregateError, PROTO_AGGREGATE_ERROR)
#else
#define GLOBAL_PROMISE_PROPS(P)
#endif
#if ENG_MAP_SET
#define GLOBAL_MAP_SET(P)                                                                                     \
    GLOBAL_CTOR(P, Map, PROTO_MAP) GLOBAL_CTOR(P, Set, PROTO_SET) GLOBAL_CTOR(P, WeakMap, PROTO_WEAK_MAP)     \
    GLOBAL_CTOR(P, WeakSet, PROTO_WEAK_SET)
#else
#define GLOBAL_MAP_SET(P)
#endif
#if ENG_TYPED_ARRAYS
#define GLOBAL_TYPED_ARRAY_CTORS(P)                                                                           \
    GLOBAL_CTOR(P, ArrayBuffer, PROTO_ARRAY_BUFFER) GLOBAL_CTOR(P, Int8Array, PROTO_INT8_ARRAY)              \
    GLOBAL_CTOR(P, Uint8Array, PROTO_UINT8_ARRAY) GLOBAL_CTOR(P, Uint8ClampedArray, PROTO_UINT8_CLAMPED_ARRAY) \
    GLOBAL_CTOR(P, Int16Array, PROTO_INT16_ARRAY) GLOBAL_CTOR(P, Uint16Array, PROTO_UINT16_ARRAY)            \
    GLOBAL_CTOR(P, Int32Array, PROTO_INT32_ARRAY) GLOBAL_CTOR(P, Uint32Array, PROTO_UINT32_ARRAY)            \
    GLOBAL_CTOR(P, Float32Array, PROTO_FLOAT32_ARRAY) GLOBAL_CTOR(P, Float64Array, PROTO_FLOAT64_ARRAY)      \
    GLOBAL_CTOR(P, DataView, PROTO_DATA_VIEW)
#else
#define GLOBAL_TYPED_ARRAY_CTORS(P)
#endif
#if ENG_FLOAT16
#define GLOBAL_FLOAT16(P) GLOBAL_CTOR(P, Float16Array, PROTO_FLOAT16_ARRAY)
#else
#define GLOBAL_FLOAT16(P)
#endif
ENG_FLASH_TABLE2(globalProps, GLOBAL_PROPS, GLOBAL_FUNCTIONS, GLOBAL_FUNCTION_METHODS, EVAL, EVAL_METHODS)

Status createGlobal(Heap &h) {
    h.global = newObjectOfSize(h, protoOf(h, PROTO_OBJECT), ObjectClass::Global, sizeof(JSGlobal));
    if (!h.global) return Status::Error;
    // Its table holds the globals scripts add; the built-ins stay in flash.
    static_cast<JSGlobal *>(h.global)->builtins = globalProps.props;
    return Status::Ok;
}

Status createOutOfMemoryError(Heap &h) {
    HString *message = internCString(h, "Out of memory");
    if (!message) return Status::Error;
    JSObject *e = newError(h, PROTO_RANGE_ERROR, message);
    if (!e) return Status::Error;
    h.outOfMemoryError = Value::pointer(e);
    return prepareOutOfMemoryError(h, e);
}

// A getter entry: an accessor whose getter is a JSNative named "get <name>".
Status defineGetter(Heap &h, JSObject *target, const MethodSpec &spec) {
    LocalRoot tr(h, Value::pointer(target));
    HString *key = internCString(h, spec.name);
    if (!key) return Status::Error;
    LocalRoot kr(h, Value::pointer(key));
    PropertyDescriptor desc(h);
    desc.fields = DESC_GET | DESC_SET | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    desc.configurable = true;
    HString *prefix = internCString(h, "get ");
    if (!prefix) return Status::Error;
    LocalRoot pr(h, Value::pointer(prefix));
    HString *name = concatStrings(h, prefix, key);
    if (!name) return Status::Error;
    LocalRoot nr(h, Value::pointer(name));
    JSNative *getter = newNative(h, spec.fn, name, 0, spec.magic);
    if (!getter) return Status::Error;
    desc.get.value = Value::pointer(getter);
    return defineOwnProperty(h, target, keyFromString(key), desc, true);
}

// A table entry's key: the well-known symbol of an "@@name" entry, else
// the interned name.
HString *specKey(Heap &h, const char *name) {
    if (HString *symbol = symbolOfSpecName(name)) return symbol;
    return internCString(h, name);
}

// One entry of a table in the older form, as a JSNative (or the getter or
// symbol it names).
Status installEntry(Heap &h, JSObject *target, const MethodSpec &spec) {
    if (spec.length == METHOD_GETTER) return defineGetter(h, target, spec);
    if (spec.length == METHOD_SYMBOL_VALUE) {
        LocalRoot tr(h, Value::pointer(target));
        HString *key = specKey(h, spec.name);
        if (!key) return Status::Error;
        return defineOwn(h, target, key, Value::pointer(wellKnownSymbol(static_cast<WellKnownSymbol>(spec.magic))), 0);
    }
    LocalRoot tr(h, Value::pointer(target));
    HString *key = specKey(h, spec.name);
    if (!key) return Status::Error;
    LocalRoot kr(h, Value::pointer(key));
    HString *name = specFunctionName(h, spec.name);
    if (!name) return Status::Error;
    LocalRoot nr(h, Value::pointer(name));
    JSNative *f = newNative(h, spec.fn, name, spec.length, spec.magic);
    if (!f) return Status::Error;
    return defineOwn(h, target, key, Value::pointer(f), ATTR_HIDDEN);
}

}  // namespace

Status installMethods(Heap &h, JSObject *target, const MethodSpec *methods, size_t count) {
    LocalRoot tr(h, Value::pointer(target));
    for (size_t i = 0; i < count; i++) {
        if (methods[i].length != METHOD_ALIAS) {
            ENG_TRY(installEntry(h, target, methods[i]));
            continue;
        }
        HString *name = specKey(h, methods[methods[i].magic].name);
        if (!name) return Status::Error;
        Value fn;
        ENG_TRY(getProperty(h, target, keyFromString(name), Value::pointer(target), &fn));
        LocalRoot fr(h, fn);
        HString *key = specKey(h, methods[i].name);
        if (!key) return Status::Error;
        ENG_TRY(defineOwn(h, target, key, fn, ATTR_HIDDEN));
    }
    return Status::Ok;
}

HString *specFunctionName(Heap &h, const char *name) {
    if (!symbolOfSpecName(name)) return internCString(h, name);
    char text[40];
    formatText(text, sizeof text, "[Symbol.%s]", name + 2);
    return internCString(h, text);
}

JSObject *flashPrototype(Heap &h, Proto proto, const Prop *props, JSObject *(*make)(Heap &)) {
    // A prototype made before its table (createPrototypes) is not pinned yet.
    JSObject *p = protoOf(h, proto);
    if (p && (p->gcFlags & RC_MAX) == RC_MAX) return p;
    if (!p) {
        if (!(p = make ? make(h) : newObject(h, protoOf(h, PROTO_OBJECT)))) return nullptr;
        if (setProto(h, proto, p) != Status::Ok) return nullptr;
    }
    p->gcFlags |= RC_MAX;  // a permanent root (tables in flash name it)
    useFlashProps(p, props);
    return p;
}

Status speciesConstructorOf(Heap &h, Value o, Value defaultCtor, Value *out) {
    LocalRoot rd(h, defaultCtor);
    Value c;
    ENG_TRY(getValuePropertyStr(h, o, atom(h, ATOM_constructor), &c));
    *out = rd.value;
    if (c.isUndefined()) return Status::Ok;
    if (!isObjectType(c)) return throwError(h, PROTO_TYPE_ERROR, "The object's constructor is not an object");
    Value s;
    ENG_TRY(getValueProperty(h, c, Value::pointer(wellKnownSymbol(WKS_species)), &s));
    if (s.isNullish()) return Status::Ok;
    if (!isConstructorObject(s))
        return throwError(h, PROTO_TYPE_ERROR, "The constructor's [Symbol.species] is not a constructor");
    *out = s;
    return Status::Ok;
}

JSNative *flashConstructor(Heap &h, Proto proto, Atom name, NativeFn fn, int length, const Prop *ctorProps,
                           const Prop *protoProps) {
    if (!flashPrototype(h, proto, protoProps)) return nullptr;
    if (JSObject *made = ctorOf(h, proto)) return static_cast<JSNative *>(made);
    JSNative *ctor = newNative(h, fn, atom(h, name), length, 0);
    if (!ctor) return nullptr;
    ctor->setFlag(OBJ_CONSTRUCTOR);
    useFlashProps(ctor, ctorProps);
    if (setCtor(h, proto, ctor) != Status::Ok) return nullptr;
    ctor->gcFlags |= RC_MAX;  // a permanent root (tables in flash name it)
    return ctor;
}

// The built-ins a heap makes when a script first reaches them (through a
// table's name for them, or builtinProto/builtinCtor): a fresh heap holds
// only the prototypes of Object, Function, Array, Error and RangeError (the
// out-of-memory error is a RangeError made with the heap) and the global
// object. Every constructor, Math, JSON, Symbol, %ThrowTypeError% and
// every other prototype is made here.
GcHeader *makeBuiltinRef(Heap &h, uint32_t id) {
    Status st;
    Value made;
    if (id == BUILTIN_REF_THROWER_PAIR) st = makeStrictThrower(h);
    else if (id == BUILTIN_REF_MATH) st = initMathBuiltins(h);
    else if (id == BUILTIN_REF_SYMBOL) st = makeSymbolConstructor(h, &made);
#if ENG_REFLECT
    else if (id == BUILTIN_REF_REFLECT) st = makeReflectObject(h, &made);
#endif
#if ENG_SHARED_MEMORY
    else if (id == BUILTIN_REF_ATOMICS) st = makeAtomicsObject(h, &made);
#endif
    else if (id == BUILTIN_REF_JSON) st = initJsonBuiltins(h);
#if ENG_OBJECT_ARRAY_ES2015
    else if (id == BUILTIN_REF_ARRAY_UNSCOPABLES) st = makeArrayUnscopables(h);
#endif
#if ENG_ASYNC_GENERATORS
    else if (id == BUILTIN_REF_ASYNC_GENERATOR_PROTOTYPE) {
        JSObject *proto;
        st = asyncGeneratorPrototype(h, &proto);
    }
#endif
    else {
        Proto p = static_cast<Proto>(id < BUILTIN_REF_CTORS ? id : id - BUILTIN_REF_CTORS);
        switch (p) {
        case PROTO_OBJECT: st = makeObjectConstructor(h); break;
        case PROTO_FUNCTION: st = makeFunctionConstructor(h); break;
        case PROTO_ARRAY: st = makeArrayConstructor(h); break;
        case PROTO_STRING: st = initStringBuiltins(h); break;
        case PROTO_NUMBER: st = initNumberBuiltins(h); break;
        case PROTO_BOOLEAN: st = initPrimitiveWrapperBuiltins(h); break;
        case PROTO_DATE: st = initDateBuiltins(h); break;
        case PROTO_REGEXP: st = initRegExpBuiltins(h); break;
        case PROTO_ERROR:
        case PROTO_TYPE_ERROR:
        case PROTO_REFERENCE_ERROR:
        case PROTO_RANGE_ERROR:
        case PROTO_SYNTAX_ERROR:
        case PROTO_EVAL_ERROR:
        case PROTO_URI_ERROR: st = makeErrorBuiltin(h, p); break;
#if ENG_PROMISE
        case PROTO_PROMISE: st = initPromiseBuiltins(h); break;
        case PROTO_AGGREGATE_ERROR: st = initAggregateErrorBuiltins(h); break;
#endif
#if ENG_MAP_SET
        case PROTO_MAP:
        case PROTO_SET: st = initMapSetBuiltins(h); break;
        case PROTO_WEAK_MAP:
        case PROTO_WEAK_SET: st = initWeakCollectionBuiltins(h); break;
#endif
#if ENG_TYPED_ARRAYS
        case PROTO_ARRAY_BUFFER: st = initArrayBufferBuiltins(h); break;
#if ENG_SHARED_MEMORY
        case PROTO_SHARED_ARRAY_BUFFER: st = initSharedArrayBufferBuiltins(h); break;
#endif
        case PROTO_DATA_VIEW: st = initDataViewBuiltins(h); break;
        case PROTO_TYPED_ARRAY:
        case PROTO_INT8_ARRAY:
        case PROTO_UINT8_ARRAY:
        case PROTO_UINT8_CLAMPED_ARRAY:
        case PROTO_INT16_ARRAY:
        case PROTO_UINT16_ARRAY:
        case PROTO_INT32_ARRAY:
        case PROTO_UINT32_ARRAY:
        case PROTO_FLOAT32_ARRAY:
        case PROTO_FLOAT64_ARRAY: st = initTypedArrayBuiltins(h, p); break;
#endif
#if ENG_FLOAT16
        case PROTO_FLOAT16_ARRAY: st = initTypedArrayBuiltins(h, p); break;
#endif
#if ENG_ITERATOR_HELPERS
        case PROTO_ITERATOR: st = initIteratorBuiltins(h); break;
#endif
#if ENG_BIGINT
        case PROTO_BIGINT: st = initBigIntBuiltins(h); break;
#endif
#if ENG_BIGINT && ENG_TYPED_ARRAYS
        case PROTO_BIGINT64_ARRAY:
        case PROTO_BIGUINT64_ARRAY: st = initTypedArrayBuiltins(h, p); break;
#endif
#if ENG_ASYNC_FUNCTION_CONSTRUCTORS
        case PROTO_ASYNC_FUNCTION: st = initAsyncFunctionBuiltins(h); break;
#if ENG_ASYNC_GENERATORS
        case PROTO_ASYNC_GENERATOR_FUNCTION: st = initAsyncGeneratorFunctionBuiltins(h); break;
#endif
#endif
#if ENG_WEAK_REFS
        case PROTO_WEAK_REF:
        case PROTO_FINALIZATION_REGISTRY: st = initWeakRefBuiltins(h); break;
#endif
#if ENG_PROXY
        case PROTO_PROXY: st = initProxyBuiltins(h); break;
#endif
#if ENG_RESOURCE_MANAGEMENT
        case PROTO_SUPPRESSED_ERROR: st = initSuppressedErrorBuiltins(h); break;
        case PROTO_DISPOSABLE_STACK: st = initDisposableStackBuiltins(h); break;
        case PROTO_ASYNC_DISPOSABLE_STACK: st = initAsyncDisposableStackBuiltins(h); break;
#endif
        default: st = Status::Ok; break;
        }
    }
    if (st != Status::Ok) return nullptr;
    GcHeader *o = madeBuiltinRef(h, id);
    if (!o) (void)throwError(h, PROTO_TYPE_ERROR, "built-in %u is not made on first use", static_cast<unsigned>(id));
    return o;
}

bool initBuiltins(Heap &h) {
    bool ok = createPrototypes(h) == Status::Ok && createGlobal(h) == Status::Ok &&
           createOutOfMemoryError(h) == Status::Ok && initObjectBuiltins(h) == Status::Ok &&
           initFunctionBuiltins(h) == Status::Ok && initArrayBuiltins(h) == Status::Ok &&
           initErrorPrototypes(h) == Status::Ok;
    // Most built-in objects are done growing: no slack in their tables.
    for (GcHeader *g = h.objects; ok && g; g = g->next)
        if (g->type == HeapType::Object) shrinkProperties(h, static_cast<JSObject *>(g));
    return ok;
}

}  // namespace eng
