// RegExp: the constructor, exec, test, toString and the instance properties
// (ES5.1 15.10.3 - 15.10.7). Where ES5 and node differ in a benign way the
// node behaviour is followed: new RegExp(re, flags) takes the new flags, a
// failed exec of a non-global regexp leaves lastIndex alone, and lastIndex
// is clamped at 0 (ToLength). source, global, ignoreCase, multiline and
// flags are ES2015 accessors on RegExp.prototype (which test262 checks);
// instances own only lastIndex.
#include <math.h>
#include <string.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/regexp_legacy.h"
#include "builtins/string_common.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "regexp/regexp.h"
#include "regexp/regexp_object.h"
#include "strings/builder.h"
#include "strings/char_classes.h"
#include "strings/string.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

bool isRegExp(Value v) { return isObject(v) && asObject(v)->cls() == ObjectClass::RegExp; }

uint32_t regexpFlags(JSObject *re) { return static_cast<JSRegExp *>(re)->program.flags; }
uint32_t regexpGroupCount(JSObject *re) { return static_cast<JSRegExp *>(re)->program.groupCount; }

Status regexpExecRaw(Heap &h, JSObject *re, HString *input, uint32_t start, MatchResult *out, bool search) {
    LocalRoot rr(h, Value::pointer(re)), ir(h, Value::pointer(input));
    return regexpRun(h, static_cast<JSRegExp *>(re)->program, input, start, out, search);
}

Status regexpCreate(Heap &h, Value pattern, Value flags, Value *out) {
    Value ctor;
    ENG_TRY(getProperty(h, h.global, keyFromString(atom(h, ATOM_RegExp)), Value::pointer(h.global), &ctor));
    Value args[2] = {pattern, flags};
    return constructValue(h, ctor, args, 2, out);
}

namespace {

HString *key(Heap &h, const char *name) { return internCString(h, name); }

// The source text of a pattern: "/" escaped outside classes, line
// terminators as escapes, "(?:)" for the empty pattern.
HString *escapeSource(Heap &h, HString *p) {
    if (p->length == 0) return internCString(h, "(?:)");
    StringBuilder b(h);
    bool inClass = false;
    for (uint32_t i = 0; i < p->length; i++) {
        uint16_t c = p->at(i);
        Status st = Status::Ok;
        if (c == '\\' && i + 1 < p->length) {
            st = b.appendUnit(c);
            c = p->at(++i);
            if (st == Status::Ok) st = c == '\n' ? b.appendAscii("n") : c == '\r' ? b.appendAscii("r") : b.appendUnit(c);
        } else if (c == '/' && !inClass) {
            st = b.appendAscii("\\/");
        } else if (c == '\n') {
            st = b.appendAscii("\\n");
        } else if (c == '\r') {
            st = b.appendAscii("\\r");
        } else if (c == 0x2028) {
            st = b.appendAscii("\\u2028");
        } else if (c == 0x2029) {
            st = b.appendAscii("\\u2029");
        } else {
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            st = b.appendUnit(c);
        }
        if (st != Status::Ok) return nullptr;
    }
    return b.finish();
}

// Compiles pattern (rooted) with flags into *prog.
Status compilePattern(Heap &h, HString *pattern, uint32_t flags, RegExpProgram *prog) {
    uint32_t n = pattern->length;
    uint16_t *units = static_cast<uint16_t *>(heapAlloc(h, (n ? n : 1) * sizeof(uint16_t)));
    if (!units) return throwOutOfMemory(h);
    for (uint32_t i = 0; i < n; i++) units[i] = pattern->at(i);
    Status st = regexpCompile(h, units, n, flags, prog);
    heapFree(h, units, (n ? n : 1) * sizeof(uint16_t));
    return st;
}

// Makes a RegExp object with the given prototype; pattern must be rooted.
// legacy: made by %RegExp% for itself ([[LegacyFeaturesEnabled]], Annex B).
Status makeRegExp(Heap &h, JSObject *proto, HString *pattern, uint32_t flags, bool legacy, Value *out) {
    LocalRoot protoRoot(h, Value::pointer(proto));
    RegExpProgram prog;
    ENG_TRY(compilePattern(h, pattern, flags, &prog));
    JSRegExp *re = static_cast<JSRegExp *>(newObjectOfSize(h, proto, ObjectClass::RegExp, sizeof(JSRegExp)));
    if (!re) {
        regexpFreeProgram(h, &prog);
        return Status::Error;
    }
    re->program = prog;
#if ENG_REGEXP_LEGACY
    re->legacyFeatures = legacy;
#else
    (void)legacy;
#endif
    LocalRoot reRoot(h, Value::pointer(re));
    HString *source = escapeSource(h, pattern);
    if (!source) return Status::Error;
    rcInit(re->source, source);
    HString *k = key(h, "lastIndex");
    if (!k) return Status::Error;
    ENG_TRY(defineOwn(h, re, k, Value::smallInt(0), ATTR_WRITABLE));
    *out = Value::pointer(re);
    return Status::Ok;
}

Status throwBadFlags(Heap &h, HString *flags) {
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("Invalid flags supplied to RegExp constructor '"));
    ENG_TRY(b.append(flags));
    ENG_TRY(b.appendAscii("'"));
    HString *message = b.finish();
    if (!message) return Status::Error;
    JSObject *e = newError(h, PROTO_SYNTAX_ERROR, message);
    if (!e) return Status::Error;
    return throwValue(h, Value::pointer(e));
}

Status regexpConstructor(NativeCall &c) {
    Heap &h = c.heap;
    Value pattern = c.arg(0), flagsValue = c.arg(1);
#if ENG_REGEXP_PROTOCOLS
    // ES2024 22.2.4.1: IsRegExp (@@match) decides; called, a regexp-like
    // pattern whose constructor is RegExp itself is returned as it is, and
    // one that is not a RegExp gives its source and flags by [[Get]].
    bool patternIsRegExp;
    ENG_TRY(isRegExpArgument(h, pattern, &patternIsRegExp));
    LocalRoot likeSource(h), likeFlags(h, flagsValue);
    if (!c.construct && patternIsRegExp && flagsValue.isUndefined()) {
        Value ctor;
        ENG_TRY(getValuePropertyStr(h, pattern, atom(h, ATOM_constructor), &ctor));
        if (isObject(ctor) && asObject(ctor) == c.callee) {
            c.setResult(pattern);
            return Status::Ok;
        }
    }
    if (patternIsRegExp && !isRegExp(pattern)) {
        ENG_TRY(getValuePropertyStr(h, pattern, atom(h, ATOM_source), &likeSource.value));
        if (flagsValue.isUndefined()) ENG_TRY(getValuePropertyStr(h, pattern, atom(h, ATOM_flags), &likeFlags.value));
        pattern = likeSource.value;
        flagsValue = likeFlags.value;
    }
#else
    if (!c.construct && isRegExp(pattern) && flagsValue.isUndefined()) {
        c.setResult(pattern);
        return Status::Ok;
    }
#endif
    PropRef pp = findOwnProp(c.callee, atom(h, ATOM_prototype));
    Value pv = pp ? pp->value() : Value::undefined();
    ENG_TRY(resolveTableValue(h, &pv));
    JSObject *proto = isObject(pv) ? asObject(pv) : protoOf(h, PROTO_OBJECT);
    HString *p;
    uint32_t flags = 0;
    if (isRegExp(pattern)) {
        JSRegExp *src = static_cast<JSRegExp *>(asObject(pattern));
        p = src->source;
        flags = src->program.flags;
    } else if (pattern.isUndefined()) {
        p = atom(h, ATOM_empty);
    } else {
        ENG_TRY(toString(h, pattern, &p));
    }
    LocalRoot pr(h, Value::pointer(p));
    if (!flagsValue.isUndefined()) {
        HString *f;
        ENG_TRY(toString(h, flagsValue, &f));
        LocalRoot fr(h, Value::pointer(f));
        if (!regexpParseFlags(f, &flags)) return throwBadFlags(h, f);
    }
    Value re;
    // new.target is %RegExp% itself unless a subclass or Reflect.construct
    // gave another (otherNewTarget).
    ENG_TRY(makeRegExp(h, proto, p, flags, !c.otherNewTarget, &re));
    c.setResult(re);
    return Status::Ok;
}

Status thisRegExp(NativeCall &c, const char *method, JSRegExp **out) {
    Value t = c.thisValue();
    if (!isRegExp(t))
        return throwError(c.heap, PROTO_TYPE_ERROR, "Method RegExp.prototype.%s called on incompatible receiver",
                          method);
    *out = static_cast<JSRegExp *>(asObject(t));
    return Status::Ok;
}

}  // namespace

Status regexpRecompile(Heap &h, JSObject *o, HString *pattern, uint32_t flags) {
    LocalRoot orr(h, Value::pointer(o)), pr(h, Value::pointer(pattern));
    RegExpProgram prog;
    ENG_TRY(compilePattern(h, pattern, flags, &prog));
    HString *source = escapeSource(h, pattern);
    if (!source) {
        regexpFreeProgram(h, &prog);
        return Status::Error;
    }
    JSRegExp *re = static_cast<JSRegExp *>(o);
    regexpFreeProgram(h, &re->program);
    re->program = prog;
    rcStore(h, re->source, source);
    return Status::Ok;
}

Status makeGroupsObject(Heap &h, HString *s, const int32_t *caps, const RegExpProgram &p, Value *out) {
    *out = Value::undefined();
    if (!p.names) return Status::Ok;
    LocalRoot sr(h, Value::pointer(s));
    JSObject *groups = newObject(h, nullptr);
    if (!groups) return Status::Error;
    LocalRoot gr(h, Value::pointer(groups)), name(h), capture(h);
    for (uint32_t i = 0; i + 2 <= p.namesUnits; i += 2 + p.names[i + 1]) {
        uint32_t g = p.names[i];
        // A name that repeats (in other alternatives) is one property, in
        // the place of its first group, with the capture of the group that took part.
#if ENG_REGEXP_ES2025
        if (caps[2 * g] < 0 && regexpGroupNamed(p, p.names + i + 2, p.names[i + 1]) != g) continue;
#endif
        HString *key = internUtf16(h, p.names + i + 2, p.names[i + 1]);
        if (!key) return Status::Error;
        name.value = Value::pointer(key);
        capture.value = Value::undefined();
        if (caps[2 * g] >= 0) {
            HString *sub = substring(h, asString(sr.value), static_cast<uint32_t>(caps[2 * g]), static_cast<uint32_t>(caps[2 * g + 1]));
            if (!sub) return Status::Error;
            capture.value = Value::pointer(sub);
        }
        ENG_TRY(defineOwn(h, groups, key, capture.value, ATTR_DEFAULT));
    }
    *out = gr.value;
    return Status::Ok;
}

#if ENG_REGEXP_INDICES
namespace {

// MakeMatchIndicesIndexPairArray (ES2022 22.2.7.8): [start, end] of each
// group (undefined when it did not take part), and `groups` with the pairs
// of the named groups (the same arrays), or undefined.
Status makeIndicesArray(Heap &h, const MatchResult &m, const RegExpProgram &p, LocalRoot *out) {
    JSArray *a = newArray(h, m.groupCount);
    if (!a) return Status::Error;
    out->value = Value::pointer(a);
    LocalRoot pair(h), number(h), groups(h);
    for (uint32_t i = 0; i < m.groupCount; i++) {
        pair.value = Value::undefined();
        if (m.captures[2 * i] >= 0) {
            JSArray *pa = newArray(h, 2);
            if (!pa) return Status::Error;
            pair.value = Value::pointer(pa);
            for (uint32_t k = 0; k < 2; k++) {
                ENG_TRY(makeNumber(h, m.captures[2 * i + k], &number.value));
                ENG_TRY(arrayPush(h, pa, number.value));
            }
        }
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(out->value)), pair.value));
    }
    if (p.names) {
        JSObject *g = newObject(h, nullptr);
        if (!g) return Status::Error;
        groups.value = Value::pointer(g);
        JSArray *arr = static_cast<JSArray *>(asObject(out->value));
        for (uint32_t i = 0; i + 2 <= p.namesUnits; i += 2 + p.names[i + 1]) {
            if (m.captures[2 * p.names[i]] < 0 && regexpGroupNamed(p, p.names + i + 2, p.names[i + 1]) != p.names[i])
                continue;  // a repeated name: as in makeGroupsObject
            HString *name = internUtf16(h, p.names + i + 2, p.names[i + 1]);
            if (!name) return Status::Error;
            ENG_TRY(defineOwn(h, g, name, arr->elems[p.names[i]], ATTR_DEFAULT));
        }
    }
    return defineOwn(h, asObject(out->value), atom(h, ATOM_groups), groups.value, ATTR_DEFAULT);
}

}  // namespace
#endif

Status makeMatchArray(Heap &h, HString *s, const MatchResult &m, const RegExpProgram &p, LocalRoot &out) {
    JSArray *a = newArray(h, m.groupCount);
    if (!a) return Status::Error;
    out.value = Value::pointer(a);
    LocalRoot tmp(h);
    for (uint32_t i = 0; i < m.groupCount; i++) {
        tmp.value = Value::undefined();
        if (m.captures[2 * i] >= 0) {
            HString *sub = substring(h, s, static_cast<uint32_t>(m.captures[2 * i]),
                                     static_cast<uint32_t>(m.captures[2 * i + 1]));
            if (!sub) return Status::Error;
            tmp.value = Value::pointer(sub);
        }
        ENG_TRY(arrayPush(h, a, tmp.value));
    }
    ENG_TRY(makeNumber(h, m.captures[0], &tmp.value));
    ENG_TRY(defineOwn(h, a, atom(h, ATOM_index), tmp.value, ATTR_DEFAULT));
    ENG_TRY(defineOwn(h, a, atom(h, ATOM_input), Value::pointer(s), ATTR_DEFAULT));
    ENG_TRY(makeGroupsObject(h, s, m.captures, p, &tmp.value));
    ENG_TRY(defineOwn(h, a, atom(h, ATOM_groups), tmp.value, ATTR_DEFAULT));
#if ENG_REGEXP_INDICES
    if (p.flags & RE_HAS_INDICES) {
        ENG_TRY(makeIndicesArray(h, m, p, &tmp));
        ENG_TRY(defineOwn(h, a, atom(h, ATOM_indices), tmp.value, ATTR_DEFAULT));
    }
#endif
    return Status::Ok;
}

// RegExpBuiltinExec (ES2024 22.2.7.2): lastIndex read (ToLength) and, for a
// global or sticky regexp, used and written; the match array, or null (as
// *out, with test only true or false). rx must be a RegExp; rx and s need
// not be rooted.
Status regexpBuiltinExec(Heap &h, Value rx, HString *s, Value *out, bool test) {
    LocalRoot rr(h, rx), sr(h, Value::pointer(s));
    HString *lastIndexKey = atom(h, ATOM_lastIndex);
    Value liv;
    ENG_TRY(getValuePropertyStr(h, rr.value, lastIndexKey, &liv));
    double li;
    ENG_TRY(toNumber(h, liv, &li));
    li = toIntegerDouble(li);
    JSRegExp *re = static_cast<JSRegExp *>(asObject(rr.value));
    // lastIndex counts for a global or sticky regexp.
    bool global = (re->program.flags & (RE_GLOBAL | RE_STICKY)) != 0;
    if (!global || li < 0) li = 0;
    MatchResult m;
    m.matched = false;
    m.captures = nullptr;
    m.groupCount = 0;
    s = asString(sr.value);
    if (li <= s->length) ENG_TRY(regexpExecRaw(h, re, s, static_cast<uint32_t>(li), &m));
    if (!m.matched) {
        if (global) ENG_TRY(putValuePropertyStr(h, rr.value, lastIndexKey, Value::smallInt(0), true));
        *out = test ? Value::boolean(false) : Value::null();
        return Status::Ok;
    }
#if ENG_REGEXP_LEGACY
    if (regexpLegacyRecord(h, re, s, m) != Status::Ok) {
        matchResultFree(h, &m);
        return Status::Error;
    }
#endif
    if (global) {
        LocalRoot end(h);
        Status st = makeNumber(h, m.captures[1], &end.value);
        if (st == Status::Ok) st = putValuePropertyStr(h, rr.value, lastIndexKey, end.value, true);
        if (st != Status::Ok) {
            matchResultFree(h, &m);
            return Status::Error;
        }
    }
    if (test) {
        matchResultFree(h, &m);
        *out = Value::boolean(true);
        return Status::Ok;
    }
    LocalRoot arr(h);
    Status st = makeMatchArray(h, s, m, re->program, arr);
    matchResultFree(h, &m);
    *out = arr.value;
    return st;
}

namespace {

// exec (magic 0) and test (magic 1).
Status regexpExec(NativeCall &c) {
    Heap &h = c.heap;
    bool test = c.magic == 1;
    JSRegExp *re = nullptr;
    ENG_TRY(thisRegExp(c, test ? "test" : "exec", &re));
    HString *s;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    Value r;
    ENG_TRY(regexpBuiltinExec(h, c.thisValue(), s, &r, test));
    c.setResult(r);
    return Status::Ok;
}

// ES2015 21.2.5.14: generic, "/" + source + "/" + flags read with [[Get]]
// (so RegExp.prototype itself gives "/(?:)/").
Status regexpToString(NativeCall &c) {
    Heap &h = c.heap;
    if (!isObject(c.thisValue()))
        return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype.toString called on a non-object");
    HString *parts[2];
    const char *names[2] = {"source", "flags"};
    LocalRoot r0(h), r1(h);
    for (int i = 0; i < 2; i++) {
        HString *k = key(h, names[i]);
        if (!k) return Status::Error;
        LocalRoot kr(h, Value::pointer(k));
        Value v;
        ENG_TRY(getValuePropertyStr(h, c.thisValue(), k, &v));
        ENG_TRY(toString(h, v, &parts[i]));
        (i == 0 ? r0 : r1).value = Value::pointer(parts[i]);
    }
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("/"));
    ENG_TRY(b.append(parts[0]));
    ENG_TRY(b.appendAscii("/"));
    ENG_TRY(b.append(parts[1]));
    HString *r = b.finish();
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

// The getters of source (magic 0) and of the flags (magic: the RE_* bit).
// On RegExp.prototype itself they give "(?:)" and undefined (ES2015).
Status regexpGetter(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    int flag = c.magic;
    if (isRegExp(t)) {
        JSRegExp *re = static_cast<JSRegExp *>(asObject(t));
        c.setResult(flag ? Value::boolean((re->program.flags & static_cast<uint32_t>(flag)) != 0)
                         : Value::pointer(re->source));
        return Status::Ok;
    }
    if (isObject(t) && asObject(t) == protoOf(h, PROTO_REGEXP)) {  // made: this is it
        if (flag) return Status::Ok;
        HString *s = internCString(h, "(?:)");
        if (!s) return Status::Error;
        c.setResult(Value::pointer(s));
        return Status::Ok;
    }
    const char *name = flag == RE_GLOBAL ? "global" : flag == RE_IGNORE_CASE ? "ignoreCase"
                     : flag == RE_MULTILINE ? "multiline" : flag == RE_DOT_ALL ? "dotAll"
                     : flag == RE_STICKY ? "sticky" : flag == RE_HAS_INDICES ? "hasIndices"
                     : flag == RE_UNICODE ? "unicode"
                     : ENG_REGEXP_SETS && flag == RE_UNICODE_SETS ? "unicodeSets" : "source";
    return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype.%s getter called on a value that is not a RegExp", name);
}

// get RegExp.prototype.flags (ES2015 21.2.5.3, with the later flags): one
// letter for each flag property that is true, read with [[Get]] in this order.
Status regexpFlagsGetter(NativeCall &c) {
    Heap &h = c.heap;
    if (!isObject(c.thisValue()))
        return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype.flags getter called on a non-object");
    static const char *const names[] = {"hasIndices", "global", "ignoreCase", "multiline",
                                        "dotAll", "unicode", "unicodeSets", "sticky"};
    static const char letters[] = "dgimsuvy";
    char out[sizeof letters];
    uint32_t n = 0;
    for (uint32_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        HString *k = key(h, names[i]);
        if (!k) return Status::Error;
        LocalRoot kr(h, Value::pointer(k));
        Value v;
        ENG_TRY(getValuePropertyStr(h, c.thisValue(), k, &v));
        if (toBoolean(v)) out[n++] = letters[i];
    }
    out[n] = 0;
    HString *r = internCString(h, out);
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

#define REGEXP_PROTO_METHODS(M, X)                                                                    \
    M(X, exec, regexpExec, 1, 0) M(X, test, regexpExec, 1, 1) M(X, toString, regexpToString, 0, 0)     \
    REGEXP_LEGACY_PROTO_METHODS(M, X)
#define REGEXP_PROTO_GETTERS(M, X)                                                                        \
    M(X, source, regexpGetter, METHOD_GETTER, 0) M(X, global, regexpGetter, METHOD_GETTER, RE_GLOBAL)      \
    M(X, ignoreCase, regexpGetter, METHOD_GETTER, RE_IGNORE_CASE)                                         \
    M(X, multiline, regexpGetter, METHOD_GETTER, RE_MULTILINE) M(X, flags, regexpFlagsGetter, METHOD_GETTER, 0) \
    M(X, dotAll, regexpGetter, METHOD_GETTER, RE_DOT_ALL) M(X, sticky, regexpGetter, METHOD_GETTER, RE_STICKY) \
    REGEXP_INDICES_GETTER(M, X) REGEXP_UNICODE_GETTER(M, X) REGEXP_SETS_GETTER(M, X)
#if ENG_REGEXP_INDICES
#define REGEXP_INDICES_GETTER(M, X) M(X, hasIndices, regexpGetter, METHOD_GETTER, RE_HAS_INDICES)
#else
#define REGEXP_INDICES_GETTER(M, X)
#endif
#if ENG_REGEXP_UNICODE
#define REGEXP_UNICODE_GETTER(M, X) M(X, unicode, regexpGetter, METHOD_GETTER, RE_UNICODE)
#else
#define REGEXP_UNICODE_GETTER(M, X)
#endif
#if ENG_REGEXP_SETS
#define REGEXP_SETS_GETTER(M, X) M(X, unicodeSets, regexpGetter, METHOD_GETTER, RE_UNICODE_SETS)
#else
#define REGEXP_SETS_GETTER(M, X)
#endif
#define REGEXP_PROTO_ALL(M, X) REGEXP_PROTO_METHODS(M, X) REGEXP_PROTO_GETTERS(M, X)
// RegExp.escape (ENG_REGEXP_ES2025).
#if ENG_REGEXP_ES2025
#define REGEXP_CTOR_METHODS(M, X) M(X, escape, regexpEscape, 1, 0)
#else
#define REGEXP_CTOR_METHODS(M, X)
#endif

#if ENG_REGEXP_ES2025
// EncodeForRegExpEscape (ES2025 22.2.5.1.1) of one code point (a lone
// surrogate stays one unit), appended to b.
Status encodeForRegExpEscape(StringBuilder &b, uint32_t c) {
    static const char syntax[] = "^$\\.*+?()[]{}|/";
    static const char controls[] = "\t\n\v\f\r";
    static const char punctuators[] = ",-=<>#&!%:;@~'`\"";
    if (c < 128 && c && strchr(syntax, static_cast<int>(c))) {
        ENG_TRY(b.appendUnit('\\'));
        return b.appendUnit(static_cast<uint16_t>(c));
    }
    if (c < 128 && c && strchr(controls, static_cast<int>(c))) {
        ENG_TRY(b.appendUnit('\\'));
        return b.appendUnit(static_cast<uint16_t>("tnvfr"[strchr(controls, static_cast<int>(c)) - controls]));
    }
    bool escape = (c < 128 && c && strchr(punctuators, static_cast<int>(c))) || isWhiteSpace(c) ||
                  isLineTerminator(c) || (c >= 0xd800 && c <= 0xdfff);
    if (!escape) return b.appendCodePoint(c);
    char text[8];
    static const char hex[] = "0123456789abcdef";
    if (c <= 0xff) {
        text[0] = '\\', text[1] = 'x', text[2] = hex[c >> 4], text[3] = hex[c & 15], text[4] = 0;
        return b.appendAscii(text);
    }
    // Above U+FF only white space and lone surrogates are escaped: one unit each.
    text[0] = '\\', text[1] = 'u', text[6] = 0;
    for (int i = 0; i < 4; i++) text[2 + i] = hex[(c >> (12 - 4 * i)) & 15];
    return b.appendAscii(text);
}

// RegExp.escape(S) (ES2025 22.2.5.1): S with every character that could
// mean something in a pattern escaped; a leading digit or ASCII letter as
// \xHH, so that the result may follow \1 or \c.
Status regexpEscape(NativeCall &c) {
    Heap &h = c.heap;
    Value v = c.arg(0);
    if (!isString(v)) return throwError(h, PROTO_TYPE_ERROR, "RegExp.escape: argument is not a string");
    HString *s = asString(v);
    StringBuilder b(h);
    for (uint32_t i = 0; i < s->length;) {
        uint32_t width, cp = codePointAt(s, i, &width);
        if (i == 0 && ((cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'))) {
            char text[5] = {'\\', 'x', "0123456789abcdef"[cp >> 4], "0123456789abcdef"[cp & 15], 0};
            ENG_TRY(b.appendAscii(text));
        } else {
            ENG_TRY(encodeForRegExpEscape(b, cp));
        }
        i += width;
    }
    HString *r = b.finish();
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}
#endif

}  // namespace

ENG_FLASH_METHOD_TABLE(regexpProtoMethods, REGEXP_PROTO, REGEXP_PROTO_ALL)
#if ENG_REGEXP_ES2025
ENG_FLASH_METHOD_TABLE(regexpCtorMethods, REGEXP_CTOR, REGEXP_CTOR_METHODS)
#endif

namespace {

#define REGEXP_GETTER_PAIR(X, name, fn, length, magic) \
    const FlashAccessor name##Pair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_REGEXP_PROTO, REGEXP_PROTO_##name);
REGEXP_PROTO_GETTERS(REGEXP_GETTER_PAIR, _)
#define REGEXP_GETTER_PROP(P, name, fn, length, magic) P(name, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(name##Pair))
#define REGEXP_PROTO_PROPS(P) \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_REGEXP)) REGEXP_PROTO_GETTERS(REGEXP_GETTER_PROP, P)
#define REGEXP_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_REGEXP)) REGEXP_LEGACY_CTOR_PROPS(P)
// get RegExp[Symbol.species] (ES2024 22.2.5.2): `this`.
const FlashAccessor regexpSpeciesPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_REGEXP_SPECIES, 0);
#define REGEXP_CTOR_SYMBOLS(S) S(species, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(regexpSpeciesPair))

// The protocols String.prototype.match, replace, search and split call
// (regexp_protocols.cpp).
#if ENG_REGEXP_PROTOCOLS
#define REGEXP_PROTO_SYMBOLS(S)                                                       \
    S(match, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_SYMBOLS, 0))          \
    S(replace, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_SYMBOLS, 1))        \
    S(search, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_SYMBOLS, 2))         \
    S(split, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_SYMBOLS, 3)) REGEXP_MATCH_ALL_SYMBOL(S)
#if ENG_STRING_MATCH_ALL
#define REGEXP_MATCH_ALL_SYMBOL(S) S(matchAll, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_SYMBOLS, 4))
#else
#define REGEXP_MATCH_ALL_SYMBOL(S)
#endif
#else
#define REGEXP_PROTO_SYMBOLS(S)
#endif
ENG_FLASH_OBJECT_SYMBOLS(regexpProtoProps, REGEXP_PROTO_PROPS, REGEXP_PROTO, REGEXP_PROTO_METHODS,
                         REGEXP_PROTO_SYMBOLS)
ENG_FLASH_OBJECT_SYMBOLS(regexpCtorProps, REGEXP_CTOR_PROPS, REGEXP_CTOR, REGEXP_CTOR_METHODS, REGEXP_CTOR_SYMBOLS)

Status regexpSpeciesGetter(NativeCall &c) {
    c.setResult(c.thisValue());
    return Status::Ok;
}

}  // namespace

extern const MethodSpec regexpSpeciesMethods[];
const MethodSpec regexpSpeciesMethods[] = {{"@@species", regexpSpeciesGetter, METHOD_GETTER, 0}};

Status initRegExpBuiltins(Heap &h) {
    return flashConstructor(h, PROTO_REGEXP, ATOM_RegExp, regexpConstructor, 2, regexpCtorProps, regexpProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng
