// %GeneratorFunction%, %AsyncFunction% and %AsyncGeneratorFunction% (ES2025
// 27.3.1, 27.7.1, 27.4.1) with their prototypes (27.3.3, 27.7.3, 27.4.3),
// which generator, async and async generator functions inherit from
// (ENG_GENERATOR_FUNCTION_CONSTRUCTOR, ENG_ASYNC_FUNCTION_CONSTRUCTORS). The
// constructors compile their arguments as Function does
// (createDynamicFunction); the prototypes' tables are in flash and are made
// with the first function of their kind.
#include "config.h"

#if ENG_ASYNC_FUNCTION_CONSTRUCTORS || ENG_GENERATOR_FUNCTION_CONSTRUCTOR

#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/call.h"

namespace eng {

namespace {

// The prototypes inherit Function.prototype.
JSObject *newFunctionPrototypeChild(Heap &h) { return newObject(h, protoOf(h, PROTO_FUNCTION)); }

// The constructors' [[Prototype]] is %Function% (27.3.2, 27.7.2, 27.4.2).
Status inheritFunction(Heap &h, JSNative *ctor) {
    if (!ctor) return Status::Error;
    LocalRoot rc(h, Value::pointer(ctor));
    JSObject *function = builtinCtor(h, PROTO_FUNCTION);
    if (!function) return Status::Error;
    rcStore(h, ctor->proto, function);
    return Status::Ok;
}

#define FUNCTION_KIND_NO_METHODS(M, X)

#if ENG_GENERATOR_FUNCTION_CONSTRUCTOR
Status generatorFunctionConstructor(NativeCall &c) { return createDynamicFunction(c, "function*"); }

#define GENERATOR_FUNCTION_PROTO_PROPS(P)                                                 \
    P(prototype, ATTR_CONFIGURABLE, ENG_FLASH_BUILTIN(BUILTIN_REF_GENERATOR_PROTOTYPE)) \
    P(constructor, ATTR_CONFIGURABLE, ENG_FLASH_CTOR(PROTO_GENERATOR_FUNCTION))
#define GENERATOR_FUNCTION_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(GeneratorFunction))
#define GENERATOR_FUNCTION_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_GENERATOR_FUNCTION))

ENG_FLASH_OBJECT_SYMBOLS(generatorFunctionProtoProps, GENERATOR_FUNCTION_PROTO_PROPS, GENERATOR_FUNCTION,
                         FUNCTION_KIND_NO_METHODS, GENERATOR_FUNCTION_PROTO_SYMBOLS)
ENG_FLASH_TABLE(generatorFunctionCtorProps, GENERATOR_FUNCTION_CTOR_PROPS)
#endif

#if ENG_ASYNC_FUNCTION_CONSTRUCTORS
Status asyncFunctionConstructor(NativeCall &c) { return createDynamicFunction(c, "async function"); }

#define ASYNC_FUNCTION_PROTO_PROPS(P) P(constructor, ATTR_CONFIGURABLE, ENG_FLASH_CTOR(PROTO_ASYNC_FUNCTION))
#define ASYNC_FUNCTION_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(AsyncFunction))
#define ASYNC_FUNCTION_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_ASYNC_FUNCTION))

ENG_FLASH_OBJECT_SYMBOLS(asyncFunctionProtoProps, ASYNC_FUNCTION_PROTO_PROPS, ASYNC_FUNCTION, FUNCTION_KIND_NO_METHODS,
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
                         FUNCTION_KIND_NO_METHODS, ASYNC_GENERATOR_FUNCTION_PROTO_SYMBOLS)
ENG_FLASH_TABLE(asyncGeneratorFunctionCtorProps, ASYNC_GENERATOR_FUNCTION_CTOR_PROPS)
#endif
#endif

}  // namespace

#if ENG_GENERATOR_FUNCTION_CONSTRUCTOR
Status initGeneratorFunctionBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    if (!flashPrototype(h, PROTO_GENERATOR_FUNCTION, generatorFunctionProtoProps.props, generatorFunctionProtoPropsCount,
                        newFunctionPrototypeChild))
        return Status::Error;
    return inheritFunction(h, flashConstructor(h, PROTO_GENERATOR_FUNCTION, ATOM_GeneratorFunction,
                                               generatorFunctionConstructor, 1, generatorFunctionCtorProps,
                                               generatorFunctionProtoProps));
}
#endif

#if ENG_ASYNC_FUNCTION_CONSTRUCTORS

Status initAsyncFunctionBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    if (!flashPrototype(h, PROTO_ASYNC_FUNCTION, asyncFunctionProtoProps.props, asyncFunctionProtoPropsCount,
                        newFunctionPrototypeChild))
        return Status::Error;
    return inheritFunction(h, flashConstructor(h, PROTO_ASYNC_FUNCTION, ATOM_AsyncFunction, asyncFunctionConstructor, 1,
                                               asyncFunctionCtorProps, asyncFunctionProtoProps));
}

#if ENG_ASYNC_GENERATORS
Status initAsyncGeneratorFunctionBuiltins(Heap &h) {
    if (!flashPrototype(h, PROTO_ASYNC_GENERATOR_FUNCTION, asyncGeneratorFunctionProtoProps.props,
                        asyncGeneratorFunctionProtoPropsCount, newFunctionPrototypeChild))
        return Status::Error;
    return inheritFunction(h, flashConstructor(h, PROTO_ASYNC_GENERATOR_FUNCTION, ATOM_AsyncGeneratorFunction,
                                               asyncGeneratorFunctionConstructor, 1, asyncGeneratorFunctionCtorProps,
                                               asyncGeneratorFunctionProtoProps));
}
#endif
#endif

}  // namespace eng

#endif
