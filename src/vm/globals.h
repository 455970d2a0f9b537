// Access to global variables by name (script-level names and unresolved
// free names of functions).
#ifndef ENG_VM_GLOBALS_H
#define ENG_VM_GLOBALS_H

#include "heap/heap.h"
#include "objects/object_ops.h"

namespace eng {

// The property of the global object g at the slot the hint in the name's
// header gives, when it is that name's (globals.cpp keeps the hints). The
// slot is in g's table: a name with a hint is a string in RAM, and the
// built-ins still in flash apart from it (objects/object.h JSGlobal) have
// read-only names, which take no hint.
inline PropRef globalAtHint(JSObject *g, const HString *name) {
    uint32_t slot = name->extra >> STR_GLOBAL_SLOT_SHIFT;
    if (!slot || slot > g->propCount()) return PropRef();
    Prop *p = &g->props[slot - 1];  // the global object is never shaped
    return p->key() == name ? PropRef(p) : PropRef();
}

// The executor's fast path: that property when no global lexical binding
// can shadow it; null otherwise (then getGlobal/setGlobal decide). The
// caller still checks what kind of property it is.
inline PropRef hintedGlobal(const Heap &h, const HString *name) {
    return h.lexicals ? PropRef() : globalAtHint(h.global, name);
}

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
