// Reflect (ES2015 26.1): the object operations as functions: each is the
// object's internal method, a proxy's trap included (objects/proxy.h). Reflect is made
// when the global name is first looked up (a built-in reference of the
// global object's table, BUILTIN_REF_REFLECT): a heap that never uses it holds nothing of it, and its
// properties are a table in flash.
#include "vm/module.h"
#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/rom_symbols.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/frames.h"
#include "vm/lightfunc.h"

#if ENG_REFLECT

namespace eng {

namespace {

// The target argument as an object (a lightfunc's object when it has or
// needs one), or a TypeError naming the function.
Status targetObject(NativeCall &c, const char *fn, JSObject **out) {
    if (!isObjectType(c.arg(0))) return throwError(c.heap, PROTO_TYPE_ERROR, "Reflect.%s called on non-object", fn);
    return toObject(c.heap, c.arg(0), out);
}

// ToPropertyKey of argument i, kept rooted in that argument's slot.
Status keyArg(NativeCall &c, uint32_t i, PropertyKey *key) {
    ENG_TRY(toPropertyKey(c.heap, c.arg(i), key));
    if (!key->isIndex) c.setArg(i, Value::pointer(key->string));
    return Status::Ok;
}

Status setBoolean(NativeCall &c, bool b) {
    c.setResult(Value::boolean(b));
    return Status::Ok;
}

// CreateListFromArrayLike(list) pushed on the value stack; *argc: how many.
Status pushArgumentList(NativeCall &c, uint32_t listArg, uint32_t *argc) {
    Heap &h = c.heap;
    Value list = c.arg(listArg);
    if (!isObjectType(list)) return throwError(h, PROTO_TYPE_ERROR, "CreateListFromArrayLike called on non-object");
    Value lengthValue;
    ENG_TRY(getValuePropertyStr(h, list, atom(h, ATOM_length), &lengthValue));
    double length;
    ENG_TRY(toNumber(h, lengthValue, &length));
    length = toIntegerDouble(length);
    if (!(length > 0)) length = 0;
    if (length > 65535) return throwError(h, PROTO_RANGE_ERROR, "Too many arguments in function call");
    uint32_t n = static_cast<uint32_t>(length);
    ENG_TRY(ensureStack(h, n));
    for (uint32_t i = 0; i < n; i++) {
        Value v;
        ENG_TRY(getValueProperty(h, c.arg(listArg), Value::smallInt(static_cast<int32_t>(i)), &v));
        h.stack[h.stackTop++] = v;
    }
    *argc = n;
    return Status::Ok;
}

// "<value> is not a function" / "... is not a constructor", as node says it.
Status throwNot(Heap &h, Value v, const char *what) {
    char buf[64];
    describeValue(h, v, buf, sizeof buf);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not a %s", buf, what);
}

bool isConstructor(Value v) { return isConstructorObject(v); }

Status reflectApply(NativeCall &c) {
    Heap &h = c.heap;
    if (!isCallable(c.arg(0))) return throwNot(h, c.arg(0), "function");
    uint32_t funcIndex = h.stackTop;
    ENG_TRY(ensureStack(h, 2));
    h.stack[h.stackTop++] = c.arg(0);
    h.stack[h.stackTop++] = c.arg(1);
    uint32_t argc = 0;
    ENG_TRY(pushArgumentList(c, 2, &argc));
    ENG_TRY(callAt(h, funcIndex, argc, false));
    c.setResult(h.stack[funcIndex]);
    h.stackTop = funcIndex;
    return Status::Ok;
}

Status reflectConstruct(NativeCall &c) {
    Heap &h = c.heap;
    if (!isConstructor(c.arg(0))) return throwNot(h, c.arg(0), "constructor");
    Value newTarget = c.argc > 2 ? c.arg(2) : c.arg(0);
    if (!isConstructor(newTarget)) return throwNot(h, newTarget, "constructor");
    uint32_t funcIndex = h.stackTop;
    ENG_TRY(ensureStack(h, 2));
    h.stack[h.stackTop++] = c.arg(0);
    h.stack[h.stackTop++] = Value::undefined();
    uint32_t argc = 0;
    ENG_TRY(pushArgumentList(c, 1, &argc));
    ENG_TRY(constructAt(h, funcIndex, argc, c.argc > 2 ? c.arg(2) : c.arg(0)));
    c.setResult(h.stack[funcIndex]);
    h.stackTop = funcIndex;
    return Status::Ok;
}

Status reflectDefineProperty(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(targetObject(c, "defineProperty", &o));
    PropertyKey key;
    ENG_TRY(keyArg(c, 1, &key));
    PropertyDescriptor desc(h);
    ENG_TRY(toPropertyDescriptor(h, c.arg(2), &desc));
    ENG_TRY(toObject(h, c.arg(0), &o));  // the descriptor's getters may have run
    bool defined = true;
    ENG_TRY(defineOwnProperty(h, o, key, desc, false, &defined));
    return setBoolean(c, defined);
}

Status reflectDeleteProperty(NativeCall &c) {
    JSObject *o;
    ENG_TRY(targetObject(c, "deleteProperty", &o));
    PropertyKey key;
    ENG_TRY(keyArg(c, 1, &key));
    ENG_TRY(toObject(c.heap, c.arg(0), &o));
    bool deleted = false;
    ENG_TRY(deleteProperty(c.heap, o, key, false, &deleted));
    return setBoolean(c, deleted);
}

Status reflectGet(NativeCall &c) {
    JSObject *o;
    ENG_TRY(targetObject(c, "get", &o));
    PropertyKey key;
    ENG_TRY(keyArg(c, 1, &key));
    ENG_TRY(toObject(c.heap, c.arg(0), &o));
    Value v;
    ENG_TRY(getProperty(c.heap, o, key, c.argc > 2 ? c.arg(2) : c.arg(0), &v));
    c.setResult(v);
    return Status::Ok;
}

Status reflectGetOwnPropertyDescriptor(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(targetObject(c, "getOwnPropertyDescriptor", &o));
    PropertyKey key;
    ENG_TRY(keyArg(c, 1, &key));
    ENG_TRY(toObject(h, c.arg(0), &o));
#if ENG_PROXY
    if (isProxyObject(o)) {
        Value d;
        ENG_TRY(proxyDescriptorValue(h, o, key, &d));
        c.setResult(d);
        return Status::Ok;
    }
#endif
    if (!hasOwnProperty(h, o, key)) return Status::Ok;  // also makes a lazy "prototype"
    Value v;
    uint8_t attrs;
    if (!getOwnDataOrAccessor(h, o, key, &v, &attrs)) return h.hasPending ? Status::Error : Status::Ok;
    Value d;
    ENG_TRY(fromPropertyDescriptor(h, v, attrs, &d));
    c.setResult(d);
    return Status::Ok;
}

Status reflectGetPrototypeOf(NativeCall &c) {
    JSObject *o;
    ENG_TRY(targetObject(c, "getPrototypeOf", &o));
    JSObject *p = o->proto;
#if ENG_PROXY
    if (isProxyObject(o)) ENG_TRY(proxyGetPrototypeOf(c.heap, o, &p));
#endif
    c.setResult(p ? publicValue(c.heap, p) : Value::null());
    return Status::Ok;
}

Status reflectHas(NativeCall &c) {
    JSObject *o;
    ENG_TRY(targetObject(c, "has", &o));
    PropertyKey key;
    ENG_TRY(keyArg(c, 1, &key));
    ENG_TRY(toObject(c.heap, c.arg(0), &o));
    bool has = hasProperty(c.heap, o, key);
    if (ENG_PROXY && lookupFailed(c.heap) && c.heap.hasPending) return Status::Error;  // a proxy's has trap threw
    return setBoolean(c, has);
}

Status reflectIsExtensible(NativeCall &c) {
    if (!isObjectType(c.arg(0))) return throwError(c.heap, PROTO_TYPE_ERROR, "Reflect.isExtensible called on non-object");
    JSObject *o = c.arg(0).isLightFunc() ? findLightFuncObject(c.heap, c.arg(0)) : asObject(c.arg(0));
#if ENG_PROXY
    if (o && isProxyObject(o)) {
        bool r;
        ENG_TRY(proxyIsExtensible(c.heap, o, &r));
        return setBoolean(c, r);
    }
#endif
    return setBoolean(c, !o || o->hasFlag(OBJ_EXTENSIBLE));  // a lightfunc never changed is extensible
}

Status reflectOwnKeys(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(targetObject(c, "ownKeys", &o));
    JSArray *out = newArray(h, 0);
    if (!out) return Status::Error;
    c.setResult(Value::pointer(out));
    return ownPropertyKeys(h, o, out);  // o: the argument, or a lightfunc's permanent object
}

Status reflectPreventExtensions(NativeCall &c) {
    JSObject *o;
    ENG_TRY(targetObject(c, "preventExtensions", &o));
#if ENG_PROXY
    if (isProxyObject(o)) {
        bool ok;
        ENG_TRY(proxyPreventExtensions(c.heap, o, &ok));
        return setBoolean(c, ok);
    }
#endif
    o->clearFlag(OBJ_EXTENSIBLE);
    return setBoolean(c, true);
}

// OrdinarySet (ES2023 10.1.9.2) with its result: false where a sloppy
// assignment fails silently. The receiver gets the property, which need
// not be the target.
Status reflectSet(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(targetObject(c, "set", &o));
    PropertyKey key;
    ENG_TRY(keyArg(c, 1, &key));
    ENG_TRY(toObject(h, c.arg(0), &o));
    bool ok;
    ENG_TRY(setWithReceiver(h, o, key, c.arg(2), c.argc > 3 ? c.arg(3) : c.arg(0), &ok));
    return setBoolean(c, ok);
}

// OrdinarySetPrototypeOf (ES2023 10.1.2.1); Object.prototype is an
// immutable prototype exotic object (10.4.7).
Status reflectSetPrototypeOf(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(targetObject(c, "setPrototypeOf", &o));
    Value p = c.arg(1);
    if (!isObjectType(p) && !p.isNull()) {
        char buf[64];
        describeValue(h, p, buf, sizeof buf);
        return throwError(h, PROTO_TYPE_ERROR, "Object prototype may only be an Object or null: %s", buf);
    }
    JSObject *proto = nullptr;
    if (!p.isNull()) ENG_TRY(toObject(h, p, &proto));
    ENG_TRY(toObject(h, c.arg(0), &o));
#if ENG_PROXY
    if (isProxyObject(o)) {
        LocalRoot rp(h, proto ? Value::pointer(proto) : Value::null());
        bool ok;
        ENG_TRY(proxySetPrototypeOf(h, o, proto, &ok));
        return setBoolean(c, ok);
    }
#endif
    if (proto == o->proto) return setBoolean(c, true);
    if (!o->hasFlag(OBJ_EXTENSIBLE) || o == protoOf(h, PROTO_OBJECT)) return setBoolean(c, false);
    for (JSObject *q = proto; q && !isProxyObject(q); q = q->proto)
        if (q == o) return setBoolean(c, false);  // no cycles
    rcStore(h, o->proto, proto);
    bumpPropEpoch(h);
    return setBoolean(c, true);
}

#define REFLECT_METHODS(M, X)                                                                              \
    M(X, apply, reflectApply, 3, 0) M(X, construct, reflectConstruct, 2, 0)                                \
    M(X, defineProperty, reflectDefineProperty, 3, 0) M(X, deleteProperty, reflectDeleteProperty, 2, 0)    \
    M(X, get, reflectGet, 2, 0) M(X, getOwnPropertyDescriptor, reflectGetOwnPropertyDescriptor, 2, 0)      \
    M(X, getPrototypeOf, reflectGetPrototypeOf, 1, 0) M(X, has, reflectHas, 2, 0)                          \
    M(X, isExtensible, reflectIsExtensible, 1, 0) M(X, ownKeys, reflectOwnKeys, 1, 0)                      \
    M(X, preventExtensions, reflectPreventExtensions, 1, 0) M(X, set, reflectSet, 3, 0)                    \
    M(X, setPrototypeOf, reflectSetPrototypeOf, 2, 0)
// Reflect[@@toStringTag] (ES2020 26.1.14).
#define REFLECT_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(Reflect))

}  // namespace

ENG_FLASH_METHOD_TABLE(reflectMethods, REFLECT, REFLECT_METHODS)

Status setWithReceiver(Heap &h, JSObject *o, const PropertyKey &key, Value v, Value receiverValue, bool *ok) {
    LocalRoot ro(h, Value::pointer(o)), rv(h, v), receiver(h, receiverValue);
    *ok = false;
#if ENG_MODULES
    if (isModuleNamespace(o)) return Status::Ok;  // its [[Set]] (ES2023 10.4.6.9)
#endif
    Value found = Value::undefined();
    uint8_t attrs = ATTR_DEFAULT;
    for (JSObject *cur = o; cur; cur = cur->proto) {
#if ENG_PROXY
        if (isProxyObject(cur)) return proxySet(h, cur, key, rv.value, receiver.value, ok);  // its [[Set]] goes on
#endif
        if (!hasOwnProperty(h, cur, key)) {
            if (h.hasPending) return Status::Error;
            continue;
        }
        if (getOwnDataOrAccessor(h, cur, key, &found, &attrs)) break;
        if (h.hasPending) return Status::Error;
    }
    if (attrs & ATTR_ACCESSOR) {
        Accessor *acc = static_cast<Accessor *>(found.asPointer());
        if (acc->setter.isUndefined()) return Status::Ok;
        Value ignored;
        ENG_TRY(callValue(h, acc->setter, receiver.value, &rv.value, 1, &ignored));
        *ok = true;
        return Status::Ok;
    }
    if (!(attrs & ATTR_WRITABLE) || !isObjectType(receiver.value)) return Status::Ok;
    JSObject *r;
    ENG_TRY(toObject(h, receiver.value, &r));
    LocalRoot rr(h, Value::pointer(r));
    PropertyDescriptor desc(h);
    desc.value.value = rv.value;
    desc.fields = DESC_VALUE;
    Value existing;
    uint8_t existingAttrs;
    bool exists;
#if ENG_PROXY
    if (isProxyObject(r)) {  // Receiver.[[GetOwnProperty]] is its trap
        PropertyDescriptor current(h);
        ENG_TRY(proxyGetOwnProperty(h, r, key, &current, &exists));
        if (exists && (current.isAccessor() || !current.writable)) return Status::Ok;
    } else
#endif
    {
        exists = hasOwnProperty(h, r, key) && getOwnDataOrAccessor(h, r, key, &existing, &existingAttrs);
        if (exists && ((existingAttrs & ATTR_ACCESSOR) || !(existingAttrs & ATTR_WRITABLE))) return Status::Ok;
        if (!exists && h.hasPending) return Status::Error;
    }
    if (!exists) {
        desc.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
        desc.writable = desc.enumerable = desc.configurable = true;
    }
    *ok = true;
    return defineOwnProperty(h, asObject(rr.value), key, desc, false, ok);
}

namespace {
ENG_FLASH_OBJECT_SYMBOLS(reflectProps, ENG_FLASH_NO_PROPS, REFLECT, REFLECT_METHODS, REFLECT_SYMBOLS)
}  // namespace

Status makeReflectObject(Heap &h, Value *out) {
    JSObject *o = lateIntrinsic(h, LATE_REFLECT);
    if (!o) {
        o = newObject(h, protoOf(h, PROTO_OBJECT));
        if (!o) return Status::Error;
        useFlashProps(o, reflectProps);
        LocalRoot ro(h, Value::pointer(o));
        ENG_TRY(setLateIntrinsic(h, LATE_REFLECT, o));
    }
    *out = Value::pointer(o);
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_REFLECT
