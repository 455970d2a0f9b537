// Promises (ES2024 27.2) and the job queue (9.5): the objects, the
// abstract operations the built-ins, await and the API share, and the
// queue of pending jobs that the embedder drains with eng_run_jobs.
//
// RAM: a fresh heap holds two null list heads and nothing else. Each
// reaction (a `then` on a pending promise, an await) is one small internal
// object, and the same object becomes the job once its promise settles,
// so queueing allocates nothing. The queue and the list of rejected
// promises that may need reporting are roots (gc.cpp forEachRoot).
#ifndef ENG_VM_PROMISE_H
#define ENG_VM_PROMISE_H

#include "heap/heap.h"

namespace eng {

enum PromiseState : uint8_t { PROMISE_PENDING, PROMISE_FULFILLED, PROMISE_REJECTED };

enum PromiseFlag : uint8_t {
    PROMISE_HANDLED = 1,   // [[PromiseIsHandled]]
    PROMISE_TRACKED = 2,   // in Heap::rejectionsToReport
    PROMISE_REPORTED = 4   // reported unhandled: handling it later is reported too
};

struct JSPromiseRecord;

struct JSPromise : JSObject {  // ObjectClass::Promise
    Value result;                // value or reason once settled
    JSPromiseRecord *reactions;  // while pending: newest first
    JSPromise *nextTracked;      // the rejection tracker's list
    uint8_t state;               // PromiseState
    uint8_t promiseFlags;        // PromiseFlag
};

// What a record is for (JSPromiseRecord::kind).
enum PromiseRecordKind : uint8_t {
    RECORD_REACTION,      // then: capability (promise, resolve, reject), handlers
    RECORD_AWAIT,         // an await: `promise` holds the suspended async function
    RECORD_THENABLE_JOB,  // NewPromiseResolveThenableJob: promise, thenable (onFulfilled), then (onRejected)
    RECORD_RESOLVING,     // the state shared by a pair of resolving functions: promise (undefined once used)
    RECORD_CAPABILITY,    // GetCapabilitiesExecutor's record: resolve, reject
    RECORD_COMBINATOR,    // Promise.all/allSettled/any: promise = values array, resolve/reject
                          // the capability's, argument = remaining elements
    RECORD_ASYNCGEN_REQUEST,  // an async generator's queued next/throw/return (vm/async_generator.h):
                              // promise = its promise, argument = the value, rejected = the mode
    RECORD_ASYNCGEN_RETURN,   // the await of AsyncGeneratorAwaitReturn: promise = the generator
    RECORD_ASYNC_FROM_SYNC,   // CreateAsyncFromSyncIterator (vm/async_iteration.h): onFulfilled, onRejected =
                              // the sync iteration's state (vm/literal_ops.h iterationOpen)
    RECORD_FROM_SYNC_UNWRAP,  // AsyncFromSyncIteratorContinuation's reaction: promise = the promise
                              // it settles, resolve = done
    RECORD_DYNAMIC_IMPORT,    // import() (vm/module.cpp): promise, argument = the specifier,
                              // onFulfilled = the referrer's file name
    RECORD_MODULE_ASYNC,      // an async module body's promise settled: promise = the module record
    RECORD_MODULE_IMPORT,     // import() of a graph with top-level await: promise = import()'s,
                              // resolve = the namespace it fulfils with
    RECORD_ASYNC_DISPOSE      // an await of DisposeResources (builtins/disposable.h): promise = its state
};

// An internal object no script can reach (ObjectClass::PromiseRecord).
struct JSPromiseRecord : JSObject {
    Value promise;
    Value resolve;
    Value reject;
    Value onFulfilled;
    Value onRejected;
    Value argument;           // a job's argument (the settled value)
    JSPromiseRecord *next;    // the promise's reactions, then the job queue
    uint8_t kind;             // PromiseRecordKind
    uint8_t rejected;         // a queued reaction: run onRejected
};

inline JSPromise *asPromise(Value v) {
    if (!isObject(v) || asObject(v)->cls() != ObjectClass::Promise) return nullptr;
    return static_cast<JSPromise *>(asObject(v));
}

// A new pending promise with prototype proto (%Promise.prototype% when null).
JSPromise *newPromise(Heap &h, JSObject *proto = nullptr);
// An internal record of kind.
JSPromiseRecord *newPromiseRecord(Heap &h, PromiseRecordKind kind);

// Resolve functions' steps (27.2.1.3.2) on p: a thenable is adopted
// through a job, anything else fulfills.
Status resolvePromise(Heap &h, JSPromise *p, Value resolution);
void fulfillPromise(Heap &h, JSPromise *p, Value value);
void rejectPromise(Heap &h, JSPromise *p, Value reason);

// CreateResolvingFunctions: *resolve and *reject share one record.
Status createResolvingFunctions(Heap &h, JSPromise *p, Value *resolve, Value *reject);

// PerformPromiseThen(p, ...) with a record made by the caller (kind
// RECORD_REACTION or RECORD_AWAIT, rooted by the caller).
void promiseAddReaction(Heap &h, JSPromise *p, JSPromiseRecord *r);

// PromiseResolve(C, x): x itself when it is a promise whose constructor
// is C, else a new promise of C resolved with x.
Status promiseResolveWith(Heap &h, Value ctor, Value x, Value *out);
// NewPromiseCapability(C): for %Promise% the record's resolve and reject
// stay undefined (the promise is settled directly, nothing else can see
// the functions); otherwise C's executor gave them.
Status newPromiseCapability(Heap &h, Value ctor, JSPromiseRecord **out);
// Calls a capability's resolve (reject: true, its reject) with v.
Status capabilitySettle(Heap &h, JSPromiseRecord *cap, bool reject, Value v);

// The pending exception, taken (true), unless the run was stopped.
bool takeThrown(Heap &h, Value *e);

// The job queue.
void enqueueJob(Heap &h, JSPromiseRecord *job);
// Runs one job; false when the queue is empty. An error of the job stays
// pending (Status::Error in *status).
bool runOneJob(Heap &h, Status *status);
// Calls the embedder's unhandled-rejection hook for what the tracker holds.
void reportRejections(Heap &h);

}  // namespace eng

#endif
