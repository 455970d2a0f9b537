// Iterator.zip and Iterator.zipKeyed (ES2026 joint iteration): an Iterator
// Helper whose closure (runZip, the spec's IteratorZip) steps every
// iterator once per result. Its state is an internal array (the helper's
// fn): the mode, the keys (zipKeyed) and, per iterator, four slots: the
// iterator (null once exhausted in "longest" mode), its next method, its
// padding and whether it is still open (the spec's openIters, in order:
// closing goes backwards).
#include "config.h"

#if ENG_ITERATOR_ZIP

#include "builtins/builtins.h"
#include "builtins/iterator_proposals.h"
#include "builtins/iterator_protocol.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

namespace eng {

namespace {

enum ZipMode { MODE_SHORTEST, MODE_LONGEST, MODE_STRICT };
enum { Z_MODE, Z_KEYS, Z_FIRST };
enum { I_ITER, I_NEXT, I_PADDING, I_OPEN, I__SLOTS };

Value zslot(Value state, uint32_t i) { return asObject(state)->elems[i]; }
uint32_t zcount(Value state) { return (static_cast<JSArray *>(asObject(state))->length - Z_FIRST) / I__SLOTS; }
uint32_t zat(uint32_t i, uint32_t slot) { return Z_FIRST + i * I__SLOTS + slot; }
Status zset(Heap &h, Value state, uint32_t i, Value v) { return setElement(h, asObject(state), i, v); }

bool isText(Value v, const char *text) {
    if (!isString(v)) return false;
    const HString *s = asString(v);
    uint32_t i = 0;
    for (; text[i]; i++)
        if (i >= s->length || s->at(i) != static_cast<uint8_t>(text[i])) return false;
    return i == s->length;
}

// IteratorCloseAll(openIters, completion), newest first: a throw
// completion (throwing: the pending error) keeps its error; a return
// completion takes the first error a return() gives.
Status closeAll(Heap &h, Value state, bool throwing) {
    LocalRoot rs(h, state);
    for (uint32_t i = zcount(rs.value); i-- > 0;) {
        if (!toBoolean(zslot(rs.value, zat(i, I_OPEN)))) continue;
        ENG_TRY(zset(h, rs.value, zat(i, I_OPEN), Value::boolean(false)));
        Value iter = zslot(rs.value, zat(i, I_ITER));
        if (iter.isNull()) continue;
        if (throwing) {
            (void)iteratorCloseThrowing(h, iter);
            if (interrupted(h)) return Status::Error;
        } else if (iteratorCloseNormally(h, iter) != Status::Ok) {
            if (interrupted(h)) return Status::Error;
            throwing = true;
        }
    }
    return throwing ? Status::Error : Status::Ok;
}

// The pending error closes every open iterator (an argument check or step
// that failed); always Error.
Status failClosingAll(Heap &h, Value state) {
    (void)closeAll(h, state, true);
    return Status::Error;
}

// GetIteratorFlattenable(value, reject-strings) into iterator i's slots.
Status addIterator(Heap &h, Value state, Value value) {
    LocalRoot rs(h, state), rv(h, value);
    if (!isObjectType(value)) {
        char what[64];
        describeValue(h, value, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not an iterable object", what);
    }
    LocalRoot iter(h), next(h);
    Value method;
    ENG_TRY(getSymbolMethod(h, rv.value, WKS_iterator, &method));
    if (method.isUndefined()) iter.value = rv.value;
    else ENG_TRY(callValue(h, method, rv.value, nullptr, 0, &iter.value));
    if (!isObjectType(iter.value)) return throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.iterator method is not an object");
    ENG_TRY(getValueProperty(h, iter.value, Value::pointer(atom(h, ATOM_next)), &next.value));
    JSArray *a = static_cast<JSArray *>(asObject(rs.value));
    ENG_TRY(arrayPush(h, a, iter.value));
    ENG_TRY(arrayPush(h, a, next.value));
    ENG_TRY(arrayPush(h, a, Value::undefined()));
    return arrayPush(h, a, Value::boolean(true));
}

// Iterator.zip's inputs: each value of the iterable's iterator.
Status zipInputs(Heap &h, Value state, Value iterables) {
    LocalRoot rs(h, state), input(h), next(h);
    Value method;
    ENG_TRY(getSymbolMethod(h, iterables, WKS_iterator, &method));
    if (method.isUndefined()) return throwError(h, PROTO_TYPE_ERROR, "Iterator.zip: iterables is not iterable");
    ENG_TRY(callValue(h, method, iterables, nullptr, 0, &input.value));
    if (!isObjectType(input.value)) return throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.iterator method is not an object");
    ENG_TRY(getValueProperty(h, input.value, Value::pointer(atom(h, ATOM_next)), &next.value));
    for (;;) {
        Value value;
        bool done;
        if (iteratorStepValue(h, input.value, next.value, &value, &done) != Status::Ok) return failClosingAll(h, rs.value);
        if (done) return Status::Ok;
        if (addIterator(h, rs.value, value) != Status::Ok) {
            (void)closeAll(h, rs.value, true);
            return iteratorCloseThrowing(h, input.value);  // inputIter is the oldest: closed last
        }
    }
}

// Iterator.zipKeyed's inputs: the enumerable own properties that are not
// undefined, keys in [[OwnPropertyKeys]] order.
Status zipKeyedInputs(Heap &h, Value state, Value iterables) {
    LocalRoot rs(h, state), ro(h, iterables);
    JSArray *all = newArray(h, 0);
    if (!all) return Status::Error;
    LocalRoot ra(h, Value::pointer(all));
    JSObject *o = asObject(iterables);
    if (isProxyObject(o)) ENG_TRY(proxyOwnKeys(h, o, all));
    else ENG_TRY(ownPropertyKeys(h, o, all));
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    ENG_TRY(zset(h, rs.value, Z_KEYS, Value::pointer(keys)));
    for (uint32_t i = 0; i < static_cast<JSArray *>(asObject(ra.value))->length; i++) {
        LocalRoot kv(h, asObject(ra.value)->elems[i]);
        PropertyKey key;
        if (toPropertyKey(h, kv.value, &key) != Status::Ok) return failClosingAll(h, rs.value);
        bool enumerable = false;
        o = asObject(ro.value);
        if (isProxyObject(o)) {
            PropertyDescriptor d(h);
            bool found = false;
            if (proxyGetOwnProperty(h, o, key, &d, &found) != Status::Ok) return failClosingAll(h, rs.value);
            enumerable = found && d.enumerable;
        } else {
            Value v;
            uint8_t attrs = 0;
            bool found = getOwnDataOrAccessor(h, o, key, &v, &attrs);
            if (!found && lookupFailed(h)) return failClosingAll(h, rs.value);
            enumerable = found && (attrs & ATTR_ENUMERABLE);
        }
        if (!enumerable) continue;
        Value value;
        if (getProperty(h, asObject(ro.value), key, ro.value, &value) != Status::Ok) return failClosingAll(h, rs.value);
        if (value.isUndefined()) continue;
        if (addIterator(h, rs.value, value) != Status::Ok) return failClosingAll(h, rs.value);
        if (arrayPush(h, static_cast<JSArray *>(asObject(zslot(rs.value, Z_KEYS))), kv.value) != Status::Ok)
            return failClosingAll(h, rs.value);
    }
    return Status::Ok;
}

// The padding of "longest" mode: Iterator.zip reads it from an iterable,
// zipKeyed from the object's properties of the keys.
Status readPadding(Heap &h, Value state, Value padding, bool keyed) {
    LocalRoot rs(h, state), rp(h, padding);
    uint32_t n = zcount(rs.value);
    if (keyed) {
        for (uint32_t i = 0; i < n; i++) {
            Value v;
            Value key = asObject(zslot(rs.value, Z_KEYS))->elems[i];
            if (getValueProperty(h, rp.value, key, &v) != Status::Ok || zset(h, rs.value, zat(i, I_PADDING), v) != Status::Ok)
                return failClosingAll(h, rs.value);
        }
        return Status::Ok;
    }
    LocalRoot iter(h), next(h);
    Value method;
    Status st = getSymbolMethod(h, rp.value, WKS_iterator, &method);
    if (st == Status::Ok && method.isUndefined()) st = throwError(h, PROTO_TYPE_ERROR, "padding is not iterable");
    if (st == Status::Ok) st = callValue(h, method, rp.value, nullptr, 0, &iter.value);
    if (st == Status::Ok && !isObjectType(iter.value))
        st = throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.iterator method is not an object");
    if (st == Status::Ok) st = getValueProperty(h, iter.value, Value::pointer(atom(h, ATOM_next)), &next.value);
    if (st != Status::Ok) return failClosingAll(h, rs.value);
    for (uint32_t i = 0; i < n; i++) {
        Value v;
        bool done;
        if (iteratorStepValue(h, iter.value, next.value, &v, &done) != Status::Ok) return failClosingAll(h, rs.value);
        if (done) return Status::Ok;  // the rest stays undefined
        if (zset(h, rs.value, zat(i, I_PADDING), v) != Status::Ok) return failClosingAll(h, rs.value);
    }
    if (iteratorCloseNormally(h, iter.value) != Status::Ok) return failClosingAll(h, rs.value);
    return Status::Ok;
}

}  // namespace

// Iterator.zip(iterables, options) (magic 0) and zipKeyed (1).
Status iteratorZip(NativeCall &c) {
    Heap &h = c.heap;
    bool keyed = c.magic != 0;
    const char *name = keyed ? "Iterator.zipKeyed" : "Iterator.zip";
    if (!isObjectType(c.arg(0))) return throwError(h, PROTO_TYPE_ERROR, "%s: iterables is not an object", name);
    Value options = c.arg(1);
    if (!options.isUndefined() && !isObjectType(options))
        return throwError(h, PROTO_TYPE_ERROR, "%s: options must be an object", name);
    ZipMode mode = MODE_SHORTEST;
    LocalRoot padding(h);
    if (!options.isUndefined()) {
        Value m;
        ENG_TRY(getValueProperty(h, options, Value::pointer(atom(h, ATOM_mode)), &m));
        if (isText(m, "longest")) mode = MODE_LONGEST;
        else if (isText(m, "strict")) mode = MODE_STRICT;
        else if (!m.isUndefined() && !isText(m, "shortest"))
            return throwError(h, PROTO_TYPE_ERROR, "%s: mode must be \"shortest\", \"longest\" or \"strict\"", name);
        if (mode == MODE_LONGEST) {
            ENG_TRY(getValueProperty(h, c.arg(1), Value::pointer(atom(h, ATOM_padding)), &padding.value));
            if (!padding.value.isUndefined() && !isObjectType(padding.value))
                return throwError(h, PROTO_TYPE_ERROR, "%s: padding must be an object", name);
        }
    }
    JSArray *state = newArray(h, 0);
    if (!state) return Status::Error;
    LocalRoot rs(h, Value::pointer(state));
    ENG_TRY(arrayPush(h, state, Value::smallInt(mode)));
    ENG_TRY(arrayPush(h, state, Value::undefined()));
    if (keyed) ENG_TRY(zipKeyedInputs(h, rs.value, c.arg(0)));
    else ENG_TRY(zipInputs(h, rs.value, c.arg(0)));
    if (mode == MODE_LONGEST && !padding.value.isUndefined()) ENG_TRY(readPadding(h, rs.value, padding.value, keyed));
    Value helper;
    ENG_TRY(newProposalHelper(h, HELPER_ZIP, Value::undefined(), Value::undefined(), rs.value, &helper));
    c.setResult(helper);
    return Status::Ok;
}

Status zipCloseAll(Heap &h, Value state) {
    if (!isObject(state)) return Status::Ok;
    return closeAll(h, state, false);
}

Status runZip(Heap &h, Value helper, Value *out, bool *done) {
    LocalRoot state(h, static_cast<JSIteratorHelper *>(asObject(helper))->fn);
    uint32_t n = zcount(state.value);
    *done = true;
    if (n == 0) return Status::Ok;
    ZipMode mode = static_cast<ZipMode>(zslot(state.value, Z_MODE).asSmallInt());
    JSArray *results = newArray(h, n);
    if (!results) return Status::Error;
    LocalRoot rr(h, Value::pointer(results));
    for (uint32_t i = 0; i < n; i++) {
        LocalRoot result(h);
        Value iter = zslot(state.value, zat(i, I_ITER));
        if (iter.isNull()) {
            result.value = zslot(state.value, zat(i, I_PADDING));
        } else {
            bool end;
            if (iteratorStepValue(h, iter, zslot(state.value, zat(i, I_NEXT)), &result.value, &end) != Status::Ok) {
                ENG_TRY(zset(h, state.value, zat(i, I_OPEN), Value::boolean(false)));
                return failClosingAll(h, state.value);
            }
            if (end) {
                ENG_TRY(zset(h, state.value, zat(i, I_OPEN), Value::boolean(false)));
                if (mode == MODE_SHORTEST) return closeAll(h, state.value, false);
                if (mode == MODE_STRICT) {
                    if (i != 0) {
                        (void)throwError(h, PROTO_TYPE_ERROR, "Iterator.zip: the iterators have different lengths");
                        return failClosingAll(h, state.value);
                    }
                    for (uint32_t k = 1; k < n; k++) {
                        Value ignored;
                        bool ended;
                        Status st = iteratorStepValue(h, zslot(state.value, zat(k, I_ITER)), zslot(state.value, zat(k, I_NEXT)),
                                                      &ignored, &ended, false);
                        if (st != Status::Ok || ended) ENG_TRY(zset(h, state.value, zat(k, I_OPEN), Value::boolean(false)));
                        if (st != Status::Ok) return failClosingAll(h, state.value);
                        if (!ended) {
                            (void)throwError(h, PROTO_TYPE_ERROR, "Iterator.zip: the iterators have different lengths");
                            return failClosingAll(h, state.value);
                        }
                    }
                    return Status::Ok;
                }
                bool anyOpen = false;  // longest
                for (uint32_t k = 0; k < n; k++) anyOpen = anyOpen || toBoolean(zslot(state.value, zat(k, I_OPEN)));
                if (!anyOpen) return Status::Ok;
                ENG_TRY(zset(h, state.value, zat(i, I_ITER), Value::null()));
                result.value = zslot(state.value, zat(i, I_PADDING));
            }
        }
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(rr.value)), result.value));
    }
    *done = false;
    Value keys = zslot(state.value, Z_KEYS);
    if (keys.isUndefined()) {
        *out = rr.value;
        return Status::Ok;
    }
    LocalRoot rk(h, keys);
    JSObject *obj = newObject(h, nullptr);
    if (!obj) return Status::Error;
    LocalRoot ro(h, Value::pointer(obj));
    for (uint32_t i = 0; i < n; i++) {
        PropertyKey key;
        ENG_TRY(toPropertyKey(h, asObject(rk.value)->elems[i], &key));
        PropertyDescriptor d(h);
        d.value.value = asObject(rr.value)->elems[i];
        d.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
        d.writable = d.enumerable = d.configurable = true;
        ENG_TRY(defineOwnProperty(h, asObject(ro.value), key, d, true));
    }
    *out = ro.value;
    return Status::Ok;
}

}  // namespace eng

#endif
