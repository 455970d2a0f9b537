// Function.prototype: call, apply, bind, toString.
#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/lightfunc.h"
#include "vm/operators.h"

namespace eng {

namespace {

Status requireCallableThis(NativeCall &c, const char *method) {
    if (!isCallable(c.thisValue()))
        return throwError(c.heap, PROTO_TYPE_ERROR, "Function.prototype.%s called on a non-function", method);
    return Status::Ok;
}

Status functionCall(NativeCall &c) {
    ENG_TRY(requireCallableThis(c, "call"));
    Value result;
    uint32_t argc = c.argc > 0 ? c.argc - 1 : 0;
    ENG_TRY(callValue(c.heap, c.thisValue(), c.arg(0), c.heap.stack + c.base + 1, argc, &result));
    c.setResult(result);
    return Status::Ok;
}

Status functionApply(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(requireCallableThis(c, "apply"));
    Value list = c.arg(1);
    uint32_t funcIndex = h.stackTop;
    ENG_TRY(ensureStack(h, 2));
    h.stack[h.stackTop++] = c.thisValue();
    h.stack[h.stackTop++] = c.arg(0);
    uint32_t argc = 0;
    if (!list.isNullish()) {
        if (!isObjectType(list)) return throwError(h, PROTO_TYPE_ERROR, "CreateListFromArrayLike called on non-object");
        Value lengthValue;
        ENG_TRY(getValuePropertyStr(h, list, atom(h, ATOM_length), &lengthValue));
        uint32_t length;
        ENG_TRY(toUint32(h, lengthValue, &length));
        if (length > 65535) return throwError(h, PROTO_RANGE_ERROR, "Too many arguments in function call");
        ENG_TRY(ensureStack(h, length));
        for (uint32_t i = 0; i < length; i++) {
            Value v;
            ENG_TRY(getValueProperty(h, c.arg(1), Value::smallInt(static_cast<int32_t>(i)), &v));
            h.stack[h.stackTop++] = v;
        }
        argc = length;
    }
    ENG_TRY(callAt(h, funcIndex, argc, false));
    c.setResult(h.stack[funcIndex]);
    h.stackTop = funcIndex;
    return Status::Ok;
}

Status functionToString(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(requireCallableThis(c, "toString"));
    // A built-in shows its initial name (ES2019 NativeFunction), whatever
    // "name" was redefined to.
    Value name, f = c.thisValue();
    if (f.isLightFunc()) {
        HString *n = lightFuncName(h, f);
        if (!n) return Status::Error;
        name = Value::pointer(n);
    } else if (asObject(f)->cls() == ObjectClass::Native && static_cast<JSNative *>(asObject(f))->name) {
        name = Value::pointer(static_cast<JSNative *>(asObject(f))->name);
    } else {
        ENG_TRY(getValuePropertyStr(h, f, atom(h, ATOM_name), &name));
    }
    LocalRoot nr(h, name);  // a lightfunc's name may be a new string
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("function "));
    if (isString(name)) ENG_TRY(b.append(asString(name)));
    ENG_TRY(b.appendAscii("() { [native code] }"));
    HString *s = b.finish();
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

// 15.3.4.5: a JSBound; calls and new go to the target (vm/call.cpp
// unwrapBound), instanceof asks the target (vm/operators.cpp).
Status functionBind(NativeCall &c) {
    Heap &h = c.heap;
    if (!isCallable(c.thisValue())) return throwError(h, PROTO_TYPE_ERROR, "Bind must be called on a function");
    if (c.thisValue().isLightFunc()) {  // its object exists before anything below allocates
        JSObject *o;
        ENG_TRY(toObject(h, c.thisValue(), &o));
    }
    uint32_t n = c.argc > 1 ? c.argc - 1 : 0;
    Value lengthValue;
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), atom(h, ATOM_length), &lengthValue));
    double length = 0;
    if (isNumber(lengthValue)) {
        length = toIntegerDouble(numberOf(lengthValue)) - n;
        if (!(length > 0)) length = 0;
    }
    Value nameValue;
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), atom(h, ATOM_name), &nameValue));
    LocalRoot nvr(h, nameValue);  // a getter's or a lightfunc's name may be a new string
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("bound "));
    if (isString(nameValue)) ENG_TRY(b.append(asString(nameValue)));
    HString *name = b.finish();
    if (!name) return Status::Error;
    LocalRoot nr(h, Value::pointer(name));
    size_t size = sizeof(JSBound) + (n ? n - 1 : 0) * sizeof(Value);
    JSBound *f = static_cast<JSBound *>(newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Bound, size));
    if (!f) return Status::Error;
    JSObject *target;
    ENG_TRY(toObject(h, c.thisValue(), &target));  // a lightfunc's object: same calls, same name
    rcInit(f->target, target);
    rcInit(f->boundThis, c.arg(0));
    rcInit(f->name, name);
    f->length = length <= Value::SMALL_INT_MAX ? static_cast<uint32_t>(length) : 0;
    f->argCount = n;
    for (uint32_t i = 0; i < n; i++) rcInit(f->args[i], c.arg(i + 1));
    if (target->hasFlag(OBJ_CONSTRUCTOR)) f->setFlag(OBJ_CONSTRUCTOR);
    c.setResult(Value::pointer(f));
    if (length > Value::SMALL_INT_MAX) {
        // Too long for the virtual property (up to 2^53 - 1, or Infinity):
        // an own property with the same attributes holds the number.
        Value v;
        ENG_TRY(makeNumber(h, length, &v));
        ENG_TRY(defineOwn(h, asObject(c.result()), atom(h, ATOM_length), v, ATTR_CONFIGURABLE));
        asObject(c.result())->setFlag(OBJ_NO_VIRTUAL_LENGTH);
    }
    return Status::Ok;
}

Status functionConstructor(NativeCall &c) { return constructFunction(c); }

// %ThrowTypeError% (ES5 13.2.3): the getter and setter of "callee" and
// "caller" of strict arguments objects.
Status throwTypeErrorFunction(NativeCall &c) {
    return throwError(c.heap, PROTO_TYPE_ERROR,
                      "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                      "functions or the arguments objects for calls to them");
}

#define FUNCTION_PROTO_METHODS(M, X)                                                                   \
    M(X, call, functionCall, 1, 0) M(X, apply, functionApply, 2, 0) M(X, bind, functionBind, 1, 0)      \
    M(X, toString, functionToString, 0, 0)
// ES2015 AddRestrictedFunctionProperties: functions have no own "caller" or
// "arguments"; reading them through Function.prototype throws.
#define FUNCTION_PROTO_PROPS(P)                                                                        \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_FUNCTION))                                        \
    P(caller, ATTR_CONFIGURABLE, ENG_FLASH_BUILTIN(BUILTIN_REF_THROWER_PAIR))                          \
    P(arguments, ATTR_CONFIGURABLE, ENG_FLASH_BUILTIN(BUILTIN_REF_THROWER_PAIR))
#define FUNCTION_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_FUNCTION))
// ES2024 20.2.3.6: neither writable, enumerable nor configurable.
#define FUNCTION_PROTO_SYMBOLS(S) S(hasInstance, 0, ENG_FLASH_METHOD(FLASH_METHODS_FUNCTION_PROTO_SYMBOLS, 0))

// Function.prototype[@@hasInstance](v): OrdinaryHasInstance(this, v).
Status functionHasInstance(NativeCall &c) {
    bool r;
    ENG_TRY(ordinaryHasInstance(c.heap, c.thisValue(), c.arg(0), &r));
    c.setResult(Value::boolean(r));
    return Status::Ok;
}

}  // namespace

ENG_FLASH_METHOD_TABLE(functionProtoMethods, FUNCTION_PROTO, FUNCTION_PROTO_METHODS)

extern const MethodSpec functionProtoSymbolMethods[];
const MethodSpec functionProtoSymbolMethods[] = {{"@@hasInstance", functionHasInstance, 1, 0}};

Value functionHasInstanceValue() { return ENG_FLASH_METHOD(FLASH_METHODS_FUNCTION_PROTO_SYMBOLS, 0); }

namespace {
ENG_FLASH_OBJECT_SYMBOLS(functionProtoProps, FUNCTION_PROTO_PROPS, FUNCTION_PROTO, FUNCTION_PROTO_METHODS,
                         FUNCTION_PROTO_SYMBOLS)
ENG_FLASH_TABLE(functionCtorProps, FUNCTION_CTOR_PROPS)
}  // namespace

Status initFunctionBuiltins(Heap &h) {
    return flashPrototype(h, PROTO_FUNCTION, functionProtoProps.props) ? Status::Ok
                                                                                               : Status::Error;
}

Status makeStrictThrower(Heap &h) {
    JSNative *thrower = newNative(h, throwTypeErrorFunction, nullptr, 0, 0);
    if (!thrower) return Status::Error;
    LocalRoot rt(h, Value::pointer(thrower));
    // Frozen, length and name included (ES2015 9.2.7.1, test262 checks it).
    ENG_TRY(setIntegrityLevel(h, thrower, true));
    Accessor *acc = static_cast<Accessor *>(allocGc(h, HeapType::Accessor, sizeof(Accessor)));
    if (!acc) return Status::Error;
    rcInit(acc->getter, Value::pointer(thrower));
    rcInit(acc->setter, Value::pointer(thrower));
    acc->gcFlags |= RC_MAX;  // a permanent root (tables in flash name it)
    h.strictThrower = acc;
    return Status::Ok;
}

Status makeFunctionConstructor(Heap &h) {
    return flashConstructor(h, PROTO_FUNCTION, ATOM_Function, functionConstructor, 1, functionCtorProps,
                            functionProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng
