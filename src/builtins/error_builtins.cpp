// Error and its subtypes: constructors, name/message, toString.
#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/error_is_error.h"
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

#define ERROR_PROTO_METHODS(M, X) M(X, toString, errorToString, 0, 0)

// Each kind's prototype: constructor, name, message (Error.prototype adds
// toString); its constructor: prototype.
#define ERROR_PROTO_PROPS(P, proto, kind)                          \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(proto))             \
    P(name, ATTR_HIDDEN, ENG_FLASH_STRING(kind)) P(message, ATTR_HIDDEN, ENG_FLASH_STRING(empty))
#define ERROR_TABLES(proto, kind)                                                            \
    ENG_FLASH_TABLE(kind##CtorProps, kind##_CTOR_PROPS)                                       \
    ENG_FLASH_TABLE(kind##ProtoProps, kind##_PROTO_PROPS)
#define ERROR_KIND_PROPS(P, proto, kind) P(prototype, 0, ENG_FLASH_PROTO(proto))

#define TypeError_CTOR_PROPS(P) ERROR_KIND_PROPS(P, PROTO_TYPE_ERROR, TypeError)
#define TypeError_PROTO_PROPS(P) ERROR_PROTO_PROPS(P, PROTO_TYPE_ERROR, TypeError)
#define ReferenceError_CTOR_PROPS(P) ERROR_KIND_PROPS(P, PROTO_REFERENCE_ERROR, ReferenceError)
#define ReferenceError_PROTO_PROPS(P) ERROR_PROTO_PROPS(P, PROTO_REFERENCE_ERROR, ReferenceError)
#define RangeError_CTOR_PROPS(P) ERROR_KIND_PROPS(P, PROTO_RANGE_ERROR, RangeError)
#define RangeError_PROTO_PROPS(P) ERROR_PROTO_PROPS(P, PROTO_RANGE_ERROR, RangeError)
#define SyntaxError_CTOR_PROPS(P) ERROR_KIND_PROPS(P, PROTO_SYNTAX_ERROR, SyntaxError)
#define SyntaxError_PROTO_PROPS(P) ERROR_PROTO_PROPS(P, PROTO_SYNTAX_ERROR, SyntaxError)
#define EvalError_CTOR_PROPS(P) ERROR_KIND_PROPS(P, PROTO_EVAL_ERROR, EvalError)
#define EvalError_PROTO_PROPS(P) ERROR_PROTO_PROPS(P, PROTO_EVAL_ERROR, EvalError)
#define URIError_CTOR_PROPS(P) ERROR_KIND_PROPS(P, PROTO_URI_ERROR, URIError)
#define URIError_PROTO_PROPS(P) ERROR_PROTO_PROPS(P, PROTO_URI_ERROR, URIError)
#define Error_CTOR_PROPS(P) ERROR_KIND_PROPS(P, PROTO_ERROR, Error)
#define Error_BASE_PROPS(P) ERROR_PROTO_PROPS(P, PROTO_ERROR, Error)

ERROR_TABLES(PROTO_TYPE_ERROR, TypeError)
ERROR_TABLES(PROTO_REFERENCE_ERROR, ReferenceError)
ERROR_TABLES(PROTO_RANGE_ERROR, RangeError)
ERROR_TABLES(PROTO_SYNTAX_ERROR, SyntaxError)
ERROR_TABLES(PROTO_EVAL_ERROR, EvalError)
ERROR_TABLES(PROTO_URI_ERROR, URIError)
#if ENG_ERROR_IS_ERROR
ENG_FLASH_OBJECT(ErrorCtorProps, Error_CTOR_PROPS, ERROR_STATIC, ERROR_STATIC_METHODS)
#else
ENG_FLASH_TABLE(ErrorCtorProps, Error_CTOR_PROPS)
#endif

}  // namespace

ENG_FLASH_METHOD_TABLE(errorProtoMethods, ERROR_PROTO, ERROR_PROTO_METHODS)

namespace {

ENG_FLASH_OBJECT(ErrorProtoProps, Error_BASE_PROPS, ERROR_PROTO, ERROR_PROTO_METHODS)

struct ErrorTables {
    const Prop *ctorProps;
    const Prop *protoProps;
};
#define ERROR_TABLES_ENTRY(kind) {kind##CtorProps.props, kind##ProtoProps.props}
// In errorKinds' order.
const ErrorTables errorTables[] = {
    ERROR_TABLES_ENTRY(Error), ERROR_TABLES_ENTRY(TypeError), ERROR_TABLES_ENTRY(ReferenceError),
    ERROR_TABLES_ENTRY(RangeError), ERROR_TABLES_ENTRY(SyntaxError), ERROR_TABLES_ENTRY(EvalError),
    ERROR_TABLES_ENTRY(URIError),
};

}  // namespace

namespace {

size_t errorKindIndex(Proto kind) {
    size_t i = 0;
    while (errorKinds[i].proto != kind) i++;
    return i;
}

// A kind's prototype inherits Error.prototype (made with the heap).
JSObject *makeErrorKindPrototype(Heap &h) { return newObject(h, protoOf(h, PROTO_ERROR)); }

}  // namespace

Status initErrorPrototypes(Heap &h) {
    static const Proto madeWithHeap[] = {PROTO_ERROR, PROTO_RANGE_ERROR};
    for (Proto kind : madeWithHeap) {
        const ErrorTables &t = errorTables[errorKindIndex(kind)];
        if (!flashPrototype(h, kind, t.protoProps)) return Status::Error;
    }
    return Status::Ok;
}

Status makeErrorBuiltin(Heap &h, Proto kind) {
    size_t i = errorKindIndex(kind);
    const ErrorKind &k = errorKinds[i];
    const ErrorTables &t = errorTables[i];
    if (!flashPrototype(h, kind, t.protoProps, makeErrorKindPrototype)) return Status::Error;
    // A kind's constructor inherits Error (ES2023 20.5.6.2).
    JSObject *errorCtor = kind == PROTO_ERROR ? nullptr : builtinCtor(h, PROTO_ERROR);
    if (kind != PROTO_ERROR && !errorCtor) return Status::Error;
    if (ctorOf(h, kind)) return Status::Ok;
    JSNative *ctor =
        flashConstructor(h, kind, k.name, errorConstructor, 1, t.ctorProps, t.protoProps);
    if (!ctor) return Status::Error;
    ctor->magic = static_cast<int16_t>(i);
    if (errorCtor) rcStore(h, ctor->proto, errorCtor);
    bumpPropEpoch(h);
    return Status::Ok;
}

}  // namespace eng
