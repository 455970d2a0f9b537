// ArrayBuffer (ES2024 25.1): the constructor (fixed or resizable), isView,
// and the prototype's getters, slice, resize, transfer and
// transferToFixedLength. Typed arrays and DataView are in their own files.
#include <math.h>
#include <string.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/typed_array_support.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "value/number.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"

#if ENG_TYPED_ARRAYS

namespace eng {

Status toIndex(Heap &h, Value v, double *out) {
    if (v.isUndefined()) {
        *out = 0;
        return Status::Ok;
    }
    double d;
    ENG_TRY(toNumber(h, v, &d));
    d = toIntegerDouble(d);
    if (d < 0 || d > 9007199254740991.0) return throwError(h, PROTO_RANGE_ERROR, "Invalid index");
    *out = d + 0;  // -0 becomes 0
    return Status::Ok;
}

Status relativeIndex(Heap &h, Value v, double length, double fallback, double *out) {
    double d = fallback;
    if (!v.isUndefined()) {
        ENG_TRY(toNumber(h, v, &d));
        d = toIntegerDouble(d);
    }
    *out = d < 0 ? (d + length < 0 ? 0 : d + length) : (d > length ? length : d);
    return Status::Ok;
}

Status thisArrayBuffer(NativeCall &c, const char *method, JSArrayBuffer **out) {
    // (A SharedArrayBuffer is a buffer flagged shared: not one of these.)
    if (!isArrayBuffer(c.thisValue()) || (asArrayBuffer(c.thisValue())->bufFlags & BUF_SHARED))
        return throwError(c.heap, PROTO_TYPE_ERROR, "ArrayBuffer.prototype.%s called on an incompatible receiver", method);
    *out = asArrayBuffer(c.thisValue());
    return Status::Ok;
}

namespace {

Status arrayBufferConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor ArrayBuffer requires 'new'");
    double length, max = 0;
    ENG_TRY(toIndex(h, c.arg(0), &length));
    bool resizable = false;
    if (isObject(c.arg(1))) {
        Value m;
        ENG_TRY(getValuePropertyStr(h, c.arg(1), atom(h, ATOM_maxByteLength), &m));
        if (!m.isUndefined()) {
            ENG_TRY(toIndex(h, m, &max));
            if (length > max) return throwError(h, PROTO_RANGE_ERROR, "byteLength exceeds maxByteLength");
            resizable = true;
        }
    }
    JSObject *proto = builtinProto(h, PROTO_ARRAY_BUFFER);
    if (!proto) return Status::Error;
    JSArrayBuffer *b = newArrayBuffer(h, proto, length, max, resizable);
    if (!b) return Status::Error;
    c.setResult(Value::pointer(b));
    return Status::Ok;
}

Status arrayBufferIsView(NativeCall &c) {
    c.setResult(Value::boolean(isTypedArray(c.arg(0)) || isDataView(c.arg(0))));
    return Status::Ok;
}

enum BufferGetter { GET_BYTE_LENGTH, GET_MAX_BYTE_LENGTH, GET_RESIZABLE, GET_DETACHED, GET_IMMUTABLE };

Status arrayBufferGetter(NativeCall &c) {
    static const char *const names[] = {"byteLength", "maxByteLength", "resizable", "detached", "immutable"};
    JSArrayBuffer *b;
    ENG_TRY(thisArrayBuffer(c, names[c.magic], &b));
    bool detached = isDetached(b);
    switch (c.magic) {
    case GET_BYTE_LENGTH:
        return makeNumberResult(c, detached ? 0 : b->byteLength);
    case GET_MAX_BYTE_LENGTH:
        return makeNumberResult(c, detached ? 0 : (b->bufFlags & BUF_RESIZABLE) ? b->maxByteLength : b->byteLength);
    case GET_RESIZABLE:
        c.setResult(Value::boolean((b->bufFlags & BUF_RESIZABLE) != 0));
        return Status::Ok;
    case GET_DETACHED:
        c.setResult(Value::boolean(detached));
        return Status::Ok;
    default:
        c.setResult(Value::boolean((b->bufFlags & BUF_READ_ONLY) != 0));
        return Status::Ok;
    }
}

Status arrayBufferSlice(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBuffer *b;
    ENG_TRY(thisArrayBuffer(c, "slice", &b));
    if (isDetached(b)) return throwError(h, PROTO_TYPE_ERROR, "ArrayBuffer.prototype.slice called on a detached buffer");
    double len = b->byteLength, first, final;
    ENG_TRY(relativeIndex(h, c.arg(0), len, 0, &first));
    ENG_TRY(relativeIndex(h, c.arg(1), len, len, &final));
    double n = final > first ? final - first : 0;
    JSObject *proto = builtinProto(h, PROTO_ARRAY_BUFFER);
    if (!proto) return Status::Error;
    JSArrayBuffer *r = newArrayBuffer(h, proto, n, 0, false);
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    b = asArrayBuffer(c.thisValue());
    if (isDetached(b)) return throwError(h, PROTO_TYPE_ERROR, "ArrayBuffer detached during slice");
    // The arguments' conversions may have shrunk a resizable buffer.
    uint32_t from = static_cast<uint32_t>(first), count = static_cast<uint32_t>(n);
    if (from > b->byteLength) count = 0;
    else if (count > b->byteLength - from) count = b->byteLength - from;
    if (count) memcpy(r->data, b->data + from, count);
    return Status::Ok;
}

Status arrayBufferResize(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBuffer *b;
    ENG_TRY(thisArrayBuffer(c, "resize", &b));
    if (!(b->bufFlags & BUF_RESIZABLE)) return throwError(h, PROTO_TYPE_ERROR, "ArrayBuffer.prototype.resize called on a fixed-length buffer");
    double n;
    ENG_TRY(toIndex(h, c.arg(0), &n));
    b = asArrayBuffer(c.thisValue());
    if (isDetached(b)) return throwError(h, PROTO_TYPE_ERROR, "ArrayBuffer.prototype.resize called on a detached buffer");
    if (n > b->maxByteLength) return throwError(h, PROTO_RANGE_ERROR, "new length exceeds maxByteLength");
    uint32_t to = static_cast<uint32_t>(n), from = b->byteLength;
    if (to == from) return Status::Ok;
    uint8_t *data;
    if (to == 0) {
        heapFree(h, b->data, from);
        data = nullptr;
    } else {
        data = static_cast<uint8_t *>(b->data ? heapRealloc(h, b->data, from, to) : heapAlloc(h, to));
        if (!data) {
            h.hasPending = false;
            return throwError(h, PROTO_RANGE_ERROR, "Array buffer allocation failed");
        }
        if (to > from) memset(data + from, 0, to - from);
    }
    b->data = data;
    b->byteLength = to;
    return Status::Ok;
}

// ArrayBufferCopyAndDetach (magic 1: transferToFixedLength). A buffer in
// the heap gives its block to the new one; an external buffer is copied
// (its memory stays the embedder's until the old object dies).
Status arrayBufferTransfer(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBuffer *b;
    ENG_TRY(thisArrayBuffer(c, c.magic ? "transferToFixedLength" : "transfer", &b));
    if (b->bufFlags & BUF_READ_ONLY) return throwError(h, PROTO_TYPE_ERROR, "Cannot transfer an immutable ArrayBuffer");
    double n;
    if (c.arg(0).isUndefined()) n = isDetached(b) ? 0 : b->byteLength;
    else ENG_TRY(toIndex(h, c.arg(0), &n));
    b = asArrayBuffer(c.thisValue());
    if (isDetached(b)) return throwError(h, PROTO_TYPE_ERROR, "Cannot transfer a detached ArrayBuffer");
    bool resizable = !c.magic && (b->bufFlags & BUF_RESIZABLE);
    if (resizable && n > b->maxByteLength) return throwError(h, PROTO_RANGE_ERROR, "new length exceeds maxByteLength");
    JSObject *proto = builtinProto(h, PROTO_ARRAY_BUFFER);
    if (!proto) return Status::Error;
    bool move = !(b->bufFlags & BUF_EXTERNAL);
    JSArrayBuffer *r = newArrayBuffer(h, proto, move ? 0 : n, b->maxByteLength, resizable);
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    b = asArrayBuffer(c.thisValue());
    uint32_t to = static_cast<uint32_t>(n), from = b->byteLength;
    if (!move) {
        memcpy(r->data, b->data, to < from ? to : from);
        b->bufFlags |= BUF_DETACHED;
        return Status::Ok;
    }
    if (n > 0x7fffffff) return throwError(h, PROTO_RANGE_ERROR, "Array buffer allocation failed");
    uint8_t *data = b->data;
    if (to != from) {
        data = static_cast<uint8_t *>(to == 0 ? nullptr : data ? heapRealloc(h, data, from, to) : heapAlloc(h, to));
        if (to == 0 && b->data) heapFree(h, b->data, from);
        else if (!data) {
            h.hasPending = false;
            return throwError(h, PROTO_RANGE_ERROR, "Array buffer allocation failed");
        }
        if (to > from) memset(data + from, 0, to - from);
    }
    b = asArrayBuffer(c.thisValue());
    r = asArrayBuffer(c.result());
    r->data = data;
    r->byteLength = to;
    b->data = nullptr;
    b->byteLength = 0;
    b->bufFlags |= BUF_DETACHED;
    return Status::Ok;
}

#define ARRAY_BUFFER_PROTO_METHODS(M, X)                                                     \
    M(X, slice, arrayBufferSlice, 2, 0) M(X, resize, arrayBufferResize, 1, 0)               \
    M(X, transfer, arrayBufferTransfer, 0, 0) M(X, transferToFixedLength, arrayBufferTransfer, 0, 1)
#define ARRAY_BUFFER_PROTO_GETTERS(M, X)                                                     \
    M(X, byteLength, arrayBufferGetter, METHOD_GETTER, GET_BYTE_LENGTH)                      \
    M(X, maxByteLength, arrayBufferGetter, METHOD_GETTER, GET_MAX_BYTE_LENGTH)               \
    M(X, resizable, arrayBufferGetter, METHOD_GETTER, GET_RESIZABLE)                         \
    M(X, detached, arrayBufferGetter, METHOD_GETTER, GET_DETACHED)                           \
    M(X, immutable, arrayBufferGetter, METHOD_GETTER, GET_IMMUTABLE)
#define ARRAY_BUFFER_PROTO_ALL(M, X) ARRAY_BUFFER_PROTO_METHODS(M, X) ARRAY_BUFFER_PROTO_GETTERS(M, X)
#define ARRAY_BUFFER_STATIC_METHODS(M, X) M(X, isView, arrayBufferIsView, 1, 0)

}  // namespace

ENG_FLASH_METHOD_TABLE(arrayBufferProtoMethods, ARRAY_BUFFER_PROTO, ARRAY_BUFFER_PROTO_ALL)
ENG_FLASH_METHOD_TABLE(arrayBufferStaticMethods, ARRAY_BUFFER_STATIC, ARRAY_BUFFER_STATIC_METHODS)

namespace {

#define ARRAY_BUFFER_GETTER_PAIR(X, name, fn, length, magic) \
    const FlashAccessor name##BufferPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_ARRAY_BUFFER_PROTO, ARRAY_BUFFER_PROTO_##name);
ARRAY_BUFFER_PROTO_GETTERS(ARRAY_BUFFER_GETTER_PAIR, _)
#define ARRAY_BUFFER_GETTER_PROP(P, name, fn, length, magic) P(name, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(name##BufferPair))
#define ARRAY_BUFFER_PROTO_PROPS(P) \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_ARRAY_BUFFER)) ARRAY_BUFFER_PROTO_GETTERS(ARRAY_BUFFER_GETTER_PROP, P)
#define ARRAY_BUFFER_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(ArrayBuffer))
#define ARRAY_BUFFER_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_ARRAY_BUFFER))
// get ArrayBuffer[@@species] returns this (ES2024 25.1.5.3): Array's
// getter's flash entry is that function (no new table).
const FlashAccessor arrayBufferSpeciesPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_ARRAY_STATIC_SYMBOLS, 0);
#define ARRAY_BUFFER_CTOR_SYMBOLS(S) S(species, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(arrayBufferSpeciesPair))

ENG_FLASH_OBJECT_SYMBOLS(arrayBufferProtoProps, ARRAY_BUFFER_PROTO_PROPS, ARRAY_BUFFER_PROTO, ARRAY_BUFFER_PROTO_METHODS,
                         ARRAY_BUFFER_PROTO_SYMBOLS)
ENG_FLASH_OBJECT_SYMBOLS(arrayBufferCtorProps, ARRAY_BUFFER_CTOR_PROPS, ARRAY_BUFFER_STATIC, ARRAY_BUFFER_STATIC_METHODS,
                         ARRAY_BUFFER_CTOR_SYMBOLS)

}  // namespace

Status initArrayBufferBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    return flashConstructor(h, PROTO_ARRAY_BUFFER, ATOM_ArrayBuffer, arrayBufferConstructor, 1, arrayBufferCtorProps,
                            arrayBufferProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng

#endif  // ENG_TYPED_ARRAYS
