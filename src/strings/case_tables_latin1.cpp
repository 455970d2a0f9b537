// The case mapping tables cut to Latin-1 (ENG_USE_UNICODE_CASE_TABLES = 0,
// the low-memory profiles): the mappings of U+0080..U+00FF as Unicode gives
// them (ASCII is handled before any table is read); code points above
// U+00FF map to themselves. About 3.2 KB of flash less than the full tables.
#include "strings/case_tables.h"

#include "config.h"

#if !ENG_USE_UNICODE_CASE_TABLES

namespace eng {

// caseRun(start, length, delta, stride).
const CaseRun upperRuns[] = {
    caseRun(0x00b5, 1, 0x039c - 0x00b5, 1),   // micro sign -> Greek capital mu
    caseRun(0x00e0, 23, -32, 1),              // a-grave .. o-diaeresis
    caseRun(0x00f8, 7, -32, 1),               // o-stroke .. thorn
    caseRun(0x00ff, 1, 0x0178 - 0x00ff, 1),   // y-diaeresis -> capital Y-diaeresis
};
const uint32_t upperRunCount = 4;

const CaseRun lowerRuns[] = {
    caseRun(0x00c0, 23, 32, 1),  // A-grave .. O-diaeresis
    caseRun(0x00d8, 7, 32, 1),   // O-stroke .. Thorn
};
const uint32_t lowerRunCount = 2;

const CaseSpecial upperSpecial[] = {
    {0x00df, {0x0053, 0x0053, 0x0000}},  // sharp s -> SS
};
const uint32_t upperSpecialCount = 1;

const CaseSpecial lowerSpecial[] = {{0, {0, 0, 0}}};
const uint32_t lowerSpecialCount = 0;

const CaseVariant caseVariants[] = {{0, 0}};
const uint32_t caseVariantCount = 0;

}  // namespace eng

#endif
