// Number <-> text conversions with ECMAScript semantics.
#ifndef ENG_STRINGS_NUMCONV_H
#define ENG_STRINGS_NUMCONV_H

#include <stddef.h>
#include <stdint.h>

namespace eng {

constexpr size_t NUMBER_TEXT_MAX = 32;

// Decimal digits of v (no NUL); returns how many were written (at most 10).
size_t formatUint32(uint32_t v, char *out);

// ToString(Number): the shortest digits that read back as the same double,
// laid out as ECMA-262 9.8.1 says. Returns the length written (NUL added).
size_t numberToText(double value, char *out);

// ToNumber(String) for a sequence of UTF-16 code units: StringNumericLiteral
// with surrounding white space, hex, binary and octal (0b, 0o: ES2015),
// Infinity; anything else is NaN.
double textToNumber(const uint16_t *units, size_t length);
double textToNumber8(const uint8_t *chars, size_t length);

// True for the characters ECMAScript counts as WhiteSpace or LineTerminator.
bool isJsWhitespace(uint32_t c);

}  // namespace eng

#endif
