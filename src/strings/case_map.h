// Unicode case mapping (String.prototype.toUpperCase/toLowerCase and
// case-insensitive RegExp matching), from the tables in case_tables.cpp.
#ifndef ENG_STRINGS_CASE_MAP_H
#define ENG_STRINGS_CASE_MAP_H

#include <stdint.h>

namespace eng {

// Simple (one code point to one) mappings; the code point itself if none.
uint32_t simpleUpper(uint32_t cp);
uint32_t simpleLower(uint32_t cp);

// The full mapping of a BMP unit when it is several units (0-terminated,
// at most 3), else null.
const uint16_t *specialUpper(uint16_t unit);
const uint16_t *specialLower(uint16_t unit);

// Units other than `canonical` and its lower case whose RegExp canonical
// form is `canonical` (ǅ for Ǆ, ς for Σ): *count of them from the result.
const struct CaseVariant *caseVariantsOf(uint16_t canonical, uint32_t *count);

// Whether the code point has case (for the final-sigma rule).
bool isCased(uint32_t cp);

}  // namespace eng

#endif
