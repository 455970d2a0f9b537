// DataView (ES2024 25.3): the constructor, the buffer/byteLength/byteOffset
// getters and get/set of each element type with the littleEndian flag
// (big-endian by default). One getter and one setter serve every type: the
// method's magic is the ElementKind.
#include <math.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/typed_array_support.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"

#if ENG_TYPED_ARRAYS

namespace eng {

namespace {

Status thisDataView(NativeCall &c, const char *method, JSArrayBufferView **out) {
    if (!isDataView(c.thisValue()))
        return throwError(c.heap, PROTO_TYPE_ERROR, "DataView.prototype.%s called on a value that is not a DataView", method);
    *out = asView(c.thisValue());
    return Status::Ok;
}

Status dataViewConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor DataView requires 'new'");
    if (!isArrayBuffer(c.arg(0))) return throwError(h, PROTO_TYPE_ERROR, "First argument to DataView constructor must be an ArrayBuffer");
    double offset, length = 0;
    ENG_TRY(toIndex(h, c.arg(1), &offset));
    JSArrayBuffer *b = asArrayBuffer(c.arg(0));
    if (isDetached(b)) return throwError(h, PROTO_TYPE_ERROR, "Cannot construct a DataView on a detached ArrayBuffer");
    if (offset > b->byteLength) return throwError(h, PROTO_RANGE_ERROR, "Start offset %.0f is outside the bounds of the buffer", offset);
    bool tracking = c.arg(2).isUndefined() && (b->bufFlags & BUF_RESIZABLE);
    if (c.arg(2).isUndefined()) {
        length = b->byteLength - offset;
    } else {
        ENG_TRY(toIndex(h, c.arg(2), &length));
        if (offset + length > b->byteLength) return throwError(h, PROTO_RANGE_ERROR, "Invalid DataView length %.0f", length);
    }
    b = asArrayBuffer(c.arg(0));  // the conversions may have detached or shrunk it
    if (isDetached(b)) return throwError(h, PROTO_TYPE_ERROR, "Cannot construct a DataView on a detached ArrayBuffer");
    if (offset > b->byteLength || (!tracking && offset + length > b->byteLength))
        return throwError(h, PROTO_RANGE_ERROR, "Invalid DataView length %.0f", length);
    JSObject *proto = builtinProto(h, PROTO_DATA_VIEW);
    if (!proto) return Status::Error;
    JSArrayBufferView *v = newView(h, proto, ObjectClass::DataView, b, KIND_DATA_VIEW, static_cast<uint32_t>(offset),
                                   static_cast<uint32_t>(length), tracking);
    if (!v) return Status::Error;
    c.setResult(Value::pointer(v));
    return Status::Ok;
}

enum DataViewGetter { GET_BUFFER, GET_BYTE_LENGTH, GET_BYTE_OFFSET };

Status dataViewGetter(NativeCall &c) {
    static const char *const names[] = {"buffer", "byteLength", "byteOffset"};
    JSArrayBufferView *v;
    ENG_TRY(thisDataView(c, names[c.magic], &v));
    if (c.magic == GET_BUFFER) {
        c.setResult(Value::pointer(v->buffer));
        return Status::Ok;
    }
    if (viewOutOfBounds(v)) return throwError(c.heap, PROTO_TYPE_ERROR, "DataView.prototype.%s: the buffer is detached or too small", names[c.magic]);
    return makeNumberResult(c, c.magic == GET_BYTE_LENGTH ? viewLength(v) : v->byteOffset);
}

// GetViewValue / SetViewValue: the byte index, then (set) the value, then
// the bounds against the view as it is after those conversions.
Status viewAccess(NativeCall &c, bool set, uint8_t value[8], bool *littleEndian, uint8_t **at) {
    Heap &h = c.heap;
    static const char *const names[] = {"Int8", "Uint8", "Uint8", "Int16", "Uint16", "Int32", "Uint32", "Float32", "Float64",
#if ENG_FLOAT16
                                        "Float16",
#endif
#if ENG_BIGINT
                                        "BigInt64", "BigUint64",
#endif
    };
    JSArrayBufferView *v;
    ENG_TRY(thisDataView(c, set ? "set" : "get", &v));
    double index;
    ENG_TRY(toIndex(h, c.arg(0), &index));
    if (set) ENG_TRY(elementBytes(h, static_cast<uint8_t>(c.magic), c.arg(1), value));  // ToNumber or ToBigInt
    *littleEndian = toBoolean(c.arg(set ? 2 : 1));
    v = asView(c.thisValue());
    if (viewOutOfBounds(v))
        return throwError(h, PROTO_TYPE_ERROR, "DataView.prototype.%s%s: the buffer is detached or too small", set ? "set" : "get", names[c.magic]);
    if (index + elementSizes[c.magic] > viewLength(v)) return throwError(h, PROTO_RANGE_ERROR, "Offset is outside the bounds of the DataView");
    if (set && (v->buffer->bufFlags & BUF_READ_ONLY)) return throwError(h, PROTO_TYPE_ERROR, "Cannot write to an immutable ArrayBuffer");
    *at = viewData(v) + static_cast<uint32_t>(index);
    return Status::Ok;
}

Status dataViewGet(NativeCall &c) {
    uint8_t unused[8];
    bool little;
    uint8_t *at;
    ENG_TRY(viewAccess(c, false, unused, &little, &at));
    Value v;
    ENG_TRY(elementValue(c.heap, static_cast<uint8_t>(c.magic), at, &v, little));
    c.setResult(v);
    return Status::Ok;
}

Status dataViewSet(NativeCall &c) {
    uint8_t value[8];
    bool little;
    uint8_t *at;
    ENG_TRY(viewAccess(c, true, value, &little, &at));
    unsigned n = elementSizes[c.magic];
    for (unsigned i = 0; i < n; i++) at[i] = value[little ? i : n - 1 - i];  // value is little-endian
    return Status::Ok;
}

#if ENG_FLOAT16
#define DATA_VIEW_FLOAT16_METHODS(M, X) \
    M(X, getFloat16, dataViewGet, 1, KIND_FLOAT16) M(X, setFloat16, dataViewSet, 2, KIND_FLOAT16)
#else
#define DATA_VIEW_FLOAT16_METHODS(M, X)
#endif
#if ENG_BIGINT
#define DATA_VIEW_BIGINT_METHODS(M, X)                                                                    \
    M(X, getBigInt64, dataViewGet, 1, KIND_BIGINT64) M(X, getBigUint64, dataViewGet, 1, KIND_BIGUINT64)    \
    M(X, setBigInt64, dataViewSet, 2, KIND_BIGINT64) M(X, setBigUint64, dataViewSet, 2, KIND_BIGUINT64)
#else
#define DATA_VIEW_BIGINT_METHODS(M, X)
#endif
#define DATA_VIEW_PROTO_METHODS(M, X)                                                                   \
    M(X, getInt8, dataViewGet, 1, KIND_INT8) M(X, getUint8, dataViewGet, 1, KIND_UINT8)                \
    M(X, getInt16, dataViewGet, 1, KIND_INT16) M(X, getUint16, dataViewGet, 1, KIND_UINT16)            \
    M(X, getInt32, dataViewGet, 1, KIND_INT32) M(X, getUint32, dataViewGet, 1, KIND_UINT32)            \
    M(X, getFloat32, dataViewGet, 1, KIND_FLOAT32) M(X, getFloat64, dataViewGet, 1, KIND_FLOAT64)      \
    M(X, setInt8, dataViewSet, 2, KIND_INT8) M(X, setUint8, dataViewSet, 2, KIND_UINT8)                \
    M(X, setInt16, dataViewSet, 2, KIND_INT16) M(X, setUint16, dataViewSet, 2, KIND_UINT16)            \
    M(X, setInt32, dataViewSet, 2, KIND_INT32) M(X, setUint32, dataViewSet, 2, KIND_UINT32)            \
    M(X, setFloat32, dataViewSet, 2, KIND_FLOAT32) M(X, setFloat64, dataViewSet, 2, KIND_FLOAT64)      \
    DATA_VIEW_FLOAT16_METHODS(M, X) DATA_VIEW_BIGINT_METHODS(M, X)
#define DATA_VIEW_PROTO_GETTERS(M, X)                                   \
    M(X, buffer, dataViewGetter, METHOD_GETTER, GET_BUFFER)             \
    M(X, byteLength, dataViewGetter, METHOD_GETTER, GET_BYTE_LENGTH)    \
    M(X, byteOffset, dataViewGetter, METHOD_GETTER, GET_BYTE_OFFSET)
#define DATA_VIEW_PROTO_ALL(M, X) DATA_VIEW_PROTO_METHODS(M, X) DATA_VIEW_PROTO_GETTERS(M, X)

}  // namespace

ENG_FLASH_METHOD_TABLE(dataViewProtoMethods, DATA_VIEW_PROTO, DATA_VIEW_PROTO_ALL)

namespace {

#define DATA_VIEW_GETTER_PAIR(X, name, fn, length, magic) \
    const FlashAccessor name##DataViewPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_DATA_VIEW_PROTO, DATA_VIEW_PROTO_##name);
DATA_VIEW_PROTO_GETTERS(DATA_VIEW_GETTER_PAIR, _)
#define DATA_VIEW_GETTER_PROP(P, name, fn, length, magic) P(name, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(name##DataViewPair))
#define DATA_VIEW_PROTO_PROPS(P) \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_DATA_VIEW)) DATA_VIEW_PROTO_GETTERS(DATA_VIEW_GETTER_PROP, P)
#define DATA_VIEW_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(DataView))
#define DATA_VIEW_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_DATA_VIEW))

ENG_FLASH_OBJECT_SYMBOLS(dataViewProtoProps, DATA_VIEW_PROTO_PROPS, DATA_VIEW_PROTO, DATA_VIEW_PROTO_METHODS, DATA_VIEW_PROTO_SYMBOLS)
ENG_FLASH_TABLE(dataViewCtorProps, DATA_VIEW_CTOR_PROPS)

}  // namespace

Status initDataViewBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    return flashConstructor(h, PROTO_DATA_VIEW, ATOM_DataView, dataViewConstructor, 1, dataViewCtorProps, dataViewProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng

#endif  // ENG_TYPED_ARRAYS
