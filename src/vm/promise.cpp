// Promise internals and the job queue (vm/promise.h).
#include "vm/module.h"
#include "vm/promise.h"

#include "builtins/disposable.h"
#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "objects/weak_ref.h"
#include "vm/async.h"
#include "vm/async_generator.h"
#include "vm/async_iteration.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/lightfunc.h"

namespace eng {

// The thrown value, taken (true), unless the run was stopped: a stop is
// no JavaScript exception and must not turn into a rejection.
bool takeThrown(Heap &h, Value *e) {
    if (interrupted(h)) return false;
    *e = h.pending;
    h.pending = Value::undefined();
    h.hasPending = false;
    return true;
}

#if ENG_PROMISE

namespace {

bool isConstructor(Value v) { return isConstructorObject(v); }

// The records of p's reactions in the order they were added.
JSPromiseRecord *takeReactions(Heap &h, JSPromise *p) {
    JSPromiseRecord *list = p->reactions;
    p->reactions = nullptr;  // the count moves to the local list below
    JSPromiseRecord *ordered = nullptr;
    while (list) {
        JSPromiseRecord *next = list->next;
        list->next = ordered;  // counts stay: each node is still referenced once
        ordered = list;
        list = next;
    }
    (void)h;
    return ordered;
}

// TriggerPromiseReactions: each record becomes a job with the result.
void triggerReactions(Heap &h, JSPromise *p) {
    JSPromiseRecord *r = takeReactions(h, p);
    LocalRoot rr(h, Value::pointer(r));
    while (r) {
        JSPromiseRecord *next = r->next;
        rr.value = next ? Value::pointer(next) : Value();
        r->next = nullptr;  // the reference from the previous node (or the promise) moves to the queue
        rcInit(r->argument, p->result);
        r->rejected = p->state == PROMISE_REJECTED;
        enqueueJob(h, r);
        rcDec(h, r);  // the list's reference, now held by the queue
        r = next;
    }
}

// HostPromiseRejectionTracker: p goes on the list the next report looks at.
void trackRejection(Heap &h, JSPromise *p) {
    if (p->promiseFlags & PROMISE_TRACKED) return;
    p->promiseFlags |= PROMISE_TRACKED;
    // The head is an (uncounted) root; every other entry is held by the
    // counted link of the one before it.
    rcInit(p->nextTracked, h.rejectionsToReport);
    h.rejectionsToReport = p;
}

void settleWith(Heap &h, JSPromise *p, PromiseState state, Value v) {
    rcStore(h, p->result, v);
    p->state = state;
    if (state == PROMISE_REJECTED && !(p->promiseFlags & PROMISE_HANDLED)) trackRejection(h, p);
    triggerReactions(h, p);
}

}  // namespace

JSPromise *newPromise(Heap &h, JSObject *proto) {
    if (!proto) proto = builtinProto(h, PROTO_PROMISE);
    if (!proto) return nullptr;
    JSPromise *p = static_cast<JSPromise *>(newObjectOfSize(h, proto, ObjectClass::Promise, sizeof(JSPromise)));
    if (!p) return nullptr;
    p->result = Value::undefined();
    p->reactions = nullptr;
    p->nextTracked = nullptr;
    p->state = PROMISE_PENDING;
    p->promiseFlags = 0;
    return p;
}

JSPromiseRecord *newPromiseRecord(Heap &h, PromiseRecordKind kind) {
    JSPromiseRecord *r =
        static_cast<JSPromiseRecord *>(newObjectOfSize(h, nullptr, ObjectClass::PromiseRecord, sizeof(JSPromiseRecord)));
    if (!r) return nullptr;
    r->promise = r->resolve = r->reject = Value::undefined();
    r->onFulfilled = r->onRejected = r->argument = Value::undefined();
    r->next = nullptr;
    r->kind = kind;
    r->rejected = 0;
    return r;
}

void fulfillPromise(Heap &h, JSPromise *p, Value value) { settleWith(h, p, PROMISE_FULFILLED, value); }
void rejectPromise(Heap &h, JSPromise *p, Value reason) { settleWith(h, p, PROMISE_REJECTED, reason); }

Status resolvePromise(Heap &h, JSPromise *p, Value resolution) {
    LocalRoot rp(h, Value::pointer(p)), rv(h, resolution);
    if (resolution == Value::pointer(p)) {
        (void)throwError(h, PROTO_TYPE_ERROR, "Chaining cycle detected for promise");
        Value e;
        if (!takeThrown(h, &e)) return Status::Error;
        rejectPromise(h, static_cast<JSPromise *>(asObject(rp.value)), e);
        return Status::Ok;
    }
    if (!isObjectType(resolution)) {
        fulfillPromise(h, p, resolution);
        return Status::Ok;
    }
    Value then;
    if (getValuePropertyStr(h, resolution, atom(h, ATOM_then), &then) != Status::Ok) {
        Value e;
        if (!takeThrown(h, &e)) return Status::Error;
        rejectPromise(h, static_cast<JSPromise *>(asObject(rp.value)), e);
        return Status::Ok;
    }
    p = static_cast<JSPromise *>(asObject(rp.value));
    if (!isCallable(then)) {
        fulfillPromise(h, p, rv.value);
        return Status::Ok;
    }
    LocalRoot rt(h, then);
    JSPromiseRecord *job = newPromiseRecord(h, RECORD_THENABLE_JOB);
    if (!job) return Status::Error;
    rcInit(job->promise, rp.value);
    rcInit(job->onFulfilled, rv.value);
    rcInit(job->onRejected, rt.value);
    enqueueJob(h, job);
    return Status::Ok;
}

Status createResolvingFunctions(Heap &h, JSPromise *p, Value *resolve, Value *reject) {
    LocalRoot rp(h, Value::pointer(p));
    JSPromiseRecord *state = newPromiseRecord(h, RECORD_RESOLVING);
    if (!state) return Status::Error;
    rcInit(state->promise, rp.value);
    LocalRoot rs(h, Value::pointer(state));
    Value fns[2];
    LocalRoot r0(h), r1(h);
    for (int i = 0; i < 2; i++) {
        Value light = ENG_FLASH_METHOD(FLASH_METHODS_PROMISE_INTERNAL, i);
        JSObject *target;
        ENG_TRY(lightFuncObject(h, light, &target));
        JSBound *f = static_cast<JSBound *>(newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Bound, sizeof(JSBound)));
        if (!f) return Status::Error;
        rcInit(f->target, target);
        rcInit(f->boundThis, rs.value);
        rcInit(f->name, atom(h, ATOM_empty));
        f->length = 1;
        f->argCount = 0;
        fns[i] = Value::pointer(f);
        (i ? r1 : r0).value = fns[i];
    }
    *resolve = r0.value;
    *reject = r1.value;
    return Status::Ok;
}

void promiseAddReaction(Heap &h, JSPromise *p, JSPromiseRecord *r) {
    if (p->state == PROMISE_PENDING) {
        rcInit(r->next, p->reactions);
        rcDec(h, p->reactions);  // moved, not copied
        rcInc(r);
        p->reactions = r;
    } else {
        rcInit(r->argument, p->result);
        r->rejected = p->state == PROMISE_REJECTED;
        if (p->state == PROMISE_REJECTED && !(p->promiseFlags & PROMISE_HANDLED) && (p->promiseFlags & PROMISE_REPORTED)) {
            // HostPromiseRejectionTracker(p, "handle") after a report.
            p->promiseFlags |= PROMISE_HANDLED;
            trackRejection(h, p);
        }
        enqueueJob(h, r);
    }
    p->promiseFlags |= PROMISE_HANDLED;
}

Status newPromiseCapability(Heap &h, Value ctor, JSPromiseRecord **out) {
    if (!isConstructor(ctor)) {
        char what[64];
        describeValue(h, ctor, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a constructor", what);
    }
    LocalRoot rc(h, ctor);
    JSPromiseRecord *cap = newPromiseRecord(h, RECORD_CAPABILITY);
    if (!cap) return Status::Error;
    LocalRoot rcap(h, Value::pointer(cap));
    JSObject *intrinsic = builtinCtor(h, PROTO_PROMISE);
    if (!intrinsic) return Status::Error;
    if (ctor == Value::pointer(intrinsic)) {
        JSPromise *p = newPromise(h);
        if (!p) return Status::Error;
        rcInit(cap->promise, Value::pointer(p));
        *out = cap;
        return Status::Ok;
    }
    JSObject *target;
    ENG_TRY(lightFuncObject(h, ENG_FLASH_METHOD(FLASH_METHODS_PROMISE_INTERNAL, 2), &target));
    JSBound *executor =
        static_cast<JSBound *>(newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Bound, sizeof(JSBound)));
    if (!executor) return Status::Error;
    rcInit(executor->target, target);
    rcInit(executor->boundThis, rcap.value);
    rcInit(executor->name, atom(h, ATOM_empty));
    executor->length = 2;
    executor->argCount = 0;
    Value arg = Value::pointer(executor), promise;
    ENG_TRY(constructValue(h, rc.value, &arg, 1, &promise));
    cap = static_cast<JSPromiseRecord *>(asObject(rcap.value));
    if (!isCallable(cap->resolve)) return throwError(h, PROTO_TYPE_ERROR, "Promise resolve function is not callable");
    if (!isCallable(cap->reject)) return throwError(h, PROTO_TYPE_ERROR, "Promise reject function is not callable");
    rcStore(h, cap->promise, promise);
    *out = cap;
    return Status::Ok;
}

Status capabilitySettle(Heap &h, JSPromiseRecord *cap, bool reject, Value v) {
    if (cap->resolve.isUndefined()) {  // %Promise%'s own: settle directly
        JSPromise *p = asPromise(cap->promise);
        if (!p || p->state != PROMISE_PENDING) return Status::Ok;
        if (reject) {
            rejectPromise(h, p, v);
            return Status::Ok;
        }
        return resolvePromise(h, p, v);
    }
    Value ignored;
    return callValue(h, reject ? cap->reject : cap->resolve, Value::undefined(), &v, 1, &ignored);
}

Status promiseResolveWith(Heap &h, Value ctor, Value x, Value *out) {
    if (asPromise(x)) {
        LocalRoot rx(h, x), rc(h, ctor);
        Value xc;
        ENG_TRY(getValuePropertyStr(h, x, atom(h, ATOM_constructor), &xc));
        if (xc == rc.value) {
            *out = rx.value;
            return Status::Ok;
        }
        ctor = rc.value;
        x = rx.value;
    }
    LocalRoot rx(h, x);
    JSPromiseRecord *cap;
    ENG_TRY(newPromiseCapability(h, ctor, &cap));
    LocalRoot rcap(h, Value::pointer(cap));
    ENG_TRY(capabilitySettle(h, cap, false, rx.value));
    *out = static_cast<JSPromiseRecord *>(asObject(rcap.value))->promise;
    return Status::Ok;
}

void enqueueJob(Heap &h, JSPromiseRecord *job) {
    // The queue holds each node once: the head through the (uncounted)
    // root, every other node through its predecessor's counted next.
    if (h.jobTail) {
        rcInit(h.jobTail->next, job);
    } else {
        h.jobHead = job;
    }
    h.jobTail = job;
    if (h.jobQueuedHook) h.jobQueuedHook(h.jobQueuedUser);
}

namespace {

// A reaction job (27.2.2.1): the handler's result or error settles the
// derived capability.
Status runReaction(Heap &h, JSPromiseRecord *job) {
    bool rejected = job->rejected != 0;
    Value handler = rejected ? job->onRejected : job->onFulfilled;
    Value argument = job->argument;
    Value result = argument;
    bool throws = rejected;
    if (isCallable(handler)) {
        Status st = callValue(h, handler, Value::undefined(), &argument, 1, &result);
        throws = st != Status::Ok;
        if (throws && !takeThrown(h, &result)) return st;  // stopped: the queue stops too
    }
    if (job->promise.isUndefined() && job->resolve.isUndefined()) return Status::Ok;  // no capability
    return capabilitySettle(h, job, throws, result);
}

// NewPromiseResolveThenableJob (27.2.2.2).
Status runThenable(Heap &h, JSPromiseRecord *job) {
    JSPromise *p = asPromise(job->promise);
    Value fns[2];
    ENG_TRY(createResolvingFunctions(h, p, &fns[0], &fns[1]));
    LocalRoot r0(h, fns[0]), r1(h, fns[1]);
    Value ignored;
    Status st = callValue(h, job->onRejected, job->onFulfilled, fns, 2, &ignored);
    Value e;
    if (st == Status::Ok || !takeThrown(h, &e)) return st;
    return callValue(h, r1.value, Value::undefined(), &e, 1, &ignored);
}

}  // namespace

bool runOneJob(Heap &h, Status *status) {
    JSPromiseRecord *job = h.jobHead;
#if ENG_WEAK_REFS
    // Finalization cleanup jobs run once the promise jobs are done.
    if (!job) {
        bool ran = runFinalizationCleanup(h, status);
        clearKeptObjects(h);
        return ran;
    }
#else
    if (!job) return false;
#endif
    LocalRoot rj(h, Value::pointer(job));
    h.jobHead = job->next;  // the next node's count (from job) now stands for the root's hold
    if (!h.jobHead) h.jobTail = nullptr;
    job->next = nullptr;
    if (h.jobHead) rcDec(h, h.jobHead);  // roots are uncounted
    switch (job->kind) {
    case RECORD_THENABLE_JOB:
        *status = runThenable(h, job);
        break;
#if ENG_ASYNC_FUNCTIONS
    case RECORD_AWAIT:
        *status = asyncResume(h, job->promise, job->rejected != 0, job->argument);
        break;
#endif
#if ENG_ASYNC_GENERATORS
    case RECORD_ASYNCGEN_RETURN:
        *status = asyncGeneratorReturnJob(h, job->promise, job->rejected != 0, job->argument);
        break;
    case RECORD_FROM_SYNC_UNWRAP:
        *status = asyncFromSyncUnwrapJob(h, job);
        break;
#endif
#if ENG_MODULES
    case RECORD_DYNAMIC_IMPORT:
        *status = runDynamicImportJob(h, job->promise, job->onFulfilled, job->argument);
        break;
    case RECORD_MODULE_ASYNC:
        *status = asyncModuleSettled(h, job->promise, job->rejected != 0, job->argument);
        break;
    case RECORD_MODULE_IMPORT:
        if (job->rejected) rejectPromise(h, asPromise(job->promise), job->argument);
        else *status = resolvePromise(h, asPromise(job->promise), job->resolve);
        break;
#endif
#if ENG_RESOURCE_MANAGEMENT
    case RECORD_ASYNC_DISPOSE:
        *status = asyncDisposeJob(h, job);
        break;
#endif
    default:
        *status = runReaction(h, job);
        break;
    }
#if ENG_WEAK_REFS
    clearKeptObjects(h);  // the job is over (ES2025 9.10)
#endif
    return true;
}

void reportRejections(Heap &h) {
    while (JSPromise *p = h.rejectionsToReport) {
        LocalRoot rp(h, Value::pointer(p));
        h.rejectionsToReport = p->nextTracked;  // now held by the root
        rcStore(h, p->nextTracked, static_cast<JSPromise *>(nullptr));
        p->promiseFlags &= static_cast<uint8_t>(~PROMISE_TRACKED);
        int event = -1;
        if (!(p->promiseFlags & PROMISE_HANDLED)) {
            event = ENG_REJECTION_UNHANDLED;
            p->promiseFlags |= PROMISE_REPORTED;
        } else if (p->promiseFlags & PROMISE_REPORTED) {
            event = ENG_REJECTION_HANDLED;
            p->promiseFlags &= static_cast<uint8_t>(~PROMISE_REPORTED);
        }
        if (event < 0 || !h.rejectionHook) continue;
        uint32_t top = h.stackTop;
        if (ensureStack(h, 2) != Status::Ok) {
            h.pending = Value::undefined();
            h.hasPending = false;
            return;
        }
        h.stack[h.stackTop++] = rp.value;
        h.stack[h.stackTop++] = p->result;
        h.rejectionHook(h.rejectionUser, static_cast<eng_heap *>(&h), static_cast<eng_rejection_event>(event));
        h.stackTop = top;
    }
}

#else  // !ENG_PROMISE: nothing is ever queued or rejected

bool runOneJob(Heap &, Status *) { return false; }
void reportRejections(Heap &) {}

#endif

}  // namespace eng
