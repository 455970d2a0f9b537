// Math.sumPrecise (ES2026 21.3.2.34): declared for math_builtins.cpp's
// method list (the function is in math_sum_precise.cpp).
#ifndef ENG_BUILTINS_MATH_SUM_PRECISE_H
#define ENG_BUILTINS_MATH_SUM_PRECISE_H

#include "config.h"

#if ENG_MATH_SUM_PRECISE

#include "vm/call.h"

namespace eng {
Status mathSumPrecise(NativeCall &c);
}  // namespace eng

#define MATH_SUM_PRECISE_METHODS(M, X) M(X, sumPrecise, mathSumPrecise, 1, 0)
#else
#define MATH_SUM_PRECISE_METHODS(M, X)
#endif
#endif
