// binary16 conversions (see float16.h). A binary16 has 1 sign bit, 5
// exponent bits (bias 15) and 10 fraction bits; subnormals are
// fraction * 2^-24.
#include "value/float16.h"

#include <string.h>

#if ENG_FLOAT16

namespace eng {

namespace {

double fromBits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

}  // namespace

uint16_t doubleToFloat16(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint16_t sign = static_cast<uint16_t>((bits >> 48) & 0x8000);
    int exponent = static_cast<int>((bits >> 52) & 0x7ff);
    uint64_t fraction = bits & ((static_cast<uint64_t>(1) << 52) - 1);
    if (exponent == 0x7ff) return static_cast<uint16_t>(sign | 0x7c00 | (fraction ? 0x200 : 0));
    int e = exponent - 1023;  // d = 1.fraction * 2^e (for a normal double)
    // Below 2^-25 (half the smallest subnormal, a tie that goes to the even
    // zero) everything rounds to zero; double subnormals are far below.
    if (exponent == 0 || e < -25) return sign;
    if (e > 15) return static_cast<uint16_t>(sign | 0x7c00);
    uint64_t significand = fraction | (static_cast<uint64_t>(1) << 52);
    // Keep 11 significant bits for a normal result; fewer for a subnormal,
    // whose unit is 2^-24.
    int shift = e >= -14 ? 42 : 42 + (-14 - e);
    uint64_t kept = significand >> shift;
    uint64_t rest = significand & ((static_cast<uint64_t>(1) << shift) - 1);
    uint64_t half = static_cast<uint64_t>(1) << (shift - 1);
    if (rest > half || (rest == half && (kept & 1))) kept++;
    if (e < -14) return static_cast<uint16_t>(sign | kept);  // 2^10 is the smallest normal's encoding
    int biased = e + 15;
    if (kept == 0x800) {  // rounded up to the next power of two
        kept >>= 1;
        biased++;
    }
    if (biased >= 31) return static_cast<uint16_t>(sign | 0x7c00);
    return static_cast<uint16_t>(sign | (biased << 10) | (kept & 0x3ff));
}

double float16ToDouble(uint16_t h) {
    uint64_t sign = static_cast<uint64_t>(h & 0x8000) << 48;
    unsigned exponent = (h >> 10) & 0x1f, fraction = h & 0x3ff;
    if (exponent == 0x1f)  // infinity, or NaN keeping its payload's top bits
        return fromBits(sign | (static_cast<uint64_t>(0x7ff) << 52) | (static_cast<uint64_t>(fraction) << 42));
    double v;
    if (exponent == 0) {
        v = static_cast<double>(fraction) * (1.0 / 16777216.0);  // fraction * 2^-24, exact
    } else {
        v = fromBits((static_cast<uint64_t>(exponent - 15 + 1023) << 52) | (static_cast<uint64_t>(fraction) << 42));
    }
    return sign ? -v : v;
}

}  // namespace eng

#endif
