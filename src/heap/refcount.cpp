// Reconciling the zero-count table: see refcount.h.
#include "heap/refcount.h"

#include "heap/children.h"
#include "strings/string.h"

#if ENG_RC_VERIFY
#include <stdio.h>
#include <stdlib.h>
#endif

namespace eng {

#if ENG_USE_REFCOUNT
namespace {

#if ENG_RC_VERIFY
[[noreturn]] void verifyFailed(const char *what, const GcHeader *obj) {
    fprintf(stderr, "reference counting: %s (allocation %p, type %d)\n", what,
            static_cast<const void *>(obj), static_cast<int>(obj->type));
    abort();
}

void clearMarks(Heap &h) {
    for (GcHeader *o = h.objects; o; o = o->next) o->gcFlags &= static_cast<uint8_t>(~GC_MARKED);
    for (uint32_t i = 0; i < h.stringBuckets; i++)
        for (GcHeader *s = h.strings[i]; s; s = s->next) s->gcFlags &= static_cast<uint8_t>(~GC_MARKED);
}
#endif

// Read-only allocations are never in the table: nothing to note.
void setRooted(Heap &, GcHeader *obj) {
    if (obj && !isReadOnly(obj)) obj->gcFlags |= GC_ROOTED;
}

void clearRooted(Heap &, GcHeader *obj) {
    if (obj && !isReadOnly(obj)) obj->gcFlags &= static_cast<uint8_t>(~GC_ROOTED);
}

void removeZctEntry(Heap &h, uint32_t i) {
    h.zct[i]->gcFlags &= static_cast<uint8_t>(~GC_IN_ZCT);
    h.zct[i] = h.zct[--h.zctCount];
}

// Frees an allocation nothing refers to. Its own references are released
// first (counts reaching zero land in the table and are looked at later in
// the same reconciliation). Strings leave the intern table at once; other
// allocations keep their block, marked Dead, until they are unlinked from
// the object list (see sweepDead).
void release(Heap &h, GcHeader *obj) {
    forEachChild(obj, [&h](GcHeader *child) { rcDec(h, child); });
    h.stats.rc_frees++;
    if (obj->type == HeapType::String) {
        freeInternedString(h, static_cast<HString *>(obj));
        return;
    }
    size_t size = freeGcContents(h, obj);
    obj->type = HeapType::Dead;
    *reinterpret_cast<size_t *>(obj + 1) = size;
    h.deadBytes += size;
}

// Unlinks and frees the Dead allocations in the list up to `end`.
void sweepDead(Heap &h, const GcHeader *end) {
    HeapPtr<GcHeader> *link = &h.objects;
    while (*link && *link != end) {
        GcHeader *o = *link;
        if (o->type == HeapType::Dead) {
            *link = o->next;
            size_t size = deadSize(o);
            h.deadBytes -= size;
            heapFree(h, o, size);
        } else {
            link = &o->next;
        }
    }
}

}  // namespace
#endif

void zctAdd(Heap &h, GcHeader *obj) {
    if (obj->gcFlags & GC_IN_ZCT) return;
    // A full table drops the entry: the collector will find it.
    if (h.zctCount == ENG_RC_ZCT_SIZE) return;
    obj->gcFlags |= GC_IN_ZCT;
    h.zct[h.zctCount++] = obj;
}

void zctReplace(Heap &h, GcHeader *from, GcHeader *to) {
    for (uint32_t i = 0; i < h.zctCount; i++)
        if (h.zct[i] == from) h.zct[i] = to;
}

void rcUnderflow(GcHeader *obj) {
#if ENG_RC_VERIFY && ENG_USE_REFCOUNT
    verifyFailed("count dropped below zero (a reference was stored without rcInit/rcStore)", obj);
#else
    (void)obj;
#endif
}

void reconcile(Heap &h) {
#if ENG_USE_REFCOUNT
    if (h.gcRunning || h.gcDisabled) return;
    h.gcRunning = true;
    h.allocsSinceReconcile = 0;
    h.bytesSinceReconcile = 0;
    forEachRoot(h, setRooted);
#if ENG_RC_VERIFY
    markReachable(h);
#endif
    uint32_t i = 0;
    while (i < h.zctCount) {
        GcHeader *obj = h.zct[i];
        if (obj->gcFlags & RC_MAX) {
            removeZctEntry(h, i);  // stored somewhere since
        } else if (obj->gcFlags & GC_ROOTED) {
            i++;  // only the stack refers to it: look again next time
        } else {
            removeZctEntry(h, i);
#if ENG_RC_VERIFY
            if (obj->gcFlags & GC_MARKED) verifyFailed("freeing a reachable allocation", obj);
#endif
            release(h, obj);
        }
    }
    forEachRoot(h, clearRooted);
#if ENG_RC_VERIFY
    clearMarks(h);
#endif
    // Most garbage is young: unlink what died since the last reconciliation
    // cheaply, and walk the whole list only once dead blocks add up.
    sweepDead(h, h.youngBoundary);
    if (h.deadBytes > 1024 + h.stats.bytes_in_use / 8) sweepDead(h, nullptr);
    h.youngBoundary = h.objects;
    h.gcRunning = false;
#else
    (void)h;
#endif
}

}  // namespace eng
