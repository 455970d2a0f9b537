// Array: the constructor, Array.isArray and the ES5.1 prototype methods,
// generic over array-likes. Methods that visit only existing elements walk
// the indexes actually present (array parts, sparse index keys, string
// wrapper characters along the prototype chain), so sparse objects with huge
// lengths cost what they hold, not what their length says.
#include <math.h>

#include "builtins/array_internal.h"
#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/rom_symbols.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

namespace eng {


Status thisObject(NativeCall &c, JSObject **o) {
    ENG_TRY(toObject(c.heap, c.thisValue(), o));
    c.setThis(Value::pointer(*o));
    return Status::Ok;
}

// ToLength (ES2015, which test262 checks rather than ES5's ToUint32): an
// integer in [0, 2^53 - 1]. Indexes from 2^32 - 1 up are ordinary string keys.
Status lengthOf(Heap &h, Value o, double *out) {
    Value v;
    ENG_TRY(getValuePropertyStr(h, o, atom(h, ATOM_length), &v));
    double d;
    ENG_TRY(toNumber(h, v, &d));
    d = toIntegerDouble(d);
    if (!(d > 0)) d = 0;
    if (d > MAX_LENGTH) d = MAX_LENGTH;
    *out = d;
    return Status::Ok;
}

Status lengthTooLarge(Heap &h) {
    return throwError(h, PROTO_TYPE_ERROR, "Array-like length would exceed 2^53 - 1");
}

bool isArrayObject(Value v) { return isObject(v) && asObject(v)->cls() == ObjectClass::Array; }

bool isConstructor(Value v) { return isConstructorObject(v); }

Status arrayCreate(Heap &h, double length, Value *out) {
    if (length > INDEX_END) return throwError(h, PROTO_RANGE_ERROR, "Invalid array length");
    JSArray *a = newArray(h, 0);
    if (!a) return Status::Error;
    a->length = static_cast<uint32_t>(length);
    *out = Value::pointer(a);
    return Status::Ok;
}

// ArraySpeciesCreate (ES2023 10.4.2.3): an array's constructor[@@species]
// makes the result (subclasses get instances of themselves); undefined or
// null there, or a `this` that is no array, gives a plain Array. Realms are
// not modelled: there is one.
Status speciesCreate(NativeCall &c, double length) {
    Heap &h = c.heap;
    Value ctor;
    bool thisIsArray = isArrayObject(c.thisValue());
#if ENG_PROXY
    if (isObject(c.thisValue()) && isProxyObject(asObject(c.thisValue())))
        ENG_TRY(proxyIsArray(h, asObject(c.thisValue()), &thisIsArray));
#endif
    if (thisIsArray) {
        ENG_TRY(getValuePropertyStr(h, c.thisValue(), atom(h, ATOM_constructor), &ctor));
        JSObject *array = builtinCtor(h, PROTO_ARRAY);
        if (isObject(ctor) && asObject(ctor) == array && hasFlashProps(array)) {
            ctor = Value::undefined();  // Array's own table unchanged: its @@species getter gives Array
        } else if (isObjectType(ctor)) {
            LocalRoot rc(h, ctor);
            ENG_TRY(getValueProperty(h, ctor, Value::pointer(wellKnownSymbol(WKS_species)), &ctor));
            if (ctor.isNull()) ctor = Value::undefined();
        }
    }
    Value r;
    if (ctor.isUndefined()) {
        ENG_TRY(arrayCreate(h, length, &r));
    } else {
        if (!isConstructor(ctor)) return throwError(h, PROTO_TYPE_ERROR, "object.constructor[Symbol.species] is not a constructor");
        LocalRoot rc(h, ctor);
        Value n;
        ENG_TRY(makeNumber(h, length, &n));
        ENG_TRY(constructValue(h, ctor, &n, 1, &r));
    }
    c.setResult(r);
    return Status::Ok;
}

Status setLength(Heap &h, Value o, double length) {
    Value v;
    ENG_TRY(makeNumber(h, length, &v));
    return putValuePropertyStr(h, o, atom(h, ATOM_length), v, true);
}

Status indexValue(Heap &h, double index, Value *out) { return makeNumber(h, index, out); }

namespace {

Status arrayConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (c.argc == 1 && isNumber(c.arg(0))) {
        double d = numberOf(c.arg(0));
        uint32_t length = static_cast<uint32_t>(d >= 0 && d < 4294967296.0 ? d : 0);
        if (static_cast<double>(length) != d) return throwError(h, PROTO_RANGE_ERROR, "Invalid array length");
        JSArray *a = newArray(h, 0);
        if (!a) return Status::Error;
        a->length = length;
        c.setResult(Value::pointer(a));
        return Status::Ok;
    }
    JSArray *a = newArray(h, c.argc);
    if (!a) return Status::Error;
    c.setResult(Value::pointer(a));
    for (uint32_t i = 0; i < c.argc; i++) ENG_TRY(arrayPush(h, a, c.arg(i)));
    return Status::Ok;
}

Status arrayIsArray(NativeCall &c) {
    Value v = c.arg(0);
#if ENG_PROXY
    if (isObject(v) && isProxyObject(asObject(v))) {
        bool r;
        ENG_TRY(proxyIsArray(c.heap, asObject(v), &r));
        c.setResult(Value::boolean(r));
        return Status::Ok;
    }
#endif
    c.setResult(Value::boolean(isObject(v) && asObject(v)->cls() == ObjectClass::Array));
    return Status::Ok;
}

Status arrayPushMethod(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    if (isObject(t) && asObject(t)->cls() == ObjectClass::Array &&
        !asObject(t)->hasFlag(OBJ_SPARSE_INDEXES | OBJ_LENGTH_READONLY) && asObject(t)->hasFlag(OBJ_EXTENSIBLE) &&
        !asObject(t)->proto->hasFlag(OBJ_SPARSE_INDEXES) && asObject(t)->proto->elemCount() == 0) {
        JSArray *a = static_cast<JSArray *>(asObject(t));
        if (static_cast<double>(a->length) + c.argc <= 4294967295.0) {
            for (uint32_t i = 0; i < c.argc; i++) ENG_TRY(arrayPush(h, a, c.arg(i)));
            Value n;
            ENG_TRY(makeNumber(h, a->length, &n));
            c.setResult(n);
            return Status::Ok;
        }
    }
    JSObject *o;
    ENG_TRY(toObject(h, t, &o));
    c.setThis(Value::pointer(o));
    double length;
    ENG_TRY(lengthOf(h, c.thisValue(), &length));
    if (length + c.argc > MAX_LENGTH) return lengthTooLarge(h);
    for (uint32_t i = 0; i < c.argc; i++) {
        Value key;
        ENG_TRY(indexValue(h, length + i, &key));
        ENG_TRY(putValueProperty(h, c.thisValue(), key, c.arg(i), true));
    }
    ENG_TRY(setLength(h, c.thisValue(), length + c.argc));
    Value n;
    ENG_TRY(makeNumber(h, length + c.argc, &n));
    c.setResult(n);
    return Status::Ok;
}

Status arrayPop(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(thisObject(c, &o));
    double length;
    ENG_TRY(lengthOf(h, c.thisValue(), &length));
    if (length == 0) {
        ENG_TRY(setLength(h, c.thisValue(), 0));
        c.setResult(Value::undefined());
        return Status::Ok;
    }
    Value key, v;
    ENG_TRY(indexValue(h, length - 1, &key));
    LocalRoot kr(h, key);
    ENG_TRY(getValueProperty(h, c.thisValue(), key, &v));
    c.setResult(v);
    PropertyKey k;
    ENG_TRY(toPropertyKey(h, key, &k));
    bool deleted;
    ENG_TRY(deleteProperty(h, asObject(c.thisValue()), k, true, &deleted));
    return setLength(h, c.thisValue(), length - 1);
}

}  // namespace

// An array being joined, linked from the heap while its join runs: a join
// that reaches an array already being joined (a = [1]; a.push(a)) gives
// the empty string for it instead of recursing until the stack runs out,
// as every browser engine does.
struct JoinGuard {
    Heap &h;
    JSObject *o;
    JoinGuard *outer;
    JoinGuard(Heap &heap, JSObject *object) : h(heap), o(object), outer(heap.joining) { heap.joining = this; }
    ~JoinGuard() { h.joining = outer; }
    JoinGuard(const JoinGuard &) = delete;
    JoinGuard &operator=(const JoinGuard &) = delete;
    static bool active(const Heap &heap, const JSObject *object) {
        for (const JoinGuard *g = heap.joining; g; g = g->outer)
            if (g->o == object) return true;
        return false;
    }
};

namespace {

Status arrayJoin(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(thisObject(c, &o));
    if (JoinGuard::active(h, o)) {
        c.setResult(Value::pointer(atom(h, ATOM_empty)));
        return Status::Ok;
    }
    JoinGuard guard(h, o);
    double length;
    ENG_TRY(lengthOf(h, c.thisValue(), &length));
    HString *sep;
    if (c.arg(0).isUndefined()) {
        sep = internCString(h, ",");
        if (!sep) return Status::Error;
    } else {
        ENG_TRY(toString(h, c.arg(0), &sep));
    }
    LocalRoot sr(h, Value::pointer(sep));
    // The separators alone would pass the longest string: fail before
    // walking (a length of 2^32 - 1 would otherwise take minutes).
    if (length > 1 && (length - 1) * sep->length > STRING_MAX_LENGTH)
        return throwError(h, PROTO_RANGE_ERROR, "Invalid string length");
    StringBuilder b(h);
    for (double i = 0; i < length; i++) {
        ENG_TRY(interruptPoll(h));  // every index of a huge array-like
        if (i > 0) ENG_TRY(b.append(sep));
        Value key, v;
        ENG_TRY(indexValue(h, i, &key));
        ENG_TRY(getValueProperty(h, c.thisValue(), key, &v));
        if (isString(v)) {
            ENG_TRY(b.append(asString(v)));
        } else if (isNumber(v)) {  // no interned string for each number
            ENG_TRY(b.appendNumber(numberOf(v)));
        } else if (!v.isNullish()) {
            HString *s;
            ENG_TRY(toString(h, v, &s));
            ENG_TRY(b.append(s));
        }
    }
    HString *s = b.finish();
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

Status arrayToString(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(thisObject(c, &o));
    Value join;
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), atom(h, ATOM_join), &join));
    if (!isCallable(join)) {
        join = Value::pointer(protoOf(h, PROTO_OBJECT));
        ENG_TRY(getValuePropertyStr(h, join, atom(h, ATOM_toString), &join));
    }
    Value result;
    ENG_TRY(callValue(h, join, c.thisValue(), nullptr, 0, &result));
    c.setResult(result);
    return Status::Ok;
}

}  // namespace


double relativeIndex(double rel, double length) {
    rel = toIntegerDouble(rel);
    if (rel < 0) return rel + length < 0 ? 0 : rel + length;
    return rel > length ? length : rel;
}

namespace {

Status arraySlice(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(thisObject(c, &o));
    double length;
    ENG_TRY(lengthOf(h, c.thisValue(), &length));
    double start, end = length;
    ENG_TRY(toNumber(h, c.arg(0), &start));
    start = relativeIndex(start, length);
    if (!c.arg(1).isUndefined()) {
        ENG_TRY(toNumber(h, c.arg(1), &end));
        end = relativeIndex(end, length);
    }
    ENG_TRY(speciesCreate(c, end > start ? end - start : 0));
    // Only indexes that exist are visited, so huge sparse lengths cost what
    // the object holds.
    double index;
    for (double k = start; k < end && nextPresent(asObject(c.thisValue()), k, end, &index); k = index + 1.0) {
        ENG_TRY(interruptPoll(h));  // every element a long array holds
        Value key, v;
        ENG_TRY(indexValue(h, index, &key));
        ENG_TRY(getValueProperty(h, c.thisValue(), key, &v));
        ENG_TRY(createDataAt(h, c.result(), index - start, v));
    }
    return setLength(h, c.result(), end > start ? end - start : 0);
}

}  // namespace

// ---- helpers shared by the ES5 methods -----------------------------------

constexpr uint32_t MAX_INDEX = 4294967294u;  // largest array index

// The ToObject(this) + ToLength(length) prologue; this is replaced by the object.
Status thisAndLength(NativeCall &c, JSObject **o, double *len) {
    ENG_TRY(thisObject(c, o));
    return lengthOf(c.heap, c.thisValue(), len);
}

Status indexKeyValue(Heap &h, double i, Value *out) {
    if (i <= Value::SMALL_INT_MAX) {
        *out = Value::smallInt(static_cast<int32_t>(i));
        return Status::Ok;
    }
    return makeNumber(h, i, out);
}

Status getAt(Heap &h, Value o, double i, Value *out) {
    Value key;
    ENG_TRY(indexKeyValue(h, i, &key));
    return getValueProperty(h, o, key, out);
}

Status putAt(Heap &h, Value o, double i, Value v) {
    LocalRoot rv(h, v);
    Value key;
    ENG_TRY(indexKeyValue(h, i, &key));
    return putValueProperty(h, o, key, v, true);
}

// A property key for index i (a string key past the index range); the
// string, if any, is kept in *root.
Status keyAt(Heap &h, double i, PropertyKey *k, LocalRoot *root) {
    if (i <= MAX_INDEX) {
        *k = PropertyKey{nullptr, static_cast<uint32_t>(i), true};
        return Status::Ok;
    }
    Value key;
    ENG_TRY(makeNumber(h, i, &key));
    ENG_TRY(toPropertyKey(h, key, k));
    if (!k->isIndex) root->value = Value::pointer(k->string);
    return Status::Ok;
}

Status hasAt(Heap &h, JSObject *o, double i, bool *out) {
    LocalRoot root(h);
    PropertyKey k;
    ENG_TRY(keyAt(h, i, &k, &root));
    *out = hasProperty(h, o, k);
    return Status::Ok;
}

Status deleteAt(Heap &h, JSObject *o, double i) {
    LocalRoot root(h);
    PropertyKey k;
    ENG_TRY(keyAt(h, i, &k, &root));
    bool deleted;
    return deleteProperty(h, o, k, true, &deleted);
}

Status setLengthU(Heap &h, Value o, double length) { return setLength(h, o, length); }

Status createDataAt(Heap &h, Value o, double i, Value v) {
    JSObject *a = isObject(o) ? asObject(o) : nullptr;
    if (a && a->cls() == ObjectClass::Array && i < INDEX_END - 1 && a->hasFlag(OBJ_EXTENSIBLE) &&
        !a->hasFlag(OBJ_SPARSE_INDEXES | OBJ_LENGTH_READONLY))
        return setElement(h, a, static_cast<uint32_t>(i), v);
    if (!isObjectType(o)) return throwError(h, PROTO_TYPE_ERROR, "Cannot define a property on a primitive");
    LocalRoot ro(h, o), rv(h, v), root(h);
    ENG_TRY(toObject(h, o, &a));
    PropertyKey k;
    ENG_TRY(keyAt(h, i, &k, &root));
    PropertyDescriptor d(h);
    d.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    d.value.value = rv.value;
    d.writable = d.enumerable = d.configurable = true;
    return defineOwnProperty(h, a, k, d, true);
}

// Indexes [0, n) an exotic object has without storing them: a String
// wrapper's characters, a typed array's elements.
uint32_t virtualIndexCount(JSObject *o) {
    if (o->cls() == ObjectClass::String) return asString(static_cast<JSPrimitiveWrapper *>(o)->primitive)->length;
    if (ENG_TYPED_ARRAYS && o->cls() == ObjectClass::TypedArray) return viewLength(static_cast<JSArrayBufferView *>(o));
    return 0;
}

// Smallest own index in [from, end) of o, or end.
uint32_t ownNext(JSObject *o, uint32_t from, uint32_t end) {
    uint32_t best = end;
    uint32_t stop = o->elemCount() < end ? o->elemCount() : end;
    for (uint32_t i = from; i < stop; i++)
        if (!o->elems[i].isEmpty()) {
            best = i;
            break;
        }
    if (from < best && from < virtualIndexCount(o)) best = from;
    if (o->hasFlag(OBJ_SPARSE_INDEXES))
        for (uint32_t i = 0; i < ownPropCount(o); i++) {
            uint32_t index;
            if (stringArrayIndex(propAt(o, i).key(), &index) && index >= from && index < best) best = index;
        }
    for (uint32_t i = from; i < mappedSlots(o) && i < best; i++)
        if (mappedBox(o, i)) {
            best = i;
            break;
        }
    return best;
}

// Largest own index in [lo, from] of o, or false.
bool ownPrev(JSObject *o, uint32_t from, uint32_t lo, uint32_t *out) {
    bool found = false;
    uint32_t best = 0;
    if (o->elemCount() > lo) {
        uint32_t i = from < o->elemCount() - 1 ? from : o->elemCount() - 1;
        for (;; i--) {
            if (!o->elems[i].isEmpty()) {
                found = true;
                best = i;
                break;
            }
            if (i == lo) break;
        }
    }
    {
        uint32_t n = virtualIndexCount(o);
        if (n > lo) {
            uint32_t i = from < n - 1 ? from : n - 1;
            if (!found || i > best) best = i, found = true;
        }
    }
    if (o->hasFlag(OBJ_SPARSE_INDEXES))
        for (uint32_t i = 0; i < ownPropCount(o); i++) {
            uint32_t index;
            if (stringArrayIndex(propAt(o, i).key(), &index) && index >= lo && index <= from && (!found || index > best))
                best = index, found = true;
        }
    for (uint32_t i = mappedSlots(o); i-- > lo;)
        if (i <= from && mappedBox(o, i)) {
            if (!found || i > best) best = i, found = true;
            break;
        }
    if (found) *out = best;
    return found;
}

// The integer a key names when it is above the array index range
// ("4294967295" .. "9007199254740991", canonical: no sign, no leading zero).
bool highIntegerKey(const HString *s, double *out) {
    if (s->length < 10 || s->length > 16 || s->at(0) == '0') return false;
    double v = 0;
    for (uint32_t i = 0; i < s->length; i++) {
        uint16_t ch = s->at(i);
        if (ch < '0' || ch > '9') return false;
        v = v * 10 + (ch - '0');
    }
    if (v < INDEX_END || v > MAX_LENGTH) return false;
    *out = v;
    return true;
}

// Smallest own integer key of o in [from, end), end at most 2^53 - 1.
bool ownNextIndex(JSObject *o, double from, double end, double *out) {
    if (from >= end) return false;
    if (from < INDEX_END) {
        uint32_t e = end < INDEX_END ? static_cast<uint32_t>(end) : static_cast<uint32_t>(INDEX_END);
        uint32_t n = ownNext(o, static_cast<uint32_t>(from), e);
        if (n < e) {
            *out = n;
            return true;
        }
        if (end <= INDEX_END) return false;
        from = INDEX_END;
    }
    bool found = false;
    double best = end, v;
    for (uint32_t i = 0; i < ownPropCount(o); i++)
        if (highIntegerKey(propAt(o, i).key(), &v) && v >= from && v < best) best = v, found = true;
    if (found) *out = best;
    return found;
}

// Largest own integer key of o in [lo, from].
bool ownPrevIndex(JSObject *o, double from, double lo, double *out) {
    if (from < lo) return false;
    if (from >= INDEX_END) {
        bool found = false;
        double best = 0, v;
        for (uint32_t i = 0; i < ownPropCount(o); i++)
            if (highIntegerKey(propAt(o, i).key(), &v) && v >= lo && v <= from && (!found || v > best))
                best = v, found = true;
        if (found) {
            *out = best;
            return true;
        }
        if (lo >= INDEX_END) return false;
        from = MAX_INDEX;
    }
    uint32_t n;
    if (!ownPrev(o, static_cast<uint32_t>(from), static_cast<uint32_t>(lo), &n)) return false;
    *out = n;
    return true;
}

// The smallest index in [from, end) for which HasProperty is true.
bool nextPresent(JSObject *o, double from, double end, double *out) {
    bool found = false;
    double best = end;
    for (JSObject *p = o; p; p = p->proto) {
        double n;
        if (isProxyObject(p)) {  // it cannot be scanned: every index may be there (its get trap answers)
            if (from < best) best = from, found = true;
            break;
        }
        if (ownNextIndex(p, from, best, &n)) best = n, found = true;
        if (found && best == from) break;
    }
    if (found) *out = best;
    return found;
}

// The largest index in [lo, from] present (own only when ownOnly).
bool prevPresent(JSObject *o, double from, double lo, bool ownOnly, double *out) {
    if (from < lo || from < 0) return false;
    bool found = false;
    double best = 0;
    for (JSObject *p = o; p; p = ownOnly ? nullptr : p->proto) {
        double n;
        if (isProxyObject(p)) {  // as nextPresent
            best = from, found = true;
            break;
        }
        if (ownPrevIndex(p, from, found ? best : lo, &n) && (!found || n > best)) best = n, found = true;
        if (found && best == from) break;
    }
    if (found) *out = best;
    return found;
}

Status notFunction(Heap &h, Value v) {
    char buf[64];
    describeValue(h, v, buf, sizeof buf);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", buf);
}

// callback.call(thisArg, a, index, o) (with a leading accumulator for reduce).
Status callCallback(Heap &h, Value fn, Value thisArg, const Value *lead, Value v, double k, Value o, Value *result) {
    Value key;
    LocalRoot rv(h, v);
    ENG_TRY(makeNumber(h, k, &key));
    LocalRoot rk(h, key);
    if (lead) {
        Value args[4] = {*lead, v, key, o};
        return callValue(h, fn, thisArg, args, 4, result);
    }
    Value args[3] = {v, key, o};
    return callValue(h, fn, thisArg, args, 3, result);
}

// For i over [0, count) (ascending or descending): from = src + i, to =
// dst + i; copies from to when from exists, else deletes to. Steps where
// neither exists are skipped (they would change nothing).
Status moveRange(NativeCall &c, JSObject *o, double src, double dst, double count, bool ascending) {
    Heap &h = c.heap;
    if (count <= 0) return Status::Ok;
    double i = ascending ? 0 : count - 1;
    for (;;) {
        double a = 0, b = 0;
        bool ha, hb;
        double next;
        if (ascending) {
            ha = nextPresent(o, src + i, src + count, &a);
            // own elements in the destination range (deleting inherited ones does nothing)
            hb = ownNextIndex(o, dst + i, dst + count, &b);
            if (!ha && !hb) return Status::Ok;
            next = ha ? a - src : count;
            if (hb && b - dst < next) next = b - dst;
        } else {
            ha = prevPresent(o, src + i, src, false, &a);
            hb = prevPresent(o, dst + i, dst, true, &b);
            if (!ha && !hb) return Status::Ok;
            next = ha ? a - src : -1;
            if (hb && b - dst > next) next = b - dst;
        }
        i = next;
        ENG_TRY(interruptPoll(h));  // shift and unshift move every element
        bool exists;
        ENG_TRY(hasAt(h, o, src + i, &exists));
        if (exists) {
            Value v;
            ENG_TRY(getAt(h, c.thisValue(), src + i, &v));
            ENG_TRY(putAt(h, c.thisValue(), dst + i, v));
        } else {
            ENG_TRY(deleteAt(h, o, dst + i));
        }
        if (ascending) {
            if (++i >= count) return Status::Ok;
        } else {
            if (i == 0) return Status::Ok;
            i--;
        }
    }
}

// Deletes the own elements in [lo, hi), highest first.
Status deleteRange(Heap &h, JSObject *o, double lo, double hi) {
    while (hi > lo) {
        double p;
        if (!prevPresent(o, hi - 1, lo, true, &p)) return Status::Ok;
        ENG_TRY(interruptPoll(h));
        ENG_TRY(deleteAt(h, o, p));
        hi = p;
    }
    return Status::Ok;
}

// ---- the methods -------------------------------------------------------

namespace {

// Arrays, and objects whose @@isConcatSpreadable says so, are spread.
Status isConcatSpreadable(Heap &h, Value e, bool *out) {
    *out = false;
    if (!isObjectType(e)) return Status::Ok;
    Value v;
    ENG_TRY(getValueProperty(h, e, Value::pointer(wellKnownSymbol(WKS_isConcatSpreadable)), &v));
#if ENG_PROXY
    if (v.isUndefined() && isObject(e) && isProxyObject(asObject(e))) return proxyIsArray(h, asObject(e), out);
#endif
    *out = v.isUndefined() ? isArrayObject(e) : toBoolean(v);
    return Status::Ok;
}

Status arrayConcat(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(thisObject(c, &o));
    ENG_TRY(speciesCreate(c, 0));
    double n = 0;
    for (uint32_t item = 0; item <= c.argc; item++) {
        LocalRoot re(h, item == 0 ? c.thisValue() : c.arg(item - 1));
        bool spread;
        ENG_TRY(isConcatSpreadable(h, re.value, &spread));
        if (spread) {
            double len;
            ENG_TRY(lengthOf(h, re.value, &len));
            if (n + len > MAX_LENGTH) return lengthTooLarge(h);
            JSObject *eo;
            ENG_TRY(toObject(h, re.value, &eo));
            re.value = Value::pointer(eo);
            double k = 0;
            while (nextPresent(asObject(re.value), k, len, &k)) {
                ENG_TRY(interruptPoll(h));
                Value v;
                ENG_TRY(getAt(h, re.value, k, &v));
                ENG_TRY(createDataAt(h, c.result(), n + k, v));
                if (++k >= len) break;
            }
            n += len;
        } else {
            if (n + 1 > MAX_LENGTH) return lengthTooLarge(h);
            ENG_TRY(createDataAt(h, c.result(), n, re.value));
            n++;
        }
    }
    return setLength(h, c.result(), n);
}

Status arrayReverse(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    c.setResult(c.thisValue());
    double middle = floor(len / 2), lower = 0, last = len - 1;
    while (lower < middle) {
        double a = 0, b = 0;
        bool ha = nextPresent(o, lower, middle, &a);
        bool hb = prevPresent(o, last - lower, len - middle, false, &b);
        if (!ha && !hb) break;
        double next = ha ? a : middle;
        if (hb && last - b < next) next = last - b;
        lower = next;
        ENG_TRY(interruptPoll(h));
        double upper = last - lower;
        // HasProperty then Get, lower first (ES2015 22.1.3.20): a getter
        // may change what the upper half holds.
        LocalRoot rl(h), ru(h);
        bool lowerExists, upperExists;
        ENG_TRY(hasAt(h, o, lower, &lowerExists));
        if (lowerExists) ENG_TRY(getAt(h, c.thisValue(), lower, &rl.value));
        ENG_TRY(hasAt(h, o, upper, &upperExists));
        if (upperExists) ENG_TRY(getAt(h, c.thisValue(), upper, &ru.value));
        if (upperExists) ENG_TRY(putAt(h, c.thisValue(), lower, ru.value));
        else if (lowerExists) ENG_TRY(deleteAt(h, o, lower));
        if (lowerExists) ENG_TRY(putAt(h, c.thisValue(), upper, rl.value));
        else if (upperExists) ENG_TRY(deleteAt(h, o, upper));
        lower++;
    }
    return Status::Ok;
}

Status arrayShift(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    if (len == 0) return setLengthU(h, c.thisValue(), 0);
    Value first;
    ENG_TRY(getAt(h, c.thisValue(), 0, &first));
    c.setResult(first);
    ENG_TRY(moveRange(c, o, 1, 0, len - 1, true));
    ENG_TRY(deleteAt(h, o, len - 1));
    return setLengthU(h, c.thisValue(), len - 1);
}

Status arrayUnshift(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    if (c.argc > 0 && len + c.argc > MAX_LENGTH) return lengthTooLarge(h);
    ENG_TRY(moveRange(c, o, 0, c.argc, len, false));
    for (uint32_t j = 0; j < c.argc; j++) ENG_TRY(putAt(h, c.thisValue(), j, c.arg(j)));
    double newLen = len + c.argc;
    ENG_TRY(setLengthU(h, c.thisValue(), newLen));
    Value n;
    ENG_TRY(makeNumber(h, newLen, &n));
    c.setResult(n);
    return Status::Ok;
}

Status arraySplice(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    double start = 0, deleteCount = 0;
    ENG_TRY(toNumber(h, c.arg(0), &start));
    start = relativeIndex(start, len);
    if (c.argc == 1) {
        // As every engine did before ES2015 wrote it down: delete to the end.
        deleteCount = len - start;
    } else if (c.argc > 1) {
        ENG_TRY(toNumber(h, c.arg(1), &deleteCount));
        deleteCount = toIntegerDouble(deleteCount);
        if (!(deleteCount > 0)) deleteCount = 0;
        if (deleteCount > len - start) deleteCount = len - start;
    }
    double itemCount = c.argc > 2 ? c.argc - 2 : 0;
    if (len + itemCount - deleteCount > MAX_LENGTH) return lengthTooLarge(h);
    ENG_TRY(speciesCreate(c, deleteCount));
    double k = 0;
    while (nextPresent(o, start + k, start + deleteCount, &k)) {
        ENG_TRY(interruptPoll(h));
        k -= start;
        Value v;
        ENG_TRY(getAt(h, c.thisValue(), start + k, &v));
        ENG_TRY(createDataAt(h, c.result(), k, v));
        if (++k >= deleteCount) break;
    }
    ENG_TRY(setLength(h, c.result(), deleteCount));
    double moved = len - deleteCount - start;
    if (itemCount < deleteCount) {
        ENG_TRY(moveRange(c, o, start + deleteCount, start + itemCount, moved, true));
        ENG_TRY(deleteRange(h, o, len - deleteCount + itemCount, len));
    } else if (itemCount > deleteCount) {
        ENG_TRY(moveRange(c, o, start + deleteCount, start + itemCount, moved, false));
    }
    for (uint32_t j = 0; j < itemCount; j++) ENG_TRY(putAt(h, c.thisValue(), start + j, c.arg(j + 2)));
    return setLengthU(h, c.thisValue(), len - deleteCount + itemCount);
}

// A heapAlloc buffer freed when it goes out of scope.
struct TempBuffer {
    Heap &h;
    uint32_t *data = nullptr;
    size_t bytes = 0;
    explicit TempBuffer(Heap &heap) : h(heap) {}
    ~TempBuffer() {
        if (data) heapFree(h, data, bytes);
    }
    bool alloc(size_t n) {
        bytes = n * sizeof(uint32_t);
        data = static_cast<uint32_t *>(heapAlloc(h, bytes));
        return data != nullptr;
    }
};

struct SortState {
    Heap &h;
    Value comparator;    // rooted (argument slot)
    JSArray *values;     // rooted by the caller
    JSArray *keys;       // ToString of values for the default order, or null
};

Status sortCompare(SortState &s, uint32_t x, uint32_t y, bool *greater) {
    if (s.keys) {
        uint32_t compared;
        *greater = compareStrings(asString(s.keys->elems[x]), asString(s.keys->elems[y]), &compared) > 0;
        chargeStringUnits(s.h, compared);
        return Status::Ok;
    }
    Value args[2] = {s.values->elems[x], s.values->elems[y]};
    Value r;
    ENG_TRY(callValue(s.h, s.comparator, Value::undefined(), args, 2, &r));
    double d;
    ENG_TRY(toNumber(s.h, r, &d));
    *greater = d > 0;
    return Status::Ok;
}

// Stable bottom-up merge sort of the permutation perm[0..n) (tmp: scratch).
Status mergeSort(SortState &s, uint32_t *perm, uint32_t *tmp, uint32_t n, uint32_t **sorted) {
    uint32_t *src = perm, *dst = tmp;
    for (uint32_t width = 1; width < n; width = width > n / 2 ? n : width * 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = mid + width < n ? mid + width : n;
            if (lo + 2 * width < lo) hi = n;  // overflow guard
            uint32_t i = lo, j = mid, out = lo;
            while (i < mid && j < hi) {
                ENG_TRY(interruptPoll(s.h));  // one step per comparison
                bool greater;
                ENG_TRY(sortCompare(s, src[i], src[j], &greater));
                dst[out++] = greater ? src[j++] : src[i++];
            }
            while (i < mid) dst[out++] = src[i++];
            while (j < hi) dst[out++] = src[j++];
            if (hi == n) break;
        }
        uint32_t *t = src;
        src = dst;
        dst = t;
    }
    *sorted = src;
    return Status::Ok;
}

// Sorts values[0..n) (rooted by the caller) by cmp or by the strings'
// order; *order gets the permutation (null when n < 2: nothing moves),
// which lives in perm or tmp.
Status sortValues(Heap &h, Value cmp, JSArray *values, uint32_t n, TempBuffer &perm, TempBuffer &tmp, uint32_t **order) {
    *order = nullptr;
    if (n < 2) return Status::Ok;
    LocalRoot rc(h, cmp), rv(h, Value::pointer(values));
    JSArray *keys = nullptr;
    LocalRoot rk(h);
    if (cmp.isUndefined()) {
        keys = newArray(h, n);
        if (!keys) return Status::Error;
        rk.value = Value::pointer(keys);
        for (uint32_t i = 0; i < n; i++) {
            ENG_TRY(interruptPoll(h));
            HString *s;
            ENG_TRY(toString(h, values->elems[i], &s));
            ENG_TRY(setElement(h, keys, i, Value::pointer(s)));
        }
    }
    if (!perm.alloc(n) || !tmp.alloc(n)) return throwOutOfMemory(h);
    for (uint32_t i = 0; i < n; i++) perm.data[i] = i;
    SortState s{h, rc.value, values, keys};
    return mergeSort(s, perm.data, tmp.data, n, order);
}

Status requireComparator(Heap &h, Value cmp) {
    if (!cmp.isUndefined() && !isCallable(cmp))
        return throwError(h, PROTO_TYPE_ERROR, "The comparison function must be either a function or undefined");
    return Status::Ok;
}

// sort (magic 0) sorts in place the elements present; toSorted (magic 1,
// ES2023) reads every index (holes as undefined) into a new array.
Status arraySort(NativeCall &c) {
    Heap &h = c.heap;
    bool copy = c.magic == 1;
    ENG_TRY(requireComparator(h, c.arg(0)));
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    if (copy) {
        Value a;
        ENG_TRY(arrayCreate(h, len, &a));
        c.setResult(a);
    } else {
        c.setResult(c.thisValue());
    }
    JSArray *values = newArray(h, 0);
    if (!values) return Status::Error;
    LocalRoot rv(h, Value::pointer(values));
    double undefCount = 0;
    uint32_t n = 0;
    double k = 0;
    while (copy ? k < len : nextPresent(o, k, len, &k)) {
        ENG_TRY(interruptPoll(h));
        Value v;
        ENG_TRY(getAt(h, c.thisValue(), k, &v));
        if (v.isUndefined()) undefCount++;
        else ENG_TRY(setElement(h, values, n++, v));
        if (++k >= len) break;
    }
    uint32_t *order = nullptr;
    TempBuffer perm(h), tmp(h);
    ENG_TRY(sortValues(h, c.arg(0), values, n, perm, tmp, &order));
    Value target = copy ? c.result() : c.thisValue();
    for (uint32_t i = 0; i < n; i++) {
        Value v = values->elems[order ? order[i] : i];
        ENG_TRY(copy ? createDataAt(h, target, i, v) : putAt(h, target, i, v));
    }
    for (double i = 0; i < undefCount; i++)
        ENG_TRY(copy ? createDataAt(h, target, n + i, Value::undefined()) : putAt(h, target, n + i, Value::undefined()));
    return copy ? Status::Ok : deleteRange(h, o, n + undefCount, len);
}

// magic: 0 indexOf, 1 lastIndexOf
Status arrayIndexOf(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    bool last = c.magic == 1;
    c.setResult(Value::smallInt(-1));
    if (len == 0) return Status::Ok;
    double n = last ? len - 1 : 0;
    if (c.argc > 1) {
        ENG_TRY(toNumber(h, c.arg(1), &n));
        n = toIntegerDouble(n);
    }
    double k;
    if (!last) {
        if (n >= len) return Status::Ok;
        k = n >= 0 ? n : (len + n < 0 ? 0 : len + n);
        while (nextPresent(o, k, len, &k)) {
            ENG_TRY(interruptPoll(h));  // a search visits every element held
            Value v;
            ENG_TRY(getAt(h, c.thisValue(), k, &v));
            if (strictEquals(c.arg(0), v)) {
                Value r;
                ENG_TRY(makeNumber(h, k, &r));
                c.setResult(r);
                return Status::Ok;
            }
            if (++k >= len) break;
        }
        return Status::Ok;
    }
    double from = n >= 0 ? (n < len - 1.0 ? n : len - 1.0) : len + n;
    if (from < 0) return Status::Ok;
    double at = from;
    while (prevPresent(o, at, 0, false, &k)) {
        ENG_TRY(interruptPoll(h));
        Value v;
        ENG_TRY(getAt(h, c.thisValue(), k, &v));
        if (strictEquals(c.arg(0), v)) {
            Value r;
            ENG_TRY(makeNumber(h, k, &r));
            c.setResult(r);
            return Status::Ok;
        }
        if (k == 0) break;
        at = k - 1.0;
    }
    return Status::Ok;
}

enum IterateKind { ITER_FOREACH, ITER_MAP, ITER_FILTER, ITER_EVERY, ITER_SOME };

Status arrayIterate(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    if (!isCallable(c.arg(0))) return notFunction(h, c.arg(0));
    int kind = c.magic;
    if (kind == ITER_MAP || kind == ITER_FILTER) {
        ENG_TRY(speciesCreate(c, kind == ITER_MAP ? len : 0));
    } else if (kind == ITER_EVERY) {
        c.setResult(Value::boolean(true));
    } else if (kind == ITER_SOME) {
        c.setResult(Value::boolean(false));
    }
    double k = 0;
    uint32_t to = 0;
    while (nextPresent(o, k, len, &k)) {
        Value v, r;
        ENG_TRY(getAt(h, c.thisValue(), k, &v));
        LocalRoot rv(h, v);
        ENG_TRY(callCallback(h, c.arg(0), c.arg(1), nullptr, v, k, c.thisValue(), &r));
        switch (kind) {
        case ITER_MAP:
            ENG_TRY(createDataAt(h, c.result(), k, r));
            break;
        case ITER_FILTER:
            if (toBoolean(r)) ENG_TRY(createDataAt(h, c.result(), to++, rv.value));
            break;
        case ITER_EVERY:
            if (!toBoolean(r)) {
                c.setResult(Value::boolean(false));
                return Status::Ok;
            }
            break;
        case ITER_SOME:
            if (toBoolean(r)) {
                c.setResult(Value::boolean(true));
                return Status::Ok;
            }
            break;
        default:
            break;
        }
        if (++k >= len) break;
    }
    return Status::Ok;
}

// magic: 0 reduce, 1 reduceRight. The accumulator lives in the result slot.
Status arrayReduce(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    if (!isCallable(c.arg(0))) return notFunction(h, c.arg(0));
    bool right = c.magic == 1;
    const char *empty = "Reduce of empty array with no initial value";
    if (len == 0 && c.argc < 2) return throwError(h, PROTO_TYPE_ERROR, "%s", empty);
    double k = 0;
    bool more;
    double at = right ? len - 1 : 0;
    if (c.argc >= 2) {
        c.setResult(c.arg(1));
    } else {
        if (right ? !prevPresent(o, at, 0, false, &k) : !nextPresent(o, 0, len, &k))
            return throwError(h, PROTO_TYPE_ERROR, "%s", empty);
        Value v;
        ENG_TRY(getAt(h, c.thisValue(), k, &v));
        c.setResult(v);
        if (right ? k == 0 : k + 1.0 >= len) return Status::Ok;
        at = right ? k - 1.0 : k + 1.0;
    }
    for (;;) {
        more = right ? prevPresent(o, at, 0, false, &k) : nextPresent(o, at, len, &k);
        if (!more) return Status::Ok;
        Value v, acc = c.result(), r;
        ENG_TRY(getAt(h, c.thisValue(), k, &v));
        acc = c.result();
        ENG_TRY(callCallback(h, c.arg(0), Value::undefined(), &acc, v, k, c.thisValue(), &r));
        c.setResult(r);
        if (right ? k == 0 : k + 1.0 >= len) return Status::Ok;
        at = right ? k - 1.0 : k + 1.0;
    }
}

Status arrayToLocaleString(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    double len;
    ENG_TRY(thisAndLength(c, &o, &len));
    HString *name = internCString(h, "toLocaleString");
    if (!name) return Status::Error;
    LocalRoot rn(h, Value::pointer(name));
    StringBuilder b(h);
    for (double k = 0; k < len; k++) {
        ENG_TRY(interruptPoll(h));
        if (k > 0) ENG_TRY(b.appendAscii(","));
        Value v;
        ENG_TRY(getAt(h, c.thisValue(), k, &v));
        if (v.isNullish()) continue;
        JSObject *e;
        ENG_TRY(toObject(h, v, &e));
        LocalRoot re(h, Value::pointer(e));
        Value fn;
        ENG_TRY(getValuePropertyStr(h, re.value, asString(rn.value), &fn));
        if (!isCallable(fn)) return notFunction(h, fn);
        Value r;
        ENG_TRY(callValue(h, fn, re.value, nullptr, 0, &r));
        HString *s;
        ENG_TRY(toString(h, r, &s));
        ENG_TRY(b.append(s));
    }
    HString *s = b.finish();
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

#define ARRAY_PROTO_METHODS(M, X)                                                                        \
    M(X, push, arrayPushMethod, 1, 0) M(X, pop, arrayPop, 0, 0) M(X, join, arrayJoin, 1, 0)                \
    M(X, slice, arraySlice, 2, 0) M(X, toString, arrayToString, 0, 0)                                     \
    M(X, toLocaleString, arrayToLocaleString, 0, 0) M(X, concat, arrayConcat, 1, 0)                       \
    M(X, reverse, arrayReverse, 0, 0) M(X, shift, arrayShift, 0, 0) M(X, unshift, arrayUnshift, 1, 0)     \
    M(X, splice, arraySplice, 2, 0) M(X, sort, arraySort, 1, 0) M(X, indexOf, arrayIndexOf, 1, 0)         \
    M(X, lastIndexOf, arrayIndexOf, 1, 1) M(X, every, arrayIterate, 1, ITER_EVERY)                        \
    M(X, some, arrayIterate, 1, ITER_SOME) M(X, forEach, arrayIterate, 1, ITER_FOREACH)                   \
    M(X, map, arrayIterate, 1, ITER_MAP) M(X, filter, arrayIterate, 1, ITER_FILTER)                       \
    M(X, reduce, arrayReduce, 1, 0) M(X, reduceRight, arrayReduce, 1, 1)                                  \
    M(X, keys, arrayIterator, 0, ITERATE_KEYS) M(X, values, arrayIterator, 0, ITERATE_VALUES)            \
    M(X, entries, arrayIterator, 0, ITERATE_ENTRIES) ARRAY_PROTO_METHODS_ES2015(M, X)

#if ENG_OBJECT_ARRAY_ES2015
#define ARRAY_PROTO_METHODS_ES2015(M, X)                                                                 \
    M(X, find, arrayFind, 1, FIND_VALUE) M(X, findIndex, arrayFind, 1, FIND_INDEX)                        \
    M(X, findLast, arrayFind, 1, FIND_LAST_VALUE) M(X, findLastIndex, arrayFind, 1, FIND_LAST_INDEX)      \
    M(X, fill, arrayFill, 1, 0) M(X, copyWithin, arrayCopyWithin, 2, 0)                                   \
    M(X, includes, arrayIncludes, 1, 0) M(X, flat, arrayFlat, 0, 0) M(X, flatMap, arrayFlat, 1, 1)        \
    M(X, at, arrayAt, 1, 0) M(X, toReversed, arrayToReversed, 0, 0) M(X, toSorted, arraySort, 1, 1)       \
    M(X, toSpliced, arrayToSpliced, 2, 0) M(X, with, arrayWith, 2, 0)
#define ARRAY_STATIC_METHODS_ES2015(M, X) M(X, from, arrayFrom, 1, 0) M(X, of, arrayOf, 0, 0)
#else
#define ARRAY_PROTO_METHODS_ES2015(M, X)
#define ARRAY_STATIC_METHODS_ES2015(M, X)
#endif

#if ENG_ARRAY_FROM_ASYNC
#define ARRAY_STATIC_METHODS_FROM_ASYNC(M, X) M(X, fromAsync, arrayFromAsync, 1, 0)
#else
#define ARRAY_STATIC_METHODS_FROM_ASYNC(M, X)
#endif

#define ARRAY_STATIC_METHODS(M, X) M(X, isArray, arrayIsArray, 1, 0) ARRAY_STATIC_METHODS_ES2015(M, X) \
    ARRAY_STATIC_METHODS_FROM_ASYNC(M, X)

#define ARRAY_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_ARRAY))
// Array.prototype[Symbol.iterator] is Array.prototype.values (ES2015 22.1.3.30).
#define ARRAY_PROTO_SYMBOLS(S)                                                                    \
    S(iterator, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_ARRAY_PROTO, ARRAY_PROTO_values)) \
    ARRAY_PROTO_SYMBOLS_ES2015(S)
#if ENG_OBJECT_ARRAY_ES2015
// Array.prototype[@@unscopables] (ES2024 23.1.3.38): made on first read.
#define ARRAY_PROTO_SYMBOLS_ES2015(S) S(unscopables, ATTR_CONFIGURABLE, ENG_FLASH_BUILTIN(BUILTIN_REF_ARRAY_UNSCOPABLES))
// Its properties, in the specification's order: the names of methods
// added after ES5 that older code may use as variables inside `with`.
#define ARRAY_UNSCOPABLES_PROPS(P)                                                                          \
    P(at, ATTR_DEFAULT, Value::constTrue()) P(copyWithin, ATTR_DEFAULT, Value::constTrue())                \
    P(entries, ATTR_DEFAULT, Value::constTrue()) P(fill, ATTR_DEFAULT, Value::constTrue())                 \
    P(find, ATTR_DEFAULT, Value::constTrue()) P(findIndex, ATTR_DEFAULT, Value::constTrue())               \
    P(findLast, ATTR_DEFAULT, Value::constTrue()) P(findLastIndex, ATTR_DEFAULT, Value::constTrue())       \
    P(flat, ATTR_DEFAULT, Value::constTrue()) P(flatMap, ATTR_DEFAULT, Value::constTrue())                 \
    P(includes, ATTR_DEFAULT, Value::constTrue()) P(keys, ATTR_DEFAULT, Value::constTrue())                \
    P(toReversed, ATTR_DEFAULT, Value::constTrue()) P(toSorted, ATTR_DEFAULT, Value::constTrue())          \
    P(toSpliced, ATTR_DEFAULT, Value::constTrue()) P(values, ATTR_DEFAULT, Value::constTrue())
#else
#define ARRAY_PROTO_SYMBOLS_ES2015(S)
#endif
#define ARRAY_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_ARRAY))
// get Array[Symbol.species]: `this`, so that subclasses inherit a getter
// that names themselves (ES2023 23.1.2.5).
#define ARRAY_CTOR_SYMBOLS(S) S(species, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(speciesPair))

Status speciesGetter(NativeCall &c) {
    c.setResult(c.thisValue());
    return Status::Ok;
}

}  // namespace

ENG_FLASH_METHOD_TABLE(arrayProtoMethods, ARRAY_PROTO, ARRAY_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(arrayStaticMethods, ARRAY_STATIC, ARRAY_STATIC_METHODS)
static_assert(ARRAY_PROTO_toString == ARRAY_PROTO_TOSTRING_ENTRY, "builtins.h names Array.prototype.toString's entry");
static_assert(ARRAY_PROTO_toLocaleString == ARRAY_PROTO_TOLOCALESTRING_ENTRY, "and toLocaleString's");

extern const MethodSpec arrayStaticSymbolMethods[];
const MethodSpec arrayStaticSymbolMethods[] = {{"@@species", speciesGetter, METHOD_GETTER, 0}};

namespace {
const FlashAccessor speciesPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_ARRAY_STATIC_SYMBOLS, 0);
ENG_FLASH_OBJECT_SYMBOLS(arrayProtoProps, ARRAY_PROTO_PROPS, ARRAY_PROTO, ARRAY_PROTO_METHODS, ARRAY_PROTO_SYMBOLS)
ENG_FLASH_OBJECT_SYMBOLS(arrayCtorProps, ARRAY_CTOR_PROPS, ARRAY_STATIC, ARRAY_STATIC_METHODS, ARRAY_CTOR_SYMBOLS)
#if ENG_OBJECT_ARRAY_ES2015
ENG_FLASH_TABLE(arrayUnscopablesProps, ARRAY_UNSCOPABLES_PROPS)
#endif
}  // namespace

#if ENG_OBJECT_ARRAY_ES2015
// A prototype-less object with its table in flash: one object once made.
Status makeArrayUnscopables(Heap &h) {
    if (lateIntrinsic(h, LATE_ARRAY_UNSCOPABLES)) return Status::Ok;
    JSObject *o = newObject(h, nullptr);
    if (!o) return Status::Error;
    LocalRoot ro(h, Value::pointer(o));
    useFlashProps(o, arrayUnscopablesProps);
    return setLateIntrinsic(h, LATE_ARRAY_UNSCOPABLES, o);
}
#endif

Status initArrayBuiltins(Heap &h) {
    return flashPrototype(h, PROTO_ARRAY, arrayProtoProps.props) ? Status::Ok : Status::Error;
}

Status makeArrayConstructor(Heap &h) {
    return flashConstructor(h, PROTO_ARRAY, ATOM_Array, arrayConstructor, 1, arrayCtorProps, arrayProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng
