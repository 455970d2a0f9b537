// The case mapping tables (generated into case_tables.cpp by
// tools/unicode/gen_case_map.js): const data that stays in flash.
#ifndef ENG_STRINGS_CASE_TABLES_H
#define ENG_STRINGS_CASE_TABLES_H

#include <stdint.h>

namespace eng {

// Code points start, start + stride, ... (length of them) map to
// themselves + delta. startLength: start in bits 0-20, length in bits
// 21-31; deltaStride: delta * 2, plus 1 when the stride is 2 (else 1).
struct CaseRun {
    uint32_t startLength;
    int32_t deltaStride;
};

// A BMP code unit whose full mapping is several code units (ß -> SS);
// units are 0-terminated when shorter than 3.
struct CaseSpecial {
    uint16_t unit;
    uint16_t units[3];
};

// For case-insensitive matching: a unit whose canonical (upper) form is
// `canonical`, other than that form and its lower case. Sorted.
struct CaseVariant {
    uint16_t canonical;
    uint16_t unit;
};

extern const CaseRun upperRuns[];
extern const uint32_t upperRunCount;
extern const CaseRun lowerRuns[];
extern const uint32_t lowerRunCount;
extern const CaseSpecial upperSpecial[];
extern const uint32_t upperSpecialCount;
extern const CaseSpecial lowerSpecial[];
extern const uint32_t lowerSpecialCount;
extern const CaseVariant caseVariants[];
extern const uint32_t caseVariantCount;

}  // namespace eng

#endif
