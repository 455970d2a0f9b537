// The property algorithms: [[GetOwnProperty]], [[Get]], [[Put]], [[Delete]],
// [[HasProperty]], with the virtual properties of arrays, functions and
// string wrappers, and property access on primitive values.
#include "vm/module.h"
#include <string.h>

#include "heap/refcount.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/format.h"
#include "strings/numconv.h"
#include "strings/string.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/lightfunc.h"
#include "vm/symbol.h"
#include "value/bigint.h"

namespace eng {

namespace {

// Looks an index key up in the intern table without creating it: a string
// that is not interned cannot be a property key anywhere.
HString *findIndexString(Heap &h, uint32_t index) {
    char buf[16];
    size_t n = formatUint32(index, buf);
    // internLatin1 would create the string; a lookup alone is enough here,
    // but creating a short string is harmless apart from the allocation.
    return internLatin1(h, reinterpret_cast<const uint8_t *>(buf), static_cast<uint32_t>(n));
}

bool isFunctionObject(JSObject *o) { return o->isCallable(); }

// Makes a closure's "prototype" object on first use.
Status materializePrototype(Heap &h, JSObject *o) {
    if (!o->hasFlag(OBJ_LAZY_PROTOTYPE)) return Status::Ok;
    o->clearFlag(OBJ_LAZY_PROTOTYPE);
    LocalRoot root(h, Value::pointer(o));
    // A generator function's prototype inherits %GeneratorPrototype% and has
    // no constructor (ES2015 14.4.13).
    uint32_t flags = o->cls() == ObjectClass::Closure ? static_cast<JSClosure *>(o)->tmpl->header->flags : 0;
    JSObject *parent = (flags & FN_GENERATOR) ? h.generatorProtos[1] : nullptr;
#if ENG_ASYNC_GENERATORS
    // An async generator function's: %AsyncGeneratorPrototype% (made with the function).
    if ((flags & FN_ASYNC) && (flags & FN_GENERATOR)) parent = lateIntrinsic(h, LATE_ASYNC_GENERATOR_PROTOTYPE);
#endif
    bool generator = parent != nullptr;
    JSObject *proto = generator ? newObject(h, parent) : newPlainObject(h);
    if (!proto) {
        o->setFlag(OBJ_LAZY_PROTOTYPE);
        return Status::Error;
    }
    LocalRoot protoRoot(h, Value::pointer(proto));
    if (!generator) ENG_TRY(defineOwn(h, proto, atom(h, ATOM_constructor), Value::pointer(o), ATTR_HIDDEN));
    return defineOwn(h, o, atom(h, ATOM_prototype), Value::pointer(proto), ATTR_WRITABLE);
}

Status prepareKey(Heap &h, JSObject *o, const PropertyKey &key) {
    if (key.isIndex) return Status::Ok;
    if (key.string == atom(h, ATOM_prototype)) return materializePrototype(h, o);
    return Status::Ok;
}

HString *functionName(Heap &h, JSObject *o) {
    if (o->cls() == ObjectClass::Closure) {
        HString *n = static_cast<JSClosure *>(o)->tmpl->name;
        return n ? n : atom(h, ATOM_empty);
    }
    if (o->cls() == ObjectClass::Bound) return static_cast<JSBound *>(o)->name;
    HString *n = static_cast<JSNative *>(o)->name;
    return n ? n : atom(h, ATOM_empty);
}

int functionLength(JSObject *o) {
    if (o->cls() == ObjectClass::Closure) return static_cast<JSClosure *>(o)->tmpl->header->length;
    if (o->cls() == ObjectClass::Bound) return static_cast<int>(static_cast<JSBound *>(o)->length);
    int n = static_cast<JSNative *>(o)->length;
    return n < 0 ? 0 : n;
}

}  // namespace

// A key a typed array answers itself, never its prototype chain
// (ES2024 10.4.5: CanonicalNumericIndexString keys).
#if ENG_TYPED_ARRAYS
bool typedArrayNumericKey(Heap &h, const JSObject *o, const PropertyKey &key) {
    return o->cls() == ObjectClass::TypedArray && (key.isIndex || isCanonicalNumericNonIndex(h, key.string));
}
#endif

PropertyKey keyFromString(HString *s) {
    uint32_t index;
    if (stringArrayIndex(s, &index)) return PropertyKey{nullptr, index, true};
    return PropertyKey{s, 0, false};
}

Status toPropertyKey(Heap &h, Value key, PropertyKey *out) {
    if (key.isSmallInt() && key.asSmallInt() >= 0) {
        *out = PropertyKey{nullptr, static_cast<uint32_t>(key.asSmallInt()), true};
        return Status::Ok;
    }
    if (isNumber(key)) {
        double d = numberOf(key);
        if (d >= 0 && d < 4294967295.0 && d == static_cast<double>(static_cast<uint32_t>(d)) &&
            !(d == 0 && signbit(d))) {
            *out = PropertyKey{nullptr, static_cast<uint32_t>(d), true};
            return Status::Ok;
        }
    }
    if (isSymbol(key)) {  // laid out as a string, so it keys a property table as one
        *out = PropertyKey{asString(key), 0, false};
        return Status::Ok;
    }
    if (isObjectType(key)) {  // ToPrimitive(hint String) may give a symbol (ES2015 7.1.14)
        Value p;
        ENG_TRY(toPrimitive(h, key, Hint::String, &p));
        if (isSymbol(p)) {
            *out = PropertyKey{asString(p), 0, false};
            return Status::Ok;
        }
        key = p;
    }
    HString *s;
    ENG_TRY(toString(h, key, &s));
    *out = keyFromString(s);
    return Status::Ok;
}

HString *keyToString(Heap &h, const PropertyKey &key) {
    if (!key.isIndex) return key.string;
    char buf[16];
    size_t n = formatUint32(key.index, buf);
    return internLatin1(h, reinterpret_cast<const uint8_t *>(buf), static_cast<uint32_t>(n));
}

bool getOwnDataOrAccessor(Heap &h, JSObject *o, const PropertyKey &key, Value *value, uint8_t *attrs) {
    h.ownLookupFailed = false;
    if (o->cls() == ObjectClass::TypedArray && typedArrayNumericKey(h, o, key)) {
        JSArrayBufferView *ta = static_cast<JSArrayBufferView *>(o);
        if (!key.isIndex || key.index >= viewLength(ta)) return false;
        if (elementValue(h, ta->kind, viewData(ta) + static_cast<size_t>(key.index) * elementSizes[ta->kind], value) !=
            Status::Ok)
            return failLookup(h);
        *attrs = ATTR_DEFAULT;
        return true;
    }
    if (key.isIndex) {
        if (Box *b = mappedBox(o, key.index)) {
            *value = b->value;
            *attrs = static_cast<JSArguments *>(o)->mapAttrs()[key.index];
            return true;
        }
        if (hasElement(o, key.index)) {
            *value = o->elems[key.index];
            *attrs = ATTR_DEFAULT;
            return true;
        }
        if (o->cls() == ObjectClass::String) {
            HString *s = asString(static_cast<JSPrimitiveWrapper *>(o)->primitive);
            if (key.index < s->length) {
                HString *c = substring(h, s, key.index, key.index + 1);
                if (!c) return failLookup(h);
                *value = Value::pointer(c);
                *attrs = ATTR_ENUMERABLE;
                return true;
            }
        }
        if (!o->hasFlag(OBJ_SPARSE_INDEXES)) return false;
        HString *s = findIndexString(h, key.index);
        if (!s) return false;
        PropRef p = findOwnProp(o, s);
        if (!p) return false;
        *value = p->value();
        *attrs = p->attrs();
#if ENG_MODULES
        if (isModuleNamespace(o) && (*attrs & ATTR_ACCESSOR)) return namespaceBindingValue(h, *value, value, attrs);
#endif
        return resolveTableValue(h, value) == Status::Ok || failLookup(h);
    }
    if (PropRef p = findOwnProp(o, key.string)) {
        // A built-in object not made yet is made now.
        *value = p->value();
        *attrs = p->attrs();
#if ENG_MODULES
        // A module namespace's export: the binding's value (vm/module.h).
        if (isModuleNamespace(o) && (*attrs & ATTR_ACCESSOR)) return namespaceBindingValue(h, *value, value, attrs);
#endif
        return resolveTableValue(h, value) == Status::Ok || failLookup(h);
    }
    if (key.string == atom(h, ATOM_length)) {
        if (o->cls() == ObjectClass::Array) {
            uint32_t len = static_cast<JSArray *>(o)->length;
            if (len <= static_cast<uint32_t>(Value::SMALL_INT_MAX)) *value = Value::smallInt(static_cast<int32_t>(len));
            else if (makeNumber(h, len, value) != Status::Ok) return failLookup(h);
            *attrs = o->hasFlag(OBJ_LENGTH_READONLY) ? 0 : ATTR_WRITABLE;
            return true;
        }
        if (isFunctionObject(o) && !o->hasFlag(OBJ_NO_VIRTUAL_LENGTH)) {
            // Configurable since ES2015 (test262 checks it); never writable.
            *value = Value::smallInt(functionLength(o));
            *attrs = ATTR_CONFIGURABLE;
            return true;
        }
        if (o->cls() == ObjectClass::String) {
            *value = Value::smallInt(static_cast<int32_t>(asString(static_cast<JSPrimitiveWrapper *>(o)->primitive)->length));
            *attrs = 0;
            return true;
        }
    }
    if (key.string == atom(h, ATOM_name) && isFunctionObject(o) && !o->hasFlag(OBJ_NO_VIRTUAL_NAME)) {
        *value = Value::pointer(functionName(h, o));
        *attrs = ATTR_CONFIGURABLE;
        return true;
    }
    return false;
}

Status getProperty(Heap &h, JSObject *o, const PropertyKey &key, Value receiver, Value *out) {
    for (JSObject *cur = o; cur; cur = cur->proto) {
        if (typedArrayNumericKey(h, cur, key)) {  // the element, or undefined: never the prototype chain
            JSArrayBufferView *ta = static_cast<JSArrayBufferView *>(cur);
            if (!key.isIndex || key.index >= viewLength(ta)) {
                *out = Value::undefined();
                return Status::Ok;
            }
            return elementValue(h, ta->kind, viewData(ta) + static_cast<size_t>(key.index) * elementSizes[ta->kind], out);
        }
        if (cur->hasFlag(OBJ_LAZY_PROTOTYPE) && !key.isIndex && key.string == atom(h, ATOM_prototype))
            ENG_TRY(materializePrototype(h, cur));
        Value v;
        uint8_t attrs;
        if (getOwnDataOrAccessor(h, cur, key, &v, &attrs)) {
            if (!(attrs & ATTR_ACCESSOR)) {
                *out = v;
                return Status::Ok;
            }
            Accessor *acc = static_cast<Accessor *>(v.asPointer());
            if (acc->getter.isUndefined()) {
                *out = Value::undefined();
                return Status::Ok;
            }
            return callValue(h, acc->getter, receiver, nullptr, 0, out);
        }
        if (lookupFailed(h)) return Status::Error;
#if ENG_PROXY
        // A proxy has no own properties and a null prototype: the end of a
        // chain, so only the last object needs the test.
        if (!cur->proto && isProxyObject(cur)) return proxyGet(h, cur, key, receiver, out);
#endif
    }
    *out = Value::undefined();
    return Status::Ok;
}

namespace {

Status failPut(Heap &h, const PropertyKey &key, bool strict, const char *why) {
    if (!strict) return Status::Ok;
    char name[64];
    if (key.isIndex) formatText(name, sizeof name, "%u", static_cast<unsigned>(key.index));
    else describeValue(h, Value::pointer(key.string), name, sizeof name);
    return throwError(h, PROTO_TYPE_ERROR, "Cannot assign to %s property '%s'", why, name);
}

#if ENG_PROXY
// A proxy's [[Set]]; false throws in strict code.
Status proxyPut(Heap &h, JSObject *p, const PropertyKey &key, Value v, Value receiver, bool strict) {
    bool ok;
    ENG_TRY(proxySet(h, p, key, v, receiver, &ok));
    if (ok || !strict) return Status::Ok;
    char name[64];
    if (key.isIndex) formatText(name, sizeof name, "%u", static_cast<unsigned>(key.index));
    else describeValue(h, Value::pointer(key.string), name, sizeof name);
    return throwError(h, PROTO_TYPE_ERROR, "'set' on proxy: trap returned falsish for property '%s'", name);
}
#endif

Status setArrayLengthValue(Heap &h, JSArray *a, Value v, bool strict) {
    double d;
    ENG_TRY(toNumber(h, v, &d));
    uint32_t len = static_cast<uint32_t>(d >= 0 && d < 4294967296.0 ? d : 0);
    if (static_cast<double>(len) != d) return throwError(h, PROTO_RANGE_ERROR, "Invalid array length");
    bool complete;
    ENG_TRY(setArrayLengthChecked(h, a, len, &complete));
    if (complete || !strict) return Status::Ok;
    return throwError(h, PROTO_TYPE_ERROR, "Cannot delete property '%u' of [object Array]",
                      static_cast<unsigned>(a->length - 1));
}

Status createOwn(Heap &h, JSObject *o, const PropertyKey &key, Value v) {
    if (key.isIndex) return setElement(h, o, key.index, v);
    return defineOwn(h, o, key.string, v, ATTR_DEFAULT);
}

}  // namespace

Status putProperty(Heap &h, JSObject *o, const PropertyKey &key, Value v, Value receiver, bool strict) {
    if (typedArrayNumericKey(h, o, key) && receiver.isPointer() && receiver.asPointer() == o) {
        bool written = true;  // ToNumber runs even for a key that names no element
        ENG_TRY(typedArraySetElement(h, static_cast<JSArrayBufferView *>(o), key.isIndex ? key.index : UINT32_MAX, v, &written));
        return written ? Status::Ok : failPut(h, key, strict, "read only");
    }
#if ENG_MODULES
    if (isModuleNamespace(o)) return failPut(h, key, strict, "a module namespace's");  // [[Set]] is false (10.4.6.9)
#endif
#if ENG_PROXY
    if (isProxyObject(o)) return proxyPut(h, o, key, v, receiver, strict);
#endif
    ENG_TRY(prepareKey(h, o, key));
    // Fast path: an existing own data property.
    if (key.isIndex && hasElement(o, key.index)) {
        rcStore(h, o->elems[key.index], v);
        return Status::Ok;
    }
    // A mapped arguments index is a writable data property: the variable.
    if (key.isIndex) {
        if (Box *b = mappedBox(o, key.index)) {
            rcStore(h, b->value, v);
            return Status::Ok;
        }
    }
    for (JSObject *cur = o; cur; cur = cur->proto) {
        Value cv;
        uint8_t attrs;
        if (typedArrayNumericKey(h, cur, key)) {
            // No such element: nothing is written. An element of a typed
            // array on the chain is writable data: the receiver gets its own.
            if (!key.isIndex || key.index >= viewLength(static_cast<JSArrayBufferView *>(cur))) return Status::Ok;
            if (cur != o) break;
            bool written;
            ENG_TRY(typedArraySetElement(h, static_cast<JSArrayBufferView *>(cur), key.index, v, &written));
            return written ? Status::Ok : failPut(h, key, strict, "read only");
        }
        if (!getOwnDataOrAccessor(h, cur, key, &cv, &attrs)) {
            if (lookupFailed(h)) return Status::Error;
#if ENG_PROXY
            if (!cur->proto && isProxyObject(cur)) return proxyPut(h, cur, key, v, receiver, strict);  // (as in getProperty)
#endif
            continue;
        }
        if (attrs & ATTR_ACCESSOR) {
            Accessor *acc = static_cast<Accessor *>(cv.asPointer());
            if (acc->setter.isUndefined()) return failPut(h, key, strict, "getter-only");
            Value ignored;
            return callValue(h, acc->setter, receiver, &v, 1, &ignored);
        }
        if (!(attrs & ATTR_WRITABLE)) return failPut(h, key, strict, "read only");
        if (cur != o) break;  // inherited writable data: create an own one
        // A primitive base found the property on its prototype, which is
        // not the receiver: nothing is written (ES2023 10.1.9.2 step 2.c).
        if (!isReceiver(h, receiver, o)) return failPut(h, key, strict, "a primitive value's");
        if (!key.isIndex && key.string == atom(h, ATOM_length) && o->cls() == ObjectClass::Array &&
            !findOwnProp(o, key.string))
            return setArrayLengthValue(h, static_cast<JSArray *>(o), v, strict);
        if (key.isIndex) return setElement(h, o, key.index, v);
        if (flashBacked(o, key.string)) {
            LocalRoot vr(h, v), kr(h, Value::pointer(key.string));
            ENG_TRY(ownPropsInRam(h, o));
        }
        rcStore(h, findOwnProp(o, key.string)->value(), v);
        return Status::Ok;
    }
    if (!isReceiver(h, receiver, o)) return failPut(h, key, strict, "a primitive value's");  // primitive base
    if (!o->hasFlag(OBJ_EXTENSIBLE)) return failPut(h, key, strict, "non-extensible object's");
    // An array with a non-writable length cannot grow (15.4.5.1 step 4.b).
    if (key.isIndex && o->cls() == ObjectClass::Array && o->hasFlag(OBJ_LENGTH_READONLY) &&
        key.index >= static_cast<JSArray *>(o)->length)
        return failPut(h, PropertyKey{atom(h, ATOM_length), 0, false}, strict, "read only");
    return createOwn(h, o, key, v);
}

Status deleteProperty(Heap &h, JSObject *o, const PropertyKey &key, bool strict, bool *deleted) {
#if ENG_PROXY
    if (isProxyObject(o)) {
        ENG_TRY(proxyDelete(h, o, key, deleted));
        if (*deleted || !strict) return Status::Ok;
        char name[64];
        if (key.isIndex) formatText(name, sizeof name, "%u", static_cast<unsigned>(key.index));
        else describeValue(h, Value::pointer(key.string), name, sizeof name);
        return throwError(h, PROTO_TYPE_ERROR, "'deleteProperty' on proxy: trap returned falsish for property '%s'", name);
    }
#endif
    ENG_TRY(prepareKey(h, o, key));
    *deleted = true;
    if (typedArrayNumericKey(h, o, key)) {  // an element cannot be deleted
        *deleted = !(key.isIndex && key.index < viewLength(static_cast<JSArrayBufferView *>(o)));
        if (*deleted || !strict) return Status::Ok;
        return throwError(h, PROTO_TYPE_ERROR, "Cannot delete property '%u' of a typed array", static_cast<unsigned>(key.index));
    }
    if (key.isIndex && hasElement(o, key.index)) {
        rcStore(h, o->elems[key.index], Value::empty());
        while (o->elemCount() > 0 && o->elems[o->elemCount() - 1].isEmpty()) o->setElemCount(o->elemCount() - 1);
        return Status::Ok;
    }
    if (key.isIndex && mappedBox(o, key.index)) {
        JSArguments *a = static_cast<JSArguments *>(o);
        if (a->mapAttrs()[key.index] & ATTR_CONFIGURABLE) {
            rcStore(h, a->map[key.index], static_cast<Box *>(nullptr));  // deleted and unmapped (10.6 [[Delete]])
            return Status::Ok;
        }
    }
    Value v;
    uint8_t attrs;
    if (!getOwnDataOrAccessor(h, o, key, &v, &attrs)) return lookupFailed(h) ? Status::Error : Status::Ok;
    if (!(attrs & ATTR_CONFIGURABLE)) {
        *deleted = false;
        if (strict) {
            char name[64];
            if (key.isIndex) formatText(name, sizeof name, "%u", static_cast<unsigned>(key.index));
            else describeValue(h, Value::pointer(key.string), name, sizeof name);
            return throwError(h, PROTO_TYPE_ERROR, "Cannot delete property '%s'", name);
        }
        return Status::Ok;
    }
    HString *s = key.isIndex ? findIndexString(h, key.index) : key.string;
    if (s) ENG_TRY(removeOwnProp(h, o, s));
    hideVirtualProperty(h, o, key);
    return Status::Ok;
}

void hideVirtualProperty(Heap &h, JSObject *o, const PropertyKey &key) {
    if (key.isIndex || !isFunctionObject(o)) return;
    if (key.string == atom(h, ATOM_length)) o->setFlag(OBJ_NO_VIRTUAL_LENGTH);
    else if (key.string == atom(h, ATOM_name)) o->setFlag(OBJ_NO_VIRTUAL_NAME);
}

bool hasOwnProperty(Heap &h, JSObject *o, const PropertyKey &key) {
    if (prepareKey(h, o, key) != Status::Ok) h.hasPending = false;
    Value v;
    uint8_t attrs;
    return getOwnDataOrAccessor(h, o, key, &v, &attrs);
}

bool hasProperty(Heap &h, JSObject *o, const PropertyKey &key) {
#if ENG_PROXY
    h.ownLookupFailed = false;
#endif
    for (JSObject *cur = o; cur; cur = cur->proto) {
#if ENG_PROXY
        if (isProxyObject(cur)) {  // its trap's error stays pending, lookupFailed(h) says so
            bool has;
            return proxyHas(h, cur, key, &has) == Status::Ok ? has : failLookup(h);
        }
#endif
        if (hasOwnProperty(h, cur, key)) return true;
        if (typedArrayNumericKey(h, cur, key)) return false;
    }
    return false;
}

namespace {

Status nullishAccessError(Heap &h, Value base, Value key, const char *verb) {
    char name[64];
    describeValue(h, key, name, sizeof name);
    return throwError(h, PROTO_TYPE_ERROR, "Cannot %s properties of %s (%s '%s')",
                      verb[0] == 'r' ? "read" : "set", base.isNull() ? "null" : "undefined", verb, name);
}

// The prototype a primitive's properties come from (null: none), made now
// if the heap has not made it yet.
Status primitiveProto(Heap &h, Value base, JSObject **out) {
    Proto p;
    if (isString(base)) p = PROTO_STRING;
    else if (isNumber(base)) p = PROTO_NUMBER;
    else if (base.isBoolean()) p = PROTO_BOOLEAN;
#if ENG_BIGINT
    else if (isBigInt(base)) p = PROTO_BIGINT;
#endif
    else if (isSymbol(base)) {
        ENG_TRY(ensureSymbolPrototype(h));
        *out = lateIntrinsic(h, LATE_SYMBOL_PROTOTYPE);
        return Status::Ok;
    } else {
        *out = nullptr;
        return Status::Ok;
    }
    *out = builtinProto(h, p);
    return *out ? Status::Ok : Status::Error;
}

}  // namespace

Status getValueProperty(Heap &h, Value base, Value key, Value *out) {
    if (isObject(base)) {
        JSObject *o = asObject(base);
        if (key.isSmallInt() && key.asSmallInt() >= 0 && hasElement(o, static_cast<uint32_t>(key.asSmallInt()))) {
            *out = o->elems[key.asSmallInt()];
            return Status::Ok;
        }
        LocalRoot rb(h, base);
        PropertyKey k;
        ENG_TRY(toPropertyKey(h, key, &k));
        LocalRoot rk(h, k.isIndex ? Value() : Value::pointer(k.string));
        return getProperty(h, o, k, base, out);
    }
    if (base.isNullish()) return nullishAccessError(h, base, key, "reading");
    LocalRoot rb(h, base);
    PropertyKey k;
    ENG_TRY(toPropertyKey(h, key, &k));
    LocalRoot rk(h, k.isIndex ? Value() : Value::pointer(k.string));
    if (base.isLightFunc()) return lightFuncGet(h, base, k, out);
    if (isString(base)) {
        HString *s = asString(base);
        if (k.isIndex && k.index < s->length) {
            HString *c = substring(h, s, k.index, k.index + 1);
            if (!c) return Status::Error;
            *out = Value::pointer(c);
            return Status::Ok;
        }
        if (!k.isIndex && k.string == atom(h, ATOM_length)) {
            *out = Value::smallInt(static_cast<int32_t>(s->length));
            return Status::Ok;
        }
    }
    JSObject *proto;
    ENG_TRY(primitiveProto(h, base, &proto));
    if (!proto) {
        *out = Value::undefined();
        return Status::Ok;
    }
    return getProperty(h, proto, k, base, out);
}

Status getValuePropertyStr(Heap &h, Value base, HString *key, Value *out) {
    return getValueProperty(h, base, Value::pointer(key), out);
}

Status putValueProperty(Heap &h, Value base, Value key, Value v, bool strict) {
    if (isObject(base)) {
        JSObject *o = asObject(base);
        if (key.isSmallInt() && key.asSmallInt() >= 0 && hasElement(o, static_cast<uint32_t>(key.asSmallInt()))) {
            rcStore(h, o->elems[key.asSmallInt()], v);
            return Status::Ok;
        }
        LocalRoot rb(h, base), rv(h, v);
        PropertyKey k;
        ENG_TRY(toPropertyKey(h, key, &k));
        LocalRoot rk(h, k.isIndex ? Value() : Value::pointer(k.string));
        return putProperty(h, o, k, v, base, strict);
    }
    if (base.isNullish()) return nullishAccessError(h, base, key, "setting");
    LocalRoot rb(h, base), rv(h, v);
    PropertyKey k;
    ENG_TRY(toPropertyKey(h, key, &k));
    LocalRoot rk(h, k.isIndex ? Value() : Value::pointer(k.string));
    if (base.isLightFunc()) {
        // Stored on the lightfunc's object, which every copy of it reads.
        JSObject *o;
        ENG_TRY(lightFuncObject(h, base, &o));
        return putProperty(h, o, k, v, base, strict);
    }
    JSObject *proto;
    ENG_TRY(primitiveProto(h, base, &proto));
    if (!proto) return Status::Ok;
    return putProperty(h, proto, k, v, base, strict);
}

Status putValuePropertyStr(Heap &h, Value base, HString *key, Value v, bool strict) {
    return putValueProperty(h, base, Value::pointer(key), v, strict);
}

}  // namespace eng
