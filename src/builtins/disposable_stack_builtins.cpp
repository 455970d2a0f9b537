// Explicit resource management (ES2026; ENG_RESOURCE_MANAGEMENT): SuppressedError
// (20.5.8), DisposableStack (27.3), AsyncDisposableStack (27.4), the
// iterator prototypes' [@@dispose] / [@@asyncDispose], and the
// DisposeCapability operations the `using` declarations share
// (builtins/disposable.h).
#include "config.h"

#if ENG_RESOURCE_MANAGEMENT

#include "builtins/builtins.h"
#include "builtins/disposable.h"
#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/promise.h"

namespace eng {

namespace {

// A resource's kind (the third value of its triple).
enum DisposeKind : int32_t {
    KIND_CALL = 0,       // method.call(value)
    KIND_ADOPT = 1,      // method(value): adopt's onDispose
    KIND_DEFER = 2,      // method(): defer's onDispose
    KIND_NONE = 3,       // await using of null or undefined: nothing to call
    KIND_MASK = 3,
    KIND_ASYNC = 4,      // async-dispose hint: the result is awaited
    KIND_DISCARD = 8,    // [Symbol.dispose] used for async: await undefined, not the result
};

// The async disposal's state (a record no script sees): promise = the
// promise it settles, onFulfilled = the list, argument = the error so far;
// `rejected` holds these flags.
enum AsyncDisposeFlag : uint8_t { STATE_HAS_ERROR = 1, STATE_NEEDS_AWAIT = 2, STATE_HAS_AWAITED = 4 };

Status notObjectResource(Heap &h, Value v) {
    char desc[64];
    describeValue(h, v, desc, sizeof desc);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not an object and cannot be disposed of", desc);
}

Status pushResource(Heap &h, Value list, Value v, Value method, int32_t kind) {
    LocalRoot rl(h, list), rv(h, v), rm(h, method);
    JSArray *a = static_cast<JSArray *>(asObject(list));
    ENG_TRY(arrayPush(h, a, rv.value));
    ENG_TRY(arrayPush(h, a, rm.value));
    return arrayPush(h, a, Value::smallInt(kind));
}

// SuppressedError of error over suppressed (DisposeResources step 3.e.iii).
Status makeSuppressed(Heap &h, Value error, Value suppressed, Value *out) {
    LocalRoot re(h, error), rs(h, suppressed);
    JSObject *e = newError(h, PROTO_SUPPRESSED_ERROR, nullptr);
    if (!e) return Status::Error;
    LocalRoot ro(h, Value::pointer(e));
    ENG_TRY(defineOwn(h, asObject(ro.value), atom(h, ATOM_error), re.value, ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, asObject(ro.value), atom(h, ATOM_suppressed), rs.value, ATTR_HIDDEN));
    ENG_TRY(annotateError(h, asObject(ro.value)));
    *out = ro.value;
    return Status::Ok;
}

// The completion after a disposal threw e.
Status addError(Heap &h, bool *hasError, Value *error, Value e) {
    if (!*hasError) {
        *hasError = true;
        *error = e;
        return Status::Ok;
    }
    return makeSuppressed(h, e, *error, error);
}

// Takes the last triple off list.
void popResource(Value list, Value *v, Value *method, int32_t *kind) {
    JSArray *a = static_cast<JSArray *>(asObject(list));
    uint32_t n = a->length;
    *v = a->elems[n - 3];
    *method = a->elems[n - 2];
    *kind = a->elems[n - 1].asSmallInt();
}

// Calls a resource's method as its kind says.
Status callResource(Heap &h, Value v, Value method, int32_t kind, Value *result) {
    switch (kind & KIND_MASK) {
    case KIND_ADOPT: return callValue(h, method, Value::undefined(), &v, 1, result);
    case KIND_DEFER: return callValue(h, method, Value::undefined(), nullptr, 0, result);
    case KIND_NONE: *result = Value::undefined(); return Status::Ok;
    default: return callValue(h, method, v, nullptr, 0, result);
    }
}

}  // namespace

Status addDisposableResource(Heap &h, Value list, Value v, bool async) {
    if (v.isNullish()) {
        if (!async) return Status::Ok;
        return pushResource(h, list, Value::undefined(), Value::undefined(), KIND_NONE | KIND_ASYNC);
    }
    if (!isObjectType(v)) return notObjectResource(h, v);
    LocalRoot rl(h, list), rv(h, v);
    Value method = Value::undefined();
    int32_t kind = KIND_CALL;
    if (async) {
        ENG_TRY(getSymbolMethod(h, v, WKS_asyncDispose, &method));
        kind = KIND_ASYNC;
    }
    if (method.isUndefined()) {
        ENG_TRY(getSymbolMethod(h, rv.value, WKS_dispose, &method));
        if (async) kind = KIND_ASYNC | KIND_DISCARD;
    }
    if (method.isUndefined()) {
        char desc[64];
        describeValue(h, rv.value, desc, sizeof desc);
        return throwError(h, PROTO_TYPE_ERROR, "%s has no [Symbol.%s] method", desc, async ? "asyncDispose" : "dispose");
    }
    return pushResource(h, rl.value, rv.value, method, kind);
}

Status disposeResources(Heap &h, Value list, bool *hasError, Value *error) {
    LocalRoot rl(h, list), re(h, *error);
    JSArray *a = static_cast<JSArray *>(asObject(list));
    while (a->length >= 3) {
        Value v, method;
        int32_t kind;
        popResource(rl.value, &v, &method, &kind);
        LocalRoot rv(h, v), rm(h, method);
        ENG_TRY(setArrayLength(h, a, a->length - 3));
        Value result;
        if (callResource(h, rv.value, rm.value, kind, &result) != Status::Ok) {
            Value e;
            if (!takeThrown(h, &e)) return Status::Error;  // stopped: no catching that
            ENG_TRY(addError(h, hasError, &re.value, e));
        }
        a = static_cast<JSArray *>(asObject(rl.value));
    }
    *error = re.value;
    return Status::Ok;
}

namespace {

// Awaits v (PromiseResolve(%Promise%, v), then a reaction that goes on
// with state).
Status awaitFor(Heap &h, JSPromiseRecord *state, Value v) {
    LocalRoot rs(h, Value::pointer(state)), rv(h, v);
    JSObject *ctor = builtinCtor(h, PROTO_PROMISE);
    if (!ctor) return Status::Error;
    Value p;
    ENG_TRY(promiseResolveWith(h, Value::pointer(ctor), rv.value, &p));
    LocalRoot rp(h, p);
    JSPromiseRecord *r = newPromiseRecord(h, RECORD_ASYNC_DISPOSE);
    if (!r) return Status::Error;
    rcStore(h, r->promise, rs.value);
    LocalRoot rr(h, Value::pointer(r));
    promiseAddReaction(h, asPromise(rp.value), r);
    static_cast<JSPromiseRecord *>(asObject(rs.value))->rejected |= STATE_HAS_AWAITED;
    return Status::Ok;
}

Status stateError(Heap &h, JSPromiseRecord *state, Value e) {
    LocalRoot rs(h, Value::pointer(state));
    bool hasError = (state->rejected & STATE_HAS_ERROR) != 0;
    Value error = state->argument;
    ENG_TRY(addError(h, &hasError, &error, e));
    state = static_cast<JSPromiseRecord *>(asObject(rs.value));
    rcStore(h, state->argument, error);
    state->rejected |= STATE_HAS_ERROR;
    return Status::Ok;
}

// DisposeResources (async) from where it stands until its next await, or
// to the end, where it settles its promise.
Status asyncDisposeStep(Heap &h, JSPromiseRecord *state) {
    LocalRoot rs(h, Value::pointer(state));
    for (;;) {
        state = static_cast<JSPromiseRecord *>(asObject(rs.value));
        JSArray *a = static_cast<JSArray *>(asObject(state->onFulfilled));
        if (a->length < 3) break;
        Value v, method;
        int32_t kind;
        popResource(state->onFulfilled, &v, &method, &kind);
        LocalRoot rv(h, v), rm(h, method);
        ENG_TRY(setArrayLength(h, a, a->length - 3));
        if (!(kind & KIND_ASYNC) && (state->rejected & STATE_NEEDS_AWAIT) && !(state->rejected & STATE_HAS_AWAITED)) {
            // A sync resource after an await using of null: that await first.
            state->rejected &= static_cast<uint8_t>(~STATE_NEEDS_AWAIT);
            ENG_TRY(pushResource(h, state->onFulfilled, rv.value, rm.value, kind));
            return awaitFor(h, state, Value::undefined());
        }
        if ((kind & KIND_MASK) == KIND_NONE) {
            state->rejected |= STATE_NEEDS_AWAIT;
            continue;
        }
        Value result;
        if (callResource(h, rv.value, rm.value, kind, &result) != Status::Ok) {
            Value e;
            if (!takeThrown(h, &e)) return Status::Error;
            ENG_TRY(stateError(h, static_cast<JSPromiseRecord *>(asObject(rs.value)), e));
            continue;
        }
        if (!(kind & KIND_ASYNC)) continue;
        if (kind & KIND_DISCARD) result = Value::undefined();
        Status st = awaitFor(h, static_cast<JSPromiseRecord *>(asObject(rs.value)), result);
        if (st == Status::Ok) return st;
        Value e;
        if (!takeThrown(h, &e)) return Status::Error;
        ENG_TRY(stateError(h, static_cast<JSPromiseRecord *>(asObject(rs.value)), e));
    }
    state = static_cast<JSPromiseRecord *>(asObject(rs.value));
    if ((state->rejected & STATE_NEEDS_AWAIT) && !(state->rejected & STATE_HAS_AWAITED)) {
        state->rejected &= static_cast<uint8_t>(~STATE_NEEDS_AWAIT);
        return awaitFor(h, state, Value::undefined());
    }
    JSPromise *p = asPromise(state->promise);
    if (state->rejected & STATE_HAS_ERROR) rejectPromise(h, p, state->argument);
    else fulfillPromise(h, p, Value::undefined());
    return Status::Ok;
}

}  // namespace

Status disposeResourcesAsync(Heap &h, Value list, bool hasError, Value error, Value *promise) {
    LocalRoot rl(h, list), re(h, error);
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    LocalRoot rp(h, Value::pointer(p));
    JSPromiseRecord *state = newPromiseRecord(h, RECORD_CAPABILITY);
    if (!state) return Status::Error;
    rcStore(h, state->promise, rp.value);
    rcStore(h, state->onFulfilled, rl.value);
    rcStore(h, state->argument, re.value);
    state->rejected = hasError ? STATE_HAS_ERROR : 0;
    *promise = rp.value;
    return asyncDisposeStep(h, state);
}

Status asyncDisposeJob(Heap &h, JSPromiseRecord *job) {
    JSPromiseRecord *state = static_cast<JSPromiseRecord *>(asObject(job->promise));
    LocalRoot rs(h, Value::pointer(state));
    if (job->rejected) ENG_TRY(stateError(h, state, job->argument));
    return asyncDisposeStep(h, static_cast<JSPromiseRecord *>(asObject(rs.value)));
}

// ---- %IteratorPrototype%[@@dispose], %AsyncIteratorPrototype%[@@asyncDispose]

namespace {

// GetMethod(v, "return").
Status getReturnMethod(Heap &h, Value v, Value *out) {
    ENG_TRY(getValueProperty(h, v, Value::pointer(atom(h, ATOM_return_)), out));
    if (out->isNullish()) {
        *out = Value::undefined();
        return Status::Ok;
    }
    if (isCallable(*out)) return Status::Ok;
    return throwError(h, PROTO_TYPE_ERROR, "The iterator's return is not a function");
}

}  // namespace

Status iteratorProtoDispose(NativeCall &c) {
    Heap &h = c.heap;
    Value ret;
    ENG_TRY(getReturnMethod(h, c.thisValue(), &ret));
    if (ret.isUndefined()) return Status::Ok;
    Value ignored;
    return callValue(h, ret, c.thisValue(), nullptr, 0, &ignored);
}

// Calls return() and awaits its result; the promise fulfils with
// undefined, or rejects with what return threw or rejected with.
Status asyncIteratorProtoDispose(NativeCall &c) {
    Heap &h = c.heap;
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    c.setResult(Value::pointer(p));
    Value ret;
    Status st = getReturnMethod(h, c.thisValue(), &ret);
    Value result = Value::undefined();
    if (st == Status::Ok && !ret.isUndefined()) {
        st = callValue(h, ret, c.thisValue(), nullptr, 0, &result);
    }
    Value e;
    if (st != Status::Ok) {
        if (!takeThrown(h, &e)) return Status::Error;
        rejectPromise(h, asPromise(c.result()), e);
        return Status::Ok;
    }
    // The result awaited by a state with nothing else to do.
    LocalRoot rr(h, result);
    JSArray *list = newArray(h, 0);
    if (!list) return Status::Error;
    LocalRoot rl(h, Value::pointer(list));
    JSPromiseRecord *state = newPromiseRecord(h, RECORD_CAPABILITY);
    if (!state) return Status::Error;
    rcStore(h, state->promise, c.result());
    rcStore(h, state->onFulfilled, rl.value);
    st = awaitFor(h, state, rr.value);
    if (st == Status::Ok) return st;
    if (!takeThrown(h, &e)) return Status::Error;
    rejectPromise(h, asPromise(c.result()), e);
    return Status::Ok;
}

namespace {

// ---- SuppressedError ---------------------------------------------------

// SuppressedError(error, suppressed, message) (20.5.8.1).
Status suppressedErrorConstructor(NativeCall &c) {
    Heap &h = c.heap;
    HString *message = nullptr;
    if (!c.arg(2).isUndefined()) ENG_TRY(toString(h, c.arg(2), &message));
    JSObject *e = newError(h, PROTO_SUPPRESSED_ERROR, message);
    if (!e) return Status::Error;
    c.setResult(Value::pointer(e));
    // error and suppressed right after message (test262 checks the order).
    ENG_TRY(defineOwn(h, asObject(c.result()), atom(h, ATOM_error), c.arg(0), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, asObject(c.result()), atom(h, ATOM_suppressed), c.arg(1), ATTR_HIDDEN));
    return annotateError(h, asObject(c.result()));
}

// ---- DisposableStack and AsyncDisposableStack --------------------------
// Both are JSPrimitiveWrappers: the primitive is the capability's list, or
// undefined once disposed of.

Status newStack(Heap &h, ObjectClass cls, Proto proto, Value *out) {
    JSObject *p = builtinProto(h, proto);
    if (!p) return Status::Error;
    JSArray *list = newArray(h, 0);
    if (!list) return Status::Error;
    LocalRoot rl(h, Value::pointer(list));
    JSObject *o = newObjectOfSize(h, p, cls, sizeof(JSPrimitiveWrapper));
    if (!o) return Status::Error;
    rcInit(static_cast<JSPrimitiveWrapper *>(o)->primitive, rl.value);
    *out = Value::pointer(o);
    return Status::Ok;
}

bool isAsyncStack(const NativeCall &c) { return c.magic != 0; }

const char *stackName(const NativeCall &c) { return isAsyncStack(c) ? "AsyncDisposableStack" : "DisposableStack"; }

// This stack, or TypeError; with pending: ReferenceError once disposed of.
Status thisStack(NativeCall &c, const char *method, bool pending, JSPrimitiveWrapper **out) {
    Value t = c.thisValue();
    ObjectClass cls = isAsyncStack(c) ? ObjectClass::AsyncDisposableStack : ObjectClass::DisposableStack;
    if (!isObject(t) || asObject(t)->cls() != cls)
        return throwError(c.heap, PROTO_TYPE_ERROR, "%s.prototype.%s called on an incompatible receiver", stackName(c),
                          method);
    *out = static_cast<JSPrimitiveWrapper *>(asObject(t));
    if (pending && (*out)->primitive.isUndefined())
        return throwError(c.heap, PROTO_REFERENCE_ERROR, "%s.prototype.%s: the stack is already disposed of",
                          stackName(c), method);
    return Status::Ok;
}

Status notCallable(Heap &h, NativeCall &c, const char *method, Value v) {
    char desc[64];
    describeValue(h, v, desc, sizeof desc);
    return throwError(h, PROTO_TYPE_ERROR, "%s.prototype.%s: %s is not a function", stackName(c), method, desc);
}

Status stackConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor %s requires 'new'", stackName(c));
    Value o;
    ENG_TRY(isAsyncStack(c) ? newStack(h, ObjectClass::AsyncDisposableStack, PROTO_ASYNC_DISPOSABLE_STACK, &o)
                            : newStack(h, ObjectClass::DisposableStack, PROTO_DISPOSABLE_STACK, &o));
    c.setResult(o);
    return Status::Ok;
}

Status stackUse(NativeCall &c) {
    JSPrimitiveWrapper *s;
    ENG_TRY(thisStack(c, "use", true, &s));
    ENG_TRY(addDisposableResource(c.heap, s->primitive, c.arg(0), isAsyncStack(c)));
    c.setResult(c.arg(0));
    return Status::Ok;
}

Status stackAdopt(NativeCall &c) {
    JSPrimitiveWrapper *s;
    ENG_TRY(thisStack(c, "adopt", true, &s));
    if (!isCallable(c.arg(1))) return notCallable(c.heap, c, "adopt", c.arg(1));
    int32_t kind = KIND_ADOPT | (isAsyncStack(c) ? static_cast<int32_t>(KIND_ASYNC) : 0);
    ENG_TRY(pushResource(c.heap, s->primitive, c.arg(0), c.arg(1), kind));
    c.setResult(c.arg(0));
    return Status::Ok;
}

Status stackDefer(NativeCall &c) {
    JSPrimitiveWrapper *s;
    ENG_TRY(thisStack(c, "defer", true, &s));
    if (!isCallable(c.arg(0))) return notCallable(c.heap, c, "defer", c.arg(0));
    int32_t kind = KIND_DEFER | (isAsyncStack(c) ? static_cast<int32_t>(KIND_ASYNC) : 0);
    return pushResource(c.heap, s->primitive, Value::undefined(), c.arg(0), kind);
}

Status stackMove(NativeCall &c) {
    Heap &h = c.heap;
    JSPrimitiveWrapper *s;
    ENG_TRY(thisStack(c, "move", true, &s));
    Value o;
    ENG_TRY(isAsyncStack(c) ? newStack(h, ObjectClass::AsyncDisposableStack, PROTO_ASYNC_DISPOSABLE_STACK, &o)
                            : newStack(h, ObjectClass::DisposableStack, PROTO_DISPOSABLE_STACK, &o));
    c.setResult(o);
    s = static_cast<JSPrimitiveWrapper *>(asObject(c.thisValue()));
    rcStore(h, static_cast<JSPrimitiveWrapper *>(asObject(o))->primitive, s->primitive);
    rcStore(h, s->primitive, Value::undefined());
    return Status::Ok;
}

Status stackDisposed(NativeCall &c) {
    JSPrimitiveWrapper *s;
    ENG_TRY(thisStack(c, "disposed", false, &s));
    c.setResult(Value::boolean(s->primitive.isUndefined()));
    return Status::Ok;
}

// DisposableStack.prototype.dispose (27.3.3.3).
Status stackDispose(NativeCall &c) {
    Heap &h = c.heap;
    JSPrimitiveWrapper *s;
    ENG_TRY(thisStack(c, "dispose", false, &s));
    if (s->primitive.isUndefined()) return Status::Ok;
    LocalRoot rl(h, s->primitive);
    rcStore(h, s->primitive, Value::undefined());
    bool hasError = false;
    Value error = Value::undefined();
    ENG_TRY(disposeResources(h, rl.value, &hasError, &error));
    if (!hasError) return Status::Ok;
    h.pending = error;
    h.hasPending = true;
    return Status::Error;
}

// AsyncDisposableStack.prototype.disposeAsync (27.4.3.3): never throws, its
// promise rejects.
Status stackDisposeAsync(NativeCall &c) {
    Heap &h = c.heap;
    JSPrimitiveWrapper *s;
    if (thisStack(c, "disposeAsync", false, &s) != Status::Ok) {
        Value e;
        if (!takeThrown(h, &e)) return Status::Error;
        LocalRoot re(h, e);
        JSPromise *p = newPromise(h);
        if (!p) return Status::Error;
        c.setResult(Value::pointer(p));
        rejectPromise(h, p, re.value);
        return Status::Ok;
    }
    if (s->primitive.isUndefined()) {
        JSPromise *p = newPromise(h);
        if (!p) return Status::Error;
        c.setResult(Value::pointer(p));
        fulfillPromise(h, p, Value::undefined());
        return Status::Ok;
    }
    LocalRoot rl(h, s->primitive);
    rcStore(h, s->primitive, Value::undefined());
    Value promise;
    Status st = disposeResourcesAsync(h, rl.value, false, Value::undefined(), &promise);
    c.setResult(promise);
    return st;
}

#define DISPOSABLE_STACK_PROTO_METHODS(M, X)                                                    \
    M(X, adopt, stackAdopt, 2, 0) M(X, defer, stackDefer, 1, 0) M(X, dispose, stackDispose, 0, 0) \
    M(X, move, stackMove, 0, 0) M(X, use, stackUse, 1, 0)
#define ASYNC_DISPOSABLE_STACK_PROTO_METHODS(M, X)                                                            \
    M(X, adopt, stackAdopt, 2, 1) M(X, defer, stackDefer, 1, 1) M(X, disposeAsync, stackDisposeAsync, 0, 1) \
    M(X, move, stackMove, 0, 1) M(X, use, stackUse, 1, 1)

}  // namespace

ENG_FLASH_METHOD_TABLE(disposableStackProtoMethods, DISPOSABLE_STACK_PROTO, DISPOSABLE_STACK_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(asyncDisposableStackProtoMethods, ASYNC_DISPOSABLE_STACK_PROTO,
                       ASYNC_DISPOSABLE_STACK_PROTO_METHODS)
extern const MethodSpec disposableStackGetterMethods[];
const MethodSpec disposableStackGetterMethods[] = {{"disposed", stackDisposed, METHOD_GETTER, 0},
                                                   {"disposed", stackDisposed, METHOD_GETTER, 1}};

namespace {

const FlashAccessor disposedPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_DISPOSABLE_STACK_GETTERS, 0);
const FlashAccessor asyncDisposedPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_DISPOSABLE_STACK_GETTERS, 1);

#define DISPOSABLE_STACK_PROTO_PROPS(P)                                       \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_DISPOSABLE_STACK))       \
    P(disposed, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(disposedPair))
#define DISPOSABLE_STACK_PROTO_SYMBOLS(S)                                                                  \
    S(dispose, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_DISPOSABLE_STACK_PROTO, DISPOSABLE_STACK_PROTO_dispose)) \
    S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(DisposableStack))
#define DISPOSABLE_STACK_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_DISPOSABLE_STACK))
#define ASYNC_DISPOSABLE_STACK_PROTO_PROPS(P)                                      \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_ASYNC_DISPOSABLE_STACK))      \
    P(disposed, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(asyncDisposedPair))
#define ASYNC_DISPOSABLE_STACK_PROTO_SYMBOLS(S)                                                          \
    S(asyncDispose, ATTR_HIDDEN,                                                                         \
      ENG_FLASH_METHOD(FLASH_METHODS_ASYNC_DISPOSABLE_STACK_PROTO, ASYNC_DISPOSABLE_STACK_PROTO_disposeAsync)) \
    S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(AsyncDisposableStack))
#define ASYNC_DISPOSABLE_STACK_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_ASYNC_DISPOSABLE_STACK))

ENG_FLASH_OBJECT_SYMBOLS(disposableStackProtoProps, DISPOSABLE_STACK_PROTO_PROPS, DISPOSABLE_STACK_PROTO,
                         DISPOSABLE_STACK_PROTO_METHODS, DISPOSABLE_STACK_PROTO_SYMBOLS)
ENG_FLASH_TABLE(disposableStackCtorProps, DISPOSABLE_STACK_CTOR_PROPS)
ENG_FLASH_OBJECT_SYMBOLS(asyncDisposableStackProtoProps, ASYNC_DISPOSABLE_STACK_PROTO_PROPS,
                         ASYNC_DISPOSABLE_STACK_PROTO, ASYNC_DISPOSABLE_STACK_PROTO_METHODS,
                         ASYNC_DISPOSABLE_STACK_PROTO_SYMBOLS)
ENG_FLASH_TABLE(asyncDisposableStackCtorProps, ASYNC_DISPOSABLE_STACK_CTOR_PROPS)

#define SUPPRESSED_PROTO_PROPS(P)                                                 \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_SUPPRESSED_ERROR))           \
    P(name, ATTR_HIDDEN, ENG_FLASH_STRING(SuppressedError)) P(message, ATTR_HIDDEN, ENG_FLASH_STRING(empty))
#define SUPPRESSED_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_SUPPRESSED_ERROR))
ENG_FLASH_TABLE(suppressedProtoProps, SUPPRESSED_PROTO_PROPS)
ENG_FLASH_TABLE(suppressedCtorProps, SUPPRESSED_CTOR_PROPS)

JSObject *makeSuppressedErrorPrototype(Heap &h) { return newObject(h, protoOf(h, PROTO_ERROR)); }

}  // namespace

Status initSuppressedErrorBuiltins(Heap &h) {
    JSObject *error = builtinCtor(h, PROTO_ERROR);  // SuppressedError inherits Error
    if (!error) return Status::Error;
    if (ctorOf(h, PROTO_SUPPRESSED_ERROR)) return Status::Ok;
    if (!flashPrototype(h, PROTO_SUPPRESSED_ERROR, suppressedProtoProps.props, makeSuppressedErrorPrototype))
        return Status::Error;
    JSNative *ctor = flashConstructor(h, PROTO_SUPPRESSED_ERROR, ATOM_SuppressedError, suppressedErrorConstructor, 3,
                                      suppressedCtorProps, suppressedProtoProps);
    if (!ctor) return Status::Error;
    rcStore(h, ctor->proto, error);
    bumpPropEpoch(h);
    return Status::Ok;
}

Status initDisposableStackBuiltins(Heap &h) {
    return flashConstructor(h, PROTO_DISPOSABLE_STACK, ATOM_DisposableStack, stackConstructor, 0,
                            disposableStackCtorProps, disposableStackProtoProps)
               ? Status::Ok
               : Status::Error;
}

Status initAsyncDisposableStackBuiltins(Heap &h) {
    JSNative *ctor = flashConstructor(h, PROTO_ASYNC_DISPOSABLE_STACK, ATOM_AsyncDisposableStack, stackConstructor, 0,
                                      asyncDisposableStackCtorProps, asyncDisposableStackProtoProps);
    if (!ctor) return Status::Error;
    ctor->magic = 1;
    return Status::Ok;
}

}  // namespace eng

#endif
