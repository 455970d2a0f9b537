// Shapes and their table (objects/shape.h).
#include "objects/shape.h"

#include <string.h>

#include "heap/heap.h"
#include "heap/refcount.h"

namespace eng {

// Open hashing by (parent, last key): the chains run through
// Shape::tableNext. A shape is in the table from its making to its
// freeing; the table holds no counts, so unused shapes go as objects do.
struct ShapeTable {
    uint32_t buckets;  // a power of two
    uint32_t count;
    Shape *bucket[1];
};

namespace {

constexpr uint32_t INITIAL_SHAPE_BUCKETS = 8;

size_t tableBytes(uint32_t buckets) { return sizeof(ShapeTable) + (buckets - 1) * sizeof(Shape *); }

// An empty shape is told apart by its room: it stands in for the key.
uint32_t shapeHash(const Shape *parent, uintptr_t keyBits, uint32_t room) {
    uint32_t h = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(parent) >> 3) * 0x9e3779b1u;
    return h ^ (parent ? Prop::keyOfBits(keyBits)->hash ^ static_cast<uint32_t>(keyBits & 7) : room);
}

Shape *lookup(Heap &h, const Shape *parent, uintptr_t keyBits, uint32_t room) {
    ShapeTable *t = h.shapes;
    if (!t) return nullptr;
    for (Shape *s = t->bucket[shapeHash(parent, keyBits, room) & (t->buckets - 1)]; s; s = s->tableNext) {
        if (s->parent != parent) continue;
        if (parent ? s->keys[s->header.count - 1] == keyBits : s->header.cap == room) return s;
    }
    return nullptr;
}

// Room for one more shape: the table is made, or doubled at a load of one.
// The allocation may collect, and shapes that die leave the table; the
// entries are moved only once it is back.
bool reserveEntry(Heap &h) {
    ShapeTable *t = h.shapes;
    if (t && t->count < t->buckets) return true;
    uint32_t buckets = t ? t->buckets * 2 : INITIAL_SHAPE_BUCKETS;
    ShapeTable *n = static_cast<ShapeTable *>(heapAlloc(h, tableBytes(buckets)));
    if (!n) {
        (void)throwOutOfMemory(h);
        return false;
    }
    memset(n, 0, tableBytes(buckets));
    n->buckets = buckets;
    t = h.shapes;
    if (t) {
        for (uint32_t i = 0; i < t->buckets; i++) {
            for (Shape *s = t->bucket[i], *next; s; s = next) {
                next = s->tableNext;
                Shape **head = &n->bucket[s->hash & (buckets - 1)];
                s->tableNext = *head;
                *head = s;
            }
        }
        n->count = t->count;
        heapFree(h, t, tableBytes(t->buckets));
    }
    h.shapes = n;
    return true;
}

void enter(Heap &h, Shape *s) {
    ShapeTable *t = h.shapes;
    Shape **head = &t->bucket[s->hash & (t->buckets - 1)];
    s->tableNext = *head;
    *head = s;
    t->count++;
}

}  // namespace

Shape *emptyShape(Heap &h, uint32_t room) {
    if (Shape *s = lookup(h, nullptr, 0, room)) return s;
    if (!reserveEntry(h)) return nullptr;
    Shape *s = reinterpret_cast<Shape *>(allocGc(h, HeapType::Shape, shapeSize(0)));
    if (!s) return nullptr;
    s->header.cap = room;
    s->hash = shapeHash(nullptr, 0, room);
    enter(h, s);
    return s;
}

Shape *shapeWithKey(Heap &h, Shape *from, HString *key, uint8_t attrs) {
    uintptr_t keyBits = reinterpret_cast<uintptr_t>(key) | Prop::attrBits(attrs);
    if (Shape *s = lookup(h, from, keyBits, from->header.cap)) return s;
    if (!reserveEntry(h)) return nullptr;
    uint32_t count = from->header.count;
    Shape *s = reinterpret_cast<Shape *>(allocGc(h, HeapType::Shape, shapeSize(count + 1)));
    if (!s) return nullptr;
    s->header.cap = from->header.cap;
    s->parent = from;
    rcInc(gcOf(from));
    s->header.count = count + 1;
    for (uint32_t i = 0; i < count; i++) {
        s->keys[i] = from->keys[i];
        rcInc(Prop::keyOfBits(from->keys[i]));
    }
    s->keys[count] = keyBits;
    rcInc(key);
    s->hash = shapeHash(from, keyBits, from->header.cap);
    enter(h, s);
    return s;
}

void shapeDied(Heap &h, Shape *s) {
    ShapeTable *t = h.shapes;
    if (!t) return;
    for (Shape **link = &t->bucket[s->hash & (t->buckets - 1)]; *link; link = &(*link)->tableNext) {
        if (*link == s) {
            *link = s->tableNext;
            t->count--;
            return;
        }
    }
}

uint32_t shapeCount(const Heap &h) { return h.shapes ? h.shapes->count : 0; }

void freeShapeTable(Heap &h) {
    if (h.shapes) heapFree(h, h.shapes, tableBytes(h.shapes->buckets));
    h.shapes = nullptr;
}

}  // namespace eng
