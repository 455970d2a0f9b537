// Array: the constructor, Array.isArray and the prototype methods of this
// stage (push, pop, join, slice, toString), generic over array-likes.
#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

Status lengthOf(Heap &h, Value o, double *out) {
    Value v;
    ENG_TRY(getValuePropertyStr(h, o, atom(h, ATOM_length), &v));
    double d;
    ENG_TRY(toNumber(h, v, &d));
    d = toIntegerDouble(d);
    if (d < 0) d = 0;
    if (d > 4294967295.0) d = 4294967295.0;
    *out = d;
    return Status::Ok;
}

Status setLength(Heap &h, Value o, double length) {
    Value v;
    ENG_TRY(makeNumber(h, length, &v));
    return putValuePropertyStr(h, o, atom(h, ATOM_length), v, true);
}

Status indexValue(Heap &h, double index, Value *out) { return makeNumber(h, index, out); }

Status arrayConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (c.argc == 1 && isNumber(c.arg(0))) {
        double d = numberOf(c.arg(0));
        uint32_t length = static_cast<uint32_t>(d >= 0 && d < 4294967296.0 ? d : 0);
        if (static_cast<double>(length) != d) return throwError(h, PROTO_RANGE_ERROR, "Invalid array length");
        JSArray *a = newArray(h, 0);
        if (!a) return Status::Error;
        a->length = length;
        c.setResult(Value::pointer(a));
        return Status::Ok;
    }
    JSArray *a = newArray(h, c.argc);
    if (!a) return Status::Error;
    c.setResult(Value::pointer(a));
    for (uint32_t i = 0; i < c.argc; i++) ENG_TRY(arrayPush(h, a, c.arg(i)));
    return Status::Ok;
}

Status arrayIsArray(NativeCall &c) {
    Value v = c.arg(0);
    c.setResult(Value::boolean(isObject(v) && asObject(v)->cls() == ObjectClass::Array));
    return Status::Ok;
}

Status arrayPushMethod(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    if (isObject(t) && asObject(t)->cls() == ObjectClass::Array && !asObject(t)->hasFlag(OBJ_SPARSE_INDEXES)) {
        JSArray *a = static_cast<JSArray *>(asObject(t));
        if (static_cast<double>(a->length) + c.argc <= 4294967295.0) {
            for (uint32_t i = 0; i < c.argc; i++) ENG_TRY(arrayPush(h, a, c.arg(i)));
            Value n;
            ENG_TRY(makeNumber(h, a->length, &n));
            c.setResult(n);
            return Status::Ok;
        }
    }
    JSObject *o;
    ENG_TRY(toObject(h, t, &o));
    c.setThis(Value::pointer(o));
    double length;
    ENG_TRY(lengthOf(h, c.thisValue(), &length));
    for (uint32_t i = 0; i < c.argc; i++) {
        Value key;
        ENG_TRY(indexValue(h, length + i, &key));
        ENG_TRY(putValueProperty(h, c.thisValue(), key, c.arg(i), true));
    }
    ENG_TRY(setLength(h, c.thisValue(), length + c.argc));
    Value n;
    ENG_TRY(makeNumber(h, length + c.argc, &n));
    c.setResult(n);
    return Status::Ok;
}

Status arrayPop(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    c.setThis(Value::pointer(o));
    double length;
    ENG_TRY(lengthOf(h, c.thisValue(), &length));
    if (length == 0) {
        ENG_TRY(setLength(h, c.thisValue(), 0));
        c.setResult(Value::undefined());
        return Status::Ok;
    }
    Value key, v;
    ENG_TRY(indexValue(h, length - 1, &key));
    LocalRoot kr(h, key);
    ENG_TRY(getValueProperty(h, c.thisValue(), key, &v));
    c.setResult(v);
    PropertyKey k;
    ENG_TRY(toPropertyKey(h, key, &k));
    bool deleted;
    ENG_TRY(deleteProperty(h, asObject(c.thisValue()), k, true, &deleted));
    return setLength(h, c.thisValue(), length - 1);
}

Status arrayJoin(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    c.setThis(Value::pointer(o));
    double length;
    ENG_TRY(lengthOf(h, c.thisValue(), &length));
    HString *sep;
    if (c.arg(0).isUndefined()) {
        sep = internCString(h, ",");
        if (!sep) return Status::Error;
    } else {
        ENG_TRY(toString(h, c.arg(0), &sep));
    }
    LocalRoot sr(h, Value::pointer(sep));
    StringBuilder b(h);
    for (double i = 0; i < length; i++) {
        if (i > 0) ENG_TRY(b.append(sep));
        Value key, v;
        ENG_TRY(indexValue(h, i, &key));
        ENG_TRY(getValueProperty(h, c.thisValue(), key, &v));
        if (v.isNullish()) continue;
        HString *s;
        ENG_TRY(toString(h, v, &s));
        ENG_TRY(b.append(s));
    }
    HString *s = b.finish();
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

Status arrayToString(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    c.setThis(Value::pointer(o));
    Value join;
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), atom(h, ATOM_join), &join));
    if (!isCallable(join)) {
        join = Value::pointer(h.protos[PROTO_OBJECT]);
        ENG_TRY(getValuePropertyStr(h, join, atom(h, ATOM_toString), &join));
    }
    Value result;
    ENG_TRY(callValue(h, join, c.thisValue(), nullptr, 0, &result));
    c.setResult(result);
    return Status::Ok;
}

double relativeIndex(double rel, double length) {
    rel = toIntegerDouble(rel);
    if (rel < 0) return rel + length < 0 ? 0 : rel + length;
    return rel > length ? length : rel;
}

Status arraySlice(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    c.setThis(Value::pointer(o));
    double length;
    ENG_TRY(lengthOf(h, c.thisValue(), &length));
    double start, end = length;
    ENG_TRY(toNumber(h, c.arg(0), &start));
    start = relativeIndex(start, length);
    if (!c.arg(1).isUndefined()) {
        ENG_TRY(toNumber(h, c.arg(1), &end));
        end = relativeIndex(end, length);
    }
    JSArray *result = newArray(h, 0);
    if (!result) return Status::Error;
    c.setResult(Value::pointer(result));
    uint32_t n = 0;
    for (double k = start; k < end; k++, n++) {
        Value key, v;
        ENG_TRY(indexValue(h, k, &key));
        LocalRoot kr(h, key);
        PropertyKey pk;
        ENG_TRY(toPropertyKey(h, key, &pk));
        LocalRoot pkr(h, pk.isIndex ? Value() : Value::pointer(pk.string));
        if (!hasProperty(h, asObject(c.thisValue()), pk)) continue;
        ENG_TRY(getValueProperty(h, c.thisValue(), key, &v));
        ENG_TRY(setElement(h, static_cast<JSArray *>(asObject(c.result())), n, v));
    }
    static_cast<JSArray *>(asObject(c.result()))->length = n;
    return Status::Ok;
}

const MethodSpec prototypeMethods[] = {
    {"push", arrayPushMethod, 1, 0},
    {"pop", arrayPop, 0, 0},
    {"join", arrayJoin, 1, 0},
    {"slice", arraySlice, 2, 0},
    {"toString", arrayToString, 0, 0},
};

const MethodSpec staticMethods[] = {
    {"isArray", arrayIsArray, 1, 0},
};

}  // namespace

Status initArrayBuiltins(Heap &h) {
    JSObject *proto = h.protos[PROTO_ARRAY];
    JSNative *ctor = installConstructor(h, "Array", arrayConstructor, 1, proto);
    if (!ctor) return Status::Error;
    h.ctors[PROTO_ARRAY] = ctor;
    ENG_TRY(installMethods(h, proto, prototypeMethods, sizeof prototypeMethods / sizeof prototypeMethods[0]));
    return installMethods(h, ctor, staticMethods, sizeof staticMethods / sizeof staticMethods[0]);
}

}  // namespace eng
