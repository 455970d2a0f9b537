// String.prototype.matchAll (ES2020 22.1.3.13) and its iterators,
// %RegExpStringIteratorPrototype% (22.2.9). RegExp.prototype has no
// @@matchAll here, so matchAll does its work itself: a RegExp argument is
// cloned with its flags and lastIndex (as RegExp.prototype[@@matchAll]
// would), anything else becomes new RegExp(pattern, "g"); an object with a
// @@matchAll method of its own is called instead. Each step calls the
// matcher's "exec" (RegExpExec). The prototype is made with the first
// iterator (iterator_builtins.cpp).
#include "builtins/builtins.h"
#include "builtins/string_common.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "regexp/regexp.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"

#if ENG_STRING_MATCH_ALL

namespace eng {

namespace {

enum MatchAllFlags : uint32_t { MATCH_ALL_GLOBAL = 1, MATCH_ALL_UNICODE = 2 };

// ToLength(Get(rx, "lastIndex")).
Status readLastIndex(Heap &h, Value rx, double *out) {
    Value v;
    ENG_TRY(getValuePropertyStr(h, rx, atom(h, ATOM_lastIndex), &v));
    double d;
    ENG_TRY(toNumber(h, v, &d));
    d = toIntegerDouble(d);
    *out = d > 0 ? (d < 9007199254740991.0 ? d : 9007199254740991.0) : 0;
    return Status::Ok;
}

Status writeLastIndex(Heap &h, Value rx, double index) {
    LocalRoot rr(h, rx), vr(h);
    ENG_TRY(makeNumber(h, index, &vr.value));
    return putValuePropertyStr(h, rr.value, atom(h, ATOM_lastIndex), vr.value, true);
}

// CreateRegExpStringIterator: the matcher and the string in an internal
// array (the iterator's one reference), the flags in position.
Status newRegExpStringIterator(Heap &h, Value matcher, Value string, uint32_t flags, Value *out) {
    LocalRoot mr(h, matcher), sr(h, string);
    JSArray *pair = newArray(h, 2);
    if (!pair) return Status::Error;
    LocalRoot pr(h, Value::pointer(pair));
    ENG_TRY(arrayPush(h, pair, mr.value));
    ENG_TRY(arrayPush(h, pair, sr.value));
    JSObject *proto = nullptr;
    ENG_TRY(iteratorPrototype(h, LATE_REGEXP_STRING_ITERATOR_PROTOTYPE, &proto));
    JSIteratorObject *it = static_cast<JSIteratorObject *>(
        newObjectOfSize(h, proto, ObjectClass::RegExpStringIterator, sizeof(JSIteratorObject)));
    if (!it) return Status::Error;
    rcInit(it->iterated, pr.value);
    it->position = flags;
    it->kind = ITERATE_VALUES;
    *out = Value::pointer(it);
    return Status::Ok;
}

}  // namespace

Status stringMatchAll(NativeCall &c) {
    Heap &h = c.heap;
    if (c.thisValue().isNullish())
        return throwError(h, PROTO_TYPE_ERROR, "String.prototype.matchAll called on null or undefined");
    Value regexp = c.arg(0);
    if (!regexp.isNullish()) {
        bool regexpLike = false;
        ENG_TRY(isRegExpArgument(h, regexp, &regexpLike));
        if (regexpLike) ENG_TRY(requireGlobalFlag(h, c.arg(0), "matchAll"));
    }
    bool called = false;
    ENG_TRY(callSearchProtocol(c, WKS_matchAll, 1, &called));
    if (called) return Status::Ok;
    HString *s = nullptr;
    ENG_TRY(thisString(c, "matchAll", &s));
    LocalRoot matcher(h);
    uint32_t flags = MATCH_ALL_GLOBAL;
    if (isRegExp(c.arg(0))) {
        // RegExp.prototype[@@matchAll]: a clone with the same flags, from lastIndex.
        Value flagsValue;
        ENG_TRY(getValuePropertyStr(h, c.arg(0), atom(h, ATOM_flags), &flagsValue));
        HString *flagText = nullptr;
        ENG_TRY(toString(h, flagsValue, &flagText));
        LocalRoot fr(h, Value::pointer(flagText));
        flags = 0;
        for (uint32_t i = 0; i < flagText->length; i++) {
            if (flagText->at(i) == 'g') flags |= MATCH_ALL_GLOBAL;
            if (flagText->at(i) == 'u') flags |= MATCH_ALL_UNICODE;
        }
        ENG_TRY(regexpCreate(h, c.arg(0), fr.value, &matcher.value));
        double lastIndex;
        ENG_TRY(readLastIndex(h, c.arg(0), &lastIndex));
        ENG_TRY(writeLastIndex(h, matcher.value, lastIndex));
    } else {
        HString *g = internCString(h, "g");
        if (!g) return Status::Error;
        ENG_TRY(regexpCreate(h, c.arg(0), Value::pointer(g), &matcher.value));
        // Invoke(rx, @@matchAll, S): a script may have given RegExp.prototype one.
        Value method;
        ENG_TRY(getValueProperty(h, matcher.value, Value::pointer(wellKnownSymbol(WKS_matchAll)), &method));
        if (!method.isNullish()) {
            LocalRoot mr(h, method);
            Value arg = c.thisValue(), result;
            ENG_TRY(callValue(h, mr.value, matcher.value, &arg, 1, &result));
            c.setResult(result);
            return Status::Ok;
        }
    }
    Value it;
    ENG_TRY(newRegExpStringIterator(h, matcher.value, c.thisValue(), flags, &it));
    c.setResult(it);
    return Status::Ok;
}

// %RegExpStringIteratorPrototype%.next (ES2020 22.2.9.2.1).
Status regexpStringIteratorNext(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    if (!isObject(t) || asObject(t)->cls() != ObjectClass::RegExpStringIterator)
        return throwError(h, PROTO_TYPE_ERROR, "next method called on an incompatible receiver");
    JSIteratorObject *it = static_cast<JSIteratorObject *>(asObject(t));
    Value r;
    if (it->iterated.isUndefined()) {
        ENG_TRY(createIterResult(h, Value::undefined(), true, &r));
        c.setResult(r);
        return Status::Ok;
    }
    JSArray *pair = static_cast<JSArray *>(asObject(it->iterated));
    LocalRoot matcher(h, pair->elems[0]), string(h, pair->elems[1]);
    uint32_t flags = it->position;
    // RegExpExec: the matcher's exec, whose result must be an object or null.
    Value exec;
    ENG_TRY(getValuePropertyStr(h, matcher.value, atom(h, ATOM_exec), &exec));
    if (!isCallable(exec)) return throwError(h, PROTO_TYPE_ERROR, "RegExp exec method is not a function");
    LocalRoot match(h);
    {
        LocalRoot er(h, exec);
        Value arg = string.value;
        ENG_TRY(callValue(h, er.value, matcher.value, &arg, 1, &match.value));
    }
    if (!match.value.isNull() && !isObjectType(match.value))
        return throwError(h, PROTO_TYPE_ERROR, "RegExp exec method returned something other than an Object or null");
    it = static_cast<JSIteratorObject *>(asObject(c.thisValue()));
    if (match.value.isNull()) {
        rcStore(h, it->iterated, Value::undefined());
        ENG_TRY(createIterResult(h, Value::undefined(), true, &r));
        c.setResult(r);
        return Status::Ok;
    }
    if (!(flags & MATCH_ALL_GLOBAL)) {
        rcStore(h, it->iterated, Value::undefined());  // one match, then done
    } else {
        Value first;
        ENG_TRY(getValueProperty(h, match.value, Value::smallInt(0), &first));
        HString *text = nullptr;
        ENG_TRY(toString(h, first, &text));
        if (text->length == 0) {
            // An empty match: step over it (AdvanceStringIndex) so the next does not repeat it.
            double index;
            ENG_TRY(readLastIndex(h, matcher.value, &index));
            HString *s = asString(string.value);
            uint32_t width = 1;
            if ((flags & MATCH_ALL_UNICODE) && index < s->length) codePointAt(s, static_cast<uint32_t>(index), &width);
            ENG_TRY(writeLastIndex(h, matcher.value, index + width));
        }
    }
    ENG_TRY(createIterResult(h, match.value, false, &r));
    c.setResult(r);
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_STRING_MATCH_ALL
