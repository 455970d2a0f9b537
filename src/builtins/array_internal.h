// What the Array built-ins share across their files (array_builtins.cpp
// defines the helpers; the methods are spread over array_*_builtins.cpp by
// concern). Every helper is generic over array-likes: indexes are doubles
// up to 2^53 - 1, keys past the array index range are string keys.
#ifndef ENG_BUILTINS_ARRAY_INTERNAL_H
#define ENG_BUILTINS_ARRAY_INTERNAL_H

#include "builtins/builtins.h"

namespace eng {

constexpr double MAX_LENGTH = 9007199254740991.0;  // 2^53 - 1
constexpr double INDEX_END = 4294967295.0;         // 2^32 - 1: the first integer that is no array index

// ToObject(this), kept in the this slot so that it stays rooted.
Status thisObject(NativeCall &c, JSObject **o);
// ToLength(Get(o, "length")).
Status lengthOf(Heap &h, Value o, double *out);
// thisObject, then lengthOf.
Status thisAndLength(NativeCall &c, JSObject **o, double *len);
Status lengthTooLarge(Heap &h);
// Set(o, "length", length, true).
Status setLength(Heap &h, Value o, double length);
// ToIntegerOrInfinity of an already converted number, then clamped to
// [0, length] counting negative values from the end.
double relativeIndex(double rel, double length);

// Get / Set (throwing) / HasProperty / DeletePropertyOrThrow at index i.
Status getAt(Heap &h, Value o, double i, Value *out);
Status putAt(Heap &h, Value o, double i, Value v);
Status hasAt(Heap &h, JSObject *o, double i, bool *out);
Status deleteAt(Heap &h, JSObject *o, double i);
// CreateDataPropertyOrThrow(o, i, v): a plain element write when o is an
// ordinary array that allows it, else [[DefineOwnProperty]].
Status createDataAt(Heap &h, Value o, double i, Value v);

// The smallest index in [from, end) / largest in [lo, from] for which
// HasProperty is true (ownOnly: own properties only); they read no getter.
bool nextPresent(JSObject *o, double from, double end, double *out);
bool prevPresent(JSObject *o, double from, double lo, bool ownOnly, double *out);

// For i over [0, count): copies index src + i to dst + i when it exists,
// else deletes dst + i (ascending or descending), skipping the steps that
// would change nothing.
Status moveRange(NativeCall &c, JSObject *o, double src, double dst, double count, bool ascending);

// The TypeError "<v> is not a function".
Status notFunction(Heap &h, Value v);
// fn.call(thisArg, [lead,] v, k, o).
Status callCallback(Heap &h, Value fn, Value thisArg, const Value *lead, Value v, double k, Value o, Value *result);

// IsConstructor(v).
bool isConstructor(Value v);
// ArraySpeciesCreate(this, length) (ES2023 10.4.2.3): the result slot gets
// the new object.
Status speciesCreate(NativeCall &c, double length);
// ArrayCreate(length) (RangeError past 2^32 - 1) into *out.
Status arrayCreate(Heap &h, double length, Value *out);

// Methods in other files (named by the tables in array_builtins.cpp).
Status arrayFind(NativeCall &c);      // magic: FIND_* (array_search_builtins.cpp)
Status arrayIncludes(NativeCall &c);
Status arrayAt(NativeCall &c);
Status arrayFill(NativeCall &c);      // array_copy_builtins.cpp
Status arrayCopyWithin(NativeCall &c);
Status arrayToReversed(NativeCall &c);
Status arrayToSpliced(NativeCall &c);
Status arrayWith(NativeCall &c);
Status arrayFrom(NativeCall &c);      // array_create_builtins.cpp
Status arrayOf(NativeCall &c);
Status arrayFlat(NativeCall &c);      // magic: 0 flat, 1 flatMap
Status arrayFromAsync(NativeCall &c); // array_from_async.cpp

// find / findIndex / findLast / findLastIndex (bit 0: the index, bit 1: from the end).
enum FindKind { FIND_VALUE = 0, FIND_INDEX = 1, FIND_LAST_VALUE = 2, FIND_LAST_INDEX = 3 };

}  // namespace eng

#endif
