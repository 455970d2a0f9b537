// Text to double, correctly rounded (to nearest, ties to even) for any
// number of digits, with a fixed amount of stack and no allocation. Shared
// by ToNumber, parseFloat, parseInt, JSON.parse and the lexer.
#ifndef ENG_STRINGS_DECIMAL_PARSE_H
#define ENG_STRINGS_DECIMAL_PARSE_H

#include <stddef.h>
#include <stdint.h>

namespace eng {

// Length of the longest prefix of text that is an unsigned decimal number:
// digits, an optional '.' and digits (at least one digit in all), an
// optional exponent (e or E, optional sign, digits). 0 if there is none.
size_t scanDecimal(const uint8_t *text, size_t length);
size_t scanDecimal(const uint16_t *text, size_t length);

// The value of text, which must be a whole prefix found by scanDecimal.
double decimalToDouble(const uint8_t *text, size_t length);
double decimalToDouble(const uint16_t *text, size_t length);

// The value of digits in radix 2^bitsPerDigit (1..5; 0-9, a-z, A-Z), all
// of which must be valid.
double binaryDigitsToDouble(const uint8_t *text, size_t length, int bitsPerDigit);
double binaryDigitsToDouble(const uint16_t *text, size_t length, int bitsPerDigit);

}  // namespace eng

#endif
