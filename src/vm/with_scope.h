// The object environment of a `with` statement (ES2015 9.1.1.2.1
// HasBinding): a property the object has is no binding when the object's
// @@unscopables says so.
#ifndef ENG_VM_WITH_SCOPE_H
#define ENG_VM_WITH_SCOPE_H

#include "heap/heap.h"

namespace eng {

// *blocked: o[@@unscopables] is an object whose `name` property is truthy
// (getters on either run). o must be rooted by the caller.
Status withUnscopable(Heap &h, Value o, HString *name, bool *blocked);

}  // namespace eng

#endif
