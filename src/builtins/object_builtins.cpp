// Object: the constructor and Object.prototype methods.
#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

Status objectConstructor(NativeCall &c) {
    Value v = c.arg(0);
    if (v.isNullish()) {
        JSObject *o = newPlainObject(c.heap);
        if (!o) return Status::Error;
        c.setResult(Value::pointer(o));
        return Status::Ok;
    }
    JSObject *o;
    ENG_TRY(toObject(c.heap, v, &o));
    c.setResult(Value::pointer(o));
    return Status::Ok;
}

Status hasOwnPropertyMethod(NativeCall &c) {
    Heap &h = c.heap;
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, c.arg(0), &key));
    LocalRoot kr(h, key.isIndex ? Value() : Value::pointer(key.string));
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    c.setResult(Value::boolean(hasOwnProperty(h, o, key)));
    return Status::Ok;
}

const char *className(JSObject *o) {
    switch (o->cls()) {
    case ObjectClass::Array: return "Array";
    case ObjectClass::Closure:
    case ObjectClass::Native: return "Function";
    case ObjectClass::Error: return "Error";
    case ObjectClass::Arguments: return "Arguments";
    case ObjectClass::Boolean: return "Boolean";
    case ObjectClass::Number: return "Number";
    case ObjectClass::String: return "String";
    case ObjectClass::Global: return "global";
    default: return "Object";
    }
}

Status objectToString(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    const char *name = t.isUndefined() ? "Undefined" : t.isNull() ? "Null" : nullptr;
    if (!name) {
        JSObject *o;
        ENG_TRY(toObject(h, t, &o));
        name = className(o);
    }
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("[object "));
    ENG_TRY(b.appendAscii(name));
    ENG_TRY(b.appendAscii("]"));
    HString *s = b.finish();
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

Status objectValueOf(NativeCall &c) {
    JSObject *o;
    ENG_TRY(toObject(c.heap, c.thisValue(), &o));
    c.setResult(Value::pointer(o));
    return Status::Ok;
}

Status objectGetPrototypeOf(NativeCall &c) {
    Value v = c.arg(0);
    if (!isObject(v)) return throwError(c.heap, PROTO_TYPE_ERROR, "Object.getPrototypeOf called on non-object");
    JSObject *p = asObject(v)->proto;
    c.setResult(p ? Value::pointer(p) : Value::null());
    return Status::Ok;
}

const MethodSpec prototypeMethods[] = {
    {"hasOwnProperty", hasOwnPropertyMethod, 1, 0},
    {"toString", objectToString, 0, 0},
    {"valueOf", objectValueOf, 0, 0},
};

const MethodSpec staticMethods[] = {
    {"getPrototypeOf", objectGetPrototypeOf, 1, 0},
};

}  // namespace

Status initObjectBuiltins(Heap &h) {
    JSObject *proto = h.protos[PROTO_OBJECT];
    JSNative *ctor = installConstructor(h, "Object", objectConstructor, 1, proto);
    if (!ctor) return Status::Error;
    h.ctors[PROTO_OBJECT] = ctor;
    ENG_TRY(installMethods(h, proto, prototypeMethods, sizeof prototypeMethods / sizeof prototypeMethods[0]));
    return installMethods(h, ctor, staticMethods, sizeof staticMethods / sizeof staticMethods[0]);
}

}  // namespace eng
