// Correctly rounded conversion of numeric literal text to double.
#ifndef ENG_COMPILER_NUMBER_PARSE_H
#define ENG_COMPILER_NUMBER_PARSE_H

#include <stdint.h>

namespace eng {

// `text` is a valid DecimalLiteral (digits, optional '.', optional exponent).
double parseDecimal(const char *text, uint32_t length);
// `digits` are `count` hexadecimal digits.
double parseHexExact(const char *digits, uint32_t count);
// ECMAScript Number::toString(10) of v into buf (at least 32 bytes); returns the length.
uint32_t numberToString(double v, char *buf);

}  // namespace eng

#endif
