// The slow paths of the binary and unary operators (fast integer paths are
// inline in the executor).
#ifndef ENG_VM_OPERATORS_H
#define ENG_VM_OPERATORS_H

#include "bytecode/opcodes.h"
#include "heap/heap.h"

namespace eng {

Status opAdd(Heap &h, Value a, Value b, Value *out);
// opAdd where the register holding the string a receives the result
// (`s += x`, `a + b + c`): a string nothing else holds may be appended to
// in place (strings/string.h appendToString).
Status opAppend(Heap &h, HString *a, Value b, Value *out);
// SUB MUL DIV MOD BAND BOR BXOR SHL SHR USHR
Status opArithmetic(Heap &h, Opcode op, Value a, Value b, Value *out);  // also OP_POW
double numberPow(double x, double y);
// EQ NE SEQ SNE LT LE GT GE
Status opCompare(Heap &h, Opcode op, Value a, Value b, Value *out);
Status opInstanceOf(Heap &h, Value a, Value b, Value *out);
// OrdinaryHasInstance(c, o) (Function.prototype[@@hasInstance]).
Status ordinaryHasInstance(Heap &h, Value c, Value o, bool *out);
// Function.prototype[@@hasInstance] as a value (a lightfunc).
Value functionHasInstanceValue();
Status opIn(Heap &h, Value a, Value b, Value *out);
// NEG TONUM BNOT INC DEC; TONUM with `numeric` is ToNumeric (the old
// value of x++, which may be a BigInt), without it unary + (ToNumber).
Status opUnary(Heap &h, Opcode op, Value a, Value *out, bool numeric = false);

}  // namespace eng

#endif
