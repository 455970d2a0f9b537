// %AsyncFunction% and %AsyncGeneratorFunction% (ES2025 27.7.1, 27.4.1) with
// their prototypes (27.7.3, 27.4.3), which async functions and async
// generator functions inherit from (ENG_ASYNC_FUNCTION_CONSTRUCTORS). The
// constructors compile their arguments as Function does
// (createDynamicFunction); the prototypes' tables are in flash and are made
// with the first async function.
#include "config.h"

#if ENG_ASYNC_FUNCTION_CONSTRUCTORS

#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/call.h"

namespace eng {

namespace {

Status asyncFunctionConstructor(NativeCall &c) { return createDynamicFunction(c, "async function"); }

// Both prototypes inherit Function.prototype.
JSObject *newFunctionPrototypeChild(Heap &h) { return newObject(h, protoOf(h, PROTO_FUNCTION)); }

// The constructors' [[Prototype]] is %Function% (27.7.2, 27.4.2).
Status inheritFunction(Heap &h, JSNative *ctor) {
    if (!ctor) return Status::Error;
    LocalRoot rc(h, Value::pointer(ctor));
    JSObject *function = builtinCtor(h, PROTO_FUNCTION);
    if (!function) return Status::Error;
    rcStore(h, ctor->proto, function);
    bumpPropEpoch(h);
    return Status::Ok;
}

#define ASYNC_FUNCTION_NO_METHODS(M, X)
#define ASYNC_FUNCTION_PROTO_PROPS(P) P(constructor, ATTR_CONFIGURABLE, ENG_FLASH_CTOR(PROTO_ASYNC_FUNCTION))
#define ASYNC_FUNCTION_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(AsyncFunction))
#define ASYNC_FUNCTION_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_ASYNC_FUNCTION))

ENG_FLASH_OBJECT_SYMBOLS(asyncFunctionProtoProps, ASYNC_FUNCTION_PROTO_PROPS, ASYNC_FUNCTION, ASYNC_FUNCTION_NO_METHODS,
                         ASYNC_FUNCTION_PROTO_SYMBOLS)
ENG_FLASH_TABLE(asyncFunctionCtorProps, ASYNC_FUNCTION_CTOR_PROPS)

#if ENG_ASYNC_GENERATORS
Status asyncGeneratorFunctionConstructor(NativeCall &c) { return createDynamicFunction(c, "async function*"); }

#define ASYNC_GENERATOR_FUNCTION_PROTO_PROPS(P)                                                 \
    P(prototype, ATTR_CONFIGURABLE, ENG_FLASH_BUILTIN(BUILTIN_REF_ASYNC_GENERATOR_PROTOTYPE)) \
    P(constructor, ATTR_CONFIGURABLE, ENG_FLASH_CTOR(PROTO_ASYNC_GENERATOR_FUNCTION))
#define ASYNC_GENERATOR_FUNCTION_PROTO_SYMBOLS(S) \
    S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(AsyncGeneratorFunction))
#define ASYNC_GENERATOR_FUNCTION_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_ASYNC_GENERATOR_FUNCTION))

ENG_FLASH_OBJECT_SYMBOLS(asyncGeneratorFunctionProtoProps, ASYNC_GENERATOR_FUNCTION_PROTO_PROPS, ASYNC_GENERATOR_FUNCTION,
                         ASYNC_FUNCTION_NO_METHODS, ASYNC_GENERATOR_FUNCTION_PROTO_SYMBOLS)
ENG_FLASH_TABLE(asyncGeneratorFunctionCtorProps, ASYNC_GENERATOR_FUNCTION_CTOR_PROPS)
#endif

}  // namespace

Status initAsyncFunctionBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    if (!flashPrototype(h, PROTO_ASYNC_FUNCTION, asyncFunctionProtoProps.props,
                        newFunctionPrototypeChild))
        return Status::Error;
    return inheritFunction(h, flashConstructor(h, PROTO_ASYNC_FUNCTION, ATOM_AsyncFunction, asyncFunctionConstructor, 1,
                                               asyncFunctionCtorProps, asyncFunctionProtoProps));
}

#if ENG_ASYNC_GENERATORS
Status initAsyncGeneratorFunctionBuiltins(Heap &h) {
    if (!flashPrototype(h, PROTO_ASYNC_GENERATOR_FUNCTION, asyncGeneratorFunctionProtoProps.props,
                        newFunctionPrototypeChild))
        return Status::Error;
    return inheritFunction(h, flashConstructor(h, PROTO_ASYNC_GENERATOR_FUNCTION, ATOM_AsyncGeneratorFunction,
                                               asyncGeneratorFunctionConstructor, 1, asyncGeneratorFunctionCtorProps,
                                               asyncGeneratorFunctionProtoProps));
}
#endif

}  // namespace eng

#endif
