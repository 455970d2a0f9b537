// Symbol values (ES2023 6.1.5): made, described, and named from.
#ifndef ENG_VM_SYMBOL_H
#define ENG_VM_SYMBOL_H

#include "heap/heap.h"

namespace eng {

// A new symbol; description is a string, or null for none (Symbol()).
// Null with out-of-memory pending on failure.
HString *newSymbol(Heap &h, HString *description, uint16_t flags = 0);
// [[Description]] as a value: a string, or undefined.
Status symbolDescription(Heap &h, const HString *symbol, Value *out);
// SymbolDescriptiveString: "Symbol(" + description + ")".
HString *symbolDescriptiveString(Heap &h, HString *symbol);
// SetFunctionName's name for a symbol key: "[description]", or "".
HString *symbolFunctionName(Heap &h, HString *symbol);
// Makes Symbol and Symbol.prototype unless made (builtins/symbol_builtins.cpp:
// a fresh heap has neither): before a symbol's property is read or written
// and before Object(symbol).
Status ensureSymbolPrototype(Heap &h);

}  // namespace eng

#endif
