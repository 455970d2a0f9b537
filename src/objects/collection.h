// Keyed collections (ES2025 24.1-24.4): the entry table that Map, Set,
// WeakMap and WeakSet share, their iterators, and what the collector does
// for the weak ones (docs/memory.md, Weak collections).
//
// Entries are kept in insertion order in one block: a key (and a value for
// maps) per entry, plus a hash chain. A deleted entry leaves a hole (its key
// Value::empty()) so that positions stay put while anything walks the table;
// holes are squeezed out only when the table is rebuilt (it is full, or
// cleared), never while a forEach or a set method walks it (busy), and live
// iterators are told their new positions. Keys are compared as
// SameValueZero; an object's hash is its address (objects never move), so
// being a key costs an object nothing.
#ifndef ENG_OBJECTS_COLLECTION_H
#define ENG_OBJECTS_COLLECTION_H

#include "heap/heap.h"

namespace eng {

// heapAlloc'd; followed by uint32_t buckets[cap], uint32_t chain[cap] and
// Value slots[cap * width] (width 2 for maps: key, value; 1 for sets).
struct CollectionTable {
    uint32_t cap;   // entries (a power of two); also the number of buckets
    uint32_t used;  // entries filled so far, holes included
    uint32_t live;  // entries that are not holes
    uint32_t width;
    uint32_t *buckets() { return reinterpret_cast<uint32_t *>(this + 1); }
    uint32_t *chain() { return buckets() + cap; }
    Value *slots() { return reinterpret_cast<Value *>(chain() + cap); }
    Value &key(uint32_t i) { return slots()[i * width]; }
    Value &value(uint32_t i) { return slots()[i * width + 1]; }
};

struct JSCollectionIterator;

// ObjectClass Map, Set, WeakMap or WeakSet.
struct JSCollection : JSObject {
    CollectionTable *table;           // null while nothing was ever added (or after clear)
    JSCollectionIterator *iterators;  // live iterators over it (not counted references)
    JSCollection *nextWeak;           // Heap::weakCollections list (weak ones only)
    uint32_t busy;                    // walks in progress that forbid squeezing holes out
};

// ObjectClass MapIterator or SetIterator (ES2025 24.1.5, 24.2.6).
struct JSCollectionIterator : JSObject {
    Value iterated;        // the collection, undefined once done
    uint32_t position;     // next entry to look at
    IterationKind kind;
    JSCollectionIterator *nextIterator;  // in the collection's list
};

inline bool isCollectionClass(ObjectClass c) {
    return c == ObjectClass::Map || c == ObjectClass::Set || c == ObjectClass::WeakMap || c == ObjectClass::WeakSet;
}
inline bool isWeakCollectionClass(ObjectClass c) { return c == ObjectClass::WeakMap || c == ObjectClass::WeakSet; }

// A new empty collection of class cls with prototype proto (weak ones are
// linked into Heap::weakCollections). Null with out-of-memory pending.
JSCollection *newCollection(Heap &h, JSObject *proto, ObjectClass cls);

// The entry of key, or -1. key need not be normalised.
int32_t collectionFind(JSCollection *c, Value key);
// Adds key (-0 becomes +0) or replaces its value (sets: value ignored).
// Weak collections do not count their keys. Error: out of memory.
Status collectionSet(Heap &h, JSCollection *c, Value key, Value value);
bool collectionDelete(Heap &h, JSCollection *c, Value key);
void collectionClear(Heap &h, JSCollection *c);
inline uint32_t collectionSize(const JSCollection *c) { return c->table ? c->table->live : 0; }
// Walking the entries by position while script code runs: positions are
// stable between collectionBusy and collectionIdle (holes may appear,
// entries may be appended).
inline void collectionBusy(JSCollection *c) { c->busy++; }
void collectionIdle(Heap &h, JSCollection *c);

// Iterators: linking and unlinking in the collection's list.
void collectionAttachIterator(JSCollection *c, JSCollectionIterator *it);
void collectionDetachIterator(JSCollection *c, JSCollectionIterator *it);

// The rest of what the object layer does with these objects.
size_t collectionObjectSize(const JSObject *o);
void freeCollectionContents(Heap &h, JSObject *o);  // a collection or an iterator

// ---- weak collections and the collector --------------------------------
// An object or symbol that is (or was) a key of a weak collection carries a
// flag (OBJ_CLASS_WEAK_KEY / SYM_WEAK_KEY); when it is freed its entries go.
// With reference counting (not the collector's sweep) the entries' values
// are released then.
void weakKeyDied(Heap &h, GcHeader *key);
// Marking: the values of the entries of reached weak collections whose keys
// are reached, until nothing more is (ephemerons); then, when recounting,
// counts those references. markValue marks one allocation (not counted).
void markEphemerons(Heap &h, void (*markValue)(Heap &, GcHeader *), void (*drain)(Heap &));
// Before the sweep: entries whose keys were not reached are dropped, and
// weak collections not reached leave the list (the sweep frees them).
void sweepWeakEntries(Heap &h);

}  // namespace eng

#endif
