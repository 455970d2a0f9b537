// Map.prototype.getOrInsert / getOrInsertComputed and the WeakMap ones
// (ES2026 upsert): the value of key, added first when absent (computed
// by the callback, whose own insertion of key is then overwritten).
#include "config.h"

#if ENG_UPSERT

#include "builtins/collections.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

// this as a Map (magic 0) or WeakMap, and key checked (a WeakMap's must be
// able to be held weakly) and canonical (-0 is +0).
// what: the method's full name ("Map.prototype.getOrInsert").
Status thisMapAndKey(NativeCall &c, const char *what, JSCollection **m, Value *key) {
    bool weak = c.magic != 0;
    ENG_TRY(thisCollection(c, weak ? ObjectClass::WeakMap : ObjectClass::Map, what, m));
    *key = c.arg(0);
    if (weak && !canBeHeldWeakly(*key)) {
        char desc[64];
        describeValue(c.heap, *key, desc, sizeof desc);
        return throwError(c.heap, PROTO_TYPE_ERROR, "Invalid value used as weak map key: %s", desc);
    }
    if (isNumber(*key) && numberOf(*key) == 0) *key = Value::smallInt(0);
    return Status::Ok;
}

}  // namespace

Status mapGetOrInsert(NativeCall &c) {
    JSCollection *m;
    Value key;
    ENG_TRY(thisMapAndKey(c, c.magic ? "WeakMap.prototype.getOrInsert" : "Map.prototype.getOrInsert", &m, &key));
    int32_t i = collectionFind(m, key);
    if (i >= 0) {
        c.setResult(m->table->value(static_cast<uint32_t>(i)));
        return Status::Ok;
    }
    ENG_TRY(collectionSet(c.heap, m, key, c.arg(1)));
    c.setResult(c.arg(1));
    return Status::Ok;
}

Status mapGetOrInsertComputed(NativeCall &c) {
    JSCollection *m;
    Value key;
    bool weak = c.magic != 0;
    if (!weak) ENG_TRY(thisMapAndKey(c, "Map.prototype.getOrInsertComputed", &m, &key));
    else ENG_TRY(thisCollection(c, ObjectClass::WeakMap, "WeakMap.prototype.getOrInsertComputed", &m));
    if (!isCallable(c.arg(1))) {
        char desc[64];
        describeValue(c.heap, c.arg(1), desc, sizeof desc);
        return throwError(c.heap, PROTO_TYPE_ERROR, "%s is not a function", desc);
    }
    if (weak) ENG_TRY(thisMapAndKey(c, "WeakMap.prototype.getOrInsertComputed", &m, &key));
    int32_t i = collectionFind(m, key);
    if (i >= 0) {
        c.setResult(m->table->value(static_cast<uint32_t>(i)));
        return Status::Ok;
    }
    c.setArg(0, key);
    Value value;
    ENG_TRY(callValue(c.heap, c.arg(1), Value::undefined(), &key, 1, &value));
    c.setResult(value);
    // The callback may have changed the map: find key again (collectionSet does).
    m = static_cast<JSCollection *>(asObject(c.thisValue()));
    return collectionSet(c.heap, m, c.arg(0), c.result());
}

}  // namespace eng

#endif
