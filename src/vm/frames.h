// Frame set-up and tear-down shared by the executor and C++ callers.
#ifndef ENG_VM_FRAMES_H
#define ENG_VM_FRAMES_H

#include "heap/heap.h"

namespace eng {

// Pushes a frame for the bytecode function at stack[funcIndex] (this at
// funcIndex+1, argc arguments above): arguments padded, registers cleared,
// the arguments object made. `this` must already be in place and coerced.
Status pushClosureFrame(Heap &h, uint32_t funcIndex, uint32_t argc, uint8_t flags);

// Pushes a frame record (RangeError past the call stack limit).
Status pushFrame(Heap &h, const Frame &f);

// Calls a native function in place; its result lands in stack[funcIndex].
Status callNative(Heap &h, uint32_t funcIndex, uint32_t argc, bool construct);
// What callNative and callLightFunc share: a native frame for fn (or the
// embedder's cfn); callee is null for a lightfunc, whose payload the frame keeps.
Status runNative(Heap &h, uint32_t funcIndex, uint32_t argc, bool construct, NativeFn fn, eng_c_function cfn,
                 JSNative *callee, int16_t magic, uint32_t lightFunc);

// Prepares this for a call of closure f: a new object for construct calls,
// the global object / a wrapper for sloppy functions. A construct call's
// object gets newTarget's prototype (null: the callee's); a derived class
// constructor gets none (this is empty until super()), and a class
// constructor called without new is a TypeError.
Status prepareThis(Heap &h, uint32_t funcIndex, bool construct, JSObject *newTarget = nullptr);

// Runs bytecode from the frame at index entryFrame (already pushed) until
// that frame returns. On Error the frames above entryFrame-1 are popped.
Status execute(Heap &h, uint32_t entryFrame);

// Replaces a bound function at stack[funcIndex] (this at funcIndex+1, *argc
// arguments above, stack top right above them) by its final target: bound
// arguments spliced in front, this replaced unless construct.
Status unwrapBound(Heap &h, uint32_t funcIndex, uint32_t *argc, bool construct);

// Stack height the frame at index fi needs while it runs.
uint32_t frameTop(const Heap &h, uint32_t fi);

// The error for calling something that is not a function: names the
// callee from the instructions that loaded it when it can.
Status throwNotCallable(Heap &h, uint32_t funcIndex, bool construct);

}  // namespace eng

#endif
