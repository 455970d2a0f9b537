// The libm functions that a C library wraps for errno: the engine calls
// them through these names. With ENG_USE_LIBM_IEEE754_CORES (CMake turns it
// on when the libm linked has them: newlib's fdlibm math, the Arm GNU
// toolchain's soft-float multilibs) it calls the IEEE 754 cores the
// wrappers call (__ieee754_pow, ...) instead of pow, ...: the wrappers only
// set errno, which the engine never reads, and cost 1.4 to 1.8 KB of flash
// with what they pull in (rint, errno). Their results
// are the cores' except that newlib's pow returns +0 for any underflow,
// where the core keeps the sign of a negative base to an odd power (-0, as
// ECMAScript and C99 Annex F want).
#ifndef ENG_VALUE_LIBM_H
#define ENG_VALUE_LIBM_H

#include <math.h>
#include <stdint.h>
#include <string.h>

#include <limits>

#include "config.h"

#ifndef ENG_USE_LIBM_IEEE754_CORES
#define ENG_USE_LIBM_IEEE754_CORES 0
#endif

#if ENG_USE_LIBM_IEEE754_CORES
extern "C" {
double __ieee754_acos(double);
double __ieee754_acosh(double);
double __ieee754_asin(double);
double __ieee754_atan2(double, double);
double __ieee754_atanh(double);
double __ieee754_cosh(double);
double __ieee754_exp(double);
double __ieee754_fmod(double, double);
double __ieee754_hypot(double, double);
double __ieee754_log(double);
double __ieee754_log10(double);
double __ieee754_pow(double, double);
double __ieee754_sinh(double);
double __ieee754_sqrt(double);
}
#define ENG_LIBM(name) __ieee754_##name
#else
#define ENG_LIBM(name) name
#endif

namespace eng {

inline double libmAcos(double x) { return ENG_LIBM(acos)(x); }
inline double libmAcosh(double x) { return ENG_LIBM(acosh)(x); }
inline double libmAsin(double x) { return ENG_LIBM(asin)(x); }
inline double libmAtan2(double y, double x) { return ENG_LIBM(atan2)(y, x); }
inline double libmAtanh(double x) { return ENG_LIBM(atanh)(x); }
inline double libmCosh(double x) { return ENG_LIBM(cosh)(x); }
inline double libmExp(double x) { return ENG_LIBM(exp)(x); }
inline double libmFmod(double x, double y) { return ENG_LIBM(fmod)(x, y); }
inline double libmHypot(double x, double y) { return ENG_LIBM(hypot)(x, y); }
inline double libmLog(double x) { return ENG_LIBM(log)(x); }
inline double libmLog10(double x) { return ENG_LIBM(log10)(x); }
inline double libmPow(double x, double y) { return ENG_LIBM(pow)(x, y); }
inline double libmSinh(double x) { return ENG_LIBM(sinh)(x); }
inline double libmSqrt(double x) { return ENG_LIBM(sqrt)(x); }

// nextafter(x, INFINITY) and nextafter(x, -INFINITY) of a finite x, by its
// bits: libm's nextafter (368 bytes on Cortex-M4) also handles NaN and any
// direction, which no caller needs.
inline double nextUp(double x) {
    if (x == 0) return std::numeric_limits<double>::denorm_min();
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    bits = x > 0 ? bits + 1 : bits - 1;  // away from zero, or towards it
    memcpy(&x, &bits, sizeof x);
    return x;
}
inline double nextDown(double x) { return -nextUp(-x); }

}  // namespace eng

#undef ENG_LIBM

#endif
