// Character classes of source text and identifiers (char_classes.h).
#include "strings/char_classes.h"

#include "config.h"
#include "strings/identifier_tables.h"

namespace eng {

namespace {

bool isAsciiIdentifierStart(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
}

#if ENG_USE_UNICODE_ID_TABLES
bool inRanges(const uint32_t *ranges, uint32_t count, uint32_t cp) {
    // The last range starting at or before cp.
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if ((ranges[mid] & 0x1fffffu) <= cp) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && cp - (ranges[lo - 1] & 0x1fffffu) <= (ranges[lo - 1] >> 21);
}
#else
// Without the tables: an approximation of the complement of ID_Continue
// that covers spaces, punctuation and symbol blocks.
bool isNonAsciiNonIdentifier(uint32_t cp) {
    // (U+180E, a format character since Unicode 6.3, is neither.)
    if (isWhiteSpace(cp) || isLineTerminator(cp) || cp == 0x180e) return true;
    if (cp >= 0x80 && cp <= 0xbf)  // Latin-1 punctuation and symbols
        return cp != 0xaa && cp != 0xb5 && cp != 0xba && cp != 0xb7;
    if (cp == 0xd7 || cp == 0xf7) return true;
    if (cp >= 0x2010 && cp <= 0x2027) return true;  // general punctuation
    if (cp >= 0x2030 && cp <= 0x205e) return cp != 0x203f && cp != 0x2040 && cp != 0x2054;  // but connectors
    if (cp >= 0x2190 && cp <= 0x2bff) return true;  // arrows, math, technical, box drawing
    if (cp >= 0x2e00 && cp <= 0x2e7f) return true;  // supplemental punctuation (Pattern_Syntax)
    if (cp >= 0x3001 && cp <= 0x3003) return true;  // CJK punctuation
    if (cp >= 0x3008 && cp <= 0x3020) return true;
    if (cp >= 0xd800 && cp <= 0xdfff) return true;  // lone surrogates
    if (cp >= 0xfff0 && cp <= 0xffff) return true;  // specials
    if (cp >= 0xff01 && cp <= 0xff0f) return true;  // full-width punctuation
    if (cp > 0x10ffff) return true;
    return false;
}
#endif

}  // namespace

bool isLineTerminator(uint32_t cp) { return cp == 0x0a || cp == 0x0d || cp == 0x2028 || cp == 0x2029; }

bool isWhiteSpace(uint32_t cp) {
    switch (cp) {
    case 0x09: case 0x0b: case 0x0c: case 0x20: case 0xa0: case 0xfeff: case 0x1680:
    case 0x202f: case 0x205f: case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200a;
    }
}

bool isIdentifierStart(uint32_t cp) {
    if (cp < 0x80) return isAsciiIdentifierStart(cp);
#if ENG_USE_UNICODE_ID_TABLES
    return inRanges(idStartRanges, idStartRangesCount, cp);
#else
    // U+00B7 MIDDLE DOT is Other_ID_Continue: a part, not a start.
    return !isNonAsciiNonIdentifier(cp) && cp != 0x200c && cp != 0x200d && cp != 0xb7 && cp != 0x203f &&
           cp != 0x2040 && cp != 0x2054;
#endif
}

// ES5 7.6 IdentifierPart (ES2015 11.6: ID_Continue, ZWNJ, ZWJ).
bool isIdentifierPart(uint32_t cp) {
    if (cp < 0x80) return isAsciiIdentifierStart(cp) || (cp >= '0' && cp <= '9');
    if (cp == 0x200c || cp == 0x200d) return true;
#if ENG_USE_UNICODE_ID_TABLES
    return inRanges(idStartRanges, idStartRangesCount, cp) ||
           inRanges(idContinueOnlyRanges, idContinueOnlyRangesCount, cp);
#else
    return !isNonAsciiNonIdentifier(cp);
#endif
}

}  // namespace eng
