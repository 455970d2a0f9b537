// %GeneratorFunction%, %GeneratorFunction.prototype% and %GeneratorPrototype%
// (ES2025 27.3.1, 27.3.3, 27.5.1): made when the first generator function
// is, so that a heap that runs none pays nothing for them.
#include "builtins/builtins.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "vm/c_stack.h"
#include "vm/errors.h"
#include "vm/frames.h"
#include "vm/generator.h"

namespace eng {

namespace {

const MethodSpec kGeneratorMethods[] = {
    {"next", generatorResumeNative, 1, GEN_NEXT},
    {"return", generatorResumeNative, 1, GEN_RETURN},
    {"throw", generatorResumeNative, 1, GEN_THROW},
};

#if ENG_GENERATORS
// %GeneratorFunction% (27.3.1.1): compiles its arguments as Function does.
// No global names it: it is its prototype's constructor.
Status generatorFunctionConstructor(NativeCall &c) { return createDynamicFunction(c, "function*"); }
#endif

const char *modeName(int mode) { return mode == GEN_NEXT ? "next" : mode == GEN_THROW ? "throw" : "return"; }

// Like the other permanent roots (gc.cpp), pinned: reference counting
// never looks at them.
JSObject *newPinned(Heap &h, JSObject *proto) {
    JSObject *o = newObject(h, proto);
    if (o) o->gcFlags |= RC_MAX;
    return o;
}

}  // namespace

// GeneratorResume and GeneratorResumeAbrupt (ES2015 25.3.3) when called
// from native code (call, apply, the API): one nested executor. Script code
// calling next/throw/return resumes the frame in its own loop instead
// (interp.cpp, isGeneratorResume).
Status generatorResumeNative(NativeCall &c) {
    Heap &h = c.heap;
    int mode = c.magic;
    JSGenerator *g = asSyncGenerator(c.thisValue());
    if (!g) return throwError(h, PROTO_TYPE_ERROR, "Generator.prototype.%s called on an incompatible receiver", modeName(mode));
    Value v = c.arg(0);
    Value result;
    switch (g->state) {
    case GEN_EXECUTING:
        return throwError(h, PROTO_TYPE_ERROR, "Generator is already running");
    case GEN_SUSPENDED_START:
        if (mode == GEN_NEXT) break;
        g->state = GEN_COMPLETED;  // an abrupt start never runs the body
        // fall through
    case GEN_COMPLETED:
        if (mode == GEN_THROW) {
            h.pending = v;
            h.hasPending = true;
            return Status::Error;
        }
        ENG_TRY(makeIterResult(h, mode == GEN_RETURN ? v : Value::undefined(), true, &result));
        c.setResult(result);
        return Status::Ok;
    default:
        break;
    }
    if (h.nativeDepth >= ENG_PORT_NATIVE_DEPTH_LIMIT)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    ENG_TRY(ENG_CHECK_C_STACK(h));
    uint32_t slot = h.stackTop;
    ENG_TRY(ensureStack(h, 2));
    ENG_TRY(generatorResumeFrame(h, slot, g, v, static_cast<uint8_t>(mode), FRAME_ENTRY));
    h.nativeDepth++;
    Status st = execute(h, h.frameCount - 1);
    h.nativeDepth--;
    if (st == Status::Ok) c.setResult(h.stack[slot]);
    h.stackTop = slot;
    return st;
}

Status ensureGeneratorProtos(Heap &h) {
    if (h.generatorProtos[1]) return Status::Ok;
    JSObject *iteratorProto;  // %IteratorPrototype%: [Symbol.iterator]() returns this
    ENG_TRY(iteratorPrototype(h, LATE_ITERATOR_PROTOTYPE, &iteratorProto));
    LocalRoot ri(h, Value::pointer(iteratorProto));
    JSObject *generatorProto = newPinned(h, iteratorProto);
    if (!generatorProto) return Status::Error;
    LocalRoot rg(h, Value::pointer(generatorProto));
    JSObject *functionProto = newPinned(h, protoOf(h, PROTO_FUNCTION));
    if (!functionProto) return Status::Error;
    LocalRoot rf(h, Value::pointer(functionProto));
    ENG_TRY(installMethods(h, generatorProto, kGeneratorMethods, sizeof kGeneratorMethods / sizeof kGeneratorMethods[0]));
    ENG_TRY(defineOwn(h, functionProto, atom(h, ATOM_prototype), Value::pointer(generatorProto), ATTR_CONFIGURABLE));
    ENG_TRY(defineOwn(h, generatorProto, atom(h, ATOM_constructor), Value::pointer(functionProto), ATTR_CONFIGURABLE));
#if ENG_GENERATORS  // (a profile without them never makes these)
    ENG_TRY(defineOwn(h, generatorProto, wellKnownSymbol(WKS_toStringTag), Value::pointer(atom(h, ATOM_Generator)),
                      ATTR_CONFIGURABLE));
    ENG_TRY(defineOwn(h, functionProto, wellKnownSymbol(WKS_toStringTag), Value::pointer(atom(h, ATOM_GeneratorFunction)),
                      ATTR_CONFIGURABLE));
    // %GeneratorFunction%: its [[Prototype]] is %Function% (27.3.2).
    JSObject *function = builtinCtor(h, PROTO_FUNCTION);
    if (!function) return Status::Error;
    JSNative *ctor = newNative(h, generatorFunctionConstructor, atom(h, ATOM_GeneratorFunction), 1, 0);
    if (!ctor) return Status::Error;
    ctor->gcFlags |= RC_MAX;  // pinned as the prototypes are
    ctor->setFlag(OBJ_CONSTRUCTOR);
    rcStore(h, ctor->proto, function);
    LocalRoot rc(h, Value::pointer(ctor));
    ENG_TRY(defineOwn(h, ctor, atom(h, ATOM_prototype), Value::pointer(functionProto), 0));
    ENG_TRY(defineOwn(h, functionProto, atom(h, ATOM_constructor), Value::pointer(ctor), ATTR_CONFIGURABLE));
#endif
    h.generatorProtos[0] = functionProto;
    h.generatorProtos[1] = generatorProto;
    return Status::Ok;
}

}  // namespace eng
