// %TypedArray% and the typed array constructors (ES2024 23.2; the nine of
// ES2015 and, with ENG_FLOAT16, Float16Array). One set of functions serves
// every element type: the kind comes from the object (or, for a
// constructor, from its magic), so the library costs the same flash for
// ten types as for one.
#include <math.h>
#include <string.h>

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/typed_array_support.h"
#include "heap/refcount.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/rom_symbols.h"
#include "value/libm.h"
#include "value/bigint.h"
#include "value/number.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/literal_ops.h"
#include "builtins/uint8array_base64.h"

#if ENG_TYPED_ARRAYS

namespace eng {

namespace {

const char *const kindNames[KIND__COUNT] = {"Int8Array",  "Uint8Array", "Uint8ClampedArray", "Int16Array",  "Uint16Array",
                                            "Int32Array", "Uint32Array", "Float32Array",     "Float64Array",
#if ENG_FLOAT16
                                            "Float16Array",
#endif
#if ENG_BIGINT
                                            "BigInt64Array", "BigUint64Array",
#endif
};
const Atom kindAtoms[KIND__COUNT] = {ATOM_Int8Array,  ATOM_Uint8Array,  ATOM_Uint8ClampedArray,
                                     ATOM_Int16Array, ATOM_Uint16Array, ATOM_Int32Array,
                                     ATOM_Uint32Array, ATOM_Float32Array, ATOM_Float64Array,
#if ENG_FLOAT16
                                     ATOM_Float16Array,
#endif
#if ENG_BIGINT
                                     ATOM_BigInt64Array, ATOM_BigUint64Array,
#endif
};

Status notFunction(Heap &h, Value v) {
    char buf[64];
    describeValue(h, v, buf, sizeof buf);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", buf);
}

// ValidateTypedArray: this is a typed array whose bytes are in bounds.
Status validTypedArray(NativeCall &c, const char *method, JSArrayBufferView **out, uint32_t *length) {
    if (!isTypedArray(c.thisValue()))
        return throwError(c.heap, PROTO_TYPE_ERROR, "%%TypedArray%%.prototype.%s called on a value that is not a typed array", method);
    JSArrayBufferView *ta = asView(c.thisValue());
    if (viewOutOfBounds(ta))
        return throwError(c.heap, PROTO_TYPE_ERROR, "%%TypedArray%%.prototype.%s called on a detached or out-of-bounds typed array", method);
    *out = ta;
    if (length) *length = viewLength(ta);
    return Status::Ok;
}

uint8_t *elementAt(JSArrayBufferView *ta, uint32_t i) { return viewData(ta) + static_cast<size_t>(i) * elementSizes[ta->kind]; }

// Get(O, i) on a typed array: undefined once i is out of bounds.
Status getElement(Heap &h, JSArrayBufferView *ta, uint32_t i, Value *out) {
    if (i >= viewLength(ta)) {
        *out = Value::undefined();
        return Status::Ok;
    }
    return elementValue(h, ta->kind, elementAt(ta, i), out);
}

Status readOnlyError(Heap &h) { return throwError(h, PROTO_TYPE_ERROR, "Cannot write to an immutable ArrayBuffer"); }

// A BigInt typed array and a number typed array never exchange elements.
Status contentTypeError(Heap &h) {
    return throwError(h, PROTO_TYPE_ERROR, "Cannot mix BigInt and other types, use explicit conversions");
}

}  // namespace

// A new typed array of `kind` over a new zeroed buffer of length elements.
Status typedArrayCreate(Heap &h, uint8_t kind, double length, JSArrayBufferView **out) {
    double bytes = length * elementSizes[kind];
    JSObject *bufferProto = builtinProto(h, PROTO_ARRAY_BUFFER);
    if (!bufferProto) return Status::Error;
    JSArrayBuffer *b = newArrayBuffer(h, bufferProto, bytes, 0, false);
    if (!b) return Status::Error;
    JSObject *proto = builtinProto(h, static_cast<Proto>(PROTO_INT8_ARRAY + kind));
    if (!proto) return Status::Error;
    *out = newView(h, proto, ObjectClass::TypedArray, b, kind, 0, static_cast<uint32_t>(length), false);
    return *out ? Status::Ok : Status::Error;
}

namespace {

// TypedArrayCreateFromConstructor: new C(length), checked to be a typed
// array of at least that length (C may be a subclass).
Status createFromConstructor(Heap &h, Value ctor, double length, JSArrayBufferView **out) {
    Value arg, r;
    ENG_TRY(makeNumber(h, length, &arg));
    ENG_TRY(constructValue(h, ctor, &arg, 1, &r));
    if (!isTypedArray(r)) return throwError(h, PROTO_TYPE_ERROR, "the constructor did not make a typed array");
    JSArrayBufferView *ta = asView(r);
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "the constructor made a detached typed array");
    if (viewLength(ta) < length) return throwError(h, PROTO_TYPE_ERROR, "the constructor made a typed array too short");
    *out = ta;
    return Status::Ok;
}

// SpeciesConstructor(exemplar, its kind's constructor) (ES2024 7.3.22):
// exemplar.constructor is read once, then its @@species. *ctor is left
// undefined when the result is that default constructor, so that callers
// make the array directly (constructing the intrinsic is not observable).
Status speciesConstructor(Heap &h, Value exemplar, Value *ctor) {
    *ctor = Value::undefined();
    Value c;
    ENG_TRY(getValuePropertyStr(h, exemplar, atom(h, ATOM_constructor), &c));
    if (c.isUndefined()) return Status::Ok;
    if (!isObjectType(c)) return throwError(h, PROTO_TYPE_ERROR, "the typed array's constructor is not an object");
    Value s;
    ENG_TRY(getValueProperty(h, c, Value::pointer(wellKnownSymbol(WKS_species)), &s));
    if (s.isNullish()) return Status::Ok;
    if (!isConstructorObject(s)) return throwError(h, PROTO_TYPE_ERROR, "the typed array's constructor[Symbol.species] is not a constructor");
    JSObject *intrinsic = builtinCtor(h, static_cast<Proto>(PROTO_INT8_ARRAY + asView(exemplar)->kind));
    if (!intrinsic) return Status::Error;
    if (!(isObject(s) && asObject(s) == intrinsic)) *ctor = s;
    return Status::Ok;
}

// TypedArraySpeciesCreate(exemplar, <<length>>) (ES2024 23.2.4.1): the
// species constructor's typed array of at least length elements, of the
// exemplar's content type (BigInt or Number).
Status speciesCreate(Heap &h, Value exemplar, double length, JSArrayBufferView **out) {
    Value ctor;
    ENG_TRY(speciesConstructor(h, exemplar, &ctor));
    if (ctor.isUndefined()) return typedArrayCreate(h, asView(exemplar)->kind, length, out);
    LocalRoot cr(h, ctor), er(h, exemplar);
    ENG_TRY(createFromConstructor(h, ctor, length, out));
    return isBigIntKind((*out)->kind) == isBigIntKind(asView(exemplar)->kind) ? Status::Ok : contentTypeError(h);
}

// Copies count elements of src (from srcIndex) to dst (from dstIndex),
// converting between kinds; the byte ranges may overlap (same buffer).
void copyElements(JSArrayBufferView *dst, uint32_t dstIndex, JSArrayBufferView *src, uint32_t srcIndex, uint32_t count) {
    uint8_t *d = elementAt(dst, dstIndex);
    const uint8_t *s = elementAt(src, srcIndex);
    if (dst->kind == src->kind || isBigIntKind(dst->kind) ||
        (elementSizes[dst->kind] == 1 && elementSizes[src->kind] == 1 && dst->kind != KIND_UINT8_CLAMPED)) {
        memmove(d, s, static_cast<size_t>(count) * elementSizes[dst->kind]);
        return;
    }
    unsigned ds = elementSizes[dst->kind], ss = elementSizes[src->kind];
    // Overlapping with a wider destination: walk backwards so no source
    // element is overwritten before it is read.
    if (dst->buffer == src->buffer && d > s) {
        for (uint32_t i = count; i-- > 0;) copyElement(dst->kind, d + i * ds, src->kind, s + i * ss);
        return;
    }
    for (uint32_t i = 0; i < count; i++) copyElement(dst->kind, d + i * ds, src->kind, s + i * ss);
}

// Fills ta from the values of an array (the list an iterable gave).
Status fillFromList(Heap &h, JSArrayBufferView *ta, JSArray *list) {
    LocalRoot tr(h, Value::pointer(ta)), lr(h, Value::pointer(list));
    for (uint32_t k = 0; k < list->length; k++) {
        Value v = k < list->elemCount() && !list->elems[k].isEmpty() ? list->elems[k] : Value::undefined();
        ENG_TRY(typedArraySetElement(h, ta, k, v));
    }
    return Status::Ok;
}

// LengthOfArrayLike.
Status lengthOf(Heap &h, Value o, double *out) {
    Value n;
    ENG_TRY(getValuePropertyStr(h, o, atom(h, ATOM_length), &n));
    double d;
    ENG_TRY(toNumber(h, n, &d));
    d = toIntegerDouble(d);
    *out = d > 0 ? (d > 9007199254740991.0 ? 9007199254740991.0 : d) : 0;
    return Status::Ok;
}

// The list an iterable gives, or null in *list when o has no @@iterator.
Status iterableList(Heap &h, Value o, JSArray **list) {
    Value method;
    ENG_TRY(getValueProperty(h, o, Value::pointer(wellKnownSymbol(WKS_iterator)), &method));
    *list = nullptr;
    if (method.isNullish()) return Status::Ok;
    if (!isCallable(method)) return notFunction(h, method);
    JSArray *a = newArray(h, 0);
    if (!a) return Status::Error;
    LocalRoot ar(h, Value::pointer(a));
    ENG_TRY(spreadInto(h, a, o));
    *list = a;
    return Status::Ok;
}

// b: the first argument (rooted there; objects do not move).
Status initializeFromBuffer(NativeCall &c, JSArrayBuffer *b, uint8_t kind, JSObject *proto) {
    Heap &h = c.heap;
    unsigned size = elementSizes[kind];
    double offset, newLength = 0;
    ENG_TRY(toIndex(h, c.arg(1), &offset));
    if (libmFmod(offset, size) != 0) return throwError(h, PROTO_RANGE_ERROR, "start offset of %s should be a multiple of %u", kindNames[kind], size);
    if (!c.arg(2).isUndefined()) ENG_TRY(toIndex(h, c.arg(2), &newLength));
    if (isDetached(b)) return throwError(h, PROTO_TYPE_ERROR, "Cannot construct a typed array on a detached ArrayBuffer");
    double bufferLength = b->byteLength;
    bool tracking = c.arg(2).isUndefined() && (b->bufFlags & BUF_RESIZABLE);
    if (tracking) {
        if (offset > bufferLength) return throwError(h, PROTO_RANGE_ERROR, "Start offset %.0f is outside the bounds of the buffer", offset);
        newLength = 0;
    } else if (c.arg(2).isUndefined()) {
        if (libmFmod(bufferLength, size) != 0) return throwError(h, PROTO_RANGE_ERROR, "byte length of %s should be a multiple of %u", kindNames[kind], size);
        if (offset > bufferLength) return throwError(h, PROTO_RANGE_ERROR, "Start offset %.0f is outside the bounds of the buffer", offset);
        newLength = (bufferLength - offset) / size;
    } else if (offset + newLength * size > bufferLength) {
        return throwError(h, PROTO_RANGE_ERROR, "Invalid typed array length: %.0f", newLength);
    }
    JSArrayBufferView *ta = newView(h, proto, ObjectClass::TypedArray, b, kind, static_cast<uint32_t>(offset),
                                    static_cast<uint32_t>(newLength), tracking);
    if (!ta) return Status::Error;
    c.setResult(Value::pointer(ta));
    return Status::Ok;
}

// new Int8Array(...) .. new Float16Array(...) (magic: the ElementKind).
Status typedArrayConstructor(NativeCall &c) {
    Heap &h = c.heap;
    uint8_t kind = static_cast<uint8_t>(c.magic);
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor %s requires 'new'", kindNames[kind]);
    JSObject *proto = builtinProto(h, static_cast<Proto>(PROTO_INT8_ARRAY + kind));
    if (!proto) return Status::Error;
    Value first = c.arg(0);
    if (!isObjectType(first)) {
        double length;
        ENG_TRY(toIndex(h, first, &length));
        JSArrayBufferView *ta;
        ENG_TRY(typedArrayCreate(h, kind, length, &ta));
        c.setResult(Value::pointer(ta));
        return Status::Ok;
    }
    if (isArrayBuffer(first)) return initializeFromBuffer(c, asArrayBuffer(first), kind, proto);
    JSArrayBufferView *ta;
    if (isTypedArray(first)) {
        JSArrayBufferView *src = asView(first);
        if (viewOutOfBounds(src)) return throwError(h, PROTO_TYPE_ERROR, "Cannot construct from a detached typed array");
        if (isBigIntKind(src->kind) != isBigIntKind(kind)) return contentTypeError(h);
        uint32_t n = viewLength(src);
        ENG_TRY(typedArrayCreate(h, kind, n, &ta));
        copyElements(ta, 0, src, 0, n);
        c.setResult(Value::pointer(ta));
        return Status::Ok;
    }
    JSArray *list;
    ENG_TRY(iterableList(h, first, &list));
    if (list) {
        LocalRoot lr(h, Value::pointer(list));
        ENG_TRY(typedArrayCreate(h, kind, list->length, &ta));
        c.setResult(Value::pointer(ta));
        return fillFromList(h, ta, list);
    }
    double n;
    ENG_TRY(lengthOf(h, first, &n));
    ENG_TRY(typedArrayCreate(h, kind, n, &ta));
    c.setResult(Value::pointer(ta));
    for (uint32_t k = 0; k < n; k++) {
        Value v;
        ENG_TRY(getValueProperty(h, c.arg(0), Value::smallInt(static_cast<int32_t>(k)), &v));
        ENG_TRY(typedArraySetElement(h, asView(c.result()), k, v));
    }
    return Status::Ok;
}

Status abstractTypedArray(NativeCall &c) {
    return throwError(c.heap, PROTO_TYPE_ERROR, "Abstract class TypedArray not directly constructable");
}

// %TypedArray%.from(source, mapFn, thisArg) and %TypedArray%.of(...items) (magic 1).
Status typedArrayFrom(NativeCall &c) {
    Heap &h = c.heap;
    Value ctor = c.thisValue();
    if (!isObject(ctor) || !asObject(ctor)->hasFlag(OBJ_CONSTRUCTOR))
        return throwError(h, PROTO_TYPE_ERROR, "%%TypedArray%%.%s: this is not a constructor", c.magic ? "of" : "from");
    JSArrayBufferView *ta;
    if (c.magic) {
        ENG_TRY(createFromConstructor(h, ctor, c.argc, &ta));
        LocalRoot tr(h, Value::pointer(ta));
        for (uint32_t k = 0; k < c.argc; k++) ENG_TRY(putValueProperty(h, tr.value, Value::smallInt(static_cast<int32_t>(k)), c.arg(k), true));
        c.setResult(tr.value);
        return Status::Ok;
    }
    Value mapFn = c.arg(1);
    if (!mapFn.isUndefined() && !isCallable(mapFn)) return notFunction(h, mapFn);
    JSArray *list;
    ENG_TRY(iterableList(h, c.arg(0), &list));
    LocalRoot lr(h, list ? Value::pointer(list) : Value::undefined()), src(h, c.arg(0));
    double n;
    if (list) {
        n = list->length;
    } else {
        JSObject *o;
        ENG_TRY(toObject(h, c.arg(0), &o));
        src.value = Value::pointer(o);
        ENG_TRY(lengthOf(h, src.value, &n));
    }
    ENG_TRY(createFromConstructor(h, ctor, n, &ta));
    LocalRoot tr(h, Value::pointer(ta));
    for (uint32_t k = 0; k < n; k++) {
        ENG_TRY(interruptPoll(h));
        Value v;
        if (list) {
            JSArray *a = static_cast<JSArray *>(asObject(lr.value));
            v = k < a->elemCount() && !a->elems[k].isEmpty() ? a->elems[k] : Value::undefined();
        } else {
            ENG_TRY(getValueProperty(h, src.value, Value::smallInt(static_cast<int32_t>(k)), &v));
        }
        if (!mapFn.isUndefined()) {
            Value args[2] = {v, Value::smallInt(static_cast<int32_t>(k))};
            ENG_TRY(callValue(h, c.arg(1), c.arg(2), args, 2, &v));
        }
        ENG_TRY(putValueProperty(h, tr.value, Value::smallInt(static_cast<int32_t>(k)), v, true));
    }
    c.setResult(tr.value);
    return Status::Ok;
}

enum ViewGetter { GET_BUFFER, GET_BYTE_LENGTH, GET_BYTE_OFFSET, GET_LENGTH };

// The getters buffer, byteLength, byteOffset, length (magic: ViewGetter).
// An out-of-bounds view reads 0 for the last three.
Status typedArrayGetter(NativeCall &c) {
    static const char *const names[] = {"buffer", "byteLength", "byteOffset", "length"};
    if (!isTypedArray(c.thisValue()))
        return throwError(c.heap, PROTO_TYPE_ERROR, "get %%TypedArray%%.prototype.%s called on a value that is not a typed array", names[c.magic]);
    JSArrayBufferView *ta = asView(c.thisValue());
    switch (c.magic) {
    case GET_BUFFER: c.setResult(Value::pointer(ta->buffer)); return Status::Ok;
    case GET_BYTE_LENGTH: return makeNumberResult(c, static_cast<double>(viewLength(ta)) * elementSizes[ta->kind]);
    case GET_BYTE_OFFSET: return makeNumberResult(c, viewOutOfBounds(ta) ? 0 : ta->byteOffset);
    default: return makeNumberResult(c, viewLength(ta));
    }
}

Status typedArrayTag(NativeCall &c) {
    if (isTypedArray(c.thisValue())) c.setResult(Value::pointer(atom(c.heap, kindAtoms[asView(c.thisValue())->kind])));
    return Status::Ok;
}

Status typedArrayAt(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, "at", &ta, &len));
    double k = 0;
    if (!c.arg(0).isUndefined()) ENG_TRY(toNumber(h, c.arg(0), &k));
    k = toIntegerDouble(k);
    if (k < 0) k += len;
    if (k < 0 || k >= len) return Status::Ok;
    Value v;
    ENG_TRY(getElement(h, asView(c.thisValue()), static_cast<uint32_t>(k), &v));
    c.setResult(v);
    return Status::Ok;
}

enum IterKind { IT_EVERY, IT_SOME, IT_FOREACH, IT_MAP, IT_FILTER, IT_FIND, IT_FIND_INDEX, IT_FIND_LAST, IT_FIND_LAST_INDEX };

// every/some/forEach/map/filter/find/findIndex/findLast/findLastIndex
// (magic: IterKind): callback(value, index, ta) for each element in order
// (find*Last backwards); the length is read once.
Status typedArrayIterate(NativeCall &c) {
    Heap &h = c.heap;
    static const char *const names[] = {"every", "some", "forEach", "map", "filter", "find", "findIndex", "findLast", "findLastIndex"};
    int kind = c.magic;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, names[kind], &ta, &len));
    if (!isCallable(c.arg(0))) return notFunction(h, c.arg(0));
    LocalRoot out(h, Value::undefined());
    JSArray *kept = nullptr;
    if (kind == IT_MAP) {
        JSArrayBufferView *m;
        ENG_TRY(speciesCreate(h, c.thisValue(), len, &m));
        out.value = Value::pointer(m);
    } else if (kind == IT_FILTER) {
        kept = newArray(h, 0);
        if (!kept) return Status::Error;
        out.value = Value::pointer(kept);
    }
    bool backwards = kind == IT_FIND_LAST || kind == IT_FIND_LAST_INDEX;
    for (uint32_t n = 0; n < len; n++) {
        uint32_t k = backwards ? len - 1 - n : n;
        Value args[3];
        ENG_TRY(getElement(h, asView(c.thisValue()), k, &args[0]));
        LocalRoot vr(h, args[0]);
        args[1] = Value::smallInt(static_cast<int32_t>(k));
        args[2] = c.thisValue();
        Value r;
        ENG_TRY(callValue(h, c.arg(0), c.arg(1), args, 3, &r));
        bool truthy = toBoolean(r);
        switch (kind) {
        case IT_EVERY:
            if (!truthy) {
                c.setResult(Value::boolean(false));
                return Status::Ok;
            }
            break;
        case IT_SOME:
            if (truthy) {
                c.setResult(Value::boolean(true));
                return Status::Ok;
            }
            break;
        case IT_MAP:
            ENG_TRY(putValueProperty(h, out.value, args[1], r, true));
            break;
        case IT_FILTER:
            if (truthy) ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(out.value)), vr.value));
            break;
        case IT_FIND:
        case IT_FIND_LAST:
            if (truthy) {
                c.setResult(vr.value);
                return Status::Ok;
            }
            break;
        case IT_FIND_INDEX:
        case IT_FIND_LAST_INDEX:
            if (truthy) {
                c.setResult(args[1]);
                return Status::Ok;
            }
            break;
        default:
            break;
        }
    }
    switch (kind) {
    case IT_EVERY: c.setResult(Value::boolean(true)); break;
    case IT_SOME: c.setResult(Value::boolean(false)); break;
    case IT_MAP: c.setResult(out.value); break;
    case IT_FILTER: {
        JSArray *list = static_cast<JSArray *>(asObject(out.value));
        JSArrayBufferView *r;
        ENG_TRY(speciesCreate(h, c.thisValue(), list->length, &r));
        c.setResult(Value::pointer(r));
        return fillFromList(h, r, list);
    }
    case IT_FIND_INDEX:
    case IT_FIND_LAST_INDEX: c.setResult(Value::smallInt(-1)); break;
    default: break;
    }
    return Status::Ok;
}

// reduce / reduceRight (magic 1).
Status typedArrayReduce(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, c.magic ? "reduceRight" : "reduce", &ta, &len));
    if (!isCallable(c.arg(0))) return notFunction(h, c.arg(0));
    bool right = c.magic != 0;
    uint32_t n = 0;
    LocalRoot acc(h, c.arg(1));
    if (c.argc < 2) {
        if (len == 0) return throwError(h, PROTO_TYPE_ERROR, "Reduce of empty array with no initial value");
        ENG_TRY(getElement(h, ta, right ? len - 1 : 0, &acc.value));
        n = 1;
    }
    for (; n < len; n++) {
        uint32_t k = right ? len - 1 - n : n;
        Value args[4];
        args[0] = acc.value;
        ENG_TRY(getElement(h, asView(c.thisValue()), k, &args[1]));
        LocalRoot vr(h, args[1]);
        args[2] = Value::smallInt(static_cast<int32_t>(k));
        args[3] = c.thisValue();
        ENG_TRY(callValue(h, c.arg(0), Value::undefined(), args, 4, &acc.value));
    }
    c.setResult(acc.value);
    return Status::Ok;
}

enum SearchKind { SEARCH_INDEX_OF, SEARCH_LAST_INDEX_OF, SEARCH_INCLUDES };

// indexOf / lastIndexOf / includes (magic: SearchKind): strict equality,
// SameValueZero for includes (NaN is found).
Status typedArraySearch(NativeCall &c) {
    Heap &h = c.heap;
    static const char *const names[] = {"indexOf", "lastIndexOf", "includes"};
    int kind = c.magic;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, names[kind], &ta, &len));
    c.setResult(kind == SEARCH_INCLUDES ? Value::boolean(false) : Value::smallInt(-1));
    if (len == 0) return Status::Ok;
    double from = kind == SEARCH_LAST_INDEX_OF ? len - 1.0 : 0;
    if (c.argc > 1) {
        ENG_TRY(toNumber(h, c.arg(1), &from));
        from = toIntegerDouble(from);
    }
    ta = asView(c.thisValue());
    uint32_t now = viewLength(ta) < len ? viewLength(ta) : len;  // shrunk by the conversion
    // Elements past a shrunk end read as undefined, which includes finds.
    if (kind == SEARCH_INCLUDES && c.arg(0).isUndefined() && now < len && (from < 0 ? from + len : from) < len) {
        c.setResult(Value::boolean(true));
        return Status::Ok;
    }
    len = now;
    // A BigInt array holds only BigInts, compared by their element bits.
    bool bigTarget = isBigIntKind(ta->kind);
    uint64_t bits = 0;
#if ENG_BIGINT
    if (bigTarget && !(isBigInt(c.arg(0)) && bigIntElementBits(asBigInt(c.arg(0)), ta->kind == KIND_BIGINT64, &bits)))
        return Status::Ok;
#endif
    if (!bigTarget && !isNumber(c.arg(0))) return Status::Ok;
    double target = bigTarget ? 0 : numberOf(c.arg(0));
    bool nanWanted = kind == SEARCH_INCLUDES && target != target;
    auto equalAt = [&](double k) {
        const uint8_t *p = elementAt(ta, static_cast<uint32_t>(k));
        return bigTarget ? memcmp(p, &bits, 8) == 0 : readElement(ta->kind, p) == target;
    };
    if (kind == SEARCH_LAST_INDEX_OF) {
        double k = from < 0 ? from + len : (from > len - 1.0 ? len - 1.0 : from);
        chargeElements(h, k + 1);  // the most it reads
        for (; k >= 0; k--)
            if (equalAt(k)) {
                c.setResult(Value::smallInt(static_cast<int32_t>(k)));
                return Status::Ok;
            }
        return Status::Ok;
    }
    double k = from < 0 ? (from + len < 0 ? 0 : from + len) : from;
    chargeElements(h, len - k);  // the most it reads
    for (; k < len; k++) {
        double e = bigTarget ? 0 : readElement(ta->kind, elementAt(ta, static_cast<uint32_t>(k)));
        if (equalAt(k) || (nanWanted && e != e)) {
            c.setResult(kind == SEARCH_INCLUDES ? Value::boolean(true) : Value::smallInt(static_cast<int32_t>(k)));
            return Status::Ok;
        }
    }
    return Status::Ok;
}

Status typedArrayJoin(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, "join", &ta, &len));
    HString *sep = atom(h, ATOM_comma);
    if (!c.arg(0).isUndefined()) ENG_TRY(toString(h, c.arg(0), &sep));
    LocalRoot sr(h, Value::pointer(sep));
    StringBuilder b(h);
    for (uint32_t k = 0; k < len; k++) {
        ENG_TRY(interruptPoll(h));
        if (k > 0) ENG_TRY(b.append(asString(sr.value)));
        ta = asView(c.thisValue());
        if (k >= viewLength(ta)) continue;
        if (isBigIntKind(ta->kind)) {
            Value e;
            ENG_TRY(elementValue(h, ta->kind, elementAt(ta, k), &e));
            HString *text;
            ENG_TRY(toString(h, e, &text));
            ENG_TRY(b.append(text));
        } else {
            ENG_TRY(b.appendNumber(readElement(ta->kind, elementAt(ta, k))));
        }
    }
    HString *s = b.finish();
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

void reverseElements(JSArrayBufferView *ta, uint32_t len) {
    unsigned size = elementSizes[ta->kind];
    uint8_t tmp[8];
    for (uint32_t lo = 0, hi = len ? len - 1 : 0; lo < hi; lo++, hi--) {
        memcpy(tmp, elementAt(ta, lo), size);
        memcpy(elementAt(ta, lo), elementAt(ta, hi), size);
        memcpy(elementAt(ta, hi), tmp, size);
    }
}

Status typedArrayReverse(NativeCall &c) {
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, "reverse", &ta, &len));
    if (ta->buffer->bufFlags & BUF_READ_ONLY) return readOnlyError(c.heap);
    chargeElements(c.heap, len);
    reverseElements(ta, len);
    c.setResult(c.thisValue());
    return Status::Ok;
}

// A copy of this with the same kind and length len (toReversed, toSorted,
// with). Elements a shrunk buffer no longer has read as undefined: NaN in
// a float array, 0 in the others (the new array's zeroes).
Status copyOfThis(NativeCall &c, uint8_t kind, uint32_t len, JSArrayBufferView **out) {
    ENG_TRY(typedArrayCreate(c.heap, kind, len, out));
    JSArrayBufferView *ta = asView(c.thisValue());
    uint32_t now = viewLength(ta) < len ? viewLength(ta) : len;
    copyElements(*out, 0, ta, 0, now);
    if (kind >= KIND_FLOAT32 && !isBigIntKind(kind))
        for (uint32_t k = now; k < len; k++) writeElement(kind, elementAt(*out, k), NAN);
    return Status::Ok;
}

Status typedArrayToReversed(NativeCall &c) {
    JSArrayBufferView *ta, *r;
    uint32_t len;
    ENG_TRY(validTypedArray(c, "toReversed", &ta, &len));
    ENG_TRY(copyOfThis(c, ta->kind, len, &r));
    reverseElements(r, len);
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

Status typedArrayFill(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, "fill", &ta, &len));
    double start, end;
    uint8_t value[8];
    ENG_TRY(elementBytes(h, ta->kind, c.arg(0), value));
    ENG_TRY(relativeIndex(h, c.arg(1), len, 0, &start));
    ENG_TRY(relativeIndex(h, c.arg(2), len, len, &end));
    ta = asView(c.thisValue());
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "%%TypedArray%%.prototype.fill: the typed array was detached");
    if (ta->buffer->bufFlags & BUF_READ_ONLY) return readOnlyError(h);
    if (end > viewLength(ta)) end = viewLength(ta);
    chargeElements(h, end - start);
    for (uint32_t k = static_cast<uint32_t>(start); k < end; k++) memcpy(elementAt(ta, k), value, elementSizes[ta->kind]);
    c.setResult(c.thisValue());
    return Status::Ok;
}

Status typedArrayCopyWithin(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, "copyWithin", &ta, &len));
    double to, from, final;
    ENG_TRY(relativeIndex(h, c.arg(0), len, 0, &to));
    ENG_TRY(relativeIndex(h, c.arg(1), len, 0, &from));
    ENG_TRY(relativeIndex(h, c.arg(2), len, len, &final));
    double count = final - from < len - to ? final - from : len - to;
    c.setResult(c.thisValue());
    if (count <= 0) return Status::Ok;
    ta = asView(c.thisValue());
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "%%TypedArray%%.prototype.copyWithin: the typed array was detached");
    if (ta->buffer->bufFlags & BUF_READ_ONLY) return readOnlyError(h);
    uint32_t now = viewLength(ta);
    // A shrunk buffer copies only what is still there.
    if (from + count > now) count = now > from ? now - from : 0;
    if (to + count > now) count = now > to ? now - to : 0;
    unsigned size = elementSizes[ta->kind];
    chargeElements(h, count);
    memmove(elementAt(ta, static_cast<uint32_t>(to)), elementAt(ta, static_cast<uint32_t>(from)), static_cast<size_t>(count) * size);
    return Status::Ok;
}

// %TypedArray%.prototype.set(source, offset).
Status typedArraySet(NativeCall &c) {
    Heap &h = c.heap;
    if (!isTypedArray(c.thisValue()))
        return throwError(h, PROTO_TYPE_ERROR, "%%TypedArray%%.prototype.set called on a value that is not a typed array");
    double offset = 0;
    if (!c.arg(1).isUndefined()) {
        ENG_TRY(toNumber(h, c.arg(1), &offset));
        offset = toIntegerDouble(offset);
    }
    if (offset < 0) return throwError(h, PROTO_RANGE_ERROR, "offset is out of bounds");
    JSArrayBufferView *ta = asView(c.thisValue());
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "%%TypedArray%%.prototype.set called on a detached typed array");
    if (ta->buffer->bufFlags & BUF_READ_ONLY) return readOnlyError(h);
    uint32_t targetLength = viewLength(ta);
    if (isTypedArray(c.arg(0))) {
        JSArrayBufferView *src = asView(c.arg(0));
        if (viewOutOfBounds(src)) return throwError(h, PROTO_TYPE_ERROR, "the source typed array is detached");
        uint32_t n = viewLength(src);
        if (n + offset > targetLength) return throwError(h, PROTO_RANGE_ERROR, "offset is out of bounds");
        if (isBigIntKind(src->kind) != isBigIntKind(ta->kind)) return contentTypeError(h);
        chargeElements(h, n);
        if (src->buffer == ta->buffer && src->kind != ta->kind && elementSizes[src->kind] != elementSizes[ta->kind]) {
            // Overlapping views of different widths: copy the source bytes first.
            size_t bytes = static_cast<size_t>(n) * elementSizes[src->kind];
            uint8_t *tmp = static_cast<uint8_t *>(heapAlloc(h, bytes ? bytes : 1));
            if (!tmp) return throwOutOfMemory(h);
            src = asView(c.arg(0));
            ta = asView(c.thisValue());
            memcpy(tmp, viewData(src), bytes);
            for (uint32_t i = 0; i < n; i++)
                copyElement(ta->kind, elementAt(ta, static_cast<uint32_t>(offset) + i), src->kind, tmp + i * elementSizes[src->kind]);
            heapFree(h, tmp, bytes ? bytes : 1);
            return Status::Ok;
        }
        copyElements(ta, static_cast<uint32_t>(offset), src, 0, n);
        return Status::Ok;
    }
    JSObject *o;
    ENG_TRY(toObject(h, c.arg(0), &o));
    LocalRoot src(h, Value::pointer(o));
    double n;
    ENG_TRY(lengthOf(h, src.value, &n));
    if (n + offset > targetLength) return throwError(h, PROTO_RANGE_ERROR, "offset is out of bounds");
    for (uint32_t k = 0; k < n; k++) {
        ENG_TRY(interruptPoll(h));
        Value v;
        ENG_TRY(getValueProperty(h, src.value, Value::smallInt(static_cast<int32_t>(k)), &v));
        ENG_TRY(typedArraySetElement(h, asView(c.thisValue()), static_cast<uint32_t>(offset) + k, v));
    }
    return Status::Ok;
}

Status typedArraySlice(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, "slice", &ta, &len));
    double start, end;
    ENG_TRY(relativeIndex(h, c.arg(0), len, 0, &start));
    ENG_TRY(relativeIndex(h, c.arg(1), len, len, &end));
    double count = end > start ? end - start : 0;
    JSArrayBufferView *r;
    ENG_TRY(speciesCreate(h, c.thisValue(), count, &r));
    c.setResult(Value::pointer(r));
    if (count == 0) return Status::Ok;
    ta = asView(c.thisValue());
    if (viewOutOfBounds(ta)) return throwError(h, PROTO_TYPE_ERROR, "%%TypedArray%%.prototype.slice: the typed array was detached");
    uint32_t now = viewLength(ta);
    if (end > now) end = now;
    if (end <= start) return Status::Ok;
    r = asView(c.result());
    uint32_t n = static_cast<uint32_t>(end - start);
    if (r->buffer != ta->buffer) {
        copyElements(r, 0, ta, static_cast<uint32_t>(start), n);
        return Status::Ok;
    }
    // A species constructor may give a view of the same buffer: the spec
    // copies forwards (bytes when the types match, else element by element),
    // so an overlap repeats elements where memmove would not.
    const uint8_t *from = elementAt(ta, static_cast<uint32_t>(start));
    uint8_t *to = elementAt(r, 0);
    if (r->kind == ta->kind) {
        for (size_t i = 0, bytes = static_cast<size_t>(n) * elementSizes[ta->kind]; i < bytes; i++) to[i] = from[i];
        return Status::Ok;
    }
    for (uint32_t i = 0; i < n; i++) copyElement(r->kind, to + i * elementSizes[r->kind], ta->kind, from + i * elementSizes[ta->kind]);
    return Status::Ok;
}

Status typedArraySubarray(NativeCall &c) {
    Heap &h = c.heap;
    if (!isTypedArray(c.thisValue()))
        return throwError(h, PROTO_TYPE_ERROR, "%%TypedArray%%.prototype.subarray called on a value that is not a typed array");
    JSArrayBufferView *ta = asView(c.thisValue());
    uint32_t len = viewLength(ta);
    double start, end;
    ENG_TRY(relativeIndex(h, c.arg(0), len, 0, &start));
    ENG_TRY(relativeIndex(h, c.arg(1), len, len, &end));
    ta = asView(c.thisValue());
    bool tracking = (ta->viewFlags & VIEW_LENGTH_TRACKING) && c.arg(1).isUndefined();
    double count = end > start ? end - start : 0;
    double byteOffset = ta->byteOffset + start * elementSizes[ta->kind];
    Value ctor;
    ENG_TRY(speciesConstructor(h, c.thisValue(), &ctor));
    ta = asView(c.thisValue());
    if (!ctor.isUndefined()) {
        // new ctor(buffer, byteOffset[, length]), then ValidateTypedArray.
        LocalRoot cr(h, ctor);
        Value args[3] = {Value::pointer(ta->buffer), Value::undefined(), Value::undefined()};
        ENG_TRY(makeNumber(h, byteOffset, &args[1]));
        LocalRoot ar(h, args[1]);
        if (!tracking) ENG_TRY(makeNumber(h, count, &args[2]));
        LocalRoot lr(h, args[2]);
        Value r;
        ENG_TRY(constructValue(h, ctor, args, tracking ? 2 : 3, &r));
        if (!isTypedArray(r)) return throwError(h, PROTO_TYPE_ERROR, "the constructor did not make a typed array");
        if (viewOutOfBounds(asView(r))) return throwError(h, PROTO_TYPE_ERROR, "the constructor made a detached typed array");
        if (isBigIntKind(asView(r)->kind) != isBigIntKind(asView(c.thisValue())->kind)) return contentTypeError(h);
        c.setResult(r);
        return Status::Ok;
    }
    JSObject *proto = builtinProto(h, static_cast<Proto>(PROTO_INT8_ARRAY + ta->kind));
    if (!proto) return Status::Error;
    // (buffer, byteOffset, length) construction: RangeError past the buffer.
    if (isDetached(ta->buffer)) return throwError(h, PROTO_TYPE_ERROR, "Cannot construct a typed array on a detached ArrayBuffer");
    if (!tracking && byteOffset + count * elementSizes[ta->kind] > ta->buffer->byteLength)
        return throwError(h, PROTO_RANGE_ERROR, "Invalid typed array length: %.0f", count);
    JSArrayBufferView *r = newView(h, proto, ObjectClass::TypedArray, ta->buffer, ta->kind, static_cast<uint32_t>(byteOffset),
                                   static_cast<uint32_t>(count), tracking);
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

// Sorting: the elements as doubles, merge-sorted (stable), then written back.
struct SortContext {
    Value comparator;  // undefined: numeric order
    uint8_t kind;      // a BigInt kind's elements are their 8 bytes in the doubles' place
};

bool numericLess(double x, double y) {
    if (x != x) return false;
    if (y != y) return true;
    if (x < y) return true;
    if (x > y) return false;
    return x == 0 && y == 0 && signbit(x) && !signbit(y);  // -0 before +0
}

// *before: y must go before x.
Status sortCompare(Heap &h, SortContext &s, double x, double y, bool *before) {
    bool big = isBigIntKind(s.kind);
    if (s.comparator.isUndefined()) {
#if ENG_BIGINT
        if (big) {
            uint64_t a, b;
            memcpy(&a, &x, 8);
            memcpy(&b, &y, 8);
            *before = s.kind == KIND_BIGUINT64 ? b < a : static_cast<int64_t>(b) < static_cast<int64_t>(a);
            return Status::Ok;
        }
#endif
        *before = numericLess(y, x);
        return Status::Ok;
    }
    Value args[2], r;
    if (big) ENG_TRY(elementValue(h, s.kind, reinterpret_cast<const uint8_t *>(&x), &args[0]));
    else ENG_TRY(makeNumber(h, x, &args[0]));
    LocalRoot ar(h, args[0]);
    if (big) ENG_TRY(elementValue(h, s.kind, reinterpret_cast<const uint8_t *>(&y), &args[1]));
    else ENG_TRY(makeNumber(h, y, &args[1]));
    LocalRoot br(h, args[1]);
    ENG_TRY(callValue(h, s.comparator, Value::undefined(), args, 2, &r));
    double d;
    ENG_TRY(toNumber(h, r, &d));
    *before = d > 0;
    return Status::Ok;
}

Status mergeSort(Heap &h, SortContext &s, double *a, double *tmp, uint32_t n) {
    for (uint32_t width = 1; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
            uint32_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                ENG_TRY(interruptPoll(h));
                bool before;
                ENG_TRY(sortCompare(h, s, a[i], a[j], &before));
                tmp[k++] = before ? a[j++] : a[i++];
            }
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
        }
        memcpy(a, tmp, n * sizeof(double));
    }
    return Status::Ok;
}

// Sorts target's first n elements with the comparator (or numerically).
Status sortTypedArray(NativeCall &c, Value target, uint32_t n, Value comparator) {
    Heap &h = c.heap;
    if (n < 2) return Status::Ok;
    size_t bytes = 2 * static_cast<size_t>(n) * sizeof(double);
    double *a = static_cast<double *>(heapAlloc(h, bytes));
    if (!a) return throwOutOfMemory(h);
    JSArrayBufferView *ta = asView(target);
    bool big = isBigIntKind(ta->kind);
    for (uint32_t i = 0; i < n; i++) {
        if (big) memcpy(&a[i], elementAt(ta, i), 8);
        else a[i] = readElement(ta->kind, elementAt(ta, i));
    }
    SortContext s{comparator, ta->kind};
    LocalRoot tr(h, target);
    Status st = mergeSort(h, s, a, a + n, n);
    if (st == Status::Ok) {
        ta = asView(target);
        uint32_t now = viewLength(ta) < n ? viewLength(ta) : n;  // the comparator may shrink the buffer
        for (uint32_t i = 0; i < now; i++) {
            if (big) memcpy(elementAt(ta, i), &a[i], 8);
            else writeElement(ta->kind, elementAt(ta, i), a[i]);
        }
    }
    heapFree(h, a, bytes);
    return st;
}

// sort (magic 0) / toSorted (magic 1).
Status typedArraySort(NativeCall &c) {
    Heap &h = c.heap;
    Value comparator = c.arg(0);
    if (!comparator.isUndefined() && !isCallable(comparator)) return notFunction(h, comparator);
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, c.magic ? "toSorted" : "sort", &ta, &len));
    Value target = c.thisValue();
    if (c.magic) {
        JSArrayBufferView *r;
        ENG_TRY(copyOfThis(c, ta->kind, len, &r));
        target = Value::pointer(r);
    } else if (ta->buffer->bufFlags & BUF_READ_ONLY) {
        return readOnlyError(h);
    }
    c.setResult(target);
    return sortTypedArray(c, c.result(), len, comparator);
}

Status typedArrayWith(NativeCall &c) {
    Heap &h = c.heap;
    JSArrayBufferView *ta;
    uint32_t len;
    ENG_TRY(validTypedArray(c, "with", &ta, &len));
    double k = 0;
    uint8_t v[8];
    if (!c.arg(0).isUndefined()) ENG_TRY(toNumber(h, c.arg(0), &k));
    k = toIntegerDouble(k);
    if (k < 0) k += len;
    ENG_TRY(elementBytes(h, ta->kind, c.arg(1), v));
    if (!(k >= 0 && k < viewLength(asView(c.thisValue())))) return throwError(h, PROTO_RANGE_ERROR, "Invalid typed array index");
    JSArrayBufferView *r;
    ENG_TRY(copyOfThis(c, asView(c.thisValue())->kind, len, &r));
    if (k < len) memcpy(elementAt(r, static_cast<uint32_t>(k)), v, elementSizes[r->kind]);  // the buffer may have grown
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

// Array.prototype.toLocaleString's algorithm on a valid typed array.
Status typedArrayToLocaleString(NativeCall &c) {
    JSArrayBufferView *ta;
    ENG_TRY(validTypedArray(c, "toLocaleString", &ta, nullptr));
    Value fn = Value::lightFunc(flashMethodDescriptor(FLASH_METHODS_ARRAY_PROTO, ARRAY_PROTO_TOLOCALESTRING_ENTRY)), r;
    ENG_TRY(callValue(c.heap, fn, c.thisValue(), nullptr, 0, &r));
    c.setResult(r);
    return Status::Ok;
}

// keys / values / entries: the array iterator, after ValidateTypedArray.
Status typedArrayIterator(NativeCall &c) {
    JSArrayBufferView *ta;
    ENG_TRY(validTypedArray(c, c.magic == ITERATE_KEYS ? "keys" : c.magic == ITERATE_VALUES ? "values" : "entries", &ta, nullptr));
    return arrayIterator(c);
}

#define TYPED_ARRAY_PROTO_METHODS(M, X)                                                                        \
    M(X, at, typedArrayAt, 1, 0) M(X, copyWithin, typedArrayCopyWithin, 2, 0)                                 \
    M(X, entries, typedArrayIterator, 0, ITERATE_ENTRIES) M(X, every, typedArrayIterate, 1, IT_EVERY)          \
    M(X, fill, typedArrayFill, 1, 0) M(X, filter, typedArrayIterate, 1, IT_FILTER)                            \
    M(X, find, typedArrayIterate, 1, IT_FIND) M(X, findIndex, typedArrayIterate, 1, IT_FIND_INDEX)            \
    M(X, findLast, typedArrayIterate, 1, IT_FIND_LAST)                                                        \
    M(X, findLastIndex, typedArrayIterate, 1, IT_FIND_LAST_INDEX)                                             \
    M(X, forEach, typedArrayIterate, 1, IT_FOREACH) M(X, includes, typedArraySearch, 1, SEARCH_INCLUDES)      \
    M(X, indexOf, typedArraySearch, 1, SEARCH_INDEX_OF) M(X, join, typedArrayJoin, 1, 0)                     \
    M(X, keys, typedArrayIterator, 0, ITERATE_KEYS)                                                          \
    M(X, lastIndexOf, typedArraySearch, 1, SEARCH_LAST_INDEX_OF) M(X, map, typedArrayIterate, 1, IT_MAP)      \
    M(X, reduce, typedArrayReduce, 1, 0) M(X, reduceRight, typedArrayReduce, 1, 1)                           \
    M(X, reverse, typedArrayReverse, 0, 0) M(X, set, typedArraySet, 1, 0) M(X, slice, typedArraySlice, 2, 0) \
    M(X, some, typedArrayIterate, 1, IT_SOME) M(X, sort, typedArraySort, 1, 0)                               \
    M(X, subarray, typedArraySubarray, 2, 0) M(X, toLocaleString, typedArrayToLocaleString, 0, 0)           \
    M(X, toReversed, typedArrayToReversed, 0, 0)                    \
    M(X, toSorted, typedArraySort, 1, 1) M(X, values, typedArrayIterator, 0, ITERATE_VALUES)                 \
    M(X, with, typedArrayWith, 2, 0)
#define TYPED_ARRAY_PROTO_GETTERS(M, X)                                                                        \
    M(X, buffer, typedArrayGetter, METHOD_GETTER, GET_BUFFER)                                                 \
    M(X, byteLength, typedArrayGetter, METHOD_GETTER, GET_BYTE_LENGTH)                                        \
    M(X, byteOffset, typedArrayGetter, METHOD_GETTER, GET_BYTE_OFFSET)                                        \
    M(X, length, typedArrayGetter, METHOD_GETTER, GET_LENGTH)
#define TYPED_ARRAY_PROTO_ALL(M, X) TYPED_ARRAY_PROTO_METHODS(M, X) TYPED_ARRAY_PROTO_GETTERS(M, X)
#define TYPED_ARRAY_STATIC_METHODS(M, X) M(X, from, typedArrayFrom, 1, 0) M(X, of, typedArrayFrom, 0, 1)

}  // namespace

ENG_FLASH_METHOD_TABLE(typedArrayProtoMethods, TYPED_ARRAY_PROTO, TYPED_ARRAY_PROTO_ALL)
ENG_FLASH_METHOD_TABLE(typedArrayStaticMethods, TYPED_ARRAY_STATIC, TYPED_ARRAY_STATIC_METHODS)
// get %TypedArray%.prototype[@@toStringTag], keyed by a symbol: a table of its own.
extern const MethodSpec typedArrayTagMethods[];
const MethodSpec typedArrayTagMethods[] = {{"@@toStringTag", typedArrayTag, METHOD_GETTER, 0}};

namespace {

#define TYPED_ARRAY_GETTER_PAIR(X, name, fn, length, magic) \
    const FlashAccessor name##ViewPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_TYPED_ARRAY_PROTO, TYPED_ARRAY_PROTO_##name);
TYPED_ARRAY_PROTO_GETTERS(TYPED_ARRAY_GETTER_PAIR, _)
const FlashAccessor typedArrayTagPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_TYPED_ARRAY_TAG, 0);
#define TYPED_ARRAY_GETTER_PROP(P, name, fn, length, magic) P(name, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(name##ViewPair))
// toString is Array.prototype.toString itself (ES2024 23.2.3.32).
#define TYPED_ARRAY_PROTO_PROPS(P)                                                                             \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_TYPED_ARRAY))                                            \
    P(toString, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_ARRAY_PROTO, ARRAY_PROTO_TOSTRING_ENTRY))         \
    TYPED_ARRAY_PROTO_GETTERS(TYPED_ARRAY_GETTER_PROP, P)
#define TYPED_ARRAY_PROTO_SYMBOLS(S)                                                                           \
    S(iterator, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_TYPED_ARRAY_PROTO, TYPED_ARRAY_PROTO_values))       \
    S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(typedArrayTagPair))
#define TYPED_ARRAY_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_TYPED_ARRAY))
// get %TypedArray%[@@species] returns this, as Array's getter does: that
// getter's flash entry serves (one function, no new table).
const FlashAccessor typedArraySpeciesPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_ARRAY_STATIC_SYMBOLS, 0);
#define TYPED_ARRAY_CTOR_SYMBOLS(S) S(species, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(typedArraySpeciesPair))

ENG_FLASH_OBJECT_SYMBOLS(typedArrayProtoProps, TYPED_ARRAY_PROTO_PROPS, TYPED_ARRAY_PROTO, TYPED_ARRAY_PROTO_METHODS,
                         TYPED_ARRAY_PROTO_SYMBOLS)
ENG_FLASH_OBJECT_SYMBOLS(typedArrayCtorProps, TYPED_ARRAY_CTOR_PROPS, TYPED_ARRAY_STATIC, TYPED_ARRAY_STATIC_METHODS,
                         TYPED_ARRAY_CTOR_SYMBOLS)

// Each concrete constructor and prototype: BYTES_PER_ELEMENT and the links.
#define KIND_CTOR_PROPS(P, proto, size) P(prototype, 0, ENG_FLASH_PROTO(proto)) P(BYTES_PER_ELEMENT, 0, Value::constSmallInt(size))
#define KIND_PROTO_PROPS(P, proto, size) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(proto)) P(BYTES_PER_ELEMENT, 0, Value::constSmallInt(size))
#define INT8_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_INT8_ARRAY, 1)
#define INT8_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_INT8_ARRAY, 1)
#define UINT8_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_UINT8_ARRAY, 1)
#define UINT8_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_UINT8_ARRAY, 1)
#define UINT8C_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_UINT8_CLAMPED_ARRAY, 1)
#define UINT8C_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_UINT8_CLAMPED_ARRAY, 1)
#define INT16_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_INT16_ARRAY, 2)
#define INT16_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_INT16_ARRAY, 2)
#define UINT16_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_UINT16_ARRAY, 2)
#define UINT16_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_UINT16_ARRAY, 2)
#define INT32_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_INT32_ARRAY, 4)
#define INT32_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_INT32_ARRAY, 4)
#define UINT32_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_UINT32_ARRAY, 4)
#define UINT32_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_UINT32_ARRAY, 4)
#define FLOAT32_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_FLOAT32_ARRAY, 4)
#define FLOAT32_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_FLOAT32_ARRAY, 4)
#define FLOAT64_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_FLOAT64_ARRAY, 8)
#define FLOAT64_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_FLOAT64_ARRAY, 8)
ENG_FLASH_TABLE(int8CtorProps, INT8_CTOR_PROPS)
ENG_FLASH_TABLE(int8ProtoProps, INT8_PROTO_PROPS)
#if ENG_UINT8_BASE64
ENG_FLASH_OBJECT(uint8CtorProps, UINT8_CTOR_PROPS, UINT8_BASE64_STATIC, UINT8_BASE64_STATIC_METHODS)
ENG_FLASH_OBJECT(uint8ProtoProps, UINT8_PROTO_PROPS, UINT8_BASE64_PROTO, UINT8_BASE64_PROTO_METHODS)
#else
ENG_FLASH_TABLE(uint8CtorProps, UINT8_CTOR_PROPS)
ENG_FLASH_TABLE(uint8ProtoProps, UINT8_PROTO_PROPS)
#endif
ENG_FLASH_TABLE(uint8cCtorProps, UINT8C_CTOR_PROPS)
ENG_FLASH_TABLE(uint8cProtoProps, UINT8C_PROTO_PROPS)
ENG_FLASH_TABLE(int16CtorProps, INT16_CTOR_PROPS)
ENG_FLASH_TABLE(int16ProtoProps, INT16_PROTO_PROPS)
ENG_FLASH_TABLE(uint16CtorProps, UINT16_CTOR_PROPS)
ENG_FLASH_TABLE(uint16ProtoProps, UINT16_PROTO_PROPS)
ENG_FLASH_TABLE(int32CtorProps, INT32_CTOR_PROPS)
ENG_FLASH_TABLE(int32ProtoProps, INT32_PROTO_PROPS)
ENG_FLASH_TABLE(uint32CtorProps, UINT32_CTOR_PROPS)
ENG_FLASH_TABLE(uint32ProtoProps, UINT32_PROTO_PROPS)
ENG_FLASH_TABLE(float32CtorProps, FLOAT32_CTOR_PROPS)
ENG_FLASH_TABLE(float32ProtoProps, FLOAT32_PROTO_PROPS)
ENG_FLASH_TABLE(float64CtorProps, FLOAT64_CTOR_PROPS)
ENG_FLASH_TABLE(float64ProtoProps, FLOAT64_PROTO_PROPS)
#if ENG_FLOAT16
#define FLOAT16_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_FLOAT16_ARRAY, 2)
#define FLOAT16_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_FLOAT16_ARRAY, 2)
ENG_FLASH_TABLE(float16CtorProps, FLOAT16_CTOR_PROPS)
ENG_FLASH_TABLE(float16ProtoProps, FLOAT16_PROTO_PROPS)
#endif
#if ENG_BIGINT
#define BIGINT64_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_BIGINT64_ARRAY, 8)
#define BIGINT64_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_BIGINT64_ARRAY, 8)
#define BIGUINT64_CTOR_PROPS(P) KIND_CTOR_PROPS(P, PROTO_BIGUINT64_ARRAY, 8)
#define BIGUINT64_PROTO_PROPS(P) KIND_PROTO_PROPS(P, PROTO_BIGUINT64_ARRAY, 8)
ENG_FLASH_TABLE(bigInt64CtorProps, BIGINT64_CTOR_PROPS)
ENG_FLASH_TABLE(bigInt64ProtoProps, BIGINT64_PROTO_PROPS)
ENG_FLASH_TABLE(bigUint64CtorProps, BIGUINT64_CTOR_PROPS)
ENG_FLASH_TABLE(bigUint64ProtoProps, BIGUINT64_PROTO_PROPS)
#endif

struct KindTables {
    const Prop *ctorProps, *protoProps;
};
const KindTables kindTables[KIND__COUNT] = {
    {int8CtorProps.props, int8ProtoProps.props},     {uint8CtorProps.props, uint8ProtoProps.props},
    {uint8cCtorProps.props, uint8cProtoProps.props}, {int16CtorProps.props, int16ProtoProps.props},
    {uint16CtorProps.props, uint16ProtoProps.props}, {int32CtorProps.props, int32ProtoProps.props},
    {uint32CtorProps.props, uint32ProtoProps.props}, {float32CtorProps.props, float32ProtoProps.props},
    {float64CtorProps.props, float64ProtoProps.props},
#if ENG_FLOAT16
    {float16CtorProps.props, float16ProtoProps.props},
#endif
#if ENG_BIGINT
    {bigInt64CtorProps.props, bigInt64ProtoProps.props},     {bigUint64CtorProps.props, bigUint64ProtoProps.props},
#endif
};

}  // namespace

namespace {

// A kind's prototype inherits %TypedArray%.prototype (made before it).
JSObject *makeKindPrototype(Heap &h) { return newObject(h, protoOf(h, PROTO_TYPED_ARRAY)); }

}  // namespace

// Made on first use (makeBuiltinRef): %TypedArray% for PROTO_TYPED_ARRAY,
// else that kind's constructor and prototype (and %TypedArray% first).
Status initTypedArrayBuiltins(Heap &h, Proto p) {
    JSNative *abstract = flashConstructor(h, PROTO_TYPED_ARRAY, ATOM_TypedArray, abstractTypedArray, 0,
                                          typedArrayCtorProps, typedArrayProtoProps);
    if (!abstract) return Status::Error;
    if (p == PROTO_TYPED_ARRAY || ctorOf(h, p)) return Status::Ok;
    uint8_t k = static_cast<uint8_t>(p - PROTO_INT8_ARRAY);
    if (!flashPrototype(h, p, kindTables[k].protoProps, makeKindPrototype)) return Status::Error;
    JSNative *ctor = flashConstructor(h, p, kindAtoms[k], typedArrayConstructor, 3, kindTables[k].ctorProps,
                                      kindTables[k].protoProps);
    if (!ctor) return Status::Error;
    ctor->magic = k;
    bumpPropEpoch(h);
    rcStore(h, ctor->proto, static_cast<JSObject *>(abstract));  // Int8Array.__proto__ is %TypedArray%
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_TYPED_ARRAYS
