// String built-ins: String.fromCharCode and the ES5.1 String.prototype
// methods (15.5.4) plus substr (Annex B). toString/valueOf live in
// wrapper_builtins.cpp.
//
// RegExp integration (15.5.4.10/11/12/14): match, replace, search and split
// accept RegExp objects; match/search turn any other pattern into one with
// new RegExp(pattern). Matching goes through regexpExecRaw rather than a
// property lookup of RegExp.prototype.exec; ES5 calls the standard built-in
// exec, so this is not observable. Where ES5 and node differ, node (ES2015+)
// is followed:
// - global match/replace advance by one after an empty match (ES5 compares
//   lastIndex with the previous lastIndex, which repeats an empty match found
//   after the start of a search);
// - a failed non-global match leaves lastIndex alone (as exec does here);
// - replace finds all matches first and then calls a function replacer, so
//   the replacer cannot steer the search through lastIndex.
// Limits of this stage:
// - Case mapping covers ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic,
//   Armenian, Latin Extended Additional and the full-width forms, with the
//   few one-to-two mappings of those ranges (ß, İ, ŉ) and a simplified final
//   sigma rule. Other scripts and characters outside the BMP keep their case.
//   The locale variants are the same functions.
// - localeCompare compares code units.
#include <string.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/regexp_legacy.h"
#include "builtins/string_common.h"
#include "builtins/wrappers.h"
#include "objects/object_ops.h"
#include "regexp/regexp.h"
#include "regexp/regexp_object.h"
#include "strings/builder.h"
#include "strings/case_map.h"
#include "strings/numconv.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

namespace eng {

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

namespace {

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

}  // namespace

// Counts the units it compares into *work.
bool matchesAt(const HString *s, uint32_t pos, const HString *pat, size_t *work) {
    if (pat->length > s->length || pos > static_cast<uint32_t>(s->length) - pat->length) return false;
    uint32_t i = 0;
    while (i < pat->length && s->at(pos + i) == pat->at(i)) i++;
    *work += i + 1;
    return i == pat->length;
}

namespace {

int64_t scanForward(const HString *s, const HString *pat, uint32_t from, size_t *work) {
    if (pat->length > s->length) return -1;
    uint32_t last = s->length - pat->length;
    if (from > last) return -1;
    if (pat->length && s->is8bit()) {
        // A wide pattern has a unit no Latin-1 string holds.
        if (!pat->is8bit()) return -1;
        // memchr finds the candidates; most fail on the next unit.
        const uint8_t *d = s->data8(), *p = pat->data8();
        const uint8_t *k = d + from, *end = d + last + 1;
        while ((k = static_cast<const uint8_t *>(memchr(k, p[0], static_cast<size_t>(end - k))))) {
            uint32_t i = 1;
            while (i < pat->length && k[i] == p[i]) i++;
            *work += i;
            if (i == pat->length) {
                *work += static_cast<size_t>(k - (d + from));
                return k - d;
            }
            k++;
        }
        *work += last + 1 - from;
        return -1;
    }
    for (uint32_t k = from; k <= last; k++)
        if (matchesAt(s, k, pat, work)) return k;
    return -1;
}

}  // namespace

int64_t findForward(Heap &h, const HString *s, const HString *pat, uint32_t from) {
    size_t work = 0;
    int64_t at = scanForward(s, pat, from, &work);
    chargeStringUnits(h, work);
    return at;
}

Status isRegExpArgument(Heap &h, Value v, bool *out) {
    *out = false;
    if (!isObjectType(v)) return Status::Ok;
    JSObject *o;
    ENG_TRY(toObject(h, v, &o));
    Value matcher;
    ENG_TRY(getProperty(h, o, PropertyKey{wellKnownSymbol(WKS_match), 0, false}, v, &matcher));
    *out = matcher.isUndefined() ? isRegExp(v) : toBoolean(matcher);
    return Status::Ok;
}

Status requireGlobalFlag(Heap &h, Value rx, const char *method) {
    LocalRoot rr(h, rx);
    HString *key = atom(h, ATOM_flags);
    Value flags;
    ENG_TRY(getValuePropertyStr(h, rx, key, &flags));
    if (flags.isNullish())
        return throwError(h, PROTO_TYPE_ERROR, "String.prototype.%s called with a regular expression without flags",
                          method);
    HString *text = nullptr;
    ENG_TRY(toString(h, flags, &text));
    for (uint32_t i = 0; i < text->length; i++)
        if (text->at(i) == 'g') return Status::Ok;
    return throwError(h, PROTO_TYPE_ERROR, "String.prototype.%s called with a non-global RegExp argument", method);
}

Status callSearchProtocol(NativeCall &c, WellKnownSymbol which, uint32_t argc, bool *called) {
    Heap &h = c.heap;
    *called = false;
    if (!isObjectType(c.arg(0))) return Status::Ok;  // ES2025: primitives are not asked
    // A RegExp nothing has changed would call RegExp.prototype's own method
    // (or none), whose work the caller's direct path does: no lookup.
    if (which != WKS_matchAll && isPristineRegExp(h, c.arg(0), which == WKS_split)) return Status::Ok;
    Value method;
    ENG_TRY(getValueProperty(h, c.arg(0), Value::pointer(wellKnownSymbol(which)), &method));
    if (method.isNullish()) return Status::Ok;
    if (!isCallable(method)) {
        char buf[64];
        describeValue(h, method, buf, sizeof buf);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", buf);
    }
    LocalRoot mr(h, method);
    Value args[2] = {c.thisValue(), c.arg(1)}, result;
    ENG_TRY(callValue(h, mr.value, c.arg(0), args, argc, &result));
    c.setResult(result);
    *called = true;
    return Status::Ok;
}

Status invokeChangedProtocol(NativeCall &c, Value rx, WellKnownSymbol which, HString *s, bool *called) {
    Heap &h = c.heap;
    *called = false;
    // Without the protocols (ENG_REGEXP_PROTOCOLS 0) a RegExp is used as it is.
    if (!ENG_REGEXP_PROTOCOLS || isPristineRegExp(h, rx, false)) return Status::Ok;
    LocalRoot rr(h, rx), sr(h, Value::pointer(s));
    Value method;
    ENG_TRY(getValueProperty(h, rr.value, Value::pointer(wellKnownSymbol(which)), &method));
    if (!isCallable(method)) {
        char buf[64];
        describeValue(h, method, buf, sizeof buf);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", buf);
    }
    Value result;
    ENG_TRY(callValue(h, method, rr.value, &sr.value, 1, &result));
    c.setResult(result);
    *called = true;
    return Status::Ok;
}

namespace {

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
    bool code = c.magic == CHAR_CODE_AT;
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
    return setNumber(c, static_cast<double>(findForward(h, s, pat, start)));
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
    size_t work = 0;
    if (pat->length <= s->length) {
        uint32_t k = s->length - pat->length;
        if (k > start) k = start;
        for (;; k--) {
            if (matchesAt(s, k, pat, &work)) {
                result = k;
                break;
            }
            if (k == 0) break;
        }
    }
    chargeStringUnits(h, work);
    return setNumber(c, result);
}

Status stringLocaleCompare(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "localeCompare", &s));
    HString *that = nullptr;
    ENG_TRY(toString(h, c.arg(0), &that));
    uint32_t compared;
    int r = compareStrings(s, that, &compared);
    chargeStringUnits(h, compared);
    c.setResult(Value::smallInt(r < 0 ? -1 : r > 0 ? 1 : 0));
    return Status::Ok;
}

// ---- RegExp helpers ----------------------------------------------------------

// Owns the captures of one match.
struct MatchHolder {
    Heap &h;
    MatchResult m;
    explicit MatchHolder(Heap &heap) : h(heap) {
        m.matched = false;
        m.groupCount = 0;
        m.captures = nullptr;
    }
    ~MatchHolder() { matchResultFree(h, &m); }
    MatchHolder(const MatchHolder &) = delete;
    MatchHolder &operator=(const MatchHolder &) = delete;
    // re and s need not be rooted (regexpExecRaw roots them). search: the
    // next match from start even for a sticky regexp (split).
    Status run(JSObject *re, HString *s, uint32_t start, bool search = false) {
        matchResultFree(h, &m);
        ENG_TRY(regexpExecRaw(h, re, s, start, &m, search));
#if ENG_REGEXP_LEGACY
        // These paths stand for RegExpBuiltinExec: RegExp.$1 and friends.
        if (m.matched) return regexpLegacyRecord(h, re, s, m);
#endif
        return Status::Ok;
    }
    uint32_t start(uint32_t g) const { return static_cast<uint32_t>(m.captures[2 * g]); }
    uint32_t end(uint32_t g) const { return static_cast<uint32_t>(m.captures[2 * g + 1]); }
    bool participated(uint32_t g) const { return m.captures[2 * g] >= 0; }
};

// A growing list of int32 (the captures of several matches).
struct IntList {
    Heap &h;
    int32_t *data = nullptr;
    uint32_t count = 0, capacity = 0;
    explicit IntList(Heap &heap) : h(heap) {}
    ~IntList() {
        if (data) heapFree(h, data, capacity * sizeof(int32_t));
    }
    IntList(const IntList &) = delete;
    IntList &operator=(const IntList &) = delete;
    Status add(const int32_t *v, uint32_t n) {
        if (count + n > capacity) {
            uint32_t nc = capacity ? capacity * 2 : 16;
            while (nc < count + n) nc *= 2;
            int32_t *nd = static_cast<int32_t *>(heapAlloc(h, nc * sizeof(int32_t)));
            if (!nd) return throwOutOfMemory(h);
            for (uint32_t i = 0; i < count; i++) nd[i] = data[i];
            if (data) heapFree(h, data, capacity * sizeof(int32_t));
            data = nd;
            capacity = nc;
        }
        for (uint32_t i = 0; i < n; i++) data[count++] = v[i];
        return Status::Ok;
    }
};

// A heapAlloc'd buffer freed on every path.
struct HeapBuffer {
    Heap &h;
    void *p = nullptr;
    size_t size = 0;
    explicit HeapBuffer(Heap &heap) : h(heap) {}
    ~HeapBuffer() {
        if (p) heapFree(h, p, size);
    }
    HeapBuffer(const HeapBuffer &) = delete;
    HeapBuffer &operator=(const HeapBuffer &) = delete;
    Status alloc(size_t n) {
        p = heapAlloc(h, n ? n : 1);
        if (!p) return throwOutOfMemory(h);
        size = n ? n : 1;
        return Status::Ok;
    }
};

// rx.lastIndex = v (Put with Throw true, as exec does). rx must be rooted.
Status setLastIndex(Heap &h, Value rx, uint32_t v) {
    HString *k = internCString(h, "lastIndex");
    if (!k) return Status::Error;
    LocalRoot kr(h, Value::pointer(k));
    LocalRoot vr(h);
    ENG_TRY(makeNumber(h, v, &vr.value));
    return putValuePropertyStr(h, rx, k, vr.value, true);
}

// exec reads ToInteger(lastIndex) even when it then ignores it (non-global);
// a valueOf there is observable. rx must be rooted.
Status touchLastIndex(Heap &h, Value rx) {
    HString *k = internCString(h, "lastIndex");
    if (!k) return Status::Error;
    LocalRoot kr(h, Value::pointer(k));
    LocalRoot vr(h);
    ENG_TRY(getValuePropertyStr(h, rx, k, &vr.value));
    double d;
    return toNumber(h, vr.value, &d);
}

// The one exec of a non-global match or replace (RegExpBuiltinExec): from
// 0, lastIndex only read; a sticky regexp matches at lastIndex alone and
// leaves lastIndex after the match, or 0 when there is none. rx and s must
// be rooted.
Status execOnce(Heap &h, Value rx, HString *s, MatchHolder &m) {
    if (!(regexpFlags(asObject(rx)) & RE_STICKY)) {
        ENG_TRY(touchLastIndex(h, rx));
        return m.run(asObject(rx), s, 0);
    }
    LocalRoot vr(h);
    ENG_TRY(getValuePropertyStr(h, rx, atom(h, ATOM_lastIndex), &vr.value));
    double li;
    ENG_TRY(toNumber(h, vr.value, &li));
    li = toIntegerDouble(li);
    matchResultFree(h, &m.m);
    m.m.matched = false;
    if (li < 0) li = 0;
    if (li <= s->length) ENG_TRY(m.run(asObject(rx), s, static_cast<uint32_t>(li)));
    return setLastIndex(h, rx, m.m.matched ? m.end(0) : 0);
}

// The RegExp of match/search: the argument itself or new RegExp(pattern).
Status toRegExp(Heap &h, Value pattern, LocalRoot &rx) {
    if (isRegExp(pattern)) {
        rx.value = pattern;
        return Status::Ok;
    }
    Value out;
    ENG_TRY(regexpCreate(h, pattern, Value::undefined(), &out));
    rx.value = out;
    if (!isRegExp(out)) return throwError(h, PROTO_TYPE_ERROR, "RegExp constructor did not return a RegExp");
    return Status::Ok;
}

Status appendRange(StringBuilder &b, const HString *s, uint32_t from, uint32_t to) {
    return b.appendRange(s, from, to);
}

// The index after an empty match at i: past the code point there for a
// regexp with the u flag (AdvanceStringIndex), else past the code unit.
uint32_t afterEmptyMatch(const HString *s, uint32_t i, JSObject *rx) {
    uint32_t width = 1;
    if ((regexpFlags(rx) & RE_FULL_UNICODE) && i < s->length) codePointAt(s, i, &width);
    return i + width;
}

Status stringMatch(NativeCall &c) {
    Heap &h = c.heap;
    if (c.thisValue().isNullish()) return throwError(h, PROTO_TYPE_ERROR, "String.prototype.match called on null or undefined");
    bool called = false;
    ENG_TRY(callSearchProtocol(c, WKS_match, 1, &called));
    if (called) return Status::Ok;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "match", &s));
    LocalRoot rx(h);
    ENG_TRY(toRegExp(h, c.arg(0), rx));
    ENG_TRY(invokeChangedProtocol(c, rx.value, WKS_match, s, &called));
    if (called) return Status::Ok;
    if (!(regexpFlags(asObject(rx.value)) & RE_GLOBAL)) {
        // RegExp.prototype.exec(rx, S) for a non-global rx.
        MatchHolder m(h);
        ENG_TRY(execOnce(h, rx.value, s, m));
        if (!m.m.matched) {
            c.setResult(Value::null());
            return Status::Ok;
        }
        LocalRoot arr(h);
        ENG_TRY(makeMatchArray(h, s, m.m, static_cast<JSRegExp *>(asObject(rx.value))->program, arr));
        c.setResult(arr.value);
        return Status::Ok;
    }
    ENG_TRY(setLastIndex(h, rx.value, 0));
    LocalRoot arr(h), piece(h);
    MatchHolder m(h);
    uint32_t pos = 0;
    while (pos <= s->length) {
        ENG_TRY(interruptPoll(h));  // one step per match of a long input
        ENG_TRY(m.run(asObject(rx.value), s, pos));
        if (!m.m.matched) break;
        uint32_t st = m.start(0), e = m.end(0);
        if (arr.value.isUndefined()) {
            JSArray *a = newArray(h, 0);
            if (!a) return Status::Error;
            arr.value = Value::pointer(a);
        }
        HString *sub = substring(h, s, st, e);
        if (!sub) return Status::Error;
        piece.value = Value::pointer(sub);
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(arr.value)), piece.value));
        pos = e == st ? afterEmptyMatch(s, e, asObject(rx.value)) : e;
    }
    // The last, failing exec of a global regexp resets lastIndex.
    ENG_TRY(setLastIndex(h, rx.value, 0));
    c.setResult(arr.value.isUndefined() ? Value::null() : arr.value);
    return Status::Ok;
}

Status stringSearch(NativeCall &c) {
    Heap &h = c.heap;
    if (c.thisValue().isNullish()) return throwError(h, PROTO_TYPE_ERROR, "String.prototype.search called on null or undefined");
    bool called = false;
    ENG_TRY(callSearchProtocol(c, WKS_search, 1, &called));
    if (called) return Status::Ok;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "search", &s));
    LocalRoot rx(h);
    ENG_TRY(toRegExp(h, c.arg(0), rx));
    ENG_TRY(invokeChangedProtocol(c, rx.value, WKS_search, s, &called));
    if (called) return Status::Ok;
    // lastIndex and global are ignored; lastIndex is left as it is.
    MatchHolder m(h);
    ENG_TRY(m.run(asObject(rx.value), s, 0));
    return setNumber(c, m.m.matched ? static_cast<double>(m.start(0)) : -1.0);
}

// GetSubstitution (15.5.4.11, table 22) for one match: caps holds the start
// and end of groupCount groups, group 0 being the match. $n and $nn follow
// node: a two-digit number names a group when it exists, else its first
// digit does when that group exists, else the text stays as it is. $<name>
// is a named group's capture when prog names groups (nothing when it names
// no such group), else text.
Status appendSubstitution(StringBuilder &b, const HString *s, const int32_t *caps, uint32_t groupCount,
                          const HString *replacement, const RegExpProgram *prog) {
    uint32_t pos = static_cast<uint32_t>(caps[0]), end = static_cast<uint32_t>(caps[1]);
    uint32_t m = groupCount - 1;
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
                ENG_TRY(appendRange(b, s, pos, end));
                i++;
                continue;
            }
            if (next == '`') {
                ENG_TRY(appendRange(b, s, 0, pos));
                i++;
                continue;
            }
            if (next == '\'') {
                ENG_TRY(appendRange(b, s, end, s->length));
                i++;
                continue;
            }
            if (next == '<' && prog && prog->names) {
                uint32_t close = i + 2;
                while (close < n && replacement->at(close) != '>') close++;
                if (close < n) {
                    uint32_t length = close - (i + 2), g = 0;
                    // A repeated name (in other alternatives): the group that took part.
                    for (uint32_t k = 0; k + 2 <= prog->namesUnits; k += 2 + prog->names[k + 1]) {
                        if (prog->names[k + 1] != length) continue;
                        uint32_t j = 0;
                        while (j < length && prog->names[k + 2 + j] == replacement->at(i + 2 + j)) j++;
                        if (j == length && (!g || (ENG_REGEXP_ES2025 && caps[2 * prog->names[k]] >= 0))) g = prog->names[k];
                    }
                    if (g && caps[2 * g] >= 0)
                        ENG_TRY(appendRange(b, s, static_cast<uint32_t>(caps[2 * g]), static_cast<uint32_t>(caps[2 * g + 1])));
                    i = close;
                    continue;
                }
            }
            if (next >= '0' && next <= '9') {
                uint32_t d1 = next - '0', g = 0, used = 0;
                if (i + 2 < n && replacement->at(i + 2) >= '0' && replacement->at(i + 2) <= '9') {
                    uint32_t nn = d1 * 10 + (replacement->at(i + 2) - '0');
                    if (nn >= 1 && nn <= m) {
                        g = nn;
                        used = 2;
                    }
                }
                if (!used && d1 >= 1 && d1 <= m) {
                    g = d1;
                    used = 1;
                }
                if (used) {
                    if (caps[2 * g] >= 0)
                        ENG_TRY(appendRange(b, s, static_cast<uint32_t>(caps[2 * g]),
                                            static_cast<uint32_t>(caps[2 * g + 1])));
                    i += used;
                    continue;
                }
            }
        }
        ENG_TRY(b.appendUnit(u));
    }
    return Status::Ok;
}

// replace (magic 0) and replaceAll (magic 1, ES2021 22.1.3.19): a RegExp
// pattern of replaceAll must be global (IsRegExp, then its "flags"), and
// then replaces as replace does; a string pattern is replaced everywhere.
Status stringReplace(NativeCall &c) {
    Heap &h = c.heap;
    bool all = c.magic == 1;
    if (all) {
        if (c.thisValue().isNullish())
            return throwError(h, PROTO_TYPE_ERROR, "String.prototype.replaceAll called on null or undefined");
        bool regexpLike = false;
        ENG_TRY(isRegExpArgument(h, c.arg(0), &regexpLike));
        if (regexpLike) ENG_TRY(requireGlobalFlag(h, c.arg(0), "replaceAll"));
    } else if (c.thisValue().isNullish()) {
        return throwError(h, PROTO_TYPE_ERROR, "String.prototype.replace called on null or undefined");
    }
    bool called = false;
    ENG_TRY(callSearchProtocol(c, WKS_replace, 2, &called));
    if (called) return Status::Ok;
    HString *s = nullptr;
    ENG_TRY(thisString(c, all ? "replaceAll" : "replace", &s));
    bool regexp = isRegExp(c.arg(0));
    LocalRoot pr(h);
    if (!regexp) {
        HString *pat = nullptr;
        ENG_TRY(toString(h, c.arg(0), &pat));
        pr.value = Value::pointer(pat);
    }
    bool functional = isCallable(c.arg(1));
    LocalRoot rr(h);
    if (!functional) {
        HString *r = nullptr;
        ENG_TRY(toString(h, c.arg(1), &r));
        rr.value = Value::pointer(r);
    }
    // First every match (start/end pairs of groups groups each) ...
    IntList matches(h);
    uint32_t groups = 1;
    if (regexp) {
        groups = regexpGroupCount(asObject(c.arg(0)));
        MatchHolder m(h);
        if (regexpFlags(asObject(c.arg(0))) & RE_GLOBAL) {
            ENG_TRY(setLastIndex(h, c.arg(0), 0));
            uint32_t pos = 0;
            while (pos <= s->length) {
                ENG_TRY(interruptPoll(h));
                ENG_TRY(m.run(asObject(c.arg(0)), s, pos));
                if (!m.m.matched) break;
                ENG_TRY(matches.add(m.m.captures, 2 * groups));
                uint32_t st = m.start(0), e = m.end(0);
                pos = e == st ? afterEmptyMatch(s, e, asObject(c.arg(0))) : e;
            }
            ENG_TRY(setLastIndex(h, c.arg(0), 0));
        } else {
            ENG_TRY(execOnce(h, c.arg(0), s, m));
            // lastIndex's valueOf may have recompiled the regexp (compile()).
            if (m.m.matched) groups = m.m.groupCount;
            if (m.m.matched) ENG_TRY(matches.add(m.m.captures, 2 * groups));
        }
    } else {
        HString *pat = asString(pr.value);
        int64_t at = findForward(h, s, pat, 0);
        while (at >= 0) {
            int32_t caps[2] = {static_cast<int32_t>(at), static_cast<int32_t>(at + pat->length)};
            ENG_TRY(matches.add(caps, 2));
            if (!all) break;
            ENG_TRY(interruptPoll(h));
            // An empty pattern matches between every two units and at the end.
            at = findForward(h, s, pat, static_cast<uint32_t>(at) + (pat->length ? pat->length : 1));
        }
    }
    if (matches.count == 0) return setString(c, s);
    // ... then the result, calling a function replacer once per match with
    // (match, p1..pn, offset, string[, groups]).
    const RegExpProgram *program = regexp ? &static_cast<JSRegExp *>(asObject(c.arg(0)))->program : nullptr;
    bool named = program && program->names;
#if ENG_REGEXP_LEGACY
    // A replacer may recompile the regexp (compile()), freeing its group
    // names: the substitutions keep using a copy of those of the matches.
    RegExpProgram namesOfMatches = {};
    HeapBuffer namesCopy(h);
    if (named) {
        ENG_TRY(namesCopy.alloc(program->namesUnits * sizeof(uint16_t)));
        memcpy(namesCopy.p, program->names, program->namesUnits * sizeof(uint16_t));
        namesOfMatches.names = static_cast<uint16_t *>(namesCopy.p);
        namesOfMatches.namesUnits = program->namesUnits;
        namesOfMatches.groupCount = groups;
        program = &namesOfMatches;
    }
#endif
    uint32_t argc = groups + 2 + (named ? 1 : 0);
    LocalRoot argsRoot(h), tmp(h);
    HeapBuffer argv(h);
    if (functional) {
        JSArray *a = newArray(h, argc);
        if (!a) return Status::Error;
        argsRoot.value = Value::pointer(a);
        ENG_TRY(argv.alloc(argc * sizeof(Value)));
    }
    StringBuilder b(h);
    uint32_t last = 0;
    uint32_t count = matches.count / (2 * groups);
    for (uint32_t k = 0; k < count; k++) {
        ENG_TRY(interruptPoll(h));
        const int32_t *caps = matches.data + k * 2 * groups;
        ENG_TRY(appendRange(b, s, last, static_cast<uint32_t>(caps[0])));
        if (functional) {
            JSArray *a = static_cast<JSArray *>(asObject(argsRoot.value));
            for (uint32_t g = 0; g < groups; g++) {
                tmp.value = Value::undefined();
                if (caps[2 * g] >= 0) {
                    HString *sub =
                        substring(h, s, static_cast<uint32_t>(caps[2 * g]), static_cast<uint32_t>(caps[2 * g + 1]));
                    if (!sub) return Status::Error;
                    tmp.value = Value::pointer(sub);
                }
                ENG_TRY(setElement(h, a, g, tmp.value));
            }
            ENG_TRY(makeNumber(h, caps[0], &tmp.value));
            ENG_TRY(setElement(h, a, groups, tmp.value));
            ENG_TRY(setElement(h, a, groups + 1, Value::pointer(s)));
            if (named) {
                ENG_TRY(makeGroupsObject(h, s, caps, *program, &tmp.value));
                ENG_TRY(setElement(h, a, groups + 2, tmp.value));
            }
            // The array keeps the arguments alive; argv only lists them.
            Value *args = static_cast<Value *>(argv.p);
            for (uint32_t i = 0; i < argc; i++) args[i] = a->elems[i];
            Value result;
            ENG_TRY(callValue(h, c.arg(1), Value::undefined(), args, argc, &result));
            tmp.value = result;
            HString *r = nullptr;
            ENG_TRY(toString(h, result, &r));
            tmp.value = Value::pointer(r);
            ENG_TRY(b.append(r));
        } else {
            ENG_TRY(appendSubstitution(b, s, caps, groups, asString(rr.value), program));
        }
        last = static_cast<uint32_t>(caps[1]);
    }
    ENG_TRY(appendRange(b, s, last, s->length));
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

// split with a RegExp separator (15.5.4.14): SplitMatch at q is an anchored
// match at q; a search from q that first matches at q' stands for failures at
// q..q'-1 and the anchored match at q'. Captures are spliced into the
// result; lastIndex is neither read nor written. The result array is in
// c.result().
Status splitRegExp(NativeCall &c, uint32_t limit) {
    Heap &h = c.heap;
    if (limit == 0) return Status::Ok;
    HString *s = asString(c.thisValue());
    JSArray *a = static_cast<JSArray *>(asObject(c.result()));
    uint32_t len = s->length;
    MatchHolder m(h);
    LocalRoot piece(h);
    if (len == 0) {
        ENG_TRY(m.run(asObject(c.arg(0)), s, 0, true));
        if (m.m.matched) return Status::Ok;
        return arrayPush(h, a, Value::pointer(s));
    }
    uint32_t p = 0, q = 0;
    while (q < len) {
        ENG_TRY(interruptPoll(h));
        ENG_TRY(m.run(asObject(c.arg(0)), s, q, true));
        if (!m.m.matched) break;
        uint32_t at = m.start(0), e = m.end(0);
        if (at >= len) break;
        if (e == p) {
            q = afterEmptyMatch(s, at, asObject(c.arg(0)));
            continue;
        }
        HString *sub = substring(h, s, p, at);
        if (!sub) return Status::Error;
        piece.value = Value::pointer(sub);
        ENG_TRY(arrayPush(h, a, piece.value));
        if (a->length == limit) return Status::Ok;
        p = e;
        for (uint32_t g = 1; g < m.m.groupCount; g++) {
            piece.value = Value::undefined();
            if (m.participated(g)) {
                sub = substring(h, s, m.start(g), m.end(g));
                if (!sub) return Status::Error;
                piece.value = Value::pointer(sub);
            }
            ENG_TRY(arrayPush(h, a, piece.value));
            if (a->length == limit) return Status::Ok;
        }
        q = p;
    }
    HString *tail = substring(h, s, p, len);
    if (!tail) return Status::Error;
    piece.value = Value::pointer(tail);
    return arrayPush(h, a, piece.value);
}

Status stringSplit(NativeCall &c) {
    Heap &h = c.heap;
    if (c.thisValue().isNullish()) return throwError(h, PROTO_TYPE_ERROR, "String.prototype.split called on null or undefined");
    bool called = false;
    ENG_TRY(callSearchProtocol(c, WKS_split, 2, &called));
    if (called) return Status::Ok;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "split", &s));
    JSArray *a = newArray(h, 0);
    if (!a) return Status::Error;
    c.setResult(Value::pointer(a));
    uint32_t limit = 0xffffffffu;
    if (!c.arg(1).isUndefined()) ENG_TRY(toUint32(h, c.arg(1), &limit));
    if (isRegExp(c.arg(0))) return splitRegExp(c, limit);
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
            ENG_TRY(interruptPoll(h));
            HString *piece = substring(h, s, q, q + 1);
            if (!piece) return Status::Error;
            ENG_TRY(arrayPush(h, a, Value::pointer(piece)));
            if (a->length == limit) return Status::Ok;
        }
        return Status::Ok;
    }
    for (;;) {
        ENG_TRY(interruptPoll(h));
        int64_t at = findForward(h, s, sep, p);
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

enum { TO_LOWER, TO_UPPER, TO_LOCALE_LOWER, TO_LOCALE_UPPER };

// Final sigma (Unicode 3.13, simplified to the neighbouring code points):
// after a cased letter and not before one.
bool isFinalSigma(const HString *s, uint32_t i) {
    uint32_t width;
    bool after = false;
    if (i > 0) {
        uint32_t j = i - 1;
        if (j > 0 && s->at(j) >= 0xdc00 && s->at(j) <= 0xdfff && s->at(j - 1) >= 0xd800 && s->at(j - 1) <= 0xdbff) j--;
        after = isCased(codePointAt(s, j, &width));
    }
    bool before = i + 1 < s->length && isCased(codePointAt(s, i + 1, &width));
    return after && !before;
}

// Code points (ES2015 21.1.3.22/24) through the Unicode case mappings,
// full mappings included (ß -> SS, İ -> i̇).
Status stringChangeCase(NativeCall &c) {
    static const char *const names[] = {"toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase"};
    Heap &h = c.heap;
    int mode = c.magic;
    HString *s = nullptr;
    ENG_TRY(thisString(c, names[mode], &s));
    bool upper = mode == TO_UPPER || mode == TO_LOCALE_UPPER;
    // Every code point goes through the case tables.
    chargeElements(h, s->length);
    // Nothing to change: the same string.
    uint32_t first = 0, width = 1;
    for (; first < s->length; first += width) {
        uint32_t cp = codePointAt(s, first, &width);
        uint32_t m = upper ? simpleUpper(cp) : simpleLower(cp);
        if (m != cp || (cp < 0x10000 && (upper ? specialUpper(static_cast<uint16_t>(cp))
                                                : specialLower(static_cast<uint16_t>(cp)))))
            break;
    }
    if (first == s->length) return setString(c, s);
    StringBuilder b(h);
    for (uint32_t i = 0; i < first; i++) ENG_TRY(b.appendUnit(s->at(i)));
    for (uint32_t i = first; i < s->length; i += width) {
        uint32_t cp = codePointAt(s, i, &width);
        if (cp < 0x10000) {
            const uint16_t *full = upper ? specialUpper(static_cast<uint16_t>(cp)) : specialLower(static_cast<uint16_t>(cp));
            if (full) {
                for (int k = 0; k < 3 && full[k]; k++) ENG_TRY(b.appendUnit(full[k]));
                continue;
            }
            if (!upper && cp == 0x3a3) {
                ENG_TRY(b.appendUnit(isFinalSigma(s, i) ? 0x3c2 : 0x3c3));
                continue;
            }
        }
        ENG_TRY(b.appendCodePoint(upper ? simpleUpper(cp) : simpleLower(cp)));
    }
    return setString(c, b.finish());
}

// trim, trimStart and trimEnd (magic: the sides, ES2019 22.1.3.30/32/33).
enum { TRIM_START = 1, TRIM_END = 2, TRIM_BOTH = 3 };

Status stringTrim(NativeCall &c) {
    Heap &h = c.heap;
    HString *s = nullptr;
    ENG_TRY(thisString(c, c.magic == TRIM_BOTH ? "trim" : c.magic == TRIM_START ? "trimStart" : "trimEnd", &s));
    uint32_t b = 0, e = s->length;
    if (c.magic & TRIM_START)
        while (b < e && isJsWhitespace(s->at(b))) b++;
    if (c.magic & TRIM_END)
        while (e > b && isJsWhitespace(s->at(e - 1))) e--;
    if (b == 0 && e == s->length) return setString(c, s);
    return setString(c, substring(h, s, b, e));
}

#if ENG_STRING_MATCH_ALL
#define STRING_MATCH_ALL_METHOD(M, X) M(X, matchAll, stringMatchAll, 1, 0)
#else
#define STRING_MATCH_ALL_METHOD(M, X)
#endif
#if ENG_STRING_HTML_METHODS
// Annex B.2.2.2-.14; magic: the entry of stringHtmlForms (string_html.cpp).
#define STRING_HTML_METHODS(M, X)                                                                       \
    M(X, anchor, stringHtml, 1, 0) M(X, big, stringHtml, 0, 1) M(X, blink, stringHtml, 0, 2)            \
    M(X, bold, stringHtml, 0, 3) M(X, fixed, stringHtml, 0, 4) M(X, fontcolor, stringHtml, 1, 5)        \
    M(X, fontsize, stringHtml, 1, 6) M(X, italics, stringHtml, 0, 7) M(X, link, stringHtml, 1, 8)       \
    M(X, small, stringHtml, 0, 9) M(X, strike, stringHtml, 0, 10) M(X, sub, stringHtml, 0, 11)          \
    M(X, sup, stringHtml, 0, 12)
#else
#define STRING_HTML_METHODS(M, X)
#endif
#define STRING_PROTO_METHODS(M, X)                                                                      \
    M(X, valueOf, wrapperValueOf, 0, KIND_STRING) M(X, toString, wrapperToString, 0, KIND_STRING)        \
    M(X, charAt, stringCharAt, 1, CHAR_AT) M(X, charCodeAt, stringCharAt, 1, CHAR_CODE_AT)               \
    M(X, concat, stringConcat, 1, 0) M(X, indexOf, stringIndexOf, 1, 0)                                  \
    M(X, lastIndexOf, stringLastIndexOf, 1, 0) M(X, localeCompare, stringLocaleCompare, 1, 0)            \
    M(X, match, stringMatch, 1, 0) M(X, replace, stringReplace, 2, 0) M(X, search, stringSearch, 1, 0)   \
    M(X, slice, stringSlice, 2, 0) M(X, split, stringSplit, 2, 0) M(X, substring, stringSubstring, 2, 0) \
    M(X, substr, stringSubstr, 2, 0) M(X, toLowerCase, stringChangeCase, 0, TO_LOWER)                    \
    M(X, toLocaleLowerCase, stringChangeCase, 0, TO_LOCALE_LOWER)                                       \
    M(X, toUpperCase, stringChangeCase, 0, TO_UPPER)                                                     \
    M(X, toLocaleUpperCase, stringChangeCase, 0, TO_LOCALE_UPPER) M(X, trim, stringTrim, 0, TRIM_BOTH)   \
    M(X, trimStart, stringTrim, 0, TRIM_START) M(X, trimEnd, stringTrim, 0, TRIM_END)                     \
    M(X, replaceAll, stringReplace, 2, 1) STRING_ES2015_METHODS(M, X) STRING_MATCH_ALL_METHOD(M, X)     \
    STRING_HTML_METHODS(M, X)
#define STRING_STATIC_METHODS(M, X) M(X, fromCharCode, stringFromCharCode, 1, 0) STRING_ES2015_STATICS(M, X)
#if ENG_STRING_ES2015
#define STRING_ES2015_METHODS(M, X)                                                                      \
    M(X, codePointAt, stringCodePointAt, 1, 0) M(X, startsWith, stringStartsEndsIncludes, 1, SEARCH_STARTS) \
    M(X, endsWith, stringStartsEndsIncludes, 1, SEARCH_ENDS)                                              \
    M(X, includes, stringStartsEndsIncludes, 1, SEARCH_INCLUDES) M(X, repeat, stringRepeat, 1, 0)        \
    M(X, padStart, stringPad, 1, 0) M(X, padEnd, stringPad, 1, 1)                                         \
    M(X, at, stringAt, 1, 0) M(X, isWellFormed, stringWellFormed, 0, 0)                                   \
    M(X, toWellFormed, stringWellFormed, 0, 1) M(X, normalize, stringNormalize, 0, 0)
#define STRING_ES2015_STATICS(M, X) M(X, fromCodePoint, stringFromCodePoint, 1, 0) M(X, raw, stringRaw, 1, 0)
#else
#define STRING_ES2015_METHODS(M, X)
#define STRING_ES2015_STATICS(M, X)
#endif
// trimLeft and trimRight are trimStart and trimEnd themselves (Annex B.2.2.15/16).
#define STRING_PROTO_PROPS(P)                                                                           \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_STRING))                                           \
    P(trimLeft, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_STRING_PROTO, STRING_PROTO_trimStart))      \
    P(trimRight, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_STRING_PROTO, STRING_PROTO_trimEnd))
// String.prototype[Symbol.iterator], by code point (ES2015 21.1.3.27).
#define STRING_PROTO_SYMBOLS(S) S(iterator, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_STRING_PROTO_SYMBOLS, 0))
#define STRING_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_STRING))

}  // namespace

ENG_FLASH_METHOD_TABLE(stringProtoMethods, STRING_PROTO, STRING_PROTO_METHODS)

Value stringSearchMethod(WellKnownSymbol which) {
    uint32_t entry = which == WKS_match ? STRING_PROTO_match : which == WKS_replace ? STRING_PROTO_replace
                   : which == WKS_search ? STRING_PROTO_search : STRING_PROTO_split;
    return Value::lightFunc(flashMethodDescriptor(FLASH_METHODS_STRING_PROTO, entry));
}
ENG_FLASH_METHOD_TABLE(stringStaticMethods, STRING_STATIC, STRING_STATIC_METHODS)
// Methods keyed by symbols: named "@@name" (builtins.h), which their
// lightfuncs' names turn into "[Symbol.name]".
extern const MethodSpec stringProtoSymbolMethods[];
const MethodSpec stringProtoSymbolMethods[] = {{"@@iterator", stringIterator, 0, 0}};

namespace {
ENG_FLASH_OBJECT_SYMBOLS(stringProtoProps, STRING_PROTO_PROPS, STRING_PROTO, STRING_PROTO_METHODS,
                         STRING_PROTO_SYMBOLS)
ENG_FLASH_OBJECT(stringCtorProps, STRING_CTOR_PROPS, STRING_STATIC, STRING_STATIC_METHODS)
}  // namespace

Status initStringBuiltins(Heap &h) {
    if (!flashPrototype(h, PROTO_STRING, stringProtoProps.props, makeStringPrototype))
        return Status::Error;
    JSNative *ctor =
        flashConstructor(h, PROTO_STRING, ATOM_String, wrapperConstructor, 1, stringCtorProps, stringProtoProps);
    if (!ctor) return Status::Error;
    ctor->magic = KIND_STRING;
    return Status::Ok;
}

}  // namespace eng
