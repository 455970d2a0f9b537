// OP_DISPOSE: what `using` and `await using` declarations run
// (ENG_RESOURCE_MANAGEMENT; compiler/block_scope.cpp emits it).
#include "config.h"

#if ENG_RESOURCE_MANAGEMENT

#include "builtins/disposable.h"
#include "bytecode/opcodes.h"
#include "vm/errors.h"

namespace eng {

Status disposeOp(Heap &h, uint32_t base, uint32_t ins) {
    Value *R = h.stack + base;
    uint32_t a = instrA(ins), b = instrB(ins), c = instrC(ins);
    Value list = R[a];
    if (!isObject(list) || asObject(list)->cls() != ObjectClass::Array)
        return throwError(h, PROTO_ERROR, "Invalid bytecode");  // an image from outside
    if (c < 2) return addDisposableResource(h, list, R[b], c == 1);
    bool hasError = R[b] == Value::smallInt(COMPLETION_THROW);
    Value error = hasError ? R[b + 1] : Value::undefined();
    if (c == 3) {
        Value promise;
        ENG_TRY(disposeResourcesAsync(h, list, hasError, error, &promise));
        h.stack[base + a] = promise;
        return Status::Ok;
    }
    bool hadError = hasError;
    ENG_TRY(disposeResources(h, list, &hasError, &error));
    if (!hasError || (hadError && error == h.stack[base + b + 1])) return Status::Ok;
    // A disposal threw: the finally block completes with that throw.
    R = h.stack + base;
    R[b] = Value::smallInt(COMPLETION_THROW);
    R[b + 1] = error;
    return Status::Ok;
}

}  // namespace eng

#endif
