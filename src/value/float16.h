// IEEE 754 binary16 <-> double, for Float16Array, DataView's Float16
// methods and Math.f16round (ENG_FLOAT16). Written on the bits, so that
// no platform's half-float support (or double rounding through float) is
// relied on.
#ifndef ENG_VALUE_FLOAT16_H
#define ENG_VALUE_FLOAT16_H

#include <stdint.h>

#include "config.h"

#if ENG_FLOAT16

namespace eng {

// d rounded to binary16 by roundTiesToEven: overflow gives an infinity,
// NaN a quiet NaN, the sign of zero is kept.
uint16_t doubleToFloat16(double d);
// The binary16 value as a double (exact: every binary16 value is a double).
double float16ToDouble(uint16_t h);

}  // namespace eng

#endif
#endif
