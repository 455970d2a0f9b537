// Which non-ASCII code points identifiers may use (generated into
// identifier_tables.cpp by tools/unicode/gen_id_tables.js; char_classes.cpp reads them): sorted ranges,
// each one word, first code point in bits 0-20 and length - 1 in bits 21-31.
#ifndef ENG_STRINGS_IDENTIFIER_TABLES_H
#define ENG_STRINGS_IDENTIFIER_TABLES_H

#include <stdint.h>

namespace eng {

extern const uint32_t idStartRanges[];         // ID_Start
extern const uint32_t idStartRangesCount;
extern const uint32_t idContinueOnlyRanges[];  // ID_Continue that is not ID_Start
extern const uint32_t idContinueOnlyRangesCount;

}  // namespace eng

#endif
