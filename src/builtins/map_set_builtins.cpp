// Map and Set (ES2025 24.1, 24.2), Map.groupBy, and their iterators
// (%MapIteratorPrototype%, %SetIteratorPrototype%, made on first use).
// The entry table is objects/collection.h.
#include "builtins/collections.h"

#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/lightfunc.h"
#include "vm/literal_ops.h"

#if ENG_MAP_SET

namespace eng {

namespace {

const char *className(ObjectClass cls) {
    switch (cls) {
    case ObjectClass::Map: return "Map";
    case ObjectClass::Set: return "Set";
    case ObjectClass::WeakMap: return "WeakMap";
    default: return "WeakSet";
    }
}

Proto protoOf(ObjectClass cls) {
    switch (cls) {
    case ObjectClass::Map: return PROTO_MAP;
    case ObjectClass::Set: return PROTO_SET;
    case ObjectClass::WeakMap: return PROTO_WEAK_MAP;
    default: return PROTO_WEAK_SET;
    }
}

}  // namespace

Status thisCollection(NativeCall &c, ObjectClass cls, const char *what, JSCollection **out) {
    Value t = c.thisValue();
    if (!isObject(t) || asObject(t)->cls() != cls) {
        char desc[64];
        describeValue(c.heap, t, desc, sizeof desc);
        return throwError(c.heap, PROTO_TYPE_ERROR, "Method %s called on incompatible receiver %s", what, desc);
    }
    *out = static_cast<JSCollection *>(asObject(t));
    return Status::Ok;
}

Status makeCollection(Heap &h, ObjectClass cls, JSCollection **out) {
    JSObject *proto = builtinProto(h, protoOf(cls));
    if (!proto) return Status::Error;
    *out = newCollection(h, proto, cls);
    return *out ? Status::Ok : Status::Error;
}

Status closeIterationThrowing(Heap &h, Value *iter, Value *state) {
    if (interrupted(h)) return Status::Error;  // nothing runs while a stop unwinds
    LocalRoot error(h, h.pending);
    (void)iterationClose(h, iter, state, true);
    h.pending = error.value;
    h.hasPending = true;
    return Status::Error;
}

namespace {

Status mapGetOrHas(NativeCall &c, bool has) {
    JSCollection *m = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Map, has ? "Map.prototype.has" : "Map.prototype.get", &m));
    int32_t i = collectionFind(m, c.arg(0));
    if (has) c.setResult(Value::boolean(i >= 0));
    else if (i >= 0) c.setResult(m->table->value(static_cast<uint32_t>(i)));
    return Status::Ok;
}

Status mapGet(NativeCall &c) { return mapGetOrHas(c, false); }
Status mapHas(NativeCall &c) { return mapGetOrHas(c, true); }

Status mapSet(NativeCall &c) {
    JSCollection *m = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Map, "Map.prototype.set", &m));
    ENG_TRY(collectionSet(c.heap, m, c.arg(0), c.arg(1)));
    c.setResult(c.thisValue());
    return Status::Ok;
}

Status setAdd(NativeCall &c) {
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.add", &s));
    ENG_TRY(collectionSet(c.heap, s, c.arg(0), Value::undefined()));
    c.setResult(c.thisValue());
    return Status::Ok;
}

Status setHas(NativeCall &c) {
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.has", &s));
    c.setResult(Value::boolean(collectionFind(s, c.arg(0)) >= 0));
    return Status::Ok;
}

// magic: the class (0 Map, 1 Set).
ObjectClass classOfMagic(const NativeCall &c) { return c.magic ? ObjectClass::Set : ObjectClass::Map; }

Status collectionDeleteMethod(NativeCall &c) {
    JSCollection *m = nullptr;
    ENG_TRY(thisCollection(c, classOfMagic(c), c.magic ? "Set.prototype.delete" : "Map.prototype.delete", &m));
    c.setResult(Value::boolean(collectionDelete(c.heap, m, c.arg(0))));
    return Status::Ok;
}

Status collectionClearMethod(NativeCall &c) {
    JSCollection *m = nullptr;
    ENG_TRY(thisCollection(c, classOfMagic(c), c.magic ? "Set.prototype.clear" : "Map.prototype.clear", &m));
    collectionClear(c.heap, m);
    return Status::Ok;
}

Status collectionSizeGetter(NativeCall &c) {
    JSCollection *m = nullptr;
    ENG_TRY(thisCollection(c, classOfMagic(c), c.magic ? "get Set.prototype.size" : "get Map.prototype.size", &m));
    c.setResult(Value::smallInt(static_cast<int32_t>(collectionSize(m))));
    return Status::Ok;
}

// forEach (ES2025 24.1.3.5, 24.2.4.7): entries added during the walk are
// visited, deleted ones skipped; positions stay put while it runs.
Status collectionForEach(NativeCall &c) {
    Heap &h = c.heap;
    JSCollection *m = nullptr;
    bool set = c.magic != 0;
    ENG_TRY(thisCollection(c, classOfMagic(c), set ? "Set.prototype.forEach" : "Map.prototype.forEach", &m));
    Value fn = c.arg(0);
    if (!isCallable(fn)) {
        char desc[64];
        describeValue(h, fn, desc, sizeof desc);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", desc);
    }
    collectionBusy(m);
    Status st = Status::Ok;
    for (uint32_t i = 0; m->table && i < m->table->used; i++) {
        Value k = m->table->key(i);
        if (k.isEmpty()) continue;
        Value args[3] = {set ? k : m->table->value(i), k, c.thisValue()};
        Value ignored;
        st = callValue(h, c.arg(0), c.arg(1), args, 3, &ignored);
        if (st != Status::Ok) break;
    }
    collectionIdle(h, m);
    return st;
}

// ---- iterators ---------------------------------------------------------

#define MAP_ITERATOR_METHODS(M, X) M(X, next, collectionIteratorNext, 0, 0)
#define SET_ITERATOR_METHODS(M, X) M(X, next, collectionIteratorNext, 0, 1)
Status collectionIteratorNext(NativeCall &c);

}  // namespace

ENG_FLASH_METHOD_TABLE(mapIteratorMethods, MAP_ITERATOR, MAP_ITERATOR_METHODS)
ENG_FLASH_METHOD_TABLE(setIteratorMethods, SET_ITERATOR, SET_ITERATOR_METHODS)

namespace {

#define MAP_ITERATOR_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(MapIterator))
#define SET_ITERATOR_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(SetIterator))
ENG_FLASH_OBJECT_SYMBOLS(mapIteratorProtoProps, ENG_FLASH_NO_PROPS, MAP_ITERATOR, MAP_ITERATOR_METHODS,
                         MAP_ITERATOR_SYMBOLS)
ENG_FLASH_OBJECT_SYMBOLS(setIteratorProtoProps, ENG_FLASH_NO_PROPS, SET_ITERATOR, SET_ITERATOR_METHODS,
                         SET_ITERATOR_SYMBOLS)

// %MapIteratorPrototype% or %SetIteratorPrototype%, made on first use.
Status collectionIteratorPrototype(Heap &h, bool set, JSObject **out) {
    LateIntrinsic which = set ? LATE_SET_ITERATOR_PROTOTYPE : LATE_MAP_ITERATOR_PROTOTYPE;
    if ((*out = lateIntrinsic(h, which))) return Status::Ok;
    JSObject *parent = nullptr;
    ENG_TRY(iteratorPrototype(h, LATE_ITERATOR_PROTOTYPE, &parent));
    JSObject *o = newObject(h, parent);
    if (!o) return Status::Error;
    if (set) useFlashProps(o, setIteratorProtoProps);
    else useFlashProps(o, mapIteratorProtoProps);
    LocalRoot ro(h, Value::pointer(o));
    ENG_TRY(setLateIntrinsic(h, which, o));
    *out = o;
    return Status::Ok;
}

// keys / values / entries (magic: IterationKind, + 4 for a Set).
Status collectionIterator(NativeCall &c) {
    Heap &h = c.heap;
    bool set = c.magic >= 4;
    IterationKind kind = static_cast<IterationKind>(c.magic & 3);
    static const char *const names[2][3] = {{"Map.prototype.keys", "Map.prototype.values", "Map.prototype.entries"},
                                            {"Set.prototype.keys", "Set.prototype.values", "Set.prototype.entries"}};
    JSCollection *m = nullptr;
    ENG_TRY(thisCollection(c, set ? ObjectClass::Set : ObjectClass::Map, names[set][kind], &m));
    JSObject *proto = nullptr;
    ENG_TRY(collectionIteratorPrototype(h, set, &proto));
    JSCollectionIterator *it = static_cast<JSCollectionIterator *>(newObjectOfSize(
        h, proto, set ? ObjectClass::SetIterator : ObjectClass::MapIterator, sizeof(JSCollectionIterator)));
    if (!it) return Status::Error;
    m = static_cast<JSCollection *>(asObject(c.thisValue()));
    rcInit(it->iterated, c.thisValue());
    it->kind = kind;
    collectionAttachIterator(m, it);
    c.setResult(Value::pointer(it));
    return Status::Ok;
}

Status collectionIteratorNext(NativeCall &c) {
    Heap &h = c.heap;
    bool set = c.magic != 0;
    ObjectClass cls = set ? ObjectClass::SetIterator : ObjectClass::MapIterator;
    Value t = c.thisValue();
    if (!isObject(t) || asObject(t)->cls() != cls) {
        char desc[64];
        describeValue(h, t, desc, sizeof desc);
        return throwError(h, PROTO_TYPE_ERROR, "Method %s Iterator.prototype.next called on incompatible receiver %s",
                          set ? "Set" : "Map", desc);
    }
    JSCollectionIterator *it = static_cast<JSCollectionIterator *>(asObject(t));
    Value result = Value::undefined();
    bool done = true;
    if (isObject(it->iterated)) {
        JSCollection *m = static_cast<JSCollection *>(asObject(it->iterated));
        CollectionTable *table = m->table;
        while (table && it->position < table->used && table->key(it->position).isEmpty()) it->position++;
        if (table && it->position < table->used) {
            uint32_t i = it->position++;
            done = false;
            Value k = table->key(i);
            Value v = table->width == 2 ? table->value(i) : k;
            if (it->kind == ITERATE_KEYS) {
                result = k;
            } else if (it->kind == ITERATE_VALUES) {
                result = v;
            } else {
                LocalRoot rk(h, k), rv(h, v);
                JSArray *pair = newArray(h, 2);
                if (!pair) return Status::Error;
                LocalRoot rp(h, Value::pointer(pair));
                ENG_TRY(arrayPush(h, pair, rk.value));
                ENG_TRY(arrayPush(h, pair, rv.value));
                result = rp.value;
            }
        } else {
            collectionDetachIterator(m, it);
            rcStore(h, it->iterated, Value::undefined());
        }
    }
    LocalRoot rr(h, result);
    Value r;
    ENG_TRY(createIterResult(h, result, done, &r));
    c.setResult(r);
    return Status::Ok;
}

// ---- constructors ------------------------------------------------------

// new Map(iterable) / new Set(iterable) and the weak ones (ES2025 24.1.1.1,
// 24.1.1.2 AddEntriesFromIterable, 24.2.2.1): the adder is looked up on
// the new object and called per item, unless it is the built-in one.
Status constructCollection(NativeCall &c, ObjectClass cls, NativeFn builtinAdder) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor %s requires 'new'", className(cls));
    JSCollection *m = nullptr;
    ENG_TRY(makeCollection(h, cls, &m));
    c.setResult(Value::pointer(m));
    Value iterable = c.arg(0);
    if (iterable.isNullish()) return Status::Ok;
    bool map = cls == ObjectClass::Map || cls == ObjectClass::WeakMap;
    Value adder;
    ENG_TRY(getValuePropertyStr(h, c.result(), atom(h, map ? ATOM_set : ATOM_add), &adder));
    if (!isCallable(adder)) {
        char desc[64];
        describeValue(h, adder, desc, sizeof desc);
        return throwError(h, PROTO_TYPE_ERROR, "'%s' returned for property '%s' of object '#<%s>' is not a function",
                          desc, map ? "set" : "add", className(cls));
    }
    LocalRoot ra(h, adder);
    bool direct = false;
    if (adder.isLightFunc()) {
        LightFuncInfo info;
        lightFuncInfo(h, adder, &info);
        direct = info.fn == builtinAdder;
    }
    LocalRoot iter(h, iterable), state(h);
    ENG_TRY(iterationOpen(h, iterable, &iter.value, &state.value));
    for (;;) {
        Value item;
        bool done;
        ENG_TRY(iterationNext(h, &iter.value, &state.value, &item, &done));
        if (done) return Status::Ok;
        LocalRoot ri(h, item);
        Value args[2] = {item, Value::undefined()};
        LocalRoot rk(h), rv(h);
        if (map) {
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
        Status st;
        JSCollection *target = static_cast<JSCollection *>(asObject(c.result()));
        if (direct && cls == ObjectClass::Map) {
            st = collectionSet(h, target, args[0], args[1]);
        } else if (direct && cls == ObjectClass::Set) {
            st = collectionSet(h, target, args[0], Value::undefined());
        } else {
            Value ignored;
            st = callValue(h, ra.value, c.result(), args, map ? 2 : 1, &ignored);
        }
        if (st != Status::Ok) return closeIterationThrowing(h, &iter.value, &state.value);
        ENG_TRY(interruptPoll(h));
    }
}

Status mapConstructor(NativeCall &c) { return constructCollection(c, ObjectClass::Map, mapSet); }
Status setConstructor(NativeCall &c) { return constructCollection(c, ObjectClass::Set, setAdd); }

// Map.groupBy (ES2025 24.1.2.1): callback(value, index) gives each value's
// key (SameValueZero, -0 as +0); each group is an array in first-seen order.
Status mapGroupBy(NativeCall &c) {
    Heap &h = c.heap;
    Value items = c.arg(0);
    if (items.isNullish()) return throwError(h, PROTO_TYPE_ERROR, "Map.groupBy called on null or undefined");
    if (!isCallable(c.arg(1))) {
        char desc[64];
        describeValue(h, c.arg(1), desc, sizeof desc);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", desc);
    }
    JSCollection *m = nullptr;
    ENG_TRY(makeCollection(h, ObjectClass::Map, &m));
    LocalRoot rm(h, Value::pointer(m));
    LocalRoot iter(h, items), state(h);
    ENG_TRY(iterationOpen(h, items, &iter.value, &state.value));
    for (double k = 0;; k++) {
        Value item;
        bool done;
        ENG_TRY(iterationNext(h, &iter.value, &state.value, &item, &done));
        if (done) break;
        LocalRoot ri(h, item);
        if (k >= 9007199254740991.0) {
            (void)throwError(h, PROTO_TYPE_ERROR, "Map.groupBy: too many items");
            return closeIterationThrowing(h, &iter.value, &state.value);
        }
        Value args[2] = {item, Value::undefined()};
        LocalRoot rk(h), rindex(h);
        if (makeNumber(h, k, &rindex.value) != Status::Ok) return closeIterationThrowing(h, &iter.value, &state.value);
        args[1] = rindex.value;
        if (callValue(h, c.arg(1), Value::undefined(), args, 2, &rk.value) != Status::Ok)
            return closeIterationThrowing(h, &iter.value, &state.value);
        m = static_cast<JSCollection *>(asObject(rm.value));
        int32_t found = collectionFind(m, rk.value);
        JSArray *group;
        if (found >= 0) {
            group = static_cast<JSArray *>(asObject(m->table->value(static_cast<uint32_t>(found))));
        } else {
            group = newArray(h, 0);
            if (!group) return Status::Error;
            LocalRoot rg(h, Value::pointer(group));
            ENG_TRY(collectionSet(h, m, rk.value, rg.value));
        }
        ENG_TRY(arrayPush(h, group, ri.value));
    }
    c.setResult(rm.value);
    return Status::Ok;
}

#define MAP_PROTO_METHODS(M, X)                                                                           \
    M(X, get, mapGet, 1, 0) M(X, set, mapSet, 2, 0) M(X, has, mapHas, 1, 0)                               \
    M(X, delete_, collectionDeleteMethod, 1, 0) M(X, clear, collectionClearMethod, 0, 0)                  \
    M(X, entries, collectionIterator, 0, ITERATE_ENTRIES) M(X, forEach, collectionForEach, 1, 0)          \
    M(X, keys, collectionIterator, 0, ITERATE_KEYS) M(X, values, collectionIterator, 0, ITERATE_VALUES)   \
    MAP_PROTO_METHODS_UPSERT(M, X)
#if ENG_UPSERT
#define MAP_PROTO_METHODS_UPSERT(M, X) \
    M(X, getOrInsert, mapGetOrInsert, 2, 0) M(X, getOrInsertComputed, mapGetOrInsertComputed, 2, 0)
#else
#define MAP_PROTO_METHODS_UPSERT(M, X)
#endif
#define MAP_PROTO_GETTERS(M, X) M(X, size, collectionSizeGetter, METHOD_GETTER, 0)
#define MAP_PROTO_ALL(M, X) MAP_PROTO_METHODS(M, X) MAP_PROTO_GETTERS(M, X)
#define MAP_STATIC_METHODS(M, X) M(X, groupBy, mapGroupBy, 2, 0)

#define SET_PROTO_METHODS(M, X)                                                                           \
    M(X, add, setAdd, 1, 0) M(X, clear, collectionClearMethod, 0, 1)                                      \
    M(X, delete_, collectionDeleteMethod, 1, 1) M(X, entries, collectionIterator, 0, 4 + ITERATE_ENTRIES) \
    M(X, forEach, collectionForEach, 1, 1) M(X, has, setHas, 1, 0)                                        \
    M(X, values, collectionIterator, 0, 4 + ITERATE_VALUES)                                               \
    M(X, union_, setUnion, 1, 0) M(X, intersection, setIntersection, 1, 0)                                \
    M(X, difference, setDifference, 1, 0) M(X, symmetricDifference, setSymmetricDifference, 1, 0)        \
    M(X, isSubsetOf, setIsSubsetOf, 1, 0) M(X, isSupersetOf, setIsSupersetOf, 1, 0)                       \
    M(X, isDisjointFrom, setIsDisjointFrom, 1, 0)
#define SET_PROTO_GETTERS(M, X) M(X, size, collectionSizeGetter, METHOD_GETTER, 1)
#define SET_PROTO_ALL(M, X) SET_PROTO_METHODS(M, X) SET_PROTO_GETTERS(M, X)

// get Map[@@species] / get Set[@@species] (ES2025 24.1.2.3, 24.2.3.2).
Status returnThis(NativeCall &c) {
    c.setResult(c.thisValue());
    return Status::Ok;
}

}  // namespace

// A method keyed by a symbol has a table of its own (its name is "@@name").
extern const MethodSpec collectionSpeciesMethods[];
const MethodSpec collectionSpeciesMethods[] = {{"@@species", returnThis, METHOD_GETTER, 0}};

ENG_FLASH_METHOD_TABLE(mapProtoMethods, MAP_PROTO, MAP_PROTO_ALL)
ENG_FLASH_METHOD_TABLE(mapStaticMethods, MAP_STATIC, MAP_STATIC_METHODS)
ENG_FLASH_METHOD_TABLE(setProtoMethods, SET_PROTO, SET_PROTO_ALL)

namespace {

const FlashAccessor mapSizePair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_MAP_PROTO, MAP_PROTO_size);
const FlashAccessor setSizePair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_SET_PROTO, SET_PROTO_size);
const FlashAccessor speciesPair = ENG_FLASH_GETTER_PAIR(FLASH_METHODS_COLLECTION_SPECIES, 0);
#define COLLECTION_CTOR_SYMBOLS(S) S(species, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(speciesPair))

#define MAP_PROTO_PROPS(P) \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_MAP)) P(size, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(mapSizePair))
#define MAP_PROTO_SYMBOLS(S)                                                                \
    S(iterator, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_MAP_PROTO, MAP_PROTO_entries)) \
    S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(Map))
#define MAP_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_MAP))

// Set.prototype.keys is the values function itself (ES2025 24.2.4.17).
#define SET_PROTO_PROPS(P)                                                                      \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_SET))                                      \
    P(size, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(setSizePair))                                 \
    P(keys, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_SET_PROTO, SET_PROTO_values))
#define SET_PROTO_SYMBOLS(S)                                                                \
    S(iterator, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_SET_PROTO, SET_PROTO_values)) \
    S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(Set))
#define SET_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_SET))

ENG_FLASH_OBJECT_SYMBOLS(mapProtoProps, MAP_PROTO_PROPS, MAP_PROTO, MAP_PROTO_METHODS, MAP_PROTO_SYMBOLS)
ENG_FLASH_OBJECT_SYMBOLS(mapCtorProps, MAP_CTOR_PROPS, MAP_STATIC, MAP_STATIC_METHODS, COLLECTION_CTOR_SYMBOLS)
ENG_FLASH_OBJECT_SYMBOLS(setProtoProps, SET_PROTO_PROPS, SET_PROTO, SET_PROTO_METHODS, SET_PROTO_SYMBOLS)
#define SET_STATIC_METHODS(M, X)
ENG_FLASH_OBJECT_SYMBOLS(setCtorProps, SET_CTOR_PROPS, SET_STATIC, SET_STATIC_METHODS, COLLECTION_CTOR_SYMBOLS)

}  // namespace

Status initMapSetBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    if (!flashConstructor(h, PROTO_MAP, ATOM_Map, mapConstructor, 0, mapCtorProps, mapProtoProps)) return Status::Error;
    return flashConstructor(h, PROTO_SET, ATOM_Set, setConstructor, 0, setCtorProps, setProtoProps) ? Status::Ok
                                                                                                    : Status::Error;
}

}  // namespace eng

#endif
