// Numbers as values: small integers inline, other doubles inline on 64-bit
// hosts and boxed in a HeapNumber on 32-bit targets.
#ifndef ENG_VALUE_NUMBER_H
#define ENG_VALUE_NUMBER_H

#include "heap/heap.h"
#include "value/rom_numbers.h"

namespace eng {

inline bool isNumber(Value v) {
    return v.isSmallInt() || v.isInlineDouble() || isHeapType(v, HeapType::Number);
}

// The double of a number value (v must be a number).
inline double numberOf(Value v) {
    if (v.isSmallInt()) return v.asSmallInt();
#if ENG_VALUE_NAN_BOXED
    return v.asInlineDouble();
#else
    return reinterpret_cast<HeapNumber *>(v.asPointer())->value;
#endif
}

// A number value for d; only 32-bit targets may need to allocate.
inline Status makeNumber(Heap &h, double d, Value *out) {
    int32_t i;
    if (Value::doubleIsSmallInt(d, &i)) {
        *out = Value::smallInt(i);
        return Status::Ok;
    }
#if ENG_VALUE_NAN_BOXED
    (void)h;
    *out = Value::inlineDouble(d);
    return Status::Ok;
#else
    if (d != d) {  // NaN is common (failed conversions): the one in flash
        *out = romNumber(ROM_NUMBER_NaN);
        return Status::Ok;
    }
    HeapNumber *n = reinterpret_cast<HeapNumber *>(allocGc(h, HeapType::Number, sizeof(HeapNumber)));
    if (!n) return Status::Error;
    n->value = d;
    *out = Value::pointer(&n->gc);
    return Status::Ok;
#endif
}

}  // namespace eng

#endif
