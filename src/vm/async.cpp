// Async functions (vm/async.h).
#include "config.h"

#if ENG_ASYNC_FUNCTIONS

#include "vm/async.h"

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/c_stack.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frames.h"
#include "vm/generator.h"
#include "vm/async_generator.h"
#include "vm/interrupt.h"
#include "vm/promise.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"

namespace eng {

namespace {

inline JSGenerator *frameObject(Heap &h, uint32_t fi) {
    return static_cast<JSGenerator *>(asObject(h.stack[h.frames[fi].base - 2]));
}

}  // namespace

Status asyncFunctionPrototype(Heap &h, JSObject **out) {
#if ENG_ASYNC_FUNCTION_CONSTRUCTORS
    // With its constructor: a table in flash (builtins/async_function_builtins.cpp).
    *out = builtinProto(h, PROTO_ASYNC_FUNCTION);
    return *out ? Status::Ok : Status::Error;
#endif
    if ((*out = lateIntrinsic(h, LATE_ASYNC_FUNCTION_PROTOTYPE))) return Status::Ok;
    JSObject *o = newObject(h, protoOf(h, PROTO_FUNCTION));
    if (!o) return Status::Error;
    LocalRoot ro(h, Value::pointer(o));
    HString *tag = internCString(h, "AsyncFunction");
    if (!tag) return Status::Error;
    ENG_TRY(defineOwn(h, o, wellKnownSymbol(WKS_toStringTag), Value::pointer(tag), ATTR_CONFIGURABLE));
    ENG_TRY(setLateIntrinsic(h, LATE_ASYNC_FUNCTION_PROTOTYPE, o));
    *out = o;
    return Status::Ok;
}

Status asyncStart(Heap &h, uint32_t fi) {
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    LocalRoot rp(h, Value::pointer(p));
    JSClosure *f = static_cast<JSClosure *>(h.frames[fi].callee);
    uint32_t nregs = f->tmpl->header->nregs;
    JSGenerator *g = static_cast<JSGenerator *>(
        newObjectOfSize(h, nullptr, ObjectClass::Generator, generatorObjectSize(nregs)));
    if (!g) return Status::Error;
    f = static_cast<JSClosure *>(h.frames[fi].callee);
    uint32_t base = h.frames[fi].base;
    rcInit(g->func, f);
    rcInit(g->thisValue, h.stack[base - 1]);
    g->catches = nullptr;
    g->catchCount = g->catchCap = 0;
    g->argc = h.frames[fi].argc;
    g->nregs = static_cast<uint16_t>(nregs);
    g->pc = 0;
    g->resumeReg = 0;
    for (uint32_t i = 0; i < nregs; i++) g->regs[i] = Value::undefined();
    rcInit(g->promise, rp.value);
    g->state = GEN_EXECUTING;
    // The callee slot holds the object from now on (FRAME_GENERATOR).
    h.stack[base - 2] = Value::pointer(g);
    h.frames[fi].flags |= FRAME_GENERATOR;
    return Status::Ok;
}

Status asyncAwait(Heap &h, uint32_t fi, uint32_t valueReg, const Instr *resumePc, uint32_t resumeReg) {
    uint32_t base = h.frames[fi].base;
    JSObject *ctor = builtinCtor(h, PROTO_PROMISE);
    if (!ctor) return Status::Error;
    Value awaited;
    ENG_TRY(promiseResolveWith(h, Value::pointer(ctor), h.stack[base + valueReg], &awaited));
    LocalRoot ra(h, awaited);
    JSPromiseRecord *r = newPromiseRecord(h, RECORD_AWAIT);
    if (!r) return Status::Error;
    LocalRoot rr(h, Value::pointer(r));
    JSGenerator *g = frameObject(h, fi);
    rcInit(r->promise, Value::pointer(g));
    // What the resumer gets: an async function's promise; an async
    // generator's resumers do not look (its promise field is its queue).
    Value result = g->promise;
#if ENG_ASYNC_GENERATORS
    if (isAsyncGeneratorFlags(g->func->tmpl->header->flags)) result = Value::undefined();
#endif
    ENG_TRY(generatorSuspend(h, fi, result, resumePc, resumeReg));
    g->state = GEN_AWAITING;
    promiseAddReaction(h, asPromise(ra.value), r);
    h.stack[base - 2] = result;
    return Status::Ok;
}

Value asyncReturned(Heap &h, uint32_t fi, Value value) {
    JSGenerator *g = frameObject(h, fi);
    if (g->state == GEN_COMPLETED) return g->promise;  // rejected by asyncThrew
    g->state = GEN_COMPLETED;
    LocalRoot rg(h, Value::pointer(g));
    if (resolvePromise(h, asPromise(g->promise), value) != Status::Ok) return Value::empty();
    return static_cast<JSGenerator *>(asObject(rg.value))->promise;
}

bool asyncThrew(Heap &h, uint32_t fi, Value *promise) {
    JSGenerator *g = frameObject(h, fi);
#if ENG_ASYNC_GENERATORS
    if (isAsyncGeneratorFlags(g->func->tmpl->header->flags)) {
        // The error settles the head request; the frame then returns as a
        // plain one (no generator result to make).
        Value e;
        if (!takeThrown(h, &e)) return false;
        if (asyncGeneratorThrew(h, fi, e) != Status::Ok) return false;
        h.frames[fi].flags &= static_cast<uint8_t>(~FRAME_GENERATOR);
        *promise = Value::undefined();
        return true;
    }
#endif
    if (g->promise.isUndefined()) return false;
    Value e;
    if (!takeThrown(h, &e)) return false;
    g->state = GEN_COMPLETED;
    rejectPromise(h, asPromise(g->promise), e);
    *promise = g->promise;
    return true;
}

Status asyncResume(Heap &h, Value gv, bool rejected, Value v) {
    JSGenerator *g = asGenerator(gv);
    if (!g || g->state != GEN_AWAITING) return Status::Ok;
    if (h.nativeDepth >= ENG_PORT_NATIVE_DEPTH_LIMIT)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    ENG_TRY(ENG_CHECK_C_STACK(h));
    uint32_t slot = h.stackTop;
    ENG_TRY(ensureStack(h, 2));
    ENG_TRY(generatorResumeFrame(h, slot, g, v, rejected ? GEN_THROW : GEN_NEXT, FRAME_ENTRY));
    h.nativeDepth++;
    Status st = execute(h, h.frameCount - 1);
    h.nativeDepth--;
    h.stackTop = slot;
    return st;
}

}  // namespace eng

#endif
