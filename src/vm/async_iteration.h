// for await (ES2024 14.7.5) and the iterators it wraps: GetIterator(obj,
// async), the steps of the loop and AsyncIteratorClose, each await being
// the frame's own (YIELD C = 1, vm/async.h). The compiler emits
// (compiler/parser_stmt.cpp), with it, it+1, it+2 the iteration and its
// done flag:
//       ITERINIT it, obj, 1
//   L:  AITERNEXT w, it, it+2      it+2 = true (an error does not close)
//       YIELD w, w, 1; RESUME w    Await(the next() result)
//       AITERRESULT x, w, it+2     it+2 = done, else x = the value
//       JMPIF it+2, end
//       <body>; JMP L
//   end: ... ITERCLOSE it, c, 2    (in the loop's finally) unless done:
//       YIELD it, it, 1            call return() and await its result
//       RESUME it, c, 3            (a throw completion c drops its errors)
//       ENDFINALLY c
//
// A sync iterable is wrapped as CreateAsyncFromSyncIterator says, but the
// wrapper is a PromiseRecord (RECORD_ASYNC_FROM_SYNC) that scripts never
// see: its next and return are run here, with the promises and reactions
// of %AsyncFromSyncIteratorPrototype%'s methods, so the order of jobs is
// the same.
#ifndef ENG_VM_ASYNC_ITERATION_H
#define ENG_VM_ASYNC_ITERATION_H

#include "heap/heap.h"

#if ENG_ASYNC_GENERATORS

#include "bytecode/opcodes.h"

namespace eng {

struct JSPromiseRecord;

// ITERINIT C = 1: *iter, *state = GetIterator(iterable, async) (the
// iterator and its next method, or a wrapped sync iteration).
Status asyncIterationOpen(Heap &h, Value iterable, Value *iter, Value *state);
// AITERNEXT and AITERRESULT on the frame whose registers start at stack[base].
Status asyncIterationOp(Heap &h, uint32_t base, Instr ins);
// ITERCLOSE C = 2: 1 when there is nothing to await (done, no return
// method, or an error dropped for a throw completion R[b]); 0: R[a] holds
// return()'s result, to await; -1: an error.
int asyncIterationClose(Heap &h, uint32_t base, uint32_t a, uint32_t b);
// RESUME C = 3, after that await: R[a], R[a+1] its value and mode.
Status asyncIterationClosed(Heap &h, uint32_t base, uint32_t a, uint32_t b);
// The wrapper of a sync iteration that ITERINIT C = 1 made, or null.
JSPromiseRecord *asFromSync(Value v);
// Its next, return or throw (mode: GeneratorMode) with value (if hasValue):
// *out = the promise %AsyncFromSyncIteratorPrototype%'s method returns.
Status asyncFromSyncCall(Heap &h, JSPromiseRecord *w, uint8_t mode, bool hasValue, Value value, Value *out);
// The job of a RECORD_FROM_SYNC_UNWRAP reaction.
Status asyncFromSyncUnwrapJob(Heap &h, JSPromiseRecord *job);

}  // namespace eng

#endif
#endif
