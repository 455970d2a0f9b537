// String, Number and Boolean: conversion functions, wrapper constructors,
// and the toString/valueOf of their prototypes; Boolean whole (String's
// and Number's tables are in string_builtins.cpp and number_builtins.cpp).
#include "builtins/wrappers.h"

#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/symbol.h"
#include "value/bigint.h"
#include "vm/bigint_ops.h"

namespace eng {

namespace {

const ObjectClass wrapperClasses[] = {ObjectClass::String, ObjectClass::Number, ObjectClass::Boolean};
const Proto wrapperProtos[] = {PROTO_STRING, PROTO_NUMBER, PROTO_BOOLEAN};
const char *const wrapperNames[] = {"String", "Number", "Boolean"};

Status convert(Heap &h, int kind, NativeCall &c, Value *out) {
    switch (kind) {
    case KIND_STRING: {
        HString *s = atom(h, ATOM_empty);
        // String(symbol) describes it; ToString (new String(symbol)) throws.
        if (c.argc > 0 && !c.construct && isSymbol(c.arg(0))) s = symbolDescriptiveString(h, asString(c.arg(0)));
        else if (c.argc > 0) ENG_TRY(toString(h, c.arg(0), &s));
        if (!s) return Status::Error;
        *out = Value::pointer(s);
        return Status::Ok;
    }
    case KIND_NUMBER: {
        double d = 0;
#if ENG_BIGINT
        // Number(value) takes ToNumeric: a BigInt converts (ES2024 21.1.1.1).
        if (c.argc > 0) {
            ENG_TRY(toNumeric(h, c.arg(0), out));
            d = isBigInt(*out) ? bigIntToDouble(asBigInt(*out)) : numberOf(*out);
        }
#else
        if (c.argc > 0) ENG_TRY(toNumber(h, c.arg(0), &d));
#endif
        return makeNumber(h, d, out);
    }
    default:
        *out = Value::boolean(toBoolean(c.arg(0)));
        return Status::Ok;
    }
}

JSObject *makeWrapperPrototype(Heap &h, ObjectClass cls, Value primitive) {
    JSPrimitiveWrapper *w = static_cast<JSPrimitiveWrapper *>(
        newObjectOfSize(h, protoOf(h, PROTO_OBJECT), cls, sizeof(JSPrimitiveWrapper)));
    if (w) rcInit(w->primitive, primitive);
    return w;
}

}  // namespace

JSObject *makeStringPrototype(Heap &h) {
    return makeWrapperPrototype(h, ObjectClass::String, Value::pointer(atom(h, ATOM_empty)));
}
JSObject *makeNumberPrototype(Heap &h) { return makeWrapperPrototype(h, ObjectClass::Number, Value::smallInt(0)); }
JSObject *makeBooleanPrototype(Heap &h) { return makeWrapperPrototype(h, ObjectClass::Boolean, Value::boolean(false)); }

Status wrapperConstructor(NativeCall &c) {
    Heap &h = c.heap;
    int kind = c.magic;
    Value primitive;
    ENG_TRY(convert(h, kind, c, &primitive));
    if (!c.construct) {
        c.setResult(primitive);
        return Status::Ok;
    }
    c.setResult(primitive);  // rooted while the wrapper is made
    JSObject *proto = builtinProto(h, wrapperProtos[kind]);
    if (!proto) return Status::Error;
    JSPrimitiveWrapper *w =
        static_cast<JSPrimitiveWrapper *>(newObjectOfSize(h, proto, wrapperClasses[kind], sizeof(JSPrimitiveWrapper)));
    if (!w) return Status::Error;
    rcInit(w->primitive, c.result());
    c.setResult(Value::pointer(w));
    return Status::Ok;
}

namespace {

// The primitive inside this, which must be of the method's own kind.
Status thisPrimitive(NativeCall &c, int kind, Value *out) {
    Value t = c.thisValue();
    bool matches = kind == KIND_STRING ? isString(t) : kind == KIND_NUMBER ? isNumber(t) : t.isBoolean();
    if (matches) {
        *out = t;
        return Status::Ok;
    }
    if (isObject(t) && asObject(t)->cls() == wrapperClasses[kind]) {
        *out = static_cast<JSPrimitiveWrapper *>(asObject(t))->primitive;
        return Status::Ok;
    }
    return throwError(c.heap, PROTO_TYPE_ERROR, "%s.prototype.valueOf requires that 'this' be a %s",
                      wrapperNames[kind], wrapperNames[kind]);
}

}  // namespace

Status wrapperValueOf(NativeCall &c) {
    Value v;
    ENG_TRY(thisPrimitive(c, c.magic, &v));
    c.setResult(v);
    return Status::Ok;
}

Status wrapperToString(NativeCall &c) {
    Heap &h = c.heap;
    int kind = c.magic;
    Value v;
    ENG_TRY(thisPrimitive(c, kind, &v));
    HString *s;
    ENG_TRY(toString(h, v, &s));
    c.setResult(Value::pointer(s));
    return Status::Ok;
}


#define BOOLEAN_PROTO_METHODS(M, X) \
    M(X, valueOf, wrapperValueOf, 0, KIND_BOOLEAN) M(X, toString, wrapperToString, 0, KIND_BOOLEAN)
#define BOOLEAN_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_BOOLEAN))
#define BOOLEAN_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_BOOLEAN))

ENG_FLASH_METHOD_TABLE(booleanProtoMethods, BOOLEAN_PROTO, BOOLEAN_PROTO_METHODS)

namespace {
ENG_FLASH_OBJECT(booleanProtoProps, BOOLEAN_PROTO_PROPS, BOOLEAN_PROTO, BOOLEAN_PROTO_METHODS)
ENG_FLASH_TABLE(booleanCtorProps, BOOLEAN_CTOR_PROPS)
}  // namespace

Status initPrimitiveWrapperBuiltins(Heap &h) {
    if (!flashPrototype(h, PROTO_BOOLEAN, booleanProtoProps.props, makeBooleanPrototype))
        return Status::Error;
    JSNative *ctor =
        flashConstructor(h, PROTO_BOOLEAN, ATOM_Boolean, wrapperConstructor, 1, booleanCtorProps, booleanProtoProps);
    if (!ctor) return Status::Error;
    ctor->magic = KIND_BOOLEAN;
    return Status::Ok;
}

}  // namespace eng
