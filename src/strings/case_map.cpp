// Looking code points up in the case mapping tables.
#include "strings/case_map.h"

#include "strings/case_tables.h"

namespace eng {

namespace {

uint32_t runStart(const CaseRun &r) { return r.startLow | static_cast<uint32_t>(r.packed & 1) << 16; }
uint32_t runLength(const CaseRun &r) { return (r.packed >> 1) & 0x7ffu; }
uint32_t runStride(const CaseRun &r) { return (r.deltaLow & 1) ? 2 : 1; }
int32_t runDelta(const CaseRun &r) {
    // The 20-bit field moved to the top, then arithmetic shifts: the sign stays.
    int32_t top = static_cast<int32_t>((static_cast<uint32_t>(r.packed >> 12) << 16 | r.deltaLow) << 12);
    return top >> 13;
}

uint32_t lookup(const CaseRun *runs, uint32_t count, uint32_t cp) {
    // The last run starting at or before cp (runs are sorted and disjoint).
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (runStart(runs[mid]) <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return cp;
    const CaseRun &r = runs[lo - 1];
    uint32_t offset = cp - runStart(r), stride = runStride(r);
    if (offset % stride != 0 || offset / stride >= runLength(r)) return cp;
    return static_cast<uint32_t>(static_cast<int32_t>(cp) + runDelta(r));
}

const uint16_t *special(const CaseSpecial *table, uint32_t count, uint16_t unit) {
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (table[mid].unit < unit) lo = mid + 1;
        else hi = mid;
    }
    return lo < count && table[lo].unit == unit ? table[lo].units : nullptr;
}

}  // namespace

uint32_t simpleUpper(uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z' ? cp - 0x20 : cp;
    return lookup(upperRuns, upperRunCount, cp);
}

uint32_t simpleLower(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 0x20 : cp;
    return lookup(lowerRuns, lowerRunCount, cp);
}

const uint16_t *specialUpper(uint16_t unit) {
    return unit < 0xdf ? nullptr : special(upperSpecial, upperSpecialCount, unit);
}

const uint16_t *specialLower(uint16_t unit) { return special(lowerSpecial, lowerSpecialCount, unit); }

const CaseVariant *caseVariantsOf(uint16_t canonical, uint32_t *count) {
    uint32_t lo = 0, hi = caseVariantCount;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (caseVariants[mid].canonical < canonical) lo = mid + 1;
        else hi = mid;
    }
    uint32_t end = lo;
    while (end < caseVariantCount && caseVariants[end].canonical == canonical) end++;
    *count = end - lo;
    return caseVariants + lo;
}

bool isCased(uint32_t cp) {
    return simpleUpper(cp) != cp || simpleLower(cp) != cp ||
           (cp <= 0xffff && specialUpper(static_cast<uint16_t>(cp)));
}

}  // namespace eng
