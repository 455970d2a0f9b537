// The keyed collections' built-ins (map_set_builtins.cpp, set_methods.cpp,
// weak_collection_builtins.cpp): what their files share.
#ifndef ENG_BUILTINS_COLLECTIONS_H
#define ENG_BUILTINS_COLLECTIONS_H

#include "builtins/builtins.h"
#include "objects/collection.h"
#include "vm/call.h"

namespace eng {

// this as a collection of class cls, or a TypeError naming the method
// (what: "Map.prototype.get").
Status thisCollection(NativeCall &c, ObjectClass cls, const char *what, JSCollection **out);
// A new collection of class cls with its built-in prototype.
Status makeCollection(Heap &h, ObjectClass cls, JSCollection **out);
// Ends an iteration that a throw completion interrupts (IteratorClose), the
// pending error kept; always Status::Error.
Status closeIterationThrowing(Heap &h, Value *iter, Value *state);

// ES2025 Set.prototype methods taking another set-like (set_methods.cpp).
Status setUnion(NativeCall &c);
Status setIntersection(NativeCall &c);
Status setDifference(NativeCall &c);
Status setSymmetricDifference(NativeCall &c);
Status setIsSubsetOf(NativeCall &c);
Status setIsSupersetOf(NativeCall &c);
Status setIsDisjointFrom(NativeCall &c);

#if ENG_UPSERT
// Map and WeakMap getOrInsert / getOrInsertComputed (ES2026, upsert;
// collection_upsert.cpp; magic 0: Map, 1: WeakMap).
Status mapGetOrInsert(NativeCall &c);
Status mapGetOrInsertComputed(NativeCall &c);
#endif

}  // namespace eng

#endif
