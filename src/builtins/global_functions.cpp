// Functions of the global object: print, isNaN, isFinite, parseInt,
// parseFloat, the URI functions (15.1.3) and escape/unescape (Annex B).
#include <math.h>
#include <stdio.h>

#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/decimal_parse.h"
#include "strings/numconv.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

// print(...): arguments converted with ToString, separated by spaces, as
// one line through the heap's write hook (eng_config.write) or stdout.
Status printFunction(NativeCall &c) {
    Heap &h = c.heap;
    // Every argument as a string first (conversions may run JavaScript),
    // kept in the argument slots, which are rooted.
    size_t n = 1;  // the newline
    for (uint32_t i = 0; i < c.argc; i++) {
        HString *s = nullptr;
        ENG_TRY(toString(h, c.arg(i), &s));
        c.setArg(i, Value::pointer(s));
        n += utf8Length(s) + (i ? 1 : 0);
    }
    char *line = static_cast<char *>(heapAlloc(h, n + 1));
    if (!line) return throwOutOfMemory(h);
    size_t at = 0;
    for (uint32_t i = 0; i < c.argc; i++) {
        if (i) line[at++] = ' ';
        HString *s = asString(c.arg(i));
        toUtf8(s, line + at);
        at += utf8Length(s);
    }
    line[at++] = '\n';
    if (h.write) h.write(h.writeUser, line, at);
#if ENG_USE_LIBC_DEFAULTS
    else fwrite(line, 1, at, stdout);
#endif
    heapFree(h, line, n + 1);
    return Status::Ok;
}

Status isNaNFunction(NativeCall &c) {
    double d;
    ENG_TRY(toNumber(c.heap, c.arg(0), &d));
    c.setResult(Value::boolean(d != d));
    return Status::Ok;
}

Status isFiniteFunction(NativeCall &c) {
    double d;
    ENG_TRY(toNumber(c.heap, c.arg(0), &d));
    c.setResult(Value::boolean(isfinite(d)));
    return Status::Ok;
}

// ---- parseInt / parseFloat ---------------------------------------------------

int digitValue(uint16_t u) {
    if (u >= '0' && u <= '9') return u - '0';
    if (u >= 'a' && u <= 'z') return u - 'a' + 10;
    if (u >= 'A' && u <= 'Z') return u - 'A' + 10;
    return 99;
}

// Decimal text [b, e) of s (a prefix found by scanDecimal).
double decimalText(const HString *s, uint32_t b, uint32_t e) {
    return s->is8bit() ? decimalToDouble(s->data8() + b, e - b) : decimalToDouble(s->data16() + b, e - b);
}

// Digits [b, e) in a radix that is a power of two, rounded to nearest even
// like a literal would be.
double powerOfTwoDigits(const HString *s, uint32_t b, uint32_t e, int radix) {
    int bits = 0;
    while ((1 << bits) < radix) bits++;
    return s->is8bit() ? binaryDigitsToDouble(s->data8() + b, e - b, bits)
                       : binaryDigitsToDouble(s->data16() + b, e - b, bits);
}

Status parseIntFunction(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    int32_t radix;
    ENG_TRY(toInt32(h, c.arg(1), &radix));
    uint32_t i = 0, n = s->length;
    while (i < n && isJsWhitespace(s->at(i))) i++;
    bool negative = false;
    if (i < n && (s->at(i) == '+' || s->at(i) == '-')) {
        negative = s->at(i) == '-';
        i++;
    }
    bool stripPrefix = true;
    if (radix != 0) {
        if (radix < 2 || radix > 36) {
            Value r;
            ENG_TRY(makeNumber(h, NAN, &r));
            c.setResult(r);
            return Status::Ok;
        }
        if (radix != 16) stripPrefix = false;
    } else {
        radix = 10;
    }
    if (stripPrefix && i + 1 < n && s->at(i) == '0' && (s->at(i + 1) == 'x' || s->at(i + 1) == 'X')) {
        i += 2;
        radix = 16;
    }
    uint32_t start = i;
    while (i < n && digitValue(s->at(i)) < radix) i++;
    double v;
    if (i == start) {
        v = NAN;
    } else if (radix == 10) {
        v = decimalText(s, start, i);
    } else if ((radix & (radix - 1)) == 0) {
        v = powerOfTwoDigits(s, start, i, radix);
    } else {
        v = 0;
        for (uint32_t k = start; k < i; k++) v = v * radix + digitValue(s->at(k));
    }
    Value r;
    ENG_TRY(makeNumber(h, negative ? -v : v, &r));
    c.setResult(r);
    return Status::Ok;
}

Status parseFloatFunction(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    uint32_t i = 0, n = s->length;
    while (i < n && isJsWhitespace(s->at(i))) i++;
    bool negative = false;
    if (i < n && (s->at(i) == '+' || s->at(i) == '-')) {
        negative = s->at(i) == '-';
        i++;
    }
    double v = NAN;
    static const char inf[] = "Infinity";
    bool infinity = n - i >= 8;
    for (uint32_t k = 0; k < 8 && infinity; k++) infinity = s->at(i + k) == static_cast<uint8_t>(inf[k]);
    if (infinity) {
        v = INFINITY;
    } else {
        size_t length = s->is8bit() ? scanDecimal(s->data8() + i, n - i) : scanDecimal(s->data16() + i, n - i);
        if (length) v = decimalText(s, i, i + static_cast<uint32_t>(length));
    }
    if (negative) v = -v;
    Value r;
    ENG_TRY(makeNumber(h, v, &r));
    c.setResult(r);
    return Status::Ok;
}

// ---- URI functions -------------------------------------------------------------

bool inSet(uint16_t u, const char *set) {
    if (u >= 'a' && u <= 'z') return true;
    if (u >= 'A' && u <= 'Z') return true;
    if (u >= '0' && u <= '9') return true;
    for (const char *p = set; *p; p++)
        if (u == static_cast<uint8_t>(*p)) return true;
    return false;
}

const char hexDigits[] = "0123456789ABCDEF";
const char uriMark[] = "-_.!~*'()";
const char uriReservedAndMark[] = "-_.!~*'();/?:@&=+$,#";
const char uriReserved[] = ";/?:@&=+$,#";

Status uriError(Heap &h) { return throwError(h, PROTO_URI_ERROR, "URI malformed"); }

Status appendPercent(StringBuilder &b, uint32_t byte) {
    ENG_TRY(b.appendUnit('%'));
    ENG_TRY(b.appendUnit(static_cast<uint8_t>(hexDigits[byte >> 4])));
    return b.appendUnit(static_cast<uint8_t>(hexDigits[byte & 15]));
}

enum { URI_FULL, URI_COMPONENT };

// encodeURI (magic URI_FULL) and encodeURIComponent.
Status encodeFunction(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    const char *unescaped = c.magic == URI_FULL ? uriReservedAndMark : uriMark;
    StringBuilder b(h);
    for (uint32_t k = 0; k < s->length; k++) {
        uint32_t u = s->at(k);
        if (u < 0x80 && inSet(static_cast<uint16_t>(u), unescaped)) {
            ENG_TRY(b.appendUnit(static_cast<uint16_t>(u)));
            continue;
        }
        if (u >= 0xdc00 && u <= 0xdfff) return uriError(h);
        if (u >= 0xd800 && u <= 0xdbff) {
            if (k + 1 >= s->length) return uriError(h);
            uint32_t low = s->at(k + 1);
            if (low < 0xdc00 || low > 0xdfff) return uriError(h);
            u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
            k++;
        }
        if (u < 0x80) {
            ENG_TRY(appendPercent(b, u));
        } else if (u < 0x800) {
            ENG_TRY(appendPercent(b, 0xc0 | (u >> 6)));
            ENG_TRY(appendPercent(b, 0x80 | (u & 0x3f)));
        } else if (u < 0x10000) {
            ENG_TRY(appendPercent(b, 0xe0 | (u >> 12)));
            ENG_TRY(appendPercent(b, 0x80 | ((u >> 6) & 0x3f)));
            ENG_TRY(appendPercent(b, 0x80 | (u & 0x3f)));
        } else {
            ENG_TRY(appendPercent(b, 0xf0 | (u >> 18)));
            ENG_TRY(appendPercent(b, 0x80 | ((u >> 12) & 0x3f)));
            ENG_TRY(appendPercent(b, 0x80 | ((u >> 6) & 0x3f)));
            ENG_TRY(appendPercent(b, 0x80 | (u & 0x3f)));
        }
    }
    HString *r = b.finish();
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

int hexValue(uint16_t u) {
    if (u >= '0' && u <= '9') return u - '0';
    if (u >= 'a' && u <= 'f') return u - 'a' + 10;
    if (u >= 'A' && u <= 'F') return u - 'A' + 10;
    return -1;
}

// The byte of the escape "%XX" at k, or -1.
int percentByte(const HString *s, uint32_t k) {
    if (k + 2 >= s->length || s->at(k) != '%') return -1;
    int hi = hexValue(s->at(k + 1)), lo = hexValue(s->at(k + 2));
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

// decodeURI (magic URI_FULL) and decodeURIComponent.
Status decodeFunction(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    const char *reserved = c.magic == URI_FULL ? uriReserved : "";
    StringBuilder b(h);
    uint32_t n = s->length;
    for (uint32_t k = 0; k < n; k++) {
        uint16_t u = s->at(k);
        if (u != '%') {
            ENG_TRY(b.appendUnit(u));
            continue;
        }
        uint32_t start = k;
        int byte = percentByte(s, k);
        if (byte < 0) return uriError(h);
        k += 2;
        if (byte < 0x80) {
            bool keep = false;
            for (const char *p = reserved; *p; p++) keep = keep || byte == static_cast<uint8_t>(*p);
            if (keep) {
                for (uint32_t j = start; j <= k; j++) ENG_TRY(b.appendUnit(s->at(j)));
            } else {
                ENG_TRY(b.appendUnit(static_cast<uint16_t>(byte)));
            }
            continue;
        }
        int count;
        uint32_t cp, min;
        if ((byte & 0xe0) == 0xc0) count = 2, cp = byte & 0x1f, min = 0x80;
        else if ((byte & 0xf0) == 0xe0) count = 3, cp = byte & 0x0f, min = 0x800;
        else if ((byte & 0xf8) == 0xf0) count = 4, cp = byte & 0x07, min = 0x10000;
        else return uriError(h);
        for (int j = 1; j < count; j++) {
            int next = percentByte(s, k + 1);
            if (next < 0 || (next & 0xc0) != 0x80) return uriError(h);
            cp = (cp << 6) | (next & 0x3f);
            k += 3;
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return uriError(h);
        ENG_TRY(b.appendCodePoint(cp));
    }
    HString *r = b.finish();
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

// ---- escape / unescape (Annex B) -----------------------------------------------

Status escapeFunction(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    StringBuilder b(h);
    for (uint32_t k = 0; k < s->length; k++) {
        uint16_t u = s->at(k);
        if (u < 0x80 && inSet(u, "@*_+-./")) {
            ENG_TRY(b.appendUnit(u));
        } else if (u < 0x100) {
            ENG_TRY(appendPercent(b, u));
        } else {
            ENG_TRY(b.appendAscii("%u"));
            for (int shift = 12; shift >= 0; shift -= 4)
                ENG_TRY(b.appendUnit(static_cast<uint8_t>(hexDigits[(u >> shift) & 15])));
        }
    }
    HString *r = b.finish();
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

Status unescapeFunction(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    StringBuilder b(h);
    uint32_t n = s->length;
    for (uint32_t k = 0; k < n; k++) {
        uint16_t u = s->at(k);
        if (u == '%') {
            if (k + 5 < n && s->at(k + 1) == 'u') {
                int d[4], ok = 1;
                for (int j = 0; j < 4; j++) {
                    d[j] = hexValue(s->at(k + 2 + j));
                    ok = ok && d[j] >= 0;
                }
                if (ok) {
                    ENG_TRY(b.appendUnit(static_cast<uint16_t>(d[0] << 12 | d[1] << 8 | d[2] << 4 | d[3])));
                    k += 5;
                    continue;
                }
            }
            int byte = percentByte(s, k);
            if (byte >= 0) {
                ENG_TRY(b.appendUnit(static_cast<uint16_t>(byte)));
                k += 2;
                continue;
            }
        }
        ENG_TRY(b.appendUnit(u));
    }
    HString *r = b.finish();
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

const MethodSpec globalFunctions[] = {
    {"print", printFunction, 0, 0},
    {"isNaN", isNaNFunction, 1, 0},
    {"isFinite", isFiniteFunction, 1, 0},
    {"parseInt", parseIntFunction, 2, 0},
    {"parseFloat", parseFloatFunction, 1, 0},
    {"encodeURI", encodeFunction, 1, URI_FULL},
    {"encodeURIComponent", encodeFunction, 1, URI_COMPONENT},
    {"decodeURI", decodeFunction, 1, URI_FULL},
    {"decodeURIComponent", decodeFunction, 1, URI_COMPONENT},
    {"escape", escapeFunction, 1, 0},
    {"unescape", unescapeFunction, 1, 0},
    {"Symbol", nullptr, METHOD_MADE_OBJECT, MAKE_SYMBOL},
};

}  // namespace

Status initGlobalFunctions(Heap &h) {
    return installMethods(h, h.global, globalFunctions, sizeof globalFunctions / sizeof globalFunctions[0]);
}

}  // namespace eng
