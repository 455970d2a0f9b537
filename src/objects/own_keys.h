// The own enumerable string keys of an object in the order for-in, JSON and
// Object.keys use: integer keys ascending, then the other keys in insertion
// order.
#ifndef ENG_OBJECTS_OWN_KEYS_H
#define ENG_OBJECTS_OWN_KEYS_H

#include "heap/heap.h"

namespace eng {

// Calls visit with each integer key of o as a string, ascending: the array
// part, the characters of a String wrapper, index keys in the property table
// and mapped arguments (non-enumerable ones only when !onlyEnumerable).
typedef Status (*IndexKeyVisitor)(Heap &h, void *context, HString *key);
Status forEachIndexKey(Heap &h, JSObject *o, bool onlyEnumerable, IndexKeyVisitor visit, void *context);

// A new array of the keys (as strings). o must be rooted by the caller; the
// result is unrooted when this returns (root it before the next allocation).
Status ownEnumerableKeys(Heap &h, JSObject *o, JSArray **out);

// Appends o's own symbol keys (enumerable or not), in insertion order, to
// out, after the string keys as OwnPropertyKeys orders them.
Status appendOwnSymbolKeys(Heap &h, JSObject *o, JSArray *out);

}  // namespace eng

#endif
