// Async functions (ES2017 27.7, 15.8): a generator frame that a promise
// drives. The call runs the body at once; INITGEN (C = 1) turns the frame
// into a suspendable one whose object (a JSGenerator, never seen by
// scripts) holds the function's promise. Each await (YIELD, C = 1)
// subscribes a RECORD_AWAIT reaction to the awaited promise and suspends:
// the caller gets the promise. The reaction's job resumes the frame from
// eng_run_jobs's loop (one executor per job, no C recursion between
// awaits). A return resolves the promise, an uncaught error rejects it.
#ifndef ENG_VM_ASYNC_H
#define ENG_VM_ASYNC_H

#include "heap/heap.h"

namespace eng {

// %AsyncFunction.prototype% (the [[Prototype]] of async functions), made
// with the first async function.
Status asyncFunctionPrototype(Heap &h, JSObject **out);

// INITGEN C = 1 in the frame at fi: the frame goes on as a generator frame.
Status asyncStart(Heap &h, uint32_t fi);
// Await(R[valueReg]) in the frame at fi: suspends it (its callee slot then
// holds the function's promise, what the caller of the first await gets).
Status asyncAwait(Heap &h, uint32_t fi, uint32_t valueReg, const Instr *resumePc, uint32_t resumeReg);
// The async frame at fi returns value: resolves the promise, which the
// frame returns (empty when that fails, an error pending).
Value asyncReturned(Heap &h, uint32_t fi, Value value);
// An error leaves the frame at fi: if it is an async function's (and the
// run was not stopped) its promise is rejected with it, the error is taken
// and *promise is what the frame returns.
bool asyncThrew(Heap &h, uint32_t fi, Value *promise);
// The job of an await's reaction: resumes the suspended function g with
// the awaited promise's value (rejected: thrown at the await).
Status asyncResume(Heap &h, Value g, bool rejected, Value v);

}  // namespace eng

#endif
