// Array.fromAsync (ES2026 23.1.2.2): the spec's async closure, run as a
// state machine. Its state is an internal array no script sees; each Await
// subscribes two bound functions (this: the state) to the awaited promise,
// and the one the promise's job calls runs the closure up to its next Await
// or its end, which settles the promise Array.fromAsync returned.
#include "config.h"

#if ENG_ARRAY_FROM_ASYNC

#include "builtins/array_internal.h"
#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "value/number.h"
#include "vm/async_iteration.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "vm/lightfunc.h"
#include "vm/promise.h"

namespace eng {

namespace {

// The closure's variables: the state array's elements.
enum Slot {
    S_PROMISE,       // the promise Array.fromAsync returned
    S_TARGET,        // A
    S_ITEMS,         // the iterator (or the wrapper of a sync one), or the array-like
    S_NEXT,          // the async iterator's next method
    S_MAPFN,         // undefined: no mapping
    S_THIS_ARG,
    S_K,
    S_LEN,           // the array-like's length; undefined when iterating
    S_PHASE,         // which Await the closure is suspended at
    S_ON_FULFILLED,  // the bound functions an Await subscribes
    S_ON_REJECTED,
    S_ERROR,         // the error AsyncIteratorClose rethrows
    S__COUNT
};

enum Phase {
    PH_NEXT,       // Await(next())
    PH_MAP,        // Await(mapfn(value, k))
    PH_CLOSE,      // AsyncIteratorClose's Await(return())
    PH_ITEM,       // array-like: Await(arrayLike[k])
    PH_ITEM_MAP    // array-like: Await(mapfn(kValue, k))
};

Value slot(Value state, Slot s) { return asObject(state)->elems[s]; }
Status setSlot(Heap &h, Value state, Slot s, Value v) { return setElement(h, asObject(state), s, v); }

double counter(Value state) { return numberOf(slot(state, S_K)); }

// IfAbruptRejectPromise: the pending error rejects the promise (a stop
// stays an error).
Status rejectWithPending(Heap &h, Value state) {
    Value e;
    if (!takeThrown(h, &e)) return Status::Error;
    LocalRoot re(h, e);
    JSPromise *p = asPromise(slot(state, S_PROMISE));
    // The closure is over: its functions need no longer hold the state.
    ENG_TRY(setSlot(h, state, S_ON_FULFILLED, Value::undefined()));
    ENG_TRY(setSlot(h, state, S_ON_REJECTED, Value::undefined()));
    rejectPromise(h, p, re.value);
    return Status::Ok;
}

Status resolveWithTarget(Heap &h, Value state) {
    ENG_TRY(setSlot(h, state, S_ON_FULFILLED, Value::undefined()));
    ENG_TRY(setSlot(h, state, S_ON_REJECTED, Value::undefined()));
    return resolvePromise(h, asPromise(slot(state, S_PROMISE)), slot(state, S_TARGET));
}

// A function of length 1 that calls the internal entry `which` (0: on
// fulfilled, 1: on rejected) with the state as this.
Status continuation(Heap &h, Value state, uint32_t which, Value *out) {
    JSObject *target;
    ENG_TRY(lightFuncObject(h, ENG_FLASH_METHOD(FLASH_METHODS_ARRAY_FROM_ASYNC_INTERNAL, which), &target));
    LocalRoot rt(h, Value::pointer(target));
    JSBound *f = static_cast<JSBound *>(newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Bound, sizeof(JSBound)));
    if (!f) return Status::Error;
    rcInit(f->target, target);
    rcInit(f->boundThis, state);
    rcInit(f->name, atom(h, ATOM_empty));
    f->length = 1;
    f->argCount = 0;
    *out = Value::pointer(f);
    return Status::Ok;
}

// Await(v) at phase: the closure goes on in a job once v settles.
Status await(Heap &h, Value state, Value v, Phase phase) {
    LocalRoot rv(h, v);
    ENG_TRY(setSlot(h, state, S_PHASE, Value::smallInt(phase)));
    if (slot(state, S_ON_FULFILLED).isUndefined()) {
        LocalRoot f(h), r(h);
        ENG_TRY(continuation(h, state, 0, &f.value));
        ENG_TRY(continuation(h, state, 1, &r.value));
        ENG_TRY(setSlot(h, state, S_ON_FULFILLED, f.value));
        ENG_TRY(setSlot(h, state, S_ON_REJECTED, r.value));
    }
    JSObject *ctor = builtinCtor(h, PROTO_PROMISE);
    if (!ctor) return Status::Error;
    LocalRoot promise(h);
    ENG_TRY(promiseResolveWith(h, Value::pointer(ctor), rv.value, &promise.value));
    JSPromiseRecord *reaction = newPromiseRecord(h, RECORD_REACTION);
    if (!reaction) return Status::Error;
    LocalRoot rr(h, Value::pointer(reaction));
    rcStore(h, reaction->onFulfilled, slot(state, S_ON_FULFILLED));
    rcStore(h, reaction->onRejected, slot(state, S_ON_REJECTED));
    promiseAddReaction(h, asPromise(promise.value), reaction);
    return Status::Ok;
}

// AsyncIteratorClose(iterator, the pending throw completion): return() is
// called and its result awaited (PH_CLOSE), its own errors dropped; the
// pending error then rejects the promise.
Status closeWithPending(Heap &h, Value state) {
    Value e;
    if (!takeThrown(h, &e)) return Status::Error;
    LocalRoot re(h, e);
    ENG_TRY(setSlot(h, state, S_ERROR, re.value));
    LocalRoot iter(h, slot(state, S_ITEMS)), result(h);
    Status st;
    if (JSPromiseRecord *w = asFromSync(iter.value)) {
        st = asyncFromSyncCall(h, w, GEN_RETURN, false, Value::undefined(), &result.value);
    } else {
        Value ret;
        st = getValueProperty(h, iter.value, Value::pointer(atom(h, ATOM_return_)), &ret);
        if (st == Status::Ok && ret.isNullish()) return throwValue(h, re.value);
        if (st == Status::Ok && !isCallable(ret)) st = Status::Error;
        if (st == Status::Ok) st = callValue(h, ret, iter.value, nullptr, 0, &result.value);
    }
    if (st == Status::Ok) st = await(h, state, result.value, PH_CLOSE);
    if (st == Status::Ok) return Status::Ok;
    Value dropped;
    if (!takeThrown(h, &dropped)) return Status::Error;
    return throwValue(h, re.value);
}

// The iteration's next step: Await(next()).
Status stepIterator(Heap &h, Value state) {
    if (counter(state) >= MAX_LENGTH) {
        (void)lengthTooLarge(h);
        return closeWithPending(h, state);
    }
    LocalRoot result(h);
    if (JSPromiseRecord *w = asFromSync(slot(state, S_ITEMS))) {
        ENG_TRY(asyncFromSyncCall(h, w, GEN_NEXT, false, Value::undefined(), &result.value));
    } else {
        ENG_TRY(callValue(h, slot(state, S_NEXT), slot(state, S_ITEMS), nullptr, 0, &result.value));
    }
    return await(h, state, result.value, PH_NEXT);
}

// The array-like's next element, awaited, or the end.
Status stepArrayLike(Heap &h, Value state) {
    double k = counter(state), len = numberOf(slot(state, S_LEN));
    if (k >= len) {
        ENG_TRY(setLength(h, slot(state, S_TARGET), len));
        return resolveWithTarget(h, state);
    }
    LocalRoot v(h);
    ENG_TRY(getAt(h, slot(state, S_ITEMS), k, &v.value));
    return await(h, state, v.value, PH_ITEM);
}

// mapfn.call(thisArg, v, k).
Status callMapper(Heap &h, Value state, Value v, Value *out) {
    LocalRoot rv(h, v);
    Value args[2] = {v, Value::undefined()};
    ENG_TRY(makeNumber(h, counter(state), &args[1]));
    args[0] = rv.value;
    LocalRoot rk(h, args[1]);
    return callValue(h, slot(state, S_MAPFN), slot(state, S_THIS_ARG), args, 2, out);
}

// CreateDataPropertyOrThrow(A, k, v), then k + 1.
Status defineNext(Heap &h, Value state, Value v) {
    double k = counter(state);
    ENG_TRY(createDataAt(h, slot(state, S_TARGET), k, v));
    Value next;
    ENG_TRY(makeNumber(h, k + 1, &next));
    return setSlot(h, state, S_K, next);
}

// The closure from the Await it is suspended at, given how it settled.
Status resume(Heap &h, Value state, bool rejected, Value value) {
    LocalRoot rv(h, value);
    Phase phase = static_cast<Phase>(slot(state, S_PHASE).asSmallInt());
    bool mapping = !slot(state, S_MAPFN).isUndefined();
    switch (phase) {
    case PH_NEXT: {
        if (rejected) return throwValue(h, rv.value);
        if (!isObjectType(rv.value)) return throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
        Value d;
        ENG_TRY(getValueProperty(h, rv.value, Value::pointer(atom(h, ATOM_done)), &d));
        if (toBoolean(d)) {
            ENG_TRY(setLength(h, slot(state, S_TARGET), counter(state)));
            return resolveWithTarget(h, state);
        }
        ENG_TRY(getValueProperty(h, rv.value, Value::pointer(atom(h, ATOM_value)), &rv.value));
        if (mapping) {
            LocalRoot mapped(h);
            if (callMapper(h, state, rv.value, &mapped.value) != Status::Ok ||
                await(h, state, mapped.value, PH_MAP) != Status::Ok)
                return closeWithPending(h, state);
            return Status::Ok;
        }
        break;
    }
    case PH_MAP:
        if (rejected) {
            (void)throwValue(h, rv.value);
            return closeWithPending(h, state);
        }
        break;
    case PH_CLOSE:
        return throwValue(h, slot(state, S_ERROR));
    case PH_ITEM:
        if (rejected) return throwValue(h, rv.value);
        if (mapping) {
            LocalRoot mapped(h);
            ENG_TRY(callMapper(h, state, rv.value, &mapped.value));
            return await(h, state, mapped.value, PH_ITEM_MAP);
        }
        ENG_TRY(defineNext(h, state, rv.value));
        return stepArrayLike(h, state);
    case PH_ITEM_MAP:
        if (rejected) return throwValue(h, rv.value);
        ENG_TRY(defineNext(h, state, rv.value));
        return stepArrayLike(h, state);
    }
    // An iterator's value (mapped): defined, then the next step.
    if (defineNext(h, state, rv.value) != Status::Ok) return closeWithPending(h, state);
    return stepIterator(h, state);
}

// The internal functions (entries of arrayFromAsyncInternalMethods; magic
// 1: the awaited promise was rejected).
Status settled(NativeCall &c) {
    Heap &h = c.heap;
    LocalRoot state(h, c.thisValue());
    if (resume(h, state.value, c.magic != 0, c.arg(0)) != Status::Ok) return rejectWithPending(h, state.value);
    return Status::Ok;
}

// A: new C(...args) when this is a constructor, else a new Array.
Status makeTarget(Heap &h, Value state, Value ctor, bool withLength, double length) {
    Value r;
    if (isConstructor(ctor)) {
        LocalRoot rc(h, ctor);
        Value n;
        ENG_TRY(makeNumber(h, length, &n));
        ENG_TRY(constructValue(h, rc.value, &n, withLength ? 1 : 0, &r));
    } else {
        ENG_TRY(arrayCreate(h, withLength ? length : 0, &r));
    }
    return setSlot(h, state, S_TARGET, r);
}

// The closure's steps up to its first Await.
Status start(Heap &h, Value state, Value ctor, Value items) {
    LocalRoot rc(h, ctor), ri(h, items);
    Value mapfn = slot(state, S_MAPFN);
    if (!mapfn.isUndefined() && !isCallable(mapfn)) return notFunction(h, mapfn);
    if (items.isNullish()) {
        char what[64];
        describeValue(h, items, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not iterable nor array-like", what);
    }
    LocalRoot method(h);
    ENG_TRY(getSymbolMethod(h, ri.value, WKS_asyncIterator, &method.value));
    bool async = !method.value.isUndefined();
    if (!async) ENG_TRY(getSymbolMethod(h, ri.value, WKS_iterator, &method.value));
    if (!method.value.isUndefined()) {
        LocalRoot iter(h), next(h);
        ENG_TRY(callValue(h, method.value, ri.value, nullptr, 0, &iter.value));
        if (!isObjectType(iter.value))
            return throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.%s method is not an object",
                              async ? "asyncIterator" : "iterator");
        ENG_TRY(getValueProperty(h, iter.value, Value::pointer(atom(h, ATOM_next)), &next.value));
        if (!async) {
            // CreateAsyncFromSyncIterator (vm/async_iteration.h's wrapper).
            JSPromiseRecord *w = newPromiseRecord(h, RECORD_ASYNC_FROM_SYNC);
            if (!w) return Status::Error;
            rcInit(w->onFulfilled, iter.value);
            rcInit(w->onRejected, isCallable(next.value) ? next.value : Value::null());
            iter.value = Value::pointer(w);
            next.value = Value::undefined();
        }
        ENG_TRY(setSlot(h, state, S_ITEMS, iter.value));
        ENG_TRY(setSlot(h, state, S_NEXT, next.value));
        ENG_TRY(makeTarget(h, state, rc.value, false, 0));
        return stepIterator(h, state);
    }
    JSObject *arrayLike;
    ENG_TRY(toObject(h, ri.value, &arrayLike));
    ENG_TRY(setSlot(h, state, S_ITEMS, Value::pointer(arrayLike)));
    double len;
    ENG_TRY(lengthOf(h, slot(state, S_ITEMS), &len));
    Value n;
    ENG_TRY(makeNumber(h, len, &n));
    ENG_TRY(setSlot(h, state, S_LEN, n));
    ENG_TRY(makeTarget(h, state, rc.value, true, len));
    return stepArrayLike(h, state);
}

}  // namespace

// Array.fromAsync(asyncItems [, mapfn [, thisArg]]).
Status arrayFromAsync(NativeCall &c) {
    Heap &h = c.heap;
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    c.setResult(Value::pointer(p));
    JSArray *a = newArray(h, S__COUNT);
    if (!a) return Status::Error;
    LocalRoot state(h, Value::pointer(a));
    for (uint32_t i = 0; i < S__COUNT; i++) ENG_TRY(setElement(h, a, i, Value::undefined()));
    ENG_TRY(setSlot(h, state.value, S_PROMISE, c.result()));
    ENG_TRY(setSlot(h, state.value, S_MAPFN, c.arg(1)));
    ENG_TRY(setSlot(h, state.value, S_THIS_ARG, c.arg(2)));
    ENG_TRY(setSlot(h, state.value, S_K, Value::smallInt(0)));
    if (start(h, state.value, c.thisValue(), c.arg(0)) != Status::Ok) return rejectWithPending(h, state.value);
    return Status::Ok;
}

extern const MethodSpec arrayFromAsyncInternalMethods[];
const MethodSpec arrayFromAsyncInternalMethods[] = {{"", settled, 1, 0}, {"", settled, 1, 1}};

}  // namespace eng

#endif
