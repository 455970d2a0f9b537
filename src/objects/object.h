// Heap object layouts: strings, objects, arrays, functions, boxes.
#ifndef ENG_OBJECTS_OBJECT_H
#define ENG_OBJECTS_OBJECT_H

#include <stddef.h>
#include <stdint.h>

#include "bytecode/image.h"
#include "config.h"
#include "heap/gc_header.h"
#include "heap/status.h"

struct eng_heap;
typedef int (*eng_c_function)(struct eng_heap *heap);

namespace eng {

struct Heap;

// ---- strings ----------------------------------------------------------
// Interned: equal contents means the same HString, so keys compare by
// pointer. A string nothing else refers to may be appended to in place
// (strings/string.h appendToString), staying interned under its new text.
// Stored as Latin-1 bytes when every code unit fits, else UTF-16.
enum StringFlags : uint16_t {
    STR_8BIT = 1,          // data is uint8_t[length], else uint16_t[length]
    STR_INDEX_CHECKED = 2, // STR_IS_INDEX is valid
    STR_IS_INDEX = 4,      // canonical array index ("0".."4294967294")
    STR_HAS_UTF8_COPY = 8, // the C API holds a UTF-8 copy (strings/utf8_copies.h)
    // Built by appending in place: the block holds stringCapacity(length)
    // units (strings/string.h).
    STR_GROWN = 0x10
};
// The bits above the flags: where the name was last found in the global
// object's property table, plus one (vm/globals.cpp); a hint, checked
// before use, never set on a read-only string.
constexpr unsigned STR_GLOBAL_SLOT_SHIFT = 5;
constexpr uint32_t STR_GLOBAL_SLOT_LIMIT = 1u << (16 - STR_GLOBAL_SLOT_SHIFT);

struct HString : GcHeader {
#if ENG_USE_PTR16
    // With a 6-byte GC header, a 16-bit length fills the gap before the
    // hash: the header is 12 bytes (strings are at most 65,535 units,
    // strings/string.h STRING_MAX_LENGTH).
    uint16_t length;  // in UTF-16 code units
    uint32_t hash;
#else
    uint32_t hash;
    uint32_t length;  // in UTF-16 code units
#endif
    // followed by the characters
    bool is8bit() const { return (extra & STR_8BIT) != 0; }
    const uint8_t *data8() const { return reinterpret_cast<const uint8_t *>(this + 1); }
    const uint16_t *data16() const { return reinterpret_cast<const uint16_t *>(this + 1); }
    uint16_t at(uint32_t i) const { return is8bit() ? data8()[i] : data16()[i]; }
};

// The hash and length of a string in an initializer of its fields, in
// their order (a string in flash: strings/rom_strings.cpp).
#if ENG_USE_PTR16
#define ENG_STRING_HASH_LENGTH(hash, length) length, hash
#else
#define ENG_STRING_HASH_LENGTH(hash, length) hash, length
#endif

// A private name (#x) used as a key: never listed as an own key, untouched
// by freeze and seal (ES2022 7.3.15 works on property keys only).
inline bool isPrivateKey(const HString *key) { return key->type == HeapType::PrivateName; }
// A symbol used as a key: listed only by Object.getOwnPropertySymbols (and
// after the strings where all keys are listed), never by for-in,
// Object.keys, getOwnPropertyNames or JSON.
inline bool isSymbolKey(const HString *key) { return key->type == HeapType::Symbol; }
// Symbol flags, in the bits that a string in RAM uses for its method hint
// (a symbol in RAM never names a built-in method, so never gets one).
enum SymbolFlags : uint16_t {
    SYM_NO_DESCRIPTION = 0x10,  // Symbol() rather than Symbol('')
    SYM_REGISTERED = 0x20,      // made by Symbol.for: its description is its key
    SYM_WEAK_KEY = 0x40         // a key of a weak collection once (objects/collection.h)
};

// ---- properties -------------------------------------------------------
extern const HString *const deletedPropertyKey;  // strings/rom_strings.h

enum PropAttr : uint8_t {
    ATTR_WRITABLE = 1,
    ATTR_ENUMERABLE = 2,
    ATTR_CONFIGURABLE = 4,
    ATTR_ACCESSOR = 8,  // value holds an Accessor
    ATTR_DEFAULT = ATTR_WRITABLE | ATTR_ENUMERABLE | ATTR_CONFIGURABLE,
    ATTR_HIDDEN = ATTR_WRITABLE | ATTR_CONFIGURABLE  // built-in methods
};

// An own property: 2 words. The attribute bits live in the low bits of the
// key pointer (strings are 8-byte aligned). An accessor property has no
// [[Writable]], so its WRITABLE bit is always clear and ATTR_ACCESSOR is
// told by the value, an Accessor (which never appears as a JS value): a set
// WRITABLE bit alone proves a writable data property.
struct Prop {
    uintptr_t keyBits;
    Value value;

    HString *key() const { return keyOfBits(keyBits); }
    // A slot deleted from a hashed table, waiting for compaction (object.cpp).
    bool isDeleted() const { return key() == deletedPropertyKey; }
    bool isAccessor() const { return isAccessorProp(keyBits, value); }
    uint8_t attrs() const { return attrsOfProp(keyBits, value); }
    void setAttrs(uint8_t a) { keyBits = (keyBits & ~uintptr_t(7)) | attrBits(a); }
    void init(HString *k, uint8_t a) { keyBits = reinterpret_cast<uintptr_t>(k) | attrBits(a); }

    static HString *keyOfBits(uintptr_t bits) { return reinterpret_cast<HString *>(bits & ~uintptr_t(7)); }
    static bool isAccessorProp(uintptr_t bits, Value value) {
        if (bits & ATTR_WRITABLE) return false;
        if (value.isPointer()) return value.asPointer()->type == HeapType::Accessor;
        return value.isAccessorRef();  // an accessor pair in RAM named by a table in flash
    }
    static uint8_t attrsOfProp(uintptr_t bits, Value value) {
        return static_cast<uint8_t>((bits & 7) | (isAccessorProp(bits, value) ? ATTR_ACCESSOR : 0));
    }
    static uintptr_t attrBits(uint8_t a) {
        return (a & ATTR_ACCESSOR) ? (a & (ATTR_ENUMERABLE | ATTR_CONFIGURABLE)) : (a & 7);
    }
};

// An own property as found (objects/object_ops.h findOwnProp, propAt): its
// key word and its value slot, wherever the object keeps them (a property
// table of its own, a table in flash, or a shape shared with other objects
// and the values in the object itself). False when nothing was found. The
// key word is written (setAttrs) only in a table of the object's own.
struct PropRef {
    uintptr_t *keyWord = nullptr;  // key | attribute bits, as Prop::keyBits
    Value *slot = nullptr;

    PropRef() = default;
    PropRef(uintptr_t *k, Value *v) : keyWord(k), slot(v) {}
    explicit PropRef(Prop *p) : keyWord(p ? &p->keyBits : nullptr), slot(p ? &p->value : nullptr) {}
    explicit operator bool() const { return slot != nullptr; }
    // So that p->value() reads as it did when lookups gave a Prop *.
    const PropRef *operator->() const { return this; }

    uintptr_t keyBits() const { return *keyWord; }
    Value &value() const { return *slot; }
    HString *key() const { return Prop::keyOfBits(*keyWord); }
    bool isDeleted() const { return key() == deletedPropertyKey; }
    bool isAccessor() const { return Prop::isAccessorProp(*keyWord, *slot); }
    uint8_t attrs() const { return Prop::attrsOfProp(*keyWord, *slot); }
    void setAttrs(uint8_t a) const { *keyWord = (*keyWord & ~uintptr_t(7)) | Prop::attrBits(a); }
};

struct Accessor : GcHeader {
    Value getter;  // undefined or a function
    Value setter;
};

// ---- objects ----------------------------------------------------------
enum class ObjectClass : uint8_t {
    Object,
    Array,
    Closure,       // JSClosure
    Native,        // JSNative
    Error,
    Arguments,
    Boolean,       // JSPrimitiveWrapper
    Number,
    String,
    Global,
    Bound,         // JSBound: Function.prototype.bind result
    RegExp,        // JSRegExp (regexp/regexp_object.h)
    Date,          // JSPrimitiveWrapper holding the time value
    Math,          // the Math object (a plain object; only its [[Class]] differs)
    JSON,          // the JSON object (likewise)
    Generator,     // JSGenerator (vm/generator.h)
    Symbol,        // JSPrimitiveWrapper holding a symbol (Object(sym))
    ArrayIterator, // JSIteratorObject over an array-like (builtins/iterator_builtins.cpp)
    StringIterator, // JSIteratorObject over a string, by code point
    Promise,       // JSPromise (vm/promise.h)
    PromiseRecord, // JSPromiseRecord: a reaction, job or resolving state (never seen by scripts)
    Map,           // JSCollection (objects/collection.h)
    Set,
    WeakMap,
    WeakSet,
    MapIterator,   // JSCollectionIterator
    SetIterator,
    RegExpStringIterator, // JSIteratorObject of matchAll (builtins/string_match_all.cpp)
    ArrayBuffer,   // JSArrayBuffer (objects/array_buffer.h)
    TypedArray,    // JSArrayBufferView with an element kind
    DataView,      // JSArrayBufferView over bytes
    IteratorHelper,       // JSIteratorHelper: the result of Iterator.prototype.map, ... (builtins/iterator_helpers.cpp)
    WrapForValidIterator, // JSIteratorHelper: what Iterator.from wraps an iterator in
    BigInt,               // JSPrimitiveWrapper holding a BigInt (Object(1n))
    ModuleNamespace,      // a module namespace object (vm/module.h)
    WeakRef,              // JSWeakRef (objects/weak_ref.h)
    FinalizationRegistry, // JSFinalizationRegistry
    Proxy,                // JSProxy (objects/proxy.h)
    RawJSON,              // a plain frozen object of JSON.rawJSON: [[IsRawJSON]] (builtins/json_raw.cpp)
    DisposableStack,      // JSPrimitiveWrapper holding its resources (builtins/disposable.h)
    AsyncDisposableStack
};
// The top bit of the class byte: the object is (or was) a key of a weak
// collection, so freeing it must drop those entries (objects/collection.h).
constexpr uint16_t OBJ_CLASS_WEAK_KEY = 0x80;
// The next bit: the object's block ends in room for values (objects/shape.h),
// used while the object is shaped; once it has a table of its own, the room's
// first word says how many values it had room for (freeing needs the size).
constexpr uint16_t OBJ_CLASS_INLINE_SLOTS = 0x40;
// Flags an object or symbol held weakly (a weak collection's key, a
// WeakRef's target, a registry's target or token): freeing it notifies.
inline void noteWeakKey(Value key) {
    if (!key.isPointer()) return;
    GcHeader *p = key.asPointer();
    if (isReadOnly(p)) return;
    if (p->type == HeapType::Symbol) p->extra = static_cast<uint16_t>(p->extra | SYM_WEAK_KEY);
    else p->extra = static_cast<uint16_t>(p->extra | OBJ_CLASS_WEAK_KEY);
}

enum ObjectFlags : uint8_t {
    OBJ_EXTENSIBLE = 1,
    OBJ_SPARSE_INDEXES = 2,   // some array-index keys live in the property table
    OBJ_LAZY_PROTOTYPE = 4,   // closure whose "prototype" is made on first use
    OBJ_CONSTRUCTOR = 8,      // callable with new
    OBJ_LENGTH_READONLY = 16, // array whose "length" has been made non-writable
    OBJ_NO_VIRTUAL_LENGTH = 32, // function whose virtual "length" was deleted or redefined
    OBJ_NO_VIRTUAL_NAME = 64,   // function whose virtual "name" was deleted or redefined
    OBJ_SHAPED = 128            // keys in a shared Shape (props), values after the object (objects/shape.h)
};

// Count and capacity of an object's array part, in front of its values.
struct ElementsHeader {
    uint32_t count;
    uint32_t cap;
};

// Property tables up to this size are scanned; larger ones get a hash index.
constexpr uint32_t PROP_LINEAR_LIMIT = 8;
// Slots of the hash index of a table of `count` properties, as its RAM
// copy will have them (the capacity: a power of two, 16 at least).
constexpr uint32_t flashIndexSlots(uint32_t count) {
    uint32_t cap = 2 * PROP_LINEAR_LIMIT;
    while (cap < count) cap *= 2;
    return cap * 2;
}

// In front of every property table an object points at (a table of its
// own, a table in flash, an empty one, or a shape's keys): how many
// properties it has and its capacity, 0 for a table that is never written
// in place (in flash, or the empty one with count 0).
struct PropsHeader {
    uint32_t count;
    uint32_t cap;  // a shape's: the room for values in its objects (objects/shape.h)
};

struct JSObject : GcHeader {  // extra: class (low byte) | flags (high byte)
    HeapPtr<JSObject> proto;
    // Right after a PropsHeader; followed by a uint32_t hash index when
    // propCap() > PROP_LINEAR_LIMIT. With OBJ_SHAPED, the keys of a Shape.
    Prop *props;
    // Array part, for every object: indexes [0, elemCount()) with default
    // attributes; holes are Value::empty(). An index is either here (not a
    // hole) or, with OBJ_SPARSE_INDEXES, a key in the property table. The
    // count and capacity sit in an ElementsHeader just before elems[0], so
    // objects without elements pay one pointer (to a shared empty block).
    Value *elems;

    const PropsHeader *propsHeader() const { return reinterpret_cast<const PropsHeader *>(props) - 1; }
    PropsHeader *propsHeader() { return reinterpret_cast<PropsHeader *>(props) - 1; }
    uint32_t propCount() const { return propsHeader()->count; }
    uint32_t propCap() const { return propsHeader()->cap; }

    uint32_t elemCount() const { return (reinterpret_cast<const ElementsHeader *>(elems) - 1)->count; }
    uint32_t elemCap() const { return (reinterpret_cast<const ElementsHeader *>(elems) - 1)->cap; }
    // Only on an allocated block (elemCap() > 0), or to 0.
    void setElemCount(uint32_t n) {
        if (elemCap()) (reinterpret_cast<ElementsHeader *>(elems) - 1)->count = n;
    }

    ObjectClass cls() const { return static_cast<ObjectClass>(extra & 0x3f); }
    uint8_t flags() const { return static_cast<uint8_t>(extra >> 8); }
    void setFlag(uint8_t f) { extra = static_cast<uint16_t>(extra | (f << 8)); }
    void clearFlag(uint8_t f) { extra = static_cast<uint16_t>(extra & ~(f << 8)); }
    bool hasFlag(uint8_t f) const { return (flags() & f) != 0; }
    bool isCallable() const {
        return cls() == ObjectClass::Closure || cls() == ObjectClass::Native || cls() == ObjectClass::Bound;
    }
};

struct JSArray : JSObject {
    uint32_t length;
};

// The global object. Its built-in properties (Array, Math, parseInt, ...)
// stay in their table in flash while scripts add globals: its own table in
// RAM holds only what was added, and lookups go on to `builtins`, listed
// before it. Changing a built-in global (writing, deleting, redefining it,
// freezing the object) merges both into one table in RAM (ownPropsInRam)
// and clears builtins, so only a script that changes one pays for a copy.
struct JSGlobal : JSObject {
    const Prop *builtins;  // after a PropsHeader; null once merged
};

struct JSPrimitiveWrapper : JSObject {
    Value primitive;
};

// An Array or String Iterator (ES2023 23.1.5, 22.1.5): the next index
// into iterated, which is undefined once the iteration is done.
enum IterationKind : uint32_t { ITERATE_KEYS, ITERATE_VALUES, ITERATE_ENTRIES };
struct JSIteratorObject : JSObject {
    Value iterated;
    uint32_t position;
    IterationKind kind;
};

// An Iterator Helper (ES2025 27.1.2.1) or an Iterator.from wrapper
// (27.1.3.2.1.1): the underlying iterator record and, for a helper, the
// state of its abstract closure (builtins/iterator_helpers.cpp).
struct JSIteratorHelper : JSObject {
    Value iterated;    // [[UnderlyingIterator]].[[Iterator]]
    Value nextMethod;  // its [[NextMethod]]
    Value fn;          // map/filter/flatMap: the callback
    Value inner;       // flatMap: the inner iterator while one is open
    Value innerNext;   // its next method
    double remaining;  // take/drop: what is left of the limit (may be +Infinity)
    double counter;    // the index passed to the callback
    uint8_t kind;      // HelperKind
    uint8_t state;     // HelperState
};

struct Box : GcHeader {
    Value value;
};

// An arguments object (ES5 10.6). In a sloppy function with parameters it is
// mapped: while map[i] is not null, index i is an own writable data property
// whose value is the parameter's Box (the variable itself) and whose other
// attributes are mapAttrs()[i]; the array part holds a hole there and the
// property table nothing, so fast paths that read elements fall through.
// Unmapping (delete, accessor or non-writable definition) clears map[i].
struct JSArguments : JSObject {
    uint32_t mappedCount;
    Box *map[1];  // mappedCount entries, then uint8_t attrs[mappedCount]
    uint8_t *mapAttrs() { return reinterpret_cast<uint8_t *>(map + (mappedCount ? mappedCount : 1)); }
};
inline size_t argumentsObjectSize(uint32_t mappedCount) {
    return sizeof(JSArguments) + (mappedCount ? mappedCount - 1 : 0) * sizeof(Box *) + mappedCount;
}

// ---- functions --------------------------------------------------------
struct ImageBuffer;
struct FieldCaches;

struct FunctionTemplate : GcHeader {
    const FunctionHeader *header;
    const Instr *code;
    const uint32_t *upvals;
    const uint32_t *upvalNames;
    const uint8_t *lines;              // packed (bytecode/line_table.h), header->lineBytes long
    const uint32_t *localNames;        // per register, or null (see image.h)
    const uint32_t *evalSites;         // direct eval call sites (see image.h), or null
    const EvalBinding *evalBindings;
    Value *consts;                     // strings interned, numbers made
    FunctionTemplate **inner;          // resolved inner functions
    ImageBuffer *image;                // owns (or borrows, run in place) the bytes the pointers above point into
    HString *name;                     // null if anonymous
    uint32_t constCount;               // copies of header fields: the image may
    uint32_t innerCount;               //   be freed first in the same sweep
    // The room for values its `new` objects are made with (objects/shape.h):
    // the most properties an object it constructed had when it returned.
    uint8_t instanceRoom;
#if ENG_INLINE_CACHES
    FieldCaches *fieldCaches;          // GETFIELD/SETFIELD inline caches (vm/inline_cache.h), made on first use
#endif
};

struct ImageBuffer : GcHeader {
    uint8_t *bytes;
    size_t size;
    bool borrowed;  // the embedder's buffer (an image run in place): never freed here
    FunctionTemplate **templates;
    uint32_t templateCount;
    HString *fileName;
};

struct JSClosure : JSObject {
    FunctionTemplate *tmpl;
    uint32_t upvalCount;
    Box *upvals[1];  // upvalCount entries; null: unresolved, a global by name
};

// Internal native entry point. Arguments and this are read through the
// NativeCall; the result is stored with setResult.
struct NativeCall;
typedef Status (*NativeFn)(NativeCall &call);

struct JSNative : JSObject {
    NativeFn fn;              // internal builtins
    eng_c_function cfn;       // embedder functions through the C API
    HString *name;
    int16_t length;           // the "length" property
    int16_t magic;            // a small constant the function may switch on
};

// A bound function (Function.prototype.bind): calls target with boundThis
// and the bound arguments in front of the call's own.
struct JSBound : JSObject {
    JSObject *target;         // callable
    Value boundThis;
    HString *name;            // "bound " + the target's name
    uint32_t length;          // the "length" property
    uint32_t argCount;
    Value args[1];            // argCount entries
};

// A proxy (ES2015 9.5): no own properties, no elements and a null
// prototype of its own, so the executor's fast paths always miss and the
// property algorithms dispatch to objects/proxy.cpp. Target and handler
// are null once revoked. callable / OBJ_CONSTRUCTOR follow the target.
struct JSProxy : JSObject {
    JSObject *target;
    JSObject *handler;
    bool callable;
};
inline bool isProxyObject(const JSObject *o) { return ENG_PROXY && o->cls() == ObjectClass::Proxy; }

// ---- for-in -----------------------------------------------------------
struct ForInIterator : GcHeader {
    JSObject *object;     // the object iterated (keys are re-checked on visit)
    HString **keys;
    uint32_t count;
    uint32_t position;
};

inline JSObject *asObject(Value v) { return static_cast<JSObject *>(v.asPointer()); }
inline HString *asString(Value v) { return static_cast<HString *>(v.asPointer()); }
inline bool isObject(Value v) { return isHeapType(v, HeapType::Object); }
inline bool isString(Value v) { return isHeapType(v, HeapType::String); }
inline bool isSymbol(Value v) { return isHeapType(v, HeapType::Symbol); }
inline bool isCallableObject(Value v) { return isObject(v) && asObject(v)->isCallable(); }
// Lightweight functions (value.h, vm/lightfunc.h) are functions too, so they
// count as callable and as ECMAScript Objects, but they are no JSObject:
// code that needs one gets it from toObject / lightFuncObject.
// A callable proxy is no isCallableObject (the executor's call path sends
// it the slow way), but it is callable.
inline bool isCallable(Value v) {
    return v.isLightFunc() || isCallableObject(v) ||
           (isObject(v) && isProxyObject(asObject(v)) && static_cast<JSProxy *>(asObject(v))->callable);
}
inline bool isObjectType(Value v) { return v.isLightFunc() || isObject(v); }
// IsConstructor: a function made with [[Construct]], or a proxy of one.
inline bool isConstructorObject(Value v) {
    return (isCallableObject(v) || (isObject(v) && isProxyObject(asObject(v)))) && asObject(v)->hasFlag(OBJ_CONSTRUCTOR);
}
// CanBeHeldWeakly (ES2025 9.13): an object, or a symbol not made by
// Symbol.for (the well-known ones included).
inline bool canBeHeldWeakly(Value v) {
    if (isObjectType(v)) return true;
    return isSymbol(v) && !(v.asPointer()->extra & SYM_REGISTERED);
}

}  // namespace eng

#endif
