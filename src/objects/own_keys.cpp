// Own enumerable keys in enumeration order (see own_keys.h).
#include "objects/own_keys.h"
#include "objects/array_buffer.h"


#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/string.h"

namespace eng {

namespace {

// Heapsort: O(n log n) with no recursion and no allocation, and no qsort
// from the C library (a firmware need not link it).
void siftDown(uint32_t *a, uint32_t root, uint32_t count) {
    uint32_t value = a[root];
    for (;;) {
        uint32_t child = 2 * root + 1;
        if (child >= count) break;
        if (child + 1 < count && a[child + 1] > a[child]) child++;
        if (a[child] <= value) break;
        a[root] = a[child];
        root = child;
    }
    a[root] = value;
}

void sortIndexes(uint32_t *a, uint32_t count) {
    for (uint32_t i = count / 2; i-- > 0;) siftDown(a, i, count);
    for (uint32_t end = count; end-- > 1;) {
        uint32_t top = a[0];
        a[0] = a[end];
        a[end] = top;
        siftDown(a, 0, end);
    }
}

Status pushToArray(Heap &h, void *context, HString *key) {
    return arrayPush(h, static_cast<JSArray *>(context), Value::pointer(key));
}

}  // namespace

Status forEachIndexKey(Heap &h, JSObject *o, bool onlyEnumerable, IndexKeyVisitor visit, void *context) {
    uint32_t stringLength = 0;
    if (o->cls() == ObjectClass::String)
        stringLength = asString(static_cast<JSPrimitiveWrapper *>(o)->primitive)->length;
    if (ENG_TYPED_ARRAYS && o->cls() == ObjectClass::TypedArray) stringLength = viewLength(static_cast<JSArrayBufferView *>(o));
    uint32_t n = stringLength;
    for (uint32_t i = 0; i < o->elemCount(); i++)
        if (!o->elems[i].isEmpty() && i >= stringLength) n++;
    if (o->hasFlag(OBJ_SPARSE_INDEXES)) n += ownPropCount(o);
    n += mappedSlots(o);
    if (n == 0) return Status::Ok;
    uint32_t *indexes = static_cast<uint32_t *>(heapAlloc(h, n * sizeof(uint32_t)));
    if (!indexes) return throwOutOfMemory(h);
    uint32_t count = 0;
    for (uint32_t i = 0; i < stringLength; i++) indexes[count++] = i;
    for (uint32_t i = 0; i < o->elemCount(); i++)
        if (!o->elems[i].isEmpty() && i >= stringLength) indexes[count++] = i;
    if (o->hasFlag(OBJ_SPARSE_INDEXES))
        for (uint32_t i = 0; i < ownPropCount(o); i++) {
            uint32_t index;
            if ((!onlyEnumerable || (propAt(o, i).attrs() & ATTR_ENUMERABLE)) && stringArrayIndex(propAt(o, i).key(), &index))
                indexes[count++] = index;
        }
    for (uint32_t i = 0; i < mappedSlots(o); i++)
        if (mappedBox(o, i) && (!onlyEnumerable || (static_cast<JSArguments *>(o)->mapAttrs()[i] & ATTR_ENUMERABLE)))
            indexes[count++] = i;
    sortIndexes(indexes, count);
    Status st = Status::Ok;
    for (uint32_t i = 0; i < count && st == Status::Ok; i++) {
        HString *key = keyToString(h, PropertyKey{nullptr, indexes[i], true});
        st = key ? visit(h, context, key) : Status::Error;
    }
    heapFree(h, indexes, n * sizeof(uint32_t));
    return st;
}

Status ownEnumerableKeys(Heap &h, JSObject *o, JSArray **out) {
    JSArray *keys = newArray(h, 0);
    if (!keys) return Status::Error;
    LocalRoot kr(h, Value::pointer(keys));
#if ENG_PROXY
    if (isProxyObject(o)) {
        ENG_TRY(proxyOwnStringKeys(h, o, true, keys));
        *out = keys;
        return Status::Ok;
    }
#endif
    ENG_TRY(forEachIndexKey(h, o, true, pushToArray, keys));
    for (uint32_t i = 0; i < ownPropCount(o); i++) {
        uint32_t index;
        PropRef p = propAt(o, i);
        if (!(p.attrs() & ATTR_ENUMERABLE) || p.key()->type != HeapType::String) continue;  // private names, symbols
        if (o->hasFlag(OBJ_SPARSE_INDEXES) && stringArrayIndex(p.key(), &index)) continue;
        ENG_TRY(arrayPush(h, keys, Value::pointer(p.key())));
    }
    *out = keys;
    return Status::Ok;
}

Status appendOwnSymbolKeys(Heap &h, JSObject *o, JSArray *out) {
    LocalRoot ro(h, Value::pointer(o)), rout(h, Value::pointer(out));
    for (uint32_t i = 0; i < ownPropCount(asObject(ro.value)); i++) {
        PropRef p = propAt(asObject(ro.value), i);
        if (!p.isDeleted() && isSymbolKey(p.key()))
            ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(rout.value)), Value::pointer(p.key())));
    }
    return Status::Ok;
}

}  // namespace eng
