// Promise (ES2024 27.2) and AggregateError (20.5.7): the constructor, the
// prototype's then/catch/finally, the static combinators. The internals
// (settling, jobs) are in vm/promise.cpp.
#include "config.h"

#if ENG_PROMISE

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/promise_keyed.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/lightfunc.h"
#include "vm/literal_ops.h"
#include "vm/promise.h"

namespace eng {

namespace {

// The internal functions (promiseInternalMethods): entries of
// FLASH_METHODS_PROMISE_INTERNAL, reached through bound functions whose
// this is their record.
enum InternalFunction {
    INTERNAL_RESOLVE,
    INTERNAL_REJECT,
    INTERNAL_CAPABILITY_EXECUTOR,
    INTERNAL_THEN_FINALLY,
    INTERNAL_CATCH_FINALLY,
    INTERNAL_VALUE_THUNK,
    INTERNAL_COMBINATOR_ELEMENT,
    INTERNAL_COMBINATOR_SECOND  // allSettled's reject element
};

enum CombinatorKind { COMBINE_ALL, COMBINE_SETTLED_FULFILLED, COMBINE_SETTLED_REJECTED, COMBINE_ANY };

Status notAnObject(Heap &h, const char *what) { return throwError(h, PROTO_TYPE_ERROR, "%s called on non-object", what); }

// A function with no name of length `length` that calls the internal
// function `which` with `record` as this.
Status internalFunction(Heap &h, InternalFunction which, Value record, int length, Value *out) {
    LocalRoot rr(h, record);
    JSObject *target;
    ENG_TRY(lightFuncObject(h, ENG_FLASH_METHOD(FLASH_METHODS_PROMISE_INTERNAL, which), &target));
    LocalRoot rt(h, Value::pointer(target));
    JSBound *f = static_cast<JSBound *>(newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Bound, sizeof(JSBound)));
    if (!f) return Status::Error;
    rcInit(f->target, target);
    rcInit(f->boundThis, rr.value);
    rcInit(f->name, atom(h, ATOM_empty));
    f->length = static_cast<uint32_t>(length);
    f->argCount = 0;
    *out = Value::pointer(f);
    return Status::Ok;
}

// The capability's resolve and reject as functions scripts may see (made
// for %Promise%'s own capability, which has none until asked).
Status exposeCapability(Heap &h, JSPromiseRecord *cap) {
    if (!cap->resolve.isUndefined()) return Status::Ok;
    LocalRoot rc(h, Value::pointer(cap));
    Value fns[2];
    ENG_TRY(createResolvingFunctions(h, asPromise(cap->promise), &fns[0], &fns[1]));
    cap = static_cast<JSPromiseRecord *>(asObject(rc.value));
    rcStore(h, cap->resolve, fns[0]);
    rcStore(h, cap->reject, fns[1]);
    return Status::Ok;
}

// SpeciesConstructor(o, %Promise%).
Status speciesConstructor(Heap &h, Value o, Value *out) {
    JSObject *promise = builtinCtor(h, PROTO_PROMISE);
    if (!promise) return Status::Error;
    return speciesConstructorOf(h, o, Value::pointer(promise), out);
}

// PerformPromiseThen(p, onFulfilled, onRejected, cap): the capability's
// record becomes the reaction (cap null: none, as await and finally's
// inner calls need).
Status performThen(Heap &h, JSPromise *p, Value onFulfilled, Value onRejected, JSPromiseRecord *cap) {
    LocalRoot rp(h, Value::pointer(p)), rf(h, onFulfilled), rr(h, onRejected);
    if (!cap) {
        cap = newPromiseRecord(h, RECORD_REACTION);
        if (!cap) return Status::Error;
    }
    LocalRoot rc(h, Value::pointer(cap));
    cap->kind = RECORD_REACTION;
    if (isCallable(rf.value)) rcStore(h, cap->onFulfilled, rf.value);
    if (isCallable(rr.value)) rcStore(h, cap->onRejected, rr.value);
    promiseAddReaction(h, static_cast<JSPromise *>(asObject(rp.value)), cap);
    return Status::Ok;
}

Status invoke(Heap &h, Value target, Atom name, const Value *args, uint32_t argc, Value *out) {
    LocalRoot rt(h, target);
    Value fn;
    ENG_TRY(getValuePropertyStr(h, target, atom(h, name), &fn));
    return callValue(h, fn, rt.value, args, argc, out);
}

// ---- the constructor and the internal functions ------------------------

Status promiseConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Promise constructor cannot be invoked without 'new'");
    if (!isCallable(c.arg(0))) {
        char what[64];
        describeValue(h, c.arg(0), what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "Promise resolver %s is not a function", what);
    }
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    c.setResult(Value::pointer(p));
    Value fns[2];
    ENG_TRY(createResolvingFunctions(h, p, &fns[0], &fns[1]));
    LocalRoot r0(h, fns[0]), r1(h, fns[1]);
    Value ignored;
    if (callValue(h, c.arg(0), Value::undefined(), fns, 2, &ignored) != Status::Ok) {
        Value e;
        if (!takeThrown(h, &e)) return Status::Error;
        return callValue(h, r1.value, Value::undefined(), &e, 1, &ignored);
    }
    return Status::Ok;
}

}  // namespace

// Promise Resolve Functions and Promise Reject Functions (27.2.1.3).
Status promiseResolveFunction(NativeCall &c) {
    Heap &h = c.heap;
    JSPromiseRecord *state = static_cast<JSPromiseRecord *>(asObject(c.thisValue()));
    JSPromise *p = asPromise(state->promise);
    if (!p) return Status::Ok;  // already resolved
    LocalRoot rp(h, state->promise);
    rcStore(h, state->promise, Value::undefined());
    if (c.magic == INTERNAL_REJECT) {
        rejectPromise(h, p, c.arg(0));
        return Status::Ok;
    }
    return resolvePromise(h, p, c.arg(0));
}

namespace {

// GetCapabilitiesExecutor Functions (27.2.1.5.1).
Status capabilityExecutor(NativeCall &c) {
    Heap &h = c.heap;
    JSPromiseRecord *cap = static_cast<JSPromiseRecord *>(asObject(c.thisValue()));
    if (!cap->resolve.isUndefined() || !cap->reject.isUndefined())
        return throwError(h, PROTO_TYPE_ERROR, "Promise executor has already been invoked with non-undefined arguments");
    rcStore(h, cap->resolve, c.arg(0));
    rcStore(h, cap->reject, c.arg(1));
    return Status::Ok;
}

// Then Finally and Catch Finally Functions (27.2.5.3.1, .2): the record
// holds onFinally (onFulfilled) and C (promise).
Status finallyFunction(NativeCall &c) {
    Heap &h = c.heap;
    JSPromiseRecord *rec = static_cast<JSPromiseRecord *>(asObject(c.thisValue()));
    LocalRoot rrec(h, c.thisValue());
    Value result;
    ENG_TRY(callValue(h, rec->onFulfilled, Value::undefined(), nullptr, 0, &result));
    rec = static_cast<JSPromiseRecord *>(asObject(rrec.value));
    Value p;
    ENG_TRY(promiseResolveWith(h, rec->promise, result, &p));
    LocalRoot rp(h, p);
    JSPromiseRecord *thunk = newPromiseRecord(h, RECORD_RESOLVING);
    if (!thunk) return Status::Error;
    LocalRoot rt(h, Value::pointer(thunk));
    rcInit(thunk->argument, c.arg(0));
    thunk->rejected = c.magic == INTERNAL_CATCH_FINALLY;
    Value fn, out;
    ENG_TRY(internalFunction(h, INTERNAL_VALUE_THUNK, rt.value, 0, &fn));
    LocalRoot rf(h, fn);
    ENG_TRY(invoke(h, rp.value, ATOM_then, &fn, 1, &out));
    c.setResult(out);
    return Status::Ok;
}

Status valueThunk(NativeCall &c) {
    Heap &h = c.heap;
    JSPromiseRecord *rec = static_cast<JSPromiseRecord *>(asObject(c.thisValue()));
    if (rec->rejected) {
        h.pending = rec->argument;
        h.hasPending = true;
        return Status::Error;
    }
    c.setResult(rec->argument);
    return Status::Ok;
}

Status makeSettledEntry(Heap &h, bool fulfilled, Value v, Value *out) {
    LocalRoot rv(h, v);
    JSObject *o = newPlainObject(h);
    if (!o) return Status::Error;
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(defineOwn(h, o, atom(h, ATOM_status), Value::pointer(atom(h, fulfilled ? ATOM_fulfilled : ATOM_rejected)),
                      ATTR_DEFAULT));
    ENG_TRY(defineOwn(h, o, atom(h, fulfilled ? ATOM_value : ATOM_reason), rv.value, ATTR_DEFAULT));
    *out = ro.value;
    return Status::Ok;
}

Status newAggregateError(Heap &h, Value errors, Value *out) {
    LocalRoot re(h, errors);
    HString *message = internCString(h, "All promises were rejected");
    if (!message) return Status::Error;
    JSObject *e = newError(h, PROTO_AGGREGATE_ERROR, message);
    if (!e) return Status::Error;
    LocalRoot ro(h, Value::pointer(e));
    ENG_TRY(defineOwn(h, e, atom(h, ATOM_errors), re.value, ATTR_HIDDEN));
    *out = ro.value;
    return Status::Ok;
}

// Promise.all Resolve Element Functions and their kin (27.2.4.1.3,
// 27.2.4.2.2-3, 27.2.4.3.2): this is the element's record (promise: the
// combinator's record until called, argument: the index).
Status combinatorElement(NativeCall &c) {
    Heap &h = c.heap;
    JSPromiseRecord *element = static_cast<JSPromiseRecord *>(asObject(c.thisValue()));
    if (element->promise.isUndefined()) return Status::Ok;  // [[AlreadyCalled]]
    LocalRoot rc(h, element->promise);
    uint32_t index = static_cast<uint32_t>(element->argument.asSmallInt());
    rcStore(h, element->promise, Value::undefined());
    element->argument = Value::undefined();
    Value v = c.arg(0);
    if (c.magic == COMBINE_SETTLED_FULFILLED || c.magic == COMBINE_SETTLED_REJECTED)
        ENG_TRY(makeSettledEntry(h, c.magic == COMBINE_SETTLED_FULFILLED, v, &v));
    LocalRoot rv(h, v);
    JSPromiseRecord *comb = static_cast<JSPromiseRecord *>(asObject(rc.value));
    ENG_TRY(setElement(h, asObject(comb->promise), index, rv.value));
    comb = static_cast<JSPromiseRecord *>(asObject(rc.value));
    int32_t remaining = comb->argument.asSmallInt() - 1;
    comb->argument = Value::smallInt(remaining);
    if (remaining != 0) return Status::Ok;
    Value ignored, settle = comb->promise;
    if (c.magic == COMBINE_ANY) {
        ENG_TRY(newAggregateError(h, comb->promise, &settle));
        comb = static_cast<JSPromiseRecord *>(asObject(rc.value));
        return callValue(h, comb->reject, Value::undefined(), &settle, 1, &ignored);
    }
    return callValue(h, comb->resolve, Value::undefined(), &settle, 1, &ignored);
}

// ---- the prototype -----------------------------------------------------

Status promiseThen(NativeCall &c) {
    Heap &h = c.heap;
    JSPromise *p = asPromise(c.thisValue());
    if (!p) return throwError(h, PROTO_TYPE_ERROR, "Promise.prototype.then called on an incompatible receiver");
    Value ctor;
    ENG_TRY(speciesConstructor(h, c.thisValue(), &ctor));
    JSPromiseRecord *cap;
    ENG_TRY(newPromiseCapability(h, ctor, &cap));
    LocalRoot rc(h, Value::pointer(cap));
    c.setResult(cap->promise);
    return performThen(h, asPromise(c.thisValue()), c.arg(0), c.arg(1), cap);
}

Status promiseCatch(NativeCall &c) {
    Value args[2] = {Value::undefined(), c.arg(0)};
    Value out;
    ENG_TRY(invoke(c.heap, c.thisValue(), ATOM_then, args, 2, &out));
    c.setResult(out);
    return Status::Ok;
}

Status promiseFinally(NativeCall &c) {
    Heap &h = c.heap;
    if (!isObjectType(c.thisValue())) return notAnObject(h, "Promise.prototype.finally");
    Value ctor;
    ENG_TRY(speciesConstructor(h, c.thisValue(), &ctor));
    LocalRoot rctor(h, ctor);
    Value args[2] = {c.arg(0), c.arg(0)};
    LocalRoot r0(h), r1(h);
    if (isCallable(c.arg(0))) {
        JSPromiseRecord *rec = newPromiseRecord(h, RECORD_RESOLVING);
        if (!rec) return Status::Error;
        LocalRoot rr(h, Value::pointer(rec));
        rcInit(rec->onFulfilled, c.arg(0));
        rcInit(rec->promise, rctor.value);
        ENG_TRY(internalFunction(h, INTERNAL_THEN_FINALLY, rr.value, 1, &args[0]));
        r0.value = args[0];
        ENG_TRY(internalFunction(h, INTERNAL_CATCH_FINALLY, rr.value, 1, &args[1]));
        r1.value = args[1];
        args[0] = r0.value;
    }
    Value out;
    ENG_TRY(invoke(h, c.thisValue(), ATOM_then, args, 2, &out));
    c.setResult(out);
    return Status::Ok;
}

// ---- the constructor's methods ----------------------------------------

Status promiseResolveStatic(NativeCall &c) {
    if (!isObjectType(c.thisValue())) return notAnObject(c.heap, "Promise.resolve");
    Value out;
    ENG_TRY(promiseResolveWith(c.heap, c.thisValue(), c.arg(0), &out));
    c.setResult(out);
    return Status::Ok;
}

Status promiseRejectStatic(NativeCall &c) {
    Heap &h = c.heap;
    JSPromiseRecord *cap;
    ENG_TRY(newPromiseCapability(h, c.thisValue(), &cap));
    LocalRoot rc(h, Value::pointer(cap));
    c.setResult(cap->promise);
    return capabilitySettle(h, cap, true, c.arg(0));
}

// Promise.try (ES2025 27.2.4.8): the callback's result or error settles a
// new promise of this.
Status promiseTry(NativeCall &c) {
    Heap &h = c.heap;
    if (!isObjectType(c.thisValue())) return notAnObject(h, "Promise.try");
    JSPromiseRecord *cap;
    ENG_TRY(newPromiseCapability(h, c.thisValue(), &cap));
    LocalRoot rc(h, Value::pointer(cap));
    c.setResult(cap->promise);
    // The arguments after the callback are still on the stack: pass them as they lie.
    Value result;
    Status st = c.argc > 1 ? callValue(h, c.arg(0), Value::undefined(), &h.stack[c.base + 1], c.argc - 1, &result)
                           : callValue(h, c.arg(0), Value::undefined(), nullptr, 0, &result);
    bool threw = st != Status::Ok;
    if (threw && !takeThrown(h, &result)) return Status::Error;
    return capabilitySettle(h, static_cast<JSPromiseRecord *>(asObject(rc.value)), threw, result);
}

Status promiseWithResolvers(NativeCall &c) {
    Heap &h = c.heap;
    JSPromiseRecord *cap;
    ENG_TRY(newPromiseCapability(h, c.thisValue(), &cap));
    LocalRoot rc(h, Value::pointer(cap));
    ENG_TRY(exposeCapability(h, cap));
    JSObject *o = newPlainObject(h);
    if (!o) return Status::Error;
    c.setResult(Value::pointer(o));
    cap = static_cast<JSPromiseRecord *>(asObject(rc.value));
    ENG_TRY(defineOwn(h, o, atom(h, ATOM_promise), cap->promise, ATTR_DEFAULT));
    ENG_TRY(defineOwn(h, o, atom(h, ATOM_resolve), cap->resolve, ATTR_DEFAULT));
    ENG_TRY(defineOwn(h, o, atom(h, ATOM_reject), cap->reject, ATTR_DEFAULT));
    return Status::Ok;
}

// One step of a combinator: what to do with the next value of the
// iteration (27.2.4.1.2 and its kin). comb is null for race.
Status combineOne(Heap &h, int magic, Value ctor, Value resolveFn, JSPromiseRecord *cap, JSPromiseRecord *comb,
                  uint32_t index, Value next) {
    LocalRoot rc(h, Value::pointer(cap)), rcomb(h, comb ? Value::pointer(comb) : Value());
    Value nextPromise;
    ENG_TRY(callValue(h, resolveFn, ctor, &next, 1, &nextPromise));
    LocalRoot rn(h, nextPromise);
    cap = static_cast<JSPromiseRecord *>(asObject(rc.value));
    LocalRoot r0(h, cap->resolve), r1(h, cap->reject);
    if (comb) {
        ENG_TRY(setElement(h, asObject(comb->promise), index, Value::undefined()));
        JSPromiseRecord *element = newPromiseRecord(h, RECORD_RESOLVING);
        if (!element) return Status::Error;
        LocalRoot re(h, Value::pointer(element));
        rcInit(element->promise, rcomb.value);
        element->argument = Value::smallInt(static_cast<int32_t>(index));
        element->rejected = static_cast<uint8_t>(magic);  // the kind (combinatorElementDispatch)
        Value first;
        ENG_TRY(internalFunction(h, INTERNAL_COMBINATOR_ELEMENT, re.value, 1, &first));
        if (magic == COMBINE_ANY) {
            r1.value = first;  // onFulfilled stays the capability's resolve
        } else {
            r0.value = first;
            if (magic == COMBINE_SETTLED_FULFILLED) {
                Value second;
                ENG_TRY(internalFunction(h, INTERNAL_COMBINATOR_SECOND, re.value, 1, &second));
                r1.value = second;
            }
        }
        comb = static_cast<JSPromiseRecord *>(asObject(rcomb.value));
        comb->argument = Value::smallInt(comb->argument.asSmallInt() + 1);
    }
    Value args[2] = {r0.value, r1.value}, ignored;
    return invoke(h, rn.value, ATOM_then, args, 2, &ignored);
}

// Promise.all, allSettled, any and race (magic: COMBINE_ALL,
// COMBINE_SETTLED_FULFILLED, COMBINE_ANY, -1 for race).
Status promiseCombinator(NativeCall &c) {
    Heap &h = c.heap;
    Value ctor = c.thisValue();
    JSPromiseRecord *cap;
    ENG_TRY(newPromiseCapability(h, ctor, &cap));
    LocalRoot rc(h, Value::pointer(cap));
    ENG_TRY(exposeCapability(h, cap));
    c.setResult(cap->promise);
    Value resolveFn;
    LocalRoot rit(h), rstate(h), rresolve(h), rcomb(h);
    Status st = getValuePropertyStr(h, ctor, atom(h, ATOM_resolve), &resolveFn);
    if (st == Status::Ok && !isCallable(resolveFn))
        st = throwError(h, PROTO_TYPE_ERROR, "Promise resolve is not a function");
    rresolve.value = resolveFn;
    if (st == Status::Ok) st = iterationOpen(h, c.arg(0), &rit.value, &rstate.value);
    bool iterating = st == Status::Ok;
    if (st == Status::Ok && c.magic >= 0) {
        JSArray *values = newArray(h, 0);
        if (values) rcomb.value = Value::pointer(values);
        JSPromiseRecord *comb = values ? newPromiseRecord(h, RECORD_COMBINATOR) : nullptr;
        if (comb) {
            rcInit(comb->promise, rcomb.value);
            rcomb.value = Value::pointer(comb);
            cap = static_cast<JSPromiseRecord *>(asObject(rc.value));
            rcInit(comb->resolve, cap->resolve);
            rcInit(comb->reject, cap->reject);
            comb->argument = Value::smallInt(1);
        } else {
            st = Status::Error;
        }
    }
    for (uint32_t index = 0; st == Status::Ok; index++) {
        Value next;
        bool done;
        st = iterationNext(h, &rit.value, &rstate.value, &next, &done);
        if (st != Status::Ok) break;  // the iteration is done: nothing to close
        if (done) {
            iterating = false;
            if (c.magic < 0) break;
            JSPromiseRecord *comb = static_cast<JSPromiseRecord *>(asObject(rcomb.value));
            int32_t remaining = comb->argument.asSmallInt() - 1;
            comb->argument = Value::smallInt(remaining);
            if (remaining == 0) {
                Value settle = comb->promise, ignored;
                LocalRoot rs(h, settle);
                bool any = c.magic == COMBINE_ANY;
                if (any) st = newAggregateError(h, comb->promise, &rs.value);
                comb = static_cast<JSPromiseRecord *>(asObject(rcomb.value));
                if (st == Status::Ok)
                    st = callValue(h, any ? comb->reject : comb->resolve, Value::undefined(), &rs.value, 1, &ignored);
            }
            break;
        }
        JSPromiseRecord *comb = c.magic >= 0 ? static_cast<JSPromiseRecord *>(asObject(rcomb.value)) : nullptr;
        st = combineOne(h, c.magic, ctor, rresolve.value, static_cast<JSPromiseRecord *>(asObject(rc.value)), comb, index,
                        next);
        ctor = c.thisValue();
        if (st != Status::Ok && iterating) {
            Value e;
            if (!takeThrown(h, &e)) return Status::Error;
            LocalRoot re(h, e);
            (void)iterationClose(h, &rit.value, &rstate.value, true);
            if (interrupted(h)) return Status::Error;
            h.pending = re.value;
            h.hasPending = true;
        }
    }
    if (st == Status::Ok) return Status::Ok;
    // IfAbruptRejectPromise
    Value e;
    if (!takeThrown(h, &e)) return Status::Error;
    return capabilitySettle(h, static_cast<JSPromiseRecord *>(asObject(rc.value)), true, e);
}

Status promiseSpecies(NativeCall &c) {
    c.setResult(c.thisValue());
    return Status::Ok;
}

// ---- AggregateError ----------------------------------------------------

Status aggregateErrorConstructor(NativeCall &c) {
    Heap &h = c.heap;
    HString *message = nullptr;
    if (!c.arg(1).isUndefined()) ENG_TRY(toString(h, c.arg(1), &message));
    JSObject *e = newError(h, PROTO_AGGREGATE_ERROR, message);
    if (!e) return Status::Error;
    c.setResult(Value::pointer(e));
    ENG_TRY(annotateError(h, e));
    JSArray *list = newArray(h, 0);
    if (!list) return Status::Error;
    LocalRoot rl(h, Value::pointer(list));
    ENG_TRY(spreadInto(h, list, c.arg(0)));
    return defineOwn(h, asObject(c.result()), atom(h, ATOM_errors), rl.value, ATTR_HIDDEN);
}

// Which element function a record stands for: its `rejected` byte (see
// combineOne); the second function of allSettled is the rejected one.
Status combinatorElementDispatch(NativeCall &c) {
    JSPromiseRecord *element = static_cast<JSPromiseRecord *>(asObject(c.thisValue()));
    int kind = element->rejected;
    if (kind == COMBINE_SETTLED_FULFILLED && c.magic == 1) kind = COMBINE_SETTLED_REJECTED;
    NativeCall inner = c;
    inner.magic = static_cast<int16_t>(kind);
    return combinatorElement(inner);
}

#define PROMISE_PROTO_METHODS(M, X) \
    M(X, then, promiseThen, 2, 0) M(X, catch_, promiseCatch, 1, 0) M(X, finally_, promiseFinally, 1, 0)
#define PROMISE_STATIC_METHODS(M, X)                                                                   \
    M(X, resolve, promiseResolveStatic, 1, 0) M(X, reject, promiseRejectStatic, 1, 0)                  \
    M(X, all, promiseCombinator, 1, COMBINE_ALL) M(X, allSettled, promiseCombinator, 1, COMBINE_SETTLED_FULFILLED) \
    M(X, any, promiseCombinator, 1, COMBINE_ANY) M(X, race, promiseCombinator, 1, -1)                  \
    M(X, withResolvers, promiseWithResolvers, 0, 0) M(X, try_, promiseTry, 1, 0)                      \
    PROMISE_STATIC_METHODS_KEYED(M, X)

}  // namespace

ENG_FLASH_METHOD_TABLE(promiseProtoMethods, PROMISE_PROTO, PROMISE_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(promiseStaticMethods, PROMISE_STATIC, PROMISE_STATIC_METHODS)
extern const MethodSpec promiseSpeciesMethods[];
const MethodSpec promiseSpeciesMethods[] = {{"@@species", promiseSpecies, METHOD_GETTER, 0}};
// In InternalFunction's order; bound functions give them their names and lengths.
extern const MethodSpec promiseInternalMethods[];
const MethodSpec promiseInternalMethods[] = {
    {"", promiseResolveFunction, 1, INTERNAL_RESOLVE},  {"", promiseResolveFunction, 1, INTERNAL_REJECT},
    {"", capabilityExecutor, 2, 0},                     {"", finallyFunction, 1, INTERNAL_THEN_FINALLY},
    {"", finallyFunction, 1, INTERNAL_CATCH_FINALLY},   {"", valueThunk, 0, 0},
    {"", combinatorElementDispatch, 1, 0},              {"", combinatorElementDispatch, 1, 1},
};

namespace {

const FlashAccessor speciesPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_PROMISE_SPECIES, 0);

#define PROMISE_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_PROMISE))
#define PROMISE_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(Promise))
#define PROMISE_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_PROMISE))
#define PROMISE_CTOR_SYMBOLS(S) S(species, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(speciesPair))
ENG_FLASH_OBJECT_SYMBOLS(promiseProtoProps, PROMISE_PROTO_PROPS, PROMISE_PROTO, PROMISE_PROTO_METHODS,
                         PROMISE_PROTO_SYMBOLS)
ENG_FLASH_OBJECT_SYMBOLS(promiseCtorProps, PROMISE_CTOR_PROPS, PROMISE_STATIC, PROMISE_STATIC_METHODS,
                         PROMISE_CTOR_SYMBOLS)

#define AGGREGATE_PROTO_PROPS(P)                                                                        \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_AGGREGATE_ERROR))                                  \
    P(name, ATTR_HIDDEN, ENG_FLASH_STRING(AggregateError)) P(message, ATTR_HIDDEN, ENG_FLASH_STRING(empty))
#define AGGREGATE_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_AGGREGATE_ERROR))
ENG_FLASH_TABLE(aggregateProtoProps, AGGREGATE_PROTO_PROPS)
ENG_FLASH_TABLE(aggregateCtorProps, AGGREGATE_CTOR_PROPS)

}  // namespace

namespace {

JSObject *makeAggregateErrorPrototype(Heap &h) { return newObject(h, protoOf(h, PROTO_ERROR)); }

}  // namespace

Status initPromiseBuiltins(Heap &h) {
    return flashConstructor(h, PROTO_PROMISE, ATOM_Promise, promiseConstructor, 1, promiseCtorProps, promiseProtoProps)
               ? Status::Ok
               : Status::Error;
}

Status initAggregateErrorBuiltins(Heap &h) {
    JSObject *error = builtinCtor(h, PROTO_ERROR);  // AggregateError inherits Error
    if (!error) return Status::Error;
    if (ctorOf(h, PROTO_AGGREGATE_ERROR)) return Status::Ok;
    if (!flashPrototype(h, PROTO_AGGREGATE_ERROR, aggregateProtoProps.props,
                        makeAggregateErrorPrototype))
        return Status::Error;
    JSNative *ctor = flashConstructor(h, PROTO_AGGREGATE_ERROR, ATOM_AggregateError, aggregateErrorConstructor, 2,
                                      aggregateCtorProps, aggregateProtoProps);
    if (!ctor) return Status::Error;
    rcStore(h, ctor->proto, error);
    bumpPropEpoch(h);
    return Status::Ok;
}

}  // namespace eng

#endif
