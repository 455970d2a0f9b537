// Proxy exotic objects (see proxy.h): ES2024 10.5.1-10.5.13.
#include "objects/proxy.h"

#if ENG_PROXY

#include "builtins/builtins.h"
#include "heap/refcount.h"
#include "objects/own_keys.h"
#include "strings/string.h"
#include "vm/c_stack.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

namespace eng {

namespace {

// The target and handler of a proxy for one internal method, rooted: a trap
// may revoke the proxy while its method runs (the method keeps the pair it
// started with, as the spec's algorithm does).
struct ProxyParts {
    ProxyParts(Heap &h) : target(h, Value::undefined()), handler(h, Value::undefined()), trap(h, Value::undefined()) {}
    LocalRoot target, handler, trap;
    JSObject *targetObject() const { return asObject(target.value); }
};

// Steps 1-6 of each method: the C stack (a chain of proxies recurses in C),
// revocation, and GetMethod(handler, name). parts.trap is undefined when
// the handler has no such trap.
Status proxyParts(Heap &h, JSObject *o, Atom name, ProxyParts *parts) {
    ENG_TRY(ENG_CHECK_C_STACK(h));
    JSProxy *p = static_cast<JSProxy *>(o);
    if (!p->handler) {
        const HString *n = atom(h, name);
        return throwError(h, PROTO_TYPE_ERROR, "Cannot perform '%.*s' on a proxy that has been revoked",
                          static_cast<int>(n->length), reinterpret_cast<const char *>(n->data8()));
    }
    parts->target.value = Value::pointer(p->target);
    parts->handler.value = Value::pointer(p->handler);
    Value trap;
    ENG_TRY(getValuePropertyStr(h, parts->handler.value, atom(h, name), &trap));
    if (!trap.isNullish() && !isCallable(trap)) {
        const HString *n = atom(h, name);
        return throwError(h, PROTO_TYPE_ERROR, "proxy handler's %.*s trap is not a function",
                          static_cast<int>(n->length), reinterpret_cast<const char *>(n->data8()));
    }
    parts->trap.value = trap.isNullish() ? Value::undefined() : trap;
    return Status::Ok;
}

Status invariant(Heap &h, const char *trap, const char *why) {
    return throwError(h, PROTO_TYPE_ERROR, "'%s' on proxy: %s", trap, why);
}

// The key as a value for a trap's argument list (an index becomes its string).
Status keyValue(Heap &h, const PropertyKey &key, Value *out) {
    HString *s = keyToString(h, key);
    if (!s) return Status::Error;
    *out = Value::pointer(s);
    return Status::Ok;
}

// Call(trap, handler, «target, key, extra...»).
Status callTrap(Heap &h, const ProxyParts &parts, const PropertyKey *key, const Value *extra, uint32_t extraCount,
                Value *out) {
    Value args[4];
    uint32_t n = 0;
    args[n++] = parts.target.value;
    if (key) ENG_TRY(keyValue(h, *key, &args[n++]));
    LocalRoot rk(h, n > 1 ? args[1] : Value::undefined());
    for (uint32_t i = 0; i < extraCount; i++) args[n++] = extra[i];
    return callValue(h, parts.trap.value, parts.handler.value, args, n, out);
}

// The value of an accessor or data descriptor read from an own property.
void fillDescriptor(Value v, uint8_t attrs, PropertyDescriptor *d) {
    d->enumerable = (attrs & ATTR_ENUMERABLE) != 0;
    d->configurable = (attrs & ATTR_CONFIGURABLE) != 0;
    if (attrs & ATTR_ACCESSOR) {
        Accessor *acc = static_cast<Accessor *>(v.asPointer());
        d->get.value = acc->getter;
        d->set.value = acc->setter;
        d->writable = false;
        d->fields = DESC_GET | DESC_SET | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    } else {
        d->value.value = v;
        d->writable = (attrs & ATTR_WRITABLE) != 0;
        d->fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    }
}

// CompletePropertyDescriptor (6.2.6.6).
void completeDescriptor(PropertyDescriptor *d) {
    if (!d->isAccessor()) {
        if (!(d->fields & DESC_VALUE)) d->value.value = Value::undefined();
        d->fields |= DESC_VALUE | DESC_WRITABLE;
    } else {
        d->fields |= DESC_GET | DESC_SET;
    }
    d->fields |= DESC_ENUMERABLE | DESC_CONFIGURABLE;
}

// IsCompatiblePropertyDescriptor (10.1.6.2): ValidateAndApplyPropertyDescriptor
// with no object, against current (complete; null when absent).
bool isCompatibleDescriptor(bool extensible, const PropertyDescriptor &desc, const PropertyDescriptor *current) {
    if (!current) return extensible;
    if (current->configurable) return true;
    if ((desc.fields & DESC_CONFIGURABLE) && desc.configurable) return false;
    if ((desc.fields & DESC_ENUMERABLE) && desc.enumerable != current->enumerable) return false;
    bool generic = !desc.isAccessor() && !desc.isData();
    if (!generic && desc.isAccessor() != current->isAccessor()) return false;
    if (current->isAccessor()) {
        if ((desc.fields & DESC_GET) && !sameValue(desc.get.value, current->get.value)) return false;
        if ((desc.fields & DESC_SET) && !sameValue(desc.set.value, current->set.value)) return false;
    } else if (!current->writable) {
        if ((desc.fields & DESC_WRITABLE) && desc.writable) return false;
        if ((desc.fields & DESC_VALUE) && !sameValue(desc.value.value, current->value.value)) return false;
    }
    return true;
}

// FromPropertyDescriptor (6.2.6.4) of a descriptor that may be partial.
Status descriptorObject(Heap &h, const PropertyDescriptor &d, Value *out) {
    JSObject *o = newPlainObject(h);
    if (!o) return Status::Error;
    LocalRoot ro(h, Value::pointer(o));
    struct Field {
        uint8_t bit;
        Atom name;
    };
    static const Field fields[6] = {{DESC_VALUE, ATOM_value},           {DESC_WRITABLE, ATOM_writable},
                                    {DESC_GET, ATOM_get},               {DESC_SET, ATOM_set},
                                    {DESC_ENUMERABLE, ATOM_enumerable}, {DESC_CONFIGURABLE, ATOM_configurable}};
    for (const Field &f : fields) {
        if (!(d.fields & f.bit)) continue;
        Value v;
        switch (f.bit) {
        case DESC_VALUE: v = d.value.value; break;
        case DESC_WRITABLE: v = Value::boolean(d.writable); break;
        case DESC_GET: v = d.get.value; break;
        case DESC_SET: v = d.set.value; break;
        case DESC_ENUMERABLE: v = Value::boolean(d.enumerable); break;
        default: v = Value::boolean(d.configurable); break;
        }
        ENG_TRY(defineOwn(h, o, atom(h, f.name), v, ATTR_DEFAULT));
    }
    *out = ro.value;
    return Status::Ok;
}

// Whether key (a string or symbol) is in the array list's first count
// values; keys are interned, so they compare by pointer.
bool listHas(JSArray *list, uint32_t count, Value key) {
    for (uint32_t i = 0; i < count; i++)
        if (list->elems[i] == key) return true;
    return false;
}

Status keyFromValue(Value v, PropertyKey *out) {
    *out = isSymbol(v) ? PropertyKey{asString(v), 0, false} : keyFromString(asString(v));
    return Status::Ok;
}

}  // namespace

JSProxy *newProxy(Heap &h, Value target, Value handler) {
    if (!isObjectType(target) || !isObjectType(handler)) {
        (void)throwError(h, PROTO_TYPE_ERROR, "Cannot create proxy with a non-object as target or handler");
        return nullptr;
    }
    LocalRoot rt(h, target), rh(h, handler);
    JSObject *t, *hd;
    if (toObject(h, target, &t) != Status::Ok) return nullptr;  // a lightfunc's object
    rt.value = Value::pointer(t);
    if (toObject(h, handler, &hd) != Status::Ok) return nullptr;
    rh.value = Value::pointer(hd);
    JSProxy *p = static_cast<JSProxy *>(newObjectOfSize(h, nullptr, ObjectClass::Proxy, sizeof(JSProxy)));
    if (!p) return nullptr;
    t = asObject(rt.value);
    rcInit(p->target, t);
    rcInit(p->handler, asObject(rh.value));
    p->callable = isCallable(rt.value);
    if (isConstructorObject(rt.value)) p->setFlag(OBJ_CONSTRUCTOR);
    return p;
}

void revokeProxy(Heap &h, JSProxy *p) {
    rcStore(h, p->target, static_cast<JSObject *>(nullptr));
    rcStore(h, p->handler, static_cast<JSObject *>(nullptr));
}

// ---- the internal methods, in the spec's order ------------------------

Status proxyGetPrototypeOf(Heap &h, JSObject *o, JSObject **out) {
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_getPrototypeOf, &parts));
    if (parts.trap.value.isUndefined()) return internalGetPrototypeOf(h, parts.targetObject(), out);
    Value result;
    ENG_TRY(callTrap(h, parts, nullptr, nullptr, 0, &result));
    if (!isObjectType(result) && !result.isNull())
        return invariant(h, "getPrototypeOf", "trap returned neither object nor null");
    LocalRoot rr(h, result);
    JSObject *proto = nullptr;
    if (!result.isNull()) ENG_TRY(toObject(h, result, &proto));
    rr.value = proto ? Value::pointer(proto) : Value::null();
    bool extensible;
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
    if (!extensible) {
        JSObject *targetProto;
        ENG_TRY(internalGetPrototypeOf(h, parts.targetObject(), &targetProto));
        if (targetProto != proto)
            return invariant(h, "getPrototypeOf", "proxy target is non-extensible but the trap did not return its actual prototype");
    }
    *out = proto;
    return Status::Ok;
}

Status proxySetPrototypeOf(Heap &h, JSObject *o, JSObject *proto, bool *ok) {
    LocalRoot rp(h, proto ? Value::pointer(proto) : Value::null());
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_setPrototypeOf, &parts));
    if (parts.trap.value.isUndefined()) return internalSetPrototypeOf(h, parts.targetObject(), proto, ok);
    Value result, arg = rp.value;
    ENG_TRY(callTrap(h, parts, nullptr, &arg, 1, &result));
    *ok = toBoolean(result);
    if (!*ok) return Status::Ok;
    bool extensible;
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
    if (extensible) return Status::Ok;
    JSObject *targetProto;
    ENG_TRY(internalGetPrototypeOf(h, parts.targetObject(), &targetProto));
    if (targetProto != proto)
        return invariant(h, "setPrototypeOf", "trap returned truish for setting a new prototype on the non-extensible proxy target");
    return Status::Ok;
}

Status proxyIsExtensible(Heap &h, JSObject *o, bool *out) {
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_isExtensible, &parts));
    if (parts.trap.value.isUndefined()) return internalIsExtensible(h, parts.targetObject(), out);
    Value result;
    ENG_TRY(callTrap(h, parts, nullptr, nullptr, 0, &result));
    bool targetResult;
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &targetResult));
    if (toBoolean(result) != targetResult)
        return invariant(h, "isExtensible", "trap result does not reflect extensibility of proxy target");
    *out = targetResult;
    return Status::Ok;
}

Status proxyPreventExtensions(Heap &h, JSObject *o, bool *ok) {
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_preventExtensions, &parts));
    if (parts.trap.value.isUndefined()) return internalPreventExtensions(h, parts.targetObject(), ok);
    Value result;
    ENG_TRY(callTrap(h, parts, nullptr, nullptr, 0, &result));
    *ok = toBoolean(result);
    if (!*ok) return Status::Ok;
    bool extensible;
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
    if (extensible) return invariant(h, "preventExtensions", "trap returned truish but the proxy target is extensible");
    return Status::Ok;
}

Status proxyGetOwnProperty(Heap &h, JSObject *o, const PropertyKey &key, PropertyDescriptor *desc, bool *found) {
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_getOwnPropertyDescriptor, &parts));
    if (parts.trap.value.isUndefined()) return internalGetOwnProperty(h, parts.targetObject(), key, desc, found);
    Value result;
    ENG_TRY(callTrap(h, parts, &key, nullptr, 0, &result));
    if (!isObjectType(result) && !result.isUndefined())
        return invariant(h, "getOwnPropertyDescriptor", "trap returned neither object nor undefined");
    LocalRoot rr(h, result);
    PropertyDescriptor targetDesc(h);
    bool targetFound;
    ENG_TRY(internalGetOwnProperty(h, parts.targetObject(), key, &targetDesc, &targetFound));
    bool extensible;
    if (rr.value.isUndefined()) {
        *found = false;
        if (!targetFound) return Status::Ok;
        if (!targetDesc.configurable)
            return invariant(h, "getOwnPropertyDescriptor", "trap returned undefined for a non-configurable property of the target");
        ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
        if (!extensible)
            return invariant(h, "getOwnPropertyDescriptor", "trap returned undefined for a property of the non-extensible target");
        return Status::Ok;
    }
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
    ENG_TRY(toPropertyDescriptor(h, rr.value, desc));
    completeDescriptor(desc);
    if (!isCompatibleDescriptor(extensible, *desc, targetFound ? &targetDesc : nullptr))
        return invariant(h, "getOwnPropertyDescriptor", "trap returned a descriptor incompatible with the target's property");
    if (!desc->configurable) {
        if (!targetFound || targetDesc.configurable)
            return invariant(h, "getOwnPropertyDescriptor",
                             "trap reported non-configurability for a property that is configurable or absent on the target");
        if ((desc->fields & DESC_WRITABLE) && !desc->writable && targetDesc.writable)
            return invariant(h, "getOwnPropertyDescriptor",
                             "trap reported a non-configurable, non-writable property that is writable on the target");
    }
    *found = true;
    return Status::Ok;
}

Status proxyDefineOwnProperty(Heap &h, JSObject *o, const PropertyKey &key, const PropertyDescriptor &desc, bool *ok) {
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_defineProperty, &parts));
    if (parts.trap.value.isUndefined()) {
        *ok = true;
        return defineOwnProperty(h, parts.targetObject(), key, desc, false, ok);
    }
    Value descObj;
    ENG_TRY(descriptorObject(h, desc, &descObj));
    LocalRoot rd(h, descObj);
    Value result;
    ENG_TRY(callTrap(h, parts, &key, &rd.value, 1, &result));
    *ok = toBoolean(result);
    if (!*ok) return Status::Ok;
    PropertyDescriptor targetDesc(h);
    bool targetFound, extensible;
    ENG_TRY(internalGetOwnProperty(h, parts.targetObject(), key, &targetDesc, &targetFound));
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
    bool settingConfigFalse = (desc.fields & DESC_CONFIGURABLE) && !desc.configurable;
    if (!targetFound) {
        if (!extensible) return invariant(h, "defineProperty", "trap returned truish for adding a property to the non-extensible target");
        if (settingConfigFalse)
            return invariant(h, "defineProperty", "trap returned truish for defining a non-configurable property absent on the target");
        return Status::Ok;
    }
    if (!isCompatibleDescriptor(extensible, desc, &targetDesc))
        return invariant(h, "defineProperty", "trap returned truish for a descriptor incompatible with the target's property");
    if (settingConfigFalse && targetDesc.configurable)
        return invariant(h, "defineProperty", "trap returned truish for defining a non-configurable property that is configurable on the target");
    if (targetDesc.isData() && !targetDesc.configurable && targetDesc.writable && (desc.fields & DESC_WRITABLE) &&
        !desc.writable)
        return invariant(h, "defineProperty", "trap returned truish for making a non-configurable writable property non-writable");
    return Status::Ok;
}

Status proxyHas(Heap &h, JSObject *o, const PropertyKey &key, bool *out) {
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_has, &parts));
    if (parts.trap.value.isUndefined()) return internalHasProperty(h, parts.targetObject(), key, out);
    Value result;
    ENG_TRY(callTrap(h, parts, &key, nullptr, 0, &result));
    *out = toBoolean(result);
    if (*out) return Status::Ok;
    PropertyDescriptor targetDesc(h);
    bool targetFound;
    ENG_TRY(internalGetOwnProperty(h, parts.targetObject(), key, &targetDesc, &targetFound));
    if (!targetFound) return Status::Ok;
    if (!targetDesc.configurable) return invariant(h, "has", "trap returned falsish for a non-configurable property of the target");
    bool extensible;
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
    if (!extensible) return invariant(h, "has", "trap returned falsish for a property of the non-extensible target");
    return Status::Ok;
}

Status proxyGet(Heap &h, JSObject *o, const PropertyKey &key, Value receiver, Value *out) {
    LocalRoot rr(h, receiver);
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_get, &parts));
    if (parts.trap.value.isUndefined()) return getProperty(h, parts.targetObject(), key, rr.value, out);
    Value result;
    ENG_TRY(callTrap(h, parts, &key, &rr.value, 1, &result));
    LocalRoot rres(h, result);
    PropertyDescriptor targetDesc(h);
    bool targetFound;
    ENG_TRY(internalGetOwnProperty(h, parts.targetObject(), key, &targetDesc, &targetFound));
    if (targetFound && !targetDesc.configurable) {
        if (targetDesc.isData() && !targetDesc.writable && !sameValue(rres.value, targetDesc.value.value))
            return invariant(h, "get", "trap result differs from the value of a non-writable, non-configurable property");
        if (targetDesc.isAccessor() && targetDesc.get.value.isUndefined() && !rres.value.isUndefined())
            return invariant(h, "get", "trap returned a value for a non-configurable accessor property without a getter");
    }
    *out = rres.value;
    return Status::Ok;
}

Status proxySet(Heap &h, JSObject *o, const PropertyKey &key, Value v, Value receiver, bool *ok) {
    LocalRoot rv(h, v), rr(h, receiver);
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_set, &parts));
    if (parts.trap.value.isUndefined()) return setWithReceiver(h, parts.targetObject(), key, rv.value, rr.value, ok);
    Value result, extra[2] = {rv.value, rr.value};
    ENG_TRY(callTrap(h, parts, &key, extra, 2, &result));
    *ok = toBoolean(result);
    if (!*ok) return Status::Ok;
    PropertyDescriptor targetDesc(h);
    bool targetFound;
    ENG_TRY(internalGetOwnProperty(h, parts.targetObject(), key, &targetDesc, &targetFound));
    if (targetFound && !targetDesc.configurable) {
        if (targetDesc.isData() && !targetDesc.writable && !sameValue(rv.value, targetDesc.value.value))
            return invariant(h, "set", "trap returned truish for a new value of a non-writable, non-configurable property");
        if (targetDesc.isAccessor() && targetDesc.set.value.isUndefined())
            return invariant(h, "set", "trap returned truish for a non-configurable accessor property without a setter");
    }
    return Status::Ok;
}

Status proxyDelete(Heap &h, JSObject *o, const PropertyKey &key, bool *ok) {
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_deleteProperty, &parts));
    if (parts.trap.value.isUndefined()) return deleteProperty(h, parts.targetObject(), key, false, ok);
    Value result;
    ENG_TRY(callTrap(h, parts, &key, nullptr, 0, &result));
    *ok = toBoolean(result);
    if (!*ok) return Status::Ok;
    PropertyDescriptor targetDesc(h);
    bool targetFound;
    ENG_TRY(internalGetOwnProperty(h, parts.targetObject(), key, &targetDesc, &targetFound));
    if (!targetFound) return Status::Ok;
    if (!targetDesc.configurable)
        return invariant(h, "deleteProperty", "trap returned truish for a non-configurable property of the target");
    bool extensible;
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
    if (!extensible) return invariant(h, "deleteProperty", "trap returned truish for a property of the non-extensible target");
    return Status::Ok;
}

Status proxyOwnKeys(Heap &h, JSObject *o, JSArray *out) {
    LocalRoot ro(h, Value::pointer(out));
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, o, ATOM_ownKeys, &parts));
    if (parts.trap.value.isUndefined()) return internalOwnKeys(h, parts.targetObject(), out);
    Value result;
    ENG_TRY(callTrap(h, parts, nullptr, nullptr, 0, &result));
    // CreateListFromArrayLike(result, «String, Symbol») into a fresh array.
    if (!isObjectType(result)) return invariant(h, "ownKeys", "trap result is not an object");
    LocalRoot rres(h, result);
    Value lengthValue;
    ENG_TRY(getValuePropertyStr(h, result, atom(h, ATOM_length), &lengthValue));
    double length;
    ENG_TRY(toNumber(h, lengthValue, &length));
    length = toIntegerDouble(length);
    if (!(length > 0)) length = 0;
    if (length > 0xfffffff) return throwOutOfMemory(h);
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    LocalRoot rk(h, Value::pointer(keys));
    uint32_t n = static_cast<uint32_t>(length);
    for (uint32_t i = 0; i < n; i++) {
        Value v;
        ENG_TRY(getValueProperty(h, rres.value, Value::smallInt(static_cast<int32_t>(i)), &v));
        if (!isString(v) && !isSymbol(v)) return invariant(h, "ownKeys", "trap result contains a value that is neither string nor symbol");
        if (listHas(keys, keys->length, v)) return invariant(h, "ownKeys", "trap result contains a duplicate entry");
        ENG_TRY(arrayPush(h, keys, v));
        ENG_TRY(interruptPoll(h));
    }
    bool extensible;
    ENG_TRY(internalIsExtensible(h, parts.targetObject(), &extensible));
    JSArray *targetKeys = newArray(h, 0);
    if (!targetKeys) return Status::Error;
    LocalRoot rt(h, Value::pointer(targetKeys));
    ENG_TRY(internalOwnKeys(h, parts.targetObject(), targetKeys));
    // unchecked: whether each of keys is still to be matched with a target key.
    uint32_t count = keys->length, remaining = count;
    uint8_t *unchecked = count ? static_cast<uint8_t *>(heapAlloc(h, count)) : nullptr;
    if (count && !unchecked) return throwOutOfMemory(h);
    for (uint32_t i = 0; i < count; i++) unchecked[i] = 1;
    Status st = Status::Ok;
    // Non-configurable target keys first (they must always be reported),
    // then, for a non-extensible target, the configurable ones.
    for (int pass = 0; pass < 2 && st == Status::Ok; pass++) {
        if (pass == 1 && extensible) break;
        for (uint32_t i = 0; i < targetKeys->length && st == Status::Ok; i++) {
            Value k = targetKeys->elems[i];
            PropertyKey pk;
            (void)keyFromValue(k, &pk);
            PropertyDescriptor d(h);
            bool found;
            st = internalGetOwnProperty(h, parts.targetObject(), pk, &d, &found);
            if (st != Status::Ok) break;
            bool nonConfigurable = found && !d.configurable;
            if (nonConfigurable != (pass == 0)) continue;
            uint32_t j = 0;
            while (j < count && !(keys->elems[j] == k && unchecked[j])) j++;
            if (j == count) {
                st = invariant(h, "ownKeys", pass == 0 ? "trap result did not include a non-configurable key of the target"
                                                         : "trap result did not include every key of the non-extensible target");
                break;
            }
            unchecked[j] = 0;
            remaining--;
        }
    }
    if (st == Status::Ok && !extensible && remaining)
        st = invariant(h, "ownKeys", "trap returned extra keys but the proxy target is non-extensible");
    if (unchecked) heapFree(h, unchecked, count);
    ENG_TRY(st);
    for (uint32_t i = 0; i < keys->length; i++) ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(ro.value)), keys->elems[i]));
    return Status::Ok;
}

Status proxyOwnStringKeys(Heap &h, JSObject *o, bool onlyEnumerable, JSArray *out) {
    LocalRoot ro(h, Value::pointer(out)), rp(h, Value::pointer(o));
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    LocalRoot rk(h, Value::pointer(keys));
    ENG_TRY(proxyOwnKeys(h, o, keys));
    for (uint32_t i = 0; i < keys->length; i++) {
        Value k = keys->elems[i];
        if (!isString(k)) continue;
        if (onlyEnumerable) {
            PropertyDescriptor d(h);
            bool found;
            ENG_TRY(proxyGetOwnProperty(h, asObject(rp.value), keyFromString(asString(k)), &d, &found));
            if (!found || !d.enumerable) continue;
        }
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(ro.value)), k));
    }
    return Status::Ok;
}

Status proxyOwnSymbolKeys(Heap &h, JSObject *o, JSArray *out) {
    LocalRoot ro(h, Value::pointer(out));
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    LocalRoot rk(h, Value::pointer(keys));
    ENG_TRY(proxyOwnKeys(h, o, keys));
    for (uint32_t i = 0; i < keys->length; i++)
        if (isSymbol(keys->elems[i])) ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(ro.value)), keys->elems[i]));
    return Status::Ok;
}

Status proxyDescriptorValue(Heap &h, JSObject *o, const PropertyKey &key, Value *out) {
    PropertyDescriptor d(h);
    bool found;
    ENG_TRY(proxyGetOwnProperty(h, o, key, &d, &found));
    if (!found) {
        *out = Value::undefined();
        return Status::Ok;
    }
    return descriptorObject(h, d, out);
}

Status proxySetIntegrityLevel(Heap &h, JSObject *o, bool freeze, bool *ok) {
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(proxyPreventExtensions(h, o, ok));
    if (!*ok) return Status::Ok;
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    LocalRoot rk(h, Value::pointer(keys));
    ENG_TRY(proxyOwnKeys(h, asObject(ro.value), keys));
    for (uint32_t i = 0; i < keys->length; i++) {
        PropertyKey key;
        (void)keyFromValue(keys->elems[i], &key);
        PropertyDescriptor desc(h);
        desc.fields = DESC_CONFIGURABLE;
        if (freeze) {
            PropertyDescriptor current(h);
            bool found;
            ENG_TRY(proxyGetOwnProperty(h, asObject(ro.value), key, &current, &found));
            if (!found) continue;
            if (!current.isAccessor()) desc.fields |= DESC_WRITABLE;
        }
        ENG_TRY(defineOwnProperty(h, asObject(ro.value), key, desc, true));
    }
    return Status::Ok;
}

Status proxyTestIntegrityLevel(Heap &h, JSObject *o, bool frozen, bool *out) {
    LocalRoot ro(h, Value::pointer(o));
    bool extensible;
    ENG_TRY(proxyIsExtensible(h, o, &extensible));
    *out = false;
    if (extensible) return Status::Ok;
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    LocalRoot rk(h, Value::pointer(keys));
    ENG_TRY(proxyOwnKeys(h, asObject(ro.value), keys));
    for (uint32_t i = 0; i < keys->length; i++) {
        PropertyKey key;
        (void)keyFromValue(keys->elems[i], &key);
        PropertyDescriptor current(h);
        bool found;
        ENG_TRY(proxyGetOwnProperty(h, asObject(ro.value), key, &current, &found));
        if (!found) continue;
        if (current.configurable || (frozen && current.isData() && current.writable)) return Status::Ok;
    }
    *out = true;
    return Status::Ok;
}

Status proxyIsArray(Heap &h, JSObject *o, bool *out) {
    while (isProxyObject(o)) {
        JSProxy *p = static_cast<JSProxy *>(o);
        if (!p->handler) return throwError(h, PROTO_TYPE_ERROR, "Cannot perform 'IsArray' on a proxy that has been revoked");
        ENG_TRY(interruptPoll(h));
        o = p->target;
    }
    *out = o->cls() == ObjectClass::Array;
    return Status::Ok;
}

int64_t proxyArrayLength(Heap &h, JSObject *o) {
    bool isArray;
    if (proxyIsArray(h, o, &isArray) != Status::Ok) return PROXY_LENGTH_ERROR;
    if (!isArray) return -1;
    Value lengthValue;
    double d;
    if (getProperty(h, o, keyFromString(atom(h, ATOM_length)), Value::pointer(o), &lengthValue) != Status::Ok ||
        toNumber(h, lengthValue, &d) != Status::Ok)
        return PROXY_LENGTH_ERROR;
    d = toIntegerDouble(d);
    return d > 0 ? (d < 4294967295.0 ? static_cast<int64_t>(d) : 4294967295) : 0;
}

Status proxyCallAt(Heap &h, uint32_t funcIndex, uint32_t argc, bool construct, Value newTarget) {
    h.stackTop = funcIndex + 2 + argc;
    LocalRoot rn(h, newTarget);
    JSProxy *p = static_cast<JSProxy *>(asObject(h.stack[funcIndex]));
    if (!p->callable || (construct && !p->hasFlag(OBJ_CONSTRUCTOR))) {
        char buf[64];
        describeValue(h, h.stack[funcIndex], buf, sizeof buf);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a %s", buf, construct ? "constructor" : "function");
    }
    ProxyParts parts(h);
    ENG_TRY(proxyParts(h, p, construct ? ATOM_construct : ATOM_apply, &parts));
    if (parts.trap.value.isUndefined()) {
        h.stack[funcIndex] = parts.target.value;
        if (!construct) return callAt(h, funcIndex, argc, false);
        // new.target stays the proxy when it was the proxy (10.5.13 step 7).
        return constructAt(h, funcIndex, argc, rn.value);
    }
    JSArray *args = newArray(h, argc);
    if (!args) return Status::Error;
    LocalRoot ra(h, Value::pointer(args));
    for (uint32_t i = 0; i < argc; i++) ENG_TRY(arrayPush(h, args, h.stack[funcIndex + 2 + i]));
    Value trapArgs[3] = {parts.target.value, construct ? ra.value : h.stack[funcIndex + 1],
                         construct ? rn.value : ra.value};
    Value result;
    ENG_TRY(callValue(h, parts.trap.value, parts.handler.value, trapArgs, 3, &result));
    if (construct && !isObjectType(result)) return invariant(h, "construct", "trap returned non-object");
    h.stack[funcIndex] = result;
    h.stackTop = funcIndex + 1;
    return Status::Ok;
}

// ---- the proxy-aware forms --------------------------------------------

Status internalGetPrototypeOf(Heap &h, JSObject *o, JSObject **out) {
    if (isProxyObject(o)) return proxyGetPrototypeOf(h, o, out);
    *out = o->proto;
    return Status::Ok;
}

Status internalIsExtensible(Heap &h, JSObject *o, bool *out) {
    if (isProxyObject(o)) return proxyIsExtensible(h, o, out);
    *out = o->hasFlag(OBJ_EXTENSIBLE);
    return Status::Ok;
}

Status internalPreventExtensions(Heap &h, JSObject *o, bool *ok) {
    if (isProxyObject(o)) return proxyPreventExtensions(h, o, ok);
    o->clearFlag(OBJ_EXTENSIBLE);
    *ok = true;
    return Status::Ok;
}

Status internalGetOwnProperty(Heap &h, JSObject *o, const PropertyKey &key, PropertyDescriptor *desc, bool *found) {
    if (isProxyObject(o)) return proxyGetOwnProperty(h, o, key, desc, found);
    *found = false;
    if (!hasOwnProperty(h, o, key)) return h.hasPending ? Status::Error : Status::Ok;  // makes a lazy "prototype"
    Value v;
    uint8_t attrs;
    if (!getOwnDataOrAccessor(h, o, key, &v, &attrs)) return lookupFailed(h) ? Status::Error : Status::Ok;
    fillDescriptor(v, attrs, desc);
    *found = true;
    return Status::Ok;
}

Status internalHasProperty(Heap &h, JSObject *o, const PropertyKey &key, bool *out) {
    *out = hasProperty(h, o, key);
    return lookupFailed(h) && h.hasPending ? Status::Error : Status::Ok;
}

Status internalOwnKeys(Heap &h, JSObject *o, JSArray *out) {
    if (isProxyObject(o)) return proxyOwnKeys(h, o, out);
    return ownPropertyKeys(h, o, out);
}

Status internalSetPrototypeOf(Heap &h, JSObject *o, JSObject *proto, bool *ok) {
    if (isProxyObject(o)) return proxySetPrototypeOf(h, o, proto, ok);
    *ok = true;
    if (proto == o->proto) return Status::Ok;
    *ok = false;
    if (!o->hasFlag(OBJ_EXTENSIBLE) || o == protoOf(h, PROTO_OBJECT)) return Status::Ok;
    for (JSObject *q = proto; q && !isProxyObject(q); q = q->proto)
        if (q == o) return Status::Ok;  // no cycles
    rcStore(h, o->proto, proto);
    *ok = true;
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_PROXY
