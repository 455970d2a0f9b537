// Inline caches: making them, learning entries at misses (vm/inline_cache.h).
#include "vm/inline_cache.h"

#include <string.h>

#include "heap/heap.h"
#include "strings/string.h"

namespace eng {

#if ENG_INLINE_CACHES

namespace {

size_t mapBytes(uint32_t mapSize) { return (mapSize + 7u) & ~7u; }
size_t cachesBytes(uint32_t mapSize, uint32_t count) {
    return sizeof(FieldCaches) + mapBytes(mapSize) + count * FIELD_CACHE_WAYS * sizeof(FieldCache);
}

// The constant index an instruction looks a field up by, and which of the
// two entries of that constant it uses (0 get, 1 set); false: not a field access.
bool fieldOperand(Instr ins, uint32_t *c, uint32_t *which) {
    if (instrOp(ins) == OP_GETFIELD) {
        *c = instrC(ins);
        *which = 0;
        return true;
    }
    if (instrOp(ins) == OP_SETFIELD) {
        *c = instrB(ins);
        *which = 1;
        return true;
    }
    return false;
}

// One entry per (constant, get or set) the code uses, up to 255; the map
// covers every constant index a field instruction names.
FieldCaches *makeCaches(Heap &h, FunctionTemplate *t) {
    uint32_t codeCount = t->header->codeCount, mapSize = 0, count = 1;
    uint32_t seen[512 / 32] = {};
    for (uint32_t pc = 0; pc < codeCount; pc++) {
        uint32_t c, which;
        if (!fieldOperand(t->code[pc], &c, &which)) continue;
        uint32_t slot = 2 * c + which;
        if (slot + 1 > mapSize) mapSize = slot + 1;
        if (seen[slot / 32] & (1u << (slot % 32))) continue;
        seen[slot / 32] |= 1u << (slot % 32);
        if (count < 256 && c < t->constCount && isString(t->consts[c])) count++;
    }
    mapSize = (mapSize + 1) & ~1u;
    FieldCaches *fc = static_cast<FieldCaches *>(heapAlloc(h, cachesBytes(mapSize, count)));
    if (!fc) return nullptr;  // no caches this time (nothing thrown: the access goes on without)
    memset(static_cast<void *>(fc), 0, cachesBytes(mapSize, count));
    fc->mapSize = mapSize;
    fc->count = count;
    fc->entries = reinterpret_cast<FieldCache *>(fc->map() + mapBytes(mapSize));
    uint8_t *map = fc->map();
    uint32_t next = 1;
    for (uint32_t pc = 0; pc < codeCount && next < count; pc++) {
        uint32_t c, which;
        if (!fieldOperand(t->code[pc], &c, &which)) continue;
        uint32_t slot = 2 * c + which;
        if (map[slot] || c >= t->constCount || !isString(t->consts[c])) continue;
        map[slot] = static_cast<uint8_t>(next++);
    }
    t->fieldCaches = fc;
    return fc;
}

// The entries of constant c (which: 0 get, 1 set), made with the caches; null if none.
FieldCache *entryFor(Heap &h, FunctionTemplate *t, uint32_t c, uint32_t which) {
    FieldCaches *fc = t->fieldCaches ? t->fieldCaches : makeCaches(h, t);
    if (!fc || 2 * c + which >= fc->mapSize) return nullptr;
    uint8_t i = fc->map()[2 * c + which];
    return i ? &fc->entries[i * FIELD_CACHE_WAYS] : nullptr;
}

// n goes first in the ways e; the last way is let go (after n's
// references are counted: they may be the same).
void remember(Heap &h, FieldCache *e, const FieldCache &n) {
    FieldCache one[2 * FIELD_CACHE_WAYS] = {};
    FieldCaches view{0, 2, one};
    one[FIELD_CACHE_WAYS] = n;
    forEachFieldCacheRef(&view, [](GcHeader *p) { rcInc(p); });
    one[FIELD_CACHE_WAYS] = e[FIELD_CACHE_WAYS - 1];
    for (uint32_t i = FIELD_CACHE_WAYS - 1; i > 0; i--) e[i] = e[i - 1];
    e[0] = n;
    forEachFieldCacheRef(&view, [&h](GcHeader *p) { rcDec(h, p); });
}

// Keys whose [[Get]] and [[Set]] on a cacheable object are its table's:
// not an index, nor a virtual "length" or "name", nor a lazy "prototype".
bool plainKey(Heap &h, HString *key) {
    uint32_t index;
    return key != atom(h, ATOM_length) && key != atom(h, ATOM_name) && key != atom(h, ATOM_prototype) &&
           !stringArrayIndex(key, &index);
}

// An entry that answers GETFIELD of key on o, and the value found; false
// when none can (the generic code answers).
bool learnGet(Heap &h, JSObject *o, HString *key, FieldCache *n, Value *v) {
    if (o->hasFlag(OBJ_SHAPED)) {
        if (PropRef p = findShapedProp(o, key)) {
            // A shape may hold an accessor, or a read-only value, at the
            // same place for different objects: only writable data (its
            // key word says so) is known from the shape alone.
            if (!(p.keyBits() & ATTR_WRITABLE)) return false;
            n->kind = FC_OWN;
            n->props = o->props;
            n->slot = static_cast<uint16_t>(propIndex(o, p));
            *v = p.value();
            return true;
        }
        if (!plainKey(h, key)) return false;
        for (JSObject *cur = o->proto; cur; cur = cur->proto) {
            if (!cacheableClass(cur)) return false;
            if (PropRef p = findOwnProp(cur, key)) {
                uint32_t slot = propIndex(cur, p);
                if (p.isAccessor() || slot > 0xffff) return false;
                n->kind = FC_PROTO;
                n->props = o->props;
                n->proto = o->proto;
                n->holder = cur;
                n->slot = static_cast<uint16_t>(slot);
                n->epoch = cur == o->proto ? 0 : h.propEpoch;
                *v = p.value();
                return true;
            }
            // A shaped object gains keys without bumping the epoch.
            if (cur->hasFlag(OBJ_SHAPED)) return false;
        }
        return false;
    }
    if (!cacheableClass(o) || !plainKey(h, key)) return false;
    if (PropRef p = findOwnProp(o, key)) {
        if (p.isAccessor() || propIndex(o, p) > 0xffff) return false;
        n->kind = FC_TABLE;
        n->slot = static_cast<uint16_t>(propIndex(o, p));
        *v = p.value();
        return true;
    }
    // Inherited: the receiver's lack of the key is looked up at each use;
    // the objects from its prototype to the holder have tables, so the
    // epoch says none gained the key.
    for (JSObject *cur = o->proto; cur; cur = cur->proto) {
        if (!cacheableClass(cur)) return false;
        if (PropRef p = findOwnProp(cur, key)) {
            uint32_t slot = propIndex(cur, p);
            if (p.isAccessor() || slot > 0xffff) return false;
            n->kind = FC_INHERITED;
            n->proto = o->proto;
            n->holder = cur;
            n->slot = static_cast<uint16_t>(slot);
            n->epoch = cur == o->proto ? 0 : h.propEpoch;
            *v = p.value();
            return true;
        }
        if (cur->hasFlag(OBJ_SHAPED)) return false;
    }
    return false;
}

// Whether no object on o's prototype chain has key, all of them ordinary
// objects with tables (which cannot gain it without bumping the epoch).
bool chainLacks(JSObject *o, HString *key) {
    for (JSObject *cur = o->proto; cur; cur = cur->proto)
        if (!cacheableClass(cur) || cur->hasFlag(OBJ_SHAPED) || findOwnProp(cur, key)) return false;
    return true;
}

}  // namespace

Status fieldGetSlow(Heap &h, FunctionTemplate *t, uint32_t c, Value base, HString *key, Value *out) {
    // No entry answers these: an array's or a string's length, read straight.
    if (key == atom(h, ATOM_length)) {
        uint32_t length = UINT32_MAX;
        if (isString(base)) length = asString(base)->length;
        else if (isObject(base) && asObject(base)->cls() == ObjectClass::Array && !findOwnProp(asObject(base), key))
            length = static_cast<JSArray *>(asObject(base))->length;
        if (length <= static_cast<uint32_t>(Value::SMALL_INT_MAX)) {
            *out = Value::smallInt(static_cast<int32_t>(length));
            return Status::Ok;
        }
    }
    if (isObject(base)) {
        if (FieldCache *e = entryFor(h, t, c, 0)) {  // may collect: base is in a register
            FieldCache n = FieldCache();
            Value v;
            if (learnGet(h, asObject(base), key, &n, &v)) {
                remember(h, e, n);
                if (v.isBuiltinRef()) ENG_TRY(resolveTableValue(h, &v));
                *out = v;
                return Status::Ok;
            }
        }
    }
    return getValuePropertyStr(h, base, key, out);
}

Status fieldSetSlow(Heap &h, FunctionTemplate *t, uint32_t c, Value base, HString *key, Value v, bool strict) {
    FieldCache *e = isObject(base) ? entryFor(h, t, c, 1) : nullptr;  // may collect: base and v are in registers
    if (!e) return putValuePropertyStr(h, base, key, v, strict);
    JSObject *o = asObject(base);
    FieldCache n = FieldCache();
    if (o->hasFlag(OBJ_SHAPED)) {
        if (PropRef p = findShapedProp(o, key)) {
            if (!(p.keyBits() & ATTR_WRITABLE)) return putValuePropertyStr(h, base, key, v, strict);
            n.kind = FC_OWN;
            n.props = o->props;
            n.slot = static_cast<uint16_t>(propIndex(o, p));
            remember(h, e, n);
            rcStore(h, p.value(), v);
            return Status::Ok;
        }
        // Adding the key: learnt from what the generic store did.
        bool learn = plainKey(h, key) && o->hasFlag(OBJ_EXTENSIBLE) && o->propCount() < o->propCap() && chainLacks(o, key);
        const Prop *before = o->props;
        JSObject *proto = o->proto;
        uint32_t epoch = h.propEpoch;
        ENG_TRY(putValuePropertyStr(h, base, key, v, strict));
        if (!learn || !o->hasFlag(OBJ_SHAPED) || o->proto != proto || h.propEpoch != epoch) return Status::Ok;
        Shape *to = shapeOf(o);
        if (to->parent != shapeOfKeys(before) || Prop::keyOfBits(to->keys[to->header.count - 1]) != key)
            return Status::Ok;
        n.kind = FC_ADD;
        n.props = before;
        n.proto = proto;
        n.next = o->props;
        n.epoch = epoch;
        n.slot = static_cast<uint16_t>(to->header.count - 1);
        remember(h, e, n);
        return Status::Ok;
    }
    if (cacheableClass(o) && plainKey(h, key) && o->propCap()) {
        PropRef p = findOwnProp(o, key);
        if (p && (p.keyBits() & ATTR_WRITABLE) && propIndex(o, p) <= 0xffff) {
            n.kind = FC_TABLE;
            n.slot = static_cast<uint16_t>(propIndex(o, p));
            remember(h, e, n);
            rcStore(h, p.value(), v);
            return Status::Ok;
        }
    }
    return putValuePropertyStr(h, base, key, v, strict);
}

// After 2^32 bumps an old epoch would come round again: every entry that
// checks one is forgotten first.
void propEpochWrapped(Heap &h) {
    for (GcHeader *g = h.objects; g; g = g->next) {
        if (g->type != HeapType::Template) continue;
        FieldCaches *fc = static_cast<FunctionTemplate *>(g)->fieldCaches;
        if (!fc) continue;
        FieldCaches one{0, 2, nullptr};
        for (uint32_t i = FIELD_CACHE_WAYS; i < fc->count * FIELD_CACHE_WAYS; i++) {
            if (!fc->entries[i].epoch) continue;
            FieldCache gone[2 * FIELD_CACHE_WAYS] = {};
            gone[FIELD_CACHE_WAYS] = fc->entries[i];
            fc->entries[i] = FieldCache();
            one.entries = gone;
            forEachFieldCacheRef(&one, [&h](GcHeader *p) { rcDec(h, p); });
        }
    }
    h.propEpoch = 1;
}

void freeFieldCaches(Heap &h, FunctionTemplate *t) {
    FieldCaches *fc = t->fieldCaches;
    if (!fc) return;
    heapFree(h, fc, cachesBytes(fc->mapSize, fc->count));
    t->fieldCaches = nullptr;
}

#endif  // ENG_INLINE_CACHES

}  // namespace eng
