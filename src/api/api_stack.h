// The API's stack indexes, for the API's other files (api.cpp defines it).
#ifndef ENG_API_API_STACK_H
#define ENG_API_API_STACK_H

#include "heap/heap.h"

namespace eng {

// The value at an API index (from the running native function's frame,
// negative from the top); undefined when the index is outside the stack.
Value apiValueAt(eng_heap *h, int index);

}  // namespace eng

#endif
