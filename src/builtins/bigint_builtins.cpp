// BigInt (ES2020 21.2): the conversion function (not a constructor),
// BigInt.asIntN / asUintN and BigInt.prototype, in flash tables. The
// arithmetic is value/bigint.cpp.
#include "config.h"

#if ENG_BIGINT

#include <math.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "objects/object_ops.h"
#include "value/bigint.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

// BigInt(value) (21.2.1.1): a number must be an integer; anything else
// goes through ToBigInt.
Status bigIntConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (c.construct) return throwError(h, PROTO_TYPE_ERROR, "BigInt is not a constructor");
    Value prim;
    ENG_TRY(toPrimitive(h, c.arg(0), Hint::Number, &prim));
    LocalRoot rp(h, prim);
    Value result;
    if (isNumber(prim)) ENG_TRY(numberToBigInt(h, numberOf(prim), &result));
    else ENG_TRY(toBigInt(h, prim, &result));
    c.setResult(result);
    return Status::Ok;
}

// BigInt.asIntN(bits, bigint) (magic 1) and asUintN (magic 0).
Status bigIntAsIntN(NativeCall &c) {
    Heap &h = c.heap;
    double bits = 0;
    if (!c.arg(0).isUndefined()) {  // ToIndex
        ENG_TRY(toNumber(h, c.arg(0), &bits));
        bits = toIntegerDouble(bits);
        if (bits < 0 || bits > 9007199254740991.0) return throwError(h, PROTO_RANGE_ERROR, "Invalid value: not (convertible to) a safe integer");
    }
    Value b;
    ENG_TRY(toBigInt(h, c.arg(1), &b));
    LocalRoot rb(h, b);
    Value result;
    ENG_TRY(bigIntAsN(h, b, bits, c.magic != 0, &result));
    c.setResult(result);
    return Status::Ok;
}

// thisBigIntValue (21.2.3.4.1).
Status thisBigInt(NativeCall &c, const char *method, Value *out) {
    Value t = c.thisValue();
    if (isObject(t) && asObject(t)->cls() == ObjectClass::BigInt) t = static_cast<JSPrimitiveWrapper *>(asObject(t))->primitive;
    if (isBigInt(t)) {
        *out = t;
        return Status::Ok;
    }
    return throwError(c.heap, PROTO_TYPE_ERROR, "BigInt.prototype.%s requires that 'this' be a BigInt", method);
}

Status bigIntValueOf(NativeCall &c) {
    Value v;
    ENG_TRY(thisBigInt(c, "valueOf", &v));
    c.setResult(v);
    return Status::Ok;
}

// toString(radix) (magic 0) and toLocaleString() (magic 1: decimal; no Intl).
Status bigIntToStringMethod(NativeCall &c) {
    Heap &h = c.heap;
    Value v;
    ENG_TRY(thisBigInt(c, c.magic ? "toLocaleString" : "toString", &v));
    double radix = 10;
    if (!c.magic && !c.arg(0).isUndefined()) {
        ENG_TRY(toNumber(h, c.arg(0), &radix));
        radix = toIntegerDouble(radix);
        if (!(radix >= 2 && radix <= 36)) return throwError(h, PROTO_RANGE_ERROR, "toString() radix must be between 2 and 36");
    }
    HString *s = bigIntToString(h, asBigInt(v), static_cast<uint32_t>(radix));
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

}  // namespace

#define BIGINT_PROTO_METHODS(M, X)                                                            \
    M(X, toString, bigIntToStringMethod, 0, 0) M(X, toLocaleString, bigIntToStringMethod, 0, 1) \
    M(X, valueOf, bigIntValueOf, 0, 0)
#define BIGINT_STATIC_METHODS(M, X) M(X, asIntN, bigIntAsIntN, 2, 1) M(X, asUintN, bigIntAsIntN, 2, 0)
#define BIGINT_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_BIGINT))
#define BIGINT_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(BigInt))
#define BIGINT_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_BIGINT))

ENG_FLASH_METHOD_TABLE(bigIntProtoMethods, BIGINT_PROTO, BIGINT_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(bigIntStaticMethods, BIGINT_STATIC, BIGINT_STATIC_METHODS)

namespace {
ENG_FLASH_OBJECT_SYMBOLS(bigIntProtoProps, BIGINT_PROTO_PROPS, BIGINT_PROTO, BIGINT_PROTO_METHODS, BIGINT_PROTO_SYMBOLS)
ENG_FLASH_OBJECT(bigIntCtorProps, BIGINT_CTOR_PROPS, BIGINT_STATIC, BIGINT_STATIC_METHODS)
}  // namespace

Status initBigIntBuiltins(Heap &h) {
    return flashConstructor(h, PROTO_BIGINT, ATOM_BigInt, bigIntConstructor, 1, bigIntCtorProps, bigIntProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng

#endif
