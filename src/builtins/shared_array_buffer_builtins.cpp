// SharedArrayBuffer (ES2024 25.2): the constructor (fixed or growable) and
// the prototype's getters, grow and slice. A shared buffer is a
// JSArrayBuffer flagged BUF_SHARED: typed arrays and DataViews view it as
// any buffer, it is never detached and never shrinks, and ArrayBuffer's
// methods refuse it (as these refuse an ArrayBuffer). With one agent its
// memory is the heap's own block.
#include <string.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/typed_array_support.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"

#if ENG_SHARED_MEMORY

namespace eng {

namespace {

Status thisSharedBuffer(NativeCall &c, const char *method, JSArrayBuffer **out) {
    if (!isArrayBuffer(c.thisValue()) || !(asArrayBuffer(c.thisValue())->bufFlags & BUF_SHARED))
        return throwError(c.heap, PROTO_TYPE_ERROR, "SharedArrayBuffer.prototype.%s called on an incompatible receiver", method);
    *out = asArrayBuffer(c.thisValue());
    return Status::Ok;
}

JSArrayBuffer *newSharedBuffer(Heap &h, double length, double max, bool growable) {
    JSObject *proto = builtinProto(h, PROTO_SHARED_ARRAY_BUFFER);
    if (!proto) return nullptr;
    JSArrayBuffer *b = newArrayBuffer(h, proto, length, max, growable);
    if (b) b->bufFlags |= BUF_SHARED;
    return b;
}

Status sharedArrayBufferConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor SharedArrayBuffer requires 'new'");
    double length, max = 0;
    ENG_TRY(toIndex(h, c.arg(0), &length));
    bool growable = false;
    if (isObject(c.arg(1))) {  // GetArrayBufferMaxByteLengthOption
        Value m;
        ENG_TRY(getValuePropertyStr(h, c.arg(1), atom(h, ATOM_maxByteLength), &m));
        if (!m.isUndefined()) {
            ENG_TRY(toIndex(h, m, &max));
            if (length > max) return throwError(h, PROTO_RANGE_ERROR, "byteLength exceeds maxByteLength");
            growable = true;
        }
    }
    JSArrayBuffer *b = newSharedBuffer(h, length, max, growable);
    if (!b) return Status::Error;
    c.setResult(Value::pointer(b));
    return Status::Ok;
}

enum SharedGetter { GET_BYTE_LENGTH, GET_GROWABLE, GET_MAX_BYTE_LENGTH };

Status sharedArrayBufferGetter(NativeCall &c) {
    static const char *const names[] = {"byteLength", "growable", "maxByteLength"};
    JSArrayBuffer *b;
    ENG_TRY(thisSharedBuffer(c, names[c.magic], &b));
    bool growable = (b->bufFlags & BUF_RESIZABLE) != 0;
    switch (c.magic) {
    case GET_BYTE_LENGTH: return makeNumberResult(c, b->byteLength);
    case GET_GROWABLE: c.setResult(Value::boolean(growable)); return Status::Ok;
    default: return makeNumberResult(c, growable ? b->maxByteLength : b->byteLength);
    }
}

// SharedArrayBuffer.prototype.grow (25.2.5.3): only ever larger.
Status sharedArrayBufferGrow(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBuffer *b;
    ENG_TRY(thisSharedBuffer(c, "grow", &b));
    if (!(b->bufFlags & BUF_RESIZABLE)) return throwError(h, PROTO_TYPE_ERROR, "SharedArrayBuffer.prototype.grow called on a fixed-length buffer");
    double n;
    ENG_TRY(toIndex(h, c.arg(0), &n));
    b = asArrayBuffer(c.thisValue());
    if (n > b->maxByteLength) return throwError(h, PROTO_RANGE_ERROR, "new length exceeds maxByteLength");
    if (n < b->byteLength) return throwError(h, PROTO_RANGE_ERROR, "a SharedArrayBuffer cannot shrink");
    uint32_t to = static_cast<uint32_t>(n), from = b->byteLength;
    if (to == from) return Status::Ok;
    uint8_t *data = static_cast<uint8_t *>(b->data ? heapRealloc(h, b->data, from, to) : heapAlloc(h, to));
    if (!data) {
        h.hasPending = false;
        return throwError(h, PROTO_RANGE_ERROR, "Array buffer allocation failed");
    }
    memset(data + from, 0, to - from);
    b->data = data;
    b->byteLength = to;
    return Status::Ok;
}

// SharedArrayBuffer.prototype.slice (25.2.5.6): a new fixed-length shared
// buffer with a copy of the bytes.
Status sharedArrayBufferSlice(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBuffer *b;
    ENG_TRY(thisSharedBuffer(c, "slice", &b));
    double len = b->byteLength, first, final;
    ENG_TRY(relativeIndex(h, c.arg(0), len, 0, &first));
    ENG_TRY(relativeIndex(h, c.arg(1), len, len, &final));
    double n = final > first ? final - first : 0;
    JSObject *standard = builtinCtor(h, PROTO_SHARED_ARRAY_BUFFER);
    if (!standard) return Status::Error;
    Value ctor;
    ENG_TRY(speciesConstructorOf(h, c.thisValue(), Value::pointer(standard), &ctor));
    JSArrayBuffer *r;
    if (ctor == Value::pointer(standard)) {
        r = newSharedBuffer(h, n, 0, false);
        if (!r) return Status::Error;
        c.setResult(Value::pointer(r));
    } else {  // a subclass or another constructor: what it makes must do
        Value length, made;
        ENG_TRY(makeNumber(h, n, &length));
        ENG_TRY(constructValue(h, ctor, &length, 1, &made));
        c.setResult(made);
        if (!isArrayBuffer(made) || !(asArrayBuffer(made)->bufFlags & BUF_SHARED))
            return throwError(h, PROTO_TYPE_ERROR, "SharedArrayBuffer species constructor did not make a SharedArrayBuffer");
        if (made == c.thisValue())
            return throwError(h, PROTO_TYPE_ERROR, "SharedArrayBuffer species constructor returned the same buffer");
        r = asArrayBuffer(made);
        if (r->byteLength < n) return throwError(h, PROTO_TYPE_ERROR, "SharedArrayBuffer species constructor made a buffer too small");
    }
    b = asArrayBuffer(c.thisValue());
    uint32_t from = static_cast<uint32_t>(first), count = static_cast<uint32_t>(n);
    if (count) memcpy(r->data, b->data + from, count);  // a shared buffer never shrinks
    return Status::Ok;
}

#define SHARED_BUFFER_PROTO_METHODS(M, X) \
    M(X, grow, sharedArrayBufferGrow, 1, 0) M(X, slice, sharedArrayBufferSlice, 2, 0)
#define SHARED_BUFFER_PROTO_GETTERS(M, X)                                           \
    M(X, byteLength, sharedArrayBufferGetter, METHOD_GETTER, GET_BYTE_LENGTH)       \
    M(X, growable, sharedArrayBufferGetter, METHOD_GETTER, GET_GROWABLE)            \
    M(X, maxByteLength, sharedArrayBufferGetter, METHOD_GETTER, GET_MAX_BYTE_LENGTH)
#define SHARED_BUFFER_PROTO_ALL(M, X) SHARED_BUFFER_PROTO_METHODS(M, X) SHARED_BUFFER_PROTO_GETTERS(M, X)

}  // namespace

ENG_FLASH_METHOD_TABLE(sharedBufferProtoMethods, SHARED_BUFFER_PROTO, SHARED_BUFFER_PROTO_ALL)

namespace {

#define SHARED_BUFFER_GETTER_PAIR(X, name, fn, length, magic) \
    const FlashAccessor name##SharedPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_SHARED_BUFFER_PROTO, SHARED_BUFFER_PROTO_##name);
SHARED_BUFFER_PROTO_GETTERS(SHARED_BUFFER_GETTER_PAIR, _)
#define SHARED_BUFFER_GETTER_PROP(P, name, fn, length, magic) P(name, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(name##SharedPair))
#define SHARED_BUFFER_PROTO_PROPS(P)                                            \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_SHARED_ARRAY_BUFFER))      \
    SHARED_BUFFER_PROTO_GETTERS(SHARED_BUFFER_GETTER_PROP, P)
#define SHARED_BUFFER_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(SharedArrayBuffer))
#define SHARED_BUFFER_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_SHARED_ARRAY_BUFFER))
// get SharedArrayBuffer[@@species] returns this (25.2.4.2): Array's
// getter's flash entry is that function.
const FlashAccessor sharedBufferSpeciesPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_ARRAY_STATIC_SYMBOLS, 0);
#define SHARED_BUFFER_CTOR_SYMBOLS(S) S(species, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(sharedBufferSpeciesPair))

ENG_FLASH_OBJECT_SYMBOLS(sharedBufferProtoProps, SHARED_BUFFER_PROTO_PROPS, SHARED_BUFFER_PROTO, SHARED_BUFFER_PROTO_METHODS,
                         SHARED_BUFFER_PROTO_SYMBOLS)
#define SHARED_BUFFER_NO_METHODS(M, X)
ENG_FLASH_OBJECT_SYMBOLS(sharedBufferCtorProps, SHARED_BUFFER_CTOR_PROPS, SHARED_BUFFER_PROTO, SHARED_BUFFER_NO_METHODS,
                         SHARED_BUFFER_CTOR_SYMBOLS)

}  // namespace

Status initSharedArrayBufferBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    return flashConstructor(h, PROTO_SHARED_ARRAY_BUFFER, ATOM_SharedArrayBuffer, sharedArrayBufferConstructor, 1,
                            sharedBufferCtorProps, sharedBufferProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng

#endif  // ENG_SHARED_MEMORY
