// The Iterator global and the ES2025 Iterator helpers (27.1.3): the
// lazy ones (map, filter, take, drop, flatMap) return an Iterator Helper
// whose next() runs one step of the spec's abstract closure; the eager ones
// (reduce, toArray, forEach, some, every, find) drain the iterator here.
// Iterator.from wraps an iterator that does not inherit Iterator.prototype.
// Every object and method lives in flash tables; %IteratorHelperPrototype%
// and %WrapForValidIteratorPrototype% are made with the first helper.
#include "config.h"

#if ENG_ITERATOR_HELPERS

#include <math.h>

#include "builtins/builtins.h"
#include "builtins/disposable.h"
#include "builtins/flash_props.h"
#include "builtins/iterator_proposals.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "value/number.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/operators.h"

namespace eng {

namespace {

enum HelperKind : uint8_t { HELPER_MAP, HELPER_FILTER, HELPER_TAKE, HELPER_DROP, HELPER_FLAT_MAP };
// The [[GeneratorState]] of a helper: it runs while its closure does (a
// re-entrant next() is a TypeError), and is done for good once completed.
enum HelperState : uint8_t { STATE_SUSPENDED_START, STATE_SUSPENDED_YIELD, STATE_RUNNING, STATE_COMPLETED };

const char *const helperNames[] = {"map", "filter", "take", "drop", "flatMap"};

Status notAFunction(Heap &h, Value v) {
    char what[64];
    describeValue(h, v, what, sizeof what);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", what);
}

// IteratorClose(iterator, a normal completion): return()'s own errors, and
// a result that is not an object, are thrown.
Status closeNormally(Heap &h, Value iterator) {
    LocalRoot ri(h, iterator);
    Value ret;
    ENG_TRY(getValueProperty(h, ri.value, Value::pointer(atom(h, ATOM_return_)), &ret));
    if (ret.isNullish()) return Status::Ok;
    if (!isCallable(ret)) return notAFunction(h, ret);
    Value result;
    ENG_TRY(callValue(h, ret, ri.value, nullptr, 0, &result));
    if (!isObjectType(result)) return throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
    return Status::Ok;
}

// IteratorClose(iterator, the pending throw completion): return() is
// called and its own errors dropped; the pending error stays. Always Error.
Status closeThrowing(Heap &h, Value iterator) {
    if (interrupted(h)) return Status::Error;  // nothing runs while a stop unwinds
    LocalRoot error(h, h.pending), ri(h, iterator);
    h.pending = Value::undefined();
    h.hasPending = false;
    Value ret, result;
    if (getValueProperty(h, ri.value, Value::pointer(atom(h, ATOM_return_)), &ret) == Status::Ok && isCallable(ret))
        (void)callValue(h, ret, ri.value, nullptr, 0, &result);
    if (interrupted(h)) return Status::Error;
    h.pending = error.value;
    h.hasPending = true;
    return Status::Error;
}

// IteratorStep / IteratorStepValue: calls next; *done at the end, else
// *value is the result's value (read only when wanted).
Status step(Heap &h, Value iterator, Value next, bool wantValue, Value *value, bool *done) {
    Value result;
    ENG_TRY(callValue(h, next, iterator, nullptr, 0, &result));
    if (!isObjectType(result)) return throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
    LocalRoot rr(h, result);
    Value d;
    ENG_TRY(getValueProperty(h, rr.value, Value::pointer(atom(h, ATOM_done)), &d));
    *done = toBoolean(d);
    *value = Value::undefined();
    if (*done || !wantValue) return Status::Ok;
    return getValueProperty(h, rr.value, Value::pointer(atom(h, ATOM_value)), value);
}

// GetIteratorDirect: the next method of an iterator object.
Status nextMethodOf(Heap &h, Value iterator, Value *out) {
    return getValueProperty(h, iterator, Value::pointer(atom(h, ATOM_next)), out);
}

// GetIteratorFlattenable (27.1.3.2.1.1 / 27.1.3.2.5): obj's @@iterator
// result, or obj itself when it has none; strings only when allowed.
Status iteratorFlattenable(Heap &h, Value obj, bool allowStrings, Value *iterator, Value *next) {
    if (!isObjectType(obj) && !(allowStrings && isString(obj))) {
        char what[64];
        describeValue(h, obj, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not an iterable object", what);
    }
    LocalRoot ro(h, obj);
    Value method;
    ENG_TRY(getSymbolMethod(h, obj, WKS_iterator, &method));
    if (method.isNullish()) {
        *iterator = ro.value;
    } else {
        if (!isCallable(method)) return notAFunction(h, method);
        ENG_TRY(callValue(h, method, ro.value, nullptr, 0, iterator));
    }
    if (!isObjectType(*iterator)) return throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.iterator method is not an object");
    LocalRoot ri(h, *iterator);
    ENG_TRY(nextMethodOf(h, ri.value, next));
    *iterator = ri.value;
    return Status::Ok;
}

// this, an object, or a TypeError naming the method.
Status thisIteratorObject(NativeCall &c, const char *method) {
    if (isObjectType(c.thisValue())) return Status::Ok;
    return throwError(c.heap, PROTO_TYPE_ERROR, "Iterator.prototype.%s called on a non-object", method);
}

// The callback argument of a method, or (when it is not callable) the
// TypeError after closing this iterator, as the spec's argument checks do.
Status requireCallback(NativeCall &c, Value fn) {
    if (isCallable(fn)) return Status::Ok;
    (void)notAFunction(c.heap, fn);
    return closeThrowing(c.heap, c.thisValue());
}

Status helperPrototype(Heap &h, LateIntrinsic which, JSObject **out);

// A helper or wrapper (class cls) over iterated and its next method, at
// the start; null when memory runs out.
JSIteratorHelper *newIteratorHelper(Heap &h, JSObject *proto, ObjectClass cls, Value iterated, Value next, Value fn) {
    LocalRoot ri(h, iterated), rn(h, next), rf(h, fn);
    JSIteratorHelper *it = static_cast<JSIteratorHelper *>(newObjectOfSize(h, proto, cls, sizeof(JSIteratorHelper)));
    if (!it) return nullptr;
    rcInit(it->iterated, ri.value);
    rcInit(it->nextMethod, rn.value);
    rcInit(it->fn, rf.value);
    rcInit(it->inner, Value::undefined());
    rcInit(it->innerNext, Value::undefined());
    it->remaining = it->counter = 0;
    it->kind = 0;
    it->state = STATE_SUSPENDED_START;
    return it;
}

// ---- the lazy helpers --------------------------------------------------

// Iterator.prototype.map / filter / take / drop / flatMap (magic: the kind).
Status makeHelper(NativeCall &c) {
    Heap &h = c.heap;
    HelperKind kind = static_cast<HelperKind>(c.magic);
    ENG_TRY(thisIteratorObject(c, helperNames[kind]));
    double remaining = 0;
    if (kind == HELPER_TAKE || kind == HELPER_DROP) {
        double limit;
        if (toNumber(h, c.arg(0), &limit) != Status::Ok) return closeThrowing(h, c.thisValue());
        if (isnan(limit) || (isfinite(limit) && limit > 9007199254740991.0)) {
            (void)throwError(h, PROTO_RANGE_ERROR, "%s must be a safe integer or Infinity", kind == HELPER_TAKE ? "take limit" : "drop limit");
            return closeThrowing(h, c.thisValue());
        }
        remaining = toIntegerDouble(limit);
        if (remaining < 0) {
            (void)throwError(h, PROTO_RANGE_ERROR, "%s must be positive", kind == HELPER_TAKE ? "take limit" : "drop limit");
            return closeThrowing(h, c.thisValue());
        }
    } else {
        ENG_TRY(requireCallback(c, c.arg(0)));
    }
    Value next;
    ENG_TRY(nextMethodOf(h, c.thisValue(), &next));
    LocalRoot rn(h, next);
    JSObject *proto = nullptr;
    ENG_TRY(helperPrototype(h, LATE_ITERATOR_HELPER_PROTOTYPE, &proto));
    Value fn = kind == HELPER_TAKE || kind == HELPER_DROP ? Value::undefined() : c.arg(0);
    JSIteratorHelper *it = newIteratorHelper(h, proto, ObjectClass::IteratorHelper, c.thisValue(), rn.value, fn);
    if (!it) return Status::Error;
    it->remaining = remaining;
    it->kind = kind;
    c.setResult(Value::pointer(it));
    return Status::Ok;
}

// Calls the helper's callback with (value, counter).
Status callCallback(Heap &h, JSIteratorHelper *it, Value value, Value *out) {
    Value args[2] = {value, Value::undefined()};
    LocalRoot rv(h, value);
    ENG_TRY(makeNumber(h, it->counter, &args[1]));
    args[0] = rv.value;
    LocalRoot rc(h, args[1]);
    return callValue(h, it->fn, Value::undefined(), args, 2, out);
}

// One resumption of the helper's closure, up to its next Yield (*done
// false, *out the value) or its end (*done true). root holds the helper.
Status runHelper(Heap &h, LocalRoot &root, Value *out, bool *done) {
#define IT static_cast<JSIteratorHelper *>(asObject(root.value))
    *done = false;
#if ENG_ITERATOR_PROPOSAL_HELPERS
    if (IT->kind >= HELPER_FIRST_PROPOSAL) return runProposalHelper(h, root.value, out, done);
#endif
    for (;;) {
        JSIteratorHelper *it = IT;
        Value value;
        bool end;
        if (it->kind == HELPER_FLAT_MAP && !it->inner.isUndefined()) {
            // The inner iterator's values first; its errors close the outer one.
            if (step(h, it->inner, it->innerNext, true, &value, &end) != Status::Ok) return closeThrowing(h, IT->iterated);
            if (!end) {
                *out = value;
                return Status::Ok;
            }
            rcStore(h, IT->inner, Value::undefined());
            rcStore(h, IT->innerNext, Value::undefined());
            continue;
        }
        if (it->kind == HELPER_TAKE) {
            if (it->remaining == 0) {
                *done = true;
                return closeNormally(h, it->iterated);
            }
            if (!isinf(it->remaining)) it->remaining--;
        }
        if (it->kind == HELPER_DROP) {
            while (IT->remaining > 0) {
                if (!isinf(IT->remaining)) IT->remaining--;
                ENG_TRY(step(h, IT->iterated, IT->nextMethod, false, &value, &end));
                if (end) {
                    *done = true;
                    return Status::Ok;
                }
            }
        }
        ENG_TRY(step(h, IT->iterated, IT->nextMethod, true, &value, &end));
        if (end) {
            *done = true;
            return Status::Ok;
        }
        it = IT;
        if (it->kind == HELPER_TAKE || it->kind == HELPER_DROP) {
            *out = value;
            return Status::Ok;
        }
        LocalRoot rv(h, value);
        Value mapped;
        if (callCallback(h, it, value, &mapped) != Status::Ok) return closeThrowing(h, IT->iterated);
        IT->counter++;
        if (IT->kind == HELPER_MAP) {
            *out = mapped;
            return Status::Ok;
        }
        if (IT->kind == HELPER_FILTER) {
            if (!toBoolean(mapped)) continue;
            *out = rv.value;
            return Status::Ok;
        }
        LocalRoot rm(h, mapped);  // flatMap: mapped's iterator, objects only
        Value inner, innerNext;
        if (iteratorFlattenable(h, mapped, false, &inner, &innerNext) != Status::Ok) return closeThrowing(h, IT->iterated);
        LocalRoot ri(h, inner);
        rcStore(h, IT->innerNext, innerNext);
        rcStore(h, IT->inner, ri.value);
    }
#undef IT
}

// The helper that is this, or a TypeError.
Status thisHelper(NativeCall &c, ObjectClass cls, const char *method, JSIteratorHelper **out) {
    Value t = c.thisValue();
    if (!isObject(t) || asObject(t)->cls() != cls)
        return throwError(c.heap, PROTO_TYPE_ERROR, "%s called on an incompatible receiver", method);
    *out = static_cast<JSIteratorHelper *>(asObject(t));
    return Status::Ok;
}

// Drops what a completed helper holds.
void finishHelper(Heap &h, JSIteratorHelper *it) {
    it->state = STATE_COMPLETED;
    rcStore(h, it->iterated, Value::undefined());
    rcStore(h, it->nextMethod, Value::undefined());
    rcStore(h, it->fn, Value::undefined());
    rcStore(h, it->inner, Value::undefined());
    rcStore(h, it->innerNext, Value::undefined());
}

Status doneResult(NativeCall &c) {
    Value r;
    ENG_TRY(createIterResult(c.heap, Value::undefined(), true, &r));
    c.setResult(r);
    return Status::Ok;
}

// %IteratorHelperPrototype%.next (27.1.2.1.1): GeneratorResume.
Status helperNext(NativeCall &c) {
    Heap &h = c.heap;
    JSIteratorHelper *it = nullptr;
    ENG_TRY(thisHelper(c, ObjectClass::IteratorHelper, "Iterator Helper next", &it));
    if (it->state == STATE_RUNNING) return throwError(h, PROTO_TYPE_ERROR, "Iterator Helper is already running");
    if (it->state == STATE_COMPLETED) return doneResult(c);
    it->state = STATE_RUNNING;
    LocalRoot root(h, c.thisValue());
    Value value;
    bool done = true;
    Status st = runHelper(h, root, &value, &done);
    it = static_cast<JSIteratorHelper *>(asObject(root.value));
    if (st != Status::Ok || done) finishHelper(h, it);
    else it->state = STATE_SUSPENDED_YIELD;
    ENG_TRY(st);
    Value r;
    ENG_TRY(createIterResult(h, value, done, &r));
    c.setResult(r);
    return Status::Ok;
}

// %IteratorHelperPrototype%.return (27.1.2.1.2): before the first next(),
// closes the underlying iterator; after a yield, the closure resumes with a
// return completion, which closes the inner iterator (flatMap), then the
// underlying one.
Status helperReturn(NativeCall &c) {
    Heap &h = c.heap;
    JSIteratorHelper *it = nullptr;
    ENG_TRY(thisHelper(c, ObjectClass::IteratorHelper, "Iterator Helper return", &it));
    if (it->state == STATE_RUNNING) return throwError(h, PROTO_TYPE_ERROR, "Iterator Helper is already running");
    if (it->state == STATE_COMPLETED) return doneResult(c);
    LocalRoot iterated(h, it->iterated), inner(h, it->inner), fn(h, it->fn);
    uint8_t kind = it->kind;
    bool started = it->state == STATE_SUSPENDED_YIELD;
    finishHelper(h, it);  // completed before the start's close; running (a TypeError to next) after a yield
    if (started) it->state = STATE_RUNNING;
    Status st = Status::Ok;
#if ENG_ITERATOR_ZIP
    if (kind == HELPER_ZIP) st = zipCloseAll(h, fn.value);  // every iterator still open
    else
#else
    (void)kind;
#endif
    if (started && !inner.value.isUndefined() && closeNormally(h, inner.value) != Status::Ok)
        st = iterated.value.isUndefined() ? Status::Error : closeThrowing(h, iterated.value);
    if (st == Status::Ok && !iterated.value.isUndefined()) st = closeNormally(h, iterated.value);  // none: concat
    static_cast<JSIteratorHelper *>(asObject(c.thisValue()))->state = STATE_COMPLETED;
    ENG_TRY(st);
    return doneResult(c);
}

// ---- the eager methods --------------------------------------------------

// Iterator.prototype.toArray (27.1.3.2.12).
Status iteratorToArray(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(thisIteratorObject(c, "toArray"));
    Value next;
    ENG_TRY(nextMethodOf(h, c.thisValue(), &next));
    LocalRoot rn(h, next);
    JSArray *items = newArray(h, 0);
    if (!items) return Status::Error;
    c.setResult(Value::pointer(items));
    for (;;) {
        Value value;
        bool done;
        ENG_TRY(step(h, c.thisValue(), rn.value, true, &value, &done));
        if (done) return Status::Ok;
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(c.result())), value));
    }
}

// forEach, some, every, find (magic 0..3): the callback with (value,
// counter) for each value; some/every/find stop early and close it.
enum { EACH_FOR_EACH, EACH_SOME, EACH_EVERY, EACH_FIND };
Status iteratorEach(NativeCall &c) {
    static const char *const names[] = {"forEach", "some", "every", "find"};
    Heap &h = c.heap;
    ENG_TRY(thisIteratorObject(c, names[c.magic]));
    ENG_TRY(requireCallback(c, c.arg(0)));
    Value next;
    ENG_TRY(nextMethodOf(h, c.thisValue(), &next));
    LocalRoot rn(h, next);
    c.setResult(c.magic == EACH_SOME ? Value::boolean(false) : c.magic == EACH_EVERY ? Value::boolean(true) : Value::undefined());
    for (double counter = 0;; counter++) {
        Value value;
        bool done;
        ENG_TRY(step(h, c.thisValue(), rn.value, true, &value, &done));
        if (done) return Status::Ok;
        LocalRoot rv(h, value);
        Value args[2] = {value, Value::undefined()};
        ENG_TRY(makeNumber(h, counter, &args[1]));
        args[0] = rv.value;
        Value result;
        if (callValue(h, c.arg(0), Value::undefined(), args, 2, &result) != Status::Ok) return closeThrowing(h, c.thisValue());
        bool truthy = toBoolean(result);
        if (c.magic == EACH_FOR_EACH || truthy == (c.magic == EACH_EVERY)) continue;
        c.setResult(c.magic == EACH_FIND ? rv.value : Value::boolean(c.magic == EACH_SOME));
        return closeNormally(h, c.thisValue());
    }
}

// Iterator.prototype.reduce (27.1.3.2.8).
Status iteratorReduce(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(thisIteratorObject(c, "reduce"));
    ENG_TRY(requireCallback(c, c.arg(0)));
    Value next;
    ENG_TRY(nextMethodOf(h, c.thisValue(), &next));
    LocalRoot rn(h, next);
    double counter = 0;
    if (c.argc >= 2) {
        c.setResult(c.arg(1));
    } else {
        Value first;
        bool done;
        ENG_TRY(step(h, c.thisValue(), rn.value, true, &first, &done));
        if (done) return throwError(h, PROTO_TYPE_ERROR, "Reduce of empty iterator with no initial value");
        c.setResult(first);
        counter = 1;
    }
    for (;; counter++) {
        Value value;
        bool done;
        ENG_TRY(step(h, c.thisValue(), rn.value, true, &value, &done));
        if (done) return Status::Ok;
        LocalRoot rv(h, value);
        Value args[3] = {c.result(), value, Value::undefined()};
        ENG_TRY(makeNumber(h, counter, &args[2]));
        args[0] = c.result();
        args[1] = rv.value;
        Value result;
        if (callValue(h, c.arg(0), Value::undefined(), args, 3, &result) != Status::Ok) return closeThrowing(h, c.thisValue());
        c.setResult(result);
    }
}

// ---- Iterator, Iterator.from and the wrapper ----------------------------

// Iterator (27.1.3.1): abstract; only a subclass constructs.
Status iteratorConstructor(NativeCall &c) {
    if (!c.construct || !c.otherNewTarget)
        return throwError(c.heap, PROTO_TYPE_ERROR, "Iterator cannot be constructed directly");
    JSObject *proto = builtinProto(c.heap, PROTO_ITERATOR);
    if (!proto) return Status::Error;
    JSObject *o = newObject(c.heap, proto);  // its prototype becomes new.target's (adoptNewTargetPrototype)
    if (!o) return Status::Error;
    c.setResult(Value::pointer(o));
    return Status::Ok;
}

// Iterator.from (27.1.3.2.1): the iterator itself when it inherits from
// Iterator.prototype, else a wrapper whose next and return forward to it.
Status iteratorFrom(NativeCall &c) {
    Heap &h = c.heap;
    Value iterator, next;
    ENG_TRY(iteratorFlattenable(h, c.arg(0), true, &iterator, &next));
    LocalRoot ri(h, iterator), rn(h, next);
    JSObject *ctor = builtinCtor(h, PROTO_ITERATOR);
    if (!ctor) return Status::Error;
    bool inherits = false;
    ENG_TRY(ordinaryHasInstance(h, Value::pointer(ctor), ri.value, &inherits));
    if (inherits) {
        c.setResult(ri.value);
        return Status::Ok;
    }
    JSObject *proto = nullptr;
    ENG_TRY(helperPrototype(h, LATE_WRAP_FOR_VALID_ITERATOR_PROTOTYPE, &proto));
    JSIteratorHelper *w =
        newIteratorHelper(h, proto, ObjectClass::WrapForValidIterator, ri.value, rn.value, Value::undefined());
    if (!w) return Status::Error;
    c.setResult(Value::pointer(w));
    return Status::Ok;
}

// %WrapForValidIteratorPrototype%.next (27.1.3.2.1.2.1).
Status wrapNext(NativeCall &c) {
    JSIteratorHelper *w = nullptr;
    ENG_TRY(thisHelper(c, ObjectClass::WrapForValidIterator, "next", &w));
    Value result;
    ENG_TRY(callValue(c.heap, w->nextMethod, w->iterated, nullptr, 0, &result));
    c.setResult(result);
    return Status::Ok;
}

// %WrapForValidIteratorPrototype%.return (27.1.3.2.1.2.2).
Status wrapReturn(NativeCall &c) {
    Heap &h = c.heap;
    JSIteratorHelper *w = nullptr;
    ENG_TRY(thisHelper(c, ObjectClass::WrapForValidIterator, "return", &w));
    LocalRoot ri(h, w->iterated);
    Value ret;
    ENG_TRY(getValueProperty(h, ri.value, Value::pointer(atom(h, ATOM_return_)), &ret));
    if (ret.isNullish()) return doneResult(c);
    if (!isCallable(ret)) return notAFunction(h, ret);
    Value result;
    ENG_TRY(callValue(h, ret, ri.value, nullptr, 0, &result));
    c.setResult(result);
    return Status::Ok;
}

// Iterator.prototype[@@iterator] (27.1.3.2.13).
Status returnThis(NativeCall &c) {
    c.setResult(c.thisValue());
    return Status::Ok;
}

// Iterator.prototype.constructor and [@@toStringTag] are accessors
// (27.1.3.2.2, 27.1.3.2.14): the getters answer Iterator and "Iterator";
// the setters (SetterThatIgnoresPrototypeProperties) refuse to write on
// Iterator.prototype itself and define an own property elsewhere.
Status constructorGetter(NativeCall &c) {
    JSObject *ctor = builtinCtor(c.heap, PROTO_ITERATOR);
    if (!ctor) return Status::Error;
    c.setResult(Value::pointer(ctor));
    return Status::Ok;
}

Status toStringTagGetter(NativeCall &c) {
    c.setResult(Value::pointer(atom(c.heap, ATOM_Iterator)));
    return Status::Ok;
}

// magic 0: "constructor", 1: @@toStringTag.
Status ignoringPrototypeSetter(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    if (!isObjectType(t)) return throwError(h, PROTO_TYPE_ERROR, "Iterator.prototype setter called on a non-object");
    JSObject *home = builtinProto(h, PROTO_ITERATOR);
    if (!home) return Status::Error;
    if (isObject(t) && asObject(t) == home)
        return throwError(h, PROTO_TYPE_ERROR, "Cannot assign to read only property of Iterator.prototype");
    PropertyKey key = keyFromString(c.magic ? wellKnownSymbol(WKS_toStringTag) : atom(h, ATOM_constructor));
    JSObject *o = nullptr;
    ENG_TRY(toObject(h, t, &o));
    if (hasOwnProperty(h, o, key)) return putValueProperty(h, t, Value::pointer(key.string), c.arg(0), true);
    if (lookupFailed(h)) return Status::Error;
    PropertyDescriptor desc(h);  // CreateDataPropertyOrThrow
    desc.value.value = c.arg(0);
    desc.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    desc.writable = desc.enumerable = desc.configurable = true;
    return defineOwnProperty(h, o, key, desc, true, nullptr);
}

#define ITERATOR_PROTO_METHODS(M, X)                                                          \
    M(X, map, makeHelper, 1, HELPER_MAP) M(X, filter, makeHelper, 1, HELPER_FILTER)            \
    M(X, take, makeHelper, 1, HELPER_TAKE) M(X, drop, makeHelper, 1, HELPER_DROP)              \
    M(X, flatMap, makeHelper, 1, HELPER_FLAT_MAP) M(X, reduce, iteratorReduce, 1, 0)           \
    M(X, toArray, iteratorToArray, 0, 0) M(X, forEach, iteratorEach, 1, EACH_FOR_EACH)          \
    M(X, some, iteratorEach, 1, EACH_SOME) M(X, every, iteratorEach, 1, EACH_EVERY)            \
    M(X, find, iteratorEach, 1, EACH_FIND) ITERATOR_PROTO_METHODS_PROPOSALS(M, X)
#define ITERATOR_STATIC_METHODS(M, X) M(X, from, iteratorFrom, 1, 0) ITERATOR_STATIC_METHODS_PROPOSALS(M, X)
#define ITERATOR_HELPER_METHODS(M, X) M(X, next, helperNext, 0, 0) M(X, return_, helperReturn, 0, 0)
#define WRAP_FOR_VALID_ITERATOR_METHODS(M, X) M(X, next, wrapNext, 0, 0) M(X, return_, wrapReturn, 0, 0)

}  // namespace

ENG_FLASH_METHOD_TABLE(iteratorProtoMethods, ITERATOR_PROTO, ITERATOR_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(iteratorStaticMethods, ITERATOR_STATIC, ITERATOR_STATIC_METHODS)
ENG_FLASH_METHOD_TABLE(iteratorHelperProtoMethods, ITERATOR_HELPER_PROTO, ITERATOR_HELPER_METHODS)
ENG_FLASH_METHOD_TABLE(wrapForValidIteratorMethods, WRAP_FOR_VALID_ITERATOR_PROTO, WRAP_FOR_VALID_ITERATOR_METHODS)

// The accessors' functions and @@iterator (entries named by the tables below).
extern const MethodSpec iteratorProtoExtraMethods[];
const MethodSpec iteratorProtoExtraMethods[] = {
    {"constructor", constructorGetter, METHOD_GETTER, 0},
    {"constructor", ignoringPrototypeSetter, METHOD_SETTER, 0},
    {"@@toStringTag", toStringTagGetter, METHOD_GETTER, 0},
    {"@@toStringTag", ignoringPrototypeSetter, METHOD_SETTER, 1},
    {"@@iterator", returnThis, 0, 0},
#if ENG_RESOURCE_MANAGEMENT
    {"@@dispose", iteratorProtoDispose, 0, 0},
#endif
};

namespace {

const FlashAccessor constructorPair = {{{ENG_READ_ONLY_NEXT, HeapType::Accessor, ROM_GC_FLAGS, 0},
                                        ENG_FLASH_METHOD(FLASH_METHODS_ITERATOR_PROTO_EXTRAS, 0),
                                        ENG_FLASH_METHOD(FLASH_METHODS_ITERATOR_PROTO_EXTRAS, 1)}};
const FlashAccessor toStringTagPair = {{{ENG_READ_ONLY_NEXT, HeapType::Accessor, ROM_GC_FLAGS, 0},
                                        ENG_FLASH_METHOD(FLASH_METHODS_ITERATOR_PROTO_EXTRAS, 2),
                                        ENG_FLASH_METHOD(FLASH_METHODS_ITERATOR_PROTO_EXTRAS, 3)}};

#define ITERATOR_PROTO_PROPS(P) P(constructor, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(constructorPair))
#define ITERATOR_PROTO_SYMBOLS(S)                                                          \
    S(iterator, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_ITERATOR_PROTO_EXTRAS, 4))     \
    S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(toStringTagPair))                \
    ITERATOR_PROTO_DISPOSE(S)
#if ENG_RESOURCE_MANAGEMENT
#define ITERATOR_PROTO_DISPOSE(S) S(dispose, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_ITERATOR_PROTO_EXTRAS, 5))
#else
#define ITERATOR_PROTO_DISPOSE(S)
#endif
#define ITERATOR_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_ITERATOR))
#define ITERATOR_HELPER_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(IteratorHelper))
#define NO_SYMBOLS(S)

ENG_FLASH_OBJECT_SYMBOLS(iteratorProtoProps, ITERATOR_PROTO_PROPS, ITERATOR_PROTO, ITERATOR_PROTO_METHODS,
                         ITERATOR_PROTO_SYMBOLS)
ENG_FLASH_OBJECT(iteratorCtorProps, ITERATOR_CTOR_PROPS, ITERATOR_STATIC, ITERATOR_STATIC_METHODS)
ENG_FLASH_OBJECT_SYMBOLS(iteratorHelperProtoProps, ENG_FLASH_NO_PROPS, ITERATOR_HELPER_PROTO,
                         ITERATOR_HELPER_METHODS, ITERATOR_HELPER_SYMBOLS)
ENG_FLASH_OBJECT(wrapForValidIteratorProtoProps, ENG_FLASH_NO_PROPS, WRAP_FOR_VALID_ITERATOR_PROTO,
                 WRAP_FOR_VALID_ITERATOR_METHODS)

// %IteratorHelperPrototype% or %WrapForValidIteratorPrototype%, made on
// first use, inheriting Iterator.prototype.
Status helperPrototype(Heap &h, LateIntrinsic which, JSObject **out) {
    if ((*out = lateIntrinsic(h, which))) return Status::Ok;
    JSObject *parent = builtinProto(h, PROTO_ITERATOR);
    if (!parent) return Status::Error;
    JSObject *o = newObject(h, parent);
    if (!o) return Status::Error;
    if (which == LATE_ITERATOR_HELPER_PROTOTYPE) useFlashProps(o, iteratorHelperProtoProps);
    else useFlashProps(o, wrapForValidIteratorProtoProps);
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(setLateIntrinsic(h, which, o));
    *out = o;
    return Status::Ok;
}

}  // namespace

#if ENG_ITERATOR_PROPOSAL_HELPERS
Status newProposalHelper(Heap &h, uint8_t kind, Value iterated, Value next, Value fn, Value *out) {
    LocalRoot ri(h, iterated), rn(h, next), rf(h, fn);
    JSObject *proto = nullptr;
    ENG_TRY(helperPrototype(h, LATE_ITERATOR_HELPER_PROTOTYPE, &proto));
    JSIteratorHelper *it = newIteratorHelper(h, proto, ObjectClass::IteratorHelper, ri.value, rn.value, rf.value);
    if (!it) return Status::Error;
    it->kind = kind;
    *out = Value::pointer(it);
    return Status::Ok;
}
#endif

Status initIteratorBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    return flashConstructor(h, PROTO_ITERATOR, ATOM_Iterator, iteratorConstructor, 0, iteratorCtorProps,
                            iteratorProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng

#endif
