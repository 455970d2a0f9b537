// Generators: suspending a frame into its generator object and resuming it
// (vm/generator.h), and the steps of yield*.
#include "vm/generator.h"

#include "vm/async.h"
#include "vm/async_generator.h"

#include "bytecode/image.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/frames.h"
#include "vm/literal_ops.h"

namespace eng {

namespace {

inline JSGenerator *frameGenerator(Heap &h, uint32_t fi) {
    return static_cast<JSGenerator *>(asObject(h.stack[h.frames[fi].base - 2]));
}

// Room for n more catch records on the heap's catch stack.
Status reserveCatches(Heap &h, uint32_t n) {
    if (h.catchCount + n <= h.catchCap) return Status::Ok;
    uint32_t cap = h.catchCap ? h.catchCap : 8;
    while (cap < h.catchCount + n) cap *= 2;
    CatchRecord *c =
        static_cast<CatchRecord *>(heapRealloc(h, h.catches, h.catchCap * sizeof(CatchRecord), cap * sizeof(CatchRecord)));
    if (!c) return throwOutOfMemory(h);
    h.catches = c;
    h.catchCap = cap;
    return Status::Ok;
}

Status getNamed(Heap &h, Value base, Atom name, Value *out) {
    return getValuePropertyStr(h, base, atom(h, name), out);
}

Status delegateStepOf(Heap &h, uint32_t base, uint32_t a, bool *call, bool *returnNow);
Status delegateResultOf(Heap &h, uint32_t base, uint32_t a, bool *done);

}  // namespace

Status makeIterResult(Heap &h, Value value, bool done, Value *out) {
    LocalRoot rv(h, value);
    JSObject *o = newPlainObject(h);
    if (!o) return Status::Error;
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(defineOwn(h, o, atom(h, ATOM_value), value, ATTR_DEFAULT));
    ENG_TRY(defineOwn(h, o, atom(h, ATOM_done), Value::boolean(done), ATTR_DEFAULT));
    *out = Value::pointer(o);
    return Status::Ok;
}

Status generatorSuspend(Heap &h, uint32_t fi, Value result, const Instr *resumePc, uint32_t resumeReg) {
    Frame &fr = h.frames[fi];
    JSGenerator *g = frameGenerator(h, fi);
    const Instr *code = static_cast<JSClosure *>(fr.callee)->tmpl->code;
    uint32_t n = h.catchCount - fr.catchBase;
    if (n > g->catchCap) {
        LocalRoot rr(h, result);  // g stays rooted in its stack slot
        SavedCatch *c = static_cast<SavedCatch *>(
            heapRealloc(h, g->catches, g->catchCap * sizeof(SavedCatch), n * sizeof(SavedCatch)));
        if (!c) return throwOutOfMemory(h);
        g->catches = c;
        g->catchCap = static_cast<uint16_t>(n);
    }
    for (uint32_t i = 0; i < n; i++) {
        const CatchRecord &rec = h.catches[h.frames[fi].catchBase + i];
        g->catches[i] = SavedCatch{static_cast<uint32_t>(rec.target - code), rec.reg, rec.kind};
    }
    g->catchCount = static_cast<uint16_t>(n);
    h.catchCount = h.frames[fi].catchBase;
    // The registers leave the (uncounted) stack for the object: counted.
    const Value *R = h.stack + h.frames[fi].base;
    for (uint32_t i = 0; i < g->nregs; i++) rcInit(g->regs[i], R[i]);
    g->pc = static_cast<uint32_t>(resumePc - code);
    g->resumeReg = static_cast<uint8_t>(resumeReg);
    g->state = GEN_SUSPENDED_YIELD;
    return Status::Ok;
}

Status generatorStart(Heap &h, uint32_t fi, const Instr *resumePc, uint32_t resumeReg) {
    JSClosure *f = static_cast<JSClosure *>(h.frames[fi].callee);
    JSObject *fallback;  // a permanent root
#if ENG_ASYNC_GENERATORS
    if (isAsyncGeneratorFlags(f->tmpl->header->flags)) {
        ENG_TRY(asyncGeneratorPrototype(h, &fallback));
    } else
#endif
    {
        ENG_TRY(ensureGeneratorProtos(h));
        fallback = h.generatorProtos[1];
    }
    f = static_cast<JSClosure *>(h.frames[fi].callee);
    // OrdinaryCreateFromConstructor(F, "%GeneratorPrototype%") (or
    // "%AsyncGeneratorPrototype%")
    Value proto;
    ENG_TRY(getNamed(h, Value::pointer(f), ATOM_prototype, &proto));
    JSObject *protoObject = isObject(proto) ? asObject(proto) : fallback;
    LocalRoot rp(h, Value::pointer(protoObject));
    uint32_t nregs = f->tmpl->header->nregs;
    JSGenerator *g = static_cast<JSGenerator *>(
        newObjectOfSize(h, protoObject, ObjectClass::Generator, generatorObjectSize(nregs)));
    if (!g) return Status::Error;
    f = static_cast<JSClosure *>(h.frames[fi].callee);
    uint32_t base = h.frames[fi].base;
    rcInit(g->func, f);
    rcInit(g->thisValue, h.stack[base - 1]);
    g->catches = nullptr;
    g->catchCount = g->catchCap = 0;
    g->argc = h.frames[fi].argc;
    g->nregs = static_cast<uint16_t>(nregs);
    g->promise = Value::undefined();
    for (uint32_t i = 0; i < nregs; i++) g->regs[i] = Value::undefined();
    // The callee slot (the call's result) holds the generator from now on.
    h.stack[base - 2] = Value::pointer(g);
    ENG_TRY(generatorSuspend(h, fi, Value::pointer(g), resumePc, resumeReg));
    g->state = GEN_SUSPENDED_START;
    return Status::Ok;
}

JSGenerator *asSyncGenerator(Value v) {
    JSGenerator *g = asGenerator(v);
    return g && !(g->func->tmpl->header->flags & FN_ASYNC) ? g : nullptr;
}

void generatorFinish(Heap &h, uint32_t fi) { frameGenerator(h, fi)->state = GEN_COMPLETED; }

Value generatorReturned(Heap &h, uint32_t fi, Value value) {
#if ENG_ASYNC_GENERATORS
    if (isAsyncGeneratorFlags(frameGenerator(h, fi)->func->tmpl->header->flags)) return asyncGeneratorReturned(h, fi, value);
#endif
#if ENG_ASYNC_FUNCTIONS
    if (!frameGenerator(h, fi)->promise.isUndefined()) return asyncReturned(h, fi, value);
#endif
    Value result;
    if (makeIterResult(h, value, true, &result) != Status::Ok) return Value::empty();
    generatorFinish(h, fi);
    return result;
}

Status generatorResumeFrame(Heap &h, uint32_t slot, JSGenerator *g, Value value, uint8_t mode, uint8_t flags) {
    LocalRoot rv(h, value);
    h.stack[slot] = Value::pointer(g);
    h.stack[slot + 1] = g->thisValue;
    h.stackTop = slot + 2;
    uint32_t nregs = g->nregs;
    ENG_TRY(ensureStack(h, nregs + 1));
    ENG_TRY(reserveCatches(h, g->catchCount));
    JSClosure *f = g->func;
    const Instr *code = f->tmpl->code;
    uint32_t base = slot + 2;
    Frame frame;
    frame.callee = f;
    frame.pc = code + g->pc;
    frame.base = base;
    frame.argc = g->argc;
    frame.catchBase = h.catchCount;
    frame.flags = static_cast<uint8_t>(FRAME_GENERATOR | flags);
    ENG_TRY(pushFrame(h, frame));
    uint32_t fi = h.frameCount - 1;
    for (uint32_t i = 0; i < g->catchCount; i++) {
        const SavedCatch &s = g->catches[i];
        h.catches[h.catchCount++] = CatchRecord{code + s.target, fi, s.reg, s.kind};
    }
    g->catchCount = 0;
    // Back onto the stack (rooted there once stackTop covers them), then
    // the object's counted references go.
    Value *R = h.stack + base;
    for (uint32_t i = 0; i < nregs; i++) R[i] = g->regs[i];
    h.stackTop = base + nregs;
    for (uint32_t i = 0; i < nregs; i++) {
        Value old = g->regs[i];
        g->regs[i] = Value::undefined();
        rcDrop(h, old);
    }
    R[g->resumeReg] = value;
    R[g->resumeReg + 1] = Value::smallInt(mode);
    g->state = GEN_EXECUTING;
    return Status::Ok;
}

int resumeFromCall(Heap &h, uint32_t funcIndex, uint32_t argc) {
    JSNative *n = static_cast<JSNative *>(asObject(h.stack[funcIndex]));  // the caller checked: the built-in
    JSGenerator *g = asSyncGenerator(h.stack[funcIndex + 1]);
    if (!g || (g->state != GEN_SUSPENDED_START && g->state != GEN_SUSPENDED_YIELD)) return 0;
    Value sent = argc ? h.stack[funcIndex + 2] : Value::undefined();
    return generatorResumeFrame(h, funcIndex, g, sent, static_cast<uint8_t>(n->magic), 0) == Status::Ok ? 1 : -1;
}

Status generatorYield(Heap &h, uint32_t fi, uint32_t valueReg, const Instr *resumePc, uint32_t resumeReg) {
    Value result;
    uint32_t base = h.frames[fi].base;
    ENG_TRY(makeIterResult(h, h.stack[base + valueReg], false, &result));
    ENG_TRY(generatorSuspend(h, fi, result, resumePc, resumeReg));
    h.stack[base - 2] = result;
    return Status::Ok;
}

int delegateStep(Heap &h, uint32_t base, uint32_t a) {
    bool call = false, returnNow = false;
    Status st = delegateStepOf(h, base, a, &call, &returnNow);
    if (st != Status::Ok) return -1;
    return returnNow ? 2 : call ? 1 : 0;
}

int delegateResult(Heap &h, uint32_t fi, uint32_t a, const Instr *resumePc) {
#if ENG_ASYNC_GENERATORS
    if (isAsyncGeneratorFlags(frameGenerator(h, fi)->func->tmpl->header->flags))
        return asyncDelegateResult(h, fi, a, resumePc);
#endif
    bool done = false;
    uint32_t base = h.frames[fi].base;
    if (delegateResultOf(h, base, a, &done) != Status::Ok) return -1;
    if (done) {
        Value mode = h.stack[base + a + 3];
        return mode.isSmallInt() && mode.asSmallInt() == GEN_RETURN ? 2 : 1;
    }
    // The inner result is yielded as it is (ES2015 14.4.14).
    Value result = h.stack[base + a + 4];
    if (generatorSuspend(h, fi, result, resumePc, a + 2) != Status::Ok) return -1;
    h.stack[base - 2] = result;
    return 0;
}

namespace {

Status delegateStepOf(Heap &h, uint32_t base, uint32_t a, bool *call, bool *returnNow) {
    *call = *returnNow = false;
    Value iter = h.stack[base + a];
    Value modeValue = h.stack[base + a + 3];
    int32_t mode = modeValue.isSmallInt() ? modeValue.asSmallInt() : static_cast<int32_t>(GEN_NEXT);
    // ITERINIT's fast path (an array, arguments object or string whose
    // iterator is the unmodified built-in) keeps a position as its state.
    bool builtIn = h.stack[base + a + 1].isSmallInt();
    if (builtIn) {
        // The built-in iterators of arrays, arguments and strings: no throw, no return.
        if (mode == GEN_RETURN) {
            *returnNow = true;
            return Status::Ok;
        }
        if (mode == GEN_THROW) return throwError(h, PROTO_TYPE_ERROR, "The iterator does not provide a 'throw' method");
        LocalRoot ri(h, iter), rs(h, h.stack[base + a + 1]);
        Value v;
        bool done;
        Status st = iterationNext(h, &ri.value, &rs.value, &v, &done);
        h.stack[base + a + 1] = rs.value;
        ENG_TRY(st);
        Value result;
        ENG_TRY(makeIterResult(h, v, done, &result));
        h.stack[base + a + 4] = result;
        return Status::Ok;
    }
    Value method;
    ENG_TRY(getNamed(h, iter, mode == GEN_NEXT ? ATOM_next : mode == GEN_THROW ? ATOM_throw_ : ATOM_return_, &method));
    iter = h.stack[base + a];
    if (method.isNullish() && mode == GEN_RETURN) {
        *returnNow = true;
        return Status::Ok;
    }
    if (method.isNullish() && mode == GEN_THROW) {
        // The protocol is broken: close the iterator, then a TypeError.
        LocalRoot ri(h, iter);
        Value ret;
        ENG_TRY(getNamed(h, iter, ATOM_return_, &ret));
        if (!ret.isNullish()) {
            Value ignored;
            ENG_TRY(callValue(h, ret, iter, nullptr, 0, &ignored));
            if (!isObjectType(ignored)) return throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
        }
        return throwError(h, PROTO_TYPE_ERROR, "The iterator does not provide a 'throw' method");
    }
    h.stack[base + a + 4] = method;
    h.stack[base + a + 5] = iter;
    h.stack[base + a + 6] = h.stack[base + a + 2];
    *call = true;
    return Status::Ok;
}

Status delegateResultOf(Heap &h, uint32_t base, uint32_t a, bool *done) {
    Value r = h.stack[base + a + 4];
    if (!isObjectType(r)) {
        char what[64];
        describeValue(h, r, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "Iterator result %s is not an object", what);
    }
    Value d;
    ENG_TRY(getNamed(h, r, ATOM_done, &d));
    *done = toBoolean(d);
    if (!*done) return Status::Ok;
    Value v;
    ENG_TRY(getNamed(h, h.stack[base + a + 4], ATOM_value, &v));
    h.stack[base + a + 2] = v;
    return Status::Ok;
}

}  // namespace


}  // namespace eng
