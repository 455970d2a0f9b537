// Counted allocation through the embedder's allocator, and the heap's life cycle.
#include "heap/heap.h"

#include <stdlib.h>
#include <string.h>

#include "builtins/builtins.h"
#include "heap/ptr16_window.h"
#include "heap/refcount.h"
#include "objects/shape.h"
#include "objects/weak_ref.h"
#include "strings/string.h"
#include "strings/utf8_copies.h"
#include "vm/interrupt.h"
#include "vm/errors.h"

namespace eng {

// The `next` of every read-only allocation (gc_header.h).
constexpr GcHeader readOnlyMark = {nullptr, HeapType::Dead, ROM_GC_FLAGS, 0};

namespace {

#if ENG_USE_PTR16
#define ENG_FALLBACK_ALLOCATOR ptr16DefaultAllocator()
#elif ENG_USE_LIBC_DEFAULTS
void *defaultAlloc(void *, size_t size) { return malloc(size); }
void *defaultRealloc(void *, void *p, size_t, size_t size) { return realloc(p, size); }
void defaultFree(void *, void *p, size_t) { free(p); }

const eng_allocator defaultAllocator = {defaultAlloc, defaultRealloc, defaultFree, nullptr};
#define ENG_FALLBACK_ALLOCATOR (&defaultAllocator)
#else
#define ENG_FALLBACK_ALLOCATOR nullptr  // the embedder must give one
#endif

#if ENG_USE_PTR16
// A block outside the window cannot be named by a 16-bit code: the
// allocator broke its contract (engine.h, eng_ptr16_set_window). A fresh
// block gives it back as a failed request.
__attribute__((noinline)) void *refuseOutsideWindow(Heap &h, void *p, size_t size) {
    h.allocator.free(h.allocator.user, p, size);
    return nullptr;
}
// A moved block outside the window: its bytes go to a block inside it, or,
// when the allocator has none, nothing can hold them (the old block is gone).
__attribute__((noinline)) void *moveIntoWindow(Heap &h, void *q, size_t size) {
    void *n = h.allocator.alloc(h.allocator.user, size);
    if (!n || !inPtr16Window(n, size)) __builtin_trap();
    memcpy(n, q, size);
    h.allocator.free(h.allocator.user, q, size);
    return n;
}
#endif

bool withinLimit(Heap &h, size_t more) {
    if (h.memoryLimit == 0) return true;
    size_t limit = h.memoryLimit + (h.reserveOpen ? ENG_MEMORY_RESERVE : 0);
    bool ok = h.stats.bytes_in_use + more <= limit;
    h.limitRefused = !ok;
    return ok;
}

bool shouldCollect(const Heap &h, size_t size) {
    if (h.gcRunning || h.gcDisabled) return false;
#if ENG_USE_GC_TORTURE
    (void)size;
    return true;
#else
    return h.allocatedSinceGc + size > h.gcThreshold;
#endif
}

void account(Heap &h, size_t added, size_t removed) {
    h.failedRequest = 0;  // the failure noted before, if any, was handled
    h.stats.bytes_in_use = h.stats.bytes_in_use + added - removed;
    if (h.stats.bytes_in_use > h.stats.peak_bytes) h.stats.peak_bytes = h.stats.bytes_in_use;
    h.allocatedSinceGc += added;
    h.bytesSinceReconcile += added;
    chargeBulkWork(h.interrupt, ALLOC_WEIGHT + added / ALLOC_BYTES_PER_WEIGHT);
}

// Where a collection may run, reference counting may free what the
// zero-count table shows to be garbage.
void safePoint(Heap &h, size_t size) {
    if (shouldCollect(h, size)) {
        // Reference counting first (in torture mode too, to exercise it
        // before the collector could hide its mistakes): what it gives back
        // may make the collection unnecessary.
        reconcile(h);
        if (shouldCollect(h, size)) collectGarbage(h);
    } else if ((h.zctCount >= ENG_RC_ZCT_SIZE - ENG_RC_ZCT_SIZE / 8 &&
                h.allocsSinceReconcile >= ENG_RC_ZCT_SIZE / 8) ||
               h.bytesSinceReconcile >= ENG_RC_BYTES_TRIGGER) {
        // A full table, or enough bytes since the last time (a few large
        // strings fill memory long before they fill the table).
        reconcile(h);
    }
}

// Out of line, with few arguments: the event record must not enlarge the
// frames of heapAlloc and heapRealloc, which are on every allocation's path.
__attribute__((noinline)) void logSlow(Heap &h, char kind, const void *ptr, size_t size) {
    eng_alloc_event e = {kind, ++h.allocSeq, nullptr, ptr, 0, size};
    h.allocLog(h.allocLogUser, &e);
}
// The old pointer travels in the heap (logOldPtr): a fifth argument would
// go on the stack and grow heapRealloc's frame.
__attribute__((noinline)) void logReallocSlow(Heap &h, const void *ptr, size_t oldSize, size_t size) {
    eng_alloc_event e = {'r', ++h.allocSeq, h.logOldPtr, ptr, oldSize, size};
    h.allocLog(h.allocLogUser, &e);
}

// Remembers a request that failed even after the emergency collection, and
// what the allocator had free then, for the out-of-memory message.
__attribute__((noinline)) void noteFailure(Heap &h, size_t size) {
    h.failedRequest = size;
    h.failedLargestFree = h.largestFree ? h.largestFree(h.allocator.user) : 0;
}

}  // namespace

void *heapAlloc(Heap &h, size_t size) {
    if (size == 0) size = 1;
    safePoint(h, size);
    void *p = nullptr;
    if (withinLimit(h, size)) p = h.allocator.alloc(h.allocator.user, size);
    if (!p && !h.gcRunning && !h.gcDisabled) {
        collectGarbage(h);
        if (withinLimit(h, size)) p = h.allocator.alloc(h.allocator.user, size);
    }
#if ENG_USE_PTR16
    if (p && !inPtr16Window(p, size)) p = refuseOutsideWindow(h, p, size);
#endif
    if (!p) {
        noteFailure(h, size);
        return nullptr;
    }
    if (h.allocLog) logSlow(h, 'a', p, size);
    account(h, size, 0);
    h.stats.alloc_count++;
    h.stats.live_allocations++;
    return p;
}

void *heapAllocScratch(Heap &h, size_t size) {
    if (h.memoryLimit && h.stats.bytes_in_use + size > h.memoryLimit) return nullptr;
    void *p = h.allocator.alloc(h.allocator.user, size);
#if ENG_USE_PTR16
    if (p && !inPtr16Window(p, size)) p = refuseOutsideWindow(h, p, size);
#endif
    if (!p) return nullptr;
    if (h.allocLog) logSlow(h, 'a', p, size);
    h.stats.bytes_in_use += size;
    if (h.stats.bytes_in_use > h.stats.peak_bytes) h.stats.peak_bytes = h.stats.bytes_in_use;
    h.stats.alloc_count++;
    h.stats.live_allocations++;
    return p;
}

void *heapRealloc(Heap &h, void *p, size_t oldSize, size_t size) {
    if (!p) return heapAlloc(h, size);
    if (size == 0) size = 1;
    size_t growth = size > oldSize ? size - oldSize : 0;
    h.logOldPtr = p;  // for the log (set here: p need not live past the calls)
    if (growth) safePoint(h, growth);
    void *q = nullptr;
    if (withinLimit(h, growth)) q = h.allocator.realloc(h.allocator.user, p, oldSize, size);
    if (!q && !h.gcRunning && !h.gcDisabled) {
        collectGarbage(h);
        if (withinLimit(h, growth)) q = h.allocator.realloc(h.allocator.user, p, oldSize, size);
    }
#if ENG_USE_PTR16
    if (q && !inPtr16Window(q, size)) q = moveIntoWindow(h, q, size);
#endif
    if (!q) {
        noteFailure(h, size);
        return nullptr;
    }
    if (h.allocLog) logReallocSlow(h, q, oldSize, size);
    account(h, size, oldSize);
    h.stats.alloc_count++;
    return q;
}

void heapFree(Heap &h, void *p, size_t size) {
    if (!p) return;
    if (size == 0) size = 1;
    h.allocator.free(h.allocator.user, p, size);
    if (h.allocLog) logSlow(h, 'f', p, size);
    h.stats.bytes_in_use -= size;
    // The collector runs on net growth: what reference counting and
    // explicit frees give back does not bring the next collection closer.
    h.allocatedSinceGc = h.allocatedSinceGc > size ? h.allocatedSinceGc - size : 0;
    h.stats.live_allocations--;
}

GcHeader *allocGc(Heap &h, HeapType type, size_t size) {
    GcHeader *obj = static_cast<GcHeader *>(heapAlloc(h, size));
    if (!obj) {
        (void)throwOutOfMemory(h);
        return nullptr;
    }
    memset(obj, 0, size);
    obj->type = type;
    obj->next = h.objects;
    h.objects = obj;
    h.allocsSinceReconcile++;
    zctAdd(h, obj);
    return obj;
}

Status throwOutOfMemory(Heap &h) {
    size_t asked = h.failedRequest;
    h.failedRequest = 0;
    // When the allocator (not the memory limit) refused and can say what it
    // has free, a new error says both; making it must not collect (the
    // caller's temporaries may be unrooted) and, if it fails in turn, the
    // pre-allocated error is thrown (gcDisabled also stops the recursion).
    if (asked && h.largestFree && !h.limitRefused && !h.gcRunning && !h.gcDisabled &&
        h.outOfMemoryError.isPointer()) {
        h.gcDisabled = true;
        Status s = throwError(h, PROTO_RANGE_ERROR,
                              "Out of memory: %u bytes asked, largest free block %u bytes",
                              static_cast<unsigned>(asked), static_cast<unsigned>(h.failedLargestFree));
        h.gcDisabled = false;
        if (s == Status::Error && h.hasPending) return Status::Error;
    }
    annotateOutOfMemory(h);  // where it ran out, allocating nothing but its stack text
    h.pending = h.outOfMemoryError;
    h.hasPending = true;
    return Status::Error;
}

Heap *heapCreate(const eng_config *config, eng_create_error *why) {
    eng_create_error ignored;
    if (!why) why = &ignored;
    *why = ENG_CREATE_OK;
    const eng_allocator *a = (config && config->allocator) ? config->allocator : ENG_FALLBACK_ALLOCATOR;
    if (!a) {
        // With a window of the embedder's, the default allocator's arena is not in it.
        *why = ENG_USE_PTR16 && ENG_USE_LIBC_DEFAULTS ? ENG_CREATE_OUTSIDE_WINDOW : ENG_CREATE_NO_ALLOCATOR;
        return nullptr;
    }
    if (!a->alloc || !a->realloc || !a->free) {
        *why = ENG_CREATE_BAD_ALLOCATOR;
        return nullptr;
    }
    if (config && config->memory_limit && config->memory_limit < sizeof(eng_heap)) {
        *why = ENG_CREATE_MEMORY_LIMIT;
        return nullptr;
    }
    eng_heap *h = static_cast<eng_heap *>(a->alloc(a->user, sizeof(eng_heap)));
    if (!h) {
        *why = ENG_CREATE_OUT_OF_MEMORY;
        return nullptr;
    }
#if ENG_USE_PTR16
    if (!inPtr16Window(h, sizeof(eng_heap))) {
        a->free(a->user, h, sizeof(eng_heap));
        *why = ENG_CREATE_OUTSIDE_WINDOW;
        return nullptr;
    }
    ptr16HeapCreated();
#endif
    memset(static_cast<void *>(h), 0, sizeof(eng_heap));
    h->allocator = *a;
    h->memoryLimit = config ? config->memory_limit : 0;
#if ENG_INLINE_CACHES
    h->propEpoch = 1;
#endif
    if (config && config->clock) h->clock = *config->clock;
    if (config) {
        h->write = config->write;
        h->writeUser = config->write_user;
        h->cStackSize = config->c_stack_size;
        h->cStackFixedLimit = reinterpret_cast<uintptr_t>(config->c_stack_limit);
        h->allocLog = config->alloc_log;
        h->allocLogUser = config->alloc_log_user;
        h->largestFree = config->largest_free;
        h->jobQueuedHook = config->job_queued;
        h->jobQueuedUser = config->job_queued_user;
        h->rejectionHook = config->rejection;
        h->rejectionUser = config->rejection_user;
    }
    interruptInit(*h, config);
    if (h->allocLog) logSlow(*h, 'a', h, sizeof(eng_heap));
    h->stats.bytes_in_use = sizeof(eng_heap);
    h->stats.peak_bytes = sizeof(eng_heap);
    h->stats.alloc_count = 1;
    h->stats.live_allocations = 1;
    h->gcThreshold = ENG_GC_MIN_THRESHOLD;
    h->pending = Value::undefined();
    h->outOfMemoryError = Value::undefined();
    // Nothing is reachable yet, so no collection may run while the
    // built-ins are being made.
    h->gcDisabled = true;
    bool ok = initStrings(*h) && initBuiltins(*h);
    h->gcDisabled = false;
    if (!ok) {
        *why = h->limitRefused ? ENG_CREATE_MEMORY_LIMIT : ENG_CREATE_OUT_OF_MEMORY;
        heapDestroy(h);
        return nullptr;
    }
    // Pins the counts of the heap's permanent roots and clears the
    // zero-count table of everything set up so far.
    collectGarbage(*h);
    h->hasPending = false;
    h->pending = Value::undefined();
    return h;
}

namespace {

// The late block, made with the first built-in made on first use; o (not
// yet recorded anywhere) is kept alive across the allocation.
Status ensureLateBlock(Heap &h, JSObject *o) {
    if (h.late) return Status::Ok;
    LocalRoot ro(h, Value::pointer(o));
    void *p = heapAlloc(h, sizeof(LateIntrinsics));
    if (!p) return throwOutOfMemory(h);
    h.late = static_cast<LateIntrinsics *>(p);
    memset(h.late, 0, sizeof(LateIntrinsics));
    return Status::Ok;
}

}  // namespace

Status setLateIntrinsic(Heap &h, LateIntrinsic which, JSObject *o) {
    ENG_TRY(ensureLateBlock(h, o));
    o->gcFlags |= RC_MAX;  // a permanent root (heap/gc.cpp)
    h.late->objects[which] = o;
    return Status::Ok;
}

Status setProto(Heap &h, Proto p, JSObject *o) {
    int core = coreProtoIndex(p);
    if (core >= 0) {
        h.coreProtos[core] = o;
        return Status::Ok;
    }
    ENG_TRY(ensureLateBlock(h, o));
    h.late->protos[p] = o;
    return Status::Ok;
}

Status setCtor(Heap &h, Proto p, JSObject *o) {
    ENG_TRY(ensureLateBlock(h, o));
    h.late->ctors[p] = o;
    return Status::Ok;
}

void heapDestroy(Heap *h) {
    if (!h) return;
    // Free everything regardless of reachability (weak entries need no
    // dropping: their collections go too).
    h->weakCollections = nullptr;
#if ENG_WEAK_REFS
    destroyWeakRefHost(*h);
#endif
    freeShapeTable(*h);  // nothing looks shapes up from here on
    // Shapes last: freeing a shaped object reads its shape's header.
    GcHeader *obj = h->objects, *shapes = nullptr;
    h->objects = nullptr;
    while (obj) {
        GcHeader *next = obj->next;
        if (obj->type == HeapType::Shape) {
            obj->next = shapes;
            shapes = obj;
        } else {
            freeGcObject(*h, obj);
        }
        obj = next;
    }
    while (shapes) {
        GcHeader *next = shapes->next;
        freeGcObject(*h, shapes);
        shapes = next;
    }
    freeUtf8Copies(*h);
    freeStrings(*h);
    heapFree(*h, h->stack, h->stackCap * sizeof(Value));
    heapFree(*h, h->frames, h->frameCap * sizeof(Frame));
    heapFree(*h, h->catches, h->catchCap * sizeof(CatchRecord));
    heapFree(*h, h->lightFuncObjects, h->lightFuncObjectCap * sizeof(LightFuncObject));
    heapFree(*h, h->cFunctions, h->cFunctionCap * sizeof(eng_c_function));
    heapFree(*h, h->late, h->late ? sizeof(LateIntrinsics) : 0);
#if ENG_MODULES
    heapFree(*h, h->moduleHost, h->moduleHost ? moduleHostSize : 0);
#endif
    // Reported just before it happens: the heap holds the log hook.
    if (h->allocLog) logSlow(*h, 'f', h, sizeof(eng_heap));
    eng_allocator a = h->allocator;
    a.free(a.user, static_cast<eng_heap *>(h), sizeof(eng_heap));
#if ENG_USE_PTR16
    ptr16HeapDestroyed();
#endif
}

}  // namespace eng
