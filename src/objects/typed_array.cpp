// ArrayBuffer data blocks and the elements of typed arrays and DataViews:
// byte layout, number conversion per element type (ES2024 25.1.3.17
// RawBytesToNumeric, 25.1.3.18 NumericToRawBytes) and the bounds of views.
#include <math.h>

#include "heap/refcount.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "value/bigint.h"
#include "value/float16.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

const uint8_t elementSizes[KIND__COUNT + 1] = {1, 1, 1, 2, 2, 4, 4, 4, 8,
#if ENG_FLOAT16
                                                2,
#endif
#if ENG_BIGINT
                                                8, 8,
#endif
                                                1};

bool viewOutOfBounds(const JSArrayBufferView *v) {
    const JSArrayBuffer *b = v->buffer;
    if (isDetached(b)) return true;
    uint64_t end = v->viewFlags & VIEW_LENGTH_TRACKING
                       ? v->byteOffset
                       : v->byteOffset + static_cast<uint64_t>(v->length) * elementSizes[v->kind];
    return v->byteOffset > b->byteLength || end > b->byteLength;
}

namespace {

// Copies n bytes, reversed unless littleEndian (the targets are little-endian).
void copyOrdered(uint8_t *to, const uint8_t *from, unsigned n, bool littleEndian) {
    if (littleEndian) {
        memcpy(to, from, n);
        return;
    }
    for (unsigned i = 0; i < n; i++) to[i] = from[n - 1 - i];
}

uint8_t clampToUint8(double d) {
    if (!(d > 0)) return 0;  // NaN too
    if (d >= 255) return 255;
    double f = floor(d);
    if (f + 0.5 < d) return static_cast<uint8_t>(f + 1);
    if (d < f + 0.5) return static_cast<uint8_t>(f);
    uint8_t i = static_cast<uint8_t>(f);
    return (i & 1) ? static_cast<uint8_t>(i + 1) : i;  // ties to even
}

}  // namespace

double readElement(uint8_t kind, const uint8_t *p, bool littleEndian) {
    uint8_t raw[8];
    copyOrdered(raw, p, elementSizes[kind], littleEndian);
    switch (kind) {
    case KIND_INT8: return static_cast<int8_t>(raw[0]);
    case KIND_INT16: { int16_t x; memcpy(&x, raw, 2); return x; }
    case KIND_UINT16: { uint16_t x; memcpy(&x, raw, 2); return x; }
    case KIND_INT32: { int32_t x; memcpy(&x, raw, 4); return x; }
    case KIND_UINT32: { uint32_t x; memcpy(&x, raw, 4); return x; }
    case KIND_FLOAT32: { float x; memcpy(&x, raw, 4); return static_cast<double>(x); }
    case KIND_FLOAT64: { double x; memcpy(&x, raw, 8); return x; }
#if ENG_FLOAT16
    case KIND_FLOAT16: { uint16_t x; memcpy(&x, raw, 2); return float16ToDouble(x); }
#endif
#if ENG_BIGINT
    case KIND_BIGINT64: { int64_t x; memcpy(&x, raw, 8); return static_cast<double>(x); }
    case KIND_BIGUINT64: { uint64_t x; memcpy(&x, raw, 8); return static_cast<double>(x); }
#endif
    default: return raw[0];  // the uint8 kinds
    }
}

void writeElement(uint8_t kind, uint8_t *p, double d, bool littleEndian) {
    uint8_t raw[8];
    switch (kind) {
    case KIND_UINT8_CLAMPED: raw[0] = clampToUint8(d); break;
    case KIND_INT16:
    case KIND_UINT16: { uint16_t x = static_cast<uint16_t>(doubleToInt32(d)); memcpy(raw, &x, 2); break; }
    case KIND_INT32:
    case KIND_UINT32: { int32_t x = doubleToInt32(d); memcpy(raw, &x, 4); break; }
    case KIND_FLOAT32: { float x = static_cast<float>(d); memcpy(raw, &x, 4); break; }
    case KIND_FLOAT64: memcpy(raw, &d, 8); break;
#if ENG_FLOAT16
    case KIND_FLOAT16: { uint16_t x = doubleToFloat16(d); memcpy(raw, &x, 2); break; }
#endif
#if ENG_BIGINT
    case KIND_BIGINT64:  // elementBytes converts what scripts store; this keeps a number's integer part
    case KIND_BIGUINT64: { int64_t x = fabs(d) < 9.2e18 ? static_cast<int64_t>(d) : 0; memcpy(raw, &x, 8); break; }
#endif
    default: raw[0] = static_cast<uint8_t>(doubleToInt32(d)); break;  // int8, uint8, DataView bytes
    }
    copyOrdered(p, raw, elementSizes[kind], littleEndian);
}

Status elementValue(Heap &h, uint8_t kind, const uint8_t *p, Value *out, bool littleEndian) {
    if (kind <= KIND_UINT16) {  // always a small integer
        *out = Value::smallInt(static_cast<int32_t>(readElement(kind, p, littleEndian)));
        return Status::Ok;
    }
#if ENG_BIGINT
    if (isBigIntKind(kind)) {
        uint64_t x;
        copyOrdered(reinterpret_cast<uint8_t *>(&x), p, 8, littleEndian);
        return kind == KIND_BIGINT64 ? bigIntFromInt64(h, static_cast<int64_t>(x), out) : bigIntFromUint64(h, x, out);
    }
#endif
    return makeNumber(h, readElement(kind, p, littleEndian), out);
}

Status elementBytes(Heap &h, uint8_t kind, Value v, uint8_t raw[8]) {
#if ENG_BIGINT
    if (isBigIntKind(kind)) {
        Value b;
        ENG_TRY(toBigInt(h, v, &b));
        uint64_t x = bigIntToUint64(asBigInt(b));  // modulo 2^64: the same bits either kind
        memcpy(raw, &x, 8);
        return Status::Ok;
    }
#endif
    double d;
    if (isNumber(v)) d = numberOf(v);
    else ENG_TRY(toNumber(h, v, &d));
    writeElement(kind, raw, d);
    return Status::Ok;
}

void copyElement(uint8_t dstKind, uint8_t *dst, uint8_t srcKind, const uint8_t *src) {
    if (isBigIntKind(dstKind)) memcpy(dst, src, 8);
    else writeElement(dstKind, dst, readElement(srcKind, src));
}

Status typedArraySetElement(Heap &h, JSArrayBufferView *ta, uint32_t i, Value v, bool *written) {
    uint8_t raw[8];
    {
        LocalRoot tr(h, Value::pointer(ta));
        ENG_TRY(elementBytes(h, ta->kind, v, raw));  // may run a script that detaches or shrinks the buffer
    }
    bool ok = i < viewLength(ta) && !(ta->buffer->bufFlags & BUF_READ_ONLY);
    if (ok) memcpy(viewData(ta) + static_cast<size_t>(i) * elementSizes[ta->kind], raw, elementSizes[ta->kind]);
    if (written) *written = ok || !(ta->buffer->bufFlags & BUF_READ_ONLY);
    return Status::Ok;
}

bool isCanonicalNumericNonIndex(Heap &h, const HString *key) {
    if (key->type != HeapType::String || key->length == 0) return false;
    uint16_t c = key->at(0);
    // Cheap rejection of ordinary names ("length", "buffer" ...).
    if (!(c == '-' || c == 'I' || c == 'N' || (c >= '0' && c <= '9'))) return false;
    if (key->length == 2 && c == '-' && key->at(1) == '0') return true;
    double d = stringToNumber(key);
    HString *s = numberToString(h, d);
    if (!s) {
        h.hasPending = false;  // a key test does not fail: treat as not numeric
        h.pending = Value::undefined();
        return false;
    }
    return s == key;  // interned: the same text is the same string
}

JSArrayBuffer *newArrayBuffer(Heap &h, JSObject *proto, double byteLength, double maxByteLength, bool resizable) {
    // One allocation of exactly the bytes; lengths past 2^31 are refused up front.
    if (byteLength > 0x7fffffff || (resizable && maxByteLength > 0x7fffffff)) {
        (void)throwError(h, PROTO_RANGE_ERROR, "Array buffer allocation failed");
        return nullptr;
    }
    JSArrayBuffer *b = static_cast<JSArrayBuffer *>(newObjectOfSize(h, proto, ObjectClass::ArrayBuffer, sizeof(JSArrayBuffer)));
    if (!b) return nullptr;
    b->byteLength = static_cast<uint32_t>(byteLength);
    b->maxByteLength = resizable ? static_cast<uint32_t>(maxByteLength) : b->byteLength;
    b->bufFlags = resizable ? BUF_RESIZABLE : 0;
    if (b->byteLength == 0) return b;
    LocalRoot root(h, Value::pointer(b));
    uint32_t n = b->byteLength;
    b->byteLength = 0;  // no block yet, should a collection free b meanwhile
    uint8_t *data = static_cast<uint8_t *>(heapAlloc(h, n));
    if (!data) {
        h.hasPending = false;
        (void)throwError(h, PROTO_RANGE_ERROR, "Array buffer allocation failed");
        return nullptr;
    }
    memset(data, 0, n);
    b->data = data;
    b->byteLength = n;
    return b;
}

JSArrayBufferView *newView(Heap &h, JSObject *proto, ObjectClass cls, JSArrayBuffer *buffer, uint8_t kind,
                           uint32_t byteOffset, uint32_t length, bool tracking) {
    LocalRoot br(h, Value::pointer(buffer));
    JSArrayBufferView *v = static_cast<JSArrayBufferView *>(newObjectOfSize(h, proto, cls, sizeof(JSArrayBufferView)));
    if (!v) return nullptr;
    rcInit(v->buffer, buffer);
    v->byteOffset = byteOffset;
    v->length = length;
    v->kind = kind;
    v->viewFlags = tracking ? VIEW_LENGTH_TRACKING : 0;
    return v;
}

void releaseBufferData(Heap &h, JSArrayBuffer *b) {
    if (b->bufFlags & BUF_EXTERNAL) {
        eng_buffer_free_fn fn = b->freeFn;
        b->freeFn = nullptr;  // exactly once
        if (fn) fn(b->data, b->byteLength, b->freeUser);
    } else if (b->data) {
        heapFree(h, b->data, b->byteLength);
    }
    b->data = nullptr;
    b->byteLength = 0;
}

}  // namespace eng
