// Run-time errors of destructuring patterns (ES2023 8.6.2, 13.15.5): an
// object pattern needs a value that RequireObjectCoercible accepts.
#include "bytecode/opcodes.h"
#include "strings/string.h"
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
    case OP_ITERINIT: {
        Value v = R[b];
        ENG_TRY(iterationOpen(h, v));
        R = h.stack + base;
        R[a] = v;
        R[a + 1] = Value::smallInt(0);
        return Status::Ok;
    }
    case OP_ITERNEXT: {
        Value position = R[b + 1], v;
        bool done;
        ENG_TRY(iterationNext(h, R[b], &position, &v, &done));
        R = h.stack + base;
        R[b + 1] = position;
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
        Value position = R[b + 1];
        ENG_TRY(iterationRest(h, R[b], &position, static_cast<JSArray *>(asObject(R[a]))));
        R = h.stack + base;
        R[b + 1] = position;
        return Status::Ok;
    }
    default: {  // OP_REQOBJ
        if (!R[a].isNullish()) return Status::Ok;
        uint32_t k = instrBx(ins);
        return throwNotDestructurable(h, R[a], k ? K[k - 1] : Value::undefined());
    }
    }
}

}  // namespace eng
