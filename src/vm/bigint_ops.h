// The operators' BigInt cases (ES2020): ToNumeric, the mixed comparisons
// of a BigInt with a number or a string, and the TypeError of mixing a
// BigInt with a number in arithmetic (vm/bigint_ops.cpp; the arithmetic is
// value/bigint.cpp).
#ifndef ENG_VM_BIGINT_OPS_H
#define ENG_VM_BIGINT_OPS_H

#include "bytecode/opcodes.h"
#include "heap/heap.h"

namespace eng {

// ToNumeric (ES2024 7.1.3): a BigInt, or ToNumber's result as a number.
Status toNumeric(Heap &h, Value v, Value *out);
// a op b for two numeric values of which one at least is a BigInt:
// TypeError unless both are.
Status bigIntArithmetic(Heap &h, Opcode op, Value a, Value b, Value *out);
// a == b for two primitives (no boolean, no object), one a BigInt.
Status bigIntLooseEquals(Heap &h, Value a, Value b, bool *out);
// a < b for two primitives, one a BigInt (IsLessThan, ES2024 7.2.13):
// a string that is no integer makes the result undefined.
Status bigIntLessThan(Heap &h, Value a, Value b, bool *out, bool *undefinedResult);

}  // namespace eng

#endif
