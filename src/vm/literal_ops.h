// Run-time parts of the ES2015 expression syntax (issue 9): spread, tagged
// template objects and object literal extensions.
#ifndef ENG_VM_LITERAL_OPS_H
#define ENG_VM_LITERAL_OPS_H

#include "bytecode/opcodes.h"
#include "heap/heap.h"

namespace eng {

// Appends the values that iterating `iterable` produces to target (spread.cpp).
Status spreadInto(Heap &h, JSArray *target, Value iterable);
// Array destructuring and for-of (spread.cpp): GetIterator, then one step
// at a time. The state is two values the caller keeps rooted (*iter,
// *state: see spread.cpp); *done once it is exhausted (*out is then
// undefined). A step that throws leaves the iteration done.
Status iterationOpen(Heap &h, Value iterable, Value *iter, Value *state);
Status iterationNext(Heap &h, Value *iter, Value *state, Value *out, bool *done);
// The remaining values, appended to target (a rest element).
Status iterationRest(Heap &h, Value *iter, Value *state, JSArray *target);
// IteratorClose unless the iteration is done; throwing: for a throw
// completion (errors of return() are dropped, the caller rethrows).
Status iterationClose(Heap &h, Value *iter, Value *state, bool throwing);

// Gives the cooked strings array its frozen `raw` array and freezes it
// (template_object.cpp).
Status finishTemplateObject(Heap &h, JSArray *strings, JSArray *raw);

// Object literal helpers (object_literal.cpp).
// prefix: 0 none, 1 "get ", 2 "set ".
Status setFunctionNameFromKey(Heap &h, JSObject *fn, Value key, uint32_t prefix);
void setLiteralPrototype(Heap &h, JSObject *o, Value proto);
// excluded: an array of property keys not copied (a rest property), or null.
Status copyDataProperties(Heap &h, JSObject *target, Value source, JSArray *excluded = nullptr);
// Object destructuring of undefined or null (destructuring.cpp): the
// TypeError, naming the first property when the pattern has one (key: a
// string, or undefined).
Status throwNotDestructurable(Heap &h, Value value, Value key);
// ITERINIT, ITERNEXT, ITERREST and REQOBJ on the frame whose registers
// start at stack[base] (read again after anything that may move the stack).
Status destructuringOp(Heap &h, uint32_t base, Instr ins, const Value *K);

}  // namespace eng

#endif
