// for-in enumeration: a snapshot of the enumerable keys, re-checked on visit.
#ifndef ENG_VM_FORIN_H
#define ENG_VM_FORIN_H

#include "heap/heap.h"

namespace eng {

Status newForInIterator(Heap &h, Value subject, Value *out);
Status forInNext(Heap &h, Value iterator, Value *key, bool *has);

}  // namespace eng

#endif
