// Iterator steps the ES2026 Iterator methods share (iterator_protocol.h).
#include "builtins/iterator_protocol.h"

#if ENG_ITERATOR_INCLUDES || ENG_ITERATOR_JOIN || ENG_ITERATOR_ZIP || ENG_ITERATOR_CHUNKING

#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

namespace eng {

Status iteratorCloseNormally(Heap &h, Value iterator) {
    LocalRoot ri(h, iterator);
    Value ret;
    ENG_TRY(getValueProperty(h, ri.value, Value::pointer(atom(h, ATOM_return_)), &ret));
    if (ret.isNullish()) return Status::Ok;
    if (!isCallable(ret)) {
        char what[64];
        describeValue(h, ret, what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", what);
    }
    Value result;
    ENG_TRY(callValue(h, ret, ri.value, nullptr, 0, &result));
    if (!isObjectType(result)) return throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
    return Status::Ok;
}

Status iteratorCloseThrowing(Heap &h, Value iterator) {
    if (interrupted(h)) return Status::Error;  // nothing runs while a stop unwinds
    LocalRoot error(h, h.pending), ri(h, iterator);
    h.pending = Value::undefined();
    h.hasPending = false;
    Value ret, result;
    if (getValueProperty(h, ri.value, Value::pointer(atom(h, ATOM_return_)), &ret) == Status::Ok && isCallable(ret))
        (void)callValue(h, ret, ri.value, nullptr, 0, &result);
    if (interrupted(h)) return Status::Error;
    h.pending = error.value;
    h.hasPending = true;
    return Status::Error;
}

Status iteratorStepValue(Heap &h, Value iterator, Value next, Value *value, bool *done, bool wantValue) {
    Value result;
    ENG_TRY(callValue(h, next, iterator, nullptr, 0, &result));
    if (!isObjectType(result)) return throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
    LocalRoot rr(h, result);
    Value d;
    ENG_TRY(getValueProperty(h, rr.value, Value::pointer(atom(h, ATOM_done)), &d));
    *done = toBoolean(d);
    *value = Value::undefined();
    if (*done || !wantValue) return Status::Ok;
    return getValueProperty(h, rr.value, Value::pointer(atom(h, ATOM_value)), value);
}

Status iteratorThisObject(NativeCall &c, const char *method) {
    if (isObjectType(c.thisValue())) return Status::Ok;
    return throwError(c.heap, PROTO_TYPE_ERROR, "Iterator.prototype.%s called on a non-object", method);
}

}  // namespace eng

#endif
