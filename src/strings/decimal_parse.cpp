// Decimal text to double. Short inputs whose digits and power of ten are
// both exact doubles take one correctly rounded multiplication or
// division. Otherwise a floating-point estimate from the first 19 digits
// (a few units in the last place off at most) is corrected exactly: the
// input is compared with the midpoints between the candidate and its
// neighbours, whose exact decimal expansions are generated digit by digit
// from a BigUint fraction and matched against the input's digits as they
// are read. A midpoint has at most about 770 significant digits, so the
// comparison never needs more, however long the input is, and it usually
// stops at the first digit that differs.
#include "strings/decimal_parse.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "strings/bignum.h"
#include "strings/double_digits.h"

namespace eng {

namespace {

bool isDigit(uint32_t c) { return c >= '0' && c <= '9'; }

// Latin-1 or UTF-16 text behind one type, so that the code exists once.
struct Units {
    const uint8_t *narrow;
    const uint16_t *wide;
    uint32_t operator[](size_t i) const { return narrow ? narrow[i] : wide[i]; }
};

size_t scan(Units text, size_t length) {
    size_t i = 0, digits = 0;
    while (i < length && isDigit(text[i])) i++, digits++;
    if (i < length && text[i] == '.') {
        i++;
        while (i < length && isDigit(text[i])) i++, digits++;
    }
    if (digits == 0) return 0;
    if (i < length && (text[i] == 'e' || text[i] == 'E')) {
        size_t j = i + 1;
        if (j < length && (text[j] == '+' || text[j] == '-')) j++;
        size_t start = j;
        while (j < length && isDigit(text[j])) j++;
        if (j > start) i = j;
    }
    return i;
}

// The significant digits of a scanned literal: value = 0.d1d2...dn * 10^point.
struct Digits {
    Units text;
    size_t first;     // index of d1
    size_t end;       // end of the digits and the point
    int64_t count;    // n: up to the last nonzero digit
    int64_t point;
};

// Fills d; false when every digit is zero.
bool readDigits(Units text, size_t length, Digits *d) {
    size_t end = 0;
    while (end < length && text[end] != 'e' && text[end] != 'E') end++;
    int64_t exponent = 0;
    if (end < length) {
        size_t j = end + 1;
        bool negative = false;
        if (j < length && (text[j] == '+' || text[j] == '-')) negative = text[j++] == '-';
        for (; j < length; j++)
            if (exponent < 100000000) exponent = exponent * 10 + (text[j] - '0');
        if (negative) exponent = -exponent;
    }
    // Leading zeros; those after the point lower the exponent.
    size_t i = 0;
    bool afterPoint = false;
    int64_t zerosAfterPoint = 0;
    for (; i < end; i++) {
        if (text[i] == '.') afterPoint = true;
        else if (text[i] != '0') break;
        else if (afterPoint) zerosAfterPoint++;
    }
    if (i == end) return false;
    d->text = text;
    d->first = i;
    d->end = end;
    int64_t seen = 0, beforePoint = 0;
    d->count = 0;
    for (; i < end; i++) {
        uint32_t c = text[i];
        if (c == '.') {
            afterPoint = true;
            continue;
        }
        seen++;
        if (!afterPoint) beforePoint++;
        if (c != '0') d->count = seen;
    }
    d->point = (beforePoint ? beforePoint : -zerosAfterPoint) + exponent;
    return true;
}

// Sign of (input - H * 2^hexp), H > 0.
int compareWithDyadic(const Digits &d, uint64_t h, int hexp) {
    BigUint r, s;
    int k = exactFraction(h, hexp, r, s);
    // The input lies in [10^(point-1), 10^point), the midpoint in [10^(k-1), 10^k).
    if (k != d.point) return d.point > k ? 1 : -1;
    int64_t produced = 0;
    for (size_t i = d.first; produced < d.count; i++) {
        if (d.text[i] == '.') continue;
        r.multiply(10);
        uint32_t digit = r.quotient(s);
        uint32_t c = static_cast<uint32_t>(d.text[i] - '0');
        if (c != digit) return c > digit ? 1 : -1;
        produced++;
        if (r.isZero()) return produced < d.count ? 1 : 0;
    }
    return -1;
}

// 10^n for 0 <= n, inexact above 10^22 (by a few units in the last place)
// and infinite above 10^308.
double powerOfTen(int n) {
    static const double exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    static const double binary[] = {1e32, 1e64, 1e128, 1e256};
    double p = exact[n % 32 < 23 ? n % 32 : 22];
    if (n % 32 >= 23) p *= exact[n % 32 - 22];
    n /= 32;
    for (int b = 0; n && b < 4; b++, n >>= 1)
        if (n & 1) p *= binary[b];
    if (n) p = HUGE_VAL;
    return p;
}

double fromBits(uint64_t bits) {
    double v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

double convert(Units text, size_t length) {
    Digits d;
    if (!readDigits(text, length, &d)) return 0;
    if (d.point > 310) return HUGE_VAL;
    if (d.point < -323) return 0;  // below 10^-324, less than half of the smallest subnormal
    // The first 19 significant digits as an integer.
    uint64_t m = 0;
    int taken = 0;
    for (size_t i = d.first; taken < d.count && taken < 19; i++) {
        if (text[i] == '.') continue;
        m = m * 10 + static_cast<uint64_t>(text[i] - '0');
        taken++;
    }
    int scale = static_cast<int>(d.point) - taken;  // value ~ m * 10^scale
    // Exact operands, one rounding: right, unless the FPU keeps excess
    // precision and would round twice.
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
    if (taken == d.count && m < (static_cast<uint64_t>(1) << 53) && scale >= -22 && scale <= 22)
        return scale >= 0 ? static_cast<double>(m) * powerOfTen(scale) : static_cast<double>(m) / powerOfTen(-scale);
#endif
    double estimate = static_cast<double>(m);
    if (scale >= 0) {
        estimate *= powerOfTen(scale);
    } else {
        int n = -scale;
        if (n > 300) {
            estimate /= powerOfTen(n - 300);
            n = 300;
        }
        estimate /= powerOfTen(n);
    }
    const uint64_t maxBits = 0x7fefffffffffffffull;
    uint64_t bits;
    memcpy(&bits, &estimate, sizeof bits);
    if (bits > maxBits) bits = maxBits;
    // Step to the double whose rounding interval holds the input; a tie
    // goes to the even significand. Once moved, only that direction needs
    // checking again.
    int moved = 0;
    for (;;) {
        uint64_t f;
        int e;
        decomposeDouble(fromBits(bits), &f, &e);
        if (moved >= 0) {
            int c = compareWithDyadic(d, 2 * f + 1, e - 1);
            if (c > 0 || (c == 0 && (f & 1))) {
                if (bits == maxBits) return HUGE_VAL;
                bits++;
                moved = 1;
                continue;
            }
        }
        if (moved <= 0 && f != 0) {
            bool halfGap = f == (static_cast<uint64_t>(1) << 52) && e > -1074;
            int c = halfGap ? compareWithDyadic(d, 4 * f - 1, e - 2) : compareWithDyadic(d, 2 * f - 1, e - 1);
            if (c < 0 || (c == 0 && (f & 1))) {
                bits--;
                moved = -1;
                continue;
            }
        }
        return fromBits(bits);
    }
}

int digitValue(uint32_t c) {
    if (c <= '9') return static_cast<int>(c - '0');
    return static_cast<int>((c | 0x20) - 'a' + 10);
}

double binaryDigits(Units text, size_t length, int bits) {
    uint64_t m = 0;
    int dropped = 0;  // bits below m, not kept
    bool sticky = false;
    for (size_t i = 0; i < length; i++) {
        int v = digitValue(text[i]);
        if (dropped == 0 && (m >> (64 - bits)) == 0) {
            m = (m << bits) | static_cast<uint64_t>(v);
        } else {
            sticky = sticky || v != 0;
            if (dropped < 2000) dropped += bits;  // far beyond Infinity already
        }
    }
    int width = 0;
    for (uint64_t t = m; t; t >>= 1) width++;
    if (width > 53) {
        int shift = width - 53;
        uint64_t half = static_cast<uint64_t>(1) << (shift - 1);
        uint64_t rest = m & ((static_cast<uint64_t>(1) << shift) - 1);
        m >>= shift;
        if (rest > half || (rest == half && (sticky || (m & 1)))) m++;
        dropped += shift;
    }
    return ldexp(static_cast<double>(m), dropped);
}

}  // namespace

size_t scanDecimal(const uint8_t *text, size_t length) { return scan(Units{text, nullptr}, length); }
size_t scanDecimal(const uint16_t *text, size_t length) { return scan(Units{nullptr, text}, length); }
double decimalToDouble(const uint8_t *text, size_t length) { return convert(Units{text, nullptr}, length); }
double decimalToDouble(const uint16_t *text, size_t length) { return convert(Units{nullptr, text}, length); }

double binaryDigitsToDouble(const uint8_t *text, size_t length, int bitsPerDigit) {
    return binaryDigits(Units{text, nullptr}, length, bitsPerDigit);
}

double binaryDigitsToDouble(const uint16_t *text, size_t length, int bitsPerDigit) {
    return binaryDigits(Units{nullptr, text}, length, bitsPerDigit);
}

}  // namespace eng
