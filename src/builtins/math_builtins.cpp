// Math: the functions and constants of this stage.
#include <math.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "value/number.h"
#include "value/rom_numbers.h"
#include "vm/convert.h"
#include "vm/operators.h"

namespace eng {

namespace {

Status mathFloor(NativeCall &c) {
    double x;
    ENG_TRY(toNumber(c.heap, c.arg(0), &x));
    Value v;
    ENG_TRY(makeNumber(c.heap, floor(x), &v));
    c.setResult(v);
    return Status::Ok;
}

Status mathAbs(NativeCall &c) {
    double x;
    ENG_TRY(toNumber(c.heap, c.arg(0), &x));
    Value v;
    ENG_TRY(makeNumber(c.heap, fabs(x), &v));
    c.setResult(v);
    return Status::Ok;
}

// max (magic 1) and min (magic 0): NaN wins, +0 is larger than -0.
Status mathMinMax(NativeCall &c) {
    bool isMax = c.magic == 1;
    double result = isMax ? -INFINITY : INFINITY;
    bool sawNaN = false;
    for (uint32_t i = 0; i < c.argc; i++) {
        double x;
        ENG_TRY(toNumber(c.heap, c.arg(i), &x));
        if (x != x) sawNaN = true;
        else if (isMax ? (x > result || (x == 0 && result == 0 && !signbit(x)))
                       : (x < result || (x == 0 && result == 0 && signbit(x))))
            result = x;
    }
    Value v;
    ENG_TRY(makeNumber(c.heap, sawNaN ? NAN : result, &v));
    c.setResult(v);
    return Status::Ok;
}

enum UnaryOp { OP_ACOS, OP_ASIN, OP_ATAN, OP_CEIL, OP_COS, OP_EXP, OP_LOG, OP_ROUND, OP_SIN, OP_SQRT, OP_TAN };

// ES5 15.8.2.15: floor(x + 0.5) computed without the rounding error of the
// addition; -0.5 <= x < 0 gives -0.
double roundHalfUp(double x) {
    if (x != x || isinf(x) || x == 0) return x;
    if (fabs(x) >= 4503599627370496.0) return x;  // 2^52: already an integer
    if (x > 0 && x < 0.5) return 0.0;
    if (x < 0 && x >= -0.5) return -0.0;
    double r = floor(x);
    if (x - r >= 0.5) r += 1;  // exact: |x| < 2^52
    return r == 0 && x < 0 ? -0.0 : r;
}

Status mathUnary(NativeCall &c) {
    double x;
    ENG_TRY(toNumber(c.heap, c.arg(0), &x));
    double r;
    switch (c.magic) {
    case OP_ACOS: r = acos(x); break;
    case OP_ASIN: r = asin(x); break;
    case OP_ATAN: r = atan(x); break;
    case OP_CEIL: r = ceil(x); break;
    case OP_COS: r = cos(x); break;
    case OP_EXP: r = exp(x); break;
    case OP_LOG: r = log(x); break;
    case OP_ROUND: r = roundHalfUp(x); break;
    case OP_SIN: r = sin(x); break;
    case OP_SQRT: r = sqrt(x); break;
    default: r = tan(x); break;
    }
    Value v;
    ENG_TRY(makeNumber(c.heap, r, &v));
    c.setResult(v);
    return Status::Ok;
}

Status mathAtan2(NativeCall &c) {
    double y, x;
    ENG_TRY(toNumber(c.heap, c.arg(0), &y));
    ENG_TRY(toNumber(c.heap, c.arg(1), &x));
    Value v;
    ENG_TRY(makeNumber(c.heap, atan2(y, x), &v));
    c.setResult(v);
    return Status::Ok;
}

Status mathPow(NativeCall &c) {
    double x, y;
    ENG_TRY(toNumber(c.heap, c.arg(0), &x));
    ENG_TRY(toNumber(c.heap, c.arg(1), &y));
    Value v;
    ENG_TRY(makeNumber(c.heap, numberPow(x, y), &v));
    c.setResult(v);
    return Status::Ok;
}

// Math.random: xorshift32, two steps per number (53 random bits); the state
// lives in the heap, seeded on first use.
uint32_t xorshift32(uint32_t *s) {
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *s = x;
    return x;
}

Status mathRandom(NativeCall &c) {
    Heap &h = c.heap;
    if (h.randomState == 0) {
        uintptr_t seed = reinterpret_cast<uintptr_t>(&h) ^ static_cast<uintptr_t>(h.stats.alloc_count * 2654435761u);
        h.randomState = static_cast<uint32_t>(seed ^ (seed >> 16)) | 1u;
    }
    uint32_t a = xorshift32(&h.randomState) >> 5, b = xorshift32(&h.randomState) >> 6;  // 27 and 26 bits
    Value v;
    ENG_TRY(makeNumber(h, (a * 67108864.0 + b) / 9007199254740992.0, &v));
    c.setResult(v);
    return Status::Ok;
}

// (M applied to X and each method: builtins/flash_props.h)
#define MATH_METHODS(M, X)                                                                                \
    M(X, floor, mathFloor, 1, 0) M(X, acos, mathUnary, 1, OP_ACOS) M(X, asin, mathUnary, 1, OP_ASIN)      \
    M(X, atan, mathUnary, 1, OP_ATAN) M(X, atan2, mathAtan2, 2, 0) M(X, ceil, mathUnary, 1, OP_CEIL)     \
    M(X, cos, mathUnary, 1, OP_COS) M(X, exp, mathUnary, 1, OP_EXP) M(X, log, mathUnary, 1, OP_LOG)      \
    M(X, pow, mathPow, 2, 0) M(X, random, mathRandom, 0, 0) M(X, round, mathUnary, 1, OP_ROUND)          \
    M(X, sin, mathUnary, 1, OP_SIN) M(X, sqrt, mathUnary, 1, OP_SQRT) M(X, tan, mathUnary, 1, OP_TAN)    \
    M(X, abs, mathAbs, 1, 0) M(X, max, mathMinMax, 2, 1) M(X, min, mathMinMax, 2, 0)

#define MATH_CONSTANT(P, id) P(id, 0, ENG_FLASH_NUMBER(id))
#define MATH_CONSTANTS(P)                                                                              \
    MATH_CONSTANT(P, PI) MATH_CONSTANT(P, E) MATH_CONSTANT(P, LN2) MATH_CONSTANT(P, LN10)              \
    MATH_CONSTANT(P, LOG2E) MATH_CONSTANT(P, LOG10E) MATH_CONSTANT(P, SQRT2) MATH_CONSTANT(P, SQRT1_2)

}  // namespace

ENG_FLASH_METHOD_TABLE(mathMethods, MATH, MATH_METHODS)

namespace {
ENG_FLASH_OBJECT(mathProps, MATH_CONSTANTS, MATH, MATH_METHODS)
}  // namespace

Status initMathBuiltins(Heap &h) {
    JSObject *math = newObjectOfSize(h, h.protos[PROTO_OBJECT], ObjectClass::Math, sizeof(JSObject));
    if (!math) return Status::Error;
    useFlashProps(math, mathProps);
    math->gcFlags |= RC_MAX;  // a permanent root (the global object names it from flash)
    h.math = math;
    return Status::Ok;
}

}  // namespace eng
