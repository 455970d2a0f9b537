// Double to decimal digits by exact integer arithmetic. The value and the
// bounds of its rounding interval are written as fractions r/s, m+/s, m-/s
// (all BigUint), scaled by a power of ten so that r/s lies in [0.1, 1); each
// digit is then floor(10 r / s). The shortest digits stop as soon as the
// digits so far, or the next digit up, lie strictly inside the interval
// that reads back as v (its ends count when the significand is even, since
// reading rounds ties to even) -- the free-format method of Steele & White
// as refined by Burger & Dybvig.
#include "strings/double_digits.h"

#include <string.h>

#include "strings/bignum.h"

namespace eng {

void decomposeDouble(double v, uint64_t *f, int *e) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int biased = static_cast<int>((bits >> 52) & 0x7ff);
    uint64_t fraction = bits & ((static_cast<uint64_t>(1) << 52) - 1);
    if (biased == 0) {
        *f = fraction;
        *e = -1074;
    } else {
        *f = fraction | (static_cast<uint64_t>(1) << 52);
        *e = biased - 1075;
    }
}

namespace {

int bitLength(uint64_t v) {
    int n = 0;
    for (; v; v >>= 1) n++;
    return n;
}

// A power of ten no larger than the first power 10^k above f * 2^e
// (f > 0): floor of (bit length - 1) * log10(2) plus one, with the
// constant rounded the safe way for the sign. At most two below the exact
// value; the caller steps up from there.
int estimatePower(uint64_t f, int e) {
    int x = bitLength(f) + e - 1;  // f * 2^e is in [2^x, 2^(x+1))
    int scaled = x >= 0 ? x * 1233 : x * 1234;  // 1233/4096 < log10(2) < 1234/4096
    return (scaled >> 12) + 1;  // arithmetic shift: floor
}

// m * 5^five * 2^two.
void setScaled(BigUint &x, uint64_t m, int five, int two) {
    x.set(m);
    x.multiplyPow5(five);
    x.shiftLeft(two);
}

void applyShift(int shift, BigUint &a, BigUint &b, BigUint &c) {
    a.shiftLeft(shift);
    b.shiftLeft(shift);
    c.shiftLeft(shift);
}

}  // namespace

int exactFraction(uint64_t f, int e, BigUint &r, BigUint &s) {
    // r = f * 2^e and s = 10^k with their powers of five and of two kept
    // apart, so that the common power of two cancels.
    int k = estimatePower(f, e);
    int twoS = k - e > 0 ? k - e : 0;
    setScaled(r, f, k < 0 ? -k : 0, twoS + e - k);
    setScaled(s, 1, k > 0 ? k : 0, twoS);
    while (r.compare(s) >= 0) {
        s.multiply(10);
        k++;
    }
    int shift = s.normalizeShift();
    r.shiftLeft(shift);
    s.shiftLeft(shift);
    return k;
}

namespace {

int exactFraction(double v, BigUint &r, BigUint &s) {
    uint64_t f;
    int e;
    decomposeDouble(v, &f, &e);
    return exactFraction(f, e, r, s);
}

// count digits of r/s (count >= 0), then rounding half up with the carry
// going into *point when every digit was 9.
void generateRounded(BigUint &r, const BigUint &s, int count, char *digits, int *point) {
    for (int i = 0; i < count; i++) {
        r.multiply(10);
        digits[i] = static_cast<char>('0' + r.quotient(s));
    }
    if (r.compareSum(r, s) < 0) return;  // remainder below one half
    int i = count - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
    } else {
        digits[0] = '1';
        ++*point;
    }
}

}  // namespace

int shortestDigits(double v, char *digits, int *point) {
    uint64_t f;
    int e;
    decomposeDouble(v, &f, &e);
    // v = r/s * 10^k, and the reals that read back as v reach m-/s * 10^k
    // below and m+/s * 10^k above: half the gap to each neighbour, the gap
    // below half as wide at a power of two. Each number is a power of five
    // times a power of two, the smallest powers of two that keep them all
    // integers.
    BigUint r, s, mPlus, mMinus;
    bool lowerGapHalf = f == (static_cast<uint64_t>(1) << 52) && e > -1074;
    int k = estimatePower(f, e);
    int five = k < 0 ? -k : 0;
    int twoS = k - e + 1 + (lowerGapHalf ? 1 : 0);
    if (twoS < 0) twoS = 0;
    int twoM = twoS + e - 1 - k;
    setScaled(r, f, five, twoM + 1);
    setScaled(s, 1, k > 0 ? k : 0, twoS);
    setScaled(mPlus, 1, five, twoM);
    if (lowerGapHalf) setScaled(mMinus, 1, five, twoM - 1);
    // Usually m- = m+, and one number serves for both.
    BigUint &lower = lowerGapHalf ? mMinus : mPlus;
    // An even significand includes the interval's ends (ties read back to it).
    bool even = (f & 1) == 0;
    int highMin = even ? 0 : 1, lowMax = even ? 1 : 0;
    while (r.compareSum(mPlus, s) >= highMin) {
        s.multiply(10);
        k++;
    }
    int shift = s.normalizeShift();
    applyShift(shift, r, s, mPlus);
    if (lowerGapHalf) mMinus.shiftLeft(shift);
    int n = 0;
    for (;;) {
        r.multiply(10);
        mPlus.multiply(10);
        if (lowerGapHalf) mMinus.multiply(10);
        int d = static_cast<int>(r.quotient(s));
        bool low = r.compare(lower) < lowMax;  // the digits so far are inside
        bool high = r.compareSum(mPlus, s) >= highMin;  // with d + 1 they are
        if (!low && !high) {
            digits[n++] = static_cast<char>('0' + d);
            continue;
        }
        if (low && high) {
            int c = r.compareSum(r, s);  // 2r - s: which one is closer
            if (c > 0 || (c == 0 && (d & 1))) d++;
        } else if (high) {
            d++;
        }
        digits[n++] = static_cast<char>('0' + d);
        break;
    }
    *point = k;
    return n;
}

void precisionDigits(double v, int count, char *digits, int *point) {
    BigUint r, s;
    *point = exactFraction(v, r, s);
    generateRounded(r, s, count, digits, point);
}

int fixedDigits(double v, int fraction, char *digits, int *point) {
    BigUint r, s;
    int k = exactFraction(v, r, s);
    int count = k + fraction;
    *point = k;
    if (count < 0) return 0;
    if (count == 0) {
        // Below one unit of the last place: it rounds to 0 or to one unit.
        if (r.compareSum(r, s) < 0) return 0;
        digits[0] = '1';
        *point = k + 1;
        return 1;
    }
    generateRounded(r, s, count, digits, point);
    return count;
}

}  // namespace eng
