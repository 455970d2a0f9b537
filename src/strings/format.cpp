// A small printf: enough for the engine's messages and date strings.
#include "strings/format.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "strings/double_digits.h"
#include "strings/numconv.h"

namespace eng {

namespace {

// Appends to a fixed buffer, dropping what does not fit.
struct Out {
    char *p;
    size_t size, n;
    void put(char c) {
        if (n + 1 < size) p[n++] = c;
    }
    void repeat(char c, int count) {
        for (int i = 0; i < count; i++) put(c);
    }
};

// One converted field: an optional sign, the body, then padding to width.
void emitField(Out &o, const char *sign, const char *body, size_t length, int width, bool left, bool zeros) {
    size_t signLength = strlen(sign);
    int pad = width - static_cast<int>(signLength + length);
    if (pad < 0) pad = 0;
    if (!left && !zeros) o.repeat(' ', pad);
    for (size_t i = 0; i < signLength; i++) o.put(sign[i]);
    if (!left && zeros) o.repeat('0', pad);
    for (size_t i = 0; i < length; i++) o.put(body[i]);
    if (left) o.repeat(' ', pad);
}

size_t unsignedDigits(uint32_t v, unsigned base, bool upper, char *out) {
    const char *chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char reversed[32];
    size_t n = 0;
    do {
        reversed[n++] = chars[v % base];
        v /= base;
    } while (v);
    for (size_t i = 0; i < n; i++) out[i] = reversed[n - 1 - i];
    return n;
}

constexpr int MAX_DECIMALS = 20;

// |v| with `decimals` (<= MAX_DECIMALS) digits after the point, exactly,
// rounded half up. From 10^40 on (never needed so far) the shortest
// ECMAScript text instead, to keep the buffers small.
size_t fixedText(double v, int decimals, char *out, size_t capacity) {
    if (!isfinite(v)) {
        const char *t = v != v ? "nan" : "inf";
        memcpy(out, t, 3);
        return 3;
    }
    if (fabs(v) >= 1e40) return numberToText(fabs(v), out);
    char digits[64];
    int point = 0, count = 0;
    if (v != 0) count = fixedDigits(fabs(v), decimals, digits, &point);
    size_t n = 0;
    if (point <= 0) out[n++] = '0';
    for (int i = 0; i < point && n < capacity; i++) out[n++] = i < count ? digits[i] : '0';
    if (decimals > 0 && n < capacity) out[n++] = '.';
    for (int i = point; i < point + decimals && n < capacity; i++) out[n++] = i >= 0 && i < count ? digits[i] : '0';
    return n;
}

}  // namespace

size_t formatTextV(char *buffer, size_t size, const char *format, va_list args) {
    Out o{buffer, size, 0};
    for (const char *f = format; *f; f++) {
        if (*f != '%') {
            o.put(*f);
            continue;
        }
        f++;
        bool left = false, zeros = false;
        for (;; f++) {
            if (*f == '-') left = true;
            else if (*f == '0') zeros = true;
            else break;
        }
        int width = 0;
        while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        int precision = -1;
        if (*f == '.') {
            f++;
            precision = 0;
            if (*f == '*') {
                precision = va_arg(args, int);
                f++;
            } else {
                while (*f >= '0' && *f <= '9') precision = precision * 10 + (*f++ - '0');
            }
        }
        if (!*f) break;
        char body[80];
        size_t length = 0;
        const char *sign = "";
        switch (*f) {
        case 's': {
            const char *s = va_arg(args, const char *);
            if (!s) s = "(null)";
            size_t n = 0;
            // The bound is tested before the byte is read: with a precision
            // the text need not be NUL-terminated (a source buffer's last token).
            while ((precision < 0 || n < static_cast<size_t>(precision)) && s[n]) n++;
            emitField(o, "", s, n, width, left, false);
            continue;
        }
        case 'c':
            body[0] = static_cast<char>(va_arg(args, int));
            length = 1;
            zeros = false;
            break;
        case 'd': {
            int v = va_arg(args, int);
            uint32_t magnitude = v < 0 ? 0u - static_cast<uint32_t>(v) : static_cast<uint32_t>(v);
            if (v < 0) sign = "-";
            length = unsignedDigits(magnitude, 10, false, body);
            break;
        }
        case 'u':
            length = unsignedDigits(va_arg(args, unsigned), 10, false, body);
            break;
        case 'x':
        case 'X':
            length = unsignedDigits(va_arg(args, unsigned), 16, *f == 'X', body);
            break;
        case 'f': {
            double v = va_arg(args, double);
            if (v < 0 || (v == 0 && signbit(v))) sign = "-";
            int decimals = precision < 0 ? 6 : (precision > MAX_DECIMALS ? MAX_DECIMALS : precision);
            length = fixedText(v, decimals, body, sizeof body);
            break;
        }
        case '%':
            body[0] = '%';
            length = 1;
            break;
        default:  // unsupported: print the directive as it is
            o.put('%');
            o.put(*f);
            continue;
        }
        emitField(o, sign, body, length, width, left, zeros && !left);
    }
    if (size) buffer[o.n] = 0;
    return o.n;
}

size_t formatText(char *out, size_t size, const char *format, ...) {
    va_list args;
    va_start(args, format);
    size_t n = formatTextV(out, size, format, args);
    va_end(args);
    return n;
}

}  // namespace eng
