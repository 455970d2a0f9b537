// Mark-and-sweep collection. Marking never allocates and never recurses:
// pending objects go on a small fixed stack inside the heap, and when it
// overflows the heap is rescanned for marked objects with unmarked children.
#include <string.h>

#include "heap/children.h"
#include "heap/heap.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "objects/weak_ref.h"
#include "regexp/regexp_object.h"
#include "strings/string.h"
#include "value/bigint.h"
#include "vm/frames.h"
#include "vm/inline_cache.h"

namespace eng {

namespace {

// edge: reached through another allocation's reference (counted when
// recounting), as opposed to straight from a root.
void markObject(Heap &h, GcHeader *obj, bool edge) {
    if (!obj || isReadOnly(obj)) return;
    if (obj->gcFlags & GC_MARKED) {
        if (edge && h.markRecount) rcInc(obj);
        return;
    }
    obj->gcFlags |= GC_MARKED;
    if (h.markRecount)
        obj->gcFlags = static_cast<uint8_t>((obj->gcFlags & ~RC_MAX) | (edge ? RC_ONE : 0));
    if (obj->type == HeapType::String || obj->type == HeapType::Number || obj->type == HeapType::PrivateName ||
        obj->type == HeapType::Symbol || obj->type == HeapType::BigInt)
        return;
    if (h.markTop < h.markCap) h.markStack[h.markTop++] = obj;
    else h.markOverflow = true;
}

void markChildren(Heap &h, GcHeader *obj) {
    forEachChild(obj, [&h](GcHeader *child) { markObject(h, child, true); }, false);
}

void drain(Heap &h) {
    for (;;) {
        while (h.markTop > 0) markChildren(h, h.markStack[--h.markTop]);
        if (!h.markOverflow) return;
        // Rescanning visits some references twice: counts only come out
        // too high, which merely leaves those objects to the next collection.
        h.markOverflow = false;
        for (GcHeader *o = h.objects; o; o = o->next)
            if (o->gcFlags & GC_MARKED) {
                markChildren(h, o);
                while (h.markTop > 0) markChildren(h, h.markStack[--h.markTop]);
            }
    }
}

void markRoot(Heap &h, GcHeader *obj) { markObject(h, obj, false); }

void drainAll(Heap &h) { drain(h); }

// Roots that live as long as the heap: their counts are pinned at RC_MAX so
// that reference counting never considers them.
void markPermanentRoot(Heap &h, GcHeader *obj) {
    markObject(h, obj, false);
    if (obj && h.markRecount && !isReadOnly(obj)) obj->gcFlags |= RC_MAX;
}

void forEachPermanentRoot(Heap &h, void (*fn)(Heap &, GcHeader *)) {
    if (h.outOfMemoryError.isPointer()) fn(h, h.outOfMemoryError.asPointer());
    fn(h, h.global);
    if (h.lexicals) fn(h, h.lexicals);
    for (int i = 0; h.late && i < LATE__COUNT; i++)
        if (h.late->objects[i]) fn(h, h.late->objects[i]);
    for (JSObject *p : h.coreProtos) fn(h, p);
    fn(h, h.strictThrower);
    for (uint32_t i = 0; i < h.lightFuncObjectCount; i++) fn(h, h.lightFuncObjects[i].object);
    fn(h, h.math);
    fn(h, h.json);
    for (int i = 0; h.late && i < PROTO__COUNT; i++) {
        fn(h, h.late->protos[i]);
        fn(h, h.late->ctors[i]);
    }
    for (JSObject *proto : h.generatorProtos)
        if (proto) fn(h, proto);
}

// Before a sweep: entries about to be freed leave the zero-count table.
void dropUnmarkedFromZct(Heap &h) {
    uint32_t kept = 0;
    for (uint32_t i = 0; i < h.zctCount; i++)
        if (h.zct[i]->gcFlags & GC_MARKED) h.zct[kept++] = h.zct[i];
    h.zctCount = kept;
}

void sweepObjects(Heap &h) {
    HeapPtr<GcHeader> *link = &h.objects;
    GcHeader *deadShapes = nullptr;
    while (GcHeader *o = *link) {
        if (o->gcFlags & GC_MARKED) {
            o->gcFlags &= static_cast<uint8_t>(~GC_MARKED);
            if ((o->gcFlags & RC_MAX) == 0) zctAdd(h, o);
            link = &o->next;
        } else if (o->type == HeapType::Shape) {
            // Last: freeing a shaped object reads its shape's header.
            *link = o->next;
            o->next = deadShapes;
            deadShapes = o;
        } else {
            *link = o->next;
            freeGcObject(h, o);
        }
    }
    while (GcHeader *s = deadShapes) {
        deadShapes = s->next;
        freeGcObject(h, s);
    }
}

}  // namespace

void forEachRoot(Heap &h, void (*fn)(Heap &, GcHeader *)) {
    // A call lowers the stack top to the end of its arguments, but the
    // caller's registers above them come back into view when it returns:
    // these count up to the highest frame top so that they stay valid.
    uint32_t limit = h.stackTop;
    for (uint32_t i = 0; i < h.frameCount; i++) {
        uint32_t top = frameTop(h, i);
        if (top > limit) limit = top;
    }
    for (uint32_t i = 0; i < limit; i++)
        if (h.stack[i].isPointer()) fn(h, h.stack[i].asPointer());
    for (uint32_t i = 0; i < h.frameCount; i++)
        if (h.frames[i].callee) fn(h, h.frames[i].callee);  // null: a lightfunc
    for (LocalRoot *r = h.roots; r; r = r->previous)
        if (r->value.isPointer()) fn(h, r->value.asPointer());
    if (h.pending.isPointer()) fn(h, h.pending.asPointer());
    if (h.jobHead) fn(h, h.jobHead);
    if (h.rejectionsToReport) fn(h, h.rejectionsToReport);
#if ENG_WEAK_REFS
    forEachKeptRoot(h, fn);
#endif
}

bool soleRootReference(Heap &h, const GcHeader *p, uint32_t maxSlots) {
#if ENG_USE_REFCOUNT
    if ((p->gcFlags & RC_MAX) || h.frameCount > maxSlots) return false;
    // The same slots forEachRoot visits; frames' callees are never strings.
    uint32_t limit = h.stackTop;
    for (uint32_t i = 0; i < h.frameCount; i++) {
        uint32_t top = frameTop(h, i);
        if (top > limit) limit = top;
    }
    if (limit > maxSlots) return false;
    uint32_t seen = 0;
    Value v = Value::pointer(const_cast<GcHeader *>(p));
    for (uint32_t i = 0; i < limit; i++)
        if (h.stack[i] == v && ++seen > 1) return false;
    for (LocalRoot *r = h.roots; r; r = r->previous)
        if (r->value == v) return false;
    return seen == 1 && !(h.pending == v);
#else
    (void)h;
    (void)p;
    (void)maxSlots;
    return false;
#endif
}

void markReachable(Heap &h) {
    // The mark stack exists only while marking (a fresh heap does not hold
    // it); short of memory, the reserve slots do, with more rescans.
    size_t bytes = ENG_GC_MARK_STACK_SIZE * sizeof(GcHeader *);
    GcHeader **stack =
        ENG_GC_MARK_STACK_SIZE > GC_MARK_RESERVE ? static_cast<GcHeader **>(heapAllocScratch(h, bytes)) : nullptr;
    h.markStack = stack ? stack : h.markReserve;
    h.markCap = stack ? ENG_GC_MARK_STACK_SIZE : GC_MARK_RESERVE;
    h.markTop = 0;
    h.markOverflow = false;
    forEachPermanentRoot(h, markPermanentRoot);
    forEachRoot(h, markRoot);
    drain(h);
    if (ENG_MAP_SET) markEphemerons(h, markRoot, drainAll);
    if (stack) heapFree(h, stack, bytes);
    h.markStack = nullptr;
    h.markCap = 0;
}

void collectGarbage(Heap &h) {
    if (h.gcRunning || h.gcDisabled) return;
    h.gcRunning = true;
    // A loop that catches out-of-memory errors collects on every failed
    // allocation: the budget pays for each walk of the heap.
    chargeBulkWork(h.interrupt, h.stats.bytes_in_use / GC_BYTES_PER_WEIGHT);
    h.markRecount = ENG_USE_REFCOUNT != 0;
    markReachable(h);
    h.markRecount = false;
    if (ENG_MAP_SET) sweepWeakEntries(h);
#if ENG_WEAK_REFS
    sweepWeakRefs(h);
#endif
    dropUnmarkedFromZct(h);
    sweepStrings(h);
    sweepObjects(h);
    h.youngBoundary = h.objects;
    h.deadBytes = 0;
    h.stats.gc_runs++;
    h.allocatedSinceGc = 0;
    // Collect again once as much has been allocated as is live now.
    size_t live = h.stats.bytes_in_use;
    h.gcThreshold = live > ENG_GC_MIN_THRESHOLD ? live : ENG_GC_MIN_THRESHOLD;
    h.gcRunning = false;
}

namespace {

// An allocation held weakly somewhere (a flagged one) is being freed.
void weakHeldDied(Heap &h, GcHeader *obj) {
    if (ENG_MAP_SET) weakKeyDied(h, obj);
#if ENG_WEAK_REFS
    weakTargetDied(h, obj);
#endif
}

}  // namespace

size_t freeGcContents(Heap &h, GcHeader *obj) {
    switch (obj->type) {
    case HeapType::String:
    case HeapType::PrivateName:
    case HeapType::Symbol:
        if ((ENG_MAP_SET || ENG_WEAK_REFS) && obj->type == HeapType::Symbol && (obj->extra & SYM_WEAK_KEY))
            weakHeldDied(h, obj);
        return stringAllocSize(static_cast<HString *>(obj));
    case HeapType::Number:
        return sizeof(HeapNumber);
    case HeapType::BigInt:
        return bigIntAllocSize(bigIntLimbCount(reinterpret_cast<HBigInt *>(obj)));
    case HeapType::Object:
        if ((ENG_MAP_SET || ENG_WEAK_REFS) && (obj->extra & OBJ_CLASS_WEAK_KEY)) weakHeldDied(h, obj);
        return freeObjectContents(h, static_cast<JSObject *>(obj));
    case HeapType::Box:
        return sizeof(Box);
    case HeapType::Accessor:
        return sizeof(Accessor);
    case HeapType::Template: {
        FunctionTemplate *t = static_cast<FunctionTemplate *>(obj);
        if (t->consts) heapFree(h, t->consts, t->constCount * sizeof(Value));
        if (t->inner) heapFree(h, t->inner, t->innerCount * sizeof(FunctionTemplate *));
#if ENG_INLINE_CACHES
        freeFieldCaches(h, t);
#endif
        return sizeof(FunctionTemplate);
    }
    case HeapType::Image: {
        ImageBuffer *img = static_cast<ImageBuffer *>(obj);
        if (!img->borrowed) heapFree(h, img->bytes, img->size);
        heapFree(h, img->templates, img->templateCount * sizeof(FunctionTemplate *));
        return sizeof(ImageBuffer);
    }
    case HeapType::Iterator: {
        ForInIterator *it = static_cast<ForInIterator *>(obj);
        heapFree(h, it->keys, it->count * sizeof(HString *));
        return sizeof(ForInIterator);
    }
    case HeapType::Shape: {
        Shape *shape = reinterpret_cast<Shape *>(obj);
        shapeDied(h, shape);
        return shapeSize(shape->header.count);
    }
    case HeapType::Dead:
        return deadSize(obj);
    }
    return 0;
}

void freeGcObject(Heap &h, GcHeader *obj) { heapFree(h, obj, freeGcContents(h, obj)); }

}  // namespace eng
