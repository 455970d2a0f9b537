// WeakRef and FinalizationRegistry objects, the kept list, and their part
// in reference counting and collection: see weak_ref.h.
#include "objects/weak_ref.h"

#if ENG_WEAK_REFS

#include <string.h>

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/call.h"

namespace eng {

namespace {

// Made by the first WeakRef or registry: their constructor made the late
// block (heap.h) that holds it.
WeakRefHost *makeWeakRefHost(Heap &h) {
    if (WeakRefHost *w = weakRefHostOf(h)) return w;
    WeakRefHost *w = static_cast<WeakRefHost *>(heapAlloc(h, sizeof(WeakRefHost)));
    if (!w) {
        (void)throwOutOfMemory(h);
        return nullptr;
    }
    memset(static_cast<void *>(w), 0, sizeof(WeakRefHost));
    h.late->weakRefHost = w;
    return w;
}

bool reached(Value v) { return !v.isPointer() || (v.asPointer()->gcFlags & GC_MARKED); }

// A cell's target died: its callback is owed (the embedder's hook hears of
// a job, as for a promise job; it must not call into the heap).
void cellDied(Heap &h, JSFinalizationRegistry *r, FinalizationCell &cell) {
    cell.target = Value::empty();
    r->dead++;
    if (weakRefHostOf(h)->cleanupPending) return;
    weakRefHostOf(h)->cleanupPending = true;
    if (h.jobQueuedHook) h.jobQueuedHook(h.jobQueuedUser);
}

// Cell i goes (the last one takes its place); its held value is released.
void removeCell(Heap &h, JSFinalizationRegistry *r, uint32_t i) {
    Value held = r->cells[i].held;
    if (r->cells[i].target.isEmpty()) r->dead--;
    r->cells[i] = r->cells[--r->count];
    rcDrop(h, held);
}

template <typename T>
void unlinkFrom(T **head, T *item) {
    for (T **link = head; *link; link = &(*link)->next)
        if (*link == item) {
            *link = item->next;
            item->next = nullptr;
            return;
        }
}

}  // namespace

JSWeakRef *newWeakRef(Heap &h, JSObject *proto, Value target) {
    LocalRoot rp(h, Value::pointer(proto)), rt(h, target);
    WeakRefHost *w = makeWeakRefHost(h);
    if (!w) return nullptr;
    JSWeakRef *r = static_cast<JSWeakRef *>(newObjectOfSize(h, proto, ObjectClass::WeakRef, sizeof(JSWeakRef)));
    if (!r) return nullptr;
    r->target = target;  // not counted
    noteWeakKey(target);
    r->next = w->refs;
    w->refs = r;
    return r;
}

JSFinalizationRegistry *newFinalizationRegistry(Heap &h, JSObject *proto, Value cleanup) {
    LocalRoot rp(h, Value::pointer(proto)), rc(h, cleanup);
    WeakRefHost *w = makeWeakRefHost(h);
    if (!w) return nullptr;
    auto *r = static_cast<JSFinalizationRegistry *>(
        newObjectOfSize(h, proto, ObjectClass::FinalizationRegistry, sizeof(JSFinalizationRegistry)));
    if (!r) return nullptr;
    rcInit(r->cleanup, cleanup);
    r->cells = nullptr;
    r->next = w->registries;
    w->registries = r;
    return r;
}

Status finalizationRegister(Heap &h, JSFinalizationRegistry *r, Value target, Value held, Value token) {
    if (r->count == r->cap) {
        LocalRoot rr(h, Value::pointer(r)), rt(h, target), rh(h, held), rk(h, token);
        uint32_t cap = r->cap ? r->cap * 2 : 2;
        auto *cells = static_cast<FinalizationCell *>(heapAlloc(h, cap * sizeof(FinalizationCell)));
        if (!cells) return throwOutOfMemory(h);
        // Read after the allocation: a collection may have changed cells.
        if (r->count) memcpy(static_cast<void *>(cells), r->cells, r->count * sizeof(FinalizationCell));
        if (r->cells) heapFree(h, r->cells, r->cap * sizeof(FinalizationCell));
        r->cells = cells;
        r->cap = cap;
    }
    FinalizationCell &cell = r->cells[r->count++];
    cell.target = target;
    rcInit(cell.held, held);
    cell.token = token;
    noteWeakKey(target);
    noteWeakKey(token);
    return Status::Ok;
}

bool finalizationUnregister(Heap &h, JSFinalizationRegistry *r, Value token) {
    bool removed = false;
    for (uint32_t i = 0; i < r->count;) {
        if (r->cells[i].token == token) {
            removeCell(h, r, i);
            removed = true;
        } else {
            i++;
        }
    }
    return removed;
}

Status keepObject(Heap &h, Value v) {
    if (!v.isPointer() || isReadOnly(v.asPointer())) return Status::Ok;  // never dies
    WeakRefHost *w = weakRefHostOf(h);
    for (uint32_t i = 0; i < w->keptCount; i++)
        if (w->kept[i] == v) return Status::Ok;
    if (w->keptCount == w->keptCap) {
        LocalRoot rv(h, v);
        uint32_t cap = w->keptCap ? w->keptCap * 2 : 4;
        Value *kept = static_cast<Value *>(heapRealloc(h, w->kept, w->keptCap * sizeof(Value), cap * sizeof(Value)));
        if (!kept) return throwOutOfMemory(h);
        w->kept = kept;
        w->keptCap = cap;
    }
    w->kept[w->keptCount++] = v;
    return Status::Ok;
}

void clearKeptObjects(Heap &h) {
    WeakRefHost *w = weakRefHostOf(h);
    if (!w || !w->keptCount) return;
    // What only the list held is in the zero-count table (it was rooted
    // there): the next reconciliation frees it.
    w->keptCount = 0;
    if (w->keptCap > 16) {  // a long list does not stay
        heapFree(h, w->kept, w->keptCap * sizeof(Value));
        w->kept = nullptr;
        w->keptCap = 0;
    }
}

bool runFinalizationCleanup(Heap &h, Status *status) {
    WeakRefHost *w = weakRefHostOf(h);
    if (!w || !w->cleanupPending) return false;
    JSFinalizationRegistry *r = w->registries;
    while (r && !r->dead) r = r->next;
    *status = Status::Ok;
    if (r) {
        // CleanupFinalizationRegistry (ES2025 9.13): one call per dead cell,
        // the cell gone first; an error stops it (the rest wait).
        LocalRoot rr(h, Value::pointer(r));
        while (r->dead) {
            uint32_t i = 0;
            while (!r->cells[i].target.isEmpty()) i++;
            LocalRoot held(h, r->cells[i].held);
            removeCell(h, r, i);
            Value ignored;
            *status = callValue(h, r->cleanup, Value::undefined(), &held.value, 1, &ignored);
            if (*status != Status::Ok) break;
        }
    }
    bool more = false;
    for (JSFinalizationRegistry *o = w->registries; o && !more; o = o->next) more = o->dead != 0;
    w->cleanupPending = more;
    return r != nullptr;
}

size_t weakRefObjectSize(const JSObject *o) {
    return o->cls() == ObjectClass::WeakRef ? sizeof(JSWeakRef) : sizeof(JSFinalizationRegistry);
}

void freeWeakRefContents(Heap &h, JSObject *o) {
    WeakRefHost *w = weakRefHostOf(h);
    if (o->cls() == ObjectClass::WeakRef) {
        if (w) unlinkFrom(&w->refs, static_cast<JSWeakRef *>(o));
        return;
    }
    // The held values were released already (reference counting) or are
    // being swept (the collector).
    auto *r = static_cast<JSFinalizationRegistry *>(o);
    if (w) unlinkFrom(&w->registries, r);
    if (r->cells) heapFree(h, r->cells, r->cap * sizeof(FinalizationCell));
    r->cells = nullptr;
    r->count = r->cap = r->dead = 0;
}

void weakTargetDied(Heap &h, GcHeader *target) {
    WeakRefHost *w = weakRefHostOf(h);
    if (!w) return;
    Value t = Value::pointer(target);
    for (JSWeakRef *r = w->refs; r; r = r->next)
        if (r->target == t) r->target = Value::undefined();
    for (JSFinalizationRegistry *r = w->registries; r; r = r->next)
        for (uint32_t i = 0; i < r->count; i++) {
            FinalizationCell &cell = r->cells[i];
            if (cell.token == t) cell.token = Value::undefined();
            if (cell.target == t) cellDied(h, r, cell);
        }
}

void forEachKeptRoot(Heap &h, void (*fn)(Heap &, GcHeader *)) {
    WeakRefHost *w = weakRefHostOf(h);
    for (uint32_t i = 0; w && i < w->keptCount; i++) fn(h, w->kept[i].asPointer());
}

void sweepWeakRefs(Heap &h) {
    WeakRefHost *w = weakRefHostOf(h);
    if (!w) return;
    for (JSWeakRef **link = &w->refs; *link;) {
        JSWeakRef *r = *link;
        if (!(r->gcFlags & GC_MARKED)) {
            *link = r->next;  // to be freed by the sweep
            r->next = nullptr;
            continue;
        }
        if (!reached(r->target)) r->target = Value::undefined();
        link = &r->next;
    }
    for (JSFinalizationRegistry **link = &w->registries; *link;) {
        JSFinalizationRegistry *r = *link;
        if (!(r->gcFlags & GC_MARKED)) {
            *link = r->next;
            r->next = nullptr;
            continue;
        }
        for (uint32_t i = 0; i < r->count; i++) {
            FinalizationCell &cell = r->cells[i];
            if (!reached(cell.token)) cell.token = Value::undefined();
            if (!cell.target.isEmpty() && !reached(cell.target)) cellDied(h, r, cell);
        }
        link = &r->next;
    }
}

void destroyWeakRefHost(Heap &h) {
    WeakRefHost *w = weakRefHostOf(h);
    if (!w) return;
    h.late->weakRefHost = nullptr;
    if (w->kept) heapFree(h, w->kept, w->keptCap * sizeof(Value));
    heapFree(h, w, sizeof(WeakRefHost));
}

}  // namespace eng

#endif
