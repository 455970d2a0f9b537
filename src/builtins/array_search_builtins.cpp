// Array.prototype find, findIndex, findLast, findLastIndex (ES2015, ES2023),
// includes (ES2016) and at (ES2022): the searches that, unlike indexOf,
// visit every index, holes included (a hole reads as undefined, through
// the prototype chain and its getters).
#include "builtins/array_internal.h"
#include "objects/object_ops.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

#if ENG_OBJECT_ARRAY_ES2015

namespace eng {

Status arrayFind(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    if (!isCallable(c.arg(0))) return notFunction(h, c.arg(0));
    bool wantIndex = (c.magic & FIND_INDEX) != 0, fromEnd = (c.magic & 2) != 0;
    c.setResult(wantIndex ? Value::smallInt(-1) : Value::undefined());
    for (double i = 0; i < len; i++) {
        ENG_TRY(interruptPoll(h));  // a huge array-like visits every index
        double k = fromEnd ? len - 1 - i : i;
        Value v, r;
        ENG_TRY(getAt(h, c.thisValue(), k, &v));
        LocalRoot rv(h, v);
        ENG_TRY(callCallback(h, c.arg(0), c.arg(1), nullptr, v, k, c.thisValue(), &r));
        if (!toBoolean(r)) continue;
        if (!wantIndex) {
            c.setResult(rv.value);
            return Status::Ok;
        }
        Value n;
        ENG_TRY(makeNumber(h, k, &n));
        c.setResult(n);
        return Status::Ok;
    }
    return Status::Ok;
}

namespace {

// SameValueZero: SameValue except that +0 and -0 are equal.
bool sameValueZero(Value a, Value b) {
    if (isNumber(a) && isNumber(b)) {
        double x = numberOf(a), y = numberOf(b);
        return x == y || (x != x && y != y);
    }
    return sameValue(a, b);
}

}  // namespace

Status arrayIncludes(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    c.setResult(Value::boolean(false));
    if (len == 0) return Status::Ok;
    double n = 0;
    ENG_TRY(toNumber(h, c.arg(1), &n));
    double k = relativeIndex(n, len);
    // Holes read as undefined: only a search for undefined must visit them.
    bool holesMatch = c.arg(0).isUndefined();
    while (k < len) {
        ENG_TRY(interruptPoll(h));
        if (!holesMatch) {
            if (!nextPresent(asObject(c.thisValue()), k, len, &k)) return Status::Ok;
        }
        Value v;
        ENG_TRY(getAt(h, c.thisValue(), k, &v));
        if (sameValueZero(c.arg(0), v)) {
            c.setResult(Value::boolean(true));
            return Status::Ok;
        }
        k++;
    }
    return Status::Ok;
}

Status arrayAt(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    double rel;
    ENG_TRY(toNumber(h, c.arg(0), &rel));
    rel = toIntegerDouble(rel);
    double k = rel >= 0 ? rel : len + rel;
    if (k < 0 || k >= len) return Status::Ok;
    Value v;
    ENG_TRY(getAt(h, c.thisValue(), k, &v));
    c.setResult(v);
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_OBJECT_ARRAY_ES2015
