// The Atomics object (ES2024 25.4; Atomics.pause ES2025). The engine runs
// one agent, so every operation is a plain read-modify-write of the
// element (nothing runs between the read and the write), no agent is ever
// waiting to be notified, and Atomics.wait on a shared buffer returns
// "not-equal" at once or sleeps out its timeout ("timed-out"): an endless
// wait ends only through the heap's interrupt (docs/execution-control.md).
// Atomics.waitAsync is not provided: it needs timers the engine leaves to
// the embedder.
#include <math.h>
#include <string.h>

#include "builtins/builtins.h"
#include "builtins/date_math.h"
#include "builtins/flash_props.h"
#include "builtins/typed_array_support.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "value/bigint.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

#if ENG_SHARED_MEMORY

namespace eng {

namespace {

bool integerKind(uint8_t kind, bool waitable) {
    if (waitable) {
#if ENG_BIGINT
        if (kind == KIND_BIGINT64) return true;
#endif
        return kind == KIND_INT32;
    }
    return (kind <= KIND_UINT32 && kind != KIND_UINT8_CLAMPED) || isBigIntKind(kind);
}

// ValidateIntegerTypedArray (25.4.3.1): an integer typed array in bounds;
// waitable: Int32Array or BigInt64Array only.
Status validateIntegerTypedArray(Heap &h, Value v, bool waitable, JSArrayBufferView **out) {
    if (!isTypedArray(v)) return throwError(h, PROTO_TYPE_ERROR, "Atomics operation on something that is not a typed array");
    JSArrayBufferView *ta = asView(v);
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "Atomics operation on a detached or out-of-bounds typed array");
    if (!integerKind(ta->kind, waitable))
        return throwError(h, PROTO_TYPE_ERROR, waitable ? "Atomics.wait and Atomics.notify need an Int32Array or BigInt64Array"
                                                        : "Atomics operation on a non-integer typed array");
    *out = ta;
    return Status::Ok;
}

// ValidateAtomicAccess (25.4.3.2): the element index, RangeError past the end.
Status validateAtomicAccess(Heap &h, JSArrayBufferView *ta, Value index, uint32_t *out) {
    uint32_t length = viewLength(ta);
    LocalRoot tr(h, Value::pointer(ta));
    double i;
    ENG_TRY(toIndex(h, index, &i));
    if (i >= length) return throwError(h, PROTO_RANGE_ERROR, "Atomics access index out of range");
    *out = static_cast<uint32_t>(i);
    return Status::Ok;
}

// ValidateAtomicAccessOnIntegerTypedArray (25.4.3.3) on the first two
// arguments: the array and the element index.
Status validateArguments(NativeCall &c, bool waitable, JSArrayBufferView **ta, uint32_t *index) {
    ENG_TRY(validateIntegerTypedArray(c.heap, c.arg(0), waitable, ta));
    return validateAtomicAccess(c.heap, *ta, c.arg(1), index);
}

// RevalidateAtomicAccess (25.4.3.6): conversions may have detached or
// shrunk the buffer since.
Status revalidate(Heap &h, JSArrayBufferView *ta, uint32_t index) {
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "typed array detached during an Atomics operation");
    if (index >= viewLength(ta)) return throwError(h, PROTO_RANGE_ERROR, "Atomics access index out of range");
    return Status::Ok;
}

// The operand of a store or read-modify-write: ToBigInt for a BigInt
// array, else ToIntegerOrInfinity (as a number: -0 becomes +0). Stored in
// argument slot `slot` so that it stays rooted.
Status operand(NativeCall &c, const JSArrayBufferView *ta, uint32_t slot, Value *out) {
    Heap &h = c.heap;
#if ENG_BIGINT
    if (isBigIntKind(ta->kind)) {
        ENG_TRY(toBigInt(h, c.arg(slot), out));
        c.setArg(slot, *out);
        return Status::Ok;
    }
#else
    (void)ta;
#endif
    double d;
    ENG_TRY(toNumber(h, c.arg(slot), &d));
    ENG_TRY(makeNumber(h, toIntegerDouble(d) + 0, out));
    c.setArg(slot, *out);
    return Status::Ok;
}

uint64_t rawOf(const uint8_t *p, uint32_t size) {
    uint64_t x = 0;
    memcpy(&x, p, size);  // little-endian target: the low bytes
    return x;
}

enum AtomicOp { ATOMIC_ADD, ATOMIC_AND, ATOMIC_EXCHANGE, ATOMIC_OR, ATOMIC_SUB, ATOMIC_XOR, ATOMIC_LOAD, ATOMIC_STORE };

// Atomics.add/and/exchange/or/sub/xor (AtomicReadModifyWrite, 25.4.3.17),
// load and store. The result is the element's old value (store: the
// operand).
Status atomicsAccess(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t index;
    ENG_TRY(validateArguments(c, false, &ta, &index));
    Value v;
    if (c.magic != ATOMIC_LOAD) ENG_TRY(operand(c, ta, 2, &v));
    ta = asView(c.arg(0));
    ENG_TRY(revalidate(h, ta, index));
    uint32_t size = elementSizes[ta->kind];
    uint8_t *p = viewData(ta) + static_cast<size_t>(index) * size;
    Value old;
    ENG_TRY(elementValue(h, ta->kind, p, &old));
    if (c.magic == ATOMIC_LOAD) {
        c.setResult(old);
        return Status::Ok;
    }
    uint8_t raw[8];
    ENG_TRY(elementBytes(h, ta->kind, v, raw));  // v is a number or BigInt: runs nothing
    if (ta->buffer->bufFlags & BUF_READ_ONLY) return throwError(h, PROTO_TYPE_ERROR, "Atomics write to an immutable buffer");
    uint64_t x = rawOf(p, size), y = rawOf(raw, size), r;
    switch (c.magic) {
    case ATOMIC_ADD: r = x + y; break;  // wraps at the element's width once truncated
    case ATOMIC_AND: r = x & y; break;
    case ATOMIC_OR: r = x | y; break;
    case ATOMIC_SUB: r = x - y; break;
    case ATOMIC_XOR: r = x ^ y; break;
    default: r = y; break;  // exchange, store
    }
    memcpy(p, &r, size);
    c.setResult(c.magic == ATOMIC_STORE ? v : old);
    return Status::Ok;
}

// Atomics.compareExchange (25.4.5).
Status atomicsCompareExchange(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t index;
    ENG_TRY(validateArguments(c, false, &ta, &index));
    Value expected, replacement;
    ENG_TRY(operand(c, ta, 2, &expected));
    ta = asView(c.arg(0));
    ENG_TRY(operand(c, ta, 3, &replacement));
    ta = asView(c.arg(0));
    ENG_TRY(revalidate(h, ta, index));
    uint32_t size = elementSizes[ta->kind];
    uint8_t *p = viewData(ta) + static_cast<size_t>(index) * size;
    uint8_t e[8], r[8];
    ENG_TRY(elementBytes(h, ta->kind, expected, e));
    ENG_TRY(elementBytes(h, ta->kind, replacement, r));
    Value old;
    ENG_TRY(elementValue(h, ta->kind, p, &old));
    if (memcmp(p, e, size) == 0) {
        if (ta->buffer->bufFlags & BUF_READ_ONLY) return throwError(h, PROTO_TYPE_ERROR, "Atomics write to an immutable buffer");
        memcpy(p, r, size);
    }
    c.setResult(old);
    return Status::Ok;
}

// Atomics.isLockFree (25.4.8): every size the engine accesses is.
Status atomicsIsLockFree(NativeCall &c) {
    double n;
    ENG_TRY(toNumber(c.heap, c.arg(0), &n));
    n = toIntegerDouble(n);
    c.setResult(Value::boolean(n == 1 || n == 2 || n == 4 || n == 8));
    return Status::Ok;
}

// Sleeps out a wait no agent can notify, by the heap's clock (Date's),
// polling the interrupt: a heap without a clock cannot measure a finite
// wait and returns at once.
Status sleepFor(Heap &h, double timeout) {
    double start = currentTimeMs(h);
    if (isnan(start) && timeout != INFINITY) return Status::Ok;
    for (;;) {
        if (timeout != INFINITY && !(currentTimeMs(h) - start < timeout)) return Status::Ok;
        ENG_TRY(interruptPoll(h));
    }
}

// Atomics.wait (25.4.13, DoWait with mode sync).
Status atomicsWait(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    ENG_TRY(validateIntegerTypedArray(h, c.arg(0), true, &ta));
    if (!(ta->buffer->bufFlags & BUF_SHARED)) return throwError(h, PROTO_TYPE_ERROR, "Atomics.wait needs a shared buffer");
    uint32_t index;
    ENG_TRY(validateAtomicAccess(h, ta, c.arg(1), &index));
    uint8_t expected[8];
#if ENG_BIGINT
    if (isBigIntKind(ta->kind)) {
        Value b;
        ENG_TRY(toBigInt(h, c.arg(2), &b));
        ENG_TRY(elementBytes(h, KIND_BIGINT64, b, expected));
    } else
#endif
    {
        int32_t i;
        ENG_TRY(toInt32(h, c.arg(2), &i));
        memcpy(expected, &i, 4);
    }
    double q;
    ENG_TRY(toNumber(h, c.arg(3), &q));
    double t = isnan(q) || q == INFINITY ? INFINITY : q < 0 ? 0 : q;
    ta = asView(c.arg(0));  // a shared buffer is never detached nor shrunk
    uint32_t size = elementSizes[ta->kind];
    bool equal = memcmp(viewData(ta) + static_cast<size_t>(index) * size, expected, size) == 0;
    if (equal) ENG_TRY(sleepFor(h, t));  // no other agent can notify
    HString *s = internCString(h, equal ? "timed-out" : "not-equal");
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

// Atomics.notify (25.4.15): no agent is ever waiting.
Status atomicsNotify(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t index;
    ENG_TRY(validateArguments(c, true, &ta, &index));
    if (!c.arg(2).isUndefined()) {
        double n;
        ENG_TRY(toNumber(h, c.arg(2), &n));
    }
    c.setResult(Value::smallInt(0));
    return Status::Ok;
}

// Atomics.pause (ES2025 25.4.10): a hint to spin-wait loops; nothing to do
// on one agent but check its argument.
Status atomicsPause(NativeCall &c) {
    Value n = c.arg(0);
    // Neither undefined nor an integral Number: a TypeError.
    if (!n.isUndefined() && (!isNumber(n) || !isfinite(numberOf(n)) || numberOf(n) != trunc(numberOf(n))))
        return throwError(c.heap, PROTO_TYPE_ERROR, "Atomics.pause argument must be an integral number");
    c.setResult(Value::undefined());
    return Status::Ok;
}

#define ATOMICS_METHODS(M, X)                                                                      \
    M(X, add, atomicsAccess, 3, ATOMIC_ADD) M(X, and_, atomicsAccess, 3, ATOMIC_AND)                      \
    M(X, compareExchange, atomicsCompareExchange, 4, 0) M(X, exchange, atomicsAccess, 3, ATOMIC_EXCHANGE) \
    M(X, isLockFree, atomicsIsLockFree, 1, 0) M(X, load, atomicsAccess, 2, ATOMIC_LOAD)                \
    M(X, or_, atomicsAccess, 3, ATOMIC_OR) M(X, store, atomicsAccess, 3, ATOMIC_STORE)                    \
    M(X, sub, atomicsAccess, 3, ATOMIC_SUB) M(X, wait, atomicsWait, 4, 0)                              \
    M(X, notify, atomicsNotify, 3, 0) M(X, xor_, atomicsAccess, 3, ATOMIC_XOR)                         \
    M(X, pause, atomicsPause, 0, 0)
// Atomics[@@toStringTag] (25.4.17).
#define ATOMICS_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(Atomics))

}  // namespace

ENG_FLASH_METHOD_TABLE(atomicsMethods, ATOMICS, ATOMICS_METHODS)

namespace {
ENG_FLASH_OBJECT_SYMBOLS(atomicsProps, ENG_FLASH_NO_PROPS, ATOMICS, ATOMICS_METHODS, ATOMICS_SYMBOLS)
}  // namespace

Status makeAtomicsObject(Heap &h, Value *out) {
    JSObject *o = lateIntrinsic(h, LATE_ATOMICS);
    if (!o) {
        o = newObject(h, protoOf(h, PROTO_OBJECT));
        if (!o) return Status::Error;
        useFlashProps(o, atomicsProps);
        LocalRoot ro(h, Value::pointer(o));
        ENG_TRY(setLateIntrinsic(h, LATE_ATOMICS, o));
    }
    *out = Value::pointer(o);
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_SHARED_MEMORY
