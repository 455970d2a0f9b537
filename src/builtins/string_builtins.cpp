// String built-ins: String.fromCharCode and the ES5.1 String.prototype
// methods (15.5.4) plus substr (Annex B). toString/valueOf live in
// wrapper_builtins.cpp.
//
// Limits of this stage:
// - There is no RegExp yet. match/search treat a string pattern as a literal
//   text when it has no regular-expression syntax characters and throw
//   TypeError otherwise; replace/split use string patterns literally, as the
//   standard says. A RegExp argument is rejected in one place
//   (rejectRegExp), to be replaced when RegExp arrives.
// - Case mapping covers ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic,
//   Armenian, Latin Extended Additional and the full-width forms, with the
//   few one-to-two mappings of those ranges (ß, İ, ŉ) and a simplified final
//   sigma rule. Other scripts and characters outside the BMP keep their case.
//   The locale variants are the same functions.
// - localeCompare compares code units.
#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/numconv.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

// The one place that knows about RegExp arguments.
// TODO(RegExp): when RegExp objects exist, check for their class here and let
// the callers dispatch to the RegExp algorithms instead of throwing.
bool isRegExp(Value v) {
    (void)v;  // no object has the RegExp class yet
    return false;
}

Status rejectRegExp(Heap &h, Value v) {
    if (isRegExp(v)) return throwError(h, PROTO_TYPE_ERROR, "RegExp is not supported yet");
    return Status::Ok;
}

// match/search turn a string into a RegExp; without RegExp only patterns
// that mean themselves literally can be served.
Status rejectRegExpSyntax(Heap &h, const HString *s) {
    for (uint32_t i = 0; i < s->length; i++) {
        switch (s->at(i)) {
        case '^': case '$': case '\\': case '.': case '*': case '+': case '?':
        case '(': case ')': case '[': case ']': case '{': case '}': case '|':
            return throwError(h, PROTO_TYPE_ERROR, "RegExp is not supported yet");
        default:
            break;
        }
    }
    return Status::Ok;
}

// CheckObjectCoercible(this) + ToString(this); the string replaces this in
// its (rooted) slot.
Status thisString(NativeCall &c, const char *method, HString **out) {
    Value t = c.thisValue();
    if (isString(t)) {
        *out = asString(t);
        return Status::Ok;
    }
    if (t.isNullish())
        return throwError(c.heap, PROTO_TYPE_ERROR, "String.prototype.%s called on null or undefined", method);
    HString *s = nullptr;
    ENG_TRY(toString(c.heap, t, &s));
    c.setThis(Value::pointer(s));
    *out = s;
    return Status::Ok;
}

Status toInteger(Heap &h, Value v, double *out) {
    double d;
    ENG_TRY(toNumber(h, v, &d));
    *out = toIntegerDouble(d);
    return Status::Ok;
}

Status setString(NativeCall &c, HString *s) {
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

Status setNumber(NativeCall &c, double d) {
    Value v;
    ENG_TRY(makeNumber(c.heap, d, &v));
    c.setResult(v);
    return Status::Ok;
}

double clampIndex(double d, uint32_t length) {
    if (d < 0) return 0;
    if (d > length) return length;
    return d;
}

bool matchesAt(const HString *s, uint32_t pos, const HString *pat) {
    if (pat->length > s->length || pos > s->length - pat->length) return false;
    for (uint32_t i = 0; i < pat->length; i++)
        if (s->at(pos + i) != pat->at(i)) return false;
    return true;
}

// The first index >= from where pat occurs in s, or -1.
int64_t findForward(const HString *s, const HString *pat, uint32_t from) {
    if (pat->length > s->length) return -1;
    uint32_t last = s->length - pat->length;
    for (uint32_t k = from; k <= last; k++)
        if (matchesAt(s, k, pat)) return k;
    return -1;
}

// ---- String ----------------------------------------------------------------

Status stringFromCharCode(NativeCall &c) {
    Heap &h = c.heap;
    StringBuilder b(h);
    for (uint32_t i = 0; i < c.argc; i++) {
        double d;
        ENG_TRY(toNumber(h, c.arg(i), &d));
        ENG_TRY(b.appendUnit(static_cast<uint16_t>(doubleToInt32(d) & 0xffff)));
    }
    return setString(c, b.finish());
}

// ---- String.prototype ------------------------------------------------------

enum { CHAR_AT, CHAR_CODE_AT };

Status stringCharAt(NativeCall &c) {
    Heap &h = c.heap;
    bool code = c.callee->magic == CHAR_CODE_AT;
    HString *s = nullptr;
    ENG_TRY(thisString(c, code ? "charCodeAt" : "charAt", &s));
    double pos;
    ENG_TRY(toInteger(h, c.arg(0), &pos));
    if (pos < 0 || pos >= s->length) {
        if (code) return setNumber(c, NAN);
        return setString(c, atom(h, ATOM_empty));
    }
    uint32_t p = static_cast<uint32_t>(pos);
    if (code) {
        c.setResult(Value::smallInt(s->at(p)));
        return Status::Ok;
    }
    return setString(c, substring(h, s, p, p + 1));
}

Status stringConcat(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "concat", &s));
    StringBuilder b(h);
    ENG_TRY(b.append(s));
    LocalRoot ar(h);  // append can collect before it copies
    for (uint32_t i = 0; i < c.argc; i++) {
        HString *a = nullptr;
        ENG_TRY(toString(h, c.arg(i), &a));
        ar.value = Value::pointer(a);
        ENG_TRY(b.append(a));
    }
    return setString(c, b.finish());
}

Status stringIndexOf(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "indexOf", &s));
    HString *pat = nullptr;
    ENG_TRY(toString(h, c.arg(0), &pat));
    LocalRoot pr(h, Value::pointer(pat));
    double pos;
    ENG_TRY(toInteger(h, c.arg(1), &pos));
    uint32_t start = static_cast<uint32_t>(clampIndex(pos, s->length));
    return setNumber(c, static_cast<double>(findForward(s, pat, start)));
}

Status stringLastIndexOf(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "lastIndexOf", &s));
    HString *pat = nullptr;
    ENG_TRY(toString(h, c.arg(0), &pat));
    LocalRoot pr(h, Value::pointer(pat));
    double pos;
    ENG_TRY(toNumber(h, c.arg(1), &pos));
    pos = pos != pos ? INFINITY : toIntegerDouble(pos);
    uint32_t start = static_cast<uint32_t>(clampIndex(pos, s->length));
    double result = -1;
    if (pat->length <= s->length) {
        uint32_t k = s->length - pat->length;
        if (k > start) k = start;
        for (;; k--) {
            if (matchesAt(s, k, pat)) {
                result = k;
                break;
            }
            if (k == 0) break;
        }
    }
    return setNumber(c, result);
}

Status stringLocaleCompare(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "localeCompare", &s));
    HString *that = nullptr;
    ENG_TRY(toString(h, c.arg(0), &that));
    int r = compareStrings(s, that);
    c.setResult(Value::smallInt(r < 0 ? -1 : r > 0 ? 1 : 0));
    return Status::Ok;
}

// The pattern of match/search: undefined means the empty pattern (as
// new RegExp(undefined) would), anything else goes through ToString.
Status patternString(Heap &h, Value v, HString **out) {
    ENG_TRY(rejectRegExp(h, v));
    if (v.isUndefined()) {
        *out = atom(h, ATOM_empty);
        return Status::Ok;
    }
    ENG_TRY(toString(h, v, out));
    return rejectRegExpSyntax(h, *out);
}

Status stringMatch(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "match", &s));
    HString *pat = nullptr;
    ENG_TRY(patternString(h, c.arg(0), &pat));
    LocalRoot pr(h, Value::pointer(pat));
    int64_t at = findForward(s, pat, 0);
    if (at < 0) {
        c.setResult(Value::null());
        return Status::Ok;
    }
    // Like RegExp.prototype.exec: [match] with index and input.
    JSArray *a = newArray(h, 1);
    if (!a) return Status::Error;
    c.setResult(Value::pointer(a));
    ENG_TRY(arrayPush(h, a, Value::pointer(pat)));
    Value index;
    ENG_TRY(makeNumber(h, static_cast<double>(at), &index));
    LocalRoot ir(h, index);
    HString *key = internCString(h, "index");
    if (!key) return Status::Error;
    LocalRoot kr(h, Value::pointer(key));
    ENG_TRY(defineOwn(h, asObject(c.result()), key, ir.value, ATTR_DEFAULT));
    key = internCString(h, "input");
    if (!key) return Status::Error;
    kr.value = Value::pointer(key);
    return defineOwn(h, asObject(c.result()), key, c.thisValue(), ATTR_DEFAULT);
}

Status stringSearch(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "search", &s));
    HString *pat = nullptr;
    ENG_TRY(patternString(h, c.arg(0), &pat));
    return setNumber(c, static_cast<double>(findForward(s, pat, 0)));
}

// GetSubstitution for a match of `matched` at `pos` in s without captures.
Status appendSubstitution(StringBuilder &b, const HString *s, const HString *matched, uint32_t pos,
                          const HString *replacement) {
    uint32_t n = replacement->length;
    for (uint32_t i = 0; i < n; i++) {
        uint16_t u = replacement->at(i);
        if (u == '$' && i + 1 < n) {
            uint16_t next = replacement->at(i + 1);
            if (next == '$') {
                ENG_TRY(b.appendUnit('$'));
                i++;
                continue;
            }
            if (next == '&') {
                ENG_TRY(b.append(matched));
                i++;
                continue;
            }
            if (next == '`') {
                for (uint32_t k = 0; k < pos; k++) ENG_TRY(b.appendUnit(s->at(k)));
                i++;
                continue;
            }
            if (next == '\'') {
                for (uint32_t k = pos + matched->length; k < s->length; k++) ENG_TRY(b.appendUnit(s->at(k)));
                i++;
                continue;
            }
            // $n and $nn name captures; there are none, so they stay as text.
        }
        ENG_TRY(b.appendUnit(u));
    }
    return Status::Ok;
}

Status stringReplace(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "replace", &s));
    ENG_TRY(rejectRegExp(h, c.arg(0)));
    HString *pat = nullptr;
    ENG_TRY(toString(h, c.arg(0), &pat));
    LocalRoot pr(h, Value::pointer(pat));
    bool functional = isCallable(c.arg(1));
    LocalRoot rr(h);
    if (!functional) {
        HString *r = nullptr;
        ENG_TRY(toString(h, c.arg(1), &r));
        rr.value = Value::pointer(r);
    }
    int64_t at = findForward(s, pat, 0);
    if (at < 0) return setString(c, s);
    uint32_t pos = static_cast<uint32_t>(at);
    if (functional) {
        Value args[3];
        args[0] = Value::pointer(pat);  // the matched text is the pattern itself
        ENG_TRY(makeNumber(h, pos, &args[1]));
        args[2] = c.thisValue();
        Value result;
        ENG_TRY(callValue(h, c.arg(1), Value::undefined(), args, 3, &result));
        LocalRoot resr(h, result);
        HString *r = nullptr;
        ENG_TRY(toString(h, result, &r));
        rr.value = Value::pointer(r);
    }
    s = asString(c.thisValue());
    StringBuilder b(h);
    for (uint32_t k = 0; k < pos; k++) ENG_TRY(b.appendUnit(s->at(k)));
    if (functional) ENG_TRY(b.append(asString(rr.value)));
    else ENG_TRY(appendSubstitution(b, s, pat, pos, asString(rr.value)));
    for (uint32_t k = pos + pat->length; k < s->length; k++) ENG_TRY(b.appendUnit(s->at(k)));
    return setString(c, b.finish());
}

Status stringSlice(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "slice", &s));
    double len = s->length, start, end = len;
    ENG_TRY(toInteger(h, c.arg(0), &start));
    if (!c.arg(1).isUndefined()) ENG_TRY(toInteger(h, c.arg(1), &end));
    start = start < 0 ? (len + start < 0 ? 0 : len + start) : (start > len ? len : start);
    end = end < 0 ? (len + end < 0 ? 0 : len + end) : (end > len ? len : end);
    if (start >= end) return setString(c, atom(h, ATOM_empty));
    return setString(c, substring(h, s, static_cast<uint32_t>(start), static_cast<uint32_t>(end)));
}

Status stringSubstring(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "substring", &s));
    double start, end = s->length;
    ENG_TRY(toInteger(h, c.arg(0), &start));
    if (!c.arg(1).isUndefined()) ENG_TRY(toInteger(h, c.arg(1), &end));
    start = clampIndex(start, s->length);
    end = clampIndex(end, s->length);
    if (start > end) {
        double t = start;
        start = end;
        end = t;
    }
    return setString(c, substring(h, s, static_cast<uint32_t>(start), static_cast<uint32_t>(end)));
}

Status stringSubstr(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "substr", &s));
    double len = s->length, start, count = INFINITY;
    ENG_TRY(toInteger(h, c.arg(0), &start));
    if (!c.arg(1).isUndefined()) ENG_TRY(toInteger(h, c.arg(1), &count));
    if (start < 0) start = len + start < 0 ? 0 : len + start;
    if (start > len) start = len;
    if (count < 0) count = 0;
    if (count > len - start) count = len - start;
    if (count <= 0) return setString(c, atom(h, ATOM_empty));
    return setString(c, substring(h, s, static_cast<uint32_t>(start), static_cast<uint32_t>(start + count)));
}

Status stringSplit(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "split", &s));
    ENG_TRY(rejectRegExp(h, c.arg(0)));
    JSArray *a = newArray(h, 0);
    if (!a) return Status::Error;
    c.setResult(Value::pointer(a));
    uint32_t limit = 0xffffffffu;
    if (!c.arg(1).isUndefined()) ENG_TRY(toUint32(h, c.arg(1), &limit));
    LocalRoot sepr(h);
    HString *sep = nullptr;
    if (!c.arg(0).isUndefined()) {
        ENG_TRY(toString(h, c.arg(0), &sep));
        sepr.value = Value::pointer(sep);
    }
    s = asString(c.thisValue());
    a = static_cast<JSArray *>(asObject(c.result()));
    if (limit == 0) return Status::Ok;
    if (!sep) return arrayPush(h, a, Value::pointer(s));
    uint32_t len = s->length;
    if (len == 0) {
        if (sep->length == 0) return Status::Ok;
        return arrayPush(h, a, Value::pointer(s));
    }
    uint32_t p = 0;
    if (sep->length == 0) {
        // Every code unit on its own, the last one included.
        for (uint32_t q = 0; q < len; q++) {
            HString *piece = substring(h, s, q, q + 1);
            if (!piece) return Status::Error;
            ENG_TRY(arrayPush(h, a, Value::pointer(piece)));
            if (a->length == limit) return Status::Ok;
        }
        return Status::Ok;
    }
    for (;;) {
        int64_t at = findForward(s, sep, p);
        if (at < 0) break;
        HString *piece = substring(h, s, p, static_cast<uint32_t>(at));
        if (!piece) return Status::Error;
        ENG_TRY(arrayPush(h, a, Value::pointer(piece)));
        if (a->length == limit) return Status::Ok;
        p = static_cast<uint32_t>(at) + sep->length;
    }
    HString *tail = substring(h, s, p, len);
    if (!tail) return Status::Error;
    return arrayPush(h, a, Value::pointer(tail));
}

// ---- case mapping ------------------------------------------------------------

// Simple (one unit to one unit) mappings; 0 when the unit has no mapping.
uint16_t lowerOf(uint16_t u) {
    if (u < 0x80) return u >= 'A' && u <= 'Z' ? u + 0x20 : 0;
    if (u < 0x100) return u >= 0xc0 && u <= 0xde && u != 0xd7 ? u + 0x20 : 0;
    if (u < 0x180) {
        if (u == 0x130) return 'i';  // the full mapping adds U+0307 (see below)
        if (u == 0x178) return 0xff;
        bool evenUpper = (u < 0x138 && u != 0x131) || (u >= 0x14a && u < 0x178);
        bool oddUpper = (u >= 0x139 && u < 0x149) || (u >= 0x179 && u < 0x17f);
        if (evenUpper && (u & 1) == 0) return u + 1;
        if (oddUpper && (u & 1) == 1) return u + 1;
        return 0;
    }
    if (u >= 0x370 && u < 0x400) {
        if (u >= 0x391 && u <= 0x3a9 && u != 0x3a2) return u + 0x20;
        if (u == 0x386) return 0x3ac;
        if (u >= 0x388 && u <= 0x38a) return u + 37;
        if (u == 0x38c) return 0x3cc;
        if (u == 0x38e || u == 0x38f) return u + 63;
        if (u >= 0x3d8 && u <= 0x3ef && (u & 1) == 0) return u + 1;
        return 0;
    }
    if (u >= 0x400 && u < 0x530) {
        if (u < 0x410) return u + 0x50;
        if (u < 0x430) return u + 0x20;
        if (u == 0x4c0) return 0x4cf;
        if (((u >= 0x460 && u < 0x482) || (u >= 0x48a && u < 0x4c0) || (u >= 0x4d0 && u < 0x530)) && (u & 1) == 0)
            return u + 1;
        if (u >= 0x4c1 && u < 0x4cf && (u & 1) == 1) return u + 1;
        return 0;
    }
    if (u >= 0x531 && u <= 0x556) return u + 0x30;
    if (((u >= 0x1e00 && u < 0x1e96) || (u >= 0x1ea0 && u < 0x1f00)) && (u & 1) == 0) return u + 1;
    if (u >= 0xff21 && u <= 0xff3a) return u + 0x20;
    return 0;
}

uint16_t upperOf(uint16_t u) {
    if (u < 0x80) return u >= 'a' && u <= 'z' ? u - 0x20 : 0;
    if (u < 0x100) {
        if (u == 0xb5) return 0x39c;
        if (u == 0xff) return 0x178;
        return u >= 0xe0 && u <= 0xfe && u != 0xf7 ? u - 0x20 : 0;
    }
    if (u < 0x180) {
        if (u == 0x131) return 'I';
        if (u == 0x17f) return 'S';
        if (u == 0x130 || u == 0x138 || u == 0x149) return 0;
        uint16_t l = static_cast<uint16_t>(u - 1);
        return lowerOf(l) == u ? l : 0;
    }
    if (u >= 0x370 && u < 0x400) {
        if (u >= 0x3b1 && u <= 0x3c9) return u == 0x3c2 ? 0x3a3 : u - 0x20;
        if (u == 0x3ac) return 0x386;
        if (u >= 0x3ad && u <= 0x3af) return u - 37;
        if (u == 0x3cc) return 0x38c;
        if (u == 0x3cd || u == 0x3ce) return u - 63;
        if (u >= 0x3d9 && u <= 0x3ef && (u & 1) == 1) return u - 1;
        return 0;
    }
    if (u >= 0x400 && u < 0x530) {
        if (u >= 0x430 && u < 0x450) return u - 0x20;
        if (u >= 0x450 && u < 0x460) return u - 0x50;
        if (u == 0x4cf) return 0x4c0;
        uint16_t l = static_cast<uint16_t>(u - 1);
        return lowerOf(l) == u ? l : 0;
    }
    if (u >= 0x561 && u <= 0x586) return u - 0x30;
    if (u >= 0x1e01 && u < 0x1f00) {
        uint16_t l = static_cast<uint16_t>(u - 1);
        return lowerOf(l) == u ? l : 0;
    }
    if (u >= 0xff41 && u <= 0xff5a) return u - 0x20;
    return 0;
}

bool isCased(uint16_t u) { return lowerOf(u) || upperOf(u) || u == 0xdf; }

enum { TO_LOWER, TO_UPPER, TO_LOCALE_LOWER, TO_LOCALE_UPPER };

Status stringChangeCase(NativeCall &c) {
    static const char *const names[] = {"toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase"};
    Heap &h = c.heap;
    int mode = c.callee->magic;
    HString *s = nullptr;
    ENG_TRY(thisString(c, names[mode], &s));
    bool upper = mode == TO_UPPER || mode == TO_LOCALE_UPPER;
    // Nothing to change: the same string.
    bool changes = false;
    for (uint32_t i = 0; i < s->length && !changes; i++) {
        uint16_t u = s->at(i);
        changes = upper ? (upperOf(u) != 0 || u == 0xdf || u == 0x149) : lowerOf(u) != 0;
    }
    if (!changes) return setString(c, s);
    StringBuilder b(h);
    for (uint32_t i = 0; i < s->length; i++) {
        uint16_t u = s->at(i);
        if (upper) {
            if (u == 0xdf) {
                ENG_TRY(b.appendAscii("SS"));
                continue;
            }
            if (u == 0x149) {
                ENG_TRY(b.appendUnit(0x2bc));
                ENG_TRY(b.appendUnit('N'));
                continue;
            }
            uint16_t m = upperOf(u);
            ENG_TRY(b.appendUnit(m ? m : u));
        } else {
            if (u == 0x130) {
                ENG_TRY(b.appendUnit('i'));
                ENG_TRY(b.appendUnit(0x307));
                continue;
            }
            if (u == 0x3a3) {
                // Final sigma (simplified): after a cased letter and not
                // before one.
                bool after = i > 0 && isCased(s->at(i - 1));
                bool before = i + 1 < s->length && isCased(s->at(i + 1));
                ENG_TRY(b.appendUnit(after && !before ? 0x3c2 : 0x3c3));
                continue;
            }
            uint16_t m = lowerOf(u);
            ENG_TRY(b.appendUnit(m ? m : u));
        }
    }
    return setString(c, b.finish());
}

Status stringTrim(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "trim", &s));
    uint32_t b = 0, e = s->length;
    while (b < e && isJsWhitespace(s->at(b))) b++;
    while (e > b && isJsWhitespace(s->at(e - 1))) e--;
    if (b == 0 && e == s->length) return setString(c, s);
    return setString(c, substring(h, s, b, e));
}

const MethodSpec stringMethods[] = {
    {"charAt", stringCharAt, 1, CHAR_AT},
    {"charCodeAt", stringCharAt, 1, CHAR_CODE_AT},
    {"concat", stringConcat, 1, 0},
    {"indexOf", stringIndexOf, 1, 0},
    {"lastIndexOf", stringLastIndexOf, 1, 0},
    {"localeCompare", stringLocaleCompare, 1, 0},
    {"match", stringMatch, 1, 0},
    {"replace", stringReplace, 2, 0},
    {"search", stringSearch, 1, 0},
    {"slice", stringSlice, 2, 0},
    {"split", stringSplit, 2, 0},
    {"substring", stringSubstring, 2, 0},
    {"substr", stringSubstr, 2, 0},
    {"toLowerCase", stringChangeCase, 0, TO_LOWER},
    {"toLocaleLowerCase", stringChangeCase, 0, TO_LOCALE_LOWER},
    {"toUpperCase", stringChangeCase, 0, TO_UPPER},
    {"toLocaleUpperCase", stringChangeCase, 0, TO_LOCALE_UPPER},
    {"trim", stringTrim, 0, 0},
};

const MethodSpec stringStatics[] = {
    {"fromCharCode", stringFromCharCode, 1, 0},
};

}  // namespace

Status initStringBuiltins(Heap &h) {
    ENG_TRY(installMethods(h, h.protos[PROTO_STRING], stringMethods, sizeof stringMethods / sizeof stringMethods[0]));
    return installMethods(h, h.ctors[PROTO_STRING], stringStatics, sizeof stringStatics / sizeof stringStatics[0]);
}

}  // namespace eng
