// Decimal to binary by exact decimal arithmetic: the digits are scaled by
// powers of two until the value lies in [0.5, 1), then 53 bits are taken
// with round-half-even. Slow only for long or extreme literals; short ones
// take the exact fast path.
#include "compiler/number_parse.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

namespace eng {

namespace {

constexpr int kMaxDigits = 780;

struct Decimal {
    uint8_t d[kMaxDigits];
    int nd = 0;         // digits used
    int dp = 0;         // value = 0.d[0]d[1]... * 10^dp
    bool truncated = false;  // nonzero digits were dropped

    void trim() {
        while (nd > 0 && d[nd - 1] == 0) nd--;
        if (nd == 0) dp = 0;
    }

    // Multiplies by 2^k (k <= 60).
    void shiftLeft(int k) {
        uint8_t tmp[kMaxDigits + 20];
        int w = kMaxDigits + 19;
        uint64_t carry = 0;
        for (int r = nd - 1; r >= 0; r--) {
            carry += static_cast<uint64_t>(d[r]) << k;
            tmp[w--] = static_cast<uint8_t>(carry % 10);
            carry /= 10;
        }
        while (carry > 0) {
            tmp[w--] = static_cast<uint8_t>(carry % 10);
            carry /= 10;
        }
        int count = kMaxDigits + 19 - w;
        dp += count - nd;
        int keep = count < kMaxDigits ? count : kMaxDigits;
        for (int i = keep; i < count; i++)
            if (tmp[w + 1 + i]) truncated = true;
        memcpy(d, tmp + w + 1, static_cast<size_t>(keep));
        nd = keep;
        trim();
    }

    // Divides by 2^k (k <= 60).
    void shiftRight(int k) {
        int r = 0, w = 0;
        uint64_t n = 0;
        for (; (n >> k) == 0; r++) {
            if (r >= nd) {
                if (n == 0) {
                    nd = 0;
                    dp = 0;
                    return;
                }
                while ((n >> k) == 0) {
                    n *= 10;
                    r++;
                }
                break;
            }
            n = n * 10 + d[r];
        }
        dp -= r - 1;
        uint64_t mask = (static_cast<uint64_t>(1) << k) - 1;
        for (; r < nd; r++) {
            uint8_t c = d[r];
            d[w++] = static_cast<uint8_t>(n >> k);
            n &= mask;
            n = n * 10 + c;
        }
        while (n > 0) {
            uint8_t digit = static_cast<uint8_t>(n >> k);
            n &= mask;
            if (w < kMaxDigits) d[w++] = digit;
            else if (digit > 0) truncated = true;
            n *= 10;
        }
        nd = w;
        trim();
    }
};

int atoiSimple(const char *s) {
    bool negative = *s == '-';
    if (*s == '-' || *s == '+') s++;
    int v = 0;
    for (; *s >= '0' && *s <= '9'; s++) v = v * 10 + (*s - '0');
    return negative ? -v : v;
}

const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

double parseDecimal(const char *text, uint32_t length) {
    Decimal dec;
    uint32_t i = 0;
    bool sawDot = false;
    bool leading = true;
    int intDigits = 0;  // digits before the point, leading zeros excluded
    for (; i < length; i++) {
        char c = text[i];
        if (c == '.') {
            sawDot = true;
            continue;
        }
        if (c < '0' || c > '9') break;
        if (leading && c == '0') {
            if (sawDot) dec.dp--;
            continue;
        }
        leading = false;
        if (!sawDot) intDigits++;
        if (dec.nd < kMaxDigits) dec.d[dec.nd++] = static_cast<uint8_t>(c - '0');
        else if (c != '0') dec.truncated = true;
    }
    dec.dp += intDigits;
    if (i < length && (text[i] == 'e' || text[i] == 'E')) {
        i++;
        bool negative = false;
        if (i < length && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
        int e = 0;
        for (; i < length && text[i] >= '0' && text[i] <= '9'; i++)
            if (e < 100000) e = e * 10 + (text[i] - '0');
        dec.dp += negative ? -e : e;
    }
    dec.trim();
    if (dec.nd == 0) return 0;
    // Fast path: at most 15 digits and a power of ten that is exact. Not
    // with x87-style excess precision, where it would round twice.
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
    if (dec.nd <= 15 && !dec.truncated) {
        double m = 0;
        for (int k = 0; k < dec.nd; k++) m = m * 10 + dec.d[k];
        int e = dec.dp - dec.nd;
        if (e >= 0 && e <= 22) return m * kPow10[e];
        if (e < 0 && e >= -22) return m / kPow10[-e];
    }
#else
    (void)kPow10;
#endif
    if (dec.dp > 310) return HUGE_VAL;
    if (dec.dp < -330) return 0;
    int exp = 0;
    while (dec.dp > 0) {
        int n = dec.dp > 18 ? 60 : dec.dp * 3;
        dec.shiftRight(n);
        exp += n;
    }
    while (dec.dp < 0 || (dec.dp == 0 && dec.d[0] < 5)) {
        int n = dec.dp < -18 ? 60 : (dec.dp == 0 ? 1 : -dec.dp * 3);
        dec.shiftLeft(n);
        exp -= n;
    }
    // Now value = v * 2^exp with v in [0.5, 1).
    if (exp - 1 > 1023) return HUGE_VAL;
    while (exp < -1021) {
        int n = -1021 - exp > 60 ? 60 : -1021 - exp;
        dec.shiftRight(n);
        exp += n;
        if (dec.nd == 0) return 0;
    }
    dec.shiftLeft(53);
    uint64_t m = 0;
    int k = 0;
    for (; k < dec.dp && k < dec.nd; k++) m = m * 10 + dec.d[k];
    for (int z = k; z < dec.dp; z++) m *= 10;
    bool roundUp = false;
    if (dec.dp >= 0 && dec.dp < dec.nd) {
        int first = dec.d[dec.dp];
        if (first > 5) roundUp = true;
        else if (first == 5)
            roundUp = dec.dp + 1 < dec.nd || dec.truncated || (m & 1);
    }
    if (roundUp) m++;
    if (m == (static_cast<uint64_t>(1) << 53)) {
        m >>= 1;
        exp++;
        if (exp - 1 > 1023) return HUGE_VAL;
    }
    return ldexp(static_cast<double>(m), exp - 53);
}

double parseHexExact(const char *digits, uint32_t count) {
    uint64_t m = 0;
    int extraBits = 0;
    bool sticky = false;
    for (uint32_t i = 0; i < count; i++) {
        char c = digits[i];
        int h = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        if (m >> 56) {
            extraBits += 4;
            if (h) sticky = true;
        } else {
            m = m * 16 + static_cast<uint64_t>(h);
        }
    }
    int bits = 0;
    for (uint64_t t = m; t; t >>= 1) bits++;
    if (bits > 53) {
        int shift = bits - 53;
        uint64_t rest = m & ((static_cast<uint64_t>(1) << shift) - 1);
        uint64_t half = static_cast<uint64_t>(1) << (shift - 1);
        m >>= shift;
        extraBits += shift;
        if (rest > half || (rest == half && (sticky || (m & 1))) ) m++;
    }
    return ldexp(static_cast<double>(m), extraBits);
}

uint32_t numberToString(double v, char *buf) {
    if (v != v) return static_cast<uint32_t>(snprintf(buf, 32, "NaN"));
    if (v == 0) return static_cast<uint32_t>(snprintf(buf, 32, "0"));
    if (v == HUGE_VAL) return static_cast<uint32_t>(snprintf(buf, 32, "Infinity"));
    if (v == -HUGE_VAL) return static_cast<uint32_t>(snprintf(buf, 32, "-Infinity"));
    uint32_t len = 0;
    if (v < 0) {
        buf[len++] = '-';
        v = -v;
    }
    if (v < 9007199254740992.0 && v == floor(v)) {
        return len + static_cast<uint32_t>(
                         snprintf(buf + len, 32 - len, "%llu", static_cast<unsigned long long>(v)));
    }
    // Shortest digit string that reads back as v.
    char tmp[40];
    int precision = 1;
    for (; precision <= 17; precision++) {
        snprintf(tmp, sizeof tmp, "%.*e", precision - 1, v);
        if (parseDecimal(tmp, static_cast<uint32_t>(strlen(tmp))) == v) break;
    }
    char digits[20];
    int k = 0;
    const char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[k++] = *p;
    while (k > 1 && digits[k - 1] == '0') k--;
    int exponent = atoiSimple(p + 1);
    int n = exponent + 1;
    if (k <= n && n <= 21) {
        for (int i = 0; i < k; i++) buf[len++] = digits[i];
        for (int i = k; i < n; i++) buf[len++] = '0';
    } else if (0 < n && n <= 21) {
        for (int i = 0; i < n; i++) buf[len++] = digits[i];
        buf[len++] = '.';
        for (int i = n; i < k; i++) buf[len++] = digits[i];
    } else if (-6 < n && n <= 0) {
        buf[len++] = '0';
        buf[len++] = '.';
        for (int i = 0; i < -n; i++) buf[len++] = '0';
        for (int i = 0; i < k; i++) buf[len++] = digits[i];
    } else {
        buf[len++] = digits[0];
        if (k > 1) {
            buf[len++] = '.';
            for (int i = 1; i < k; i++) buf[len++] = digits[i];
        }
        len += static_cast<uint32_t>(snprintf(buf + len, 32 - len, "e%c%d", n - 1 < 0 ? '-' : '+',
                                              n - 1 < 0 ? 1 - n : n - 1));
    }
    buf[len] = 0;
    return len;
}

}  // namespace eng
