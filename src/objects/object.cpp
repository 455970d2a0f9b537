// Object allocation, the own-property table and the array part.
#include <string.h>

#include "heap/refcount.h"
#include "objects/array_buffer.h"
#include "objects/collection.h"
#include "objects/object_ops.h"
#include "objects/weak_ref.h"
#include "regexp/regexp_object.h"
#include "strings/rom_strings.h"
#include "strings/string.h"
#include "vm/generator.h"
#include "vm/promise.h"

namespace eng {

namespace {

// A hashed table (capacity above PROP_LINEAR_LIMIT) is followed by one word,
// how many of its slots are deleted, then its index: twice the capacity in
// slots, each holding a property's number + 1 (0: empty) in as few bytes as
// the capacity allows (a byte up to 128 properties: the copy of a built-in's
// table in flash is then a quarter of what word slots cost). Deleting leaves
// a tombstone (deletedPropertyKey) in place, so a delete costs a lookup; the
// table is compacted, keeping insertion order, once tombstones pass half of
// the used slots or a quarter of a full table. A linear table closes the
// gap at once.
uint32_t indexSlots(uint32_t cap) { return cap * 2; }
uint32_t slotBytes(uint32_t cap) { return cap <= 0xff ? 1 : cap <= 0xffff ? 2 : 4; }

uint32_t &deletedSlots(JSObject *o) { return *reinterpret_cast<uint32_t *>(o->props + o->propCap()); }
void *hashIndex(JSObject *o) { return &deletedSlots(o) + 1; }

template <typename Slot>
Prop *probeIndex(JSObject *o, const Slot *idx, uint32_t mask, HString *key) {
    for (uint32_t slot = key->hash & mask; idx[slot]; slot = (slot + 1) & mask) {
        Prop *p = &o->props[idx[slot] - 1];
        if (p->key() == key) return p;
    }
    return nullptr;
}

// Enters property number + 1 `number` for key (not in o) into o's index.
// A slot naming a tombstone is taken over: no lookup needs it, and a key
// deleted and added again and again would otherwise lengthen its probe
// run each time until the next compaction (measured: 90 % of a
// delete-and-add loop on a 5,000-key object went to probing).
template <typename Slot>
void indexInsert(const Prop *props, Slot *idx, uint32_t mask, HString *key, uint32_t number) {
    uint32_t slot = key->hash & mask;
    while (idx[slot] && !props[idx[slot] - 1].isDeleted()) slot = (slot + 1) & mask;
    idx[slot] = static_cast<Slot>(number);
}
void indexInsert(JSObject *o, HString *key, uint32_t number) {
    uint32_t mask = indexSlots(o->propCap()) - 1;
    switch (slotBytes(o->propCap())) {
    case 1: return indexInsert(o->props, static_cast<uint8_t *>(hashIndex(o)), mask, key, number);
    case 2: return indexInsert(o->props, static_cast<uint16_t *>(hashIndex(o)), mask, key, number);
    default: return indexInsert(o->props, static_cast<uint32_t *>(hashIndex(o)), mask, key, number);
    }
}

// A table in flash longer than PROP_LINEAR_LIMIT has its index right after
// its properties: as many slots as its RAM copy's, a byte each
// (builtins/flash_props.h).
inline __attribute__((always_inline)) Prop *findInFlashTable(const Prop *table, uint32_t count, HString *key) {
    if (count <= PROP_LINEAR_LIMIT) {
        for (uint32_t i = 0; i < count; i++)
            if (table[i].key() == key) return const_cast<Prop *>(&table[i]);
        return nullptr;
    }
    const uint8_t *idx = reinterpret_cast<const uint8_t *>(table + count);
    // flashIndexSlots(count) - 1 without its loop: count is above 8.
    uint32_t mask = count <= 2 * PROP_LINEAR_LIMIT ? 4 * PROP_LINEAR_LIMIT - 1 : (2u << (32 - __builtin_clz(count - 1))) - 1;
    for (uint32_t slot = key->hash & mask; idx[slot]; slot = (slot + 1) & mask) {
        const Prop *p = &table[idx[slot] - 1];
        if (p->key() == key) return const_cast<Prop *>(p);
    }
    return nullptr;
}

void rebuildIndex(JSObject *o) {
    if (o->propCap() <= PROP_LINEAR_LIMIT) return;
    memset(hashIndex(o), 0, indexSlots(o->propCap()) * slotBytes(o->propCap()));
    uint32_t deleted = 0;
    for (uint32_t i = 0; i < o->propCount(); i++) {
        if (o->props[i].isDeleted()) {
            deleted++;
            continue;
        }
        indexInsert(o, o->props[i].key(), i + 1);
    }
    deletedSlots(o) = deleted;
}

// Drops the tombstones of a hashed table, keeping the order of the rest.
void compactProperties(JSObject *o) {
    uint32_t kept = 0;
    for (uint32_t i = 0; i < o->propCount(); i++)
        if (!o->props[i].isDeleted()) o->props[kept++] = o->props[i];
    o->propsHeader()->count = kept;
    rebuildIndex(o);
}

// The room for values after an object with OBJ_CLASS_INLINE_SLOTS.
uint32_t inlineRoom(JSObject *o) {
    if (o->hasFlag(OBJ_SHAPED)) return o->propCap();
    uint32_t room;
    memcpy(&room, static_cast<const void *>(shapedSlots(o)), sizeof room);
    return room;
}

size_t objectSize(JSObject *o) {
    switch (o->cls()) {
    case ObjectClass::Array:
        return sizeof(JSArray);
    case ObjectClass::Closure:
        return sizeof(JSClosure) +
               (static_cast<JSClosure *>(o)->upvalCount ? static_cast<JSClosure *>(o)->upvalCount - 1 : 0) *
                   sizeof(Box *);
    case ObjectClass::Native:
        return sizeof(JSNative);
    case ObjectClass::Bound: {
        uint32_t n = static_cast<JSBound *>(o)->argCount;
        return sizeof(JSBound) + (n ? n - 1 : 0) * sizeof(Value);
    }
    case ObjectClass::Global:
        return sizeof(JSGlobal);
    case ObjectClass::Boolean:
    case ObjectClass::Number:
    case ObjectClass::String:
    case ObjectClass::Date:
    case ObjectClass::Symbol:
    case ObjectClass::BigInt:
#if ENG_RESOURCE_MANAGEMENT
    case ObjectClass::DisposableStack:
    case ObjectClass::AsyncDisposableStack:
#endif
        return sizeof(JSPrimitiveWrapper);
    case ObjectClass::ArrayIterator:
    case ObjectClass::StringIterator:
    case ObjectClass::RegExpStringIterator:
        return sizeof(JSIteratorObject);
    case ObjectClass::RegExp:
        return sizeof(JSRegExp);
    case ObjectClass::Arguments:
        return argumentsObjectSize(static_cast<JSArguments *>(o)->mappedCount);
    case ObjectClass::Generator:
        return generatorObjectSize(static_cast<JSGenerator *>(o)->nregs);
    case ObjectClass::Promise:
        return sizeof(JSPromise);
    case ObjectClass::PromiseRecord:
        return sizeof(JSPromiseRecord);
    case ObjectClass::Map:
    case ObjectClass::Set:
    case ObjectClass::WeakMap:
    case ObjectClass::WeakSet:
    case ObjectClass::MapIterator:
    case ObjectClass::SetIterator:
        return collectionObjectSize(o);
    case ObjectClass::ArrayBuffer:
        return sizeof(JSArrayBuffer);
    case ObjectClass::TypedArray:
    case ObjectClass::DataView:
        return sizeof(JSArrayBufferView);
    case ObjectClass::IteratorHelper:
    case ObjectClass::WrapForValidIterator:
        return sizeof(JSIteratorHelper);
#if ENG_PROXY
    case ObjectClass::Proxy:
        return sizeof(JSProxy);
#endif
#if ENG_WEAK_REFS
    case ObjectClass::WeakRef:
    case ObjectClass::FinalizationRegistry:
        return weakRefObjectSize(o);
#endif
    default:
        if (o->extra & OBJ_CLASS_INLINE_SLOTS) return sizeof(JSObject) + inlineRoom(o) * sizeof(Value);
        return sizeof(JSObject);
    }
}

}  // namespace

size_t propsBytes(uint32_t cap) {
    size_t bytes = sizeof(PropsHeader) + static_cast<size_t>(cap) * sizeof(Prop);
    if (cap > PROP_LINEAR_LIMIT) bytes += sizeof(uint32_t) + static_cast<size_t>(indexSlots(cap)) * slotBytes(cap);
    return bytes;
}

namespace {

// The array part of every object without one: count 0, capacity 0, never
// written (setElemCount leaves a block of capacity 0 alone).
alignas(8) const uint32_t emptyElements[2] = {0, 0};

size_t elementsBytes(uint32_t cap) { return sizeof(ElementsHeader) + static_cast<size_t>(cap) * sizeof(Value); }

ElementsHeader *headerOf(Value *elems) { return reinterpret_cast<ElementsHeader *>(elems) - 1; }

}  // namespace

Value *noElements() { return reinterpret_cast<Value *>(const_cast<uint32_t *>(emptyElements) + 2); }
// The same block is the property table of every object without one (a
// PropsHeader of count 0 and capacity 0: never written in place).
Prop *noProps() { return reinterpret_cast<Prop *>(const_cast<uint32_t *>(emptyElements) + 2); }

namespace {

// A RAM property table of capacity cap, empty; null when memory runs out.
Prop *allocProps(Heap &h, uint32_t cap) {
    PropsHeader *header = static_cast<PropsHeader *>(heapAlloc(h, propsBytes(cap)));
    if (!header) return nullptr;
    header->count = 0;
    header->cap = cap;
    return reinterpret_cast<Prop *>(header + 1);
}

// Frees o's table when it is its own in RAM (not the empty one, one in
// flash or a shape's keys).
void freeProps(Heap &h, JSObject *o) {
    if (o->propCap() && !o->hasFlag(OBJ_SHAPED)) heapFree(h, o->propsHeader(), propsBytes(o->propCap()));
}

}  // namespace

Value *allocElements(Heap &h, uint32_t cap) {
    ElementsHeader *header = static_cast<ElementsHeader *>(heapAlloc(h, elementsBytes(cap)));
    if (!header) return nullptr;
    header->count = 0;
    header->cap = cap;
    return reinterpret_cast<Value *>(header + 1);
}

void freeElements(Heap &h, Value *elems) {
    ElementsHeader *header = headerOf(elems);
    if (header->cap) heapFree(h, header, elementsBytes(header->cap));
}

JSObject *newObjectOfSize(Heap &h, JSObject *proto, ObjectClass cls, size_t size) {
    JSObject *o = static_cast<JSObject *>(allocGc(h, HeapType::Object, size));
    if (!o) return nullptr;
    o->extra = static_cast<uint16_t>(static_cast<uint8_t>(cls) | (OBJ_EXTENSIBLE << 8));
    o->elems = noElements();
    o->props = noProps();
    rcInit(o->proto, proto);
    return o;
}

JSObject *newObject(Heap &h, JSObject *proto) {
    return newObjectOfSize(h, proto, ObjectClass::Object, sizeof(JSObject));
}

JSObject *newPlainObject(Heap &h) { return newObject(h, protoOf(h, PROTO_OBJECT)); }

JSArray *newArray(Heap &h, uint32_t capacity) {
    JSArray *a = static_cast<JSArray *>(
        newObjectOfSize(h, protoOf(h, PROTO_ARRAY), ObjectClass::Array, sizeof(JSArray)));
    if (!a || capacity == 0) return a;
    LocalRoot root(h, Value::pointer(a));
    Value *elems = allocElements(h, capacity);
    if (!elems) {
        (void)throwOutOfMemory(h);
        return nullptr;
    }
    a->elems = elems;
    return a;
}

Box *newBox(Heap &h, Value v) {
    Box *b = static_cast<Box *>(allocGc(h, HeapType::Box, sizeof(Box)));
    if (b) rcInit(b->value, v);
    return b;
}

JSNative *newNative(Heap &h, NativeFn fn, HString *name, int length, int magic) {
    JSNative *f = static_cast<JSNative *>(
        newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Native, sizeof(JSNative)));
    if (!f) return nullptr;
    f->fn = fn;
    rcInit(f->name, name);
    f->length = static_cast<int16_t>(length);
    f->magic = static_cast<int16_t>(magic);
    return f;
}

size_t freeObjectContents(Heap &h, JSObject *o) {
    freeProps(h, o);
    freeElements(h, o->elems);
    if (o->cls() == ObjectClass::RegExp) freeRegExpProgram(h, o);
    if (ENG_MAP_SET && (isCollectionClass(o->cls()) || o->cls() == ObjectClass::MapIterator ||
                        o->cls() == ObjectClass::SetIterator))
        freeCollectionContents(h, o);
    if (ENG_TYPED_ARRAYS && o->cls() == ObjectClass::ArrayBuffer) releaseBufferData(h, static_cast<JSArrayBuffer *>(o));
#if ENG_WEAK_REFS
    if (o->cls() == ObjectClass::WeakRef || o->cls() == ObjectClass::FinalizationRegistry) freeWeakRefContents(h, o);
#endif
    if (o->cls() == ObjectClass::Generator) {
        JSGenerator *g = static_cast<JSGenerator *>(o);
        if (g->catches) heapFree(h, g->catches, g->catchCap * sizeof(SavedCatch));
    }
    return objectSize(o);
}

void freeObject(Heap &h, JSObject *o) { heapFree(h, o, freeObjectContents(h, o)); }

namespace {

inline __attribute__((always_inline)) Prop *lookUpTable(JSObject *o, HString *key) {
    if (o->propCap() <= PROP_LINEAR_LIMIT) {
        if (o->propCount() > PROP_LINEAR_LIMIT) return findInFlashTable(o->props, o->propCount(), key);  // only flash tables outgrow their capacity
        for (uint32_t i = 0; i < o->propCount(); i++)
            if (o->props[i].key() == key) return &o->props[i];
        return nullptr;
    }
    uint32_t mask = indexSlots(o->propCap()) - 1;
    if (o->propCap() <= 0xff) return probeIndex(o, static_cast<const uint8_t *>(hashIndex(o)), mask, key);
    if (o->propCap() <= 0xffff) return probeIndex(o, static_cast<const uint16_t *>(hashIndex(o)), mask, key);
    return probeIndex(o, static_cast<const uint32_t *>(hashIndex(o)), mask, key);
}

}  // namespace

Prop *findFlashBuiltin(const JSObject *o, HString *key) {
    const Prop *b = flashBuiltins(o);
    return b ? findInFlashTable(b, flashBuiltinCount(b), key) : nullptr;
}

Prop *findTableProp(JSObject *o, HString *key) {
    Prop *p = lookUpTable(o, key);
    // Keys in flash are read-only strings: no string in RAM has their text.
    if (p || o->cls() != ObjectClass::Global || !isReadOnly(key)) return p;
    return findFlashBuiltin(o, key);
}

namespace {

// A shaped object's keys and values become a table of its own; the room
// after the object keeps its size in its first word.
Status unshape(Heap &h, JSObject *o) {
    uint32_t count = o->propCount(), room = o->propCap();
    uint32_t cap = count > 2 ? count : 2;
    LocalRoot root(h, Value::pointer(o));
    Prop *props = allocProps(h, cap);
    if (!props) return throwOutOfMemory(h);
    Shape *s = shapeOf(o);
    Value *slots = shapedSlots(o);
    for (uint32_t i = 0; i < count; i++) {  // the values move, the keys are counted once more
        props[i].keyBits = s->keys[i];
        rcInc(props[i].key());
        props[i].value = slots[i];
    }
    o->clearFlag(OBJ_SHAPED);
    o->props = props;
    o->propsHeader()->count = count;
    memcpy(static_cast<void *>(slots), &room, sizeof room);
    rcDec(h, gcOf(s));
    return Status::Ok;
}

}  // namespace

JSObject *newShapedObject(Heap &h, JSObject *proto, uint32_t room) {
    if (room > NEWOBJ_MAX_ROOM) room = NEWOBJ_MAX_ROOM;  // a crafted image's
    JSObject *o = newObjectOfSize(h, proto, ObjectClass::Object, sizeof(JSObject) + room * sizeof(Value));
    if (!o) return nullptr;
    // Until it has its shape, an object with room and no table (what making
    // the shape may collect sees).
    o->extra = static_cast<uint16_t>(o->extra | OBJ_CLASS_INLINE_SLOTS);
    memcpy(static_cast<void *>(shapedSlots(o)), &room, sizeof room);
    LocalRoot root(h, Value::pointer(o));
    Shape *s = emptyShape(h, room);
    if (!s) return nullptr;
    rcInc(gcOf(s));
    o->props = shapeProps(s);
    o->setFlag(OBJ_SHAPED);
    return o;
}

Prop *tablePropAt(JSObject *o, uint32_t i) {
    if (const Prop *b = flashBuiltins(o)) {
        if (i < flashBuiltinCount(b)) return const_cast<Prop *>(&b[i]);
        i -= flashBuiltinCount(b);
    }
    return &o->props[i];
}

uint32_t propIndex(JSObject *o, PropRef p) {
    if (o->hasFlag(OBJ_SHAPED)) return static_cast<uint32_t>(p.slot - shapedSlots(o));
    const Prop *q = reinterpret_cast<Prop *>(p.keyWord);
    if (const Prop *b = flashBuiltins(o)) {
        uint32_t n = flashBuiltinCount(b);
        if (q >= b && q < b + n) return static_cast<uint32_t>(q - b);
        return n + static_cast<uint32_t>(q - o->props);
    }
    return static_cast<uint32_t>(q - o->props);
}

Status ownPropsInRam(Heap &h, JSObject *o) {
    if (ENG_SHAPES && o->hasFlag(OBJ_SHAPED)) return unshape(h, o);
    // The table in flash: o's own, or the global object's built-ins, which
    // come before what its table holds (their count is `added`).
    const Prop *flash = flashBuiltins(o);
    uint32_t added = 0;
    if (flash) added = o->propCount();
    else if (hasFlashProps(o)) flash = o->props;
    else return Status::Ok;
    uint32_t count = flashBuiltinCount(flash);
    uint32_t total = count + added;
    uint32_t cap = total <= PROP_LINEAR_LIMIT ? total : flashIndexSlots(total) / 2;
    LocalRoot root(h, Value::pointer(o));
    for (uint32_t i = 0; i < count; i++) {  // the accessor pairs it names exist first
        Value v = flash[i].value;
        if (v.isAccessorRef()) ENG_TRY(resolveTableValue(h, &v));
    }
    Prop *props = allocProps(h, cap);
    if (!props) return throwOutOfMemory(h);
    // Keys in flash are read-only strings (nothing to count). A value
    // naming a built-in object stays a name (readers resolve it): copying
    // the global object's table makes no constructor. An accessor pair's
    // name becomes the pair, which exists (readers of accessors take the
    // pair from the value).
    for (uint32_t i = 0; i < count; i++) {
        Value v = flash[i].value;
        if (v.isAccessorRef()) v = Value::pointer(madeBuiltinRef(h, v.builtinRefId()));  // made above
        props[i].keyBits = flash[i].keyBits;
        rcInit(props[i].value, v);
    }
    // The global object's own entries move (their counts with them); a
    // hashed table's tombstones stay behind.
    uint32_t kept = count;
    for (uint32_t i = 0; i < added; i++)
        if (!o->props[i].isDeleted()) props[kept++] = o->props[i];
    if (flash != o->props) {
        freeProps(h, o);
        static_cast<JSGlobal *>(o)->builtins = nullptr;
    }
    o->props = props;
    o->propsHeader()->count = kept;
    rebuildIndex(o);
    return Status::Ok;
}

void shrinkProperties(Heap &h, JSObject *o) {
    if (o->propCap() > PROP_LINEAR_LIMIT || o->propCount() == o->propCap() || hasFlashProps(o) || o->hasFlag(OBJ_SHAPED))
        return;
    if (o->propCount() == 0) {
        freeProps(h, o);
        o->props = noProps();
        return;
    }
    void *p = heapRealloc(h, o->propsHeader(), propsBytes(o->propCap()), propsBytes(o->propCount()));
    if (!p) return;  // the larger table stays
    PropsHeader *header = static_cast<PropsHeader *>(p);
    header->cap = header->count;
    o->props = reinterpret_cast<Prop *>(header + 1);
}

Status defineOwn(Heap &h, JSObject *o, HString *key, Value v, uint8_t attrs) {
    if (ENG_SHAPES && o->hasFlag(OBJ_SHAPED)) {
        PropRef p = findShapedProp(o, key);
        if (p && (p.keyBits() & 7) == Prop::attrBits(attrs)) {  // the same attributes: a value of its own
            rcStore(h, p.value(), v);
            return Status::Ok;
        }
        LocalRoot keyRoot(h, Value::pointer(key)), valueRoot(h, v), objRoot(h, Value::pointer(o));
        if (!p && o->propCount() < o->propCap()) {
            Shape *from = shapeOf(o);
            Shape *to = shapeWithKey(h, from, key, attrs);
            if (!to) return Status::Error;
            rcInc(gcOf(to));
            o->props = shapeProps(to);
            rcDec(h, gcOf(from));
            rcInit(shapedSlots(o)[to->header.count - 1], v);
            return Status::Ok;
        }
        ENG_TRY(unshape(h, o));
    }
    if (flashBacked(o, key)) {
        LocalRoot keyRoot(h, Value::pointer(key)), valueRoot(h, v);
        ENG_TRY(ownPropsInRam(h, o));
    }
    if (Prop *p = findTableProp(o, key)) {
        rcStore(h, p->value, v);
        p->setAttrs(attrs);
        return Status::Ok;
    }
    // Enough tombstones to make room without growing (a few would make
    // every insert into a full table compact it again).
    if (o->propCount() == o->propCap() && o->propCap() > PROP_LINEAR_LIMIT && deletedSlots(o) * 4 >= o->propCap())
        compactProperties(o);
    if (o->propCount() == o->propCap()) {
        uint32_t cap = o->propCap() ? o->propCap() * 2 : 2;
        // A hashed table's capacity is a power of two (the index is masked);
        // a linear one may have any size after shrinkProperties.
        if (cap > PROP_LINEAR_LIMIT && cap < 2 * PROP_LINEAR_LIMIT) cap = 2 * PROP_LINEAR_LIMIT;
        if (cap > 0x10000000u) return throwOutOfMemory(h);
        // The key and value must survive a collection during the allocation.
        LocalRoot keyRoot(h, Value::pointer(key)), valueRoot(h, v), objRoot(h, Value::pointer(o));
        Prop *props = allocProps(h, cap);
        if (!props) return throwOutOfMemory(h);
        uint32_t kept = 0;  // tombstones stay behind
        for (uint32_t i = 0; i < o->propCount(); i++)
            if (!o->props[i].isDeleted()) props[kept++] = o->props[i];
        freeProps(h, o);
        o->props = props;
        o->propsHeader()->count = kept;
        rebuildIndex(o);
    }
    Prop *p = &o->props[o->propsHeader()->count++];
    bumpPropEpoch(h);  // a table gained a key
    rcInc(key);
    p->init(key, attrs);
    rcInit(p->value, v);
    if (o->propCap() > PROP_LINEAR_LIMIT) indexInsert(o, key, o->propCount());
    return Status::Ok;
}

Status removeOwnProp(Heap &h, JSObject *o, HString *key) {
    if (!findOwnProp(o, key)) return Status::Ok;
    if (flashBacked(o, key) || o->hasFlag(OBJ_SHAPED)) {
        LocalRoot keyRoot(h, Value::pointer(key));
        ENG_TRY(ownPropsInRam(h, o));
    }
    Prop *p = findTableProp(o, key);
    rcDec(h, p->key());
    rcDec(h, p->value);
    if (o->propCap() > PROP_LINEAR_LIMIT) {
        p->init(const_cast<HString *>(deletedPropertyKey), 0);
        p->value = Value::undefined();
        if (++deletedSlots(o) * 2 > o->propCount()) compactProperties(o);
        return Status::Ok;
    }
    uint32_t i = static_cast<uint32_t>(p - o->props);
    memmove(p, p + 1, (o->propCount() - i - 1) * sizeof(Prop));
    o->propsHeader()->count--;
    return Status::Ok;
}

namespace {

Status growElements(Heap &h, JSObject *o, uint32_t needed) {
    uint32_t old = o->elemCap();
    uint32_t cap = old ? old : 4;
    while (cap < needed) {
        if (cap > 0x0fffffffu) return throwOutOfMemory(h);
        cap = cap + cap / 2 + 1;
    }
    LocalRoot root(h, Value::pointer(o));
    ElementsHeader *header = static_cast<ElementsHeader *>(
        old ? heapRealloc(h, headerOf(o->elems), elementsBytes(old), elementsBytes(cap)) : heapAlloc(h, elementsBytes(cap)));
    if (!header) return throwOutOfMemory(h);
    if (!old) header->count = 0;
    header->cap = cap;
    o->elems = reinterpret_cast<Value *>(header + 1);
    return Status::Ok;
}

}  // namespace

// Index writes are kept in the array part while it stays reasonably dense.
constexpr uint32_t ELEMENT_GAP_LIMIT = 64;

Status setElement(Heap &h, JSObject *o, uint32_t i, Value v) {
    if (i < o->elemCount() && !o->elems[i].isEmpty()) {
        rcStore(h, o->elems[i], v);
        return Status::Ok;
    }
    bool sparse = o->hasFlag(OBJ_SPARSE_INDEXES);
    if (!sparse && i < o->elemCount() + ELEMENT_GAP_LIMIT && i < 0xfffffff0u) {
        if (i >= o->elemCap()) {
            LocalRoot vr(h, v);
            ENG_TRY(growElements(h, o, i + 1));
        }
        for (uint32_t k = o->elemCount(); k < i; k++) o->elems[k] = Value::empty();
        if (i >= o->elemCount()) o->setElemCount(i + 1);
        rcInit(o->elems[i], v);  // a hole or fresh slot
    } else {
        LocalRoot vr(h, v), objRoot(h, Value::pointer(o));
        HString *key = keyToString(h, PropertyKey{nullptr, i, true});
        if (!key) return Status::Error;
        o->setFlag(OBJ_SPARSE_INDEXES);
        // An index property already in the table keeps its attributes.
        LocalRoot kr(h, Value::pointer(key));
        ENG_TRY(ownPropsInRam(h, o));
        if (Prop *p = findTableProp(o, key)) rcStore(h, p->value, v);
        else ENG_TRY(defineOwn(h, o, key, v, ATTR_DEFAULT));
    }
    if (o->cls() == ObjectClass::Array) {
        JSArray *a = static_cast<JSArray *>(o);
        if (i >= a->length) a->length = i + 1;
    }
    return Status::Ok;
}

Status arrayPush(Heap &h, JSArray *a, Value v) { return setElement(h, a, a->length, v); }

Status setArrayLength(Heap &h, JSArray *a, uint32_t length) {
    bool complete;
    return setArrayLengthChecked(h, a, length, &complete);
}

Status setArrayLengthChecked(Heap &h, JSArray *a, uint32_t length, bool *complete) {
    *complete = true;
    if (a->hasFlag(OBJ_SPARSE_INDEXES) && length < a->length) {
        ENG_TRY(ownPropsInRam(h, a));
        // Deleting stops above the highest non-configurable element (15.4.5.1).
        for (uint32_t i = 0; i < a->propCount(); i++) {
            uint32_t index;
            if (!(a->props[i].attrs() & ATTR_CONFIGURABLE) && stringArrayIndex(a->props[i].key(), &index) &&
                index >= length) {
                length = index + 1;
                *complete = false;
            }
        }
        uint32_t kept = 0;
        for (uint32_t i = 0; i < a->propCount(); i++) {
            uint32_t index;
            if (a->props[i].isDeleted()) continue;
            if (stringArrayIndex(a->props[i].key(), &index) && index >= length) {
                rcDec(h, a->props[i].key());
                rcDec(h, a->props[i].value);
                continue;
            }
            a->props[kept++] = a->props[i];
        }
        if (kept != a->propCount()) {
            a->propsHeader()->count = kept;
            rebuildIndex(a);
        }
    }
    if (length < a->elemCount()) {
        for (uint32_t i = length; i < a->elemCount(); i++) rcDec(h, a->elems[i]);
        a->setElemCount(length);
    }
    while (a->elemCount() > 0 && a->elems[a->elemCount() - 1].isEmpty()) a->setElemCount(a->elemCount() - 1);
    a->length = length;
    return Status::Ok;
}

}  // namespace eng
