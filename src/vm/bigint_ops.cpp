// The operators' BigInt cases (vm/bigint_ops.h).
#include "vm/bigint_ops.h"

#include "config.h"

#if ENG_BIGINT

#include "strings/string.h"
#include "value/bigint.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

Status toNumeric(Heap &h, Value v, Value *out) {
    Value prim;
    ENG_TRY(toPrimitive(h, v, Hint::Number, &prim));
    if (isBigInt(prim) || isNumber(prim)) {
        *out = prim;
        return Status::Ok;
    }
    double d;
    ENG_TRY(toNumber(h, prim, &d));
    return makeNumber(h, d, out);
}

Status bigIntArithmetic(Heap &h, Opcode op, Value a, Value b, Value *out) {
    if (!isBigInt(a) || !isBigInt(b))
        return throwError(h, PROTO_TYPE_ERROR, "Cannot mix BigInt and other types, use explicit conversions");
    return bigIntBinary(h, op, a, b, out);
}

namespace {

// A string's value as a BigInt, or undefined (parsing allocates: both
// operands rooted).
Status stringOperand(Heap &h, Value s, Value keep, Value *out) {
    LocalRoot rs(h, s), rk(h, keep);
    return stringToBigInt(h, asString(s), out);
}

}  // namespace

Status bigIntLooseEquals(Heap &h, Value a, Value b, bool *out) {
    if (!isBigInt(a)) {
        Value t = a;
        a = b;
        b = t;
    }
    *out = false;
    if (isString(b)) ENG_TRY(stringOperand(h, b, a, &b));
    if (isBigInt(b)) *out = bigIntEquals(asBigInt(a), asBigInt(b));
    else if (isNumber(b)) *out = bigIntCompareNumber(asBigInt(a), numberOf(b)) == 0;
    return Status::Ok;
}

Status bigIntLessThan(Heap &h, Value a, Value b, bool *out, bool *undefinedResult) {
    LocalRoot ra(h, a), rb(h, b);
    if (isString(a)) ENG_TRY(stringOperand(h, a, b, &ra.value));
    else if (!isBigInt(a)) ENG_TRY(toNumeric(h, a, &ra.value));
    if (isString(b)) ENG_TRY(stringOperand(h, b, ra.value, &rb.value));
    else if (!isBigInt(b)) ENG_TRY(toNumeric(h, b, &rb.value));
    a = ra.value;
    b = rb.value;
    *out = false;
    *undefinedResult = a.isUndefined() || b.isUndefined();
    if (*undefinedResult) return Status::Ok;
    int c;
    if (isBigInt(a) && isBigInt(b)) c = bigIntCompare(asBigInt(a), asBigInt(b));
    else if (isBigInt(a)) c = bigIntCompareNumber(asBigInt(a), numberOf(b));
    else {
        c = bigIntCompareNumber(asBigInt(b), numberOf(a));
        if (c != 2) c = -c;
    }
    *undefinedResult = c == 2;
    *out = c == -1;
    return Status::Ok;
}

}  // namespace eng

#endif
