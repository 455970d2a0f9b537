// Async generators: the request queue and the steps of ES2024 27.6.3
// (vm/async_generator.h).
#include "config.h"

#if ENG_ASYNC_GENERATORS

#include "vm/async_generator.h"

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/c_stack.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frames.h"
#include "vm/async_iteration.h"
#include "vm/convert.h"
#include "vm/promise.h"

namespace eng {

namespace {

inline JSGenerator *frameObject(Heap &h, uint32_t fi) {
    return static_cast<JSGenerator *>(asObject(h.stack[h.frames[fi].base - 2]));
}

inline JSPromiseRecord *queueHead(JSGenerator *g) {
    return g->promise.isUndefined() ? nullptr : static_cast<JSPromiseRecord *>(asObject(g->promise));
}

// AsyncGeneratorEnqueue: a request at the end of g's queue.
Status enqueue(Heap &h, JSGenerator *g, uint8_t mode, Value value, JSPromise *p) {
    LocalRoot rg(h, Value::pointer(g)), rv(h, value), rp(h, Value::pointer(p));
    JSPromiseRecord *r = newPromiseRecord(h, RECORD_ASYNCGEN_REQUEST);
    if (!r) return Status::Error;
    g = static_cast<JSGenerator *>(asObject(rg.value));
    rcInit(r->promise, rp.value);
    rcInit(r->argument, rv.value);
    r->rejected = mode;
    JSPromiseRecord *tail = queueHead(g);
    if (!tail) {
        rcStore(h, g->promise, Value::pointer(r));
        return Status::Ok;
    }
    while (tail->next) tail = tail->next;
    rcInit(tail->next, r);
    return Status::Ok;
}

// AsyncGeneratorCompleteStep: the head request leaves the queue; its
// promise rejects with value (a throw) or fulfils with { value, done }.
Status completeStep(Heap &h, JSGenerator *g, bool isThrow, Value value, bool done) {
    JSPromiseRecord *r = queueHead(g);
    if (!r) return Status::Ok;
    LocalRoot rr(h, Value::pointer(r)), rv(h, value);
    rcStore(h, g->promise, r->next ? Value::pointer(r->next) : Value::undefined());
    rcStore(h, r->next, static_cast<JSPromiseRecord *>(nullptr));
    JSPromise *p = asPromise(r->promise);
    if (isThrow) {
        rejectPromise(h, p, rv.value);
        return Status::Ok;
    }
    Value result;
    ENG_TRY(makeIterResult(h, rv.value, done, &result));
    r = static_cast<JSPromiseRecord *>(asObject(rr.value));
    return resolvePromise(h, asPromise(r->promise), result);
}

Status drainQueue(Heap &h, JSGenerator *g);

// AsyncGeneratorAwaitReturn: the head request is a return; its value is
// awaited, and the reaction's job completes the generator.
Status awaitReturn(Heap &h, JSGenerator *g) {
    LocalRoot rg(h, Value::pointer(g));
    JSObject *ctor = builtinCtor(h, PROTO_PROMISE);
    if (!ctor) return Status::Error;
    Value awaited;
    g = static_cast<JSGenerator *>(asObject(rg.value));
    if (promiseResolveWith(h, Value::pointer(ctor), queueHead(g)->argument, &awaited) != Status::Ok) {
        Value e;
        if (!takeThrown(h, &e)) return Status::Error;
        LocalRoot re(h, e);
        g = static_cast<JSGenerator *>(asObject(rg.value));
        g->state = GEN_COMPLETED;
        ENG_TRY(completeStep(h, g, true, re.value, true));
        return drainQueue(h, static_cast<JSGenerator *>(asObject(rg.value)));
    }
    LocalRoot ra(h, awaited);
    JSPromiseRecord *r = newPromiseRecord(h, RECORD_ASYNCGEN_RETURN);
    if (!r) return Status::Error;
    rcInit(r->promise, rg.value);
    LocalRoot rr(h, Value::pointer(r));
    promiseAddReaction(h, asPromise(ra.value), r);
    return Status::Ok;
}

// AsyncGeneratorDrainQueue: g is completed; what is queued completes at
// once, but a return awaits its value first.
Status drainQueue(Heap &h, JSGenerator *g) {
    LocalRoot rg(h, Value::pointer(g));
    while (JSPromiseRecord *r = queueHead(g)) {
        if (r->rejected == GEN_RETURN) {
            g->state = GEN_AWAITING_RETURN;
            return awaitReturn(h, g);
        }
        bool isThrow = r->rejected == GEN_THROW;
        ENG_TRY(completeStep(h, g, isThrow, isThrow ? r->argument : Value::undefined(), true));
        g = static_cast<JSGenerator *>(asObject(rg.value));
    }
    return Status::Ok;
}

// The body ended (normally or with an error): completed, settle, drain.
Status finishBody(Heap &h, JSGenerator *g, bool isThrow, Value value) {
    LocalRoot rg(h, Value::pointer(g));
    g->state = GEN_COMPLETED;
    ENG_TRY(completeStep(h, g, isThrow, value, true));
    return drainQueue(h, static_cast<JSGenerator *>(asObject(rg.value)));
}

// AsyncGeneratorResume: g's frame runs again with the completion (mode,
// value) in one nested executor, until it awaits, yields or ends.
Status resume(Heap &h, JSGenerator *g, uint8_t mode, Value value) {
    if (h.nativeDepth >= ENG_PORT_NATIVE_DEPTH_LIMIT)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    ENG_TRY(ENG_CHECK_C_STACK(h));
    uint32_t slot = h.stackTop;
    LocalRoot rg(h, Value::pointer(g)), rv(h, value);
    ENG_TRY(ensureStack(h, 2));
    ENG_TRY(generatorResumeFrame(h, slot, static_cast<JSGenerator *>(asObject(rg.value)), rv.value, mode, FRAME_ENTRY));
    h.nativeDepth++;
    Status st = execute(h, h.frameCount - 1);
    h.nativeDepth--;
    h.stackTop = slot;
    return st;
}

}  // namespace

JSGenerator *asAsyncGenerator(Value v) {
    JSGenerator *g = asGenerator(v);
    return g && isAsyncGeneratorFlags(g->func->tmpl->header->flags) ? g : nullptr;
}

int asyncGeneratorYield(Heap &h, uint32_t fi, uint32_t valueReg, const Instr *resumePc, uint32_t resumeReg) {
    uint32_t base = h.frames[fi].base;
    JSGenerator *g = frameObject(h, fi);
    if (completeStep(h, g, false, h.stack[base + valueReg], false) != Status::Ok) return -1;
    base = h.frames[fi].base;
    g = frameObject(h, fi);
    if (JSPromiseRecord *next = queueHead(g)) {
        // A request was waiting: the generator goes on without suspending.
        h.stack[base + resumeReg] = next->argument;
        h.stack[base + resumeReg + 1] = Value::smallInt(next->rejected);
        return 0;
    }
    if (generatorSuspend(h, fi, Value::undefined(), resumePc, resumeReg) != Status::Ok) return -1;
    h.stack[h.frames[fi].base - 2] = Value::undefined();
    return 1;
}

Value asyncGeneratorReturned(Heap &h, uint32_t fi, Value value) {
    if (finishBody(h, frameObject(h, fi), false, value) != Status::Ok) return Value::empty();
    return Value::undefined();
}

Status asyncGeneratorThrew(Heap &h, uint32_t fi, Value e) { return finishBody(h, frameObject(h, fi), true, e); }

Status asyncGeneratorReturnJob(Heap &h, Value gv, bool rejected, Value v) {
    JSGenerator *g = asAsyncGenerator(gv);
    if (!g || g->state != GEN_AWAITING_RETURN) return Status::Ok;
    return finishBody(h, g, rejected, v);
}

namespace {

// What R[a+3] holds besides a GeneratorMode while DELEGATE's result is
// awaited: the iterator is being closed for a throw it has no method for
// (then a TypeError), or a return's value with no return method.
constexpr int32_t DELEGATE_CLOSING = 8;
constexpr int32_t DELEGATE_RETURNING = 9;

Status getNamed(Heap &h, Value base, Atom name, Value *out) {
    return getValueProperty(h, base, Value::pointer(atom(h, name)), out);
}

Status delegateStepOf(Heap &h, uint32_t base, uint32_t a, bool *call) {
    Value *R = h.stack + base;
    int32_t mode = R[a + 3].isSmallInt() ? R[a + 3].asSmallInt() : static_cast<int32_t>(GEN_NEXT);
    if (JSPromiseRecord *w = asFromSync(R[a])) {
        Value p;
        ENG_TRY(asyncFromSyncCall(h, w, static_cast<uint8_t>(mode), true, R[a + 2], &p));
        h.stack[base + a + 4] = p;
        return Status::Ok;
    }
    Value method = R[a + 1];  // next, read once by GetIterator
    if (mode != GEN_NEXT) {
        ENG_TRY(getNamed(h, R[a], mode == GEN_THROW ? ATOM_throw_ : ATOM_return_, &method));
        R = h.stack + base;
        if (method.isNullish() && mode == GEN_RETURN) {
            // Await(received value), then return it.
            R[a + 4] = R[a + 2];
            R[a + 3] = Value::smallInt(DELEGATE_RETURNING);
            return Status::Ok;
        }
        if (method.isNullish()) {
            // No throw method: AsyncIteratorClose, then a TypeError.
            Value ret, result;
            ENG_TRY(getNamed(h, R[a], ATOM_return_, &ret));
            if (ret.isNullish()) return throwError(h, PROTO_TYPE_ERROR, "The iterator does not provide a 'throw' method");
            if (!isCallable(ret)) return throwError(h, PROTO_TYPE_ERROR, "The iterator's return is not a function");
            ENG_TRY(callValue(h, ret, h.stack[base + a], nullptr, 0, &result));
            R = h.stack + base;
            R[a + 4] = result;
            R[a + 3] = Value::smallInt(DELEGATE_CLOSING);
            return Status::Ok;
        }
    }
    R[a + 4] = method;
    R[a + 5] = R[a];
    R[a + 6] = R[a + 2];
    *call = true;
    return Status::Ok;
}

}  // namespace

int asyncDelegateStep(Heap &h, uint32_t fi, uint32_t a, uint32_t c) {
    uint32_t base = h.frames[fi].base;
    Value *R = h.stack + base;
    if (c == 2) return R[a + 3] == Value::smallInt(GEN_RETURN) ? 0 : 3;
    if (c == 3) {
        // The received return's value, awaited: a rejection is thrown into the inner iterator.
        R[a + 2] = R[a + 4];
        R[a + 3] = Value::smallInt(R[a + 5] == Value::smallInt(GEN_THROW) ? GEN_THROW : GEN_RETURN);
        return 0;
    }
    bool call = false;
    if (delegateStepOf(h, base, a, &call) != Status::Ok) return -1;
    return call ? 1 : 0;
}

int asyncDelegateResult(Heap &h, uint32_t fi, uint32_t a, const Instr *resumePc) {
    uint32_t base = h.frames[fi].base;
    Value *R = h.stack + base;
    Value r = R[a + 4];
    if (R[a + 3] == Value::smallInt(DELEGATE_RETURNING)) {
        R[a + 2] = r;
        return 2;
    }
    if (!isObjectType(r)) {
        char what[64];
        describeValue(h, r, what, sizeof what);
        (void)throwError(h, PROTO_TYPE_ERROR, "Iterator result %s is not an object", what);
        return -1;
    }
    if (R[a + 3] == Value::smallInt(DELEGATE_CLOSING)) {
        (void)throwError(h, PROTO_TYPE_ERROR, "The iterator does not provide a 'throw' method");
        return -1;
    }
    Value d, v;
    if (getNamed(h, r, ATOM_done, &d) != Status::Ok) return -1;
    bool done = toBoolean(d);
    if (getNamed(h, h.stack[base + a + 4], ATOM_value, &v) != Status::Ok) return -1;
    R = h.stack + base;
    R[a + 2] = v;
    if (done) return R[a + 3] == Value::smallInt(GEN_RETURN) ? 2 : 1;
    // AsyncGeneratorYield(value), without the await a plain yield has.
    int suspended = asyncGeneratorYield(h, fi, a + 2, resumePc, a + 2);
    return suspended < 0 ? -1 : suspended > 0 ? 0 : 3;
}

// AsyncGenerator.prototype.next / return / throw (ES2024 27.6.1.2-4).
Status asyncGeneratorMethod(NativeCall &c) {
    Heap &h = c.heap;
    uint8_t mode = static_cast<uint8_t>(c.magic);
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    c.setResult(Value::pointer(p));  // rooted in the result slot from here
    JSGenerator *g = asAsyncGenerator(c.thisValue());
    if (!g) {
        // AsyncGeneratorValidate's TypeError rejects the promise.
        (void)throwError(h, PROTO_TYPE_ERROR, "AsyncGenerator.prototype.%s called on an incompatible receiver",
                         mode == GEN_NEXT ? "next" : mode == GEN_THROW ? "throw" : "return");
        Value e;
        if (!takeThrown(h, &e)) return Status::Error;
        rejectPromise(h, p, e);
        return Status::Ok;
    }
    Value v = c.arg(0);
    uint8_t state = g->state;
    if (mode == GEN_NEXT && state == GEN_COMPLETED) {
        Value result;
        ENG_TRY(makeIterResult(h, Value::undefined(), true, &result));
        return resolvePromise(h, asPromise(c.result()), result);
    }
    if (mode == GEN_THROW && (state == GEN_SUSPENDED_START || state == GEN_COMPLETED)) {
        g->state = GEN_COMPLETED;
        rejectPromise(h, p, v);
        return Status::Ok;
    }
    ENG_TRY(enqueue(h, g, mode, v, p));
    g = asAsyncGenerator(c.thisValue());
    if (mode == GEN_RETURN && (state == GEN_SUSPENDED_START || state == GEN_COMPLETED)) {
        g->state = GEN_AWAITING_RETURN;
        return awaitReturn(h, g);
    }
    if (state == GEN_SUSPENDED_START || state == GEN_SUSPENDED_YIELD) return resume(h, g, mode, c.arg(0));
    return Status::Ok;  // executing or awaiting a return: the request waits its turn
}

}  // namespace eng

#endif
