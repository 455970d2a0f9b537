// Promise.allKeyed and Promise.allSettledKeyed (ES2026 await-dictionary):
// Promise.all / allSettled over the enumerable own properties of an
// object, settling with a null-prototype object of the same keys.
// The combinator's state is an internal array (the capability's
// functions, the keys, the values and the count of elements left); each
// element function is a bound function whose this is [state, index]
// (state cleared once called: [[AlreadyCalled]], shared by allSettled's
// two functions).
#include "config.h"

#if ENG_PROMISE_KEYED

#include "builtins/promise_keyed.h"

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/lightfunc.h"
#include "vm/promise.h"

namespace eng {

namespace {

enum { K_RESOLVE, K_REJECT, K_KEYS, K_VALUES, K_REMAINING };
enum ElementKind { ELEMENT_ALL, ELEMENT_SETTLED_FULFILLED, ELEMENT_SETTLED_REJECTED };

Value slot(Value a, uint32_t i) { return asObject(a)->elems[i]; }

// A function of length 1 with no name that calls the internal entry
// `kind` with `element` as this.
Status elementFunction(Heap &h, Value element, uint32_t kind, Value *out) {
    LocalRoot re(h, element);
    JSObject *target;
    ENG_TRY(lightFuncObject(h, ENG_FLASH_METHOD(FLASH_METHODS_PROMISE_KEYED_INTERNAL, kind), &target));
    LocalRoot rt(h, Value::pointer(target));
    JSBound *f = static_cast<JSBound *>(newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Bound, sizeof(JSBound)));
    if (!f) return Status::Error;
    rcInit(f->target, target);
    rcInit(f->boundThis, re.value);
    rcInit(f->name, atom(h, ATOM_empty));
    f->length = 1;
    f->argCount = 0;
    *out = Value::pointer(f);
    return Status::Ok;
}

// CreateKeyedPromiseCombinatorResultObject, then the capability's resolve.
Status resolveWithObject(Heap &h, Value state) {
    LocalRoot rs(h, state);
    JSObject *obj = newObject(h, nullptr);
    if (!obj) return Status::Error;
    LocalRoot ro(h, Value::pointer(obj));
    JSArray *keys = static_cast<JSArray *>(asObject(slot(rs.value, K_KEYS)));
    for (uint32_t i = 0; i < keys->length; i++) {
        PropertyKey key;
        ENG_TRY(toPropertyKey(h, asObject(slot(rs.value, K_KEYS))->elems[i], &key));
        PropertyDescriptor d(h);
        d.value.value = asObject(slot(rs.value, K_VALUES))->elems[i];
        d.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
        d.writable = d.enumerable = d.configurable = true;
        ENG_TRY(defineOwnProperty(h, asObject(ro.value), key, d, true));
        keys = static_cast<JSArray *>(asObject(slot(rs.value, K_KEYS)));
    }
    Value ignored;
    return callValue(h, slot(rs.value, K_RESOLVE), Value::undefined(), &ro.value, 1, &ignored);
}

// One fewer element left; the result once none is.
Status elementDone(Heap &h, Value state) {
    int32_t remaining = slot(state, K_REMAINING).asSmallInt() - 1;
    ENG_TRY(setElement(h, asObject(state), K_REMAINING, Value::smallInt(remaining)));
    return remaining == 0 ? resolveWithObject(h, state) : Status::Ok;
}

// The element functions (entries of promiseKeyedInternalMethods; magic:
// ElementKind).
Status keyedElement(NativeCall &c) {
    Heap &h = c.heap;
    LocalRoot element(h, c.thisValue());
    LocalRoot state(h, slot(element.value, 0));
    if (state.value.isUndefined()) return Status::Ok;  // [[AlreadyCalled]]
    uint32_t index = static_cast<uint32_t>(slot(element.value, 1).asSmallInt());
    ENG_TRY(setElement(h, asObject(element.value), 0, Value::undefined()));
    LocalRoot v(h, c.arg(0));
    if (c.magic != ELEMENT_ALL) {
        bool fulfilled = c.magic == ELEMENT_SETTLED_FULFILLED;
        JSObject *o = newPlainObject(h);
        if (!o) return Status::Error;
        LocalRoot ro(h, Value::pointer(o));
        ENG_TRY(defineOwn(h, o, atom(h, ATOM_status), Value::pointer(atom(h, fulfilled ? ATOM_fulfilled : ATOM_rejected)),
                          ATTR_DEFAULT));
        ENG_TRY(defineOwn(h, o, atom(h, fulfilled ? ATOM_value : ATOM_reason), v.value, ATTR_DEFAULT));
        v.value = ro.value;
    }
    ENG_TRY(setElement(h, asObject(slot(state.value, K_VALUES)), index, v.value));
    return elementDone(h, state.value);
}

// PerformPromiseAllKeyed.
Status performKeyed(Heap &h, bool settled, Value ctor, Value resolveFn, Value promises, Value state) {
    LocalRoot rc(h, ctor), rr(h, resolveFn), rs(h, state);
    JSObject *o;
    ENG_TRY(toObject(h, promises, &o));
    LocalRoot ro(h, Value::pointer(o));
    JSArray *all = newArray(h, 0);
    if (!all) return Status::Error;
    LocalRoot ra(h, Value::pointer(all));
    if (isProxyObject(o)) ENG_TRY(proxyOwnKeys(h, o, all));
    else ENG_TRY(ownPropertyKeys(h, o, all));
    uint32_t index = 0;
    for (uint32_t i = 0; i < static_cast<JSArray *>(asObject(ra.value))->length; i++) {
        LocalRoot kv(h, asObject(ra.value)->elems[i]);
        PropertyKey key;
        ENG_TRY(toPropertyKey(h, kv.value, &key));
        bool enumerable = false;
        o = asObject(ro.value);
        if (isProxyObject(o)) {
            PropertyDescriptor d(h);
            bool found = false;
            ENG_TRY(proxyGetOwnProperty(h, o, key, &d, &found));
            enumerable = found && d.enumerable;
        } else {
            Value v;
            uint8_t attrs = 0;
            bool found = getOwnDataOrAccessor(h, o, key, &v, &attrs);
            if (!found && lookupFailed(h)) return Status::Error;
            enumerable = found && (attrs & ATTR_ENUMERABLE);
        }
        if (!enumerable) continue;
        LocalRoot value(h);
        ENG_TRY(getProperty(h, asObject(ro.value), key, ro.value, &value.value));
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(slot(rs.value, K_KEYS))), kv.value));
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(slot(rs.value, K_VALUES))), Value::undefined()));
        LocalRoot next(h);
        ENG_TRY(callValue(h, rr.value, rc.value, &value.value, 1, &next.value));
        JSArray *element = newArray(h, 2);
        if (!element) return Status::Error;
        LocalRoot re(h, Value::pointer(element));
        ENG_TRY(arrayPush(h, element, rs.value));
        ENG_TRY(arrayPush(h, element, Value::smallInt(static_cast<int32_t>(index))));
        Value fns[2];
        ENG_TRY(elementFunction(h, re.value, settled ? ELEMENT_SETTLED_FULFILLED : ELEMENT_ALL, &fns[0]));
        LocalRoot f0(h, fns[0]), f1(h, slot(rs.value, K_REJECT));
        if (settled) ENG_TRY(elementFunction(h, re.value, ELEMENT_SETTLED_REJECTED, &f1.value));
        ENG_TRY(setElement(h, asObject(rs.value), K_REMAINING, Value::smallInt(slot(rs.value, K_REMAINING).asSmallInt() + 1)));
        Value then;  // Invoke(nextPromise, "then", « onFulfilled, onRejected »)
        ENG_TRY(getValueProperty(h, next.value, Value::pointer(atom(h, ATOM_then)), &then));
        Value args[2] = {f0.value, f1.value}, ignored;
        ENG_TRY(callValue(h, then, next.value, args, 2, &ignored));
        index++;
    }
    return elementDone(h, rs.value);
}

}  // namespace

Status promiseAllKeyed(NativeCall &c) {
    Heap &h = c.heap;
    JSPromiseRecord *cap;
    ENG_TRY(newPromiseCapability(h, c.thisValue(), &cap));
    LocalRoot rc(h, Value::pointer(cap));
    if (cap->resolve.isUndefined()) {  // %Promise%'s own capability: its functions are needed here
        Value fns[2];
        ENG_TRY(createResolvingFunctions(h, asPromise(cap->promise), &fns[0], &fns[1]));
        cap = static_cast<JSPromiseRecord *>(asObject(rc.value));
        rcStore(h, cap->resolve, fns[0]);
        rcStore(h, cap->reject, fns[1]);
    }
    c.setResult(cap->promise);
    LocalRoot resolveFn(h);
    Status st = getValueProperty(h, c.thisValue(), Value::pointer(atom(h, ATOM_resolve)), &resolveFn.value);
    if (st == Status::Ok && !isCallable(resolveFn.value))
        st = throwError(h, PROTO_TYPE_ERROR, "Promise resolve is not a function");
    if (st == Status::Ok && !isObjectType(c.arg(0)))
        st = throwError(h, PROTO_TYPE_ERROR, "Promise.%s: the argument is not an object", c.magic ? "allSettledKeyed" : "allKeyed");
    JSArray *state = st == Status::Ok ? newArray(h, 5) : nullptr;
    if (st == Status::Ok && !state) st = Status::Error;
    if (st == Status::Ok) {
        LocalRoot rs(h, Value::pointer(state));
        cap = static_cast<JSPromiseRecord *>(asObject(rc.value));
        Value fields[5] = {cap->resolve, cap->reject, Value::undefined(), Value::undefined(), Value::smallInt(1)};
        for (uint32_t i = 0; st == Status::Ok && i < 5; i++) st = arrayPush(h, state, fields[i]);
        JSArray *keys = st == Status::Ok ? newArray(h, 0) : nullptr;
        if (keys) st = setElement(h, state, K_KEYS, Value::pointer(keys));
        JSArray *values = keys && st == Status::Ok ? newArray(h, 0) : nullptr;
        if (values) st = setElement(h, state, K_VALUES, Value::pointer(values));
        if (st == Status::Ok && (!keys || !values)) st = Status::Error;
        if (st == Status::Ok) st = performKeyed(h, c.magic != 0, c.thisValue(), resolveFn.value, c.arg(0), rs.value);
    }
    if (st == Status::Ok) return Status::Ok;
    // IfAbruptRejectPromise
    Value e;
    if (!takeThrown(h, &e)) return Status::Error;
    return capabilitySettle(h, static_cast<JSPromiseRecord *>(asObject(rc.value)), true, e);
}

extern const MethodSpec promiseKeyedInternalMethods[];
const MethodSpec promiseKeyedInternalMethods[] = {
    {"", keyedElement, 1, ELEMENT_ALL}, {"", keyedElement, 1, ELEMENT_SETTLED_FULFILLED}, {"", keyedElement, 1, ELEMENT_SETTLED_REJECTED}};

}  // namespace eng

#endif
