// WeakMap and WeakSet (ES2025 24.3, 24.4). Their entries do not keep keys
// alive and a value lives only as long as its key (docs/memory.md, Weak
// collections); the table is objects/collection.h.
#include "builtins/collections.h"

#include "builtins/flash_props.h"
#include "objects/object_ops.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/literal_ops.h"

#if ENG_MAP_SET

namespace eng {

namespace {

Status invalidKey(Heap &h, Value key, const char *kind) {
    char desc[64];
    describeValue(h, key, desc, sizeof desc);
    return throwError(h, PROTO_TYPE_ERROR, "Invalid value used %s: %s", kind, desc);
}

Status weakMapGet(NativeCall &c) {
    JSCollection *m = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::WeakMap, "WeakMap.prototype.get", &m));
    int32_t i = canBeHeldWeakly(c.arg(0)) ? collectionFind(m, c.arg(0)) : -1;
    if (i >= 0) c.setResult(m->table->value(static_cast<uint32_t>(i)));
    return Status::Ok;
}

Status weakMapSet(NativeCall &c) {
    JSCollection *m = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::WeakMap, "WeakMap.prototype.set", &m));
    if (!canBeHeldWeakly(c.arg(0))) return invalidKey(c.heap, c.arg(0), "as weak map key");
    ENG_TRY(collectionSet(c.heap, m, c.arg(0), c.arg(1)));
    c.setResult(c.thisValue());
    return Status::Ok;
}

Status weakSetAdd(NativeCall &c) {
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::WeakSet, "WeakSet.prototype.add", &s));
    if (!canBeHeldWeakly(c.arg(0))) return invalidKey(c.heap, c.arg(0), "in weak set");
    ENG_TRY(collectionSet(c.heap, s, c.arg(0), Value::undefined()));
    c.setResult(c.thisValue());
    return Status::Ok;
}

// has / delete of either (magic: 0 WeakMap, 1 WeakSet).
Status weakHas(NativeCall &c) {
    JSCollection *m = nullptr;
    bool set = c.magic != 0;
    ENG_TRY(thisCollection(c, set ? ObjectClass::WeakSet : ObjectClass::WeakMap,
                           set ? "WeakSet.prototype.has" : "WeakMap.prototype.has", &m));
    c.setResult(Value::boolean(canBeHeldWeakly(c.arg(0)) && collectionFind(m, c.arg(0)) >= 0));
    return Status::Ok;
}

Status weakDelete(NativeCall &c) {
    JSCollection *m = nullptr;
    bool set = c.magic != 0;
    ENG_TRY(thisCollection(c, set ? ObjectClass::WeakSet : ObjectClass::WeakMap,
                           set ? "WeakSet.prototype.delete" : "WeakMap.prototype.delete", &m));
    c.setResult(Value::boolean(canBeHeldWeakly(c.arg(0)) && collectionDelete(c.heap, m, c.arg(0))));
    return Status::Ok;
}

// new WeakMap(iterable) / new WeakSet(iterable): as Map and Set, always
// through the adder found on the new object.
Status constructWeak(NativeCall &c, bool set) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor %s requires 'new'", set ? "WeakSet" : "WeakMap");
    JSCollection *m = nullptr;
    ENG_TRY(makeCollection(h, set ? ObjectClass::WeakSet : ObjectClass::WeakMap, &m));
    c.setResult(Value::pointer(m));
    Value iterable = c.arg(0);
    if (iterable.isNullish()) return Status::Ok;
    Value adder;
    ENG_TRY(getValuePropertyStr(h, c.result(), atom(h, set ? ATOM_add : ATOM_set), &adder));
    if (!isCallable(adder)) {
        char desc[64];
        describeValue(h, adder, desc, sizeof desc);
        return throwError(h, PROTO_TYPE_ERROR, "'%s' returned for property '%s' of object '#<%s>' is not a function",
                          desc, set ? "add" : "set", set ? "WeakSet" : "WeakMap");
    }
    LocalRoot ra(h, adder), iter(h, iterable), state(h);
    ENG_TRY(iterationOpen(h, iterable, &iter.value, &state.value));
    for (;;) {
        Value item;
        bool done;
        ENG_TRY(iterationNext(h, &iter.value, &state.value, &item, &done));
        if (done) return Status::Ok;
        LocalRoot ri(h, item), rk(h), rv(h);
        Value args[2] = {item, Value::undefined()};
        if (!set) {
            if (!isObjectType(item)) {
                char desc[64];
                describeValue(h, item, desc, sizeof desc);
                (void)throwError(h, PROTO_TYPE_ERROR, "Iterator value %s is not an entry object", desc);
                return closeIterationThrowing(h, &iter.value, &state.value);
            }
            if (getValueProperty(h, item, Value::smallInt(0), &rk.value) != Status::Ok ||
                getValueProperty(h, ri.value, Value::smallInt(1), &rv.value) != Status::Ok)
                return closeIterationThrowing(h, &iter.value, &state.value);
            args[0] = rk.value;
            args[1] = rv.value;
        }
        Value ignored;
        if (callValue(h, ra.value, c.result(), args, set ? 1 : 2, &ignored) != Status::Ok)
            return closeIterationThrowing(h, &iter.value, &state.value);
    }
}

Status weakMapConstructor(NativeCall &c) { return constructWeak(c, false); }
Status weakSetConstructor(NativeCall &c) { return constructWeak(c, true); }

#define WEAK_MAP_PROTO_METHODS(M, X)                                                       \
    M(X, delete_, weakDelete, 1, 0) M(X, get, weakMapGet, 1, 0) M(X, has, weakHas, 1, 0) \
    M(X, set, weakMapSet, 2, 0) WEAK_MAP_PROTO_METHODS_UPSERT(M, X)
#if ENG_UPSERT
#define WEAK_MAP_PROTO_METHODS_UPSERT(M, X) \
    M(X, getOrInsert, mapGetOrInsert, 2, 1) M(X, getOrInsertComputed, mapGetOrInsertComputed, 2, 1)
#else
#define WEAK_MAP_PROTO_METHODS_UPSERT(M, X)
#endif
#define WEAK_SET_PROTO_METHODS(M, X) \
    M(X, add, weakSetAdd, 1, 0) M(X, delete_, weakDelete, 1, 1) M(X, has, weakHas, 1, 1)

}  // namespace

ENG_FLASH_METHOD_TABLE(weakMapProtoMethods, WEAK_MAP_PROTO, WEAK_MAP_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(weakSetProtoMethods, WEAK_SET_PROTO, WEAK_SET_PROTO_METHODS)

namespace {

#define WEAK_MAP_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_WEAK_MAP))
#define WEAK_MAP_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(WeakMap))
#define WEAK_MAP_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_WEAK_MAP))
#define WEAK_SET_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_WEAK_SET))
#define WEAK_SET_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(WeakSet))
#define WEAK_SET_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_WEAK_SET))

ENG_FLASH_OBJECT_SYMBOLS(weakMapProtoProps, WEAK_MAP_PROTO_PROPS, WEAK_MAP_PROTO, WEAK_MAP_PROTO_METHODS,
                         WEAK_MAP_PROTO_SYMBOLS)
ENG_FLASH_TABLE(weakMapCtorProps, WEAK_MAP_CTOR_PROPS)
ENG_FLASH_OBJECT_SYMBOLS(weakSetProtoProps, WEAK_SET_PROTO_PROPS, WEAK_SET_PROTO, WEAK_SET_PROTO_METHODS,
                         WEAK_SET_PROTO_SYMBOLS)
ENG_FLASH_TABLE(weakSetCtorProps, WEAK_SET_CTOR_PROPS)

}  // namespace

Status initWeakCollectionBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    if (!flashConstructor(h, PROTO_WEAK_MAP, ATOM_WeakMap, weakMapConstructor, 0, weakMapCtorProps, weakMapProtoProps))
        return Status::Error;
    return flashConstructor(h, PROTO_WEAK_SET, ATOM_WeakSet, weakSetConstructor, 0, weakSetCtorProps,
                            weakSetProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng

#endif
