// String.prototype.matchAll (ES2020 22.1.3.13), RegExp.prototype[@@matchAll]
// (22.2.6.9) and their iterators, %RegExpStringIteratorPrototype% (22.2.9):
// matchAll calls its argument's @@matchAll, or that of new RegExp(pattern,
// "g"); RegExp's copies the regexp with its species constructor, flags and
// lastIndex. Each step of the iterator is a RegExpExec. The prototype is
// made with the first iterator (iterator_builtins.cpp).
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
    // Invoke(RegExpCreate(regexp, "g"), @@matchAll, S).
    LocalRoot matcher(h);
    HString *g = internCString(h, "g");
    if (!g) return Status::Error;
    ENG_TRY(regexpCreate(h, c.arg(0), Value::pointer(g), &matcher.value));
    Value method;
    ENG_TRY(getValueProperty(h, matcher.value, Value::pointer(wellKnownSymbol(WKS_matchAll)), &method));
    if (!isCallable(method)) return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype[Symbol.matchAll] is not a function");
    LocalRoot mr(h, method);
    Value arg = c.thisValue(), result;
    ENG_TRY(callValue(h, mr.value, matcher.value, &arg, 1, &result));
    c.setResult(result);
    return Status::Ok;
}

// RegExp.prototype[@@matchAll] (ES2024 22.2.6.9): a copy of this made by
// its species constructor with its flags, from its lastIndex, and the
// iterator over that copy's matches.
Status regexpSymbolMatchAll(NativeCall &c) {
    Heap &h = c.heap;
    if (!isObjectType(c.thisValue()))
        return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype[Symbol.matchAll] called on a non-object");
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    JSObject *regexpCtor = builtinCtor(h, PROTO_REGEXP);
    if (!regexpCtor) return Status::Error;
    LocalRoot ctor(h);
    ENG_TRY(speciesConstructorOf(h, c.thisValue(), Value::pointer(regexpCtor), &ctor.value));
    Value flagsValue;
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), atom(h, ATOM_flags), &flagsValue));
    HString *flagText = nullptr;
    ENG_TRY(toString(h, flagsValue, &flagText));
    LocalRoot fr(h, Value::pointer(flagText));
    LocalRoot matcher(h);
    Value args[2] = {c.thisValue(), fr.value};
    ENG_TRY(constructValue(h, ctor.value, args, 2, &matcher.value));
    double lastIndex;
    ENG_TRY(regexpReadLastIndex(h, c.thisValue(), &lastIndex));
    ENG_TRY(regexpWriteLastIndex(h, matcher.value, lastIndex));
    flagText = asString(fr.value);
    uint32_t flags = 0;
    for (uint32_t i = 0; i < flagText->length; i++) {
        if (flagText->at(i) == 'g') flags |= MATCH_ALL_GLOBAL;
        if (flagText->at(i) == 'u' || flagText->at(i) == 'v') flags |= MATCH_ALL_UNICODE;
    }
    Value it;
    ENG_TRY(newRegExpStringIterator(h, matcher.value, sr.value, flags, &it));
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
    LocalRoot match(h);
    ENG_TRY(regexpExecOf(h, matcher.value, string.value, &match.value));
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
            ENG_TRY(regexpReadLastIndex(h, matcher.value, &index));
            HString *s = asString(string.value);
            uint32_t width = 1;
            if ((flags & MATCH_ALL_UNICODE) && index < s->length) codePointAt(s, static_cast<uint32_t>(index), &width);
            ENG_TRY(regexpWriteLastIndex(h, matcher.value, index + width));
        }
    }
    ENG_TRY(createIterResult(h, match.value, false, &r));
    c.setResult(r);
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_STRING_MATCH_ALL
