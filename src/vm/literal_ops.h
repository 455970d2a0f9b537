// Run-time parts of the ES2015 expression syntax (issue 9): spread, tagged
// template objects and object literal extensions.
#ifndef ENG_VM_LITERAL_OPS_H
#define ENG_VM_LITERAL_OPS_H

#include "heap/heap.h"

namespace eng {

// Appends the values that iterating `iterable` produces to target (spread.cpp).
Status spreadInto(Heap &h, JSArray *target, Value iterable);

// Gives the cooked strings array its frozen `raw` array and freezes it
// (template_object.cpp).
Status finishTemplateObject(Heap &h, JSArray *strings, JSArray *raw);

// Object literal helpers (object_literal.cpp).
// prefix: 0 none, 1 "get ", 2 "set ".
Status setFunctionNameFromKey(Heap &h, JSObject *fn, Value key, uint32_t prefix);
void setLiteralPrototype(Heap &h, JSObject *o, Value proto);
Status copyDataProperties(Heap &h, JSObject *target, Value source);

}  // namespace eng

#endif
