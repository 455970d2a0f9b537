// for await and the wrapped sync iterators (vm/async_iteration.h).
#include "config.h"

#if ENG_ASYNC_GENERATORS

#include "vm/async_iteration.h"

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "vm/interrupt.h"
#include "vm/literal_ops.h"
#include "vm/promise.h"

namespace eng {

JSPromiseRecord *asFromSync(Value v) {
    if (!isObject(v) || asObject(v)->cls() != ObjectClass::PromiseRecord) return nullptr;
    JSPromiseRecord *r = static_cast<JSPromiseRecord *>(asObject(v));
    return r->kind == RECORD_ASYNC_FROM_SYNC ? r : nullptr;
}

namespace {

Status notAFunction(Heap &h, Value v) {
    char what[64];
    describeValue(h, v, what, sizeof what);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", what);
}

// IfAbruptRejectPromise: the pending error rejects p (a stop stays an error).
Status rejectWithPending(Heap &h, JSPromise *p) {
    LocalRoot rp(h, Value::pointer(p));
    Value e;
    if (!takeThrown(h, &e)) return Status::Error;
    rejectPromise(h, p, e);
    return Status::Ok;
}

// AsyncFromSyncIteratorContinuation once done and value are read: p
// settles with { value: await value, done } (a rejection passes through).
Status continuation(Heap &h, JSPromise *p, Value value, bool done) {
    LocalRoot rp(h, Value::pointer(p));
    JSObject *ctor = builtinCtor(h, PROTO_PROMISE);
    if (!ctor) return Status::Error;
    Value wrapper;
    if (promiseResolveWith(h, Value::pointer(ctor), value, &wrapper) != Status::Ok)
        return rejectWithPending(h, static_cast<JSPromise *>(asObject(rp.value)));
    LocalRoot rw(h, wrapper);
    JSPromiseRecord *r = newPromiseRecord(h, RECORD_FROM_SYNC_UNWRAP);
    if (!r) return Status::Error;
    rcInit(r->promise, rp.value);
    r->resolve = Value::boolean(done);
    LocalRoot rr(h, Value::pointer(r));
    promiseAddReaction(h, asPromise(rw.value), r);
    return Status::Ok;
}

// AsyncFromSyncIteratorContinuation of a sync method's result.
Status continueWithResult(Heap &h, JSPromise *p, Value result) {
    LocalRoot rp(h, Value::pointer(p)), rr(h, result);
    if (!isObjectType(result)) {
        (void)throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
        return rejectWithPending(h, p);
    }
    Value d, v;
    if (getValueProperty(h, rr.value, Value::pointer(atom(h, ATOM_done)), &d) != Status::Ok)
        return rejectWithPending(h, static_cast<JSPromise *>(asObject(rp.value)));
    bool done = toBoolean(d);
    if (getValueProperty(h, rr.value, Value::pointer(atom(h, ATOM_value)), &v) != Status::Ok)
        return rejectWithPending(h, static_cast<JSPromise *>(asObject(rp.value)));
    return continuation(h, static_cast<JSPromise *>(asObject(rp.value)), v, done);
}

}  // namespace

// %AsyncFromSyncIteratorPrototype%.next, return and throw (ES2024
// 27.1.4.2) of the wrapper w: *out is the promise they return.
Status asyncFromSyncCall(Heap &h, JSPromiseRecord *w, uint8_t mode, bool hasValue, Value value, Value *out) {
    LocalRoot rw(h, Value::pointer(w)), rv(h, value);
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    LocalRoot rp(h, Value::pointer(p));
    *out = rp.value;
    w = static_cast<JSPromiseRecord *>(asObject(rw.value));
    LocalRoot iter(h, w->onFulfilled), state(h, w->onRejected);
    // The built-in array and string iterators (the fast path's small
    // integer state) ignore next's argument and have no return or throw.
    bool builtIn = state.value.isSmallInt();
    if (mode == GEN_NEXT && (builtIn || !hasValue || !isCallable(state.value))) {
        Value v;
        bool done;
        Status st = iterationNext(h, &iter.value, &state.value, &v, &done);
        w = static_cast<JSPromiseRecord *>(asObject(rw.value));
        rcStore(h, w->onRejected, state.value);
        if (st != Status::Ok) return rejectWithPending(h, p);
        return continuation(h, p, v, done);
    }
    Value method = state.value, result;
    if (mode != GEN_NEXT) {
        method = Value::undefined();
        if (!builtIn && getValueProperty(h, iter.value, Value::pointer(atom(h, mode == GEN_RETURN ? ATOM_return_ : ATOM_throw_)),
                                         &method) != Status::Ok)
            return rejectWithPending(h, p);
        if (method.isNullish()) {
            if (mode == GEN_THROW) {  // ES2024: the value rejects (ES2025 closes the iterator first)
                rejectPromise(h, p, rv.value);
                return Status::Ok;
            }
            ENG_TRY(makeIterResult(h, rv.value, true, &result));
            return resolvePromise(h, asPromise(rp.value), result);
        }
        if (!isCallable(method)) {
            (void)notAFunction(h, method);
            return rejectWithPending(h, p);
        }
    }
    if (callValue(h, method, iter.value, &rv.value, hasValue ? 1 : 0, &result) != Status::Ok)
        return rejectWithPending(h, asPromise(rp.value));
    return continueWithResult(h, asPromise(rp.value), result);
}

namespace {

// An error of AsyncIteratorClose before its await: dropped for a throw
// completion (1: nothing to await), else thrown (-1).
int closeError(Heap &h, bool throwing) {
    if (!throwing || interrupted(h)) return -1;
    h.pending = Value::undefined();
    h.hasPending = false;
    return 1;
}

}  // namespace

Status asyncIterationOpen(Heap &h, Value iterable, Value *iter, Value *state) {
    *iter = iterable;
    *state = Value::undefined();
    LocalRoot ri(h, iterable);
    Value method = Value::undefined();
    if (!iterable.isNullish())
        ENG_TRY(getValueProperty(h, iterable, Value::pointer(wellKnownSymbol(WKS_asyncIterator)), &method));
    if (method.isNullish()) {
        // CreateAsyncFromSyncIterator(GetIterator(iterable, sync)).
        LocalRoot si(h), ss(h);
        ENG_TRY(iterationOpen(h, ri.value, &si.value, &ss.value));
        JSPromiseRecord *w = newPromiseRecord(h, RECORD_ASYNC_FROM_SYNC);
        if (!w) return Status::Error;
        rcInit(w->onFulfilled, si.value);
        rcInit(w->onRejected, ss.value);
        *iter = Value::pointer(w);
        *state = Value::boolean(true);
        return Status::Ok;
    }
    if (!isCallable(method)) return notAFunction(h, method);
    Value it;
    ENG_TRY(callValue(h, method, ri.value, nullptr, 0, &it));
    if (!isObjectType(it)) return throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.asyncIterator method is not an object");
    *iter = it;  // rooted by the caller from here on
    return getValueProperty(h, it, Value::pointer(atom(h, ATOM_next)), state);
}

Status asyncIterationOp(Heap &h, uint32_t base, Instr ins) {
    uint32_t a = instrA(ins), b = instrB(ins), c = instrC(ins);
    Value *R = h.stack + base;
    if (instrOp(ins) == OP_AITERNEXT) {
        R[c] = Value::boolean(true);  // an error of this step leaves the iterator open
        Value result;
        if (JSPromiseRecord *w = asFromSync(R[b])) {
            ENG_TRY(asyncFromSyncCall(h, w, GEN_NEXT, false, Value::undefined(), &result));
        } else {
            if (!isCallable(R[b + 1])) return notAFunction(h, R[b + 1]);
            ENG_TRY(callValue(h, R[b + 1], R[b], nullptr, 0, &result));
        }
        h.stack[base + a] = result;
        return Status::Ok;
    }
    // AITERRESULT
    Value r = R[b];
    if (!isObjectType(r)) {
        char what[64];
        describeValue(h, r, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "Iterator result %s is not an object", what);
    }
    Value d;
    ENG_TRY(getValueProperty(h, r, Value::pointer(atom(h, ATOM_done)), &d));
    if (toBoolean(d)) return Status::Ok;  // R[c] stays true
    Value v;
    ENG_TRY(getValueProperty(h, h.stack[base + b], Value::pointer(atom(h, ATOM_value)), &v));
    R = h.stack + base;
    R[a] = v;
    R[c] = Value::boolean(false);
    return Status::Ok;
}

int asyncIterationClose(Heap &h, uint32_t base, uint32_t a, uint32_t b) {
    Value *R = h.stack + base;
    if (toBoolean(R[a + 2])) return 1;  // done: nothing to close
    bool throwing = R[b] == Value::smallInt(COMPLETION_THROW);
    Value result;
    if (JSPromiseRecord *w = asFromSync(R[a])) {
        // Its return method always exists and gives a promise.
        if (asyncFromSyncCall(h, w, GEN_RETURN, false, Value::undefined(), &result) != Status::Ok) return -1;
        h.stack[base + a] = result;
        return 0;
    }
    LocalRoot iter(h, R[a]);
    Value ret;
    if (getValueProperty(h, iter.value, Value::pointer(atom(h, ATOM_return_)), &ret) != Status::Ok)
        return closeError(h, throwing);
    if (ret.isNullish()) return 1;
    if (!isCallable(ret)) {
        (void)notAFunction(h, ret);
        return closeError(h, throwing);
    }
    if (callValue(h, ret, iter.value, nullptr, 0, &result) != Status::Ok) return closeError(h, throwing);
    h.stack[base + a] = result;
    return 0;
}

Status asyncIterationClosed(Heap &h, uint32_t base, uint32_t a, uint32_t b) {
    Value *R = h.stack + base;
    bool throwing = R[b] == Value::smallInt(COMPLETION_THROW);
    if (throwing) return Status::Ok;  // the loop's own error goes on (ENDFINALLY)
    if (R[a + 1] == Value::smallInt(GEN_THROW)) {
        h.pending = R[a];
        h.hasPending = true;
        return Status::Error;
    }
    if (!isObjectType(R[a])) return throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
    return Status::Ok;
}

Status asyncFromSyncUnwrapJob(Heap &h, JSPromiseRecord *job) {
    JSPromise *p = asPromise(job->promise);
    if (!p) return Status::Ok;
    if (job->rejected) {
        rejectPromise(h, p, job->argument);
        return Status::Ok;
    }
    LocalRoot rj(h, Value::pointer(job));
    Value result;
    ENG_TRY(makeIterResult(h, job->argument, job->resolve == Value::boolean(true), &result));
    job = static_cast<JSPromiseRecord *>(asObject(rj.value));
    return resolvePromise(h, asPromise(job->promise), result);
}

}  // namespace eng

#endif
