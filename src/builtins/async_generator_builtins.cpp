// %AsyncIteratorPrototype%, %AsyncGeneratorPrototype% and
// %AsyncGeneratorFunction.prototype% (ES2024 27.1.3, 27.6.1, 27.4.3): late
// intrinsics made with the first async generator function, so that a heap
// that runs none holds nothing of them.
#include "config.h"

#if ENG_ASYNC_GENERATORS

#include "builtins/builtins.h"
#include "builtins/disposable.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "vm/async_generator.h"

namespace eng {

namespace {

Status returnThis(NativeCall &c) {
    c.setResult(c.thisValue());
    return Status::Ok;
}

const MethodSpec kAsyncIteratorMethods[] = {{"@@asyncIterator", returnThis, 0, 0},
#if ENG_RESOURCE_MANAGEMENT
                                            {"@@asyncDispose", asyncIteratorProtoDispose, 0, 0},
#endif
};
const MethodSpec kAsyncGeneratorMethods[] = {
    {"next", asyncGeneratorMethod, 1, GEN_NEXT},
    {"return", asyncGeneratorMethod, 1, GEN_RETURN},
    {"throw", asyncGeneratorMethod, 1, GEN_THROW},
};

Status defineTag(Heap &h, JSObject *o, const char *tag) {
    LocalRoot ro(h, Value::pointer(o));
    HString *s = internCString(h, tag);
    if (!s) return Status::Error;
    return defineOwn(h, static_cast<JSObject *>(asObject(ro.value)), wellKnownSymbol(WKS_toStringTag), Value::pointer(s),
                     ATTR_CONFIGURABLE);
}

Status asyncIteratorPrototype(Heap &h, JSObject **out) {
    if ((*out = lateIntrinsic(h, LATE_ASYNC_ITERATOR_PROTOTYPE))) return Status::Ok;
    JSObject *o = newObject(h, protoOf(h, PROTO_OBJECT));
    if (!o) return Status::Error;
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(installMethods(h, o, kAsyncIteratorMethods, sizeof kAsyncIteratorMethods / sizeof kAsyncIteratorMethods[0]));
    ENG_TRY(setLateIntrinsic(h, LATE_ASYNC_ITERATOR_PROTOTYPE, o));
    *out = o;
    return Status::Ok;
}

// Both prototypes at once: each names the other.
Status makeAsyncGeneratorProtos(Heap &h) {
    JSObject *iteratorProto;
    ENG_TRY(asyncIteratorPrototype(h, &iteratorProto));
    JSObject *generatorProto = newObject(h, iteratorProto);
    if (!generatorProto) return Status::Error;
    LocalRoot rg(h, Value::pointer(generatorProto));
#if ENG_ASYNC_FUNCTION_CONSTRUCTORS
    // A table in flash that names %AsyncGeneratorPrototype% by reference
    // (builtins/async_function_builtins.cpp).
    JSObject *functionProto = builtinProto(h, PROTO_ASYNC_GENERATOR_FUNCTION);
    if (!functionProto) return Status::Error;
#else
    JSObject *functionProto = newObject(h, protoOf(h, PROTO_FUNCTION));
    if (!functionProto) return Status::Error;
#endif
    LocalRoot rf(h, Value::pointer(functionProto));
    ENG_TRY(installMethods(h, generatorProto, kAsyncGeneratorMethods,
                           sizeof kAsyncGeneratorMethods / sizeof kAsyncGeneratorMethods[0]));
#if !ENG_ASYNC_FUNCTION_CONSTRUCTORS
    ENG_TRY(defineOwn(h, functionProto, atom(h, ATOM_prototype), Value::pointer(generatorProto), ATTR_CONFIGURABLE));
    ENG_TRY(defineTag(h, functionProto, "AsyncGeneratorFunction"));
#endif
    ENG_TRY(defineOwn(h, generatorProto, atom(h, ATOM_constructor), Value::pointer(functionProto), ATTR_CONFIGURABLE));
    ENG_TRY(defineTag(h, generatorProto, "AsyncGenerator"));
    // Published only when complete.
    ENG_TRY(setLateIntrinsic(h, LATE_ASYNC_GENERATOR_PROTOTYPE, generatorProto));
    return setLateIntrinsic(h, LATE_ASYNC_GENERATOR_FUNCTION_PROTOTYPE, functionProto);
}

}  // namespace

Status asyncGeneratorFunctionPrototype(Heap &h, JSObject **out) {
    if (!lateIntrinsic(h, LATE_ASYNC_GENERATOR_FUNCTION_PROTOTYPE)) ENG_TRY(makeAsyncGeneratorProtos(h));
    *out = lateIntrinsic(h, LATE_ASYNC_GENERATOR_FUNCTION_PROTOTYPE);
    return Status::Ok;
}

Status asyncGeneratorPrototype(Heap &h, JSObject **out) {
    if (!lateIntrinsic(h, LATE_ASYNC_GENERATOR_FUNCTION_PROTOTYPE)) ENG_TRY(makeAsyncGeneratorProtos(h));
    *out = lateIntrinsic(h, LATE_ASYNC_GENERATOR_PROTOTYPE);
    return Status::Ok;
}

}  // namespace eng

#endif
