// Shortest round-trip number formatting and strict numeric string parsing.
#include "strings/numconv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace eng {

namespace {

// Digits (no dot) and decimal exponent of the shortest representation that
// round-trips: value = 0.d1d2...dn * 10^n  (n is "point position").
int shortestDigits(double v, char *digits, int *pointPos) {
    char buf[40];
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(buf, sizeof buf, "%.*e", precision - 1, v);
        if (precision == 17 || strtod(buf, nullptr) == v) break;
    }
    // buf looks like d.ddddde[+-]xx
    int n = 0;
    const char *p = buf;
    while (*p && *p != 'e') {
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
        p++;
    }
    int exp10 = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *pointPos = exp10 + 1;
    return n;
}

}  // namespace

size_t formatUint32(uint32_t v, char *out) {
    char reversed[10];
    size_t n = 0;
    do {
        reversed[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; i++) out[i] = reversed[n - 1 - i];
    return n;
}

size_t numberToText(double v, char *out) {
    if (v != v) { strcpy(out, "NaN"); return 3; }
    if (v == 0) { strcpy(out, "0"); return 1; }
    if (isinf(v)) {
        strcpy(out, v < 0 ? "-Infinity" : "Infinity");
        return strlen(out);
    }
    char *o = out;
    if (v < 0) { *o++ = '-'; v = -v; }
    if (v < 2147483648.0 && v == floor(v)) {
        o += formatUint32(static_cast<uint32_t>(v), o);
        *o = 0;
        return static_cast<size_t>(o - out);
    }
    char digits[24];
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
        o += snprintf(o, 8, "%d", e < 0 ? -e : e);
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

template <typename Unit>
double parseNumber(const Unit *s, size_t n) {
    size_t b = 0, e = n;
    while (b < e && isJsWhitespace(s[b])) b++;
    while (e > b && isJsWhitespace(s[e - 1])) e--;
    if (b == e) return 0;
    size_t len = e - b;
    const Unit *p = s + b;
    if (len > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        double v = 0;
        for (size_t i = 2; i < len; i++) {
            int d;
            Unit c = p[i];
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else return NAN;
            v = v * 16 + d;
        }
        return v;
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
    // Validate StrDecimalLiteral, copying it as ASCII for strtod.
    char small[64];
    char *buf = len < sizeof small ? small : static_cast<char *>(malloc(len + 1));
    if (!buf) return NAN;
    size_t digitsBefore = 0, digitsAfter = 0, k = i;
    while (k < len && p[k] >= '0' && p[k] <= '9') { k++; digitsBefore++; }
    if (k < len && p[k] == '.') {
        k++;
        while (k < len && p[k] >= '0' && p[k] <= '9') { k++; digitsAfter++; }
    }
    bool ok = digitsBefore + digitsAfter > 0;
    if (ok && k < len && (p[k] == 'e' || p[k] == 'E')) {
        k++;
        if (k < len && (p[k] == '+' || p[k] == '-')) k++;
        size_t expDigits = 0;
        while (k < len && p[k] >= '0' && p[k] <= '9') { k++; expDigits++; }
        ok = expDigits > 0;
    }
    ok = ok && k == len;
    double v = NAN;
    if (ok) {
        for (size_t m = 0; m < len; m++) buf[m] = static_cast<char>(p[m]);
        buf[len] = 0;
        v = strtod(buf, nullptr);
    }
    if (buf != small) free(buf);
    return v;
}

}  // namespace

double textToNumber(const uint16_t *units, size_t length) { return parseNumber(units, length); }
double textToNumber8(const uint8_t *chars, size_t length) { return parseNumber(chars, length); }

}  // namespace eng
