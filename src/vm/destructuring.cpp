// Run-time errors of destructuring patterns (ES2023 8.6.2, 13.15.5): an
// object pattern needs a value that RequireObjectCoercible accepts.
#include "bytecode/opcodes.h"
#include "strings/string.h"
#include "vm/async_iteration.h"
#include "vm/errors.h"
#include "vm/literal_ops.h"

namespace eng {

Status throwNotDestructurable(Heap &h, Value value, Value key) {
    const char *what = value.isNull() ? "null" : "undefined";
    if (isString(key)) {
        char name[64];
        describeValue(h, key, name, sizeof name);
        return throwError(h, PROTO_TYPE_ERROR, "Cannot destructure property '%s' of '%s' as it is %s.", name, what,
                          what);
    }
    return throwError(h, PROTO_TYPE_ERROR, "Cannot destructure '%s' as it is %s.", what, what);
}

Status destructuringOp(Heap &h, uint32_t base, Instr ins, const Value *K) {
    uint32_t a = instrA(ins), b = instrB(ins);
    Value *R = h.stack + base;
    switch (instrOp(ins)) {
    // The state lives in two registers; the calls below may move the
    // stack, so it is worked on in roots and stored back, error or not.
    case OP_ITERINIT: {
        LocalRoot iter(h, R[b]), state(h, Value::undefined());
#if ENG_ASYNC_GENERATORS
        // C = 1: for await's GetIterator(obj, async) (vm/async_iteration.h).
        Status st = instrC(ins) ? asyncIterationOpen(h, R[b], &iter.value, &state.value)
                                : iterationOpen(h, R[b], &iter.value, &state.value);
#else
        Status st = iterationOpen(h, R[b], &iter.value, &state.value);
#endif
        R = h.stack + base;
        R[a] = iter.value;
        R[a + 1] = state.value;
        return st;
    }
    case OP_ITERNEXT: {
        LocalRoot iter(h, R[b]), state(h, R[b + 1]);
        Value v;
        bool done;
        Status st = iterationNext(h, &iter.value, &state.value, &v, &done);
        R = h.stack + base;
        R[b + 1] = state.value;
        ENG_TRY(st);
        // for-of (C: the done flag's register): a finished iteration leaves
        // the target alone, so that an undefined element is not the end.
        if (uint32_t flag = instrC(ins)) {
            R[flag] = Value::boolean(done);
            if (done) return Status::Ok;
        }
        R[a] = v;
        return Status::Ok;
    }
    case OP_ITERREST: {
        LocalRoot iter(h, R[b]), state(h, R[b + 1]);
        Status st = iterationRest(h, &iter.value, &state.value, static_cast<JSArray *>(asObject(R[a])));
        R = h.stack + base;
        R[b + 1] = state.value;
        return st;
    }
    case OP_ITERCLOSE: {
        // C = 1: R[B] is a finally block's completion kind (for-of).
        bool throwing = instrC(ins) && R[b] == Value::smallInt(COMPLETION_THROW);
        LocalRoot iter(h, R[a]), state(h, R[a + 1]);
        R[a + 1] = Value::undefined();
        return iterationClose(h, &iter.value, &state.value, throwing);
    }
    default: {  // OP_REQOBJ
        if (!R[a].isNullish()) return Status::Ok;
        uint32_t k = instrBx(ins);
        return throwNotDestructurable(h, R[a], k ? K[k - 1] : Value::undefined());
    }
    }
}

}  // namespace eng
