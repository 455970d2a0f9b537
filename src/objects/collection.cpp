// The entry table of the keyed collections and the collector's part for the
// weak ones: see collection.h.
#include "objects/collection.h"

#include <string.h>

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "value/bigint.h"
#include "value/number.h"

namespace eng {

namespace {

constexpr uint32_t NO_ENTRY = 0xffffffffu;
constexpr uint32_t MIN_CAP = 4;

size_t tableBytes(uint32_t cap, uint32_t width) {
    return sizeof(CollectionTable) + 2 * cap * sizeof(uint32_t) + cap * width * sizeof(Value);
}

uint32_t widthOf(const JSCollection *c) {
    return c->cls() == ObjectClass::Map || c->cls() == ObjectClass::WeakMap ? 2 : 1;
}

// SameValueZero hashing: numbers by value (-0 as +0, every NaN alike),
// everything else by its bits (strings are interned, objects never move).
uint32_t hashKey(Value key) {
    uint64_t bits;
    if (isNumber(key)) {
        double d = numberOf(key);
        if (d == 0) d = 0;
        if (d != d) bits = 0x7ff8000000000000ull;
        else memcpy(&bits, &d, sizeof bits);
#if ENG_BIGINT
    } else if (isBigInt(key)) {
        bits = bigIntHash(asBigInt(key));  // by value: BigInts are not interned
#endif
    } else {
        bits = static_cast<uint64_t>(key.bits());
    }
    uint32_t x = static_cast<uint32_t>(bits) ^ static_cast<uint32_t>(bits >> 32) * 0x9e3779b1u;
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
    return x;
}

bool sameValueZero(Value a, Value b) {
    if (a == b) return true;
    if (isNumber(a) && isNumber(b)) {
        double x = numberOf(a), y = numberOf(b);
        return x == y || (x != x && y != y);
    }
#if ENG_BIGINT
    return isBigInt(a) && isBigInt(b) && bigIntEquals(asBigInt(a), asBigInt(b));
#else
    return false;
#endif
}

bool isWeak(const JSCollection *c) { return isWeakCollectionClass(c->cls()); }

// Takes entry i out of its hash chain (the entry itself stays, a hole).
void unchain(CollectionTable *t, uint32_t i) {
    uint32_t *link = &t->buckets()[hashKey(t->key(i)) & (t->cap - 1)];
    while (*link != i) link = &t->chain()[*link];
    *link = t->chain()[i];
}

// Positions of live iterators after holes before them are squeezed out.
void moveIterators(JSCollection *c, CollectionTable *old) {
    for (JSCollectionIterator *it = c->iterators; it; it = it->nextIterator) {
        uint32_t live = 0;
        for (uint32_t i = 0; i < it->position && i < old->used; i++)
            if (!old->key(i).isEmpty()) live++;
        it->position = live;
    }
}

// A new block of cap entries with the old entries (holes dropped unless
// busy): references move, so no count changes.
Status rebuild(Heap &h, JSCollection *c, uint32_t cap) {
    uint32_t width = widthOf(c);
    LocalRoot root(h, Value::pointer(c));
    CollectionTable *t = static_cast<CollectionTable *>(heapAlloc(h, tableBytes(cap, width)));
    if (!t) return throwOutOfMemory(h);
    CollectionTable *old = c->table;  // read after the allocation: it may have collected
    t->cap = cap;
    t->used = 0;
    t->live = 0;
    t->width = width;
    for (uint32_t b = 0; b < cap; b++) t->buckets()[b] = NO_ENTRY;
    bool squeeze = c->busy == 0;
    for (uint32_t i = 0; old && i < old->used; i++) {
        Value k = old->key(i);
        if (k.isEmpty() && squeeze) continue;
        uint32_t n = t->used++;
        t->key(n) = k;
        if (width == 2) t->value(n) = old->value(i);
        if (k.isEmpty()) {
            t->chain()[n] = NO_ENTRY;
            continue;
        }
        t->live++;
        uint32_t *bucket = &t->buckets()[hashKey(k) & (cap - 1)];
        t->chain()[n] = *bucket;
        *bucket = n;
    }
    if (old) {
        if (squeeze) moveIterators(c, old);
        heapFree(h, old, tableBytes(old->cap, old->width));
    }
    c->table = t;
    return Status::Ok;
}

// Drops what entry i refers to and makes it a hole. counted: the entry's
// references are counted (not so for what the sweep drops: the collector
// recounts, and a weak key is never counted).
void emptyEntry(Heap &h, JSCollection *c, uint32_t i, bool counted) {
    CollectionTable *t = c->table;
    unchain(t, i);
    Value k = t->key(i);
    t->key(i) = Value::empty();
    Value v = Value::undefined();
    if (t->width == 2) {
        v = t->value(i);
        t->value(i) = Value::undefined();
    }
    t->live--;
    if (!counted) return;
    if (!isWeak(c)) rcDrop(h, k);
    rcDrop(h, v);
}

// With no walk in progress, an empty table goes (iterators start over).
void releaseIfEmpty(Heap &h, JSCollection *c) {
    CollectionTable *t = c->table;
    if (!t || t->live != 0 || c->busy != 0) return;
    for (JSCollectionIterator *it = c->iterators; it; it = it->nextIterator) it->position = 0;
    heapFree(h, t, tableBytes(t->cap, t->width));
    c->table = nullptr;
}

bool reached(Value key) { return !key.isPointer() || (key.asPointer()->gcFlags & GC_MARKED); }

}  // namespace

JSCollection *newCollection(Heap &h, JSObject *proto, ObjectClass cls) {
    JSCollection *c = static_cast<JSCollection *>(newObjectOfSize(h, proto, cls, sizeof(JSCollection)));
    if (!c) return nullptr;
    if (isWeakCollectionClass(cls)) {
        c->nextWeak = h.weakCollections;
        h.weakCollections = c;
    }
    return c;
}

int32_t collectionFind(JSCollection *c, Value key) {
    CollectionTable *t = c->table;
    if (!t) return -1;
    for (uint32_t i = t->buckets()[hashKey(key) & (t->cap - 1)]; i != NO_ENTRY; i = t->chain()[i])
        if (sameValueZero(t->key(i), key)) return static_cast<int32_t>(i);
    return -1;
}

Status collectionSet(Heap &h, JSCollection *c, Value key, Value value) {
    if (isNumber(key) && numberOf(key) == 0) key = Value::smallInt(0);
    int32_t found = collectionFind(c, key);
    if (found >= 0) {
        if (c->table->width == 2) rcStore(h, c->table->value(static_cast<uint32_t>(found)), value);
        return Status::Ok;
    }
    CollectionTable *t = c->table;
    if (!t || t->used == t->cap) {
        LocalRoot rk(h, key), rv(h, value);
        uint32_t cap = MIN_CAP;
        if (t) cap = c->busy == 0 && t->live < t->cap / 2 ? t->cap : t->cap * 2;
        ENG_TRY(rebuild(h, c, cap));
        key = rk.value;
        value = rv.value;
        t = c->table;
    }
    uint32_t n = t->used++;
    if (isWeak(c)) {
        noteWeakKey(key);
        t->key(n) = key;
    } else {
        rcInit(t->key(n), key);
    }
    if (t->width == 2) rcInit(t->value(n), value);
    uint32_t *bucket = &t->buckets()[hashKey(key) & (t->cap - 1)];
    t->chain()[n] = *bucket;
    *bucket = n;
    t->live++;
    return Status::Ok;
}

bool collectionDelete(Heap &h, JSCollection *c, Value key) {
    int32_t found = collectionFind(c, key);
    if (found < 0) return false;
    emptyEntry(h, c, static_cast<uint32_t>(found), true);
    releaseIfEmpty(h, c);
    return true;
}

void collectionClear(Heap &h, JSCollection *c) {
    CollectionTable *t = c->table;
    for (uint32_t i = 0; t && i < t->used; i++) {
        if (!t->key(i).isEmpty()) emptyEntry(h, c, i, true);
        t = c->table;
    }
    releaseIfEmpty(h, c);
}

void collectionIdle(Heap &h, JSCollection *c) {
    c->busy--;
    releaseIfEmpty(h, c);
}

void collectionAttachIterator(JSCollection *c, JSCollectionIterator *it) {
    it->nextIterator = c->iterators;
    c->iterators = it;
}

void collectionDetachIterator(JSCollection *c, JSCollectionIterator *it) {
    for (JSCollectionIterator **link = &c->iterators; *link; link = &(*link)->nextIterator)
        if (*link == it) {
            *link = it->nextIterator;
            it->nextIterator = nullptr;
            return;
        }
}

size_t collectionObjectSize(const JSObject *o) {
    return isCollectionClass(o->cls()) ? sizeof(JSCollection) : sizeof(JSCollectionIterator);
}

void freeCollectionContents(Heap &h, JSObject *o) {
    if (!isCollectionClass(o->cls())) {
        // An iterator: the collection is still allocated while it refers to it
        // (a counted reference; in a sweep, one freed first cleared this).
        JSCollectionIterator *it = static_cast<JSCollectionIterator *>(o);
        if (isObject(it->iterated)) collectionDetachIterator(static_cast<JSCollection *>(asObject(it->iterated)), it);
        return;
    }
    JSCollection *c = static_cast<JSCollection *>(o);
    // Iterators freed in the same sweep must not look back at it.
    for (JSCollectionIterator *it = c->iterators; it; it = it->nextIterator) it->iterated = Value::undefined();
    if (isWeak(c))
        for (JSCollection **link = &h.weakCollections; *link; link = &(*link)->nextWeak)
            if (*link == c) {
                *link = c->nextWeak;
                break;
            }
    if (c->table) heapFree(h, c->table, tableBytes(c->table->cap, c->table->width));
    c->table = nullptr;
}

void weakKeyDied(Heap &h, GcHeader *key) {
    Value k = Value::pointer(key);
    for (JSCollection *c = h.weakCollections; c; c = c->nextWeak) {
        int32_t found = collectionFind(c, k);
        if (found >= 0) emptyEntry(h, c, static_cast<uint32_t>(found), true);
    }
}

void markEphemerons(Heap &h, void (*markValue)(Heap &, GcHeader *), void (*drain)(Heap &)) {
    for (bool more = true; more;) {
        more = false;
        for (JSCollection *c = h.weakCollections; c; c = c->nextWeak) {
            CollectionTable *t = c->table;
            if (!(c->gcFlags & GC_MARKED) || !t || t->width != 2) continue;
            for (uint32_t i = 0; i < t->used; i++) {
                Value k = t->key(i), v = t->value(i);
                if (k.isEmpty() || !reached(k) || !v.isPointer() || (v.asPointer()->gcFlags & GC_MARKED)) continue;
                markValue(h, v.asPointer());
                more = true;
            }
        }
        if (more) drain(h);
    }
    if (!h.markRecount) return;
    // Each reference from an entry whose key lives counts once.
    for (JSCollection *c = h.weakCollections; c; c = c->nextWeak) {
        CollectionTable *t = c->table;
        if (!(c->gcFlags & GC_MARKED) || !t || t->width != 2) continue;
        for (uint32_t i = 0; i < t->used; i++)
            if (!t->key(i).isEmpty() && reached(t->key(i))) rcInc(t->value(i));
    }
}

void sweepWeakEntries(Heap &h) {
    for (JSCollection **link = &h.weakCollections; *link;) {
        JSCollection *c = *link;
        if (!(c->gcFlags & GC_MARKED)) {
            *link = c->nextWeak;  // to be freed by the sweep
            c->nextWeak = nullptr;
            continue;
        }
        for (uint32_t i = 0; c->table && i < c->table->used; i++)
            if (!c->table->key(i).isEmpty() && !reached(c->table->key(i))) emptyEntry(h, c, i, false);
        link = &c->nextWeak;
    }
}

}  // namespace eng
