// Operations on objects: creation, own properties, the array part, and the
// ECMAScript property algorithms ([[Get]], [[Put]], [[Delete]], ...).
#ifndef ENG_OBJECTS_OBJECT_OPS_H
#define ENG_OBJECTS_OBJECT_OPS_H

#include "heap/heap.h"
#include "objects/shape.h"

namespace eng {

// ---- creation (null with out-of-memory pending on failure) ------------
JSObject *newObjectOfSize(Heap &h, JSObject *proto, ObjectClass cls, size_t size);
JSObject *newObject(Heap &h, JSObject *proto);  // plain Object
JSObject *newPlainObject(Heap &h);              // with Object.prototype
JSArray *newArray(Heap &h, uint32_t capacity);
Box *newBox(Heap &h, Value v);
JSNative *newNative(Heap &h, NativeFn fn, HString *name, int length, int magic);
void freeObject(Heap &h, JSObject *o);
size_t freeObjectContents(Heap &h, JSObject *o);  // all but the object's block; returns its size

// ---- own properties (keys are interned strings) -----------------------
// The table entry of key, in a table of o's own or in flash (the global
// object's built-ins included); null when absent.
Prop *findTableProp(JSObject *o, HString *key);
// (o is OBJ_SHAPED; inline: the executor's property reads of such objects)
inline PropRef findShapedProp(JSObject *o, HString *key) {
    Shape *s = shapeOf(o);
    for (uint32_t i = 0; i < s->header.count; i++)
        if (Prop::keyOfBits(s->keys[i]) == key) return PropRef(&s->keys[i], &shapedSlots(o)[i]);
    return PropRef();
}
inline PropRef findOwnProp(JSObject *o, HString *key) {
    if (ENG_SHAPES && o->hasFlag(OBJ_SHAPED)) return findShapedProp(o, key);
    return PropRef(findTableProp(o, key));
}
// The global object's built-in properties while they are in flash apart
// from its table (objects/object.h JSGlobal), else null; and their count.
inline const Prop *flashBuiltins(const JSObject *o) {
    return o->cls() == ObjectClass::Global ? static_cast<const JSGlobal *>(o)->builtins : nullptr;
}
inline uint32_t flashBuiltinCount(const Prop *builtins) { return (reinterpret_cast<const PropsHeader *>(builtins) - 1)->count; }
// How many own properties o lists (propAt): its table's, after the
// global object's built-ins in flash.
inline uint32_t ownPropCount(const JSObject *o) {
    const Prop *b = flashBuiltins(o);
    return o->propCount() + (b ? flashBuiltinCount(b) : 0);
}
// The i-th own property (i < ownPropCount(o)), in insertion order; a hashed
// table's may be a deleted one (isDeleted).
Prop *tablePropAt(JSObject *o, uint32_t i);  // (not shaped)
inline PropRef propAt(JSObject *o, uint32_t i) {
    if (ENG_SHAPES && o->hasFlag(OBJ_SHAPED)) return PropRef(&shapeOf(o)->keys[i], &shapedSlots(o)[i]);
    return PropRef(tablePropAt(o, i));
}
// Its number: where it is in that order.
uint32_t propIndex(JSObject *o, PropRef p);
// p (found in o) is in a table of o's own in RAM or in o's shape: its value
// may be written in place. False for a property in flash. One compare of
// where p is against the table's capacity (a flash table's is 0).
inline bool valueInRam(const JSObject *o, PropRef p) {
    uintptr_t offset = reinterpret_cast<uintptr_t>(p.keyWord) - reinterpret_cast<uintptr_t>(o->props);
    return offset < static_cast<uintptr_t>(o->propCap()) * sizeof(Prop);
}
// Bytes of a RAM property table of capacity cap, its hash index included.
size_t propsBytes(uint32_t cap);
// A built-in object's property table may be const data in flash
// (builtins/flash_props.h): capacity 0 with properties in it. Nothing
// writes to it; the first change to such an object's properties copies
// the table to RAM (ownPropsInRam), so only a changed object pays.
inline bool hasFlashProps(const JSObject *o) { return o->propCap() == 0 && o->propCount() != 0; }
// Changing key's property of o in place needs ownPropsInRam first: o's
// table is in flash, or key is a built-in of the global object in flash.
Prop *findFlashBuiltin(const JSObject *o, HString *key);
inline bool flashBacked(const JSObject *o, HString *key) {
    return hasFlashProps(o) || (flashBuiltins(o) && findFlashBuiltin(o, key));
}
// Gives o a property table of its own in RAM holding every own property: a
// copy of its table in flash, of its shape's keys with its values
// (objects/shape.h), or of the global object's built-ins in flash merged
// with its table. Called before anything changes keys or attributes in place.
Status ownPropsInRam(Heap &h, JSObject *o);
// A plain object with prototype proto and room for `room` values after it
// (at most NEWOBJ_MAX_ROOM), shaped with no keys yet; null when memory runs out.
JSObject *newShapedObject(Heap &h, JSObject *proto, uint32_t room);
// Array part blocks (see JSObject::elems): the shared empty one, a new one
// of capacity cap (count 0; null when memory runs out), and freeing one.
Value *noElements();
Prop *noProps();  // the table of objects without properties (count 0, capacity 0)
Value *allocElements(Heap &h, uint32_t cap);
void freeElements(Heap &h, Value *elems);
// Adds or replaces an own property with the given attributes.
Status defineOwn(Heap &h, JSObject *o, HString *key, Value v, uint8_t attrs);
// Removes an own property if there is one (Error: out of memory copying
// a table in flash).
Status removeOwnProp(Heap &h, JSObject *o, HString *key);
// Gives back the unused slots of a linear property table (the built-in
// objects once a heap is made); the table doubles from there if it grows.
void shrinkProperties(Heap &h, JSObject *o);

// ---- array part ---------------------------------------------------------
inline bool hasElement(const JSObject *o, uint32_t i) {
    return i < o->elemCount() && !o->elems[i].isEmpty();
}
Status setElement(Heap &h, JSObject *o, uint32_t i, Value v);  // plain data write, grows

// Mapped arguments objects (see JSArguments): the Box aliased by index i,
// null when i is not mapped (or o is no arguments object).
inline Box *mappedBox(const JSObject *o, uint32_t i) {
    if (o->cls() != ObjectClass::Arguments) return nullptr;
    const JSArguments *a = static_cast<const JSArguments *>(o);
    return i < a->mappedCount ? a->map[i] : nullptr;
}
// Number of index slots that may be mapped (0 unless an arguments object).
inline uint32_t mappedSlots(const JSObject *o) {
    return o->cls() == ObjectClass::Arguments ? static_cast<const JSArguments *>(o)->mappedCount : 0;
}
Status setArrayLength(Heap &h, JSArray *a, uint32_t length);
Status arrayPush(Heap &h, JSArray *a, Value v);

// ---- property keys ------------------------------------------------------
// A property key: an array index or an interned string.
struct PropertyKey {
    HString *string;  // null when isIndex
    uint32_t index;
    bool isIndex;
};
// ToPropertyKey on any value (may run toString, allocate).
Status toPropertyKey(Heap &h, Value key, PropertyKey *out);
PropertyKey keyFromString(HString *s);
// The key as a string (allocates for indexes).
HString *keyToString(Heap &h, const PropertyKey &key);

// ---- the property algorithms --------------------------------------------
// A numeric key of a typed array: answered by the typed array alone.
#if ENG_TYPED_ARRAYS
bool typedArrayNumericKey(Heap &h, const JSObject *o, const PropertyKey &key);
#else
inline bool typedArrayNumericKey(Heap &, const JSObject *, const PropertyKey &) { return false; }
#endif
// [[GetOwnProperty]] as a value (accessor getters not called): found or not.
// Not found also when memory ran out making the value (a built-in object
// made on first use, a number): then the error is pending and
// lookupFailed(h) says so until the next lookup.
bool getOwnDataOrAccessor(Heap &h, JSObject *o, const PropertyKey &key, Value *value,
                          uint8_t *attrs);
inline bool failLookup(Heap &h) {
    h.ownLookupFailed = true;
    return false;
}
inline bool lookupFailed(const Heap &h) { return h.ownLookupFailed; }
Status getProperty(Heap &h, JSObject *o, const PropertyKey &key, Value receiver, Value *out);
Status putProperty(Heap &h, JSObject *o, const PropertyKey &key, Value v, Value receiver,
                   bool strict);
Status deleteProperty(Heap &h, JSObject *o, const PropertyKey &key, bool strict, bool *deleted);
// A function's virtual "length"/"name" no longer shows (deleted, or now an
// own property in the table).
void hideVirtualProperty(Heap &h, JSObject *o, const PropertyKey &key);
// False also when a proxy's has trap threw: the error is then pending and
// lookupFailed(h) says so (callers that may meet a proxy check it).
bool hasProperty(Heap &h, JSObject *o, const PropertyKey &key);
bool hasOwnProperty(Heap &h, JSObject *o, const PropertyKey &key);

// Property access on any value (primitives use their prototype; null and
// undefined throw TypeError naming the key).
Status getValueProperty(Heap &h, Value base, Value key, Value *out);
Status getValuePropertyStr(Heap &h, Value base, HString *key, Value *out);
Status putValueProperty(Heap &h, Value base, Value key, Value v, bool strict);
Status putValuePropertyStr(Heap &h, Value base, HString *key, Value v, bool strict);

}  // namespace eng

// ---- property descriptors and [[DefineOwnProperty]] (define_property.cpp) --
namespace eng {

enum DescriptorFields : uint8_t {
    DESC_VALUE = 1,
    DESC_GET = 2,
    DESC_SET = 4,
    DESC_WRITABLE = 8,
    DESC_ENUMERABLE = 16,
    DESC_CONFIGURABLE = 32
};

// A property descriptor; its values are rooted while it lives.
struct PropertyDescriptor {
    explicit PropertyDescriptor(Heap &h)
        : value(h, Value::undefined()), get(h, Value::undefined()), set(h, Value::undefined()) {}
    LocalRoot value, get, set;
    uint8_t fields = 0;  // DESC_* present
    bool writable = false, enumerable = false, configurable = false;
    bool isAccessor() const { return (fields & (DESC_GET | DESC_SET)) != 0; }
    bool isData() const { return (fields & (DESC_VALUE | DESC_WRITABLE)) != 0; }
};

// ToPropertyDescriptor (8.10.5): TypeError unless obj is an object.
Status toPropertyDescriptor(Heap &h, Value obj, PropertyDescriptor *out);
// FromPropertyDescriptor (8.10.4) of what getOwnDataOrAccessor returned.
Status fromPropertyDescriptor(Heap &h, Value value, uint8_t attrs, Value *out);
// [[DefineOwnProperty]] (8.12.9, arrays 15.4.5.1). Rejection throws a
// TypeError when throwOnFail, else sets *defined = false (defined may be null).
Status defineOwnProperty(Heap &h, JSObject *o, const PropertyKey &key, const PropertyDescriptor &desc,
                         bool throwOnFail, bool *defined = nullptr);
// setArrayLength that stops above the highest non-configurable element;
// *complete is false when it had to stop.
Status setArrayLengthChecked(Heap &h, JSArray *a, uint32_t length, bool *complete);
// Object.seal / Object.freeze (also makes the object non-extensible), and
// the matching tests.
Status setIntegrityLevel(Heap &h, JSObject *o, bool freeze);
bool testIntegrityLevel(Heap &h, JSObject *o, bool frozen);

}  // namespace eng

#endif
