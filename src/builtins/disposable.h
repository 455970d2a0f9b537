// Explicit resource management (ES2026 27.3, 27.4, 20.5.8; ENG_RESOURCE_MANAGEMENT):
// the DisposeCapability that DisposableStack, AsyncDisposableStack and the
// `using` / `await using` declarations (vm/interp.cpp OP_DISPOSE) share.
//
// A capability is a plain array of triples (value, method, kind), pushed in
// the order the resources are added and disposed of from the end.
#ifndef ENG_BUILTINS_DISPOSABLE_H
#define ENG_BUILTINS_DISPOSABLE_H

#include "config.h"

#if ENG_RESOURCE_MANAGEMENT

#include "heap/heap.h"
#include "vm/call.h"

namespace eng {

struct JSPromiseRecord;

// AddDisposableResource(list, v, hint) of a `using` declaration or use():
// null and undefined add nothing (sync) or an await (async); anything else
// must be an object with a [Symbol.dispose] ([Symbol.asyncDispose], or
// [Symbol.dispose] for async) method, else TypeError.
Status addDisposableResource(Heap &h, Value list, Value v, bool async);

// DisposeResources, synchronous: every resource of list, last first. A
// method that throws makes the completion a throw of its error, which
// suppresses the earlier one (a SuppressedError). *hasError and *error:
// the completion before (a throw, its value) and after.
Status disposeResources(Heap &h, Value list, bool *hasError, Value *error);

// DisposeResources, asynchronous: *promise settles once every resource is
// disposed of (each async method's result awaited): fulfilled with
// undefined, or rejected with the completion's error.
Status disposeResourcesAsync(Heap &h, Value list, bool hasError, Value error, Value *promise);

// The job of an await of disposeResourcesAsync (vm/promise.cpp runOneJob).
Status asyncDisposeJob(Heap &h, JSPromiseRecord *job);

// OP_DISPOSE (bytecode/opcodes.h; vm/dispose_op.cpp): registers from base.
Status disposeOp(Heap &h, uint32_t base, uint32_t ins);

// %IteratorPrototype%[@@dispose] and %AsyncIteratorPrototype%[@@asyncDispose].
Status iteratorProtoDispose(NativeCall &c);
Status asyncIteratorProtoDispose(NativeCall &c);

// Made on first use (makeBuiltinRef).
Status initSuppressedErrorBuiltins(Heap &h);
Status initDisposableStackBuiltins(Heap &h);
Status initAsyncDisposableStackBuiltins(Heap &h);

}  // namespace eng

#endif

#endif
