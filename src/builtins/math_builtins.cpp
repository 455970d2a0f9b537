// Math: the functions and constants of this stage.
#include <math.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/math_sum_precise.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "value/float16.h"
#include "value/libm.h"
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

enum UnaryOp {
    OP_ACOS, OP_ASIN, OP_ATAN, OP_CEIL, OP_COS, OP_EXP, OP_LOG, OP_ROUND, OP_SIN, OP_SQRT, OP_TAN,
    // ES2015 (20.2.2): the platform's libm where it has the function
    OP_ACOSH, OP_ASINH, OP_ATANH, OP_CBRT, OP_COSH, OP_EXPM1, OP_FROUND, OP_LOG10, OP_LOG1P, OP_LOG2,
    OP_SIGN, OP_SINH, OP_TANH, OP_TRUNC,
    OP_F16ROUND  // ES2025 (ENG_FLOAT16)
};

double sign(double x) {
    if (x != x || x == 0) return x;  // NaN, +0 and -0 as they are
    return x > 0 ? 1.0 : -1.0;
}

#if ENG_MATH_LIBM_FUNCTIONS
// glibc's cbrt is an ulp off for many exact cubes (cbrt(27) gives
// 3.0000000000000004, cbrt(0.125) 0.49999999999999994): when a neighbour
// of its result cubes to x exactly, that neighbour is the answer. An exact
// cube root has at most 18 significant bits, so its cube is exact in any
// precision; volatile keeps x87 hosts from comparing extended values.
bool cubesTo(double r, double x) {
    volatile double square = r * r;
    volatile double cube = square * r;
    return cube == x;
}

double exactCbrt(double x) {
    double r = cbrt(x);
    if (r == 0 || isinf(r) || r != r || cubesTo(r, x)) return r;
    double up = nextUp(r), down = nextDown(r);
    return cubesTo(up, x) ? up : cubesTo(down, x) ? down : r;
}

// newlib's log2 divides log by ln 2, which misses even powers of two
// (log2(2^1023) gives 1023.0000000000001): those are exact here.
double exactLog2(double x) {
    int exponent;
    if (x > 0 && !isinf(x) && frexp(x, &exponent) == 0.5) return exponent - 1;
    return log2(x);
}

#endif

// Rounds to the nearest float (ties to even); volatile keeps x87 hosts
// from carrying the extended value through.
double froundDouble(double x) {
    volatile float f = static_cast<float>(x);
    return static_cast<double>(f);
}

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
    case OP_ACOS: r = libmAcos(x); break;
    case OP_ASIN: r = libmAsin(x); break;
    case OP_ATAN: r = atan(x); break;
    case OP_CEIL: r = ceil(x); break;
    case OP_COS: r = cos(x); break;
    case OP_EXP: r = libmExp(x); break;
    case OP_LOG: r = libmLog(x); break;
    case OP_ROUND: r = roundHalfUp(x); break;
    case OP_SIN: r = sin(x); break;
    case OP_SQRT: r = libmSqrt(x); break;
    case OP_TAN: r = tan(x); break;
#if ENG_MATH_LIBM_FUNCTIONS
    case OP_ACOSH: r = libmAcosh(x); break;
    case OP_ASINH: r = asinh(x); break;
    case OP_ATANH: r = libmAtanh(x); break;
    case OP_CBRT: r = exactCbrt(x); break;
    case OP_COSH: r = libmCosh(x); break;
    case OP_EXPM1: r = expm1(x); break;
    case OP_LOG10: r = libmLog10(x); break;
    case OP_LOG1P: r = log1p(x); break;
    case OP_LOG2: r = exactLog2(x); break;
    case OP_SINH: r = libmSinh(x); break;
    case OP_TANH: r = tanh(x); break;
#endif
    case OP_FROUND: r = froundDouble(x); break;
    case OP_SIGN: r = sign(x); break;
#if ENG_FLOAT16
    case OP_F16ROUND: r = float16ToDouble(doubleToFloat16(x)); break;
#endif
    default: r = trunc(x); break;
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
    ENG_TRY(makeNumber(c.heap, libmAtan2(y, x), &v));
    c.setResult(v);
    return Status::Ok;
}

#if ENG_MATH_LIBM_FUNCTIONS
// hypot (ES2015 20.2.2.18): every argument is converted first; an infinity
// wins over NaN; the libm's hypot keeps two arguments exact, more are
// scaled by the largest so the sum of squares neither overflows nor
// underflows.
Status mathHypot(NativeCall &c) {
    Heap &h = c.heap;
    for (uint32_t i = 0; i < c.argc; i++) {
        double x;
        ENG_TRY(toNumber(h, c.arg(i), &x));
        Value v;
        ENG_TRY(makeNumber(h, x, &v));
        c.setArg(i, v);  // converted once, kept rooted in its slot
    }
    bool infinite = false, nan = false;
    double largest = 0;
    for (uint32_t i = 0; i < c.argc; i++) {
        double x = fabs(numberOf(c.arg(i)));
        if (isinf(x)) infinite = true;
        else if (x != x) nan = true;
        else if (x > largest) largest = x;
    }
    double r;
    if (infinite) r = INFINITY;
    else if (nan) r = NAN;
    else if (c.argc == 0 || largest == 0) r = 0;
    else if (c.argc == 1) r = largest;
    else if (c.argc == 2) r = libmHypot(numberOf(c.arg(0)), numberOf(c.arg(1)));
    else {
        // Kahan-compensated sum of the scaled squares.
        double sum = 0, compensation = 0;
        for (uint32_t i = 0; i < c.argc; i++) {
            double scaled = numberOf(c.arg(i)) / largest;
            double term = scaled * scaled - compensation;
            double next = sum + term;
            compensation = (next - sum) - term;
            sum = next;
        }
        r = libmSqrt(sum) * largest;
    }
    Value v;
    ENG_TRY(makeNumber(h, r, &v));
    c.setResult(v);
    return Status::Ok;
}

#endif

// clz32 (magic 0) and imul (magic 1), on ToUint32 values.
Status mathInt32(NativeCall &c) {
    uint32_t a = 0, b = 0;
    ENG_TRY(toUint32(c.heap, c.arg(0), &a));
    if (c.magic == 0) {
        uint32_t n = 0;
        while (n < 32 && !(a & (0x80000000u >> n))) n++;
        c.setResult(Value::smallInt(static_cast<int32_t>(n)));
        return Status::Ok;
    }
    ENG_TRY(toUint32(c.heap, c.arg(1), &b));
    int32_t product = static_cast<int32_t>(a * b);  // modulo 2^32, then signed
    Value v;
    ENG_TRY(makeNumber(c.heap, product, &v));
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

#if ENG_MATH_LIBM_FUNCTIONS
#define MATH_LIBM_METHODS(M, X)                                                                           \
    M(X, acosh, mathUnary, 1, OP_ACOSH) M(X, asinh, mathUnary, 1, OP_ASINH)                                \
    M(X, atanh, mathUnary, 1, OP_ATANH) M(X, cbrt, mathUnary, 1, OP_CBRT) M(X, cosh, mathUnary, 1, OP_COSH) \
    M(X, expm1, mathUnary, 1, OP_EXPM1) M(X, hypot, mathHypot, 2, 0) M(X, log10, mathUnary, 1, OP_LOG10)   \
    M(X, log1p, mathUnary, 1, OP_LOG1P) M(X, log2, mathUnary, 1, OP_LOG2) M(X, sinh, mathUnary, 1, OP_SINH) \
    M(X, tanh, mathUnary, 1, OP_TANH)
#else
#define MATH_LIBM_METHODS(M, X)
#endif

#if ENG_FLOAT16
#define MATH_FLOAT16_METHODS(M, X) M(X, f16round, mathUnary, 1, OP_F16ROUND)
#else
#define MATH_FLOAT16_METHODS(M, X)
#endif

// (M applied to X and each method: builtins/flash_props.h)
#define MATH_METHODS(M, X)                                                                                \
    M(X, floor, mathFloor, 1, 0) M(X, acos, mathUnary, 1, OP_ACOS) M(X, asin, mathUnary, 1, OP_ASIN)      \
    M(X, atan, mathUnary, 1, OP_ATAN) M(X, atan2, mathAtan2, 2, 0) M(X, ceil, mathUnary, 1, OP_CEIL)     \
    M(X, cos, mathUnary, 1, OP_COS) M(X, exp, mathUnary, 1, OP_EXP) M(X, log, mathUnary, 1, OP_LOG)      \
    M(X, pow, mathPow, 2, 0) M(X, random, mathRandom, 0, 0) M(X, round, mathUnary, 1, OP_ROUND)          \
    M(X, sin, mathUnary, 1, OP_SIN) M(X, sqrt, mathUnary, 1, OP_SQRT) M(X, tan, mathUnary, 1, OP_TAN)    \
    M(X, abs, mathAbs, 1, 0) M(X, max, mathMinMax, 2, 1) M(X, min, mathMinMax, 2, 0)                     \
    M(X, clz32, mathInt32, 1, 0) M(X, fround, mathUnary, 1, OP_FROUND) M(X, imul, mathInt32, 2, 1)         \
    M(X, sign, mathUnary, 1, OP_SIGN) M(X, trunc, mathUnary, 1, OP_TRUNC) MATH_LIBM_METHODS(M, X)        \
    MATH_FLOAT16_METHODS(M, X) MATH_SUM_PRECISE_METHODS(M, X)

#define MATH_CONSTANT(P, id) P(id, 0, ENG_FLASH_NUMBER(id))
#define MATH_CONSTANTS(P)                                                                              \
    MATH_CONSTANT(P, PI) MATH_CONSTANT(P, E) MATH_CONSTANT(P, LN2) MATH_CONSTANT(P, LN10)              \
    MATH_CONSTANT(P, LOG2E) MATH_CONSTANT(P, LOG10E) MATH_CONSTANT(P, SQRT2) MATH_CONSTANT(P, SQRT1_2)

}  // namespace

ENG_FLASH_METHOD_TABLE(mathMethods, MATH, MATH_METHODS)

namespace {
// Math[@@toStringTag] (ES2015 20.2.1.9).
#define MATH_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(Math))
ENG_FLASH_OBJECT_SYMBOLS(mathProps, MATH_CONSTANTS, MATH, MATH_METHODS, MATH_SYMBOLS)
}  // namespace

Status initMathBuiltins(Heap &h) {
    JSObject *math = newObjectOfSize(h, protoOf(h, PROTO_OBJECT), ObjectClass::Math, sizeof(JSObject));
    if (!math) return Status::Error;
    useFlashProps(math, mathProps);
    math->gcFlags |= RC_MAX;  // a permanent root (the global object names it from flash)
    h.math = math;
    return Status::Ok;
}

}  // namespace eng
