// Block scoping at run time (see tdz.h). Out of the dispatch loop: these are
// rare, and keeping them out keeps the loop's code as it was.
#include "vm/tdz.h"

#include "heap/refcount.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/globals.h"

namespace eng {

Status throwUninitialized(Heap &h, HString *name) {
    char text[64];
    describeValue(h, Value::pointer(name), text, sizeof text);
    return throwError(h, PROTO_REFERENCE_ERROR, "Cannot access '%s' before initialization", text);
}

Status throwConstAssignment(Heap &h) { return throwError(h, PROTO_TYPE_ERROR, "Assignment to constant variable."); }

Status checkedUpvalue(Heap &h, Opcode op, Box *box, HString *name, Value *reg, bool strict) {
    if (!box) {  // not a binding of any enclosing function: a global
        if (op == OP_GETUPVALCHK) return getGlobal(h, name, reg);
        if (op == OP_TYPEOFUPVALCHK) return typeofGlobal(h, name, reg);
        return setGlobal(h, name, *reg, strict);
    }
    if (box->value.isEmpty()) return throwUninitialized(h, name);
    switch (op) {
    case OP_SETUPVALCONST: return throwConstAssignment(h);
    case OP_SETUPVALCHK: rcStore(h, box->value, *reg); break;
    case OP_TYPEOFUPVALCHK: *reg = Value::pointer(typeOf(h, box->value)); break;
    default: *reg = box->value; break;
    }
    return Status::Ok;
}

}  // namespace eng
