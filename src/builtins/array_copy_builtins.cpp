// Array.prototype fill and copyWithin (ES2015), which write into `this`, and
// toReversed, toSpliced and with (ES2023), which copy into a new Array and
// leave `this` alone (toSorted is beside sort, in array_builtins.cpp).
#include "builtins/array_internal.h"
#include "objects/object_ops.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

#if ENG_OBJECT_ARRAY_ES2015

namespace eng {

namespace {

// ToIntegerOrInfinity(v) as a relative index into [0, length]; undefined
// gives fallback.
Status relativeArg(Heap &h, Value v, double length, double fallback, double *out) {
    if (v.isUndefined()) {
        *out = fallback;
        return Status::Ok;
    }
    double d;
    ENG_TRY(toNumber(h, v, &d));
    *out = relativeIndex(d, length);
    return Status::Ok;
}

// What a copying method reads from where: the source length, and for
// with/toSpliced the index replaced or the range skipped and the number of
// arguments inserted there.
struct CopyPlan {
    double length, start, skip, inserted;
};

// A new Array of `length` (the result) whose element k source() gives.
typedef Status (*ElementSource)(NativeCall &c, const CopyPlan &p, double k, Value *out);
Status copyInto(NativeCall &c, double length, const CopyPlan &p, ElementSource source) {
    Heap &h = c.heap;
    Value a;
    ENG_TRY(arrayCreate(h, length, &a));
    c.setResult(a);
    for (double k = 0; k < length; k++) {
        ENG_TRY(interruptPoll(h));
        Value v;
        ENG_TRY(source(c, p, k, &v));
        ENG_TRY(createDataAt(h, c.result(), k, v));
    }
    return Status::Ok;
}

}  // namespace

Status arrayFill(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len, k, end;
    ENG_TRY(thisAndLength(c, &o, &len));
    ENG_TRY(relativeArg(h, c.arg(1), len, 0, &k));
    ENG_TRY(relativeArg(h, c.arg(2), len, len, &end));
    for (; k < end; k++) {
        ENG_TRY(interruptPoll(h));
        ENG_TRY(putAt(h, c.thisValue(), k, c.arg(0)));
    }
    c.setResult(c.thisValue());
    return Status::Ok;
}

Status arrayCopyWithin(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len, to, from, end;
    ENG_TRY(thisAndLength(c, &o, &len));
    ENG_TRY(relativeArg(h, c.arg(0), len, 0, &to));
    ENG_TRY(relativeArg(h, c.arg(1), len, 0, &from));
    ENG_TRY(relativeArg(h, c.arg(2), len, len, &end));
    double count = end - from < len - to ? end - from : len - to;
    c.setResult(c.thisValue());
    if (count <= 0) return Status::Ok;
    // Overlapping with the source ahead: copy from the end (ES2023 23.1.3.4).
    bool ascending = !(from < to && to < from + count);
    return moveRange(c, asObject(c.thisValue()), from, to, count, ascending);
}

Status arrayToReversed(NativeCall &c) {
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    return copyInto(c, len, CopyPlan{len, 0, 0, 0}, [](NativeCall &nc, const CopyPlan &p, double k, Value *out) {
        return getAt(nc.heap, nc.thisValue(), p.length - 1 - k, out);
    });
}

Status arrayWith(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    double rel;
    ENG_TRY(toNumber(h, c.arg(0), &rel));
    rel = toIntegerDouble(rel);
    double actual = rel >= 0 ? rel : len + rel;
    if (actual >= len || actual < 0) return throwError(h, PROTO_RANGE_ERROR, "Invalid index");
    return copyInto(c, len, CopyPlan{len, actual, 0, 0}, [](NativeCall &nc, const CopyPlan &p, double k, Value *out) {
        if (k != p.start) return getAt(nc.heap, nc.thisValue(), k, out);
        *out = nc.arg(1);
        return Status::Ok;
    });
}

Status arrayToSpliced(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len, start, skip = 0;
    ENG_TRY(thisAndLength(c, &o, &len));
    double n;
    ENG_TRY(toNumber(h, c.arg(0), &n));
    start = relativeIndex(n, len);
    double inserted = c.argc > 2 ? c.argc - 2 : 0;
    if (c.argc == 1) {
        skip = len - start;
    } else if (c.argc > 1) {
        ENG_TRY(toNumber(h, c.arg(1), &skip));
        skip = toIntegerDouble(skip);
        if (!(skip > 0)) skip = 0;
        if (skip > len - start) skip = len - start;
    }
    double newLen = len + inserted - skip;
    if (newLen > MAX_LENGTH) return lengthTooLarge(h);
    return copyInto(c, newLen, CopyPlan{len, start, skip, inserted}, [](NativeCall &nc, const CopyPlan &p, double k, Value *out) {
        if (k < p.start) return getAt(nc.heap, nc.thisValue(), k, out);
        if (k < p.start + p.inserted) {
            *out = nc.arg(static_cast<uint32_t>(k - p.start) + 2);
            return Status::Ok;
        }
        return getAt(nc.heap, nc.thisValue(), k - p.inserted + p.skip, out);
    });
}

}  // namespace eng

#endif  // ENG_OBJECT_ARRAY_ES2015
