// Access to global variables by name (script-level names and unresolved
// free names of functions).
#ifndef ENG_VM_GLOBALS_H
#define ENG_VM_GLOBALS_H

#include "heap/heap.h"

namespace eng {

Status getGlobal(Heap &h, HString *name, Value *out);  // ReferenceError if absent
Status setGlobal(Heap &h, HString *name, Value v, bool strict);
Status typeofGlobal(Heap &h, HString *name, Value *out);
Status deleteGlobal(Heap &h, HString *name, bool strict, Value *out);
// Eval code declares configurable (deletable) bindings (ES5 10.5 step 2).
Status declareGlobalVar(Heap &h, HString *name, bool evalCode);
Status declareGlobalFunction(Heap &h, HString *name, Value fn, bool evalCode);

// Block scoping: global lexical bindings (DECLLEX, INITLEX).
Status declareGlobalLexical(Heap &h, HString *name, uint32_t mode);
Status initGlobalLexical(Heap &h, HString *name, Value v);

}  // namespace eng

#endif
