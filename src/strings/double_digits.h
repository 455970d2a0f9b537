// Decimal digits of doubles, exact: the shortest digits that read back as
// the same double (ToString), and correctly rounded digits at a given
// precision or position (toPrecision, toExponential, toFixed).
#ifndef ENG_STRINGS_DOUBLE_DIGITS_H
#define ENG_STRINGS_DOUBLE_DIGITS_H

#include <stdint.h>

namespace eng {

class BigUint;

// The digits of these functions are ASCII '0'..'9' without a NUL. Together
// with *point they stand for 0.d1d2...dn * 10^point.

constexpr int SHORTEST_DIGITS_MAX = 17;

// v finite and > 0: the fewest digits that read back as v, the one closest
// to v when several are as short (ties to an even last digit).
int shortestDigits(double v, char *digits, int *point);

// v finite and > 0: the first `count` (>= 1) significant digits, the last
// one rounded half up.
void precisionDigits(double v, int count, char *digits, int *point);

// v finite and > 0: the digits of v down to the position 10^-fraction,
// the last one rounded half up. Returns how many were written (at most
// point + fraction, 0 when v rounds to 0).
int fixedDigits(double v, int fraction, char *digits, int *point);

// The significand and binary exponent of a finite double: |v| = f * 2^e,
// with f < 2^53 (the hidden bit included for normal numbers).
void decomposeDouble(double v, uint64_t *f, int *e);

// r/s = f * 2^e / 10^k in [0.1, 1) for f > 0, with s normalized for
// BigUint::quotient(); returns k.
int exactFraction(uint64_t f, int e, BigUint &r, BigUint &s);

}  // namespace eng

#endif
