// Shapes: the keys and attributes that objects built the same way share.
//
// An object made by a literal of known keys ({i: i, s: 'x' + i}) keeps its
// values in the block after its JSObject and points at a Shape for its keys
// (OBJ_SHAPED): a thousand such objects hold one list of keys instead of a
// thousand property tables. A shape is immutable. Adding a key to a shaped
// object moves it to the shape with that key added (a transition), found in
// the heap's table of shapes, so objects built the same way end at the same
// shape. Anything a shape cannot say (a deleted key, changed attributes, an
// accessor, more keys than the object has room for, a key in flash) gives
// the object a property table of its own first (ownPropsInRam), after which
// it is an ordinary object whose block still carries the unused room.
#ifndef ENG_OBJECTS_SHAPE_H
#define ENG_OBJECTS_SHAPE_H

#include <stddef.h>

#include "bytecode/opcodes.h"
#include "objects/object.h"

namespace eng {

// A shaped object's `props` points at the keys, so its count and room are
// read as any table's (JSObject::propCount, propCap).
struct Shape {
    GcHeader gc;
    uint32_t hash;         // of (parent, last key) in the heap's table: kept, since the key may go first in a sweep
    Shape *parent;         // this shape less its last key (counted); null for an empty shape
    Shape *tableNext;      // chain in that table
    PropsHeader header;    // count: keys; cap: how many values its objects have room for
    uintptr_t keys[1];     // count entries: key | attribute bits, as Prop::keyBits
};
static_assert(offsetof(Shape, keys) == offsetof(Shape, header) + sizeof(PropsHeader),
              "a shape's keys follow their header as a table's properties do");

inline size_t shapeSize(uint32_t count) { return sizeof(Shape) + (count ? count - 1 : 0) * sizeof(uintptr_t); }
inline GcHeader *gcOf(Shape *s) { return &s->gc; }
// The most values a shaped object has room for (NEWOBJ's limit): its keys
// are scanned, as a linear property table's are.
static_assert(NEWOBJ_MAX_ROOM <= PROP_LINEAR_LIMIT, "a shape's keys are scanned");

inline Shape *shapeOf(const JSObject *o) {
    return reinterpret_cast<Shape *>(reinterpret_cast<char *>(o->props) - offsetof(Shape, keys));
}
inline Prop *shapeProps(Shape *s) { return reinterpret_cast<Prop *>(s->keys); }  // what a shaped object points at
inline Value *shapedSlots(JSObject *o) { return reinterpret_cast<Value *>(o + 1); }

// The empty shape of objects with room for `room` values, and the shape of
// `from` plus key with attributes attrs; null when memory runs out (then
// an error is pending). Either may collect: callers root what they hold.
Shape *emptyShape(Heap &h, uint32_t room);
Shape *shapeWithKey(Heap &h, Shape *from, HString *key, uint8_t attrs);
// A shape is being freed: it leaves the heap's table.
void shapeDied(Heap &h, Shape *s);
void freeShapeTable(Heap &h);  // at heap destruction
uint32_t shapeCount(const Heap &h);  // shapes alive (for statistics and tests)

}  // namespace eng

#endif
