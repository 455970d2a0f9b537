// The case mapping tables cut to Latin-1 (ENG_USE_UNICODE_CASE_TABLES = 0,
// the low-memory profiles): the mappings of U+0080..U+00FF as Unicode gives
// them (ASCII is handled before any table is read); code points above
// U+00FF map to themselves. About 4 KB of flash less than the full tables.
#include "strings/case_tables.h"

#include "config.h"

#if !ENG_USE_UNICODE_CASE_TABLES

namespace eng {

// startLength = start | length << 21; deltaStride = delta * 2 (stride 1).
const CaseRun upperRuns[] = {
    {0x002000b5u, 2 * (0x039c - 0x00b5)},  // micro sign -> Greek capital mu
    {0x02e000e0u, 2 * -32},                // a-grave .. o-diaeresis
    {0x00e000f8u, 2 * -32},                // o-stroke .. thorn
    {0x002000ffu, 2 * (0x0178 - 0x00ff)},  // y-diaeresis -> capital Y-diaeresis
};
const uint32_t upperRunCount = 4;

const CaseRun lowerRuns[] = {
    {0x02e000c0u, 2 * 32},  // A-grave .. O-diaeresis
    {0x00e000d8u, 2 * 32},  // O-stroke .. Thorn
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
