// Operator semantics on arbitrary values (ES5.1 chapter 11).
#include "vm/operators.h"

#include <math.h>

#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/numconv.h"
#include "strings/string.h"
#include "value/bigint.h"
#include "vm/bigint_ops.h"
#include "vm/c_stack.h"
#include "vm/call.h"
#include "value/libm.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/lightfunc.h"

namespace eng {

namespace {

// String + number (either order): the number joins as text, never interned
// on its own ('item' + i). s must be rooted.
Status concatResult(Heap &, HString *s, Value *out) {
    if (!s) return Status::Error;
    *out = Value::pointer(s);
    return Status::Ok;
}

Status concatNumber(Heap &h, HString *s, Value number, bool numberFirst, Value *out) {
    char text[NUMBER_TEXT_MAX];
    size_t n = numberToText(numberOf(number), text);
    return concatResult(h, concatLatin1(h, s, reinterpret_cast<const uint8_t *>(text), static_cast<uint32_t>(n), numberFirst), out);
}

// String + string or number into the register that held the string: the
// result keeps room to grow, and when the register was the string's only
// owner the string itself grows. Proving that costs a look at the stack,
// bounded by what copying the string would cost.
Status appendInto(Heap &h, HString *s, Value b, Value *out) {
    bool sole = soleRootReference(h, s, 64 + s->length / 16);
    LocalRoot rs(h, Value::pointer(s)), rb(h, b);
    HString *result;
    if (isString(b)) {
        HString *t = asString(b);
        result = appendToString(h, s, TextRun::of(t), t->is8bit(), sole);
    } else {
        char text[NUMBER_TEXT_MAX];
        size_t n = numberToText(numberOf(b), text);
        result = appendToString(h, s, TextRun::latin1(reinterpret_cast<const uint8_t *>(text), static_cast<uint32_t>(n)), true, sole);
    }
    // s may have moved: nothing allocates from here on.
    return concatResult(h, result, out);
}

}  // namespace

Status opAppend(Heap &h, HString *a, Value b, Value *out) {
    // Short results are copied: cheaper than proving a unshared.
    uint32_t addedMin = isString(b) ? asString(b)->length : isNumber(b) ? 1 : 0;
    if (a->length != 0 && addedMin != 0 && a->length + addedMin >= STRING_GROW_MIN_LENGTH)
        return appendInto(h, a, b, out);
    return opAdd(h, Value::pointer(a), b, out);
}

Status opAdd(Heap &h, Value a, Value b, Value *out) {
    if (isNumber(a) && isNumber(b)) return makeNumber(h, numberOf(a) + numberOf(b), out);
    LocalRoot ra(h, a), rb(h, b);
    // The common primitive cases first: no ToPrimitive calls.
    if (isString(a)) {
        if (isString(b)) return concatResult(h, concatStrings(h, asString(a), asString(b)), out);
        if (isNumber(b)) return concatNumber(h, asString(a), b, false, out);
    } else if (isString(b) && isNumber(a)) {
        return concatNumber(h, asString(b), a, true, out);
    }
    Value pa, pb;
    ENG_TRY(toPrimitive(h, a, Hint::None, &pa));
    ra.value = pa;
    ENG_TRY(toPrimitive(h, b, Hint::None, &pb));
    rb.value = pb;
    if (isString(pa) || isString(pb)) {
        if (isNumber(pa)) return concatNumber(h, asString(pb), pa, true, out);
        if (isNumber(pb)) return concatNumber(h, asString(pa), pb, false, out);
        HString *sa, *sb;
        ENG_TRY(toString(h, pa, &sa));
        ra.value = Value::pointer(sa);
        ENG_TRY(toString(h, pb, &sb));
        rb.value = Value::pointer(sb);
        return concatResult(h, concatStrings(h, sa, sb), out);
    }
#if ENG_BIGINT
    if (isBigInt(pa) || isBigInt(pb)) {
        ENG_TRY(toNumeric(h, pa, &ra.value));
        ENG_TRY(toNumeric(h, pb, &rb.value));
        return bigIntArithmetic(h, OP_ADD, ra.value, rb.value, out);
    }
#endif
    double x, y;
    ENG_TRY(toNumber(h, pa, &x));
    ENG_TRY(toNumber(h, pb, &y));
    return makeNumber(h, x + y, out);
}

// Number::exponentiate (ES2023 6.1.6.1.3): differs from C pow where y is
// NaN, and for |x| == 1 with an infinite y (NaN, where C gives 1).
double numberPow(double x, double y) {
    if (y != y) return NAN;
    if (y == 0) return 1;
    if (x != x) return NAN;
    if (isinf(y) && fabs(x) == 1) return NAN;
    return libmPow(x, y);
}

Status opArithmetic(Heap &h, Opcode op, Value a, Value b, Value *out) {
    LocalRoot rb(h, b);
#if ENG_BIGINT
    // ToNumeric of both, in order; a BigInt takes the BigInt operation.
    if (!isNumber(a) || !isNumber(b)) {
        LocalRoot ra(h);
        ENG_TRY(toNumeric(h, a, &ra.value));
        ENG_TRY(toNumeric(h, b, &rb.value));
        if (isBigInt(ra.value) || isBigInt(rb.value)) return bigIntArithmetic(h, op, ra.value, rb.value, out);
        a = ra.value;
        b = rb.value;
    }
#endif
    double x, y;
    ENG_TRY(toNumber(h, a, &x));
    ENG_TRY(toNumber(h, b, &y));
    double r;
    switch (op) {
    case OP_SUB: r = x - y; break;
    case OP_MUL: r = x * y; break;
    case OP_DIV: r = x / y; break;
    case OP_MOD: r = libmFmod(x, y); break;
    case OP_POW: r = numberPow(x, y); break;
    case OP_BAND: r = doubleToInt32(x) & doubleToInt32(y); break;
    case OP_BOR: r = doubleToInt32(x) | doubleToInt32(y); break;
    case OP_BXOR: r = doubleToInt32(x) ^ doubleToInt32(y); break;
    case OP_SHL: r = static_cast<int32_t>(static_cast<uint32_t>(doubleToInt32(x)) << (doubleToInt32(y) & 31)); break;
    case OP_SHR: r = doubleToInt32(x) >> (doubleToInt32(y) & 31); break;
    case OP_USHR: r = static_cast<uint32_t>(doubleToInt32(x)) >> (doubleToInt32(y) & 31); break;
    default: r = NAN; break;
    }
    return makeNumber(h, r, out);
}

Status opCompare(Heap &h, Opcode op, Value a, Value b, Value *out) {
    bool r = false, undefinedResult = false;
    switch (op) {
    case OP_SEQ: r = strictEquals(a, b); break;
    case OP_SNE: r = !strictEquals(a, b); break;
    case OP_EQ: ENG_TRY(looseEquals(h, a, b, &r)); break;
    case OP_NE: ENG_TRY(looseEquals(h, a, b, &r)); r = !r; break;
    case OP_LT: ENG_TRY(lessThan(h, a, b, true, &r, &undefinedResult)); break;
    case OP_GT: ENG_TRY(lessThan(h, b, a, false, &r, &undefinedResult)); break;
    case OP_LE:
        ENG_TRY(lessThan(h, b, a, false, &r, &undefinedResult));
        r = !undefinedResult && !r;
        break;
    case OP_GE:
        ENG_TRY(lessThan(h, a, b, true, &r, &undefinedResult));
        r = !undefinedResult && !r;
        break;
    default: break;
    }
    *out = Value::boolean(r);
    return Status::Ok;
}

// ES2024 7.3.21 OrdinaryHasInstance(c, o).
Status ordinaryHasInstance(Heap &h, Value c, Value o, bool *out) {
    *out = false;
    if (!isCallable(c)) return Status::Ok;
    // A bound function answers through its target, @@hasInstance included.
    if (isObject(c) && asObject(c)->cls() == ObjectClass::Bound) {
        ENG_TRY(ENG_CHECK_C_STACK(h));
        Value result;
        ENG_TRY(opInstanceOf(h, o, Value::pointer(static_cast<JSBound *>(asObject(c))->target), &result));
        *out = result.asBoolean();
        return Status::Ok;
    }
    if (!isObjectType(o)) return Status::Ok;
    LocalRoot ro(h, o), rc(h, c);
    Value proto;
    ENG_TRY(getValuePropertyStr(h, c, atom(h, ATOM_prototype), &proto));
    if (!isObjectType(proto))
        return throwError(h, PROTO_TYPE_ERROR, "Function has non-object prototype in instanceof check");
    // An object inherits from a lightfunc through the lightfunc's object.
    JSObject *target = isObject(proto) ? asObject(proto) : findLightFuncObject(h, proto);
    // A lightfunc's [[Prototype]] is its object's, or Function.prototype.
    JSObject *start;
    if (isObject(o)) start = asObject(o)->proto;
    else if (JSObject *lo = findLightFuncObject(h, o)) start = lo->proto;
    else start = protoOf(h, PROTO_FUNCTION);
#if ENG_PROXY
    // A proxy's [[GetPrototypeOf]] is its trap; what it returns is rooted here.
    LocalRoot rt(h, proto), rp(h, Value::null());
    if (isObject(o) && isProxyObject(asObject(o))) ENG_TRY(proxyGetPrototypeOf(h, asObject(o), &start));
    for (JSObject *p = start; p;) {
        if (p == target) {
            *out = true;
            return Status::Ok;
        }
        if (!isProxyObject(p)) {
            p = p->proto;
            continue;
        }
        rp.value = Value::pointer(p);
        ENG_TRY(proxyGetPrototypeOf(h, p, &p));
    }
#else
    for (JSObject *p = start; p; p = p->proto)
        if (p == target) {
            *out = true;
            return Status::Ok;
        }
#endif
    return Status::Ok;
}

// ES2024 13.10.2 InstanceofOperator: b's @@hasInstance, else
// OrdinaryHasInstance. Function.prototype's own is that already, so it
// runs without a call.
Status opInstanceOf(Heap &h, Value a, Value b, Value *out) {
    if (!isObjectType(b)) return throwError(h, PROTO_TYPE_ERROR, "Right-hand side of 'instanceof' is not an object");
    LocalRoot ra(h, a), rb(h, b);
    // Function.prototype[@@hasInstance] can be neither replaced nor deleted:
    // a function inheriting it straight from there without one of its own
    // (the usual right-hand side) needs no lookup along the chain.
    Value handler = functionHasInstanceValue();
    bool inherits = isObject(b) && asObject(b)->proto && asObject(b)->proto == protoOf(h, PROTO_FUNCTION) &&
                    !findOwnProp(asObject(b), wellKnownSymbol(WKS_hasInstance));
    if (!inherits) ENG_TRY(getSymbolMethod(h, b, WKS_hasInstance, &handler));
    bool r;
    if (!handler.isUndefined() && handler != functionHasInstanceValue()) {
        Value result;
        ENG_TRY(callValue(h, handler, b, &ra.value, 1, &result));
        r = toBoolean(result);
    } else {
        if (!isCallable(b)) return throwError(h, PROTO_TYPE_ERROR, "Right-hand side of 'instanceof' is not callable");
        ENG_TRY(ordinaryHasInstance(h, b, a, &r));
    }
    *out = Value::boolean(r);
    return Status::Ok;
}

Status opIn(Heap &h, Value a, Value b, Value *out) {
    if (!isObjectType(b)) {
        char key[64];
        describeValue(h, a, key, sizeof key);
        char where[64];
        describeValue(h, b, where, sizeof where);
        return throwError(h, PROTO_TYPE_ERROR, "Cannot use 'in' operator to search for '%s' in %s", key, where);
    }
    LocalRoot rb(h, b);
    PropertyKey k;
    ENG_TRY(toPropertyKey(h, a, &k));
    LocalRoot rk(h, k.isIndex ? Value() : Value::pointer(k.string));
    JSObject *o;
    ENG_TRY(toObject(h, b, &o));  // a lightfunc's object
    *out = Value::boolean(hasProperty(h, o, k));
    if (ENG_PROXY && lookupFailed(h) && h.hasPending) return Status::Error;  // a proxy's has trap threw
    return Status::Ok;
}

Status opUnary(Heap &h, Opcode op, Value a, Value *out, bool numeric) {
#if ENG_BIGINT
    // Unary + is ToNumber (a BigInt is a TypeError); the others ToNumeric.
    if (op != OP_TONUM || numeric) {
        Value n;
        ENG_TRY(toNumeric(h, a, &n));
        if (isBigInt(n)) {
            if (op != OP_TONUM) return bigIntUnary(h, op, n, out);
            *out = n;
            return Status::Ok;
        }
        a = n;
    }
#else
    (void)numeric;
#endif
    double x;
    ENG_TRY(toNumber(h, a, &x));
    switch (op) {
    case OP_NEG: return makeNumber(h, -x, out);
    case OP_TONUM: return makeNumber(h, x, out);
    case OP_BNOT: return makeNumber(h, ~doubleToInt32(x), out);
    case OP_INC: return makeNumber(h, x + 1, out);
    case OP_DEC: return makeNumber(h, x - 1, out);
    default: return makeNumber(h, NAN, out);
    }
}

}  // namespace eng
