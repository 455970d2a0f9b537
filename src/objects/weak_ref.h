// WeakRef and FinalizationRegistry objects (ES2025 26.1, 26.2), the kept
// list (9.10 AddToKeptObjects / ClearKeptObjects) and what reference
// counting and the collector do for them (docs/memory.md, Weak references).
//
// A target (and an unregister token) is no reference at all, like a weak
// collection's key: it carries the same flag (OBJ_CLASS_WEAK_KEY /
// SYM_WEAK_KEY), and freeing a flagged allocation, by reference counting
// or by the sweep, clears the WeakRefs that name it and turns the registry
// cells that name it into cells awaiting cleanup. Their callbacks run later
// as jobs of the job queue (runFinalizationCleanup), never from the
// collector.
#ifndef ENG_OBJECTS_WEAK_REF_H
#define ENG_OBJECTS_WEAK_REF_H

#include "heap/heap.h"

#if ENG_WEAK_REFS

namespace eng {

// ObjectClass WeakRef.
struct JSWeakRef : JSObject {
    Value target;     // undefined once the target has died (not counted)
    JSWeakRef *next;  // WeakRefHost::refs
};

// One register() call. target empty: the target died and the cell awaits
// its cleanup callback.
struct FinalizationCell {
    Value target;  // not counted
    Value held;    // counted
    Value token;   // not counted; undefined: none (or it died)
};

// ObjectClass FinalizationRegistry.
struct JSFinalizationRegistry : JSObject {
    Value cleanup;             // the callback (counted)
    FinalizationCell *cells;   // heapAlloc'd, cap entries
    uint32_t count;
    uint32_t cap;
    uint32_t dead;             // cells awaiting cleanup
    JSFinalizationRegistry *next;  // WeakRefHost::registries
};

// The heap's block for all of this (LateIntrinsics::weakRefHost), made with the first
// WeakRef or registry.
struct WeakRefHost {
    JSWeakRef *refs;
    JSFinalizationRegistry *registries;
    Value *kept;  // [[KeptAlive]]: roots (not counted) until the job ends
    uint32_t keptCount;
    uint32_t keptCap;
    bool cleanupPending;  // some registry has dead cells
};

// New objects with prototype proto (nulls with out-of-memory pending).
JSWeakRef *newWeakRef(Heap &h, JSObject *proto, Value target);
JSFinalizationRegistry *newFinalizationRegistry(Heap &h, JSObject *proto, Value cleanup);

// register(target, held, token): token undefined for none.
Status finalizationRegister(Heap &h, JSFinalizationRegistry *r, Value target, Value held, Value token);
// unregister(token): true when some cell went.
bool finalizationUnregister(Heap &h, JSFinalizationRegistry *r, Value token);

// AddToKeptObjects: v stays alive until clearKeptObjects.
Status keepObject(Heap &h, Value v);
// ClearKeptObjects: at the end of a script and of each job.
void clearKeptObjects(Heap &h);

// The job queue's part (vm/promise.cpp): runs the cleanup callbacks of one
// registry with dead cells; false when there is none.
bool runFinalizationCleanup(Heap &h, Status *status);
inline WeakRefHost *weakRefHostOf(const Heap &h) { return h.late ? h.late->weakRefHost : nullptr; }
inline bool finalizationPending(const Heap &h) {
    WeakRefHost *w = weakRefHostOf(h);
    return w && w->cleanupPending;
}

// The heap's part.
size_t weakRefObjectSize(const JSObject *o);
void freeWeakRefContents(Heap &h, JSObject *o);
// A flagged allocation is being freed.
void weakTargetDied(Heap &h, GcHeader *target);
// Marking: the kept list is a root.
void forEachKeptRoot(Heap &h, void (*fn)(Heap &, GcHeader *));
// Before the sweep: targets and tokens not reached die, WeakRefs and
// registries not reached leave their lists (the sweep frees them).
void sweepWeakRefs(Heap &h);
// heapDestroy: the lists and the kept list go before the objects.
void destroyWeakRefHost(Heap &h);

}  // namespace eng

#endif

#endif
