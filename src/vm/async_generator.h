// Async generators (ES2024 27.6, 15.6): a generator frame (vm/generator.h)
// driven by a queue of requests, awaiting as an async function does
// (vm/async.h).
//
// The object is a JSGenerator whose function is `async function*`; its
// `promise` field holds the queue: JSPromiseRecords of kind
// RECORD_ASYNCGEN_REQUEST linked by `next` (promise: the promise next,
// throw or return gave, argument: the value, rejected: the GeneratorMode).
// The request at the head is the one being served; it leaves the queue
// when its promise settles (AsyncGeneratorCompleteStep). The frame runs in
// a nested executor from the built-in next/throw/return and from await
// jobs; what it leaves in its callee slot is not used.
//
// The compiler emits for `yield v` (compiler/generator.cpp):
//   YIELD r, v, 1      Await(v)
//   RESUME r           (a rejection is thrown here)
//   YIELD r, r, 2      AsyncGeneratorYield: settle the head, then take the
//                      next request or suspend
//   RESUME r, 0, 1     next: skip one; throw: throw; return: Await(value),
//                      resuming at the following RESUME
//   RESUME r, 0, 2     return the awaited value (a rejection is thrown)
// and for `return v`: YIELD r, v, 1; RESUME r, 0, 2.
#ifndef ENG_VM_ASYNC_GENERATOR_H
#define ENG_VM_ASYNC_GENERATOR_H

#include "heap/heap.h"

#if ENG_ASYNC_GENERATORS

#include "bytecode/image.h"
#include "vm/generator.h"

namespace eng {

inline bool isAsyncGeneratorFlags(uint32_t flags) {
    return (flags & (FN_ASYNC | FN_GENERATOR)) == (FN_ASYNC | FN_GENERATOR);
}
// The generator object of an async generator function, or null.
JSGenerator *asAsyncGenerator(Value v);

// %AsyncGeneratorFunction.prototype% (the [[Prototype]] of async generator
// functions) and %AsyncGeneratorPrototype%, made with the first async
// generator function (builtins/async_generator_builtins.cpp).
Status asyncGeneratorFunctionPrototype(Heap &h, JSObject **out);
Status asyncGeneratorPrototype(Heap &h, JSObject **out);

// YIELD C = 2 in the frame at fi: AsyncGeneratorYield(R[valueReg]). 1: the
// frame is suspended (suspendedYield); 0: the next request was waiting, its
// value and mode are in R[resumeReg], R[resumeReg + 1] and the frame goes
// on; -1: an error.
int asyncGeneratorYield(Heap &h, uint32_t fi, uint32_t valueReg, const Instr *resumePc, uint32_t resumeReg);
// The async generator frame at fi returns value: completed, the head
// request fulfils with { value, done: true } and the rest of the queue
// drains. What the frame returns (empty when that fails, an error pending).
Value asyncGeneratorReturned(Heap &h, uint32_t fi, Value value);
// An error e leaves the async generator frame at fi: completed, the head
// request rejects with it, the queue drains.
Status asyncGeneratorThrew(Heap &h, uint32_t fi, Value e);
// yield* in an async generator (ES2024 15.5.5) over the registers of
// DELEGATE (vm/generator.h: R[a] iterator, R[a+1] its next method, R[a+2]
// received value, R[a+3] mode, R[a+4 ..] the call window, whose result is
// awaited before DELEGATED). The compiler emits:
//       ITERINIT a, v, 1; LOADUNDEF a+2; LOADI a+3, NORMAL
//   L:  DELEGATE a             the inner method's call, or its result
//       YIELD a+4, a+4, 1; RESUME a+4
//       DELEGATED a, end       done, or AsyncGeneratorYield(value)
//       DELEGATE a, 0, 2       a received return: Await(value) ...
//       YIELD a+4, a+2, 1
//       DELEGATE a, 0, 3       ... (a rejection becomes a throw)
//       JMP L
// DELEGATE (C = 0) in the frame at fi: 1: the call is set up in the
// window; 0: R[a+4] holds what to await; 2: return R[a+2]; -1: an error.
// C = 2: 3 unless the mode is return (skip the await), else 0; C = 3: 0.
int asyncDelegateStep(Heap &h, uint32_t fi, uint32_t a, uint32_t c);
// DELEGATED: 1: done (R[a+2] = the value, jump); 2: done and the mode was
// return (return R[a+2]); 0: suspended at AsyncGeneratorYield; 3: a
// request was waiting (R[a+2], R[a+3]), go on; -1: an error.
int asyncDelegateResult(Heap &h, uint32_t fi, uint32_t a, const Instr *resumePc);
// The job of AsyncGeneratorAwaitReturn's reaction (RECORD_ASYNCGEN_RETURN).
Status asyncGeneratorReturnJob(Heap &h, Value g, bool rejected, Value v);
// The built-in next (magic GEN_NEXT), throw and return of %AsyncGeneratorPrototype%.
struct NativeCall;
Status asyncGeneratorMethod(NativeCall &c);

}  // namespace eng

#endif
#endif
