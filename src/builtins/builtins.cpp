// Creating the built-in objects of a new heap: prototypes first (everything
// else points at them), then the global object and each library part.
#include "builtins/builtins.h"

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
#include "vm/lightfunc.h"

namespace eng {

namespace {

Status returnUndefined(NativeCall &) { return Status::Ok; }

Status createPrototypes(Heap &h) {
    JSObject *objectProto = newObject(h, nullptr);
    if (!objectProto) return Status::Error;
    h.protos[PROTO_OBJECT] = objectProto;
    // Function.prototype is itself a function that returns undefined.
    JSNative *functionProto = static_cast<JSNative *>(
        newObjectOfSize(h, objectProto, ObjectClass::Native, sizeof(JSNative)));
    if (!functionProto) return Status::Error;
    functionProto->fn = returnUndefined;
    rcInit(functionProto->name, atom(h, ATOM_empty));
    h.protos[PROTO_FUNCTION] = functionProto;
    JSObject *arrayProto = newObjectOfSize(h, objectProto, ObjectClass::Array, sizeof(JSArray));
    if (!arrayProto) return Status::Error;
    h.protos[PROTO_ARRAY] = arrayProto;
    // The out-of-memory error (made next) is a RangeError.
    JSObject *errorProto = newObject(h, objectProto);
    if (!errorProto) return Status::Error;
    h.protos[PROTO_ERROR] = errorProto;
    return (h.protos[PROTO_RANGE_ERROR] = newObject(h, errorProto)) ? Status::Ok : Status::Error;
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
    GLOBAL_PROMISE_PROPS(P) GLOBAL_MAP_SET(P) GLOBAL_REFLECT(P) GLOBAL_TYPED_ARRAY_CTORS(P)
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
ENG_FLASH_TABLE2(globalProps, GLOBAL_PROPS, GLOBAL_FUNCTIONS, GLOBAL_FUNCTION_METHODS, EVAL, EVAL_METHODS)

Status createGlobal(Heap &h) {
    h.global = newObjectOfSize(h, h.protos[PROTO_OBJECT], ObjectClass::Global, sizeof(JSObject));
    if (!h.global) return Status::Error;
    useFlashProps(h.global, globalProps);
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

}  // namespace

namespace {

// fn: the getter as a lightfunc, or undefined for a JSNative.
Status defineGetter(Heap &h, JSObject *target, const MethodSpec &spec, Value fn) {
    LocalRoot tr(h, Value::pointer(target));
    HString *key = internCString(h, spec.name);
    if (!key) return Status::Error;
    LocalRoot kr(h, Value::pointer(key));
    PropertyDescriptor desc(h);
    desc.fields = DESC_GET | DESC_SET | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    desc.configurable = true;
    if (fn.isLightFunc()) {
        desc.get.value = fn;
        return defineOwnProperty(h, target, keyFromString(key), desc, true);
    }
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

// A pending method some path created an own property for without looking
// the name up first (defineOwn from native code) stays overridden. fn: the
// entry as a lightfunc, or undefined to make a JSNative (a table that did
// not fit in Heap::lazyMethods).
Status installEntry(Heap &h, JSObject *target, const MethodSpec &spec, Value fn) {
    if (target->hasFlag(OBJ_LAZY_METHODS)) {
        HString *key = specKey(h, spec.name);
        if (!key) return Status::Error;
        if (findOwnProp(target, key)) return Status::Ok;
    }
    if (spec.length == METHOD_GETTER) return defineGetter(h, target, spec, fn);
    // The aliased entry's lightfunc: same slice (installNow handles tables
    // installed as JSNatives).
    if (spec.length == METHOD_ALIAS) fn = Value::lightFunc((fn.lightFuncPayload() & ~63u) | static_cast<uint32_t>(spec.magic));
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
    if (!fn.isLightFunc()) {
        HString *name = specFunctionName(h, spec.name);
        if (!name) return Status::Error;
        LocalRoot nr(h, Value::pointer(name));
        JSNative *f = newNative(h, spec.fn, name, spec.length, spec.magic);
        if (!f) return Status::Error;
        fn = Value::pointer(f);
    }
    return defineOwn(h, target, key, fn, ATTR_HIDDEN);
}

Status installNow(Heap &h, JSObject *target, const MethodSpec *methods, size_t count) {
    LocalRoot tr(h, Value::pointer(target));
    for (size_t i = 0; i < count; i++) {
        if (methods[i].length != METHOD_ALIAS) {
            ENG_TRY(installEntry(h, target, methods[i], Value::undefined()));
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

bool installed(const LazyMethods &entry, uint32_t i) { return (entry.installed[i / 32] >> (i % 32)) & 1u; }

// Clears the object's flag once none of its tables has a pending entry.
void settle(Heap &h, JSObject *o) {
    for (uint32_t i = 0; i < h.lazyMethodCount; i++)
        if (h.lazyMethods[i].target == o) return;
    o->clearFlag(OBJ_LAZY_METHODS);
}

void markInstalled(LazyMethods &entry, uint32_t i) {
    entry.installed[i / 32] |= 1u << (i % 32);
    for (uint32_t k = 0; k < entry.count; k++)
        if (!installed(entry, k)) return;
    entry.target = nullptr;
}

}  // namespace

Status installMethods(Heap &h, JSObject *target, const MethodSpec *methods, size_t count) {
    if (!h.deferBuiltins) return installNow(h, target, methods, count);
    if (!h.lazyMethods) {
        h.lazyMethods = static_cast<LazyMethods *>(heapAlloc(h, LAZY_METHOD_TABLES * sizeof(LazyMethods)));
        if (!h.lazyMethods) return throwOutOfMemory(h);
    }
    // Recorded in slices of at most 64 entries (one bit each).
    while (count > 0 && h.lazyMethodCount < LAZY_METHOD_TABLES) {
        uint32_t n = count > 64 ? 64 : static_cast<uint32_t>(count);
        h.lazyMethods[h.lazyMethodCount++] = LazyMethods{target, methods, n, {0, 0}};
        target->setFlag(OBJ_LAZY_METHODS);
        methods += n;
        count -= n;
    }
    return installNow(h, target, methods, count);
}

// Entries are marked made before they are installed: installing one may
// look its own name up again (a getter goes through [[DefineOwnProperty]]).
// On failure the mark is taken back and the rest comes next time.
// The last of the n entries is the one installed.
static Status installMarked(Heap &h, JSObject *o, LazyMethods *const *entries, const uint32_t *indexes, uint32_t n) {
    LazyMethods *last = entries[n - 1];
    const MethodSpec &spec = last->methods[indexes[n - 1]];
    Value fn = builtinLightFunc(static_cast<uint32_t>(last - h.lazyMethods), indexes[n - 1]);
    for (uint32_t k = 0; k < n; k++) markInstalled(*entries[k], indexes[k]);
    Status st = installEntry(h, o, spec, fn);
    if (st != Status::Ok)
        for (uint32_t k = 0; k < n; k++) {
            entries[k]->installed[indexes[k] / 32] &= ~(1u << (indexes[k] % 32));
            entries[k]->target = o;
        }
    return st;
}

Status materializeMethods(Heap &h, JSObject *o) {
    if (!o->hasFlag(OBJ_LAZY_METHODS)) return Status::Ok;
    LocalRoot root(h, Value::pointer(o));
    // In recording order, so later tables override earlier ones as they would have.
    for (uint32_t t = 0; t < h.lazyMethodCount; t++) {
        LazyMethods *entry = &h.lazyMethods[t];
        for (uint32_t i = 0; entry->target == o && i < entry->count; i++) {
            if (installed(*entry, i)) continue;
            ENG_TRY(installMarked(h, o, &entry, &i, 1));
        }
    }
    settle(h, o);
    return Status::Ok;
}

HString *specFunctionName(Heap &h, const char *name) {
    if (!symbolOfSpecName(name)) return internCString(h, name);
    char text[40];
    formatText(text, sizeof text, "[Symbol.%s]", name + 2);
    return internCString(h, text);
}

// Cheap rejection first: most lookups are for other names. "@@name"
// entries match only their symbol, the others only strings.
static bool sameName(const HString *key, const char *name) {
    if (name[0] == '@' && name[1] == '@') return key == symbolOfSpecName(name);
    return key->type == HeapType::String && key->length > 0 && key->at(0) == static_cast<uint8_t>(name[0]) && stringEquals(key, name);
}

Status materializeMethod(Heap &h, JSObject *o, HString *key) {
    if (!o->hasFlag(OBJ_LAZY_METHODS)) return Status::Ok;
    // Made already (or overridden by a property made without a lookup).
    if (findOwnProp(o, key)) return Status::Ok;
    // The last table that names the key wins, as if all had been installed;
    // every entry of that name counts as made.
    constexpr uint32_t SAME_NAME_LIMIT = 4;  // tables of one object naming one key
    LazyMethods *entries[SAME_NAME_LIMIT];
    uint32_t indexes[SAME_NAME_LIMIT];
    uint32_t n = 0;
    for (uint32_t t = 0; t < h.lazyMethodCount; t++) {
        LazyMethods &entry = h.lazyMethods[t];
        for (uint32_t i = 0; entry.target == o && i < entry.count; i++)
            if (!installed(entry, i) && sameName(key, entry.methods[i].name) && n < SAME_NAME_LIMIT) {
                entries[n] = &entry;
                indexes[n++] = i;
            }
    }
    if (n == 0) return Status::Ok;
    LocalRoot root(h, Value::pointer(o));
    ENG_TRY(installMarked(h, o, entries, indexes, n));
    settle(h, o);
    return Status::Ok;
}

// The key string remembers where the method of that name was last found
// (StringFlags: STR_METHOD_HINT), so a repeated lookup such as a.push in a
// loop does not scan the tables again.
PendingMethod pendingMethod(Heap &h, JSObject *o, HString *key, Value *out) {
    if (pendingMethodHint(h, o, key, out)) return PendingMethod::Method;
    // The last table that names the key wins, as in materializeMethod.
    uint32_t t = 0, i = 0;
    bool found = false;
    for (uint32_t s = 0; s < h.lazyMethodCount; s++) {
        const LazyMethods &entry = h.lazyMethods[s];
        for (uint32_t k = 0; entry.target == o && k < entry.count; k++)
            if (!installed(entry, k) && sameName(key, entry.methods[k].name)) {
                t = s;
                i = k;
                found = true;
            }
    }
    if (!found) return PendingMethod::None;
    // Never hinted: installed first, then read as an own property.
    int8_t length = h.lazyMethods[t].methods[i].length;
    if (length == METHOD_GETTER || length == METHOD_SYMBOL_VALUE)
        return PendingMethod::Getter;
    const MethodSpec &spec = h.lazyMethods[t].methods[i];
    if (spec.length == METHOD_ALIAS) {  // never hinted: the hint would name the aliased entry's bit
        *out = builtinLightFunc(t, static_cast<uint32_t>(spec.magic));
        return PendingMethod::Method;
    }
    *out = builtinLightFunc(t, i);
    uint16_t hint = static_cast<uint16_t>(STR_METHOD_HINT | t << STR_METHOD_SLICE_SHIFT | i << STR_METHOD_ENTRY_SHIFT);
    if (isReadOnly(key)) {  // no room for a hint in flash
        h.romMethodHints[romMethodHintSlot(key)] = RomMethodHint{key, hint};
        return PendingMethod::Method;
    }
    key->extra = static_cast<uint16_t>((key->extra & ~STR_METHOD_HINT_MASK) | hint);
    return PendingMethod::Method;
}

void forgetPendingMethod(Heap &h, JSObject *o, HString *key) {
    for (uint32_t t = 0; t < h.lazyMethodCount; t++) {
        LazyMethods &entry = h.lazyMethods[t];
        for (uint32_t i = 0; entry.target == o && i < entry.count; i++)
            if (!installed(entry, i) && sameName(key, entry.methods[i].name)) markInstalled(entry, i);
    }
    settle(h, o);
}

JSObject *flashPrototype(Heap &h, Proto proto, const Prop *props, uint32_t count, JSObject *(*make)(Heap &)) {
    // A prototype made before its table (createPrototypes) is not pinned yet.
    JSObject *p = h.protos[proto];
    if (p && (p->gcFlags & RC_MAX) == RC_MAX) return p;
    if (!p) {
        if (!(p = make ? make(h) : newObject(h, h.protos[PROTO_OBJECT]))) return nullptr;
        h.protos[proto] = p;
    }
    p->gcFlags |= RC_MAX;  // a permanent root (tables in flash name it)
    useFlashProps(p, props, count);
    return p;
}

JSNative *flashConstructor(Heap &h, Proto proto, Atom name, NativeFn fn, int length, const Prop *ctorProps,
                           uint32_t ctorCount, const Prop *protoProps, uint32_t protoCount) {
    if (!flashPrototype(h, proto, protoProps, protoCount)) return nullptr;
    if (h.ctors[proto]) return static_cast<JSNative *>(h.ctors[proto]);
    JSNative *ctor = newNative(h, fn, atom(h, name), length, 0);
    if (!ctor) return nullptr;
    ctor->setFlag(OBJ_CONSTRUCTOR);
    useFlashProps(ctor, ctorProps, ctorCount);
    ctor->gcFlags |= RC_MAX;  // a permanent root (tables in flash name it)
    h.ctors[proto] = ctor;
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
    else if (id == BUILTIN_REF_JSON) st = initJsonBuiltins(h);
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
        default: st = Status::Ok; break;
        }
    }
    if (st != Status::Ok) return nullptr;
    GcHeader *o = madeBuiltinRef(h, id);
    if (!o) (void)throwError(h, PROTO_TYPE_ERROR, "built-in %u is not made on first use", static_cast<unsigned>(id));
    return o;
}

bool initBuiltins(Heap &h) {
    h.deferBuiltins = true;
    bool ok = createPrototypes(h) == Status::Ok && createGlobal(h) == Status::Ok &&
           createOutOfMemoryError(h) == Status::Ok && initObjectBuiltins(h) == Status::Ok &&
           initFunctionBuiltins(h) == Status::Ok && initArrayBuiltins(h) == Status::Ok &&
           initErrorPrototypes(h) == Status::Ok;
    h.deferBuiltins = false;
    // Most built-in objects are done growing: no slack in their tables.
    for (GcHeader *g = h.objects; ok && g; g = g->next)
        if (g->type == HeapType::Object) shrinkProperties(h, static_cast<JSObject *>(g));
    return ok;
}

}  // namespace eng
