// Number: the constants of the constructor and the formatting methods of
// Number.prototype (toFixed, toExponential, toPrecision, toLocaleString and
// toString with a radix). Decimal digits come from strings/double_digits,
// exact for every double.
#include <float.h>
#include <math.h>
#include <string.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/global_object.h"
#include "builtins/wrappers.h"
#include "objects/object_ops.h"
#include "strings/double_digits.h"
#include "strings/numconv.h"
#include "strings/string.h"
#include "value/libm.h"
#include "value/number.h"
#include "value/rom_numbers.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

// thisNumberValue: a number or a Number wrapper, else TypeError naming the method.
Status thisNumber(NativeCall &c, const char *method, double *out) {
    Value t = c.thisValue();
    if (isNumber(t)) {
        *out = numberOf(t);
        return Status::Ok;
    }
    if (isObject(t) && asObject(t)->cls() == ObjectClass::Number) {
        *out = numberOf(static_cast<JSPrimitiveWrapper *>(asObject(t))->primitive);
        return Status::Ok;
    }
    return throwError(c.heap, PROTO_TYPE_ERROR, "Number.prototype.%s requires that 'this' be a Number", method);
}

// ToIntegerOrInfinity of argument i (undefined gives 0).
Status integerArg(NativeCall &c, uint32_t i, double *out) {
    double d;
    ENG_TRY(toNumber(c.heap, c.arg(i), &d));
    *out = toIntegerDouble(d);
    return Status::Ok;
}

Status resultAscii(NativeCall &c, const char *text) {
    HString *s = internCString(c.heap, text);
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

Status resultNumberString(NativeCall &c, double x) {
    HString *s = numberToString(c.heap, x);
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

// d[.ddd]e+x from n digits.
void layoutExponential(char *out, bool negative, const char *digits, int n, int exponent) {
    char *o = out;
    if (negative) *o++ = '-';
    *o++ = digits[0];
    if (n > 1) {
        *o++ = '.';
        memcpy(o, digits + 1, static_cast<size_t>(n - 1));
        o += n - 1;
    }
    *o++ = 'e';
    *o++ = exponent < 0 ? '-' : '+';
    o += formatUint32(static_cast<uint32_t>(exponent < 0 ? -exponent : exponent), o);
    *o = 0;
}

Status numberToFixed(NativeCall &c) {
    double x = 0, f = 0;
    ENG_TRY(thisNumber(c, "toFixed", &x));
    ENG_TRY(integerArg(c, 0, &f));
    if (!(f >= 0 && f <= 100))
        return throwError(c.heap, PROTO_RANGE_ERROR, "toFixed() digits argument must be between 0 and 100");
    if (x != x || fabs(x) >= 1e21) return resultNumberString(c, x);
    int fraction = static_cast<int>(f);
    // |x| < 10^21 rounded at 10^-100 or above: at most 122 digits.
    char digits[128], out[128];
    int point = 0, count = 0;
    if (x != 0) count = fixedDigits(fabs(x), fraction, digits, &point);
    char *o = out;
    if (x < 0) *o++ = '-';
    if (point <= 0) *o++ = '0';
    for (int i = 0; i < point; i++) *o++ = i < count ? digits[i] : '0';
    if (fraction > 0) *o++ = '.';
    for (int i = point; i < point + fraction; i++) *o++ = i >= 0 && i < count ? digits[i] : '0';
    *o = 0;
    return resultAscii(c, out);
}

Status numberToExponential(NativeCall &c) {
    double x = 0, f = 0;
    ENG_TRY(thisNumber(c, "toExponential", &x));
    bool shortest = c.arg(0).isUndefined();
    ENG_TRY(integerArg(c, 0, &f));
    if (x != x || isinf(x)) return resultNumberString(c, x);
    if (!(f >= 0 && f <= 100))
        return throwError(c.heap, PROTO_RANGE_ERROR, "toExponential() argument must be between 0 and 100");
    char digits[112], out[140];
    int n, exponent;
    if (x == 0) {
        n = shortest ? 1 : static_cast<int>(f) + 1;
        memset(digits, '0', static_cast<size_t>(n));
        digits[n] = 0;
        exponent = 0;
    } else if (shortest) {
        n = shortestDigits(fabs(x), digits, &exponent);
        exponent--;
    } else {
        n = static_cast<int>(f) + 1;
        precisionDigits(fabs(x), n, digits, &exponent);
        exponent--;
    }
    layoutExponential(out, x < 0, digits, n, exponent);
    return resultAscii(c, out);
}

Status numberToPrecision(NativeCall &c) {
    double x = 0, p = 0;
    ENG_TRY(thisNumber(c, "toPrecision", &x));
    if (c.arg(0).isUndefined()) return resultNumberString(c, x);
    ENG_TRY(integerArg(c, 0, &p));
    if (x != x || isinf(x)) return resultNumberString(c, x);
    if (!(p >= 1 && p <= 100))
        return throwError(c.heap, PROTO_RANGE_ERROR, "toPrecision() argument must be between 1 and 100");
    int precision = static_cast<int>(p);
    char digits[112], out[240];
    int exponent;
    if (x == 0) {
        memset(digits, '0', static_cast<size_t>(precision));
        digits[precision] = 0;
        exponent = 0;
    } else {
        precisionDigits(fabs(x), precision, digits, &exponent);
        exponent--;
    }
    bool negative = x < 0;
    if (exponent < -6 || exponent >= precision) {
        layoutExponential(out, negative, digits, precision, exponent);
        return resultAscii(c, out);
    }
    char *o = out;
    if (negative) *o++ = '-';
    if (exponent >= 0) {
        memcpy(o, digits, static_cast<size_t>(exponent + 1));
        o += exponent + 1;
        if (precision > exponent + 1) {
            *o++ = '.';
            memcpy(o, digits + exponent + 1, static_cast<size_t>(precision - exponent - 1));
            o += precision - exponent - 1;
        }
    } else {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -exponent - 1; i++) *o++ = '0';
        memcpy(o, digits, static_cast<size_t>(precision));
        o += precision;
    }
    *o = 0;
    return resultAscii(c, out);
}

Status numberToLocaleString(NativeCall &c) {
    double x = 0;
    ENG_TRY(thisNumber(c, "toLocaleString", &x));
    return resultNumberString(c, x);
}

// Rounds to double precision: on x87 (32-bit x86 hosts) intermediate
// results otherwise keep extended precision and digits come out different.
double narrow(double x) {
    volatile double v = x;
    return v;
}

// Number::toString(x, radix) for a finite x and radix 2..36 other than 10:
// the integer part exactly (digits below the 53 significant bits are 0),
// the fraction digit by digit until the digits identify x uniquely (the
// remaining fraction is below half the gap to the neighbouring doubles),
// rounding the last digit half to even.
HString *numberToRadixString(Heap &h, double x, int radix) {
    static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    bool negative = x < 0;
    double value = fabs(x);
    double integer = floor(value), fraction = narrow(value - integer);
    // Half the distance to the next double, at least the smallest subnormal.
    double delta = narrow(0.5 * narrow(nextUp(value) - value));
    double minDelta = nextUp(0.0);
    if (!(delta >= minDelta)) delta = minDelta;
    // Integer digits grow down from `split`, fraction digits up from it.
    // Sized for this number (at most one digit per bit of the integer part,
    // plus one for a carry, and a sign; up to 1075 fraction digits only when
    // there is a fraction): 2200 bytes for every call made small heaps
    // fragment.
    uint32_t bits = 1;
    for (double v = integer; v >= 2; v = floor(v / 2)) bits++;
    uint32_t split = bits + 3;
    const uint32_t SIZE = split + (fraction >= delta ? 1077 : 1);
    char *buf = static_cast<char *>(heapAlloc(h, SIZE));
    if (!buf) {
        (void)throwOutOfMemory(h);
        return nullptr;
    }
    uint32_t intCursor = split, fracCursor = split;
    if (fraction >= delta) {
        buf[fracCursor++] = '.';
        do {
            fraction = narrow(fraction * radix);
            delta = narrow(delta * radix);
            int digit = static_cast<int>(fraction);
            buf[fracCursor++] = chars[digit];
            fraction = narrow(fraction - digit);
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
                if (narrow(fraction + delta) > 1) {
                    // Round up, carrying into earlier digits (and the integer part).
                    for (;;) {
                        fracCursor--;
                        if (fracCursor == split) {
                            integer += 1;
                            break;
                        }
                        char ch = buf[fracCursor];
                        int d = ch > '9' ? ch - 'a' + 10 : ch - '0';
                        if (d + 1 < radix) {
                            buf[fracCursor++] = chars[d + 1];
                            break;
                        }
                    }
                    break;
                }
            }
        } while (fraction >= delta && fracCursor < SIZE - 1);
    }
    // Integer digits right to left. Above 2^53 the low digits are not
    // represented: they print as 0.
    while (narrow(integer / radix) >= 9007199254740992.0 && intCursor > 1) {
        integer = narrow(integer / radix);
        buf[--intCursor] = '0';
    }
    do {
        double remainder = narrow(libmFmod(integer, radix));
        buf[--intCursor] = chars[static_cast<int>(remainder)];
        integer = narrow(narrow(integer - remainder) / radix);
    } while (integer > 0 && intCursor > 1);
    if (negative) buf[--intCursor] = '-';
    HString *s = internLatin1(h, reinterpret_cast<const uint8_t *>(buf + intCursor), fracCursor - intCursor);
    heapFree(h, buf, SIZE);
    return s;
}

Status numberToString(NativeCall &c) {
    double x = 0, radix = 10;
    ENG_TRY(thisNumber(c, "toString", &x));
    if (!c.arg(0).isUndefined()) ENG_TRY(integerArg(c, 0, &radix));
    if (!(radix >= 2 && radix <= 36))
        return throwError(c.heap, PROTO_RANGE_ERROR, "toString() radix argument must be between 2 and 36");
    if (radix == 10 || x != x || isinf(x)) return resultNumberString(c, x);
    HString *s = numberToRadixString(c.heap, x, static_cast<int>(radix));
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

// Number.isFinite / isInteger / isNaN / isSafeInteger (ES2015 20.1.2): no
// conversion, anything but a number is false.
enum NumberTest { TEST_FINITE, TEST_INTEGER, TEST_NAN, TEST_SAFE_INTEGER };

Status numberTest(NativeCall &c) {
    Value v = c.arg(0);
    bool r = false;
    if (isNumber(v)) {
        double x = numberOf(v);
        bool integer = !isinf(x) && x == x && trunc(x) == x;
        switch (c.magic) {
        case TEST_FINITE: r = !isinf(x) && x == x; break;
        case TEST_INTEGER: r = integer; break;
        case TEST_NAN: r = x != x; break;
        default: r = integer && fabs(x) <= 9007199254740991.0; break;
        }
    }
    c.setResult(Value::boolean(r));
    return Status::Ok;
}

#define NUMBER_PROTO_METHODS(M, X)                                                                      \
    M(X, valueOf, wrapperValueOf, 0, KIND_NUMBER) M(X, toString, numberToString, 1, 0)                   \
    M(X, toLocaleString, numberToLocaleString, 0, 0) M(X, toFixed, numberToFixed, 1, 0)                  \
    M(X, toExponential, numberToExponential, 1, 0) M(X, toPrecision, numberToPrecision, 1, 0)
#define NUMBER_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_NUMBER))
// EPSILON and the safe-integer bounds are ES2015's, and cost nothing.
#define NUMBER_CTOR_PROPS(P)                                                                           \
    P(prototype, 0, ENG_FLASH_PROTO(PROTO_NUMBER)) P(MAX_VALUE, 0, ENG_FLASH_NUMBER(MAX_VALUE))          \
    P(MIN_VALUE, 0, ENG_FLASH_NUMBER(MIN_VALUE)) P(NaN, 0, ENG_FLASH_NUMBER(NaN))                       \
    P(NEGATIVE_INFINITY, 0, ENG_FLASH_NUMBER(minusInfinity))                                             \
    P(POSITIVE_INFINITY, 0, ENG_FLASH_NUMBER(Infinity)) P(EPSILON, 0, ENG_FLASH_NUMBER(EPSILON))        \
    P(MAX_SAFE_INTEGER, 0, ENG_FLASH_NUMBER(MAX_SAFE_INTEGER))                                           \
    P(MIN_SAFE_INTEGER, 0, ENG_FLASH_NUMBER(MIN_SAFE_INTEGER))                                           \
    P(parseInt, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_GLOBAL_FUNCTIONS, GLOBAL_FUNCTIONS_parseInt))  \
    P(parseFloat, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_GLOBAL_FUNCTIONS, GLOBAL_FUNCTIONS_parseFloat))
// (Number.parseInt and parseFloat are the global functions themselves.)
#define NUMBER_STATIC_METHODS(M, X)                                                                     \
    M(X, isFinite, numberTest, 1, TEST_FINITE) M(X, isInteger, numberTest, 1, TEST_INTEGER)              \
    M(X, isNaN, numberTest, 1, TEST_NAN) M(X, isSafeInteger, numberTest, 1, TEST_SAFE_INTEGER)

}  // namespace

ENG_FLASH_METHOD_TABLE(numberProtoMethods, NUMBER_PROTO, NUMBER_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(numberStaticMethods, NUMBER_STATIC, NUMBER_STATIC_METHODS)

namespace {
ENG_FLASH_OBJECT(numberProtoProps, NUMBER_PROTO_PROPS, NUMBER_PROTO, NUMBER_PROTO_METHODS)
ENG_FLASH_OBJECT(numberCtorProps, NUMBER_CTOR_PROPS, NUMBER_STATIC, NUMBER_STATIC_METHODS)
}  // namespace

Status initNumberBuiltins(Heap &h) {
    if (!flashPrototype(h, PROTO_NUMBER, numberProtoProps.props, makeNumberPrototype))
        return Status::Error;
    JSNative *ctor =
        flashConstructor(h, PROTO_NUMBER, ATOM_Number, wrapperConstructor, 1, numberCtorProps, numberProtoProps);
    if (!ctor) return Status::Error;
    ctor->magic = KIND_NUMBER;
    return Status::Ok;
}

}  // namespace eng
