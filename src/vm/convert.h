// The ECMAScript type conversions and comparison algorithms (ES5.1 ch. 9, 11.8, 11.9).
#ifndef ENG_VM_CONVERT_H
#define ENG_VM_CONVERT_H

#include "heap/heap.h"
#include "strings/rom_symbols.h"
#include "value/number.h"

namespace eng {

enum class Hint { None, Number, String };

bool toBoolean(Value v);
Status toPrimitive(Heap &h, Value v, Hint hint, Value *out);
// OrdinaryToPrimitive: valueOf then toString (toString first for Hint::String).
Status ordinaryToPrimitive(Heap &h, Value v, Hint hint, Value *out);
// GetMethod(v, which): undefined when v has none (null or undefined),
// TypeError when it is not callable.
Status getSymbolMethod(Heap &h, Value v, WellKnownSymbol which, Value *out);
Status toNumber(Heap &h, Value v, double *out);
Status toString(Heap &h, Value v, HString **out);
Status toObject(Heap &h, Value v, JSObject **out);
Status toInt32(Heap &h, Value v, int32_t *out);
Status toUint32(Heap &h, Value v, uint32_t *out);
int32_t doubleToInt32(double d);
double toIntegerDouble(double d);  // ToInteger on an already converted number

HString *numberToString(Heap &h, double d);  // null with OOM pending
HString *typeOf(Heap &h, Value v);
double stringToNumber(const HString *s);

bool strictEquals(Value a, Value b);
bool sameValue(Value a, Value b);
Status looseEquals(Heap &h, Value a, Value b, bool *out);
// Abstract relational comparison a < b; *out is true, false, or undefined
// (NaN involved) reported as false with *undefinedResult set.
Status lessThan(Heap &h, Value a, Value b, bool leftFirst, bool *out, bool *undefinedResult);

}  // namespace eng

#endif
