// Function calls: value stack growth, frame set-up for bytecode and native
// functions, and calls made from C++ (which enter a nested executor).
#include "vm/call.h"

#include <string.h>

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "vm/c_stack.h"
#include "vm/class_ops.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/frames.h"
#include "vm/interrupt.h"
#include "vm/lightfunc.h"

namespace eng {

Status ensureStack(Heap &h, uint32_t extra) {
    uint32_t needed = h.stackTop + extra;
    if (needed <= h.stackCap) return Status::Ok;
    if (needed > ENG_PORT_VALUE_STACK_LIMIT)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    // Grows by half: a deep recursion gets at most a third more than it
    // uses (docs/memory.md).
    uint32_t cap = h.stackCap ? h.stackCap : 64;
    while (cap < needed) cap += cap / 2;
    if (cap > ENG_PORT_VALUE_STACK_LIMIT) cap = ENG_PORT_VALUE_STACK_LIMIT;
    Value *stack = static_cast<Value *>(heapRealloc(h, h.stack, h.stackCap * sizeof(Value), cap * sizeof(Value)));
    if (!stack) return throwOutOfMemory(h);
    h.stack = stack;
    h.stackCap = cap;
    return Status::Ok;
}

Status push(Heap &h, Value v) {
    if (h.stackTop == h.stackCap) {
        LocalRoot root(h, v);
        ENG_TRY(ensureStack(h, 1));
    }
    h.stack[h.stackTop++] = v;
    return Status::Ok;
}

namespace {

// Inlined into the call paths below; pushFrame is the same for other files.
inline Status pushFrameRecord(Heap &h, const Frame &f) {
    if (h.frameCount >= ENG_PORT_CALLSTACK_LIMIT)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    if (h.frameCount == h.frameCap) {
        uint32_t cap = h.frameCap ? h.frameCap + h.frameCap / 2 : 16;  // by half, as the value stack
        Frame *frames = static_cast<Frame *>(heapRealloc(h, h.frames, h.frameCap * sizeof(Frame), cap * sizeof(Frame)));
        if (!frames) return throwOutOfMemory(h);
        h.frames = frames;
        h.frameCap = cap;
    }
    h.frames[h.frameCount++] = f;
    return Status::Ok;
}

// The arguments object of a call (ES5 10.6). mapped: the parameter registers
// R[0..nparams) already hold the parameters' boxes; indexes below
// min(argc, nparams) alias them.
JSObject *newArguments(Heap &h, uint32_t base, uint32_t argc, JSObject *callee, uint32_t nparams, bool mapped,
                       bool strict) {
    uint32_t mappedCount = mapped ? (argc < nparams ? argc : nparams) : 0;
    JSArguments *args = static_cast<JSArguments *>(newObjectOfSize(h, protoOf(h, PROTO_OBJECT), ObjectClass::Arguments,
                                                                   argumentsObjectSize(mappedCount)));
    if (!args) return nullptr;
    args->mappedCount = mappedCount;
    for (uint32_t i = 0; i < mappedCount; i++) {
        rcInit(args->map[i], static_cast<Box *>(h.stack[base + i].asPointer()));
        args->mapAttrs()[i] = ATTR_DEFAULT;
    }
    LocalRoot root(h, Value::pointer(args));
    if (argc > mappedCount) {
        Value *elems = allocElements(h, argc);
        if (!elems) {
            (void)throwOutOfMemory(h);
            return nullptr;
        }
        for (uint32_t i = 0; i < mappedCount; i++) elems[i] = Value::empty();
        for (uint32_t i = mappedCount; i < argc; i++) rcInit(elems[i], h.stack[base + i]);
        args->elems = elems;
        args->setElemCount(argc);
    }
    if (defineOwn(h, args, atom(h, ATOM_length), Value::smallInt(static_cast<int32_t>(argc)), ATTR_HIDDEN) != Status::Ok)
        return nullptr;
    // arguments[@@iterator] is %Array.prototype.values% (ES2023 10.4.4.6).
    Value values;
    if (getProperty(h, protoOf(h, PROTO_ARRAY), keyFromString(atom(h, ATOM_values)), Value::pointer(protoOf(h, PROTO_ARRAY)),
                    &values) != Status::Ok ||
        defineOwn(h, args, wellKnownSymbol(WKS_iterator), values, ATTR_HIDDEN) != Status::Ok)
        return nullptr;
    if (strict) {
        // "callee" throws (non-enumerable, non-configurable). ES5.1 also gave
        // strict arguments a throwing "caller"; ES2017 removed it, and
        // test262 (arguments-caller.js) and current engines have none.
        uint8_t attrs = ATTR_ACCESSOR;
        LocalRoot ra(h, Value::pointer(args));
        GcHeader *thrower = builtinRefObject(h, BUILTIN_REF_THROWER_PAIR);
        if (!thrower || defineOwn(h, args, atom(h, ATOM_callee), Value::pointer(thrower), attrs) != Status::Ok)
            return nullptr;
        return args;
    }
    if (defineOwn(h, args, atom(h, ATOM_callee), Value::pointer(callee), ATTR_HIDDEN) != Status::Ok)
        return nullptr;
    return args;
}

// The rest parameter's array: the arguments from index nparams on.
JSArray *newRestArray(Heap &h, uint32_t base, uint32_t argc, uint32_t nparams) {
    uint32_t n = argc > nparams ? argc - nparams : 0;
    JSArray *a = newArray(h, n);
    if (!a) return nullptr;
    LocalRoot ra(h, Value::pointer(a));
    for (uint32_t i = 0; i < n; i++)
        if (arrayPush(h, a, h.stack[base + nparams + i]) != Status::Ok) return nullptr;
    return a;
}

}  // namespace

Status pushFrame(Heap &h, const Frame &f) { return pushFrameRecord(h, f); }

uint32_t frameTop(const Heap &h, uint32_t fi) {
    const Frame &f = h.frames[fi];
    if (f.flags & FRAME_NATIVE) return f.base + f.argc;
    return f.base + static_cast<JSClosure *>(f.callee)->tmpl->header->nregs;
}

Status pushClosureFrame(Heap &h, uint32_t funcIndex, uint32_t argc, uint8_t flags) {
    JSClosure *f = static_cast<JSClosure *>(asObject(h.stack[funcIndex]));
    const FunctionHeader *hdr = f->tmpl->header;
    uint32_t base = funcIndex + 2;
    uint32_t nregs = hdr->nregs, nparams = hdr->nparams;
    uint32_t span = nregs > argc ? nregs : argc;
    h.stackTop = base + argc;
    ENG_TRY(ensureStack(h, span - argc + 1));
    for (uint32_t i = argc; i < nparams; i++) h.stack[base + i] = Value::undefined();
    if (nparams > argc) h.stackTop = base + nparams;
    bool mapped = (hdr->flags & FN_MAPPED_ARGUMENTS) != 0;
    if (mapped) {
        // The parameters live in boxes (image.h); extra arguments stay values.
        if (argc > nparams) h.stackTop = base + argc;
        for (uint32_t i = 0; i < nparams; i++) {
            Box *b = newBox(h, h.stack[base + i]);  // the stack below stackTop is rooted
            if (!b) return Status::Error;
            h.stack[base + i] = Value::pointer(b);
        }
    }
    JSObject *arguments = nullptr;
    JSArray *rest = nullptr;
    if (hdr->flags & (FN_USES_ARGUMENTS | FN_REST)) {
        if (hdr->flags & FN_USES_ARGUMENTS) {
            arguments = newArguments(h, base, argc, f, nparams, mapped, (hdr->flags & FN_STRICT) != 0);
            if (!arguments) return Status::Error;
        }
        if (hdr->flags & FN_REST) {
            LocalRoot ra(h, arguments ? Value::pointer(arguments) : Value::undefined());
            rest = newRestArray(h, base, argc, nparams);
            if (!rest) return Status::Error;
        }
    }
    for (uint32_t i = nparams; i < nregs; i++) h.stack[base + i] = Value::undefined();
    if (arguments && hdr->argumentsReg < nregs) h.stack[base + hdr->argumentsReg] = Value::pointer(arguments);
    if (rest) h.stack[base + nparams] = Value::pointer(rest);
    h.stackTop = base + nregs;
    Frame frame;
    frame.callee = f;
    frame.pc = f->tmpl->code;
    frame.base = base;
    frame.argc = argc;
    frame.catchBase = h.catchCount;
    frame.flags = flags;
    return pushFrameRecord(h, frame);
}

Status prepareThis(Heap &h, uint32_t funcIndex, bool construct, JSObject *newTarget) {
    JSClosure *f = static_cast<JSClosure *>(asObject(h.stack[funcIndex]));
    uint16_t flags = f->tmpl->header->flags;
    if (construct) {
        if (flags & FN_DERIVED) {
            h.stack[funcIndex + 1] = Value::empty();
            return Status::Ok;
        }
        Value proto;
        Value from = newTarget ? Value::pointer(newTarget) : h.stack[funcIndex];
        ENG_TRY(getValuePropertyStr(h, from, atom(h, ATOM_prototype), &proto));
        JSObject *protoObject = protoOf(h, PROTO_OBJECT);
        if (proto.isLightFunc()) ENG_TRY(lightFuncObject(h, proto, &protoObject));
        else if (isObject(proto)) protoObject = asObject(proto);
        uint32_t room = ENG_SHAPES ? f->tmpl->instanceRoom : 0;
        JSObject *obj = room ? newShapedObject(h, protoObject, room) : newObject(h, protoObject);
        if (!obj) return Status::Error;
        h.stack[funcIndex + 1] = Value::pointer(obj);
        return Status::Ok;
    }
    if (flags & FN_STRICT) return (flags & FN_CLASS_CONSTRUCTOR) ? throwClassCall(h, f) : Status::Ok;
    Value t = h.stack[funcIndex + 1];
    if (t.isNullish()) {
        h.stack[funcIndex + 1] = Value::pointer(h.global);
    } else if (!isObjectType(t)) {
        JSObject *wrapper;
        ENG_TRY(toObject(h, t, &wrapper));
        h.stack[funcIndex + 1] = Value::pointer(wrapper);
    }
    return Status::Ok;
}

Status runNative(Heap &h, uint32_t funcIndex, uint32_t argc, bool construct, NativeFn fn, eng_c_function cfn,
                 JSNative *callee, int16_t magic, uint32_t lightFunc) {
    bool otherNewTarget = h.constructingForNewTarget;  // set for this call only
    h.constructingForNewTarget = false;
    if (h.nativeDepth >= ENG_PORT_NATIVE_DEPTH_LIMIT)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    // A native function may recurse in C (JSON, join, sort, eval ...).
    ENG_TRY(ENG_CHECK_C_STACK(h));
    Frame frame;
    frame.callee = callee;
    if (callee) frame.pc = nullptr;
    else frame.lightFunc = lightFunc;
    frame.base = funcIndex + 2;
    frame.argc = argc;
    frame.catchBase = h.catchCount;
    frame.flags = FRAME_NATIVE | (construct ? FRAME_CONSTRUCT : 0) | (callee ? 0 : FRAME_LIGHTFUNC);
    h.stackTop = funcIndex + 2 + argc;
    ENG_TRY(pushFrameRecord(h, frame));
    uint32_t fi = h.frameCount - 1;
    h.nativeDepth++;
    Status st;
    if (fn) {
        NativeCall call{h, funcIndex + 2, argc, construct, callee, magic};
        call.otherNewTarget = otherNewTarget;
        call.setResult(Value::undefined());
        st = fn(call);
    } else {
        // An embedder function: it sees only its frame through the C API.
        h.stack[funcIndex] = Value::undefined();
        int rc = cfn(static_cast<eng_heap *>(&h));
        if (rc < 0) {
            if (!h.hasPending) (void)throwError(h, PROTO_ERROR, "native function failed");
            st = Status::Error;
        } else {
            if (rc > 0 && h.stackTop > funcIndex + 2) h.stack[funcIndex] = h.stack[h.stackTop - 1];
            st = Status::Ok;
        }
    }
    h.nativeDepth--;
    h.frameCount = fi;
    h.stackTop = funcIndex + 1;
    // An interrupted run stays stopped even if the native function dropped
    // the error (eng_pcall, or ignoring eng_call's status).
    if (st == Status::Ok && interrupted(h)) st = rethrowInterrupt(h);
    return st;
}

Status callNative(Heap &h, uint32_t funcIndex, uint32_t argc, bool construct) {
    JSNative *f = static_cast<JSNative *>(asObject(h.stack[funcIndex]));
    return runNative(h, funcIndex, argc, construct, f->fn, f->cfn, f, f->magic, 0);
}

Status unwrapBound(Heap &h, uint32_t funcIndex, uint32_t *argc, bool construct) {
    while (asObject(h.stack[funcIndex])->cls() == ObjectClass::Bound) {
        JSBound *b = static_cast<JSBound *>(asObject(h.stack[funcIndex]));
        uint32_t n = b->argCount;
        if (n) {
            h.stackTop = funcIndex + 2 + *argc;
            ENG_TRY(ensureStack(h, n));  // b stays rooted in its stack slot
            b = static_cast<JSBound *>(asObject(h.stack[funcIndex]));
            memmove(h.stack + funcIndex + 2 + n, h.stack + funcIndex + 2, *argc * sizeof(Value));
            memcpy(h.stack + funcIndex + 2, b->args, n * sizeof(Value));
            *argc += n;
            h.stackTop = funcIndex + 2 + *argc;
        }
        if (!construct) h.stack[funcIndex + 1] = b->boundThis;
        h.stack[funcIndex] = Value::pointer(b->target);
    }
    return Status::Ok;
}

Status callAt(Heap &h, uint32_t funcIndex, uint32_t argc, bool construct) {
    Value fn = h.stack[funcIndex];
    if (fn.isLightFunc() && !construct) return callLightFunc(h, funcIndex, argc);
    if (!isCallableObject(fn) || (construct && !asObject(fn)->hasFlag(OBJ_CONSTRUCTOR))) {
#if ENG_PROXY
        if (isObject(fn) && isProxyObject(asObject(fn))) return proxyCallAt(h, funcIndex, argc, construct, fn);
#endif
        return throwNotCallable(h, funcIndex, construct);
    }
    if (asObject(fn)->cls() == ObjectClass::Bound) {
        ENG_TRY(unwrapBound(h, funcIndex, &argc, construct));
        fn = h.stack[funcIndex];
#if ENG_PROXY
        if (isProxyObject(asObject(fn))) return proxyCallAt(h, funcIndex, argc, construct, fn);
#endif
    }
    JSObject *f = asObject(fn);
    if (f->cls() == ObjectClass::Native) return callNative(h, funcIndex, argc, construct);
    if (h.nativeDepth >= ENG_PORT_NATIVE_DEPTH_LIMIT)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    ENG_TRY(ENG_CHECK_C_STACK(h));  // a nested executor
    // A checkpoint: getters, callbacks of sort, replace, JSON ... call in
    // here, and a stopped run runs no more JavaScript.
    if (ENG_INTERRUPT_DUE(h, 1)) ENG_TRY(interruptCheck(h));
    h.stackTop = funcIndex + 2 + argc;
    ENG_TRY(prepareThis(h, funcIndex, construct));
    ENG_TRY(pushClosureFrame(h, funcIndex, argc, FRAME_ENTRY | (construct ? FRAME_CONSTRUCT : 0)));
    h.nativeDepth++;
    Status st = execute(h, h.frameCount - 1);
    h.nativeDepth--;
    h.stackTop = funcIndex + 1;
    return st;
}

namespace {

Status callWith(Heap &h, Value fn, Value thisValue, const Value *args, uint32_t argc, bool construct, Value *result) {
    LocalRoot rf(h, fn), rt(h, thisValue);
    // args may point into the value stack, which can move while it grows:
    // copy them through an index when they do.
    bool argsOnStack = args && h.stack && args >= h.stack && args < h.stack + h.stackCap;
    uint32_t argsIndex = argsOnStack ? static_cast<uint32_t>(args - h.stack) : 0;
    ENG_TRY(ensureStack(h, argc + 2));
    if (argsOnStack) args = h.stack + argsIndex;
    uint32_t funcIndex = h.stackTop;
    h.stack[funcIndex] = fn;
    h.stack[funcIndex + 1] = thisValue;
    for (uint32_t i = 0; i < argc; i++) h.stack[funcIndex + 2 + i] = args[i];
    h.stackTop = funcIndex + 2 + argc;
    Status st = callAt(h, funcIndex, argc, construct);
    if (st == Status::Ok) *result = h.stack[funcIndex];
    h.stackTop = funcIndex;
    return st;
}

}  // namespace

Status callValue(Heap &h, Value fn, Value thisValue, const Value *args, uint32_t argc, Value *result) {
    return callWith(h, fn, thisValue, args, argc, false, result);
}

Status constructValue(Heap &h, Value fn, const Value *args, uint32_t argc, Value *result) {
    return callWith(h, fn, Value::undefined(), args, argc, true, result);
}

Status constructAt(Heap &h, uint32_t funcIndex, uint32_t argc, Value newTarget) {
    if (newTarget == h.stack[funcIndex]) return callAt(h, funcIndex, argc, true);
    LocalRoot rn(h, newTarget);
    h.stackTop = funcIndex + 2 + argc;
    if (asObject(h.stack[funcIndex])->cls() == ObjectClass::Bound) ENG_TRY(unwrapBound(h, funcIndex, &argc, true));
    JSObject *target = asObject(h.stack[funcIndex]);
#if ENG_PROXY
    if (isProxyObject(target)) return proxyCallAt(h, funcIndex, argc, true, rn.value);
#endif
    if (target->cls() == ObjectClass::Native) {
        h.constructingForNewTarget = asObject(rn.value) != target;
        ENG_TRY(callNative(h, funcIndex, argc, true));
        return adoptNewTargetPrototype(h, funcIndex, target, asObject(rn.value));
    }
    if (h.nativeDepth >= ENG_PORT_NATIVE_DEPTH_LIMIT)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    ENG_TRY(ENG_CHECK_C_STACK(h));
    ENG_TRY(prepareThis(h, funcIndex, true, asObject(rn.value)));
    ENG_TRY(pushClosureFrame(h, funcIndex, argc, FRAME_ENTRY | FRAME_CONSTRUCT));
    h.stack[funcIndex] = rn.value;  // a construct frame's callee slot holds new.target (as in superCall)
    h.nativeDepth++;
    Status st = execute(h, h.frameCount - 1);
    h.nativeDepth--;
    h.stackTop = funcIndex + 1;
    return st;
}

Status makeScriptFunction(Heap &h, FunctionTemplate *script, Value *out, uint32_t upvalCount) {
    LocalRoot rs(h, Value::pointer(script));
    size_t size = sizeof(JSClosure) + (upvalCount ? upvalCount - 1 : 0) * sizeof(Box *);
    JSClosure *c = static_cast<JSClosure *>(newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Closure, size));
    if (!c) return Status::Error;
    rcInit(c->tmpl, script);
    c->upvalCount = upvalCount;
    for (uint32_t i = 0; i < upvalCount; i++) c->upvals[i] = nullptr;  // filled in with rcInit by the caller
    *out = Value::pointer(c);
    return Status::Ok;
}

Status runScript(Heap &h, FunctionTemplate *script, Value *result) {
    Value fn;
    ENG_TRY(makeScriptFunction(h, script, &fn));
    // The script's this is the global object whatever the caller passes
    // (scripts are not strict-callable with another this).
    return callValue(h, fn, Value::pointer(h.global), nullptr, 0, result);
}

}  // namespace eng
