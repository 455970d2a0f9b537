// Annex B's legacy RegExp features (the TC39 "legacy RegExp features"
// proposal, test262 feature legacy-regexp): RegExp.prototype.compile and
// the static accessors of the RegExp constructor that tell the last match
// of a regexp %RegExp% made for itself ($1-$9, input/$_, lastMatch/$&,
// lastParen/$+, leftContext/$`, rightContext/$').
//
// The last match is kept in one array, a late intrinsic made by the first
// match (a fresh heap pays nothing): strings are immutable, so the
// accessors cut their substrings from the subject when read.
#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/regexp_legacy.h"
#include "objects/object_ops.h"
#include "regexp/regexp.h"
#include "regexp/regexp_object.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

#if ENG_REGEXP_LEGACY

namespace eng {

namespace {

// The statics array: [input, subject or null (invalidated), start and end
// of the match, of its last capture, then of captures 1-9]; -1 stands for
// a capture that took no part or does not exist.
// S_PARENS: how many of captures 1-9 the last record wrote (the others
// hold -1), so that a match with few groups writes only those.
enum StaticSlot : uint32_t {
    S_INPUT, S_SUBJECT, S_START, S_END, S_LAST_FROM, S_LAST_TO, S_PARENS, S_CAPTURES, S__COUNT = S_CAPTURES + 18
};

// The accessors' magic: which static they read.
enum StaticKind : int16_t { K_INPUT = 0, K_PAREN1 = 1, K_LAST_MATCH = 10, K_LAST_PAREN, K_LEFT, K_RIGHT };

// The statics, made on first use with every value the empty string's.
Status staticsArray(Heap &h, JSArray **out) {
    if (JSObject *a = lateIntrinsic(h, LATE_REGEXP_LEGACY_STATICS)) {
        *out = static_cast<JSArray *>(a);
        return Status::Ok;
    }
    JSArray *a = newArray(h, S__COUNT);
    if (!a) return Status::Error;
    LocalRoot ar(h, Value::pointer(a));
    Value empty = Value::pointer(atom(h, ATOM_empty));
    for (uint32_t i = 0; i < S__COUNT; i++)
        ENG_TRY(arrayPush(h, a, i <= S_SUBJECT ? empty : Value::smallInt(i < S_LAST_FROM || i == S_PARENS ? 0 : -1)));
    ENG_TRY(setLateIntrinsic(h, LATE_REGEXP_LEGACY_STATICS, a));
    *out = a;
    return Status::Ok;
}

int32_t slotInt(JSArray *a, uint32_t i) { return a->elems[i].asSmallInt(); }

// GetLegacyRegExpStaticProperty's checks: this is %RegExp% itself, and the
// statics have not been invalidated by a subclass's match.
Status checkReceiver(NativeCall &c, const char *name) {
    Value t = c.thisValue();
    if (!isObject(t) || asObject(t) != ctorOf(c.heap, PROTO_REGEXP))
        return throwError(c.heap, PROTO_TYPE_ERROR, "RegExp.%s is only readable on RegExp itself", name);
    return Status::Ok;
}

const char *staticName(int kind) {
    static const char *const names[] = {"input", "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9",
                                        "lastMatch", "lastParen", "leftContext", "rightContext"};
    return names[kind];
}

Status legacyGetter(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(checkReceiver(c, staticName(c.magic)));
    JSArray *a;
    ENG_TRY(staticsArray(h, &a));
    if (!a->elems[c.magic == K_INPUT ? S_INPUT : S_SUBJECT].isPointer())
        return throwError(h, PROTO_TYPE_ERROR, "RegExp.%s: the last match was made by a RegExp subclass",
                          staticName(c.magic));
    if (c.magic == K_INPUT) {
        c.setResult(a->elems[S_INPUT]);
        return Status::Ok;
    }
    HString *s = asString(a->elems[S_SUBJECT]);
    uint32_t from = 0, to = 0;  // the empty string unless a part is found
    uint32_t slot = c.magic == K_LAST_MATCH ? S_START
                  : c.magic == K_LAST_PAREN ? S_LAST_FROM
                  : c.magic < K_LAST_MATCH ? S_CAPTURES + 2 * (c.magic - K_PAREN1) : 0;
    if (c.magic == K_LEFT) {
        to = static_cast<uint32_t>(slotInt(a, S_START));
    } else if (c.magic == K_RIGHT) {
        from = static_cast<uint32_t>(slotInt(a, S_END));
        to = s->length;
    } else if (slotInt(a, slot) >= 0) {
        from = static_cast<uint32_t>(slotInt(a, slot));
        to = static_cast<uint32_t>(slotInt(a, slot + 1));
    }
    HString *r = substring(h, s, from, to);
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

// set RegExp.input / RegExp.$_ (SetLegacyRegExpStaticProperty).
Status legacyInputSetter(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(checkReceiver(c, "input"));
    HString *s;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    JSArray *a;
    ENG_TRY(staticsArray(h, &a));
    return setElement(h, a, S_INPUT, sr.value);
}

}  // namespace

Status regexpLegacyRecord(Heap &h, JSObject *re, HString *s, const MatchResult &m) {
    bool legacy = static_cast<JSRegExp *>(re)->legacyFeatures;  // re may die in an allocation
    Value subject = legacy ? Value::pointer(s) : Value::null();  // null: InvalidateLegacyRegExpStaticProperties
    JSArray *a = static_cast<JSArray *>(lateIntrinsic(h, LATE_REGEXP_LEGACY_STATICS));
    if (!a) {
        LocalRoot sr(h, subject);
        ENG_TRY(staticsArray(h, &a));
        subject = sr.value;
    }
    // A global match or replace records each match of one subject: the
    // strings are written (with their counts) only when they change.
    if (!(a->elems[S_INPUT] == subject)) ENG_TRY(setElement(h, a, S_INPUT, subject));
    if (!(a->elems[S_SUBJECT] == subject)) ENG_TRY(setElement(h, a, S_SUBJECT, subject));
    if (!legacy) return Status::Ok;
    // The other slots hold small integers only: plain stores, no counts.
    Value *e = a->elems;
    e[S_START] = Value::smallInt(m.captures[0]);
    e[S_END] = Value::smallInt(m.captures[1]);
    uint32_t count = m.groupCount - 1;  // captures, without the match
    e[S_LAST_FROM] = Value::smallInt(count ? m.captures[2 * count] : -1);
    e[S_LAST_TO] = Value::smallInt(count ? m.captures[2 * count + 1] : -1);
    uint32_t parens = count < 9 ? count : 9, before = static_cast<uint32_t>(e[S_PARENS].asSmallInt());
    for (uint32_t i = 0; i < 2 * parens; i++) e[S_CAPTURES + i] = Value::smallInt(m.captures[2 + i]);
    for (uint32_t i = 2 * parens; i < 2 * before; i++) e[S_CAPTURES + i] = Value::smallInt(-1);
    e[S_PARENS] = Value::smallInt(static_cast<int32_t>(parens));
    return Status::Ok;
}

// RegExp.prototype.compile(pattern, flags) (B.2.4.1 with the proposal's
// checks): recompiles this regexp in place and resets lastIndex.
Status regexpCompileMethod(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    if (!isRegExp(t)) return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype.compile called on a value that is not a RegExp");
    JSRegExp *re = static_cast<JSRegExp *>(asObject(t));
    if (!re->legacyFeatures)
        return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype.compile called on a RegExp subclass instance");
    HString *pattern;
    uint32_t flags = 0;
    LocalRoot pr(h);
    if (isRegExp(c.arg(0))) {
        if (!c.arg(1).isUndefined())
            return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype.compile: flags given with a RegExp pattern");
        JSRegExp *from = static_cast<JSRegExp *>(asObject(c.arg(0)));
        pattern = from->source;
        flags = from->program.flags;
    } else {
        if (c.arg(0).isUndefined()) pattern = atom(h, ATOM_empty);
        else ENG_TRY(toString(h, c.arg(0), &pattern));
        pr.value = Value::pointer(pattern);
        if (!c.arg(1).isUndefined()) {
            HString *f;
            ENG_TRY(toString(h, c.arg(1), &f));
            if (!regexpParseFlags(f, &flags))
                return throwError(h, PROTO_SYNTAX_ERROR, "Invalid flags supplied to RegExp.prototype.compile");
        }
        pattern = asString(pr.value);
    }
    ENG_TRY(regexpRecompile(h, re, pattern, flags));
    ENG_TRY(putValuePropertyStr(h, c.thisValue(), atom(h, ATOM_lastIndex), Value::smallInt(0), true));
    c.setResult(c.thisValue());
    return Status::Ok;
}

extern const MethodSpec regexpLegacyMethods[];
const MethodSpec regexpLegacyMethods[] = {
    {"input", legacyGetter, METHOD_GETTER, K_INPUT},       {"input", legacyInputSetter, METHOD_SETTER, 0},
    {"$_", legacyGetter, METHOD_GETTER, K_INPUT},          {"$_", legacyInputSetter, METHOD_SETTER, 0},
    {"$1", legacyGetter, METHOD_GETTER, 1},                {"$2", legacyGetter, METHOD_GETTER, 2},
    {"$3", legacyGetter, METHOD_GETTER, 3},                {"$4", legacyGetter, METHOD_GETTER, 4},
    {"$5", legacyGetter, METHOD_GETTER, 5},                {"$6", legacyGetter, METHOD_GETTER, 6},
    {"$7", legacyGetter, METHOD_GETTER, 7},                {"$8", legacyGetter, METHOD_GETTER, 8},
    {"$9", legacyGetter, METHOD_GETTER, 9},                {"lastMatch", legacyGetter, METHOD_GETTER, K_LAST_MATCH},
    {"$&", legacyGetter, METHOD_GETTER, K_LAST_MATCH},     {"lastParen", legacyGetter, METHOD_GETTER, K_LAST_PAREN},
    {"$+", legacyGetter, METHOD_GETTER, K_LAST_PAREN},     {"leftContext", legacyGetter, METHOD_GETTER, K_LEFT},
    {"$`", legacyGetter, METHOD_GETTER, K_LEFT},           {"rightContext", legacyGetter, METHOD_GETTER, K_RIGHT},
    {"$'", legacyGetter, METHOD_GETTER, K_RIGHT}};

#define ENG_LEGACY_GETTER(name, entry)                                                                          \
    const FlashAccessor name = {{{ENG_READ_ONLY_NEXT, HeapType::Accessor, ROM_GC_FLAGS, 0},                     \
                                 ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_LEGACY, entry), Value::constUndefined()}};
const FlashAccessor regexpLegacyInputPair = {{{ENG_READ_ONLY_NEXT, HeapType::Accessor, ROM_GC_FLAGS, 0},
                                              ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_LEGACY, 0),
                                              ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_LEGACY, 1)}};
const FlashAccessor regexpLegacyDollarInputPair = {{{ENG_READ_ONLY_NEXT, HeapType::Accessor, ROM_GC_FLAGS, 0},
                                                    ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_LEGACY, 2),
                                                    ENG_FLASH_METHOD(FLASH_METHODS_REGEXP_LEGACY, 3)}};
ENG_LEGACY_GETTER(regexpLegacyPair1, 4)
ENG_LEGACY_GETTER(regexpLegacyPair2, 5)
ENG_LEGACY_GETTER(regexpLegacyPair3, 6)
ENG_LEGACY_GETTER(regexpLegacyPair4, 7)
ENG_LEGACY_GETTER(regexpLegacyPair5, 8)
ENG_LEGACY_GETTER(regexpLegacyPair6, 9)
ENG_LEGACY_GETTER(regexpLegacyPair7, 10)
ENG_LEGACY_GETTER(regexpLegacyPair8, 11)
ENG_LEGACY_GETTER(regexpLegacyPair9, 12)
ENG_LEGACY_GETTER(regexpLegacyLastMatchPair, 13)
ENG_LEGACY_GETTER(regexpLegacyDollarLastMatchPair, 14)
ENG_LEGACY_GETTER(regexpLegacyLastParenPair, 15)
ENG_LEGACY_GETTER(regexpLegacyDollarLastParenPair, 16)
ENG_LEGACY_GETTER(regexpLegacyLeftContextPair, 17)
ENG_LEGACY_GETTER(regexpLegacyDollarLeftContextPair, 18)
ENG_LEGACY_GETTER(regexpLegacyRightContextPair, 19)
ENG_LEGACY_GETTER(regexpLegacyDollarRightContextPair, 20)

}  // namespace eng

#endif  // ENG_REGEXP_LEGACY
