// ECMAScript's layout of numbers as text (9.8.1) and the grammar of
// numeric strings (9.3.1); the digits themselves come from double_digits
// and decimal_parse.
#include "strings/numconv.h"

#include <math.h>
#include <string.h>

#include "strings/decimal_parse.h"
#include "strings/double_digits.h"

namespace eng {

namespace {

// "00" .. "99": two digits per division.
const char DIGIT_PAIRS[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

size_t digitCount(uint32_t v) {
    if (v < 100000) return v < 100 ? (v < 10 ? 1 : 2) : v < 1000 ? 3 : v < 10000 ? 4 : 5;
    return v < 10000000 ? (v < 1000000 ? 6 : 7) : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
}

}  // namespace

size_t formatUint32(uint32_t v, char *out) {
    size_t n = digitCount(v);
    char *p = out + n;
    while (v >= 100) {
        uint32_t pair = (v % 100) * 2;
        v /= 100;
        p -= 2;
        p[0] = DIGIT_PAIRS[pair];
        p[1] = DIGIT_PAIRS[pair + 1];
    }
    if (v >= 10) {
        p[-2] = DIGIT_PAIRS[v * 2];
        p[-1] = DIGIT_PAIRS[v * 2 + 1];
    } else {
        p[-1] = static_cast<char>('0' + v);
    }
    return n;
}

namespace {

size_t formatUint64(uint64_t v, char *out) {
    if (v <= 0xffffffffu) return formatUint32(static_cast<uint32_t>(v), out);
    // Split so that the 32-bit loop does most of the work.
    size_t n = formatUint32(static_cast<uint32_t>(v / 1000000000u), out);
    uint32_t low = static_cast<uint32_t>(v % 1000000000u);
    for (int i = 8; i >= 0; i--, low /= 10) out[n + static_cast<size_t>(i)] = static_cast<char>('0' + low % 10);
    return n + 9;
}

}  // namespace

size_t numberToText(double v, char *out) {
    // Most numbers printed are int32 (indexes, counters): no floor() call.
    // The comparisons fail for NaN; -0 prints as "0" either way.
    if (v > -2147483649.0 && v < 2147483648.0) {
        int32_t i = static_cast<int32_t>(v);
        if (i == v) {
            char *o = out;
            if (i < 0) *o++ = '-';
            o += formatUint32(i < 0 ? 0u - static_cast<uint32_t>(i) : static_cast<uint32_t>(i), o);
            *o = 0;
            return static_cast<size_t>(o - out);
        }
    }
    if (v != v) { memcpy(out, "NaN", 4); return 3; }
    if (v == 0) { memcpy(out, "0", 2); return 1; }
    if (isinf(v)) {
        if (v < 0) { memcpy(out, "-Infinity", 10); return 9; }
        memcpy(out, "Infinity", 9);
        return 8;
    }
    char *o = out;
    if (v < 0) { *o++ = '-'; v = -v; }
    // Integers below 2^53: every neighbour is an integer too, so the
    // digits of the integer are the shortest ones.
    if (v < 9007199254740992.0 && v == floor(v)) {
        o += formatUint64(static_cast<uint64_t>(v), o);
        *o = 0;
        return static_cast<size_t>(o - out);
    }
    char digits[SHORTEST_DIGITS_MAX];
    int n;
    int k = shortestDigits(v, digits, &n);
    if (k <= n && n <= 21) {
        memcpy(o, digits, k); o += k;
        for (int i = k; i < n; i++) *o++ = '0';
    } else if (0 < n && n <= 21) {
        memcpy(o, digits, n); o += n;
        *o++ = '.';
        memcpy(o, digits + n, k - n); o += k - n;
    } else if (-6 < n && n <= 0) {
        *o++ = '0'; *o++ = '.';
        for (int i = 0; i < -n; i++) *o++ = '0';
        memcpy(o, digits, k); o += k;
    } else {
        *o++ = digits[0];
        if (k > 1) { *o++ = '.'; memcpy(o, digits + 1, k - 1); o += k - 1; }
        *o++ = 'e';
        int e = n - 1;
        *o++ = e < 0 ? '-' : '+';
        o += formatUint32(static_cast<uint32_t>(e < 0 ? -e : e), o);
    }
    *o = 0;
    return static_cast<size_t>(o - out);
}

bool isJsWhitespace(uint32_t c) {
    switch (c) {
    case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20: case 0xa0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200a;
    }
}

namespace {

bool isHexDigit(uint32_t c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

template <typename Unit>
double parseNumber(const Unit *s, size_t n) {
    size_t b = 0, e = n;
    while (b < e && isJsWhitespace(s[b])) b++;
    while (e > b && isJsWhitespace(s[e - 1])) e--;
    if (b == e) return 0;
    size_t len = e - b;
    const Unit *p = s + b;
    if (len > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        for (size_t i = 2; i < len; i++)
            if (!isHexDigit(p[i])) return NAN;
        return binaryDigitsToDouble(p + 2, len - 2, 4);
    }
    // ES2015 0b and 0o literals
    if (len > 2 && p[0] == '0' && ((p[1] | 0x20) == 'b' || (p[1] | 0x20) == 'o')) {
        Unit last = (p[1] | 0x20) == 'b' ? '1' : '7';
        for (size_t i = 2; i < len; i++)
            if (p[i] < '0' || p[i] > last) return NAN;
        return binaryDigitsToDouble(p + 2, len - 2, last == '1' ? 1 : 3);
    }
    size_t i = 0;
    bool negative = false;
    if (p[0] == '+' || p[0] == '-') { negative = p[0] == '-'; i = 1; }
    static const char inf[] = "Infinity";
    if (len - i == 8) {
        bool match = true;
        for (size_t k = 0; k < 8; k++) match = match && p[i + k] == static_cast<Unit>(inf[k]);
        if (match) return negative ? -INFINITY : INFINITY;
    }
    if (i == len || scanDecimal(p + i, len - i) != len - i) return NAN;
    double v = decimalToDouble(p + i, len - i);
    return negative ? -v : v;
}

}  // namespace

double textToNumber(const uint16_t *units, size_t length) { return parseNumber(units, length); }
double textToNumber8(const uint8_t *chars, size_t length) { return parseNumber(chars, length); }

}  // namespace eng
