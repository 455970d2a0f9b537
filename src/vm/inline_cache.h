// Inline caches for GETFIELD and SETFIELD (issue 13).
//
// A function remembers, per property name its GETFIELD instructions read
// and per name its SETFIELD instructions write, where the property was the
// last time: one entry each (the instruction's constant index picks it
// through a byte map, so the bytecode and the image format stay as they
// are). The caches are RAM hanging off the FunctionTemplate, made on the
// function's first property access that misses, freed with it.
//
// An entry answers only for objects it can prove the answer for, and holds
// counted references to the shapes and objects it names, so none of them
// is freed (and its address reused) while it is cached:
//   FC_OWN    the receiver is shaped (objects/shape.h) with shape `props`:
//             the value is in its slot `slot`. A shape is immutable, so the
//             key and its WRITABLE bit are known, and a set WRITABLE bit
//             proves a data property (objects of one shape may hold an
//             accessor or a read-only value where the bit is clear).
//   FC_TABLE  the receiver has a property table of its own (an ordinary
//             object, see cacheableClass) whose entry `slot` is checked on
//             each use: the key, a data property (SETFIELD: writable, in RAM).
//   FC_PROTO  (GETFIELD) the receiver is shaped `props`, so it lacks the key,
//             its [[Prototype]] is `proto`, and the key is a data property
//             at entry `slot` of `holder`, checked on each use. When holder
//             is not proto itself, the objects between must still lack the
//             key: they had tables then, and any table gaining a key or any
//             [[Prototype]] changing bumps Heap::propEpoch, which the entry
//             must still match.
//   FC_INHERITED (GETFIELD) as FC_PROTO for receivers with tables of their
//             own (more than 8 properties, a constructor's first object, a
//             singleton): whether the receiver lacks the key is looked up in
//             its table.
//   FC_ADD    (SETFIELD) the receiver is shaped `props`, extensible, with
//             [[Prototype]] `proto`, and no object on that chain has the key
//             (all had tables: propEpoch as above): the store adds it, the
//             receiver moving to shape `next` with the value in `slot`.
// Everything else (accessors, non-writable or flash properties, typed
// arrays, primitives, exotic objects, the virtual "length", "name" and
// lazy "prototype", index keys) goes through the generic property code.
#ifndef ENG_VM_INLINE_CACHE_H
#define ENG_VM_INLINE_CACHE_H

#include "heap/refcount.h"
#include "objects/object_ops.h"

namespace eng {

#if ENG_INLINE_CACHES

enum FieldCacheKind : uint8_t { FC_NONE, FC_OWN, FC_TABLE, FC_PROTO, FC_ADD, FC_INHERITED };

struct FieldCache {
    const Prop *props;  // FC_OWN, FC_PROTO, FC_ADD: the receiver's shape's keys; else null
    JSObject *proto;    // FC_PROTO, FC_ADD, FC_INHERITED: the receiver's [[Prototype]]
    union {
        JSObject *holder;   // FC_PROTO, FC_INHERITED
        const Prop *next;   // FC_ADD: the shape's keys after the store
    };
    uint32_t epoch;     // FC_PROTO, FC_ADD: Heap::propEpoch when made; 0: not checked
    uint16_t slot;
    uint8_t kind;
};

struct FieldCaches {
    uint32_t mapSize;      // 2 * the constants mapped (at most 256)
    uint32_t count;        // entries (FIELD_CACHE_WAYS each), the one that never hits (0) included
    FieldCache *entries;
    // Then mapSize bytes: the entry of constant c for GETFIELD at [2c], for
    // SETFIELD at [2c + 1]; 0 for none.
    uint8_t *map() { return reinterpret_cast<uint8_t *>(this + 1); }
};

// Objects whose [[Get]] and [[Set]] of a string key that is not an index,
// "length", "name" or "prototype" are those of their property table: the
// only ones an entry may name (a Proxy, a typed array, a module namespace
// or the global object never are).
constexpr uint64_t CACHEABLE_CLASSES =
    (1ull << unsigned(ObjectClass::Object)) | (1ull << unsigned(ObjectClass::Array)) |
    (1ull << unsigned(ObjectClass::Closure)) | (1ull << unsigned(ObjectClass::Native)) |
    (1ull << unsigned(ObjectClass::Bound)) | (1ull << unsigned(ObjectClass::Error)) |
    (1ull << unsigned(ObjectClass::Boolean)) | (1ull << unsigned(ObjectClass::Number)) |
    (1ull << unsigned(ObjectClass::String)) | (1ull << unsigned(ObjectClass::Date)) |
    (1ull << unsigned(ObjectClass::RegExp)) | (1ull << unsigned(ObjectClass::Math)) |
    (1ull << unsigned(ObjectClass::JSON)) | (1ull << unsigned(ObjectClass::Promise)) |
    (1ull << unsigned(ObjectClass::Map)) | (1ull << unsigned(ObjectClass::Set));
inline bool cacheableClass(const JSObject *o) { return (CACHEABLE_CLASSES >> unsigned(o->cls())) & 1; }

// Each (constant, get or set) has FIELD_CACHE_WAYS entries side by side,
// the last learnt first: a site that sees objects of two shapes (a
// constructor's first object has a table, the others a shape) hits both.
constexpr uint32_t FIELD_CACHE_WAYS = 2;
inline FieldCache *getFieldCache(FieldCaches *fc, uint32_t c) { return &fc->entries[fc->map()[2 * c] * FIELD_CACHE_WAYS]; }
inline FieldCache *setFieldCache(FieldCaches *fc, uint32_t c) { return &fc->entries[fc->map()[2 * c + 1] * FIELD_CACHE_WAYS]; }

// The holder of an FC_PROTO or FC_INHERITED entry still has key as a data
// property at the entry's slot: its value.
inline __attribute__((always_inline)) bool fieldCacheHolder(const FieldCache &e, HString *key, Value *out) {
    JSObject *holder = e.holder;
    if (e.slot >= holder->propCount()) return false;
    PropRef p = propAt(holder, e.slot);
    if (p.key() != key || p.isAccessor()) return false;
    *out = p.value();
    return true;
}

// GETFIELD: the value of key on o if e answers for o (it may be a built-in
// object's name, resolveTableValue), else false.
inline __attribute__((always_inline)) bool fieldCacheGet(const Heap &h, const FieldCache &e, JSObject *o, HString *key, Value *out) {
    if (o->props == e.props) {
        if (e.kind == FC_OWN) {
            *out = shapedSlots(o)[e.slot];
            return true;
        }
        if (o->proto != e.proto || (e.epoch && e.epoch != h.propEpoch)) return false;
        return fieldCacheHolder(e, key, out);
    }
    if (o->hasFlag(OBJ_SHAPED) || !cacheableClass(o)) return false;
    if (e.kind == FC_INHERITED)
        return o->proto == e.proto && (!e.epoch || e.epoch == h.propEpoch) && !findTableProp(o, key) &&
               fieldCacheHolder(e, key, out);
    if (e.kind != FC_TABLE || e.slot >= o->propCount()) return false;
    const Prop &p = o->props[e.slot];
    if (p.key() != key || p.isAccessor()) return false;
    *out = p.value;
    return true;
}

// SETFIELD: stores v as o's key if e answers for o, else false.
inline __attribute__((always_inline)) bool fieldCacheSet(Heap &h, const FieldCache &e, JSObject *o, HString *key, Value v) {
    if (o->props == e.props) {
        if (e.kind == FC_OWN) {
            rcStore(h, shapedSlots(o)[e.slot], v);
            return true;
        }
        if (o->proto != e.proto || e.epoch != h.propEpoch || !o->hasFlag(OBJ_EXTENSIBLE)) return false;
        Shape *from = shapeOf(o);
        o->props = const_cast<Prop *>(e.next);
        rcInc(gcOf(shapeOf(o)));
        rcDec(h, gcOf(from));  // the entry holds it too: never freed here
        rcInit(shapedSlots(o)[e.slot], v);
        return true;
    }
    if (e.kind != FC_TABLE || o->hasFlag(OBJ_SHAPED) || !cacheableClass(o) || e.slot >= o->propCount() ||
        !o->propCap())
        return false;
    Prop &p = o->props[e.slot];
    // The key and a set WRITABLE bit (a writable data property) at once.
    if ((p.keyBits & ~uintptr_t(ATTR_ENUMERABLE | ATTR_CONFIGURABLE)) != (reinterpret_cast<uintptr_t>(key) | ATTR_WRITABLE))
        return false;
    rcStore(h, p.value, v);
    return true;
}

inline __attribute__((always_inline)) bool fieldCachesGet(const Heap &h, const FieldCache *e, JSObject *o, HString *key, Value *out) {
    return fieldCacheGet(h, e[0], o, key, out) || fieldCacheGet(h, e[1], o, key, out);
}
inline __attribute__((always_inline)) bool fieldCachesSet(Heap &h, const FieldCache *e, JSObject *o, HString *key, Value v) {
    return fieldCacheSet(h, e[0], o, key, v) || fieldCacheSet(h, e[1], o, key, v);
}
static_assert(FIELD_CACHE_WAYS == 2, "fieldCachesGet and fieldCachesSet try each way");

// The slow halves, at a miss: the generic property code, after which the
// caches of t (made now if it has none) remember what an entry can answer
// for. c is the instruction's constant index of key.
Status fieldGetSlow(Heap &h, FunctionTemplate *t, uint32_t c, Value base, HString *key, Value *out);
Status fieldSetSlow(Heap &h, FunctionTemplate *t, uint32_t c, Value base, HString *key, Value v, bool strict);

inline Shape *shapeOfKeys(const Prop *keys) {
    return reinterpret_cast<Shape *>(const_cast<char *>(reinterpret_cast<const char *>(keys)) - offsetof(Shape, keys));
}

// The references a function's caches hold (heap/children.h), and freeing them.
template <typename Visit>
void forEachFieldCacheRef(const FieldCaches *fc, Visit &&visit) {
    if (!fc) return;
    for (uint32_t i = FIELD_CACHE_WAYS; i < fc->count * FIELD_CACHE_WAYS; i++) {
        const FieldCache &e = fc->entries[i];
        if (e.props) visit(gcOf(shapeOfKeys(e.props)));
        if (e.proto) visit(static_cast<GcHeader *>(e.proto));
        if (e.kind == FC_PROTO || e.kind == FC_INHERITED) visit(static_cast<GcHeader *>(e.holder));
        if (e.kind == FC_ADD) visit(gcOf(shapeOfKeys(e.next)));
    }
}
void freeFieldCaches(Heap &h, FunctionTemplate *t);  // the block only: the references go by forEachChild

#endif  // ENG_INLINE_CACHES

}  // namespace eng

#endif
