// Deferred reference counting. Every allocation counts the references other
// heap allocations hold to it; references from the value stack, registers
// and C locals are not counted, so the executor's register writes cost
// nothing. An allocation whose count is zero goes into the zero-count table
// (ZCT); at an allocation safe point (where a collection could run anyway)
// the table is reconciled against the roots: entries still at zero that no
// root refers to are garbage and are freed at once, releasing their own
// references in turn. New allocations start in the table at zero.
//
// Counts are 5 bits and stick at RC_MAX; cycles and stuck counts are left to
// the mark-and-sweep collector, which also recounts everything it reaches.
// A count that is too high only delays freeing; a count that is too low
// would free a live object, so every store of a reference into a heap
// allocation must go through the helpers below (rcInit for a slot being
// filled for the first time, rcStore to overwrite one).
#ifndef ENG_HEAP_REFCOUNT_H
#define ENG_HEAP_REFCOUNT_H

#include "heap/heap.h"

namespace eng {

void zctAdd(Heap &h, GcHeader *obj);  // a count dropped to zero
void rcUnderflow(GcHeader *obj);      // a count was already zero: a store missed rcInit
// from (listed in the table) moved to the block `to`, which takes its entry.
void zctReplace(Heap &h, GcHeader *from, GcHeader *to);

inline void rcInc(GcHeader *p) {
#if ENG_USE_REFCOUNT
    if (p && (p->gcFlags & RC_MAX) != RC_MAX) p->gcFlags = static_cast<uint8_t>(p->gcFlags + RC_ONE);
#else
    (void)p;
#endif
}

inline void rcDec(Heap &h, GcHeader *p) {
#if ENG_USE_REFCOUNT
    if (!p) return;
    uint8_t count = p->gcFlags & RC_MAX;
    if (count == RC_MAX) return;  // stuck: only the collector can free it
    if (count == 0) return rcUnderflow(p);
    p->gcFlags = static_cast<uint8_t>(p->gcFlags - RC_ONE);
    if (count == RC_ONE) zctAdd(h, p);
#else
    (void)h;
    (void)p;
#endif
}

inline void rcInc(Value v) {
    if (v.isPointer()) rcInc(v.asPointer());
}

inline void rcDec(Heap &h, Value v) {
    if (v.isPointer()) rcDec(h, v.asPointer());
}

// Fills a slot that held nothing counted (fresh or cleared memory).
inline void rcInit(Value &slot, Value v) {
    rcInc(v);
    slot = v;
}
template <typename T>
inline void rcInit(T *&slot, T *p) {
    rcInc(p);
    slot = p;
}
#if ENG_USE_PTR16
template <typename T>
inline void rcInit(HeapPtr<T> &slot, T *p) {
    rcInc(p);
    slot = p;
}
#endif

// Overwrites a slot that holds a counted reference.
inline void rcStore(Heap &h, Value &slot, Value v) {
    rcInc(v);
    Value old = slot;
    slot = v;
    rcDec(h, old);
}
template <typename T>
inline void rcStore(Heap &h, T *&slot, T *p) {
    rcInc(p);
    T *old = slot;
    slot = p;
    rcDec(h, old);
}
#if ENG_USE_PTR16
template <typename T>
inline void rcStore(Heap &h, HeapPtr<T> &slot, T *p) {
    rcInc(p);
    T *old = slot;
    slot = p;
    rcDec(h, old);
}
#endif

// Drops the reference a slot holds (the slot itself is being discarded).
inline void rcDrop(Heap &h, Value v) { rcDec(h, v); }

// Frees what the ZCT shows to be garbage. Runs only where a collection
// could (heapAlloc decides when); never allocates.
void reconcile(Heap &h);

}  // namespace eng

#endif
