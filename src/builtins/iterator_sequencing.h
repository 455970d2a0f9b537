// Iterator.concat (ES2026 27.1.2.1, iterator sequencing): an Iterator
// Helper whose closure (runSequence) opens each item's iterator in turn.
#ifndef ENG_BUILTINS_ITERATOR_SEQUENCING_H
#define ENG_BUILTINS_ITERATOR_SEQUENCING_H

#include "config.h"

#if ENG_ITERATOR_SEQUENCING

#include "vm/call.h"

namespace eng {

Status iteratorConcat(NativeCall &c);  // iterator_sequencing.cpp
// One resumption of a concat helper's closure (as runHelper's): *done at
// its end, else *out is the next value.
Status runSequence(Heap &h, Value helper, Value *out, bool *done);
// A new helper over items (iterator_helpers.cpp).
Status newSequenceHelper(Heap &h, Value items, Value *out);

}  // namespace eng

#endif
#endif
