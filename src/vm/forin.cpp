// for-in key collection. Order: for each object on the prototype chain, its
// integer keys ascending, then its other keys in insertion order; a key seen
// on a nearer object (enumerable or not) hides the same key further up.
#include "vm/forin.h"

#include <string.h>

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "objects/own_keys.h"
#include "objects/proxy.h"
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
    rcInit(it->keys[it->count], key);
    c.enumerable[it->count] = enumerable ? 1 : 0;
    it->count++;
    return Status::Ok;
}

struct IndexKeyTarget {
    KeyCollector *collector;
    uint32_t first;
};

Status addIndexKey(Heap &, void *context, HString *key) {
    IndexKeyTarget *t = static_cast<IndexKeyTarget *>(context);
    return addKey(*t->collector, key, true, t->first);
}

#if ENG_PROXY
// A proxy's keys: [[OwnPropertyKeys]], each string one with its
// [[GetOwnProperty]]'s enumerability (ES2024 14.7.5.9). The iterated
// object's own are asked when visited instead (forInNext), as V8 does.
Status collectProxyKeys(KeyCollector &c, JSObject *p, bool askWhenVisited) {
    Heap &h = c.h;
    LocalRoot rp(h, Value::pointer(p));
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    LocalRoot rk(h, Value::pointer(keys));
    ENG_TRY(proxyOwnKeys(h, p, keys));
    uint32_t first = c.it->count;
    for (uint32_t i = 0; i < keys->length; i++) {
        Value k = keys->elems[i];
        if (!isString(k)) continue;
        if (askWhenVisited) {
            ENG_TRY(addKey(c, asString(k), true, first));
            continue;
        }
        PropertyDescriptor d(h);
        bool found;
        ENG_TRY(proxyGetOwnProperty(h, asObject(rp.value), keyFromString(asString(k)), &d, &found));
        if (found) ENG_TRY(addKey(c, asString(k), d.enumerable, first));
    }
    return Status::Ok;
}
#endif

Status collectKeys(KeyCollector &c, JSObject *start) {
#if ENG_PROXY
    LocalRoot cur(c.h, Value::pointer(start));  // a proxy's trap may give a prototype nothing else holds
#endif
    for (JSObject *o = start; o; o = o->proto) {
#if ENG_PROXY
        cur.value = Value::pointer(o);
        while (o && isProxyObject(o)) {
            ENG_TRY(collectProxyKeys(c, o, o == start));
            ENG_TRY(proxyGetPrototypeOf(c.h, o, &o));
            cur.value = o ? Value::pointer(o) : Value::null();
        }
        if (!o) break;
#endif
        uint32_t first = c.it->count;
        IndexKeyTarget target{&c, first};
        ENG_TRY(forEachIndexKey(c.h, o, true, addIndexKey, &target));
        for (uint32_t i = 0; i < ownPropCount(o); i++) {
            uint32_t index;
            PropRef p = propAt(o, i);
            if (p.isDeleted()) continue;
            if (p.key()->type != HeapType::String) continue;  // private names, symbols
            if (o->hasFlag(OBJ_SPARSE_INDEXES) && stringArrayIndex(p.key(), &index)) continue;
            ENG_TRY(addKey(c, p.key(), (p.attrs() & ATTR_ENUMERABLE) != 0, first));
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
    rcInit(it->object, o);
    KeyCollector c{h, it, 0, nullptr};
    Status st = collectKeys(c, o);
    // Keep only the enumerable keys, in order.
    uint32_t kept = 0;
    for (uint32_t i = 0; i < it->count; i++)
        if (c.enumerable[i]) it->keys[kept++] = it->keys[i];
        else rcDec(h, it->keys[i]);
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
        // Keys deleted since the snapshot are not visited (a proxy's
        // [[GetOwnProperty]] says whether each is there and enumerable).
#if ENG_PROXY
        if (isProxyObject(it->object)) {
            LocalRoot rk(h, Value::pointer(k));
            PropertyDescriptor d(h);
            bool found;
            ENG_TRY(proxyGetOwnProperty(h, it->object, keyFromString(k), &d, &found));
            if (!found || !d.enumerable) continue;
            *key = Value::pointer(k);
            *has = true;
            return Status::Ok;
        }
#endif
        if (hasProperty(h, it->object, keyFromString(k))) {
            *key = Value::pointer(k);
            *has = true;
            return Status::Ok;
        }
        if (ENG_PROXY && lookupFailed(h) && h.hasPending) return Status::Error;  // a proxy's has trap threw
    }
    return Status::Ok;
}

}  // namespace eng
