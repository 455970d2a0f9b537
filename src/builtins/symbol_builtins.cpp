// Symbol: the function (not a constructor), the registry of Symbol.for,
// the well-known symbols as its properties, and Symbol.prototype.
#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/symbol.h"

namespace eng {

namespace {

Status symbolFunction(NativeCall &c) {
    Heap &h = c.heap;
    if (c.construct) return throwError(h, PROTO_TYPE_ERROR, "Symbol is not a constructor");
    HString *description = nullptr;
    if (!c.arg(0).isUndefined()) ENG_TRY(toString(h, c.arg(0), &description));
    LocalRoot rd(h, description ? Value::pointer(description) : Value());
    HString *s = newSymbol(h, description);
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

// Symbol.for: one symbol per key string for the heap's lifetime, found
// through a prototype-less object keyed by the strings.
Status symbolFor(NativeCall &c) {
    Heap &h = c.heap;
    HString *key = nullptr;
    ENG_TRY(toString(h, c.arg(0), &key));
    LocalRoot rk(h, Value::pointer(key));
    if (!lateIntrinsic(h, LATE_SYMBOL_REGISTRY)) {
        JSObject *registry = newObject(h, nullptr);
        if (!registry) return Status::Error;
        ENG_TRY(setLateIntrinsic(h, LATE_SYMBOL_REGISTRY, registry));
    }
    if (PropRef p = findOwnProp(lateIntrinsic(h, LATE_SYMBOL_REGISTRY), key)) {
        c.setResult(p->value());
        return Status::Ok;
    }
    HString *s = newSymbol(h, key, SYM_REGISTERED);
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return defineOwn(h, lateIntrinsic(h, LATE_SYMBOL_REGISTRY), key, Value::pointer(s), ATTR_DEFAULT);
}

Status symbolKeyFor(NativeCall &c) {
    Heap &h = c.heap;
    if (!isSymbol(c.arg(0))) {
        char what[64];
        describeValue(h, c.arg(0), what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a symbol", what);
    }
    HString *s = asString(c.arg(0));
    if (!(s->extra & SYM_REGISTERED) || isReadOnly(s)) return Status::Ok;
    Value key;
    ENG_TRY(symbolDescription(h, s, &key));
    c.setResult(key);
    return Status::Ok;
}

// thisSymbolValue (ES2023 20.4.3): a symbol or a Symbol wrapper.
Status thisSymbol(NativeCall &c, HString **out) {
    Value t = c.thisValue();
    if (isObject(t) && asObject(t)->cls() == ObjectClass::Symbol) t = static_cast<JSPrimitiveWrapper *>(asObject(t))->primitive;
    if (!isSymbol(t)) return throwError(c.heap, PROTO_TYPE_ERROR, "Symbol.prototype method called on a non-symbol");
    *out = asString(t);
    return Status::Ok;
}

Status symbolToString(NativeCall &c) {
    HString *s = nullptr;
    ENG_TRY(thisSymbol(c, &s));
    HString *text = symbolDescriptiveString(c.heap, s);
    if (!text) return Status::Error;
    c.setResult(Value::pointer(text));
    return Status::Ok;
}

// valueOf and [Symbol.toPrimitive].
Status symbolValueOf(NativeCall &c) {
    HString *s = nullptr;
    ENG_TRY(thisSymbol(c, &s));
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

Status symbolDescriptionGetter(NativeCall &c) {
    HString *s = nullptr;
    ENG_TRY(thisSymbol(c, &s));
    Value d;
    ENG_TRY(symbolDescription(c.heap, s, &d));
    c.setResult(d);
    return Status::Ok;
}

const MethodSpec symbolStatics[] = {
    {"for", symbolFor, 1, 0},
    {"keyFor", symbolKeyFor, 1, 0},
#define ENG_SYMBOL_STATIC(id) {#id, nullptr, METHOD_SYMBOL_VALUE, WKS_##id},
    ENG_WELL_KNOWN_SYMBOLS(ENG_SYMBOL_STATIC)
#undef ENG_SYMBOL_STATIC
};

const MethodSpec symbolMethods[] = {
    {"toString", symbolToString, 0, 0},
    {"valueOf", symbolValueOf, 0, 0},
    {"description", symbolDescriptionGetter, METHOD_GETTER, 0},
    {"@@toPrimitive", symbolValueOf, 1, 0},
};

}  // namespace

// Symbol.prototype and the Symbol function: not a constructor for `new`
// (symbolFunction throws), yet a constructor object with a prototype.
Status makeSymbolConstructor(Heap &h, Value *out) {
    if (JSObject *made = lateIntrinsic(h, LATE_SYMBOL)) {
        *out = Value::pointer(made);
        return Status::Ok;
    }
    JSObject *proto = newObject(h, protoOf(h, PROTO_OBJECT));
    if (!proto) return Status::Error;
    LocalRoot rp(h, Value::pointer(proto));
    JSNative *ctor = newNative(h, symbolFunction, atom(h, ATOM_Symbol), 0, 0);
    if (!ctor) return Status::Error;
    ctor->setFlag(OBJ_CONSTRUCTOR);
    LocalRoot rc(h, Value::pointer(ctor));
    ENG_TRY(defineOwn(h, ctor, atom(h, ATOM_prototype), Value::pointer(proto), 0));
    ENG_TRY(defineOwn(h, proto, atom(h, ATOM_constructor), Value::pointer(ctor), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, proto, wellKnownSymbol(WKS_toStringTag), Value::pointer(atom(h, ATOM_Symbol)), ATTR_CONFIGURABLE));
    ENG_TRY(installMethods(h, ctor, symbolStatics, sizeof symbolStatics / sizeof symbolStatics[0]));
    ENG_TRY(installMethods(h, proto, symbolMethods, sizeof symbolMethods / sizeof symbolMethods[0]));
    // Tables install methods writable; [Symbol.toPrimitive] is read-only
    // (ES2024 20.4.3.5).
    HString *toPrimitiveKey = wellKnownSymbol(WKS_toPrimitive);
    ENG_TRY(defineOwn(h, proto, toPrimitiveKey, findOwnProp(proto, toPrimitiveKey)->value(), ATTR_CONFIGURABLE));
    // Published only when complete.
    ENG_TRY(setLateIntrinsic(h, LATE_SYMBOL, ctor));
    ENG_TRY(setLateIntrinsic(h, LATE_SYMBOL_PROTOTYPE, proto));
    *out = Value::pointer(ctor);
    return Status::Ok;
}

Status ensureSymbolPrototype(Heap &h) {
    Value made;
    return lateIntrinsic(h, LATE_SYMBOL_PROTOTYPE) ? Status::Ok : makeSymbolConstructor(h, &made);
}

}  // namespace eng
