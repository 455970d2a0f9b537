// Spread (`f(...x)`, `new C(...x)`, `[...x]`), array destructuring patterns
// and for-of: the iteration protocol (ES2023 7.4: GetIterator, IteratorStep,
// IteratorValue, IteratorClose), with a fast path.
//
// The state of an iteration is two rooted values (two registers of the
// frame, or two LocalRoots for spread):
//   iter   the iterator object, or on the fast path the iterable itself
//   state  the iterator's next method (null when it is not callable: the
//          first step throws), or on the fast path the position as a small
//          integer; undefined once the iteration is done (exhausted, or a
//          step threw, which closes nothing).
// The fast path takes Arrays and arguments objects whose @@iterator is the
// original %Array.prototype.values%, and strings whose String.prototype
// @@iterator is the original, while the matching %ArrayIteratorPrototype% /
// %StringIteratorPrototype% next is the original too: then no step has an
// observable difference from the index loop below (arrays read `length`
// again before each step, then Get the index; strings step by code point),
// and no iterator or result object is made.
#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/lightfunc.h"
#include "vm/literal_ops.h"

namespace eng {

namespace {

// f is the built-in fn with this magic (lightfunc or made as a JSNative).
bool isBuiltinFunction(const Heap &h, Value f, NativeFn fn, int magic = 0) {
    if (f.isLightFunc()) {
        LightFuncInfo info;
        lightFuncInfo(h, f, &info);
        return info.fn == fn && info.magic == magic;
    }
    if (!isObject(f) || asObject(f)->cls() != ObjectClass::Native) return false;
    const JSNative *n = static_cast<JSNative *>(asObject(f));
    return n->fn == fn && n->magic == magic;
}

// The iterator prototype's next is still the built-in (a prototype not made
// yet has not been touched).
Status nextUnmodified(Heap &h, LateIntrinsic which, NativeFn next, bool *out) {
    *out = true;
    JSObject *proto = lateIntrinsic(h, which);
    if (!proto) return Status::Ok;
    Value f;
    ENG_TRY(getProperty(h, proto, keyFromString(atom(h, ATOM_next)), Value::pointer(proto), &f));
    *out = isBuiltinFunction(h, f, next);
    return Status::Ok;
}

// One step of the fast path: the value at position *pos of source, or *done.
Status fastStep(Heap &h, Value source, uint32_t *pos, Value *out, bool *done) {
    *done = false;
    if (isString(source)) {
        HString *s = asString(source);
        if (*pos >= s->length) {
            *done = true;
            return Status::Ok;
        }
        uint32_t width;
        codePointAt(s, *pos, &width);
        HString *piece = substring(h, s, *pos, *pos + width);
        if (!piece) return Status::Error;
        *pos += width;
        *out = Value::pointer(piece);
        return Status::Ok;
    }
    JSObject *o = asObject(source);
    uint32_t length;
    if (o->cls() == ObjectClass::Array) {
        length = static_cast<JSArray *>(o)->length;
    } else {
        LocalRoot ro(h, source);
        Value n;
        ENG_TRY(getProperty(h, o, keyFromString(atom(h, ATOM_length)), source, &n));
        double d;
        ENG_TRY(toNumber(h, n, &d));
        length = d >= 4294967295.0 ? 0xffffffffu : d > 0 ? static_cast<uint32_t>(d) : 0;
    }
    if (*pos >= length) {
        *done = true;
        return Status::Ok;
    }
    ENG_TRY(getProperty(h, o, PropertyKey{nullptr, *pos, true}, source, out));
    (*pos)++;
    return Status::Ok;
}

Status notIterable(Heap &h, Value v) {
    char what[64];
    describeValue(h, v, what, sizeof what);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not iterable", what);
}

}  // namespace

Status iterationOpen(Heap &h, Value iterable, Value *iter, Value *state) {
    *iter = iterable;
    *state = Value::undefined();
    if (iterable.isNullish()) return notIterable(h, iterable);
    Value method;
    ENG_TRY(getValueProperty(h, iterable, Value::pointer(wellKnownSymbol(WKS_iterator)), &method));
    bool arrayLike = isObject(iterable) && (asObject(iterable)->cls() == ObjectClass::Array ||
                                            asObject(iterable)->cls() == ObjectClass::Arguments);
    if (arrayLike || isString(iterable)) {
        bool str = isString(iterable);
        bool fast = str ? isBuiltinFunction(h, method, stringIterator)
                        : isBuiltinFunction(h, method, arrayIterator, ITERATE_VALUES);
        if (fast) {
            LocalRoot rm(h, method);
            ENG_TRY(nextUnmodified(h, str ? LATE_STRING_ITERATOR_PROTOTYPE : LATE_ARRAY_ITERATOR_PROTOTYPE,
                                   str ? stringIteratorNext : arrayIteratorNext, &fast));
        }
        if (fast) {
            *state = Value::smallInt(0);
            return Status::Ok;
        }
    }
    if (!isCallable(method)) return notIterable(h, iterable);
    Value it;
    ENG_TRY(callValue(h, method, iterable, nullptr, 0, &it));
    if (!isObjectType(it)) return throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.iterator method is not an object");
    *iter = it;  // rooted by the caller from here on
    Value next;
    ENG_TRY(getValueProperty(h, it, Value::pointer(atom(h, ATOM_next)), &next));
    *state = isCallable(next) ? next : Value::null();
    return Status::Ok;
}

Status iterationNext(Heap &h, Value *iter, Value *state, Value *out, bool *done) {
    *out = Value::undefined();
    *done = true;
    Value s = *state;
    if (s.isUndefined()) return Status::Ok;
    *state = Value::undefined();  // done unless this step completes
    if (s.isSmallInt()) {
        uint32_t pos = static_cast<uint32_t>(s.asSmallInt());
        ENG_TRY(fastStep(h, *iter, &pos, out, done));
        // A source longer than the small-integer range ends there.
        if (!*done && pos <= static_cast<uint32_t>(Value::SMALL_INT_MAX)) *state = Value::smallInt(static_cast<int32_t>(pos));
        return Status::Ok;
    }
    if (s.isNull()) return throwError(h, PROTO_TYPE_ERROR, "The iterator's next method is not a function");
    LocalRoot rs(h, s);
    Value result;
    ENG_TRY(callValue(h, s, *iter, nullptr, 0, &result));
    if (!isObjectType(result)) {
        char what[64];
        describeValue(h, result, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "Iterator result %s is not an object", what);
    }
    LocalRoot rr(h, result);
    Value d;
    ENG_TRY(getValueProperty(h, result, Value::pointer(atom(h, ATOM_done)), &d));
    if (toBoolean(d)) return Status::Ok;
    ENG_TRY(getValueProperty(h, result, Value::pointer(atom(h, ATOM_value)), out));
    *done = false;
    *state = rs.value;
    return Status::Ok;
}

Status iterationRest(Heap &h, Value *iter, Value *state, JSArray *target) {
    LocalRoot rt(h, Value::pointer(target));
    for (;;) {
        Value v;
        bool done;
        ENG_TRY(iterationNext(h, iter, state, &v, &done));
        if (done) return Status::Ok;
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(rt.value)), v));
    }
}

// IteratorClose (ES2023 7.4.8) of an iteration that is not done. On a
// throw completion the error of return() (or of getting it) is dropped and
// the caller rethrows its own; otherwise it propagates, and a result that
// is not an object is a TypeError.
Status iterationClose(Heap &h, Value *iter, Value *state, bool throwing) {
    Value s = *state;
    *state = Value::undefined();
    if (s.isUndefined() || s.isSmallInt()) return Status::Ok;  // done, or the fast path: nothing to close
    Value ret, result;
    Status st = getValueProperty(h, *iter, Value::pointer(atom(h, ATOM_return_)), &ret);
    if (st == Status::Ok && !ret.isNullish()) {
        if (!isCallable(ret)) {
            char what[64];
            describeValue(h, ret, what, sizeof what);
            st = throwError(h, PROTO_TYPE_ERROR, "%s is not a function", what);
        } else {
            st = callValue(h, ret, *iter, nullptr, 0, &result);
            if (st == Status::Ok && !throwing && !isObjectType(result))
                st = throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
        }
    }
    if (st != Status::Ok && throwing && !interrupted(h)) {
        h.pending = Value::undefined();
        h.hasPending = false;
        return Status::Ok;
    }
    return st;
}

Status spreadInto(Heap &h, JSArray *target, Value iterable) {
    LocalRoot rt(h, Value::pointer(target)), iter(h, iterable), state(h, Value::undefined());
    ENG_TRY(iterationOpen(h, iterable, &iter.value, &state.value));
    return iterationRest(h, &iter.value, &state.value, static_cast<JSArray *>(asObject(rt.value)));
}

}  // namespace eng
