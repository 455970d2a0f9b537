// Error and its subtypes: constructors, name/message, toString.
#include "builtins/builtins.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

struct ErrorKind {
    Proto proto;
    Atom name;
};

const ErrorKind errorKinds[] = {
    {PROTO_ERROR, ATOM_Error},
    {PROTO_TYPE_ERROR, ATOM_TypeError},
    {PROTO_REFERENCE_ERROR, ATOM_ReferenceError},
    {PROTO_RANGE_ERROR, ATOM_RangeError},
    {PROTO_SYNTAX_ERROR, ATOM_SyntaxError},
    {PROTO_EVAL_ERROR, ATOM_EvalError},
    {PROTO_URI_ERROR, ATOM_URIError},
};

// One native serves every error constructor; magic selects the kind.
Status errorConstructor(NativeCall &c) {
    Heap &h = c.heap;
    Proto proto = errorKinds[c.magic].proto;
    HString *message = nullptr;
    if (!c.arg(0).isUndefined()) ENG_TRY(toString(h, c.arg(0), &message));
    JSObject *e = newError(h, proto, message);
    if (!e) return Status::Error;
    c.setResult(Value::pointer(e));
    return annotateError(h, e);
}

Status errorToString(NativeCall &c) {
    Heap &h = c.heap;
    Value t = c.thisValue();
    if (!isObjectType(t)) return throwError(h, PROTO_TYPE_ERROR, "Error.prototype.toString called on non-object");
    Value nameValue, messageValue;
    ENG_TRY(getValuePropertyStr(h, t, atom(h, ATOM_name), &nameValue));
    HString *name = atom(h, ATOM_Error);
    if (!nameValue.isUndefined()) ENG_TRY(toString(h, nameValue, &name));
    LocalRoot nr(h, Value::pointer(name));
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), atom(h, ATOM_message), &messageValue));
    HString *message = atom(h, ATOM_empty);
    if (!messageValue.isUndefined()) ENG_TRY(toString(h, messageValue, &message));
    LocalRoot mr(h, Value::pointer(message));
    HString *result;
    if (name->length == 0) {
        result = message;
    } else if (message->length == 0) {
        result = name;
    } else {
        StringBuilder b(h);
        ENG_TRY(b.append(name));
        ENG_TRY(b.appendAscii(": "));
        ENG_TRY(b.append(message));
        result = b.finish();
        if (!result) return Status::Error;
    }
    c.setResult(Value::pointer(result));
    return Status::Ok;
}

const MethodSpec prototypeMethods[] = {
    {"toString", errorToString, 0, 0},
};

}  // namespace

Status initErrorBuiltins(Heap &h) {
    for (size_t i = 0; i < sizeof errorKinds / sizeof errorKinds[0]; i++) {
        const ErrorKind &k = errorKinds[i];
        JSObject *proto = h.protos[k.proto];
        JSNative *ctor = installConstructor(h, reinterpret_cast<const char *>(atom(h, k.name)->data8()), errorConstructor, 1, proto);
        if (!ctor) return Status::Error;
        ctor->magic = static_cast<int16_t>(i);
        if (k.proto != PROTO_ERROR) rcStore(h, ctor->proto, h.ctors[PROTO_ERROR]);
        h.ctors[k.proto] = ctor;
        ENG_TRY(defineOwn(h, proto, atom(h, ATOM_name), Value::pointer(atom(h, k.name)), ATTR_HIDDEN));
        ENG_TRY(defineOwn(h, proto, atom(h, ATOM_message), Value::pointer(atom(h, ATOM_empty)), ATTR_HIDDEN));
    }
    return installMethods(h, h.protos[PROTO_ERROR], prototypeMethods, 1);
}

}  // namespace eng
