// The methods that build an array from other values: Array.from and
// Array.of (ES2015: `this` is the constructor, so subclasses get their own
// instances) and Array.prototype.flat / flatMap (ES2019, through
// ArraySpeciesCreate).
#include "builtins/array_internal.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "vm/c_stack.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "value/number.h"
#include "vm/literal_ops.h"

#if ENG_OBJECT_ARRAY_ES2015

namespace eng {

namespace {

// The result of Array.from / Array.of: new C(length...) when `this` is a
// constructor, else a plain Array (ES2023 23.1.2.1 steps 5.a / 9).
Status constructFromThis(NativeCall &c, bool withLength, double length) {
    Heap &h = c.heap;
    Value r;
    if (isConstructor(c.thisValue())) {
        Value n;
        ENG_TRY(makeNumber(h, length, &n));
        ENG_TRY(constructValue(h, c.thisValue(), &n, withLength ? 1 : 0, &r));
    } else {
        ENG_TRY(arrayCreate(h, withLength ? length : 0, &r));
    }
    c.setResult(r);
    return Status::Ok;
}

// mapfn.call(thisArg, v, k) when Array.from has a mapfn, else v.
Status mapped(NativeCall &c, Value v, double k, Value *out) {
    if (c.arg(1).isUndefined()) {
        *out = v;
        return Status::Ok;
    }
    Heap &h = c.heap;
    LocalRoot rv(h, v);
    Value args[2] = {v, Value()};
    ENG_TRY(makeNumber(h, k, &args[1]));
    args[0] = rv.value;
    return callValue(h, c.arg(1), c.arg(2), args, 2, out);
}

// Array.from over an iterator: iter and state as vm/spread.cpp keeps them.
Status fromIterator(NativeCall &c, Value method) {
    Heap &h = c.heap;
    LocalRoot iter(h), state(h);
    ENG_TRY(callValue(h, method, c.arg(0), nullptr, 0, &iter.value));
    if (!isObjectType(iter.value))
        return throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.iterator method is not an object");
    ENG_TRY(getValueProperty(h, iter.value, Value::pointer(atom(h, ATOM_next)), &state.value));
    if (!isCallable(state.value)) state.value = Value::null();  // the first step throws
    for (double k = 0;; k++) {
        Value v;
        bool done;
        ENG_TRY(iterationNext(h, &iter.value, &state.value, &v, &done));
        if (done) return setLength(h, c.result(), k);
        LocalRoot rv(h, v);
        Status st = Status::Ok;
        if (k >= MAX_LENGTH) st = lengthTooLarge(h);
        if (st == Status::Ok) st = mapped(c, rv.value, k, &rv.value);
        if (st == Status::Ok) st = createDataAt(h, c.result(), k, rv.value);
        if (st != Status::Ok) {
            ENG_TRY(iterationClose(h, &iter.value, &state.value, true));
            return st;
        }
    }
}

}  // namespace

Status arrayFrom(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.arg(1).isUndefined() && !isCallable(c.arg(1))) return notFunction(h, c.arg(1));
    if (c.arg(0).isNullish()) {
        char what[64];
        describeValue(h, c.arg(0), what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not iterable", what);
    }
    Value method;
    ENG_TRY(getValueProperty(h, c.arg(0), Value::pointer(wellKnownSymbol(WKS_iterator)), &method));
    if (!method.isNullish()) {
        if (!isCallable(method)) return notFunction(h, method);
        LocalRoot rm(h, method);
        ENG_TRY(constructFromThis(c, false, 0));
        return fromIterator(c, rm.value);
    }
    JSObject *items;
    ENG_TRY(toObject(h, c.arg(0), &items));
    c.setArg(0, Value::pointer(items));
    double len;
    ENG_TRY(lengthOf(h, c.arg(0), &len));
    ENG_TRY(constructFromThis(c, true, len));
    for (double k = 0; k < len; k++) {
        ENG_TRY(interruptPoll(h));
        Value v;
        ENG_TRY(getAt(h, c.arg(0), k, &v));
        ENG_TRY(mapped(c, v, k, &v));
        ENG_TRY(createDataAt(h, c.result(), k, v));
    }
    return setLength(h, c.result(), len);
}

Status arrayOf(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(constructFromThis(c, true, c.argc));
    for (uint32_t k = 0; k < c.argc; k++) ENG_TRY(createDataAt(h, c.result(), k, c.arg(k)));
    return setLength(h, c.result(), c.argc);
}

namespace {

// FlattenIntoArray (ES2023 23.1.3.13.1) into the result: the elements of
// source present in [0, length), mapped by flatMap's callback, spread
// while depth lasts; *target is the next index of the result.
Status flattenInto(NativeCall &c, Value source, double length, double depth, bool map, double *target) {
    Heap &h = c.heap;
    ENG_TRY(ENG_CHECK_C_STACK(h));
    LocalRoot rs(h, source);
    double k = 0;
    while (k < length && nextPresent(asObject(rs.value), k, length, &k)) {
        ENG_TRY(interruptPoll(h));
        LocalRoot re(h);
        ENG_TRY(getAt(h, rs.value, k, &re.value));
        if (map) ENG_TRY(callCallback(h, c.arg(0), c.arg(1), nullptr, re.value, k, rs.value, &re.value));
        if (depth > 0 && isObject(re.value) && asObject(re.value)->cls() == ObjectClass::Array) {
            double n;
            ENG_TRY(lengthOf(h, re.value, &n));
            ENG_TRY(flattenInto(c, re.value, n, depth - 1, false, target));
        } else {
            if (*target >= MAX_LENGTH) return lengthTooLarge(h);
            ENG_TRY(createDataAt(h, c.result(), *target, re.value));
            (*target)++;
        }
        k++;
    }
    return Status::Ok;
}

}  // namespace

// magic: 0 flat(depth), 1 flatMap(callback, thisArg).
Status arrayFlat(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    bool map = c.magic == 1;
    double depth = 1;
    if (map) {
        if (!isCallable(c.arg(0))) return notFunction(h, c.arg(0));
    } else if (!c.arg(0).isUndefined()) {
        ENG_TRY(toNumber(h, c.arg(0), &depth));
        depth = toIntegerDouble(depth);
        if (!(depth > 0)) depth = 0;
    }
    ENG_TRY(speciesCreate(c, 0));
    double target = 0;
    return flattenInto(c, c.thisValue(), len, depth, map, &target);
}

}  // namespace eng

#endif  // ENG_OBJECT_ARRAY_ES2015
