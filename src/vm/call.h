// Calling functions from C++ (built-ins, the API, getters) and the executor.
#ifndef ENG_VM_CALL_H
#define ENG_VM_CALL_H

#include "heap/heap.h"

namespace eng {

// What a native function sees: its arguments, this, and where its result goes.
// Arguments live on the value stack (rooted); read them through the accessors,
// which stay valid when the stack grows.
struct NativeCall {
    Heap &heap;
    uint32_t base;      // stack index of argument 0
    uint32_t argc;
    bool construct;     // called with new
    JSNative *callee;   // null when called as a lightweight function
    int16_t magic;      // the callee's magic (MethodSpec::magic)
    // Constructing for a new.target other than the callee (super() of a
    // subclass, Reflect.construct); the result's prototype is then fixed up
    // after the call (adoptNewTargetPrototype).
    bool otherNewTarget = false;

    Value arg(uint32_t i) const { return i < argc ? heap.stack[base + i] : Value::undefined(); }
    // Argument slots belong to the call (dead in the caller afterwards), so a
    // native may keep converted values there, rooted.
    void setArg(uint32_t i, Value v) {
        if (i < argc) heap.stack[base + i] = v;
    }
    Value thisValue() const { return heap.stack[base - 1]; }
    void setThis(Value v) { heap.stack[base - 1] = v; }
    void setResult(Value v) { heap.stack[base - 2] = v; }
    Value result() const { return heap.stack[base - 2]; }
};

// Calls fn(this, args...) and stores the result. args may point anywhere
// (they are copied to the stack first).
Status callValue(Heap &h, Value fn, Value thisValue, const Value *args, uint32_t argc, Value *result);
Status constructValue(Heap &h, Value fn, const Value *args, uint32_t argc, Value *result);

// Calls the function at stack[funcIndex] with this at funcIndex+1 and argc
// arguments above it; the result replaces the function slot and the stack
// top becomes funcIndex+1.
Status callAt(Heap &h, uint32_t funcIndex, uint32_t argc, bool construct);
// The same for Construct(F, args, newTarget) (Reflect.construct): F at
// stack[funcIndex] and newTarget are constructors; the new object's
// prototype comes from newTarget.
Status constructAt(Heap &h, uint32_t funcIndex, uint32_t argc, Value newTarget);

// Runs a loaded script (function 0 of an image) with this = global.
Status runScript(Heap &h, FunctionTemplate *script, Value *result);
// A function object that runs the script when called; upvalCount upvalues
// (null until the caller sets them: direct eval code's outer bindings).
Status makeScriptFunction(Heap &h, FunctionTemplate *script, Value *out, uint32_t upvalCount = 0);

// Stack helpers (grow on demand; out-of-memory / RangeError when they cannot).
Status ensureStack(Heap &h, uint32_t extra);
Status push(Heap &h, Value v);

}  // namespace eng

#endif
