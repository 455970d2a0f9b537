// Object: the constructor, the ES5.1 Object.* functions and the
// Object.prototype methods.
#include <stdlib.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/object_internal.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "objects/own_keys.h"
#include "objects/proxy.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/lightfunc.h"

namespace eng {

namespace {

Status objectConstructor(NativeCall &c) {
    Value v = c.arg(0);
    if (v.isNullish()) {
        JSObject *o = newPlainObject(c.heap);
        if (!o) return Status::Error;
        c.setResult(Value::pointer(o));
        return Status::Ok;
    }
    if (v.isLightFunc()) {  // an object already
        c.setResult(v);
        return Status::Ok;
    }
    JSObject *o;
    ENG_TRY(toObject(c.heap, v, &o));
    c.setResult(Value::pointer(o));
    return Status::Ok;
}

Status hasOwnPropertyMethod(NativeCall &c) {
    Heap &h = c.heap;
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, c.arg(0), &key));
    LocalRoot kr(h, key.isIndex ? Value() : Value::pointer(key.string));
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
#if ENG_PROXY
    if (isProxyObject(o)) {
        PropertyDescriptor d(h);
        bool found;
        ENG_TRY(proxyGetOwnProperty(h, o, key, &d, &found));
        c.setResult(Value::boolean(found));
        return Status::Ok;
    }
#endif
    c.setResult(Value::boolean(hasOwnProperty(h, o, key)));
    return Status::Ok;
}

const char *className(JSObject *o) {
    switch (o->cls()) {
    case ObjectClass::Array: return "Array";
    case ObjectClass::Closure:
    case ObjectClass::Native:
    case ObjectClass::Bound: return "Function";
    case ObjectClass::Error: return "Error";
    case ObjectClass::Arguments: return "Arguments";
    case ObjectClass::Boolean: return "Boolean";
    case ObjectClass::Number: return "Number";
    case ObjectClass::String: return "String";
    case ObjectClass::RegExp: return "RegExp";
    case ObjectClass::Date: return "Date";
    case ObjectClass::Global: return "global";
    // Math, JSON and Symbol wrappers say so through @@toStringTag only
    // (ES2024 20.1.3.6): without it they are "Object".
    default: return "Object";
    }
}

Status objectToString(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    const char *name = t.isUndefined() ? "Undefined" : t.isNull() ? "Null" : t.isLightFunc() ? "Function" : nullptr;
    Value tag;
    if (!name) {
        JSObject *o;
        ENG_TRY(toObject(h, t, &o));
        name = className(o);
#if ENG_PROXY
        if (isProxyObject(o)) {  // IsArray sees through it; a callable one is a function
            bool array;
            ENG_TRY(proxyIsArray(h, o, &array));
            name = array ? "Array" : static_cast<JSProxy *>(o)->callable ? "Function" : "Object";
        }
#endif
        LocalRoot ro(h, Value::pointer(o));
        ENG_TRY(getProperty(h, o, PropertyKey{wellKnownSymbol(WKS_toStringTag), 0, false}, t, &tag));
    }
    LocalRoot rt(h, tag);
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("[object "));
    if (isString(tag)) ENG_TRY(b.append(asString(tag)));
    else ENG_TRY(b.appendAscii(name));
    ENG_TRY(b.appendAscii("]"));
    HString *s = b.finish();
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

Status objectValueOf(NativeCall &c) {
    if (c.thisValue().isLightFunc()) {  // an object already
        c.setResult(c.thisValue());
        return Status::Ok;
    }
    JSObject *o;
    ENG_TRY(toObject(c.heap, c.thisValue(), &o));
    c.setResult(Value::pointer(o));
    return Status::Ok;
}

// The first argument converted with ToObject and kept in its stack slot:
// ES2015 turned the ES5 TypeError for primitives into a conversion (test262
// checks the newer rule); null and undefined still throw.
Status argumentObject(NativeCall &c, JSObject **out) {
    ENG_TRY(toObject(c.heap, c.arg(0), out));
    if (c.argc > 0) c.heap.stack[c.base] = Value::pointer(*out);
    return Status::Ok;
}

Status objectGetPrototypeOf(NativeCall &c) {
    JSObject *o;
    ENG_TRY(argumentObject(c, &o));
    JSObject *p = o->proto;
#if ENG_PROXY
    if (isProxyObject(o)) ENG_TRY(proxyGetPrototypeOf(c.heap, o, &p));
#endif
    c.setResult(p ? publicValue(c.heap, p) : Value::null());
    return Status::Ok;
}

// An ECMAScript Object (a lightfunc is one; toObject gives its JSObject).
Status requireObject(Heap &h, Value v, const char *fn) {
    if (isObjectType(v)) return Status::Ok;
    return throwError(h, PROTO_TYPE_ERROR, "Object.%s called on non-object", fn);
}

Status pushKey(Heap &h, JSArray *out, HString *key) { return arrayPush(h, out, Value::pointer(key)); }

// The own property names of o (enumerable ones only when onlyEnumerable):
// integer keys ascending, then the virtual properties, then the other keys
// in insertion order. out must be rooted by the caller.
Status pushKeyVisitor(Heap &h, void *context, HString *key) { return pushKey(h, static_cast<JSArray *>(context), key); }

Status ownKeys(Heap &h, JSObject *o, bool onlyEnumerable, JSArray *out) {
#if ENG_PROXY
    if (isProxyObject(o)) return proxyOwnStringKeys(h, o, onlyEnumerable, out);
#endif
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(forEachIndexKey(h, o, onlyEnumerable, pushKeyVisitor, out));
    if (!onlyEnumerable) {
        if (o->cls() == ObjectClass::Array || o->cls() == ObjectClass::String) {
            ENG_TRY(pushKey(h, out, atom(h, ATOM_length)));
        } else if (o->isCallable()) {
            if (!o->hasFlag(OBJ_NO_VIRTUAL_LENGTH) && !findOwnProp(o, atom(h, ATOM_length)))
                ENG_TRY(pushKey(h, out, atom(h, ATOM_length)));
            if (!o->hasFlag(OBJ_NO_VIRTUAL_NAME) && !findOwnProp(o, atom(h, ATOM_name)))
                ENG_TRY(pushKey(h, out, atom(h, ATOM_name)));
            if (o->hasFlag(OBJ_LAZY_PROTOTYPE)) ENG_TRY(pushKey(h, out, atom(h, ATOM_prototype)));
        }
    }
    for (uint32_t i = 0; i < ownPropCount(o); i++) {
        uint32_t index;
        if (propAt(o, i).isDeleted()) continue;
        if (onlyEnumerable && !(propAt(o, i).attrs() & ATTR_ENUMERABLE)) continue;
        if (propAt(o, i).key()->type != HeapType::String || stringArrayIndex(propAt(o, i).key(), &index)) continue;
        ENG_TRY(pushKey(h, out, propAt(o, i).key()));
    }
    return Status::Ok;
}

Status objectKeysOrNames(NativeCall &c) {
    Heap &h = c.heap;
    bool names = c.magic == 1;
    JSObject *o;
    ENG_TRY(argumentObject(c, &o));
    JSArray *out = newArray(h, 0);
    if (!out) return Status::Error;
    c.setResult(Value::pointer(out));
    return ownKeys(h, asObject(c.arg(0)), !names, out);
}

// The own symbol keys, in insertion order (ES2023 10.1.11.1).
Status objectGetOwnPropertySymbols(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(argumentObject(c, &o));
    JSArray *out = newArray(h, 0);
    if (!out) return Status::Error;
    c.setResult(Value::pointer(out));
    o = asObject(c.arg(0));
#if ENG_PROXY
    if (isProxyObject(o)) return proxyOwnSymbolKeys(h, o, out);
#endif
    for (uint32_t i = 0; i < ownPropCount(o); i++) {
        o = asObject(c.arg(0));  // rooted in its argument slot
        if (!propAt(o, i).isDeleted() && isSymbolKey(propAt(o, i).key()))
            ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(c.result())), Value::pointer(propAt(o, i).key())));
    }
    return Status::Ok;
}

Status objectGetOwnPropertyDescriptor(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(argumentObject(c, &o));
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, c.arg(1), &key));
    LocalRoot kr(h, key.isIndex ? Value() : Value::pointer(key.string));
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
    if (!getOwnDataOrAccessor(h, o, key, &v, &attrs)) return lookupFailed(h) ? Status::Error : Status::Ok;
    Value d;
    ENG_TRY(fromPropertyDescriptor(h, v, attrs, &d));
    c.setResult(d);
    return Status::Ok;
}

Status objectDefineProperty(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(requireObject(h, c.arg(0), "defineProperty"));
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, c.arg(1), &key));
    LocalRoot kr(h, key.isIndex ? Value() : Value::pointer(key.string));
    PropertyDescriptor desc(h);
    ENG_TRY(toPropertyDescriptor(h, c.arg(2), &desc));
    JSObject *o;
    ENG_TRY(toObject(h, c.arg(0), &o));
    ENG_TRY(defineOwnProperty(h, o, key, desc, true));
    c.setResult(c.arg(0));
    return Status::Ok;
}

// 15.2.3.7: every descriptor is converted before any property is defined.
// The converted descriptors are kept in a rooted array, five slots each.
Status defineProperties(Heap &h, Value target, Value properties) {
    LocalRoot rt(h, target);
    JSObject *props;
    ENG_TRY(toObject(h, properties, &props));
    LocalRoot rp(h, Value::pointer(props));
    JSArray *names = newArray(h, 0);
    if (!names) return Status::Error;
    LocalRoot rn(h, Value::pointer(names));
    ENG_TRY(ownKeys(h, props, true, names));
    JSArray *list = newArray(h, 0);
    if (!list) return Status::Error;
    LocalRoot rl(h, Value::pointer(list));
    for (uint32_t i = 0; i < names->length; i++) {
        PropertyKey key = keyFromString(asString(names->elems[i]));
        Value descObj;
        ENG_TRY(getProperty(h, props, key, Value::pointer(props), &descObj));
        PropertyDescriptor desc(h);
        ENG_TRY(toPropertyDescriptor(h, descObj, &desc));
        int32_t bits = desc.fields | (desc.writable ? 64 : 0) | (desc.enumerable ? 128 : 0) |
                       (desc.configurable ? 256 : 0);
        ENG_TRY(arrayPush(h, list, desc.value.value));
        ENG_TRY(arrayPush(h, list, desc.get.value));
        ENG_TRY(arrayPush(h, list, desc.set.value));
        ENG_TRY(arrayPush(h, list, Value::smallInt(bits)));
    }
    for (uint32_t i = 0; i < names->length; i++) {
        PropertyDescriptor desc(h);
        desc.value.value = list->elems[i * 4];
        desc.get.value = list->elems[i * 4 + 1];
        desc.set.value = list->elems[i * 4 + 2];
        int32_t bits = list->elems[i * 4 + 3].asSmallInt();
        desc.fields = static_cast<uint8_t>(bits & 63);
        desc.writable = (bits & 64) != 0;
        desc.enumerable = (bits & 128) != 0;
        desc.configurable = (bits & 256) != 0;
        PropertyKey key = keyFromString(asString(names->elems[i]));
        JSObject *o;
        ENG_TRY(toObject(h, target, &o));
        ENG_TRY(defineOwnProperty(h, o, key, desc, true));
    }
    return Status::Ok;
}

Status objectDefineProperties(NativeCall &c) {
    ENG_TRY(requireObject(c.heap, c.arg(0), "defineProperties"));
    ENG_TRY(defineProperties(c.heap, c.arg(0), c.arg(1)));
    c.setResult(c.arg(0));
    return Status::Ok;
}

Status objectCreate(NativeCall &c) {
    Heap &h = c.heap;
    Value p = c.arg(0);
    if (!isObjectType(p) && !p.isNull()) {
        char buf[64];
        describeValue(h, p, buf, sizeof buf);
        return throwError(h, PROTO_TYPE_ERROR, "Object prototype may only be an Object or null: %s", buf);
    }
    JSObject *proto = nullptr;
    if (!p.isNull()) ENG_TRY(toObject(h, p, &proto));
    JSObject *o = newObject(h, proto);
    if (!o) return Status::Error;
    c.setResult(Value::pointer(o));
    if (!c.arg(1).isUndefined()) ENG_TRY(defineProperties(h, c.result(), c.arg(1)));
    return Status::Ok;
}

// magic: 0 seal, 1 freeze, 2 preventExtensions
Status objectSetIntegrity(NativeCall &c) {
    Heap &h = c.heap;
    int m = c.magic;
    c.setResult(c.arg(0));
    if (!isObjectType(c.arg(0))) return Status::Ok;  // ES2015: primitives are returned as they are
    JSObject *o;
    ENG_TRY(toObject(h, c.arg(0), &o));
#if ENG_PROXY
    if (isProxyObject(o)) {
        bool ok;
        ENG_TRY(m == 2 ? proxyPreventExtensions(h, o, &ok) : proxySetIntegrityLevel(h, o, m == 1, &ok));
        if (!ok) return throwError(h, PROTO_TYPE_ERROR, "'preventExtensions' on proxy: trap returned falsish");
        return Status::Ok;
    }
#endif
    if (m == 2) o->clearFlag(OBJ_EXTENSIBLE);
    else ENG_TRY(setIntegrityLevel(h, o, m == 1));
    c.setResult(c.arg(0));
    return Status::Ok;
}

// magic: 0 isSealed, 1 isFrozen, 2 isExtensible
Status objectTestIntegrity(NativeCall &c) {
    Heap &h = c.heap;
    int m = c.magic;
    if (!isObjectType(c.arg(0))) {  // ES2015: a primitive is sealed, frozen and not extensible
        c.setResult(Value::boolean(m != 2));
        return Status::Ok;
    }
    JSObject *o = findLightFuncObject(h, c.arg(0));
    if (c.arg(0).isLightFunc() && !o) {  // never changed: extensible, nothing sealed
        c.setResult(Value::boolean(m == 2));
        return Status::Ok;
    }
    if (!o) o = asObject(c.arg(0));
#if ENG_PROXY
    if (isProxyObject(o)) {
        bool r;
        ENG_TRY(m == 2 ? proxyIsExtensible(h, o, &r) : proxyTestIntegrityLevel(h, o, m == 1, &r));
        c.setResult(Value::boolean(r));
        return Status::Ok;
    }
#endif
    bool r = m == 2 ? o->hasFlag(OBJ_EXTENSIBLE) : testIntegrityLevel(h, o, m == 1);
    c.setResult(Value::boolean(r));
    return Status::Ok;
}

Status objectIsPrototypeOf(NativeCall &c) {
    Heap &h = c.heap;
    if (!isObjectType(c.arg(0))) {
        c.setResult(Value::boolean(false));
        return Status::Ok;
    }
    JSObject *v;
    ENG_TRY(toObject(h, c.arg(0), &v));
    c.setArg(0, Value::pointer(v));
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    bool r = false;
#if ENG_PROXY
    LocalRoot ro(h, Value::pointer(o)), rp(h, Value::pointer(v));
    for (JSObject *p = v;;) {  // [[GetPrototypeOf]] of each, a proxy's trap included
        ENG_TRY(internalGetPrototypeOf(h, p, &p));
        if (!p) break;
        rp.value = Value::pointer(p);
        if (p == asObject(ro.value)) {
            r = true;
            break;
        }
    }
#else
    for (JSObject *p = v->proto; p; p = p->proto)
        if (p == o) {
            r = true;
            break;
        }
#endif
    c.setResult(Value::boolean(r));
    return Status::Ok;
}

Status objectPropertyIsEnumerable(NativeCall &c) {
    Heap &h = c.heap;
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, c.arg(0), &key));
    LocalRoot kr(h, key.isIndex ? Value() : Value::pointer(key.string));
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
#if ENG_PROXY
    if (isProxyObject(o)) {
        PropertyDescriptor d(h);
        bool has;
        ENG_TRY(proxyGetOwnProperty(h, o, key, &d, &has));
        c.setResult(Value::boolean(has && d.enumerable));
        return Status::Ok;
    }
#endif
    Value v;
    uint8_t attrs;
    bool found = getOwnDataOrAccessor(h, o, key, &v, &attrs);
    if (!found && lookupFailed(h)) return Status::Error;
    c.setResult(Value::boolean(found && (attrs & ATTR_ENUMERABLE)));
    return Status::Ok;
}

Status objectToLocaleString(NativeCall &c) {
    Heap &h = c.heap;
    Value fn;
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), atom(h, ATOM_toString), &fn));
    if (!isCallable(fn)) {
        char buf[64];
        describeValue(h, fn, buf, sizeof buf);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", buf);
    }
    Value r;
    ENG_TRY(callValue(h, fn, c.thisValue(), nullptr, 0, &r));
    c.setResult(r);
    return Status::Ok;
}

#if ENG_OBJECT_ARRAY_ES2015
Status objectIs(NativeCall &c) {
    c.setResult(Value::boolean(sameValue(c.arg(0), c.arg(1))));
    return Status::Ok;
}

Status objectHasOwn(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(argumentObject(c, &o));
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, c.arg(1), &key));
    LocalRoot kr(h, key.isIndex ? Value() : Value::pointer(key.string));
#if ENG_PROXY
    if (isProxyObject(o)) {  // (o stays rooted in its argument slot)
        PropertyDescriptor d(h);
        bool found;
        ENG_TRY(proxyGetOwnProperty(h, o, key, &d, &found));
        c.setResult(Value::boolean(found));
        return Status::Ok;
    }
#endif
    c.setResult(Value::boolean(hasOwnProperty(h, asObject(c.arg(0)), key)));
    return Status::Ok;
}

#endif

// OrdinarySetPrototypeOf (ES2023 10.1.2.1): false for a non-extensible
// object, a cycle, or %Object.prototype% (an immutable prototype exotic
// object, ES2016 9.4.7) given another prototype.
bool setPrototype(Heap &h, JSObject *o, JSObject *proto) {
    if (o->proto == proto) return true;
    if (!o->hasFlag(OBJ_EXTENSIBLE) || o == protoOf(h, PROTO_OBJECT)) return false;
    for (JSObject *p = proto; p && !isProxyObject(p); p = p->proto)
        if (p == o) return false;
    rcStore(h, o->proto, proto);
    bumpPropEpoch(h);
    return true;
}

Status cannotSetPrototype(Heap &h) {
    return throwError(h, PROTO_TYPE_ERROR, "Cannot set the prototype: the object is not extensible, or it would make a cycle");
}

#if ENG_OBJECT_ARRAY_ES2015
Status objectSetPrototypeOf(NativeCall &c) {
    Heap &h = c.heap;
    Value v = c.arg(0), p = c.arg(1);
    if (v.isNullish()) return throwError(h, PROTO_TYPE_ERROR, "Object.setPrototypeOf called on null or undefined");
    if (!isObjectType(p) && !p.isNull()) {
        char buf[64];
        describeValue(h, p, buf, sizeof buf);
        return throwError(h, PROTO_TYPE_ERROR, "Object prototype may only be an Object or null: %s", buf);
    }
    c.setResult(v);
    if (!isObjectType(v)) return Status::Ok;
    JSObject *proto = nullptr, *o;
    if (!p.isNull()) ENG_TRY(toObject(h, p, &proto));
    LocalRoot rp(h, proto ? Value::pointer(proto) : Value::null());
    ENG_TRY(toObject(h, c.arg(0), &o));
#if ENG_PROXY
    if (isProxyObject(o)) {
        bool ok;
        ENG_TRY(proxySetPrototypeOf(h, o, proto, &ok));
        return ok ? Status::Ok : cannotSetPrototype(h);
    }
#endif
    return setPrototype(h, o, proto) ? Status::Ok : cannotSetPrototype(h);
}

#endif

// get Object.prototype.__proto__ (Annex B.2.2.1).
Status protoGetter(NativeCall &c) {
    JSObject *o;
    ENG_TRY(toObject(c.heap, c.thisValue(), &o));
    JSObject *p = o->proto;
#if ENG_PROXY
    if (isProxyObject(o)) ENG_TRY(proxyGetPrototypeOf(c.heap, o, &p));
#endif
    c.setResult(p ? publicValue(c.heap, p) : Value::null());
    return Status::Ok;
}

// set Object.prototype.__proto__: ignores primitives on either side.
Status protoSetter(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue(), p = c.arg(0);
    if (t.isNullish()) return throwError(h, PROTO_TYPE_ERROR, "set Object.prototype.__proto__ called on null or undefined");
    if ((!isObjectType(p) && !p.isNull()) || !isObjectType(t)) return Status::Ok;
    JSObject *proto = nullptr, *o;
    if (!p.isNull()) ENG_TRY(toObject(h, p, &proto));
    LocalRoot rp(h, proto ? Value::pointer(proto) : Value::null());
    ENG_TRY(toObject(h, c.thisValue(), &o));
#if ENG_PROXY
    if (isProxyObject(o)) {
        bool ok;
        ENG_TRY(proxySetPrototypeOf(h, o, proto, &ok));
        return ok ? Status::Ok : cannotSetPrototype(h);
    }
#endif
    return setPrototype(h, o, proto) ? Status::Ok : cannotSetPrototype(h);
}

#if ENG_OBJECT_ARRAY_ES2015
Status objectGetOwnPropertyDescriptors(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(argumentObject(c, &o));
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    LocalRoot rk(h, Value::pointer(keys));
#if ENG_PROXY
    if (isProxyObject(o)) ENG_TRY(proxyOwnKeys(h, o, keys));  // all its keys, symbols included
    else
#endif
    ENG_TRY(ownKeys(h, o, false, keys));
    o = asObject(c.arg(0));
    for (uint32_t i = 0; i < ownPropCount(o); i++) {
        o = asObject(c.arg(0));
        if (!propAt(o, i).isDeleted() && isSymbolKey(propAt(o, i).key())) ENG_TRY(pushKey(h, keys, propAt(o, i).key()));
    }
    JSObject *out = newPlainObject(h);
    if (!out) return Status::Error;
    c.setResult(Value::pointer(out));
    for (uint32_t i = 0; i < keys->length; i++) {
        HString *name = asString(keys->elems[i]);
        PropertyKey key = isSymbolKey(name) ? PropertyKey{name, 0, false} : keyFromString(name);
        o = asObject(c.arg(0));
        Value v;
        uint8_t attrs;
#if ENG_PROXY
        if (isProxyObject(o)) {
            Value d;
            ENG_TRY(proxyDescriptorValue(h, o, key, &d));
            if (d.isUndefined()) continue;
            LocalRoot rd(h, d);
            PropertyDescriptor pd(h);
            pd.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
            pd.value.value = rd.value;
            pd.writable = pd.enumerable = pd.configurable = true;
            ENG_TRY(defineOwnProperty(h, asObject(c.result()), key, pd, true));
            continue;
        }
#endif
        if (!hasOwnProperty(h, o, key)) continue;
        if (!getOwnDataOrAccessor(h, o, key, &v, &attrs)) {
            if (h.hasPending) return Status::Error;
            continue;
        }
        Value d;
        ENG_TRY(fromPropertyDescriptor(h, v, attrs, &d));
        LocalRoot rd(h, d);
        PropertyDescriptor pd(h);
        pd.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
        pd.value.value = rd.value;
        pd.writable = pd.enumerable = pd.configurable = true;
        ENG_TRY(defineOwnProperty(h, asObject(c.result()), key, pd, true));
    }
    return Status::Ok;
}
#endif

#define OBJECT_PROTO_METHODS(M, X)                                                                       \
    M(X, hasOwnProperty, hasOwnPropertyMethod, 1, 0) M(X, toString, objectToString, 0, 0)                \
    M(X, valueOf, objectValueOf, 0, 0) M(X, isPrototypeOf, objectIsPrototypeOf, 1, 0)                     \
    M(X, propertyIsEnumerable, objectPropertyIsEnumerable, 1, 0)                                          \
    M(X, toLocaleString, objectToLocaleString, 0, 0) OBJECT_PROTO_METHODS_ES2015(M, X)

#define OBJECT_STATIC_METHODS(M, X)                                                                      \
    M(X, getPrototypeOf, objectGetPrototypeOf, 1, 0)                                                      \
    M(X, getOwnPropertyDescriptor, objectGetOwnPropertyDescriptor, 2, 0)                                  \
    M(X, getOwnPropertyNames, objectKeysOrNames, 1, 1)                                                    \
    M(X, getOwnPropertySymbols, objectGetOwnPropertySymbols, 1, 0) M(X, create, objectCreate, 2, 0)       \
    M(X, defineProperty, objectDefineProperty, 3, 0) M(X, defineProperties, objectDefineProperties, 2, 0) \
    M(X, seal, objectSetIntegrity, 1, 0) M(X, freeze, objectSetIntegrity, 1, 1)                           \
    M(X, preventExtensions, objectSetIntegrity, 1, 2) M(X, isSealed, objectTestIntegrity, 1, 0)           \
    M(X, isFrozen, objectTestIntegrity, 1, 1) M(X, isExtensible, objectTestIntegrity, 1, 2)               \
    M(X, keys, objectKeysOrNames, 1, 0) OBJECT_STATIC_METHODS_ES2015(M, X)

#if ENG_OBJECT_ARRAY_ES2015
#define OBJECT_PROTO_METHODS_ES2015(M, X)                                                                \
    M(X, defineGetter, objectDefineAccessor, 2, 0) M(X, defineSetter, objectDefineAccessor, 2, 1)         \
    M(X, lookupGetter, objectLookupAccessor, 1, 0) M(X, lookupSetter, objectLookupAccessor, 1, 1)
#define OBJECT_STATIC_METHODS_ES2015(M, X)                                                               \
    M(X, assign, objectAssign, 2, 0) M(X, is, objectIs, 2, 0) M(X, values, objectValuesEntries, 1, 0)     \
    M(X, entries, objectValuesEntries, 1, 1) M(X, fromEntries, objectFromEntries, 1, 0)                   \
    M(X, getOwnPropertyDescriptors, objectGetOwnPropertyDescriptors, 1, 0)                                \
    M(X, setPrototypeOf, objectSetPrototypeOf, 2, 0) M(X, hasOwn, objectHasOwn, 2, 0)                     \
    M(X, groupBy, objectGroupBy, 2, 0)
#else
#define OBJECT_PROTO_METHODS_ES2015(M, X)
#define OBJECT_STATIC_METHODS_ES2015(M, X)
#endif

#define OBJECT_PROTO_PROPS(P) \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_OBJECT)) P(proto, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(protoPair))
#define OBJECT_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_OBJECT))

}  // namespace

ENG_FLASH_METHOD_TABLE(objectProtoMethods, OBJECT_PROTO, OBJECT_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(objectStaticMethods, OBJECT_STATIC, OBJECT_STATIC_METHODS)

// Object.prototype.__proto__'s getter and setter (Annex B.2.2.1).
extern const MethodSpec objectProtoAccessorMethods[];
const MethodSpec objectProtoAccessorMethods[] = {{"__proto__", protoGetter, METHOD_GETTER, 0},
                                                 {"__proto__", protoSetter, METHOD_SETTER, 0}};

namespace {
const FlashAccessor protoPair = {{{ENG_READ_ONLY_NEXT, HeapType::Accessor, ROM_GC_FLAGS, 0},
                                  ENG_FLASH_METHOD(FLASH_METHODS_OBJECT_PROTO_ACCESSORS, 0),
                                  ENG_FLASH_METHOD(FLASH_METHODS_OBJECT_PROTO_ACCESSORS, 1)}};
ENG_FLASH_OBJECT(objectProtoProps, OBJECT_PROTO_PROPS, OBJECT_PROTO, OBJECT_PROTO_METHODS)
ENG_FLASH_OBJECT(objectCtorProps, OBJECT_CTOR_PROPS, OBJECT_STATIC, OBJECT_STATIC_METHODS)
}  // namespace

Status ownPropertyKeys(Heap &h, JSObject *o, JSArray *out) {
#if ENG_PROXY
    if (isProxyObject(o)) return proxyOwnKeys(h, o, out);
#endif
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(ownKeys(h, o, false, out));
    for (uint32_t i = 0; i < ownPropCount(o); i++)
        if (!propAt(o, i).isDeleted() && isSymbolKey(propAt(o, i).key()))
            ENG_TRY(arrayPush(h, out, Value::pointer(propAt(o, i).key())));
    return Status::Ok;
}

Status initObjectBuiltins(Heap &h) {
    return flashPrototype(h, PROTO_OBJECT, objectProtoProps.props) ? Status::Ok : Status::Error;
}

Status makeObjectConstructor(Heap &h) {
    return flashConstructor(h, PROTO_OBJECT, ATOM_Object, objectConstructor, 1, objectCtorProps, objectProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng
