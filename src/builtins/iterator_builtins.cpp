// Array and String iterators (ES2023 23.1.5, 22.1.5) and %IteratorPrototype%:
// Array.prototype.keys/values/entries, String.prototype[@@iterator], and the
// prototypes their iterators share. The three prototypes are made when the
// first iterator is, so a fresh heap holds none of them.
#include "builtins/builtins.h"
#include "builtins/disposable.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

Status returnThis(NativeCall &c) {
    c.setResult(c.thisValue());
    return Status::Ok;
}

const MethodSpec iteratorMethods[] = {{"@@iterator", returnThis, 0, 0},
#if ENG_RESOURCE_MANAGEMENT
                                      {"@@dispose", iteratorProtoDispose, 0, 0},
#endif
};
const MethodSpec arrayIteratorMethods[] = {{"next", arrayIteratorNext, 0, 0}};
const MethodSpec stringIteratorMethods[] = {{"next", stringIteratorNext, 0, 0}};
#if ENG_STRING_MATCH_ALL
const MethodSpec regexpStringIteratorMethods[] = {{"next", regexpStringIteratorNext, 0, 0}};
#else
const MethodSpec *const regexpStringIteratorMethods = nullptr;  // never made
#endif

Status installPrototype(Heap &h, JSObject *o, LateIntrinsic which) {
    if (which == LATE_ITERATOR_PROTOTYPE) return installMethods(h, o, iteratorMethods, sizeof iteratorMethods / sizeof iteratorMethods[0]);
    bool array = which == LATE_ARRAY_ITERATOR_PROTOTYPE, regexp = which == LATE_REGEXP_STRING_ITERATOR_PROTOTYPE;
    ENG_TRY(installMethods(h, o, array ? arrayIteratorMethods : regexp ? regexpStringIteratorMethods : stringIteratorMethods, 1));
    HString *tag = internCString(h, array ? "Array Iterator" : regexp ? "RegExp String Iterator" : "String Iterator");
    if (!tag) return Status::Error;
    return defineOwn(h, o, wellKnownSymbol(WKS_toStringTag), Value::pointer(tag), ATTR_CONFIGURABLE);
}

Status newIterator(Heap &h, LateIntrinsic which, ObjectClass cls, Value iterated, IterationKind kind, Value *out) {
    LocalRoot ri(h, iterated);
    JSObject *proto = nullptr;
    ENG_TRY(iteratorPrototype(h, which, &proto));
    JSIteratorObject *it = static_cast<JSIteratorObject *>(newObjectOfSize(h, proto, cls, sizeof(JSIteratorObject)));
    if (!it) return Status::Error;
    rcInit(it->iterated, ri.value);
    it->position = 0;
    it->kind = kind;
    *out = Value::pointer(it);
    return Status::Ok;
}

// The iterator of this method's own class, or a TypeError.
Status thisIterator(NativeCall &c, ObjectClass cls, JSIteratorObject **out) {
    Value t = c.thisValue();
    if (!isObject(t) || asObject(t)->cls() != cls)
        return throwError(c.heap, PROTO_TYPE_ERROR, "next method called on an incompatible receiver");
    *out = static_cast<JSIteratorObject *>(asObject(t));
    return Status::Ok;
}

Status finish(NativeCall &c, JSIteratorObject *it) {
    rcStore(c.heap, it->iterated, Value::undefined());
    Value r;
    ENG_TRY(createIterResult(c.heap, Value::undefined(), true, &r));
    c.setResult(r);
    return Status::Ok;
}

}  // namespace

Status iteratorPrototype(Heap &h, LateIntrinsic which, JSObject **out) {
#if ENG_ITERATOR_HELPERS
    // %IteratorPrototype% is Iterator.prototype, a built-in in flash.
    if (which == LATE_ITERATOR_PROTOTYPE) return (*out = builtinProto(h, PROTO_ITERATOR)) ? Status::Ok : Status::Error;
#endif
    if ((*out = lateIntrinsic(h, which))) return Status::Ok;
    JSObject *parent = protoOf(h, PROTO_OBJECT);
    if (which != LATE_ITERATOR_PROTOTYPE) ENG_TRY(iteratorPrototype(h, LATE_ITERATOR_PROTOTYPE, &parent));
    JSObject *o = newObject(h, parent);
    if (!o) return Status::Error;
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(installPrototype(h, o, which));
    ENG_TRY(setLateIntrinsic(h, which, o));  // published only when complete
    *out = o;
    return Status::Ok;
}

Status createIterResult(Heap &h, Value value, bool done, Value *out) {
    LocalRoot rv(h, value);
    JSObject *r = newPlainObject(h);
    if (!r) return Status::Error;
    LocalRoot rr(h, Value::pointer(r));
    ENG_TRY(defineOwn(h, r, atom(h, ATOM_value), rv.value, ATTR_DEFAULT));
    ENG_TRY(defineOwn(h, r, atom(h, ATOM_done), Value::boolean(done), ATTR_DEFAULT));
    *out = rr.value;
    return Status::Ok;
}

// Array.prototype.keys / values / entries (magic: the IterationKind).
Status arrayIterator(NativeCall &c) {
    JSObject *o = nullptr;
    ENG_TRY(toObject(c.heap, c.thisValue(), &o));
    Value it;
    ENG_TRY(newIterator(c.heap, LATE_ARRAY_ITERATOR_PROTOTYPE, ObjectClass::ArrayIterator, Value::pointer(o),
                        static_cast<IterationKind>(c.magic), &it));
    c.setResult(it);
    return Status::Ok;
}

// %ArrayIteratorPrototype%.next (ES2023 23.1.5.2.1): length is read again
// on every step.
Status arrayIteratorNext(NativeCall &c) {
    Heap &h = c.heap;
    JSIteratorObject *it = nullptr;
    ENG_TRY(thisIterator(c, ObjectClass::ArrayIterator, &it));
    if (it->iterated.isUndefined()) return finish(c, it);
    JSObject *o = asObject(it->iterated);
    uint32_t length;
    if (o->cls() == ObjectClass::Array) {
        length = static_cast<JSArray *>(o)->length;
    } else {
        Value n;
        ENG_TRY(getProperty(h, o, keyFromString(atom(h, ATOM_length)), it->iterated, &n));
        double d;
        ENG_TRY(toNumber(h, n, &d));
        d = toIntegerDouble(d);
        length = d >= 4294967295.0 ? 0xffffffffu : d > 0 ? static_cast<uint32_t>(d) : 0;
        it = static_cast<JSIteratorObject *>(asObject(c.thisValue()));
    }
    uint32_t index = it->position;
    if (index >= length) return finish(c, it);
    it->position = index + 1;
    Value key, value;
    ENG_TRY(makeNumber(h, index, &key));
    LocalRoot rk(h, key);
    if (it->kind != ITERATE_KEYS) {
        ENG_TRY(getProperty(h, asObject(it->iterated), PropertyKey{nullptr, index, true}, it->iterated, &value));
        it = static_cast<JSIteratorObject *>(asObject(c.thisValue()));
    }
    Value result = it->kind == ITERATE_KEYS ? rk.value : value;
    if (it->kind == ITERATE_ENTRIES) {
        LocalRoot rvalue(h, value);
        JSArray *pair = newArray(h, 2);
        if (!pair) return Status::Error;
        LocalRoot rp(h, Value::pointer(pair));
        ENG_TRY(arrayPush(h, pair, rk.value));
        ENG_TRY(arrayPush(h, pair, rvalue.value));
        result = rp.value;
    }
    LocalRoot rr(h, result);
    Value r;
    ENG_TRY(createIterResult(h, result, false, &r));
    c.setResult(r);
    return Status::Ok;
}

// String.prototype[@@iterator]: RequireObjectCoercible, then ToString.
Status stringIterator(NativeCall &c) {
    Value t = c.thisValue();
    if (t.isNullish()) return throwError(c.heap, PROTO_TYPE_ERROR, "String.prototype[Symbol.iterator] called on null or undefined");
    HString *s = nullptr;
    ENG_TRY(toString(c.heap, t, &s));
    Value it;
    ENG_TRY(newIterator(c.heap, LATE_STRING_ITERATOR_PROTOTYPE, ObjectClass::StringIterator, Value::pointer(s), ITERATE_VALUES, &it));
    c.setResult(it);
    return Status::Ok;
}

// %StringIteratorPrototype%.next: one code point (a lone surrogate alone).
Status stringIteratorNext(NativeCall &c) {
    Heap &h = c.heap;
    JSIteratorObject *it = nullptr;
    ENG_TRY(thisIterator(c, ObjectClass::StringIterator, &it));
    if (it->iterated.isUndefined()) return finish(c, it);
    HString *s = asString(it->iterated);
    uint32_t pos = it->position;
    if (pos >= s->length) return finish(c, it);
    uint32_t width;
    codePointAt(s, pos, &width);
    it->position = pos + width;
    HString *piece = substring(h, s, pos, pos + width);
    if (!piece) return Status::Error;
    Value r;
    ENG_TRY(createIterResult(h, Value::pointer(piece), false, &r));
    c.setResult(r);
    return Status::Ok;
}

}  // namespace eng
