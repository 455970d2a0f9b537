// ArrayBuffer, typed array and DataView objects (ES2024 25.1-25.3, 23.2):
// layouts, element access and the integer-indexed exotic behaviour.
// Elements are bytes in the buffer's one data block, never properties, so
// a typed array costs no RAM per element.
#ifndef ENG_OBJECTS_ARRAY_BUFFER_H
#define ENG_OBJECTS_ARRAY_BUFFER_H

#include <string.h>

#include "heap/heap.h"

namespace eng {

enum BufferFlags : uint8_t {
    BUF_DETACHED = 1,   // transferred (or detached from C): length 0, data gone
    BUF_RESIZABLE = 2,  // made with options.maxByteLength
    BUF_EXTERNAL = 4,   // the embedder's memory (eng_push_external_buffer): freeFn owns it
    BUF_READ_ONLY = 8,  // immutable: writes through views fail (flash)
    BUF_SHARED = 16     // a SharedArrayBuffer: never detached, never shrinks
};

struct JSArrayBuffer : JSObject {
    uint8_t *data;           // byteLength bytes (heapAlloc'd unless external); null when empty
    uint32_t byteLength;
    uint32_t maxByteLength;  // resizable buffers only
    eng_buffer_free_fn freeFn;  // external buffers: called once when the object is freed
    void *freeUser;
    uint8_t bufFlags;
};

// The element types, in the order of the constructors (PROTO_INT8_ARRAY ..).
enum ElementKind : uint8_t {
    KIND_INT8,
    KIND_UINT8,
    KIND_UINT8_CLAMPED,
    KIND_INT16,
    KIND_UINT16,
    KIND_INT32,
    KIND_UINT32,
    KIND_FLOAT32,
    KIND_FLOAT64,
#if ENG_FLOAT16
    KIND_FLOAT16,  // ES2025: after the ES2015 kinds, so their numbers stay
#endif
#if ENG_BIGINT
    KIND_BIGINT64,   // ES2020, content type BigInt: elements are BigInts
    KIND_BIGUINT64,
#endif
    KIND__COUNT,
    KIND_DATA_VIEW = KIND__COUNT  // a DataView's kind: bytes
};
extern const uint8_t elementSizes[KIND__COUNT + 1];
// Content type BigInt (BigInt64Array, BigUint64Array): values are
// converted with ToBigInt, never ToNumber, and never mix with numbers.
inline bool isBigIntKind(uint8_t kind) {
#if ENG_BIGINT
    return kind == KIND_BIGINT64 || kind == KIND_BIGUINT64;
#else
    (void)kind;
    return false;
#endif
}

enum ViewFlags : uint8_t {
    VIEW_LENGTH_TRACKING = 1  // made on a resizable buffer without a length: follows it
};

// A typed array (ObjectClass::TypedArray) or DataView (ObjectClass::DataView).
struct JSArrayBufferView : JSObject {
    JSArrayBuffer *buffer;
    uint32_t byteOffset;
    uint32_t length;  // elements (typed array) / bytes (DataView); unused while tracking
    uint8_t kind;     // ElementKind
    uint8_t viewFlags;
};

inline bool isArrayBuffer(Value v) { return isObject(v) && asObject(v)->cls() == ObjectClass::ArrayBuffer; }
inline bool isTypedArray(Value v) { return isObject(v) && asObject(v)->cls() == ObjectClass::TypedArray; }
inline bool isDataView(Value v) { return isObject(v) && asObject(v)->cls() == ObjectClass::DataView; }
inline JSArrayBuffer *asArrayBuffer(Value v) { return static_cast<JSArrayBuffer *>(asObject(v)); }
inline JSArrayBufferView *asView(Value v) { return static_cast<JSArrayBufferView *>(asObject(v)); }
inline bool isDetached(const JSArrayBuffer *b) { return (b->bufFlags & BUF_DETACHED) != 0; }

// IsTypedArrayOutOfBounds / IsViewOutOfBounds: detached, or the view's
// bytes no longer fit in a shrunk buffer.
bool viewOutOfBounds(const JSArrayBufferView *v);
// The view's current length in elements (bytes for a DataView); 0 when
// out of bounds (TypedArrayLength).
inline uint32_t viewLength(const JSArrayBufferView *v) {
    const JSArrayBuffer *b = v->buffer;
    if (!(v->viewFlags & VIEW_LENGTH_TRACKING) && !(b->bufFlags & (BUF_DETACHED | BUF_RESIZABLE))) return v->length;
    if (viewOutOfBounds(v)) return 0;
    if (v->viewFlags & VIEW_LENGTH_TRACKING) return (b->byteLength - v->byteOffset) / elementSizes[v->kind];
    return v->length;
}
inline uint8_t *viewData(const JSArrayBufferView *v) { return v->buffer->data + v->byteOffset; }

// Raw element bytes <-> numbers (p need not be aligned). littleEndian
// false swaps on this (little-endian) target: DataView's default. A
// BigInt kind reads as the nearest double (elementValue gives the BigInt).
double readElement(uint8_t kind, const uint8_t *p, bool littleEndian = true);
void writeElement(uint8_t kind, uint8_t *p, double d, bool littleEndian = true);
// The element as a value (may allocate a number on 32-bit targets).
Status elementValue(Heap &h, uint8_t kind, const uint8_t *p, Value *out, bool littleEndian = true);
// v converted for an element of kind (ToNumber, or ToBigInt for a BigInt
// kind) and encoded in raw (native byte order, elementSizes[kind] bytes).
Status elementBytes(Heap &h, uint8_t kind, Value v, uint8_t raw[8]);
// One element of src's kind copied as dst's kind (the same content type).
void copyElement(uint8_t dstKind, uint8_t *dst, uint8_t srcKind, const uint8_t *src);

// The executor's fast paths (vm/interp.cpp, objects/property.cpp): an
// element read or a number written at an index in bounds. False: take the
// general path (out of bounds, a float read that needs a boxed number, a
// value that is no number, a read-only buffer).
inline bool typedArrayFastGet(const JSObject *o, uint32_t i, Value *out) {
    const JSArrayBufferView *ta = static_cast<const JSArrayBufferView *>(o);
    if (i >= viewLength(ta)) return false;
    const uint8_t *p = viewData(ta);
    switch (ta->kind) {
    case KIND_INT8: *out = Value::smallInt(static_cast<int8_t>(p[i])); return true;
    case KIND_UINT8:
    case KIND_UINT8_CLAMPED: *out = Value::smallInt(p[i]); return true;
    case KIND_INT16: { int16_t x; memcpy(&x, p + 2 * static_cast<size_t>(i), 2); *out = Value::smallInt(x); return true; }
    case KIND_UINT16: { uint16_t x; memcpy(&x, p + 2 * static_cast<size_t>(i), 2); *out = Value::smallInt(x); return true; }
    case KIND_INT32: {
        int32_t x;
        memcpy(&x, p + 4 * static_cast<size_t>(i), 4);
        if (!Value::fitsSmallInt(x)) return false;
        *out = Value::smallInt(x);
        return true;
    }
    default: return false;
    }
}
inline bool typedArrayFastSet(JSObject *o, uint32_t i, Value v) {
    JSArrayBufferView *ta = static_cast<JSArrayBufferView *>(o);
    if (!v.isSmallInt() || i >= viewLength(ta) || (ta->buffer->bufFlags & BUF_READ_ONLY)) return false;
    int32_t x = v.asSmallInt();
    uint8_t *p = viewData(ta);
    switch (ta->kind) {
    case KIND_INT8:
    case KIND_UINT8: p[i] = static_cast<uint8_t>(x); return true;
    case KIND_UINT8_CLAMPED: p[i] = static_cast<uint8_t>(x < 0 ? 0 : x > 255 ? 255 : x); return true;
    case KIND_INT16:
    case KIND_UINT16: { uint16_t y = static_cast<uint16_t>(x); memcpy(p + 2 * static_cast<size_t>(i), &y, 2); return true; }
    case KIND_INT32:
    case KIND_UINT32: memcpy(p + 4 * static_cast<size_t>(i), &x, 4); return true;
    default:
        if (isBigIntKind(ta->kind)) return false;  // a number there is a TypeError
        writeElement(ta->kind, p + static_cast<size_t>(i) * elementSizes[ta->kind], x); return true;
    }
}

// TypedArraySetElement: ToNumber(v), then the write if i is still valid
// (a write to a read-only buffer fails: *written false).
Status typedArraySetElement(Heap &h, JSArrayBufferView *ta, uint32_t i, Value v, bool *written = nullptr);

// A string key that is a CanonicalNumericIndexString but no array index
// ("-0", "1.5", "-1", "Infinity", "NaN"): such keys name no property of a
// typed array and never reach its prototype chain.
bool isCanonicalNumericNonIndex(Heap &h, const HString *key);

// New objects (null with the error pending). The buffer's bytes are zeroed;
// RangeError when they cannot be allocated.
JSArrayBuffer *newArrayBuffer(Heap &h, JSObject *proto, double byteLength, double maxByteLength, bool resizable);
JSArrayBufferView *newView(Heap &h, JSObject *proto, ObjectClass cls, JSArrayBuffer *buffer, uint8_t kind,
                           uint32_t byteOffset, uint32_t length, bool tracking);
// Frees the data block (or calls the external free function) and marks
// the buffer detached.
void releaseBufferData(Heap &h, JSArrayBuffer *b);

}  // namespace eng

#endif
