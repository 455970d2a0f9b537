// RegExp.prototype[@@match], [@@replace], [@@search] and [@@split]
// (ES2024 22.2.6.8, .11, .12, .14): what String.prototype.match, replace,
// search and split call for a RegExp argument. For a RegExp that nothing has
// changed (isPristineRegExp: its own properties are lastIndex alone, and
// RegExp.prototype and RegExp still have their tables in flash) the String
// built-ins keep their own direct paths, which observe exactly what the
// spec's steps would; anything else (a subclass, an own or replaced exec,
// flags or species, an object posing as a RegExp) runs these steps, each
// match through RegExpExec (the object's "exec", else the built-in one).
#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/string_common.h"
#include "objects/object_ops.h"
#include "regexp/regexp.h"
#include "strings/builder.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "value/number.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

namespace eng {

#if ENG_REGEXP_PROTOCOLS
namespace {

Status thisRegExpObject(NativeCall &c, const char *method) {
    if (isObjectType(c.thisValue())) return Status::Ok;
    return throwError(c.heap, PROTO_TYPE_ERROR, "RegExp.prototype[Symbol.%s] called on a non-object", method);
}

// ToString(Get(rx, "flags")) has `letter`.
Status flagsOf(Heap &h, Value rx, HString **out) {
    Value v;
    ENG_TRY(getValuePropertyStr(h, rx, atom(h, ATOM_flags), &v));
    return toString(h, v, out);
}

bool hasFlag(const HString *flags, char letter) {
    for (uint32_t i = 0; i < flags->length; i++)
        if (flags->at(i) == static_cast<uint16_t>(letter)) return true;
    return false;
}

// AdvanceStringIndex (22.2.7.3).
double advance(const HString *s, double index, bool unicode) {
    if (!unicode || index + 1 >= s->length) return index + 1;
    uint32_t i = static_cast<uint32_t>(index);
    uint16_t lead = s->at(i), trail = s->at(i + 1);
    return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

// ToString(Get(result, key)).
Status stringProperty(Heap &h, Value result, HString *key, HString **out) {
    Value v;
    ENG_TRY(getValuePropertyStr(h, result, key, &v));
    return toString(h, v, out);
}

HString *indexKey(Heap &h, uint32_t i) {
    char text[12];
    uint32_t n = 0;
    char rev[12];
    do {
        rev[n++] = static_cast<char>('0' + i % 10);
        i /= 10;
    } while (i);
    for (uint32_t k = 0; k < n; k++) text[k] = rev[n - 1 - k];
    text[n] = 0;
    return internCString(h, text);
}

// The String built-in `entry` of match/replace/search/split on a RegExp
// nothing has changed: its direct path.
Status callStringMethod(NativeCall &c, WellKnownSymbol which, HString *s, uint32_t argc) {
    Value args[2] = {c.thisValue(), c.arg(1)}, result;
    ENG_TRY(callValue(c.heap, stringSearchMethod(which), Value::pointer(s), args, argc, &result));
    c.setResult(result);
    return Status::Ok;
}

// RegExp.prototype[@@match] (22.2.6.8).
Status regexpSymbolMatch(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(thisRegExpObject(c, "match"));
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    if (isPristineRegExp(h, c.thisValue(), false)) return callStringMethod(c, WKS_match, s, 1);
    HString *flags = nullptr;
    ENG_TRY(flagsOf(h, c.thisValue(), &flags));
    if (!hasFlag(flags, 'g')) {
        Value r;
        ENG_TRY(regexpExecOf(h, c.thisValue(), sr.value, &r));
        c.setResult(r);
        return Status::Ok;
    }
    bool unicode = hasFlag(flags, 'u') || hasFlag(flags, 'v');
    ENG_TRY(regexpWriteLastIndex(h, c.thisValue(), 0));
    JSArray *a = newArray(h, 0);
    if (!a) return Status::Error;
    LocalRoot ar(h, Value::pointer(a)), result(h);
    for (;;) {
        ENG_TRY(interruptPoll(h));
        ENG_TRY(regexpExecOf(h, c.thisValue(), sr.value, &result.value));
        if (result.value.isNull()) {
            c.setResult(static_cast<JSArray *>(asObject(ar.value))->length ? ar.value : Value::null());
            return Status::Ok;
        }
        HString *matched = nullptr;
        ENG_TRY(stringProperty(h, result.value, atom(h, ATOM_zero), &matched));
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(ar.value)), Value::pointer(matched)));
        if (matched->length == 0) {
            double index;
            ENG_TRY(regexpReadLastIndex(h, c.thisValue(), &index));
            ENG_TRY(regexpWriteLastIndex(h, c.thisValue(), advance(asString(sr.value), index, unicode)));
        }
    }
}

// RegExp.prototype[@@search] (22.2.6.12): lastIndex is put back as it was.
Status regexpSymbolSearch(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(thisRegExpObject(c, "search"));
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    if (isPristineRegExp(h, c.thisValue(), false)) return callStringMethod(c, WKS_search, s, 1);
    HString *key = atom(h, ATOM_lastIndex);
    LocalRoot previous(h), result(h);
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), key, &previous.value));
    if (!sameValue(previous.value, Value::smallInt(0))) ENG_TRY(putValuePropertyStr(h, c.thisValue(), key, Value::smallInt(0), true));
    ENG_TRY(regexpExecOf(h, c.thisValue(), sr.value, &result.value));
    Value current;
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), key, &current));
    if (!sameValue(current, previous.value)) ENG_TRY(putValuePropertyStr(h, c.thisValue(), key, previous.value, true));
    if (result.value.isNull()) {
        c.setResult(Value::smallInt(-1));
        return Status::Ok;
    }
    Value index;
    ENG_TRY(getValuePropertyStr(h, result.value, atom(h, ATOM_index), &index));
    c.setResult(index);
    return Status::Ok;
}

// GetSubstitution (22.1.3.19.1) with the captures as strings (or
// undefined) and namedCaptures an object or undefined.
Status substitute(Heap &h, StringBuilder &b, HString *matched, HString *s, uint32_t position, JSArray *captures,
                  Value namedCaptures, HString *replacement) {
    uint32_t m = captures->length, n = replacement->length;
    uint32_t tail = position + matched->length;
    for (uint32_t i = 0; i < n; i++) {
        uint16_t u = replacement->at(i);
        uint16_t next = i + 1 < n ? replacement->at(i + 1) : 0;
        if (u != '$' || i + 1 >= n) {
            ENG_TRY(b.appendUnit(u));
        } else if (next == '$') {
            ENG_TRY(b.appendUnit('$'));
            i++;
        } else if (next == '&') {
            ENG_TRY(b.append(matched));
            i++;
        } else if (next == '`') {
            ENG_TRY(b.appendRange(s, 0, position));
            i++;
        } else if (next == '\'') {
            if (tail < s->length) ENG_TRY(b.appendRange(s, tail, s->length));
            i++;
        } else if (next >= '0' && next <= '9') {
            uint32_t d1 = next - '0', g = 0, used = 0;
            if (i + 2 < n && replacement->at(i + 2) >= '0' && replacement->at(i + 2) <= '9') {
                uint32_t nn = d1 * 10 + (replacement->at(i + 2) - '0');
                if (nn >= 1 && nn <= m) g = nn, used = 2;
            }
            if (!used && d1 >= 1 && d1 <= m) g = d1, used = 1;
            if (!used) {
                ENG_TRY(b.appendUnit(u));
                continue;
            }
            Value cap = captures->elems[g - 1];
            if (isString(cap)) ENG_TRY(b.append(asString(cap)));
            i += used;
        } else if (next == '<' && !namedCaptures.isUndefined()) {
            uint32_t close = i + 2;
            while (close < n && replacement->at(close) != '>') close++;
            if (close >= n) {
                ENG_TRY(b.appendUnit(u));
                continue;
            }
            HString *name = substring(h, replacement, i + 2, close);
            if (!name) return Status::Error;
            Value capture;
            ENG_TRY(getValuePropertyStr(h, namedCaptures, name, &capture));
            if (!capture.isUndefined()) {
                HString *text = nullptr;
                ENG_TRY(toString(h, capture, &text));
                ENG_TRY(b.append(text));
            }
            i = close;
        } else {
            ENG_TRY(b.appendUnit(u));
        }
    }
    return Status::Ok;
}

// One result of exec, replaced (the steps of 22.2.6.11 step 14): appends
// to b what comes before it and its replacement; *next is the position
// after it.
Status replaceOne(NativeCall &c, StringBuilder &b, HString *s, Value result, uint32_t *next) {
    Heap &h = c.heap;
    LocalRoot rr(h, result), sr(h, Value::pointer(s));
    Value v;
    ENG_TRY(getValuePropertyStr(h, rr.value, atom(h, ATOM_length), &v));
    double length;
    ENG_TRY(toNumber(h, v, &length));
    length = toIntegerDouble(length);
    uint32_t nCaptures = length > 1 ? (length > 0xfffffffe ? 0xfffffffeu : static_cast<uint32_t>(length) - 1) : 0;
    HString *matched = nullptr;
    ENG_TRY(stringProperty(h, rr.value, atom(h, ATOM_zero), &matched));
    LocalRoot mr(h, Value::pointer(matched));
    ENG_TRY(getValuePropertyStr(h, rr.value, atom(h, ATOM_index), &v));
    double position;
    ENG_TRY(toNumber(h, v, &position));
    position = toIntegerDouble(position);
    position = position < 0 ? 0 : position > s->length ? s->length : position;
    JSArray *captures = newArray(h, 0);
    if (!captures) return Status::Error;
    LocalRoot cr(h, Value::pointer(captures));
    for (uint32_t i = 1; i <= nCaptures; i++) {
        ENG_TRY(interruptPoll(h));
        HString *key = indexKey(h, i);
        if (!key) return Status::Error;
        Value cap;
        ENG_TRY(getValuePropertyStr(h, rr.value, key, &cap));
        if (!cap.isUndefined()) {
            HString *text = nullptr;
            ENG_TRY(toString(h, cap, &text));
            cap = Value::pointer(text);
        }
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(cr.value)), cap));
    }
    LocalRoot named(h);
    ENG_TRY(getValuePropertyStr(h, rr.value, atom(h, ATOM_groups), &named.value));
    LocalRoot replacement(h);
    uint32_t pos = static_cast<uint32_t>(position);
    captures = static_cast<JSArray *>(asObject(cr.value));
    if (isCallable(c.arg(1))) {
        // (matched, captures..., position, S[, groups])
        uint32_t argc = captures->length + 3 + (named.value.isUndefined() ? 0 : 1);
        JSArray *args = newArray(h, argc);
        if (!args) return Status::Error;
        LocalRoot ar(h, Value::pointer(args));
        ENG_TRY(arrayPush(h, args, mr.value));
        for (uint32_t i = 0; i < captures->length; i++) ENG_TRY(arrayPush(h, args, captures->elems[i]));
        ENG_TRY(arrayPush(h, args, Value::smallInt(static_cast<int32_t>(pos))));
        ENG_TRY(arrayPush(h, args, sr.value));
        if (!named.value.isUndefined()) ENG_TRY(arrayPush(h, args, named.value));
        Value out;
        ENG_TRY(callValue(h, c.arg(1), Value::undefined(), args->elems, args->length, &out));
        HString *text = nullptr;
        ENG_TRY(toString(h, out, &text));
        replacement.value = Value::pointer(text);
    } else {
        if (!named.value.isUndefined()) {
            JSObject *o = nullptr;
            ENG_TRY(toObject(h, named.value, &o));
            named.value = Value::pointer(o);
        }
        StringBuilder piece(h);
        ENG_TRY(substitute(h, piece, matched, s, pos, captures, named.value, asString(c.arg(1))));
        HString *text = piece.finish();
        if (!text) return Status::Error;
        replacement.value = Value::pointer(text);
    }
    if (pos >= *next) {
        ENG_TRY(b.appendRange(asString(sr.value), *next, pos));
        ENG_TRY(b.append(asString(replacement.value)));
        *next = pos + matched->length;
    }
    return Status::Ok;
}

// RegExp.prototype[@@replace] (22.2.6.11): every result first, then the
// replacements.
Status regexpSymbolReplace(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(thisRegExpObject(c, "replace"));
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    if (isPristineRegExp(h, c.thisValue(), false)) return callStringMethod(c, WKS_replace, s, 2);
    if (!isCallable(c.arg(1))) {
        HString *r = nullptr;
        ENG_TRY(toString(h, c.arg(1), &r));
        c.setArg(1, Value::pointer(r));
    }
    HString *flags = nullptr;
    ENG_TRY(flagsOf(h, c.thisValue(), &flags));
    bool global = hasFlag(flags, 'g'), unicode = hasFlag(flags, 'u') || hasFlag(flags, 'v');
    if (global) ENG_TRY(regexpWriteLastIndex(h, c.thisValue(), 0));
    JSArray *results = newArray(h, 0);
    if (!results) return Status::Error;
    LocalRoot rr(h, Value::pointer(results)), result(h);
    for (;;) {
        ENG_TRY(interruptPoll(h));
        ENG_TRY(regexpExecOf(h, c.thisValue(), sr.value, &result.value));
        if (result.value.isNull()) break;
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(rr.value)), result.value));
        if (!global) break;
        HString *matched = nullptr;
        ENG_TRY(stringProperty(h, result.value, atom(h, ATOM_zero), &matched));
        if (matched->length == 0) {
            double index;
            ENG_TRY(regexpReadLastIndex(h, c.thisValue(), &index));
            ENG_TRY(regexpWriteLastIndex(h, c.thisValue(), advance(asString(sr.value), index, unicode)));
        }
    }
    StringBuilder b(h);
    uint32_t next = 0;
    for (uint32_t i = 0; i < static_cast<JSArray *>(asObject(rr.value))->length; i++) {
        ENG_TRY(interruptPoll(h));
        ENG_TRY(replaceOne(c, b, asString(sr.value), static_cast<JSArray *>(asObject(rr.value))->elems[i], &next));
    }
    s = asString(sr.value);
    if (next < s->length) ENG_TRY(b.appendRange(s, next, s->length));
    HString *out = b.finish();
    if (!out) return Status::Error;
    c.setResult(Value::pointer(out));
    return Status::Ok;
}

// RegExp.prototype[@@split] (22.2.6.14): a sticky copy made by the species
// constructor finds each separator, tried at one position after another.
Status regexpSymbolSplit(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(thisRegExpObject(c, "split"));
    HString *s = nullptr;
    ENG_TRY(toString(h, c.arg(0), &s));
    LocalRoot sr(h, Value::pointer(s));
    // The string method converts limit after it has the regexp: an object
    // limit's valueOf could recompile it (compile()) under the splitter's feet.
    bool limitRunsCode = ENG_REGEXP_LEGACY && isObject(c.arg(1));
    if (!limitRunsCode && isPristineRegExp(h, c.thisValue(), true)) return callStringMethod(c, WKS_split, s, 2);
    JSObject *regexpCtor = builtinCtor(h, PROTO_REGEXP);
    if (!regexpCtor) return Status::Error;
    LocalRoot ctor(h);
    ENG_TRY(speciesConstructorOf(h, c.thisValue(), Value::pointer(regexpCtor), &ctor.value));
    HString *flags = nullptr;
    ENG_TRY(flagsOf(h, c.thisValue(), &flags));
    LocalRoot fr(h, Value::pointer(flags));
    bool unicode = hasFlag(flags, 'u') || hasFlag(flags, 'v');
    if (!hasFlag(flags, 'y')) {
        static const uint8_t y = 'y';
        HString *withY = concatLatin1(h, flags, &y, 1, false);
        if (!withY) return Status::Error;
        fr.value = Value::pointer(withY);
    }
    LocalRoot splitter(h);
    Value ctorArgs[2] = {c.thisValue(), fr.value};
    ENG_TRY(constructValue(h, ctor.value, ctorArgs, 2, &splitter.value));
    JSArray *a = newArray(h, 0);
    if (!a) return Status::Error;
    c.setResult(Value::pointer(a));
    uint32_t limit = 0xffffffffu;
    if (!c.arg(1).isUndefined()) ENG_TRY(toUint32(h, c.arg(1), &limit));
    if (limit == 0) return Status::Ok;
#define A static_cast<JSArray *>(asObject(c.result()))
    LocalRoot z(h), piece(h);
    uint32_t size = asString(sr.value)->length;
    if (size == 0) {
        ENG_TRY(regexpExecOf(h, splitter.value, sr.value, &z.value));
        if (!z.value.isNull()) return Status::Ok;
        return arrayPush(h, A, sr.value);
    }
    double p = 0, q = 0;
    while (q < size) {
        ENG_TRY(interruptPoll(h));
        ENG_TRY(regexpWriteLastIndex(h, splitter.value, q));
        ENG_TRY(regexpExecOf(h, splitter.value, sr.value, &z.value));
        if (z.value.isNull()) {
            q = advance(asString(sr.value), q, unicode);
            continue;
        }
        double e;
        ENG_TRY(regexpReadLastIndex(h, splitter.value, &e));
        if (e > size) e = size;
        if (e == p) {
            q = advance(asString(sr.value), q, unicode);
            continue;
        }
        HString *t = substring(h, asString(sr.value), static_cast<uint32_t>(p), static_cast<uint32_t>(q));
        if (!t) return Status::Error;
        ENG_TRY(arrayPush(h, A, Value::pointer(t)));
        if (A->length == limit) return Status::Ok;
        p = e;
        Value v;
        ENG_TRY(getValuePropertyStr(h, z.value, atom(h, ATOM_length), &v));
        double captures;
        ENG_TRY(toNumber(h, v, &captures));
        captures = toIntegerDouble(captures) - 1;
        for (double i = 1; i <= captures; i++) {
            ENG_TRY(interruptPoll(h));
            HString *key = indexKey(h, static_cast<uint32_t>(i));
            if (!key) return Status::Error;
            ENG_TRY(getValuePropertyStr(h, z.value, key, &piece.value));
            ENG_TRY(arrayPush(h, A, piece.value));
            if (A->length == limit) return Status::Ok;
        }
        q = p;
    }
    HString *t = substring(h, asString(sr.value), static_cast<uint32_t>(p), size);
    if (!t) return Status::Error;
    return arrayPush(h, A, Value::pointer(t));
#undef A
}

}  // namespace

// The methods, keyed by their symbols in RegExp.prototype's table
// (regexp_builtins.cpp), which names them by their position here.
extern const MethodSpec regexpSymbolMethods[];
const MethodSpec regexpSymbolMethods[] = {{"@@match", regexpSymbolMatch, 1, 0},
                                          {"@@replace", regexpSymbolReplace, 2, 0},
                                          {"@@search", regexpSymbolSearch, 1, 0},
                                          {"@@split", regexpSymbolSplit, 2, 0},
#if ENG_STRING_MATCH_ALL
                                          {"@@matchAll", regexpSymbolMatchAll, 1, 0}  // string_match_all.cpp
#endif
};

#endif  // ENG_REGEXP_PROTOCOLS

// RegExpExec (22.2.7.1): the object's exec when callable (its result an
// object or null), else the built-in one, for RegExp objects only.
Status regexpExecOf(Heap &h, Value rx, Value s, Value *out) {
    LocalRoot rr(h, rx), sr(h, s);
    Value exec;
    ENG_TRY(getValuePropertyStr(h, rx, atom(h, ATOM_exec), &exec));
    if (isCallable(exec)) {
        ENG_TRY(callValue(h, exec, rr.value, &sr.value, 1, out));
        if (!out->isNull() && !isObjectType(*out))
            return throwError(h, PROTO_TYPE_ERROR, "The result of a RegExp's exec must be an object or null");
        return Status::Ok;
    }
    if (!isRegExp(rr.value)) return throwError(h, PROTO_TYPE_ERROR, "RegExp.prototype.exec called on an incompatible receiver");
    return regexpBuiltinExec(h, rr.value, asString(sr.value), out);
}

Status regexpReadLastIndex(Heap &h, Value rx, double *out) {
    Value v;
    ENG_TRY(getValuePropertyStr(h, rx, atom(h, ATOM_lastIndex), &v));
    double d;
    ENG_TRY(toNumber(h, v, &d));
    d = toIntegerDouble(d);
    *out = d > 0 ? (d < 9007199254740991.0 ? d : 9007199254740991.0) : 0;
    return Status::Ok;
}

Status regexpWriteLastIndex(Heap &h, Value rx, double index) {
    LocalRoot rr(h, rx), vr(h);
    ENG_TRY(makeNumber(h, index, &vr.value));
    return putValuePropertyStr(h, rr.value, atom(h, ATOM_lastIndex), vr.value, true);
}

bool isPristineRegExp(Heap &h, Value v, bool withSpecies) {
    if (!isRegExp(v)) return false;
    JSObject *re = asObject(v);
    JSObject *proto = protoOf(h, PROTO_REGEXP);
    if (re->proto != proto || !proto || !hasFlashProps(proto) || re->propCount() != 1) return false;
    if (!withSpecies) return true;
    JSObject *ctor = ctorOf(h, PROTO_REGEXP);
    return !ctor || hasFlashProps(ctor);
}


}  // namespace eng
