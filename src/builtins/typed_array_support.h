// Helpers shared by the ArrayBuffer, typed array and DataView built-ins.
#ifndef ENG_BUILTINS_TYPED_ARRAY_SUPPORT_H
#define ENG_BUILTINS_TYPED_ARRAY_SUPPORT_H

#include "objects/array_buffer.h"
#include "value/number.h"
#include "vm/call.h"

namespace eng {

// ToIndex (ES2024 7.1.22): undefined is 0; RangeError outside [0, 2^53-1].
Status toIndex(Heap &h, Value v, double *out);
// A relative index (start/end arguments): ToIntegerOrInfinity, negative
// from the end, clamped to [0, length]; undefined gives fallback.
Status relativeIndex(Heap &h, Value v, double length, double fallback, double *out);

inline Status makeNumberResult(NativeCall &c, double d) {
    Value v;
    ENG_TRY(makeNumber(c.heap, d, &v));
    c.setResult(v);
    return Status::Ok;
}

}  // namespace eng

#endif
