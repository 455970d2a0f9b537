// The case mapping tables (generated into case_tables.cpp by
// tools/unicode/gen_case_map.js): const data that stays in flash.
#ifndef ENG_STRINGS_CASE_TABLES_H
#define ENG_STRINGS_CASE_TABLES_H

#include <stdint.h>

namespace eng {

// Code points start, start + stride, ... (length of them) map to
// themselves + delta; stride is 1 or 2. Six bytes: start (17 bits, below
// U+20000 like every cased code point), length (11 bits) and delta * 2
// plus 1 when the stride is 2 (20 bits, signed), packed by caseRun.
struct CaseRun {
    uint16_t startLow;   // start bits 0-15
    uint16_t packed;     // start bit 16, length << 1, (delta * 2 + stride - 1) bits 16-19 << 12
    uint16_t deltaLow;   // (delta * 2 + stride - 1) bits 0-15
};
constexpr CaseRun caseRun(uint32_t start, uint32_t length, int32_t delta, uint32_t stride) {
    uint32_t deltaStride = static_cast<uint32_t>(delta * 2 + (stride == 2 ? 1 : 0));
    return {static_cast<uint16_t>(start & 0xffffu),
            static_cast<uint16_t>((start >> 16) | (length << 1) | ((deltaStride >> 16) & 0xfu) << 12),
            static_cast<uint16_t>(deltaStride & 0xffffu)};
}

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
