// The built-ins' number constants (NaN, Infinity, Number.MAX_VALUE, Math.PI,
// ...) as values that need no heap: inline doubles on 64-bit hosts, and
// read-only HeapNumbers in flash on 32-bit targets (rom_numbers.cpp).
#ifndef ENG_VALUE_ROM_NUMBERS_H
#define ENG_VALUE_ROM_NUMBERS_H

#include <limits>

#include "heap/gc_header.h"

namespace eng {

#define ENG_ROM_NUMBERS(X)                                                                       \
    X(NaN, std::numeric_limits<double>::quiet_NaN()) X(Infinity, std::numeric_limits<double>::infinity()) \
    X(minusInfinity, -std::numeric_limits<double>::infinity())                                   \
    X(MAX_VALUE, std::numeric_limits<double>::max())                                             \
    X(MIN_VALUE, std::numeric_limits<double>::denorm_min())                                      \
    X(EPSILON, std::numeric_limits<double>::epsilon())                                           \
    X(MAX_SAFE_INTEGER, 9007199254740991.0) X(MIN_SAFE_INTEGER, -9007199254740991.0)             \
    X(PI, 3.141592653589793) X(E, 2.718281828459045) X(LN2, 0.6931471805599453)                  \
    X(LN10, 2.302585092994046) X(LOG2E, 1.4426950408889634) X(LOG10E, 0.4342944819032518)       \
    X(SQRT2, 1.4142135623730951) X(SQRT1_2, 0.7071067811865476)

enum RomNumber {
#define ENG_ROM_NUMBER_ENUM(id, value) ROM_NUMBER_##id,
    ENG_ROM_NUMBERS(ENG_ROM_NUMBER_ENUM)
#undef ENG_ROM_NUMBER_ENUM
    ROM_NUMBER__COUNT
};

// The values, for what the compiler computes (builtins/flash_props.h).
constexpr double romNumberConstants[ROM_NUMBER__COUNT] = {
#define ENG_ROM_NUMBER_CONSTANT(id, value) value,
    ENG_ROM_NUMBERS(ENG_ROM_NUMBER_CONSTANT)
#undef ENG_ROM_NUMBER_CONSTANT
};

#if ENG_VALUE_NAN_BOXED
extern const double romNumberValues[ROM_NUMBER__COUNT];
inline Value romNumber(RomNumber n) { return Value::inlineDouble(romNumberValues[n]); }
#else
extern const HeapNumber romNumbers[ROM_NUMBER__COUNT];
inline Value romNumber(RomNumber n) { return Value::pointer(&romNumbers[n].gc); }
#endif

}  // namespace eng

#endif
