// Generators (ES2015 25.3): a suspended generator function is a heap object.
//
// While it runs, a generator's frame is an ordinary bytecode frame on the
// value stack (FRAME_GENERATOR; the callee slot below `this` holds the
// generator object). When it yields, its registers move into the object
// (counted references), its catch records move there too (relative to the
// frame: handler offsets, no frame index), and the frame is popped like a
// return. Resuming pushes the frame again wherever the stack top is and
// copies the registers back; the executor then continues in its own loop.
#ifndef ENG_VM_GENERATOR_H
#define ENG_VM_GENERATOR_H

#include "heap/heap.h"

namespace eng {

enum GeneratorState : uint8_t {
    GEN_SUSPENDED_START,
    GEN_SUSPENDED_YIELD,
    GEN_EXECUTING,
    GEN_COMPLETED,
    GEN_AWAITING,         // an async function or generator suspended at an await (to scripts: executing)
    GEN_AWAITING_RETURN   // an async generator's AsyncGeneratorAwaitReturn (vm/async_generator.h)
};

// How a generator is resumed (GeneratorResume / GeneratorResumeAbrupt):
// the same numbers as the completion kinds of TRYFINALLY (opcodes.h), and
// the magic of the built-in next, throw and return.
enum GeneratorMode : uint8_t {
    GEN_NEXT = COMPLETION_NORMAL,
    GEN_THROW = COMPLETION_THROW,
    GEN_RETURN = COMPLETION_RETURN
};

// A catch record of a suspended frame: its handler as an offset into the code.
struct SavedCatch {
    uint32_t target;
    uint16_t reg;
    uint8_t kind;
};

struct JSGenerator : JSObject {
    JSClosure *func;       // the generator function (its template gives the code)
    Value thisValue;
    SavedCatch *catches;   // catchCap entries (heapAlloc), catchCount in use
    uint32_t pc;           // where it resumes (offset into the code)
    uint32_t argc;         // arguments passed to the call
    uint16_t nregs;
    uint16_t catchCount;
    uint16_t catchCap;
    uint8_t resumeReg;     // R[resumeReg] = the value sent, R[resumeReg + 1] = the mode
    uint8_t state;         // GeneratorState
    Value promise;         // an async function's promise (vm/async.h); an async generator's
                           // queue of requests (vm/async_generator.h); undefined for a generator
    Value regs[1];         // nregs entries: counted while suspended, undefined while running
};
inline size_t generatorObjectSize(uint32_t nregs) {
    return sizeof(JSGenerator) + (nregs ? nregs - 1 : 0) * sizeof(Value);
}

inline JSGenerator *asGenerator(Value v) {
    if (!isObject(v) || asObject(v)->cls() != ObjectClass::Generator) return nullptr;
    return static_cast<JSGenerator *>(asObject(v));
}
// A generator object of a (sync) generator function: not an async
// generator's, which %GeneratorPrototype%'s methods must refuse.
JSGenerator *asSyncGenerator(Value v);

// The executor's side: out of its loop, so that its frame does not grow.
// Those that suspend leave what the resumer gets in the frame's callee slot.

// INITGEN in the frame at fi: makes the generator object of the call and
// suspends the frame in it (suspendedStart).
Status generatorStart(Heap &h, uint32_t fi, const Instr *resumePc, uint32_t resumeReg);
// YIELD: suspends with { value: R[valueReg], done: false }.
Status generatorYield(Heap &h, uint32_t fi, uint32_t valueReg, const Instr *resumePc, uint32_t resumeReg);
// A CALL of the built-in next/throw/return (generatorResumeNative) at
// stack[funcIndex]: with a suspended generator as this, pushes the generator's frame (1;
// -1: an error is pending); else 0 (an ordinary native call).
int resumeFromCall(Heap &h, uint32_t funcIndex, uint32_t argc);

// YIELD and yield*: suspends the generator frame at fi with result (what
// next() returns), to resume at resumePc. Pops nothing: the caller does.
Status generatorSuspend(Heap &h, uint32_t fi, Value result, const Instr *resumePc, uint32_t resumeReg);

// The frame at fi ended (returned or threw): its generator is completed.
void generatorFinish(Heap &h, uint32_t fi);
// The generator frame at fi returns value: completed, and the result is
// { value, done: true } (empty when that fails, with the error pending).
Value generatorReturned(Heap &h, uint32_t fi, Value value);

// Pushes the frame of suspended generator g with its callee slot at
// stack[slot]: registers and catch records back, the value and mode in its
// resume registers, state executing. flags: FRAME_ENTRY for a nested
// executor. The stack must hold slot + 2 values (this is overwritten).
Status generatorResumeFrame(Heap &h, uint32_t slot, JSGenerator *g, Value value, uint8_t mode, uint8_t flags);

// { value, done } (CreateIterResultObject).
Status makeIterResult(Heap &h, Value value, bool done, Value *out);

// One step of yield* (DELEGATE) in the frame whose registers start at
// stack[base]: R[a] iterator, R[a+1] iteration position, R[a+2] received
// value, R[a+3] mode. 1: the step is a method call set up in the window
// R[a+4 ..] with one argument (the caller runs it); 0: R[a+4] holds the
// inner result already; 2: the received return completes the generator
// with R[a+2] (the iterator has no return method); -1: an error.
int delegateStep(Heap &h, uint32_t base, uint32_t a);
// DELEGATED in the generator frame at fi: checks the inner result R[a+4].
// Done: R[a+2] = its value, and 1 (go on), or 2 (the mode was return:
// return R[a+2]). Not done: suspends yielding it as is (0). -1: an error.
int delegateResult(Heap &h, uint32_t fi, uint32_t a, const Instr *resumePc);

// The built-in next (magic GEN_NEXT), throw and return of %GeneratorPrototype%.
struct NativeCall;
Status generatorResumeNative(NativeCall &c);

// %GeneratorFunction.prototype% and %GeneratorPrototype%, made on first
// use (builtins/generator_builtins.cpp).
Status ensureGeneratorProtos(Heap &h);

}  // namespace eng

#endif
