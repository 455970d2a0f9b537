// The Object functions that copy properties in or out as key/value pairs:
// assign (ES2015), values and entries (ES2017), fromEntries (ES2019) and
// groupBy (ES2024).
#include "builtins/builtins.h"
#include "builtins/object_internal.h"
#include "objects/object_ops.h"
#include "objects/own_keys.h"
#include "objects/proxy.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/literal_ops.h"

#if ENG_OBJECT_ARRAY_ES2015

namespace eng {

namespace {

// The key of a listed name (a string, or a symbol).
PropertyKey listedKey(Value name) {
    HString *s = asString(name);
    if (isSymbolKey(s)) return PropertyKey{s, 0, false};
    return keyFromString(s);
}

// Get(from, key) when key is still an own enumerable property of from
// (a getter met earlier may have removed or hidden it): *present says.
Status getIfEnumerable(Heap &h, Value from, const PropertyKey &key, Value *out, bool *present) {
    Value v;
    uint8_t attrs;
    *present = false;
#if ENG_PROXY
    if (isProxyObject(asObject(from))) {  // its getOwnPropertyDescriptor trap
        PropertyDescriptor d(h);
        bool found;
        ENG_TRY(proxyGetOwnProperty(h, asObject(from), key, &d, &found));
        if (!found || !d.enumerable) return Status::Ok;
        *present = true;
        return getProperty(h, asObject(from), key, from, out);
    }
#endif
    if (!getOwnDataOrAccessor(h, asObject(from), key, &v, &attrs)) return h.hasPending ? Status::Error : Status::Ok;
    if (!(attrs & ATTR_ENUMERABLE)) return Status::Ok;
    *present = true;
    return getProperty(h, asObject(from), key, from, out);
}

// The keys to copy from `from`: its own enumerable string keys (then its
// symbols when withSymbols). A proxy lists all its keys
// ([[OwnPropertyKeys]]); getIfEnumerable asks each one's descriptor.
Status keysToCopy(Heap &h, JSObject *from, bool withSymbols, JSArray **out) {
#if ENG_PROXY
    if (isProxyObject(from)) {
        LocalRoot rf(h, Value::pointer(from));
        JSArray *keys = newArray(h, 0);
        if (!keys) return Status::Error;
        LocalRoot rk(h, Value::pointer(keys));
        ENG_TRY(withSymbols ? proxyOwnKeys(h, from, keys) : proxyOwnStringKeys(h, from, false, keys));
        *out = keys;
        return Status::Ok;
    }
#endif
    ENG_TRY(ownEnumerableKeys(h, from, out));
    if (!withSymbols) return Status::Ok;
    LocalRoot rk(h, Value::pointer(*out));
    return appendOwnSymbolKeys(h, from, *out);
}

}  // namespace

Status objectAssign(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *to;
    ENG_TRY(toObject(h, c.arg(0), &to));
    LocalRoot rto(h, Value::pointer(to));
    c.setResult(rto.value);
    for (uint32_t i = 1; i < c.argc; i++) {
        if (c.arg(i).isNullish()) continue;
        JSObject *from;
        ENG_TRY(toObject(h, c.arg(i), &from));
        LocalRoot rfrom(h, Value::pointer(from));
        JSArray *keys;
        ENG_TRY(keysToCopy(h, from, true, &keys));
        LocalRoot rkeys(h, Value::pointer(keys));
        for (uint32_t k = 0; k < keys->length; k++) {
            PropertyKey key = listedKey(keys->elems[k]);
            Value v;
            bool present;
            ENG_TRY(getIfEnumerable(h, rfrom.value, key, &v, &present));
            if (present) ENG_TRY(putProperty(h, asObject(rto.value), key, v, rto.value, true));
        }
    }
    return Status::Ok;
}

// magic: 0 values, 1 entries.
Status objectValuesEntries(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(toObject(h, c.arg(0), &o));
    c.setArg(0, Value::pointer(o));
    JSArray *keys;
    ENG_TRY(keysToCopy(h, o, false, &keys));
    LocalRoot rkeys(h, Value::pointer(keys));
    JSArray *out = newArray(h, keys->length);
    if (!out) return Status::Error;
    c.setResult(Value::pointer(out));
    for (uint32_t k = 0; k < keys->length; k++) {
        PropertyKey key = listedKey(keys->elems[k]);
        LocalRoot rv(h);
        bool present;
        ENG_TRY(getIfEnumerable(h, c.arg(0), key, &rv.value, &present));
        if (!present) continue;
        if (c.magic == 1) {
            JSArray *pair = newArray(h, 2);
            if (!pair) return Status::Error;
            LocalRoot rp(h, Value::pointer(pair));
            ENG_TRY(arrayPush(h, pair, keys->elems[k]));
            ENG_TRY(arrayPush(h, pair, rv.value));
            rv.value = rp.value;
        }
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(c.result())), rv.value));
    }
    return Status::Ok;
}

namespace {

// CreateDataPropertyOrThrow(o, key, v) for an ordinary object.
Status createDataProperty(Heap &h, JSObject *o, const PropertyKey &key, Value v) {
    PropertyDescriptor d(h);
    d.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    d.value.value = v;
    d.writable = d.enumerable = d.configurable = true;
    return defineOwnProperty(h, o, key, d, true);
}

// One step of Object.fromEntries: entry[0] -> entry[1] on the result.
Status addEntry(Heap &h, Value entry, Value target) {
    if (!isObjectType(entry)) {
        char what[64];
        describeValue(h, entry, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "Iterator value %s is not an entry object", what);
    }
    LocalRoot re(h, entry), rk(h), rv(h);
    ENG_TRY(getValueProperty(h, entry, Value::smallInt(0), &rk.value));
    ENG_TRY(getValueProperty(h, re.value, Value::smallInt(1), &rv.value));
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, rk.value, &key));
    LocalRoot rkey(h, key.isIndex ? Value() : Value::pointer(key.string));
    return createDataProperty(h, asObject(target), key, rv.value);
}

// One step of Object.groupBy: callback(value, k) names the group that
// value is appended to (a new array for a new key).
Status addToGroup(NativeCall &c, Value value, double k) {
    Heap &h = c.heap;
    LocalRoot rv(h, value), rk(h);
    Value args[2] = {value, Value()};
    ENG_TRY(makeNumber(h, k, &args[1]));
    args[0] = rv.value;
    ENG_TRY(callValue(h, c.arg(1), Value::undefined(), args, 2, &rk.value));
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, rk.value, &key));
    LocalRoot rkey(h, key.isIndex ? Value() : Value::pointer(key.string));
    JSObject *groups = asObject(c.result());
    Value group;
    uint8_t attrs;
    if (getOwnDataOrAccessor(h, groups, key, &group, &attrs)) return arrayPush(h, static_cast<JSArray *>(asObject(group)), rv.value);
    if (h.hasPending) return Status::Error;
    JSArray *a = newArray(h, 1);
    if (!a) return Status::Error;
    LocalRoot ra(h, Value::pointer(a));
    ENG_TRY(arrayPush(h, a, rv.value));
    return createDataProperty(h, asObject(c.result()), key, ra.value);
}

// Iterates c.arg(0), calling step with each value and its number; an
// abrupt step closes the iterator.
typedef Status (*IterationStep)(NativeCall &c, Value value, double k);
Status iterateArgument(NativeCall &c, IterationStep step) {
    Heap &h = c.heap;
    LocalRoot iter(h), state(h);
    ENG_TRY(iterationOpen(h, c.arg(0), &iter.value, &state.value));
    for (double k = 0;; k++) {
        Value v;
        bool done;
        ENG_TRY(iterationNext(h, &iter.value, &state.value, &v, &done));
        if (done) return Status::Ok;
        Status st = step(c, v, k);
        if (st != Status::Ok) {
            ENG_TRY(iterationClose(h, &iter.value, &state.value, true));
            return st;
        }
    }
}

}  // namespace

Status objectFromEntries(NativeCall &c) {
    Heap &h = c.heap;
    if (c.arg(0).isNullish()) return throwError(h, PROTO_TYPE_ERROR, "Object.fromEntries requires an iterable");
    JSObject *o = newPlainObject(h);
    if (!o) return Status::Error;
    c.setResult(Value::pointer(o));
    return iterateArgument(c, [](NativeCall &nc, Value entry, double) { return addEntry(nc.heap, entry, nc.result()); });
}

// Object.groupBy (ES2024 20.1.2.12): a null-prototype object of arrays.
Status objectGroupBy(NativeCall &c) {
    Heap &h = c.heap;
    if (c.arg(0).isNullish()) return throwError(h, PROTO_TYPE_ERROR, "Object.groupBy requires an iterable");
    if (!isCallable(c.arg(1))) {
        char what[64];
        describeValue(h, c.arg(1), what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", what);
    }
    JSObject *o = newObject(h, nullptr);
    if (!o) return Status::Error;
    c.setResult(Value::pointer(o));
    return iterateArgument(c, addToGroup);
}

}  // namespace eng

#endif  // ENG_OBJECT_ARRAY_ES2015
