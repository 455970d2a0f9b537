// Type conversions and the equality / relational comparison algorithms.
#include "vm/convert.h"

#include <math.h>
#include <string.h>

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/numconv.h"
#include "strings/string.h"
#include "value/libm.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/lightfunc.h"
#include "vm/symbol.h"
#include "value/bigint.h"
#include "vm/bigint_ops.h"

namespace eng {

bool toBoolean(Value v) {
    if (v.isSmallInt()) return v.asSmallInt() != 0;
    if (v.isBoolean()) return v.asBoolean();
    if (v.isNullish() || v.isEmpty()) return false;
    if (isNumber(v)) {
        double d = numberOf(v);
        return !(d == 0 || d != d);
    }
    if (isString(v)) return asString(v)->length != 0;
    if (isBigInt(v)) return !bigIntIsZero(asBigInt(v));
    return true;
}

namespace {

// Tries obj[name]() and takes the result if it is primitive.
Status tryConversionMethod(Heap &h, Value obj, HString *name, bool *done, Value *out) {
    Value fn;
    ENG_TRY(getValuePropertyStr(h, obj, name, &fn));
    *done = false;
    if (!isCallable(fn)) return Status::Ok;
    Value result;
    ENG_TRY(callValue(h, fn, obj, nullptr, 0, &result));
    if (!isObjectType(result)) {
        *done = true;
        *out = result;
    }
    return Status::Ok;
}

}  // namespace

Status ordinaryToPrimitive(Heap &h, Value v, Hint hint, Value *out) {
    LocalRoot root(h, v);
    HString *first = atom(h, ATOM_valueOf), *second = atom(h, ATOM_toString);
    if (hint == Hint::String) {
        HString *t = first;
        first = second;
        second = t;
    }
    bool done;
    ENG_TRY(tryConversionMethod(h, v, first, &done, out));
    if (done) return Status::Ok;
    ENG_TRY(tryConversionMethod(h, v, second, &done, out));
    if (done) return Status::Ok;
    return throwError(h, PROTO_TYPE_ERROR, "Cannot convert object to primitive value");
}

Status getSymbolMethod(Heap &h, Value v, WellKnownSymbol which, Value *out) {
    HString *key = wellKnownSymbol(which);
    // ToPrimitive and instanceof ask this of nearly every object they meet.
    // Every kind of object finds its own symbol-keyed properties in its
    // table (getOwnDataOrAccessor), so the chain is walked here directly;
    // an accessor takes the full [[Get]].
    bool direct = isObject(v);
    *out = Value();
    for (JSObject *o = direct ? asObject(v) : nullptr; o; o = o->proto) {
        if (isProxyObject(o)) {  // its get trap decides
            direct = false;
            break;
        }
        PropRef p = findOwnProp(o, key);
        if (!p) continue;
        if (p->attrs() & ATTR_ACCESSOR) direct = false;
        else *out = p->value();
        break;
    }
    if (direct) ENG_TRY(resolveTableValue(h, out));
    else ENG_TRY(getValueProperty(h, v, Value::pointer(key), out));
    if (out->isNullish()) {
        *out = Value();
        return Status::Ok;
    }
    if (isCallable(*out)) return Status::Ok;
    char what[64];
    describeValue(h, *out, what, sizeof what);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", what);
}

// ES2024 7.1.1: @@toPrimitive first (Date.prototype's and
// Symbol.prototype's are built in), then valueOf/toString.
Status toPrimitive(Heap &h, Value v, Hint hint, Value *out) {
    if (!isObjectType(v)) {
        *out = v;
        return Status::Ok;
    }
    LocalRoot root(h, v);
    Value exotic;
    ENG_TRY(getSymbolMethod(h, v, WKS_toPrimitive, &exotic));
    if (exotic.isUndefined()) return ordinaryToPrimitive(h, v, hint, out);
    LocalRoot re(h, exotic);
    Value hintName = Value::pointer(atom(h, hint == Hint::String   ? ATOM_string
                                            : hint == Hint::Number ? ATOM_number
                                                                   : ATOM_default_));
    ENG_TRY(callValue(h, exotic, v, &hintName, 1, out));
    if (isObjectType(*out)) return throwError(h, PROTO_TYPE_ERROR, "Cannot convert object to primitive value");
    return Status::Ok;
}

double stringToNumber(const HString *s) {
    return s->is8bit() ? textToNumber8(s->data8(), s->length) : textToNumber(s->data16(), s->length);
}

Status toNumber(Heap &h, Value v, double *out) {
    if (isNumber(v)) {
        *out = numberOf(v);
        return Status::Ok;
    }
    if (v.isUndefined()) *out = NAN;
    else if (v.isNull()) *out = 0;
    else if (v.isBoolean()) *out = v.asBoolean() ? 1 : 0;
    else if (isString(v)) *out = stringToNumber(asString(v));
    else if (isSymbol(v)) return throwError(h, PROTO_TYPE_ERROR, "Cannot convert a Symbol value to a number");
    else if (isBigInt(v)) return throwError(h, PROTO_TYPE_ERROR, "Cannot convert a BigInt value to a number");
    else if (isObjectType(v)) {
        Value prim;
        ENG_TRY(toPrimitive(h, v, Hint::Number, &prim));
        return toNumber(h, prim, out);
    } else {
        *out = NAN;
    }
    return Status::Ok;
}

HString *numberToString(Heap &h, double d) {
    char buf[NUMBER_TEXT_MAX];
    size_t n = numberToText(d, buf);
    return internLatin1(h, reinterpret_cast<const uint8_t *>(buf), static_cast<uint32_t>(n));
}

Status toString(Heap &h, Value v, HString **out) {
    if (isString(v)) {
        *out = asString(v);
        return Status::Ok;
    }
    HString *s = nullptr;
    if (isNumber(v)) s = numberToString(h, numberOf(v));
    else if (v.isUndefined()) s = atom(h, ATOM_undefined);
    else if (v.isNull()) s = atom(h, ATOM_null);
    else if (v.isBoolean()) s = atom(h, v.asBoolean() ? ATOM_true_ : ATOM_false_);
    else if (isSymbol(v)) return throwError(h, PROTO_TYPE_ERROR, "Cannot convert a Symbol value to a string");
#if ENG_BIGINT
    else if (isBigInt(v)) s = bigIntToString(h, asBigInt(v), 10);
#endif
    else if (isObjectType(v)) {
        Value prim;
        ENG_TRY(toPrimitive(h, v, Hint::String, &prim));
        return toString(h, prim, out);
    } else {
        s = atom(h, ATOM_empty);
    }
    if (!s) return Status::Error;
    *out = s;
    return Status::Ok;
}

Status toObject(Heap &h, Value v, JSObject **out) {
    if (isObject(v)) {
        *out = asObject(v);
        return Status::Ok;
    }
    // A lightfunc's object (lightfunc.h); callers that return the result to
    // a script give back the value itself (publicValue).
    if (v.isLightFunc()) return lightFuncObject(h, v, out);
    if (v.isNullish()) return throwError(h, PROTO_TYPE_ERROR, "Cannot convert undefined or null to object");
    LocalRoot root(h, v);
    JSObject *proto;
    ObjectClass cls;
    if (isString(v)) { proto = builtinProto(h, PROTO_STRING); cls = ObjectClass::String; }
    else if (v.isBoolean()) { proto = builtinProto(h, PROTO_BOOLEAN); cls = ObjectClass::Boolean; }
    else if (isSymbol(v)) {
        ENG_TRY(ensureSymbolPrototype(h));
        proto = lateIntrinsic(h, LATE_SYMBOL_PROTOTYPE);
        cls = ObjectClass::Symbol;
    }
#if ENG_BIGINT
    else if (isBigInt(v)) { proto = builtinProto(h, PROTO_BIGINT); cls = ObjectClass::BigInt; }
#endif
    else { proto = builtinProto(h, PROTO_NUMBER); cls = ObjectClass::Number; }
    if (!proto) return Status::Error;
    JSPrimitiveWrapper *w = static_cast<JSPrimitiveWrapper *>(
        newObjectOfSize(h, proto, cls, sizeof(JSPrimitiveWrapper)));
    if (!w) return Status::Error;
    rcInit(w->primitive, v);
    *out = w;
    return Status::Ok;
}

int32_t doubleToInt32(double d) {
    if (!(d == d) || isinf(d)) return 0;
    if (d >= -2147483648.0 && d <= 2147483647.0) return static_cast<int32_t>(d);
    double m = libmFmod(trunc(d), 4294967296.0);
    if (m < 0) m += 4294967296.0;
    uint32_t u = static_cast<uint32_t>(m);
    return static_cast<int32_t>(u);
}

double toIntegerDouble(double d) {
    if (d != d) return 0;
    if (isinf(d)) return d;
    return trunc(d);
}

Status toInt32(Heap &h, Value v, int32_t *out) {
    if (v.isSmallInt()) {
        *out = v.asSmallInt();
        return Status::Ok;
    }
    double d;
    ENG_TRY(toNumber(h, v, &d));
    *out = doubleToInt32(d);
    return Status::Ok;
}

Status toUint32(Heap &h, Value v, uint32_t *out) {
    int32_t i;
    ENG_TRY(toInt32(h, v, &i));
    *out = static_cast<uint32_t>(i);
    return Status::Ok;
}

HString *typeOf(Heap &h, Value v) {
    if (isNumber(v)) return atom(h, ATOM_number);
    if (v.isUndefined() || v.isEmpty()) return atom(h, ATOM_undefined);
    if (v.isNull()) return atom(h, ATOM_object);
    if (v.isBoolean()) return atom(h, ATOM_boolean);
    if (isString(v)) return atom(h, ATOM_string);
    if (isSymbol(v)) return atom(h, ATOM_symbol);
#if ENG_BIGINT
    if (isBigInt(v)) return atom(h, ATOM_bigint);
#endif
    if (isCallable(v)) return atom(h, ATOM_function);
    return atom(h, ATOM_object);
}

bool strictEquals(Value a, Value b) {
    if (isNumber(a) && isNumber(b)) return numberOf(a) == numberOf(b);
    if (a == b) return true;  // strings are interned; objects by identity
#if ENG_BIGINT
    return isBigInt(a) && isBigInt(b) && bigIntEquals(asBigInt(a), asBigInt(b));
#else
    return false;
#endif
}

bool sameValue(Value a, Value b) {
    if (isNumber(a) && isNumber(b)) {
        double x = numberOf(a), y = numberOf(b);
        if (x != x && y != y) return true;
        if (x == 0 && y == 0) return signbit(x) == signbit(y);
        return x == y;
    }
#if ENG_BIGINT
    if (isBigInt(a) && isBigInt(b)) return bigIntEquals(asBigInt(a), asBigInt(b));
#endif
    return a == b;
}

Status looseEquals(Heap &h, Value a, Value b, bool *out) {
    for (;;) {
        if (isNumber(a) && isNumber(b)) {
            *out = numberOf(a) == numberOf(b);
            return Status::Ok;
        }
#if ENG_BIGINT
        if ((isBigInt(a) || isBigInt(b)) && !isObjectType(a) && !isObjectType(b) && !a.isBoolean() && !b.isBoolean())
            return bigIntLooseEquals(h, a, b, out);
#endif
        bool sameKind = (isString(a) && isString(b)) || (isSymbol(a) && isSymbol(b)) || (a.isBoolean() && b.isBoolean()) ||
                        (isObjectType(a) && isObjectType(b)) || (a.isNullish() && b.isNullish());
        if (sameKind) {
            *out = a.isNullish() || a == b;
            return Status::Ok;
        }
        if (a.isNullish() || b.isNullish()) {
            *out = false;
            return Status::Ok;
        }
        if (isNumber(a) && isString(b)) {
            *out = numberOf(a) == stringToNumber(asString(b));
            return Status::Ok;
        }
        if (isString(a) && isNumber(b)) {
            *out = stringToNumber(asString(a)) == numberOf(b);
            return Status::Ok;
        }
        if (a.isBoolean()) {
            a = Value::smallInt(a.asBoolean() ? 1 : 0);
            continue;
        }
        if (b.isBoolean()) {
            b = Value::smallInt(b.asBoolean() ? 1 : 0);
            continue;
        }
        if ((isString(a) || isNumber(a) || isSymbol(a) || isBigInt(a)) && isObjectType(b)) {
            LocalRoot ra(h, a);
            ENG_TRY(toPrimitive(h, b, Hint::None, &b));
            continue;
        }
        if (isObjectType(a) && (isString(b) || isNumber(b) || isSymbol(b) || isBigInt(b))) {
            LocalRoot rb(h, b);
            ENG_TRY(toPrimitive(h, a, Hint::None, &a));
            continue;
        }
        *out = false;
        return Status::Ok;
    }
}

Status lessThan(Heap &h, Value a, Value b, bool leftFirst, bool *out, bool *undefinedResult) {
    *undefinedResult = false;
    Value pa, pb;
    LocalRoot ra(h, a), rb(h, b);
    if (leftFirst) {
        ENG_TRY(toPrimitive(h, a, Hint::Number, &pa));
        ra.value = pa;
        ENG_TRY(toPrimitive(h, b, Hint::Number, &pb));
    } else {
        ENG_TRY(toPrimitive(h, b, Hint::Number, &pb));
        rb.value = pb;
        ENG_TRY(toPrimitive(h, a, Hint::Number, &pa));
    }
    if (isString(pa) && isString(pb)) {
        uint32_t compared;
        *out = compareStrings(asString(pa), asString(pb), &compared) < 0;
        chargeStringUnits(h, compared);
        return Status::Ok;
    }
#if ENG_BIGINT
    if (isBigInt(pa) || isBigInt(pb)) return bigIntLessThan(h, pa, pb, out, undefinedResult);
#endif
    double x, y;
    ENG_TRY(toNumber(h, pa, &x));
    ENG_TRY(toNumber(h, pb, &y));
    if (x != x || y != y) {
        *out = false;
        *undefinedResult = true;
        return Status::Ok;
    }
    *out = x < y;
    return Status::Ok;
}

}  // namespace eng
