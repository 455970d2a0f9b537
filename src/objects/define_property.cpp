// [[DefineOwnProperty]] (ES5.1 8.12.9) with the Array rules (15.4.5.1),
// property descriptor conversions (8.10.4, 8.10.5) and the integrity levels
// used by Object.seal / Object.freeze.
//
// Where a property lives: index keys with default data attributes stay in
// the array part; an index property that gets other attributes or becomes an
// accessor moves to the property table (the object is then flagged
// OBJ_SPARSE_INDEXES). Virtual properties (array "length", function "length"
// and "name", string wrapper characters and "length") are never stored.
#include "vm/module.h"
#include "heap/refcount.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/format.h"
#include "strings/string.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

const char *const MSG_REDEFINE = "Cannot redefine property: %s";
const char *const MSG_NO_ELEMENT = "Cannot define property %s: no such typed array element";
const char *const MSG_NOT_EXTENSIBLE = "Cannot define property %s, object is not extensible";

Status reject(Heap &h, const PropertyKey &key, bool throwOnFail, bool *defined, const char *fmt) {
    if (defined) *defined = false;
    if (!throwOnFail) return Status::Ok;
    char name[64];
    if (key.isIndex) formatText(name, sizeof name, "%u", static_cast<unsigned>(key.index));
    else describeValue(h, Value::pointer(key.string), name, sizeof name);
    return throwError(h, PROTO_TYPE_ERROR, fmt, name);
}

Accessor *newAccessor(Heap &h, Value getter, Value setter) {
    LocalRoot rg(h, getter), rs(h, setter);
    Accessor *acc = static_cast<Accessor *>(allocGc(h, HeapType::Accessor, sizeof(Accessor)));
    if (!acc) return nullptr;
    rcInit(acc->getter, getter);
    rcInit(acc->setter, setter);
    return acc;
}

void trimElements(JSObject *o) {
    while (o->elemCount() > 0 && o->elems[o->elemCount() - 1].isEmpty()) o->setElemCount(o->elemCount() - 1);
}

// Stores an own property (after validation) where it belongs.
Status storeProperty(Heap &h, JSObject *o, const PropertyKey &key, Value v, uint8_t attrs) {
    if (!key.isIndex) return defineOwn(h, o, key.string, v, attrs);
    if (attrs == ATTR_DEFAULT && hasElement(o, key.index)) {
        rcStore(h, o->elems[key.index], v);
        return Status::Ok;
    }
    LocalRoot ro(h, Value::pointer(o)), rv(h, v);
    HString *ks = nullptr;
    if (o->hasFlag(OBJ_SPARSE_INDEXES) || attrs != ATTR_DEFAULT) {
        ks = keyToString(h, key);
        if (!ks) return Status::Error;
    }
    if (ks) ENG_TRY(ownPropsInRam(h, o));
    PropRef existing = ks && o->hasFlag(OBJ_SPARSE_INDEXES) ? findOwnProp(o, ks) : PropRef();
    if (attrs == ATTR_DEFAULT && !existing) return setElement(h, o, key.index, v);
    if (existing) {
        rcStore(h, existing->value(), v);
        existing->setAttrs(attrs);
        return Status::Ok;
    }
    LocalRoot rk(h, Value::pointer(ks));
    o->setFlag(OBJ_SPARSE_INDEXES);
    ENG_TRY(defineOwn(h, o, ks, v, attrs));
    if (hasElement(o, key.index)) {
        rcStore(h, o->elems[key.index], Value::empty());
        trimElements(o);
    }
    if (o->cls() == ObjectClass::Array) {
        JSArray *a = static_cast<JSArray *>(o);
        if (key.index >= a->length) a->length = key.index + 1;
    }
    return Status::Ok;
}

uint8_t setBit(uint8_t attrs, uint8_t bit, bool on) {
    return static_cast<uint8_t>(on ? (attrs | bit) : (attrs & ~bit));
}

// Properties reported by getOwnDataOrAccessor that have no storage.
bool isVirtual(JSObject *o, const PropertyKey &key) {
    if (!key.isIndex) return !findOwnProp(o, key.string);
    if (hasElement(o, key.index) || o->cls() != ObjectClass::String) return false;
    return key.index < asString(static_cast<JSPrimitiveWrapper *>(o)->primitive)->length;
}

Status defineOrdinary(Heap &h, JSObject *o, const PropertyKey &key, const PropertyDescriptor &desc,
                      bool throwOnFail, bool *defined) {
    uint8_t f = desc.fields;
    Value cur;
    uint8_t attrs;
    bool exists = getOwnDataOrAccessor(h, o, key, &cur, &attrs);
    if (!exists && lookupFailed(h)) return Status::Error;  // out of memory on a virtual property
    if (!exists) {
        if (!o->hasFlag(OBJ_EXTENSIBLE)) return reject(h, key, throwOnFail, defined, MSG_NOT_EXTENSIBLE);
        uint8_t na = 0;
        if ((f & DESC_ENUMERABLE) && desc.enumerable) na |= ATTR_ENUMERABLE;
        if ((f & DESC_CONFIGURABLE) && desc.configurable) na |= ATTR_CONFIGURABLE;
        if (desc.isAccessor()) {
            Accessor *acc = newAccessor(h, desc.get.value, desc.set.value);
            if (!acc) return Status::Error;
            return storeProperty(h, o, key, Value::pointer(acc), static_cast<uint8_t>(na | ATTR_ACCESSOR));
        }
        if ((f & DESC_WRITABLE) && desc.writable) na |= ATTR_WRITABLE;
        return storeProperty(h, o, key, desc.value.value, na);
    }
    if (f == 0) return Status::Ok;
    bool configurable = (attrs & ATTR_CONFIGURABLE) != 0;
    bool curAccessor = (attrs & ATTR_ACCESSOR) != 0;
    if (!configurable) {
        if ((f & DESC_CONFIGURABLE) && desc.configurable) return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
        if ((f & DESC_ENUMERABLE) && desc.enumerable != ((attrs & ATTR_ENUMERABLE) != 0))
            return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
    }
    Value curGet = Value::undefined(), curSet = Value::undefined();
    if (curAccessor) {
        curGet = static_cast<Accessor *>(cur.asPointer())->getter;
        curSet = static_cast<Accessor *>(cur.asPointer())->setter;
    }
    bool toAccessor = curAccessor;
    if (desc.isAccessor() || desc.isData()) {
        if (curAccessor != desc.isAccessor()) {
            if (!configurable) return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
            // Converting keeps [[Configurable]] and [[Enumerable]] only.
            toAccessor = desc.isAccessor();
            attrs = static_cast<uint8_t>(attrs & (ATTR_ENUMERABLE | ATTR_CONFIGURABLE));
            cur = curGet = curSet = Value::undefined();
        } else if (!curAccessor) {
            if (!configurable && !(attrs & ATTR_WRITABLE)) {
                if ((f & DESC_WRITABLE) && desc.writable) return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
                if ((f & DESC_VALUE) && !sameValue(desc.value.value, cur))
                    return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
            }
        } else if (!configurable) {
            if ((f & DESC_SET) && !sameValue(desc.set.value, curSet))
                return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
            if ((f & DESC_GET) && !sameValue(desc.get.value, curGet))
                return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
        }
    }
    if (isVirtual(o, key)) {
        // Non-configurable virtual properties cannot have changed; a
        // configurable one (a function's length or name) becomes a stored one.
        if (!configurable) return Status::Ok;
        hideVirtualProperty(h, o, key);
    }
    if (f & DESC_CONFIGURABLE) attrs = setBit(attrs, ATTR_CONFIGURABLE, desc.configurable);
    if (f & DESC_ENUMERABLE) attrs = setBit(attrs, ATTR_ENUMERABLE, desc.enumerable);
    if (toAccessor) {
        LocalRoot rg(h, curGet), rs(h, curSet);
        Accessor *acc = newAccessor(h, (f & DESC_GET) ? desc.get.value : curGet, (f & DESC_SET) ? desc.set.value : curSet);
        if (!acc) return Status::Error;
        return storeProperty(h, o, key, Value::pointer(acc), static_cast<uint8_t>(attrs | ATTR_ACCESSOR));
    }
    if (f & DESC_WRITABLE) attrs = setBit(attrs, ATTR_WRITABLE, desc.writable);
    if (f & DESC_VALUE) cur = desc.value.value;
    return storeProperty(h, o, key, cur, attrs);
}

// 15.4.5.1 steps 3.a-3.n: "length" of an array.
Status defineArrayLength(Heap &h, JSArray *a, const PropertyKey &key, const PropertyDescriptor &desc,
                         bool throwOnFail, bool *defined) {
    uint8_t f = desc.fields;
    uint32_t newLen = a->length;
    if (f & DESC_VALUE) {
        double d;
        ENG_TRY(toNumber(h, desc.value.value, &d));
        newLen = static_cast<uint32_t>(d >= 0 && d < 4294967296.0 ? d : 0);
        if (static_cast<double>(newLen) != d) return throwError(h, PROTO_RANGE_ERROR, "Invalid array length");
    }
    if (((f & DESC_CONFIGURABLE) && desc.configurable) || ((f & DESC_ENUMERABLE) && desc.enumerable) ||
        desc.isAccessor())
        return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
    bool makeReadonly = (f & DESC_WRITABLE) && !desc.writable;
    if (a->hasFlag(OBJ_LENGTH_READONLY)) {
        if (((f & DESC_WRITABLE) && desc.writable) || newLen != a->length)
            return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
        return Status::Ok;
    }
    if (newLen >= a->length) {
        a->length = newLen;
    } else {
        bool complete;
        ENG_TRY(setArrayLengthChecked(h, a, newLen, &complete));
        if (!complete) {
            if (makeReadonly) a->setFlag(OBJ_LENGTH_READONLY);
            if (defined) *defined = false;
            if (!throwOnFail) return Status::Ok;
            return throwError(h, PROTO_TYPE_ERROR, "Cannot delete property '%u' of [object Array]",
                              static_cast<unsigned>(a->length - 1));
        }
    }
    if (makeReadonly) a->setFlag(OBJ_LENGTH_READONLY);
    return Status::Ok;
}

// Removes the storage of own index property i (array part or table).
Status removeIndexStorage(Heap &h, JSObject *o, uint32_t i) {
    if (hasElement(o, i)) {
        rcStore(h, o->elems[i], Value::empty());
        trimElements(o);
        return Status::Ok;
    }
    if (!o->hasFlag(OBJ_SPARSE_INDEXES)) return Status::Ok;
    HString *ks = keyToString(h, PropertyKey{nullptr, i, true});
    if (!ks) return Status::Error;
    return removeOwnProp(h, o, ks);
}

// 10.6 [[DefineOwnProperty]] of a mapped index of an arguments object: the
// property is made ordinary (with the variable's value), the ordinary
// algorithm runs, and then the index is mapped again unless it became an
// accessor or non-writable; a given value is also stored in the variable.
Status defineMappedArgument(Heap &h, JSArguments *a, const PropertyKey &key, const PropertyDescriptor &desc,
                            bool throwOnFail, bool *defined) {
    uint32_t i = key.index;
    Box *b = a->map[i];
    LocalRoot rb(h, Value::pointer(b));
    uint8_t attrs = a->mapAttrs()[i];
    rcStore(h, a->map[i], static_cast<Box *>(nullptr));
    Status st = storeProperty(h, a, key, b->value, attrs);
    bool ok = true;
    if (st == Status::Ok) st = defineOrdinary(h, a, key, desc, throwOnFail, &ok);
    if (st != Status::Ok || !ok) {
        bool pending = h.hasPending;
        Value exc = h.pending;
        LocalRoot re(h, exc);
        h.hasPending = false;
        Status rs = removeIndexStorage(h, a, i);
        if (rs == Status::Ok) {
            h.hasPending = pending;
            h.pending = exc;
        }
        rcStore(h, a->map[i], b);
        if (defined) *defined = false;
        return rs == Status::Ok ? st : rs;
    }
    if (desc.isAccessor()) return Status::Ok;
    if (desc.fields & DESC_VALUE) rcStore(h, b->value, desc.value.value);
    if ((desc.fields & DESC_WRITABLE) && !desc.writable) return Status::Ok;
    Value cur;
    uint8_t now = ATTR_DEFAULT;
    if (getOwnDataOrAccessor(h, a, key, &cur, &now)) {
        rcStore(h, b->value, cur);
    }
    ENG_TRY(removeIndexStorage(h, a, i));
    a->mapAttrs()[i] = now;
    rcStore(h, a->map[i], b);
    return Status::Ok;
}

Status materializeLazyPrototype(Heap &h, JSObject *o) {
    if (!o->hasFlag(OBJ_LAZY_PROTOTYPE)) return Status::Ok;
    (void)hasOwnProperty(h, o, PropertyKey{atom(h, ATOM_prototype), 0, false});  // makes it
    if (o->hasFlag(OBJ_LAZY_PROTOTYPE)) return throwOutOfMemory(h);
    return Status::Ok;
}

}  // namespace

Status defineOwnProperty(Heap &h, JSObject *o, const PropertyKey &key, const PropertyDescriptor &desc,
                         bool throwOnFail, bool *defined) {
    if (defined) *defined = true;
#if ENG_PROXY
    if (isProxyObject(o)) {
        bool ok;
        ENG_TRY(proxyDefineOwnProperty(h, o, key, desc, &ok));
        if (defined) *defined = ok;
        if (ok || !throwOnFail) return Status::Ok;
        return throwError(h, PROTO_TYPE_ERROR, "'defineProperty' on proxy: trap returned falsish");
    }
#endif
    LocalRoot ro(h, Value::pointer(o)), rk(h, key.isIndex ? Value() : Value::pointer(key.string));
    if (!key.isIndex && key.string == atom(h, ATOM_prototype)) ENG_TRY(materializeLazyPrototype(h, o));
    if (o->cls() == ObjectClass::Array) {
        JSArray *a = static_cast<JSArray *>(o);
        if (!key.isIndex && key.string == atom(h, ATOM_length))
            return defineArrayLength(h, a, key, desc, throwOnFail, defined);
        if (key.isIndex && key.index >= a->length && a->hasFlag(OBJ_LENGTH_READONLY))
            return reject(h, key, throwOnFail, defined, MSG_NOT_EXTENSIBLE);
    }
#if ENG_MODULES
    if (isModuleNamespace(o) && (key.isIndex || !isSymbolKey(key.string))) {  // ES2023 10.4.6.6
        bool accepted;
        ENG_TRY(namespaceDefineOwn(h, o, key, desc, &accepted));
        return accepted ? Status::Ok : reject(h, key, throwOnFail, defined, MSG_REDEFINE);
    }
#endif
    if (typedArrayNumericKey(h, o, key)) {  // ES2024 10.4.5.3: only a plain element write
        JSArrayBufferView *ta = static_cast<JSArrayBufferView *>(o);
        if (!key.isIndex || key.index >= viewLength(ta)) return reject(h, key, throwOnFail, defined, MSG_NO_ELEMENT);
        if (((desc.fields & DESC_CONFIGURABLE) && !desc.configurable) || ((desc.fields & DESC_ENUMERABLE) && !desc.enumerable) ||
            desc.isAccessor() || ((desc.fields & DESC_WRITABLE) && !desc.writable))
            return reject(h, key, throwOnFail, defined, MSG_REDEFINE);
        if (!(desc.fields & DESC_VALUE)) return Status::Ok;
        bool written;
        ENG_TRY(typedArraySetElement(h, ta, key.index, desc.value.value, &written));
        return written ? Status::Ok : reject(h, key, throwOnFail, defined, MSG_REDEFINE);
    }
    if (key.isIndex && mappedBox(o, key.index))
        return defineMappedArgument(h, static_cast<JSArguments *>(o), key, desc, throwOnFail, defined);
    return defineOrdinary(h, o, key, desc, throwOnFail, defined);
}

Status toPropertyDescriptor(Heap &h, Value obj, PropertyDescriptor *out) {
    if (!isObjectType(obj)) {
        char buf[64];
        describeValue(h, obj, buf, sizeof buf);
        return throwError(h, PROTO_TYPE_ERROR, "Property description must be an object: %s", buf);
    }
    LocalRoot ro(h, obj);
    JSObject *o;
    ENG_TRY(toObject(h, obj, &o));  // a lightfunc's object
    static const char *const names[6] = {"enumerable", "configurable", "value", "writable", "get", "set"};
    static const uint8_t bits[6] = {DESC_ENUMERABLE, DESC_CONFIGURABLE, DESC_VALUE, DESC_WRITABLE, DESC_GET, DESC_SET};
    out->fields = 0;
    for (int i = 0; i < 6; i++) {
        HString *name = internCString(h, names[i]);
        if (!name) return Status::Error;
        LocalRoot rn(h, Value::pointer(name));
        PropertyKey k{name, 0, false};
        if (!hasProperty(h, o, k)) {
            if (ENG_PROXY && lookupFailed(h) && h.hasPending) return Status::Error;  // a proxy's has trap threw
            continue;
        }
        Value v;
        ENG_TRY(getProperty(h, o, k, obj, &v));
        out->fields |= bits[i];
        switch (bits[i]) {
        case DESC_ENUMERABLE: out->enumerable = toBoolean(v); break;
        case DESC_CONFIGURABLE: out->configurable = toBoolean(v); break;
        case DESC_WRITABLE: out->writable = toBoolean(v); break;
        case DESC_VALUE: out->value.value = v; break;
        case DESC_GET:
        case DESC_SET:
            if (!v.isUndefined() && !isCallable(v)) {
                char buf[64];
                describeValue(h, v, buf, sizeof buf);
                return throwError(h, PROTO_TYPE_ERROR, "%s must be a function: %s",
                                  bits[i] == DESC_GET ? "Getter" : "Setter", buf);
            }
            (bits[i] == DESC_GET ? out->get : out->set).value = v;
            break;
        }
    }
    if (out->isAccessor() && out->isData())
        return throwError(h, PROTO_TYPE_ERROR,
                          "Invalid property descriptor. Cannot both specify accessors and a value or "
                          "writable attribute, #<Object>");
    return Status::Ok;
}

Status fromPropertyDescriptor(Heap &h, Value value, uint8_t attrs, Value *out) {
    LocalRoot rv(h, value);
    JSObject *d = newPlainObject(h);
    if (!d) return Status::Error;
    LocalRoot rd(h, Value::pointer(d));
    struct Field {
        const char *name;
        Value v;
    } fields[4];
    if (attrs & ATTR_ACCESSOR) {
        Accessor *acc = static_cast<Accessor *>(value.asPointer());
        fields[0] = {"get", acc->getter};
        fields[1] = {"set", acc->setter};
    } else {
        fields[0] = {"value", value};
        fields[1] = {"writable", Value::boolean((attrs & ATTR_WRITABLE) != 0)};
    }
    fields[2] = {"enumerable", Value::boolean((attrs & ATTR_ENUMERABLE) != 0)};
    fields[3] = {"configurable", Value::boolean((attrs & ATTR_CONFIGURABLE) != 0)};
    for (int i = 0; i < 4; i++) {
        // fields[0..1] values are reachable from rv (the value or its accessor).
        HString *name = internCString(h, fields[i].name);
        if (!name) return Status::Error;
        ENG_TRY(defineOwn(h, d, name, fields[i].v, ATTR_DEFAULT));
    }
    *out = Value::pointer(d);
    return Status::Ok;
}

Status setIntegrityLevel(Heap &h, JSObject *o, bool freeze) {
    LocalRoot ro(h, Value::pointer(o));
#if ENG_MODULES
    // A namespace's exports refuse to become read-only (10.4.6.6).
    for (uint32_t i = 0; freeze && isModuleNamespace(o) && i < ownPropCount(o); i++)
        if (propAt(o, i).attrs() & ATTR_ACCESSOR)
            return throwError(h, PROTO_TYPE_ERROR, "Cannot freeze a module namespace object");
#endif
    ENG_TRY(materializeLazyPrototype(h, o));
    // Mapped arguments stay mapped when sealed; freezing makes them ordinary
    // non-writable properties (10.6 [[DefineOwnProperty]] step 5.b.ii).
    for (uint32_t i = 0; i < mappedSlots(o); i++) {
        JSArguments *a = static_cast<JSArguments *>(o);
        Box *b = a->map[i];
        if (!b) continue;
        if (!freeze) {
            a->mapAttrs()[i] = static_cast<uint8_t>(a->mapAttrs()[i] & ~ATTR_CONFIGURABLE);
            continue;
        }
        LocalRoot rb(h, Value::pointer(b));
        rcStore(h, a->map[i], static_cast<Box *>(nullptr));
        Status st = storeProperty(h, o, PropertyKey{nullptr, i, true}, b->value, a->mapAttrs()[i]);
        if (st != Status::Ok) {
            rcStore(h, a->map[i], b);
            return st;
        }
    }
    // Elements get non-default attributes: move them to the property table.
    for (uint32_t i = 0; i < o->elemCount(); i++) {
        if (o->elems[i].isEmpty()) continue;
        HString *ks = keyToString(h, PropertyKey{nullptr, i, true});
        if (!ks) return Status::Error;
        o->setFlag(OBJ_SPARSE_INDEXES);
        ENG_TRY(defineOwn(h, o, ks, o->elems[i], ATTR_DEFAULT));
        rcStore(h, o->elems[i], Value::empty());
    }
    o->setElemCount(0);
    // A function's virtual length and name (configurable) become own
    // properties so that they can lose configurable like the others.
    if (o->isCallable()) {
        const uint8_t hidden[2] = {OBJ_NO_VIRTUAL_LENGTH, OBJ_NO_VIRTUAL_NAME};
        const Atom names[2] = {ATOM_length, ATOM_name};
        for (int i = 0; i < 2; i++) {
            if (o->hasFlag(hidden[i])) continue;
            Value v;
            uint8_t attrs;
            if (!getOwnDataOrAccessor(h, o, keyFromString(atom(h, names[i])), &v, &attrs)) continue;
            if (findOwnProp(o, atom(h, names[i]))) continue;  // already an own property
            ENG_TRY(defineOwn(h, o, atom(h, names[i]), v, attrs));
            o->setFlag(hidden[i]);
        }
    }
    ENG_TRY(ownPropsInRam(h, o));
    for (uint32_t i = 0; i < ownPropCount(o); i++) {
        if (isPrivateKey(propAt(o, i).key())) continue;
        uint8_t a = static_cast<uint8_t>(propAt(o, i).attrs() & ~ATTR_CONFIGURABLE);
        if (freeze && !(a & ATTR_ACCESSOR)) a = static_cast<uint8_t>(a & ~ATTR_WRITABLE);
        propAt(o, i).setAttrs(a);
    }
    if (freeze && o->cls() == ObjectClass::Array) o->setFlag(OBJ_LENGTH_READONLY);
    o->clearFlag(OBJ_EXTENSIBLE);
    return Status::Ok;
}

bool testIntegrityLevel(Heap &, JSObject *o, bool frozen) {
    if (o->hasFlag(OBJ_EXTENSIBLE)) return false;
    for (uint32_t i = 0; i < mappedSlots(o); i++) {
        JSArguments *a = static_cast<JSArguments *>(o);
        if (a->map[i] && (frozen || (a->mapAttrs()[i] & ATTR_CONFIGURABLE))) return false;  // mapped: writable
    }
    for (uint32_t i = 0; i < o->elemCount(); i++)
        if (!o->elems[i].isEmpty()) return false;  // array part: configurable
    for (uint32_t i = 0; i < ownPropCount(o); i++) {
        uint8_t a = propAt(o, i).attrs();
        if (isPrivateKey(propAt(o, i).key())) continue;
        if (a & ATTR_CONFIGURABLE) return false;
        if (frozen && !(a & ATTR_ACCESSOR) && (a & ATTR_WRITABLE)) return false;
#if ENG_MODULES
        if (frozen && (a & ATTR_ACCESSOR) && isModuleNamespace(o)) return false;  // an export: writable data
#endif
    }
    if (frozen && o->cls() == ObjectClass::Array && !o->hasFlag(OBJ_LENGTH_READONLY)) return false;
    if (frozen && o->hasFlag(OBJ_LAZY_PROTOTYPE)) return false;  // "prototype" would be writable
    if (o->isCallable() && (!o->hasFlag(OBJ_NO_VIRTUAL_LENGTH) || !o->hasFlag(OBJ_NO_VIRTUAL_NAME)))
        return false;  // virtual length and name: configurable
    return true;
}

}  // namespace eng
