// Block scoping at run time: bindings in their temporal dead zone (they hold
// the empty special) and assignments to const bindings.
#ifndef ENG_VM_TDZ_H
#define ENG_VM_TDZ_H

#include "bytecode/opcodes.h"
#include "heap/heap.h"

namespace eng {

// ReferenceError "Cannot access 'name' before initialization".
Status throwUninitialized(Heap &h, HString *name);
// TypeError "Assignment to constant variable.".
Status throwConstAssignment(Heap &h);
// GETUPVALCHK, SETUPVALCHK, SETUPVALCONST, TYPEOFUPVALCHK on an upvalue's
// box (null: a global of that name); *reg is the instruction's R[A].
Status checkedUpvalue(Heap &h, Opcode op, Box *box, HString *name, Value *reg, bool strict);

}  // namespace eng

#endif
