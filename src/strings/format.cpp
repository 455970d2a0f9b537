// A small printf: the engine's messages, date strings and eng_throw_error.
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

size_t unsignedDigits(uint64_t v, unsigned base, bool upper, char *out) {
    const char *chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char reversed[24];  // 2^64 - 1 in octal has 22 digits
    size_t n = 0;
    do {
        reversed[n++] = chars[v % base];
        v /= base;
    } while (v);
    for (size_t i = 0; i < n; i++) out[i] = reversed[n - 1 - i];
    return n;
}

// The argument of an integer conversion, read at the width its length
// modifier names (hh, h, none, l, ll, z, j, t).
enum class IntSize { Char, Short, Int, Long, LongLong, Size, Max, Ptrdiff };

int64_t signedArg(va_list *args, IntSize size) {
    switch (size) {
    case IntSize::Char: return static_cast<signed char>(va_arg(*args, int));
    case IntSize::Short: return static_cast<short>(va_arg(*args, int));
    case IntSize::Long: return va_arg(*args, long);
    case IntSize::LongLong: return va_arg(*args, long long);
    case IntSize::Size: return va_arg(*args, ptrdiff_t);  // %zd: the signed type of size_t's width
    case IntSize::Max: return static_cast<int64_t>(va_arg(*args, intmax_t));
    case IntSize::Ptrdiff: return va_arg(*args, ptrdiff_t);
    default: return va_arg(*args, int);
    }
}

uint64_t unsignedArg(va_list *args, IntSize size) {
    switch (size) {
    case IntSize::Char: return static_cast<unsigned char>(va_arg(*args, unsigned));
    case IntSize::Short: return static_cast<unsigned short>(va_arg(*args, unsigned));
    case IntSize::Long: return va_arg(*args, unsigned long);
    case IntSize::LongLong: return va_arg(*args, unsigned long long);
    case IntSize::Size: return va_arg(*args, size_t);
    case IntSize::Max: return static_cast<uint64_t>(va_arg(*args, uintmax_t));
    case IntSize::Ptrdiff: return static_cast<uint64_t>(va_arg(*args, ptrdiff_t));
    default: return va_arg(*args, unsigned);
    }
}

const char *nonFiniteText(double v, bool upper) {
    if (v != v) return upper ? "NAN" : "nan";
    return upper ? "INF" : "inf";
}

// d.ddde+XX: `count` significant digits of |v| (v finite), as %e prints
// them with precision count - 1.
size_t exponentText(const char *digits, int count, int exponent, bool upper, bool keepPoint, char *out) {
    size_t n = 0;
    out[n++] = digits[0];
    if (count > 1 || keepPoint) out[n++] = '.';
    for (int i = 1; i < count; i++) out[n++] = digits[i];
    out[n++] = upper ? 'E' : 'e';
    out[n++] = exponent < 0 ? '-' : '+';
    unsigned magnitude = static_cast<unsigned>(exponent < 0 ? -exponent : exponent);
    if (magnitude < 10) out[n++] = '0';
    n += unsignedDigits(magnitude, 10, false, out + n);
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

// %e: |v| (finite) with `precision` (<= MAX_DECIMALS) digits after the point.
size_t scientificText(double v, int precision, bool upper, char *out) {
    char digits[MAX_DECIMALS + 2];
    int point = 1;
    if (v != 0) precisionDigits(fabs(v), precision + 1, digits, &point);
    else memset(digits, '0', static_cast<size_t>(precision + 1));
    return exponentText(digits, precision + 1, v != 0 ? point - 1 : 0, upper, false, out);
}

// %g: `precision` significant digits (0 counts as 1), %e style when the
// exponent is below -4 or not below the precision, trailing zeros removed.
size_t generalText(double v, int precision, bool upper, char *out) {
    if (precision == 0) precision = 1;
    char digits[MAX_DECIMALS + 2];
    int point = 1;
    if (v != 0) precisionDigits(fabs(v), precision, digits, &point);
    else memset(digits, '0', static_cast<size_t>(precision));
    int exponent = v != 0 ? point - 1 : 0;
    int count = precision;
    while (count > 1 && digits[count - 1] == '0') count--;
    if (exponent < -4 || exponent >= precision) return exponentText(digits, count, exponent, upper, false, out);
    size_t n = 0;
    if (exponent < 0) {
        out[n++] = '0';
        out[n++] = '.';
        for (int i = -1; i > exponent; i--) out[n++] = '0';
        for (int i = 0; i < count; i++) out[n++] = digits[i];
        return n;
    }
    for (int i = 0; i <= exponent; i++) out[n++] = i < count ? digits[i] : '0';
    if (count > exponent + 1) {
        out[n++] = '.';
        for (int i = exponent + 1; i < count; i++) out[n++] = digits[i];
    }
    return n;
}

}  // namespace

size_t formatTextV(char *buffer, size_t size, const char *format, va_list args) {
    // A copy that can be passed on by address (va_list may be an array type).
    va_list ap;
    va_copy(ap, args);
    Out o{buffer, size, 0};
    for (const char *f = format; *f; f++) {
        if (*f != '%') {
            o.put(*f);
            continue;
        }
        f++;
        bool left = false, zeros = false, plus = false, space = false;
        for (;; f++) {
            if (*f == '-') left = true;
            else if (*f == '0') zeros = true;
            else if (*f == '+') plus = true;
            else if (*f == ' ') space = true;
            else if (*f != '#') break;  // '#' is accepted and ignored
        }
        int width = 0;
        while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        int precision = -1;
        if (*f == '.') {
            f++;
            precision = 0;
            if (*f == '*') {
                precision = va_arg(ap, int);
                f++;
            } else {
                while (*f >= '0' && *f <= '9') precision = precision * 10 + (*f++ - '0');
            }
        }
        IntSize intSize = IntSize::Int;
        if (*f == 'h') {
            f++;
            intSize = IntSize::Short;
            if (*f == 'h') f++, intSize = IntSize::Char;
        } else if (*f == 'l') {
            f++;
            intSize = IntSize::Long;
            if (*f == 'l') f++, intSize = IntSize::LongLong;
        } else if (*f == 'z') {
            f++, intSize = IntSize::Size;
        } else if (*f == 'j') {
            f++, intSize = IntSize::Max;
        } else if (*f == 't') {
            f++, intSize = IntSize::Ptrdiff;
        }
        if (!*f) break;
        char body[80];
        size_t length = 0;
        const char *sign = "";
        const char *positive = plus ? "+" : (space ? " " : "");
        switch (*f) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s) s = "(null)";
            size_t n = 0;
            // The bound is tested before the byte is read: with a precision
            // the text need not be NUL-terminated (a source buffer's last token).
            while ((precision < 0 || n < static_cast<size_t>(precision)) && s[n]) n++;
            emitField(o, "", s, n, width, left, false);
            continue;
        }
        case 'c':
            body[0] = static_cast<char>(va_arg(ap, int));
            length = 1;
            zeros = false;
            break;
        case 'd':
        case 'i': {
            int64_t v = signedArg(&ap, intSize);
            uint64_t magnitude = v < 0 ? 0u - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
            sign = v < 0 ? "-" : positive;
            length = unsignedDigits(magnitude, 10, false, body);
            break;
        }
        case 'u':
            length = unsignedDigits(unsignedArg(&ap, intSize), 10, false, body);
            break;
        case 'x':
        case 'X':
            length = unsignedDigits(unsignedArg(&ap, intSize), 16, *f == 'X', body);
            break;
        case 'o':
            length = unsignedDigits(unsignedArg(&ap, intSize), 8, false, body);
            break;
        case 'p': {
            const void *p = va_arg(ap, const void *);
            body[0] = '0';
            body[1] = 'x';
            length = 2 + unsignedDigits(reinterpret_cast<uintptr_t>(p), 16, false, body + 2);
            zeros = false;
            break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
            double v = va_arg(ap, double);
            bool upper = *f == 'F' || *f == 'E' || *f == 'G';
            sign = (v < 0 || (v == 0 && signbit(v))) ? "-" : positive;
            int digits = precision < 0 ? 6 : (precision > MAX_DECIMALS ? MAX_DECIMALS : precision);
            if (!isfinite(v)) {
                length = 3;
                memcpy(body, nonFiniteText(v, upper), 3);
                if (v != v) sign = positive;
                zeros = false;
            } else if (*f == 'f' || *f == 'F') {
                length = fixedText(v, digits, body, sizeof body);
            } else if (*f == 'e' || *f == 'E') {
                length = scientificText(v, digits, upper, body);
            } else {
                length = generalText(v, digits, upper, body);
            }
            break;
        }
        case '%':
            body[0] = '%';
            length = 1;
            break;
        default:
            // Unsupported (%n, %a, %ls, ...): its argument's type is unknown,
            // so nothing after it can be read safely. Print the rest of the
            // format as it is.
            o.put('%');
            for (; *f; f++) o.put(*f);
            if (size) buffer[o.n] = 0;
            va_end(ap);
            return o.n;
        }
        emitField(o, sign, body, length, width, left, zeros && !left);
    }
    if (size) buffer[o.n] = 0;
    va_end(ap);
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
