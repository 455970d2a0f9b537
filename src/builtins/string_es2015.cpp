// The String methods of ES2015 to ES2024 (string_builtins.cpp's tables name
// them): String.raw and fromCodePoint; codePointAt, startsWith, endsWith,
// includes, repeat, padStart/padEnd, at, isWellFormed/toWellFormed and
// normalize. Strings are sequences of UTF-16 code units (Latin-1 stored in
// bytes when every unit fits), so code points are surrogate pairs joined.
//
// normalize checks its argument and returns the string unchanged: the
// Unicode decomposition and composition tables would cost tens of kB of
// flash. That is the right answer for ASCII text in all four forms and for
// text below U+0300 in NFC; other text is not normalized.
#include <math.h>

#include "builtins/builtins.h"
#include "builtins/string_common.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/numconv.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

#if ENG_STRING_ES2015

namespace eng {

namespace {

Status setString(NativeCall &c, HString *s) {
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

// ToIntegerOrInfinity of argument i (undefined gives 0).
Status integerArg(NativeCall &c, uint32_t i, double *out) {
    double d;
    ENG_TRY(toNumber(c.heap, c.arg(i), &d));
    *out = toIntegerDouble(d);
    return Status::Ok;
}

// ToString of argument i (which the caller passed), kept rooted in its slot.
Status stringArg(NativeCall &c, uint32_t i, HString **out) {
    ENG_TRY(toString(c.heap, c.arg(i), out));
    c.setArg(i, Value::pointer(*out));
    return Status::Ok;
}

Status throwTooLong(Heap &h) { return throwError(h, PROTO_RANGE_ERROR, "Invalid string length"); }

bool isLead(uint16_t u) { return u >= 0xd800 && u <= 0xdbff; }
bool isTrail(uint16_t u) { return u >= 0xdc00 && u <= 0xdfff; }

// The index of the first lone surrogate at or after from, or the length.
uint32_t findLoneSurrogate(const HString *s, uint32_t from) {
    if (s->is8bit()) return s->length;
    for (uint32_t i = from; i < s->length; i++) {
        uint16_t u = s->at(i);
        if (isLead(u) && i + 1 < s->length && isTrail(s->at(i + 1))) {
            i++;
            continue;
        }
        if (isLead(u) || isTrail(u)) return i;
    }
    return s->length;
}

}  // namespace

// String.fromCodePoint (ES2015 21.1.2.2): RangeError for anything but an
// integer in 0..0x10FFFF.
Status stringFromCodePoint(NativeCall &c) {
    Heap &h = c.heap;
    StringBuilder b(h);
    for (uint32_t i = 0; i < c.argc; i++) {
        double d;
        ENG_TRY(toNumber(h, c.arg(i), &d));
        if (!(d >= 0 && d <= 0x10ffff) || d != floor(d)) {
            char buf[NUMBER_TEXT_MAX];
            numberToText(d, buf);
            return throwError(h, PROTO_RANGE_ERROR, "Invalid code point %s", buf);
        }
        ENG_TRY(b.appendCodePoint(static_cast<uint32_t>(d)));
    }
    return setString(c, b.finish());
}

// String.raw (ES2015 21.1.2.4): the template's raw strings with the
// substitutions between them.
Status stringRaw(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *cooked;
    ENG_TRY(toObject(h, c.arg(0), &cooked));
    LocalRoot cr(h, Value::pointer(cooked));
    Value rawValue;
    ENG_TRY(getProperty(h, cooked, keyFromString(atom(h, ATOM_raw)), cr.value, &rawValue));
    JSObject *raw;
    ENG_TRY(toObject(h, rawValue, &raw));
    LocalRoot rr(h, Value::pointer(raw));
    Value lengthValue;
    ENG_TRY(getProperty(h, raw, keyFromString(atom(h, ATOM_length)), rr.value, &lengthValue));
    double length;
    ENG_TRY(toNumber(h, lengthValue, &length));
    length = toIntegerDouble(length);
    StringBuilder b(h);
    LocalRoot piece(h);
    for (double i = 0; i < length; i++) {
        ENG_TRY(interruptPoll(h));
        Value seg;
        ENG_TRY(makeNumber(h, i, &piece.value));
        ENG_TRY(getValueProperty(h, rr.value, piece.value, &seg));
        HString *s = nullptr;
        piece.value = seg;
        ENG_TRY(toString(h, seg, &s));
        piece.value = Value::pointer(s);
        ENG_TRY(b.append(s));
        if (i + 1 >= length) break;
        if (i + 1 < c.argc) {
            ENG_TRY(toString(h, c.arg(static_cast<uint32_t>(i) + 1), &s));
            piece.value = Value::pointer(s);
            ENG_TRY(b.append(s));
        }
    }
    return setString(c, b.finish());
}

// codePointAt (ES2015 21.1.3.3): a surrogate pair joined, a lone surrogate
// as itself, undefined out of range.
Status stringCodePointAt(NativeCall &c) {
    HString *s = nullptr;
    ENG_TRY(thisString(c, "codePointAt", &s));
    double pos;
    ENG_TRY(integerArg(c, 0, &pos));
    s = asString(c.thisValue());
    if (!(pos >= 0 && pos < s->length)) return Status::Ok;
    uint32_t width;
    c.setResult(Value::smallInt(static_cast<int32_t>(codePointAt(s, static_cast<uint32_t>(pos), &width))));
    return Status::Ok;
}

// startsWith, endsWith and includes (ES2015 21.1.3.18/6/7): a RegExp
// (IsRegExp) as the search string is a TypeError.
Status stringStartsEndsIncludes(NativeCall &c) {
    static const char *const names[] = {"startsWith", "endsWith", "includes"};
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, names[c.magic], &s));
    bool regexp = false;
    ENG_TRY(isRegExpArgument(h, c.arg(0), &regexp));
    if (regexp)
        return throwError(h, PROTO_TYPE_ERROR, "First argument to String.prototype.%s must not be a regular expression",
                          names[c.magic]);
    HString *pat = nullptr;
    ENG_TRY(toString(h, c.arg(0), &pat));
    LocalRoot pr(h, Value::pointer(pat));  // (the argument may be missing: no slot to keep it in)
    double pos = 0;
    bool defaultEnd = c.magic == SEARCH_ENDS && c.arg(1).isUndefined();
    if (!defaultEnd) ENG_TRY(integerArg(c, 1, &pos));
    s = asString(c.thisValue());
    double length = s->length;
    if (defaultEnd) pos = length;
    pos = pos < 0 ? 0 : pos > length ? length : pos;
    uint32_t p = static_cast<uint32_t>(pos);
    bool r;
    if (c.magic == SEARCH_INCLUDES) {
        r = findForward(h, s, pat, p) >= 0;
    } else {
        uint32_t start = c.magic == SEARCH_STARTS ? p : p - (pat->length < p ? pat->length : p);
        size_t work = 0;
        r = (c.magic == SEARCH_STARTS ? pat->length <= s->length - p : pat->length <= p) &&
            matchesAt(s, start, pat, &work);
        chargeStringUnits(h, work);
    }
    c.setResult(Value::boolean(r));
    return Status::Ok;
}

// repeat (ES2015 21.1.3.13): RangeError for a negative or infinite count,
// and for a result longer than the engine's strings can be.
Status stringRepeat(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "repeat", &s));
    double n;
    ENG_TRY(integerArg(c, 0, &n));
    if (n < 0 || isinf(n)) {
        char buf[NUMBER_TEXT_MAX];
        numberToText(n, buf);
        return throwError(h, PROTO_RANGE_ERROR, "Invalid count value: %s", buf);
    }
    s = asString(c.thisValue());
    if (n == 0 || s->length == 0) return setString(c, atom(h, ATOM_empty));
    if (n * s->length > STRING_MAX_LENGTH) return throwTooLong(h);
    if (n == 1) return setString(c, s);
    StringBuilder b(h);
    for (uint32_t i = 0; i < static_cast<uint32_t>(n); i++) {
        ENG_TRY(interruptPoll(h));
        ENG_TRY(b.append(asString(c.thisValue())));
    }
    return setString(c, b.finish());
}

// padStart (magic 0) and padEnd (magic 1) (ES2017 22.1.3.16/15): the fill
// repeated and cut to reach maxLength.
Status stringPad(NativeCall &c) {
    Heap &h = c.heap;
    bool atStart = c.magic == 0;
    HString *s = nullptr;
    ENG_TRY(thisString(c, atStart ? "padStart" : "padEnd", &s));
    double maxLength;
    ENG_TRY(integerArg(c, 0, &maxLength));  // ToLength: what is not above the length returns s
    HString *fill = nullptr;
    if (!c.arg(1).isUndefined()) ENG_TRY(stringArg(c, 1, &fill));
    s = asString(c.thisValue());
    if (!(maxLength > s->length)) return setString(c, s);
    if (fill && fill->length == 0) return setString(c, s);
    if (maxLength > STRING_MAX_LENGTH) return throwTooLong(h);
    uint32_t padLength = static_cast<uint32_t>(maxLength) - s->length;
    StringBuilder b(h);
    if (!atStart) ENG_TRY(b.append(asString(c.thisValue())));
    for (uint32_t done = 0; done < padLength;) {
        ENG_TRY(interruptPoll(h));
        if (!fill) {
            ENG_TRY(b.appendUnit(' '));
            done++;
            continue;
        }
        fill = asString(c.arg(1));
        uint32_t n = padLength - done < fill->length ? padLength - done : fill->length;
        ENG_TRY(b.appendRange(fill, 0, n));
        done += n;
    }
    if (atStart) ENG_TRY(b.append(asString(c.thisValue())));
    return setString(c, b.finish());
}

// at (ES2022 22.1.3.1): a negative index counts from the end.
Status stringAt(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "at", &s));
    double k;
    ENG_TRY(integerArg(c, 0, &k));
    s = asString(c.thisValue());
    if (k < 0) k += s->length;
    if (!(k >= 0 && k < s->length)) return Status::Ok;
    uint32_t i = static_cast<uint32_t>(k);
    return setString(c, substring(h, s, i, i + 1));
}

// isWellFormed (magic 0) and toWellFormed (magic 1) (ES2024 22.1.3.10/31):
// lone surrogates; toWellFormed puts U+FFFD in their place.
Status stringWellFormed(NativeCall &c) {
    Heap &h = c.heap;
    bool to = c.magic == 1;
    HString *s = nullptr;
    ENG_TRY(thisString(c, to ? "toWellFormed" : "isWellFormed", &s));
    uint32_t lone = findLoneSurrogate(s, 0);
    if (!to) {
        c.setResult(Value::boolean(lone == s->length));
        return Status::Ok;
    }
    if (lone == s->length) return setString(c, s);
    StringBuilder b(h);
    uint32_t from = 0;
    while (lone < s->length) {
        ENG_TRY(b.appendRange(s, from, lone));
        ENG_TRY(b.appendUnit(0xfffd));
        from = lone + 1;
        s = asString(c.thisValue());
        lone = findLoneSurrogate(s, from);
    }
    ENG_TRY(b.appendRange(asString(c.thisValue()), from, s->length));
    return setString(c, b.finish());
}

// normalize (ES2015 21.1.3.12): the form is checked; the text is returned
// as it is (see the top of this file for what that leaves unsupported).
Status stringNormalize(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "normalize", &s));
    if (!c.arg(0).isUndefined()) {
        HString *form = nullptr;
        ENG_TRY(stringArg(c, 0, &form));
        if (!stringEquals(form, "NFC") && !stringEquals(form, "NFD") && !stringEquals(form, "NFKC") &&
            !stringEquals(form, "NFKD"))
            return throwError(h, PROTO_RANGE_ERROR, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    }
    c.setResult(c.thisValue());
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_STRING_ES2015
