// for-in key collection. Order: for each object on the prototype chain, its
// integer keys ascending, then its other keys in insertion order; a key seen
// on a nearer object (enumerable or not) hides the same key further up.
#include "vm/forin.h"

#include <stdlib.h>
#include <string.h>

#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/convert.h"

namespace eng {

namespace {

struct KeyCollector {
    Heap &h;
    ForInIterator *it;     // keys collected so far live in it->keys (rooted)
    uint32_t capacity;
    uint8_t *enumerable;   // parallel to it->keys while collecting
};

Status addKey(KeyCollector &c, HString *key, bool enumerable, uint32_t firstOfThisObject) {
    ForInIterator *it = c.it;
    for (uint32_t i = 0; i < firstOfThisObject; i++)
        if (it->keys[i] == key) return Status::Ok;
    if (it->count == c.capacity) {
        uint32_t cap = c.capacity ? c.capacity * 2 : 8;
        LocalRoot kr(c.h, Value::pointer(key));
        HString **keys = static_cast<HString **>(
            heapRealloc(c.h, it->keys, c.capacity * sizeof(HString *), cap * sizeof(HString *)));
        if (!keys) return throwOutOfMemory(c.h);
        it->keys = keys;
        uint8_t *flags = static_cast<uint8_t *>(heapRealloc(c.h, c.enumerable, c.capacity, cap));
        if (!flags) {
            // Keep it->count consistent with the (larger) keys block.
            it->keys = static_cast<HString **>(
                heapRealloc(c.h, it->keys, cap * sizeof(HString *), c.capacity * sizeof(HString *)));
            return throwOutOfMemory(c.h);
        }
        c.enumerable = flags;
        c.capacity = cap;
    }
    it->keys[it->count] = key;
    c.enumerable[it->count] = enumerable ? 1 : 0;
    it->count++;
    return Status::Ok;
}

int compareIndex(const void *a, const void *b) {
    uint32_t x = *static_cast<const uint32_t *>(a), y = *static_cast<const uint32_t *>(b);
    return x < y ? -1 : (x > y ? 1 : 0);
}

Status collectIndexKeys(KeyCollector &c, JSObject *o, uint32_t first) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < o->elemCount; i++)
        if (!o->elems[i].isEmpty()) n++;
    uint32_t stringLength = 0;
    if (o->cls() == ObjectClass::String)
        stringLength = asString(static_cast<JSPrimitiveWrapper *>(o)->primitive)->length;
    n += stringLength;
    if (o->hasFlag(OBJ_SPARSE_INDEXES)) n += o->propCount;
    n += mappedSlots(o);
    if (n == 0) return Status::Ok;
    uint32_t *indexes = static_cast<uint32_t *>(heapAlloc(c.h, n * sizeof(uint32_t)));
    if (!indexes) return throwOutOfMemory(c.h);
    uint32_t count = 0;
    for (uint32_t i = 0; i < stringLength; i++) indexes[count++] = i;
    for (uint32_t i = 0; i < o->elemCount; i++)
        if (!o->elems[i].isEmpty() && i >= stringLength) indexes[count++] = i;
    if (o->hasFlag(OBJ_SPARSE_INDEXES))
        for (uint32_t i = 0; i < o->propCount; i++) {
            uint32_t index;
            if ((o->props[i].attrs & ATTR_ENUMERABLE) && stringArrayIndex(o->props[i].key, &index))
                indexes[count++] = index;
        }
    for (uint32_t i = 0; i < mappedSlots(o); i++)
        if (mappedBox(o, i) && (static_cast<JSArguments *>(o)->mapAttrs()[i] & ATTR_ENUMERABLE)) indexes[count++] = i;
    qsort(indexes, count, sizeof(uint32_t), compareIndex);
    Status st = Status::Ok;
    for (uint32_t i = 0; i < count && st == Status::Ok; i++) {
        HString *key = keyToString(c.h, PropertyKey{nullptr, indexes[i], true});
        st = key ? addKey(c, key, true, first) : Status::Error;
    }
    heapFree(c.h, indexes, n * sizeof(uint32_t));
    return st;
}

Status collectKeys(KeyCollector &c, JSObject *start) {
    for (JSObject *o = start; o; o = o->proto) {
        ENG_TRY(materializeMethods(c.h, o));
        uint32_t first = c.it->count;
        ENG_TRY(collectIndexKeys(c, o, first));
        for (uint32_t i = 0; i < o->propCount; i++) {
            uint32_t index;
            Prop &p = o->props[i];
            if (o->hasFlag(OBJ_SPARSE_INDEXES) && stringArrayIndex(p.key, &index)) continue;
            ENG_TRY(addKey(c, p.key, (p.attrs & ATTR_ENUMERABLE) != 0, first));
        }
    }
    return Status::Ok;
}

}  // namespace

Status newForInIterator(Heap &h, Value subject, Value *out) {
    ForInIterator *it = static_cast<ForInIterator *>(allocGc(h, HeapType::Iterator, sizeof(ForInIterator)));
    if (!it) return Status::Error;
    LocalRoot root(h, Value::pointer(it));
    if (subject.isNullish()) {
        *out = Value::pointer(it);
        return Status::Ok;
    }
    JSObject *o;
    ENG_TRY(toObject(h, subject, &o));
    it->object = o;
    KeyCollector c{h, it, 0, nullptr};
    Status st = collectKeys(c, o);
    // Keep only the enumerable keys, in order.
    uint32_t kept = 0;
    for (uint32_t i = 0; i < it->count; i++)
        if (c.enumerable[i]) it->keys[kept++] = it->keys[i];
    heapFree(h, c.enumerable, c.capacity);
    if (it->keys && kept != c.capacity) {
        if (kept == 0) {
            heapFree(h, it->keys, c.capacity * sizeof(HString *));
            it->keys = nullptr;
        } else {
            // Shrinking never fails in practice; if it does, keep the block.
            HString **keys = static_cast<HString **>(
                heapRealloc(h, it->keys, c.capacity * sizeof(HString *), kept * sizeof(HString *)));
            if (!keys) {
                it->count = 0;
                heapFree(h, it->keys, c.capacity * sizeof(HString *));
                it->keys = nullptr;
                return throwOutOfMemory(h);
            }
            it->keys = keys;
        }
    }
    it->count = kept;
    if (st != Status::Ok) return st;
    *out = Value::pointer(it);
    return Status::Ok;
}

Status forInNext(Heap &h, Value iterator, Value *key, bool *has) {
    ForInIterator *it = static_cast<ForInIterator *>(iterator.asPointer());
    *has = false;
    while (it->position < it->count) {
        HString *k = it->keys[it->position++];
        // Keys deleted since the snapshot are not visited.
        if (hasProperty(h, it->object, keyFromString(k))) {
            *key = Value::pointer(k);
            *has = true;
            return Status::Ok;
        }
    }
    return Status::Ok;
}

}  // namespace eng
