// The regexp compiler: ES5.1 pattern syntax (15.10.1, with the web-compatible
// extensions node accepts: octal and identity escapes, literal { } ], \c
// without a letter; with the u flag the stricter grammar without them),
// named groups and lookbehind, to the bytecode of regexp_internal.h. The parser does
// not recurse: open groups wait on a small heap stack, whose depth
// ENG_REGEXP_DEPTH_LIMIT bounds.
#include <string.h>

#include "regexp/regexp.h"
#include "regexp/regexp_internal.h"
#include "regexp/unicode_properties.h"
#include "strings/char_classes.h"
#include "strings/builder.h"
#include "strings/case_map.h"
#include "strings/string.h"
#include "vm/errors.h"

// A syntax error's reason: left out of flash with the compiler's messages
// (ENG_USE_COMPILER_MESSAGES=0, the low-memory profiles: "Syntax error").
#if ENG_USE_COMPILER_MESSAGES
#define RE_REASON(text) text
#else
#define RE_REASON(text) ""
#endif

namespace eng {

namespace re {

// ES5 15.10.2.8 Canonicalize: the upper case when it is one unit, unless
// that would turn a non-ASCII unit into an ASCII one.
uint16_t canonicalize(uint16_t c) {
    if (specialUpper(c)) return c;
    uint32_t u = simpleUpper(c);
    if (u > 0xffff || (c >= 128 && u < 128)) return c;
    return static_cast<uint16_t>(u);
}

uint16_t lowerOf(uint16_t c) {
    uint32_t l = simpleLower(c);
    return l > 0xffff ? c : static_cast<uint16_t>(l);
}

}  // namespace re

using namespace re;

namespace {

// Ranges of the class escapes (sorted, disjoint).
struct Range {
    uint16_t lo, hi;
};
const Range digitRanges[] = {{'0', '9'}};
const Range wordRanges[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
#if ENG_REGEXP_UNICODE
// \w with the u and i flags: also the two letters whose case folding is a
// basic word character (long s, Kelvin sign).
const Range wordRangesUnicodeIgnoreCase[] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}, {0x17f, 0x17f}, {0x212a, 0x212a}};
#endif
const Range spaceRanges[] = {{0x09, 0x0d}, {0x20, 0x20},     {0xa0, 0xa0},     {0x1680, 0x1680},
                             {0x2000, 0x200a}, {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f},
                             {0x3000, 0x3000}, {0xfeff, 0xfeff}};

// The group named name[0..length) in a names block (RegExpProgram), or 0.
uint32_t regexpGroupNamedIn(const uint16_t *names, uint32_t units, const uint16_t *name, uint32_t length) {
    for (uint32_t i = 0; i + 2 <= units; i += 2 + names[i + 1]) {
        if (names[i + 1] == length && memcmp(names + i + 2, name, length * 2u) == 0) return names[i];
    }
    return 0;
}

struct Compiler {
    Heap &h;
    const uint16_t *src;
    uint32_t len;
    uint32_t pos = 0;
    uint32_t flags;
    uint32_t *code = nullptr;
    uint32_t n = 0;
    uint32_t cap = 0;
    const char *error = nullptr;  // syntax error reason
    bool oom = false;
    uint32_t groupTotal = 0;  // capturing groups in the whole pattern
    uint32_t groupNext = 1;
    uint16_t *names = nullptr;  // RegExpProgram::names, as countGroups finds them
    uint32_t namesUnits = 0, namesCap = 0;
    uint32_t loopNext = 0;
    // Inside a lookbehind (and not in a lookahead within it): atoms read
    // backwards and each term goes before the terms before it (the spec's
    // direction -1).
    bool backward = false;
    // A group whose disjunction is being parsed, with the state of the
    // disjunction around it.
    struct Open {
        uint32_t atomStart, groupsBefore;
        uint32_t kind;           // '(' capturing, ':' non-capturing, '=' or '!' lookahead, '<' or '>' lookbehind
        uint32_t group;          // capturing: its number
        uint32_t start, jumps;   // the enclosing disjunction (see parsePattern)
        bool backward;           // the enclosing direction
#if ENG_REGEXP_MODIFIERS
        uint32_t flags;          // the enclosing flags (modifiers change them inside)
#endif
    };
    Open *opens = nullptr;
    uint32_t openCount = 0, openCap = 0;

    Compiler(Heap &heap, const uint16_t *s, uint32_t l, uint32_t f) : h(heap), src(s), len(l), flags(f) {}

    bool failed() const { return error || oom; }
#if ENG_REGEXP_UNICODE
    bool unicode() const { return (flags & RE_FULL_UNICODE) != 0; }
#else
    bool unicode() const { return false; }
#endif
    uint32_t stride() const { return unicode() ? 2 : 1; }
    // The pattern character at pos, consumed: with u a surrogate pair is one.
    uint32_t patternChar() {
        uint32_t c = src[pos++];
        if (unicode() && c >= 0xd800 && c <= 0xdbff && pos < len && src[pos] >= 0xdc00 && src[pos] <= 0xdfff)
            c = 0x10000 + ((c - 0xd800) << 10) + (src[pos++] - 0xdc00);
        return c;
    }
    // With u, only syntax characters and "/" (and "-" in a class) may be
    // escaped as themselves.
    static bool identityEscapeAllowed(uint32_t c, bool inClass) {
        switch (c) {
        case '^': case '$': case '\\': case '.': case '*': case '+': case '?': case '(': case ')':
        case '[': case ']': case '{': case '}': case '|': case '/':
            return true;
        default:
            return inClass && c == '-';
        }
    }
    bool fail(const char *why) {
        if (!error) error = why;
        return false;
    }
    bool more() const { return pos < len; }
    uint32_t peek(uint32_t ahead = 0) const { return pos + ahead < len ? src[pos + ahead] : 0x10000u; }

    bool reserve(uint32_t words) {
        if (oom) return false;
        if (n + words <= cap) return true;
        uint32_t ncap = cap ? cap * 2 : 32;
        while (ncap < n + words) ncap *= 2;
        if (ncap > (1u << 22)) return fail(RE_REASON("Regular expression too large"));  // pcs fit in 23 bits
        uint32_t *p = static_cast<uint32_t *>(heapRealloc(h, code, cap * 4u, ncap * 4u));
        if (!p) {
            oom = true;
            return false;
        }
        code = p;
        cap = ncap;
        return true;
    }
    void emit(uint32_t w) {
        if (reserve(1)) code[n++] = w;
    }
    // Opens `words` words at `at` (moving the code after it).
    bool insert(uint32_t at, uint32_t words) {
        if (!reserve(words)) return false;
        memmove(code + at + words, code + at, (n - at) * 4u);
        n += words;
        return true;
    }

    // Counts the capturing groups and records the names of the named ones
    // (so that \k<name> may come before its group).
    void countGroups() {
        bool inClass = false;
        for (uint32_t i = 0; i < len; i++) {
            uint16_t c = src[i];
            if (c == '\\') i++;
            else if (inClass) { if (c == ']') inClass = false; }
            else if (c == '[') inClass = true;
            else if (c == '(' && !(i + 1 < len && src[i + 1] == '?')) groupTotal++;
            else if (c == '(' && i + 3 < len && src[i + 1] == '?' && src[i + 2] == '<' && src[i + 3] != '=' &&
                     src[i + 3] != '!') {
                groupTotal++;
                if (groupTotal > 0xffff) {
                    fail(RE_REASON("Too many capture groups"));
                    return;
                }
                uint32_t at = namesUnits, length = 0, groupAt = i;
                i += 3;
                if (!readGroupName(&i, &length)) return;
#if ENG_REGEXP_ES2025
                if (!nameMayRepeat(at, length, groupAt)) {
#else
                (void)groupAt;
                if (regexpGroupNamedIn(names, at, names + at + 2, length)) {
#endif
                    fail(RE_REASON("Duplicate capture group name"));
                    return;
                }
                i--;  // on the ">": the next unit may open a group
                names[at] = static_cast<uint16_t>(groupTotal);
                names[at + 1] = static_cast<uint16_t>(length);
            }
        }
    }
    // Whether the name just read (at names[at + 2], length units) for the
    // group whose "(" is at groupAt may be used: a name may repeat only in
    // another alternative (ES2025 duplicate named groups), so that at most
    // one group of a name takes part in a match.
#if ENG_REGEXP_ES2025
    bool nameMayRepeat(uint32_t at, uint32_t length, uint32_t groupAt) {
        for (uint32_t i = 0; i + 2 <= at; i += 2 + names[i + 1]) {
            if (names[i + 1] != length || memcmp(names + i + 2, names + at + 2, length * 2u) != 0) continue;
            if (!inOtherAlternative(groupPosition(names[i]), groupAt)) return false;
        }
        return true;
    }
    // Where the "(" of capturing group g is.
    uint32_t groupPosition(uint32_t g) const {
        bool inClass = false;
        for (uint32_t i = 0, count = 0; i < len; i++) {
            uint16_t c = src[i];
            if (c == '\\') i++;
            else if (inClass) { if (c == ']') inClass = false; }
            else if (c == '[') inClass = true;
            else if (c == '(' && (!(i + 1 < len && src[i + 1] == '?') ||
                                  (i + 3 < len && src[i + 2] == '<' && src[i + 3] != '=' && src[i + 3] != '!')) &&
                     ++count == g)
                return i;
        }
        return 0;
    }
    // Whether the groups whose "(" are at a < b lie in different
    // alternatives of the innermost disjunction holding both: between
    // them, a "|" at the lowest depth the text between them reaches.
    bool inOtherAlternative(uint32_t a, uint32_t b) const {
        int32_t depth = 0, lowest = 0;
        bool bar = false, inClass = false;
        for (uint32_t i = a; i < b; i++) {
            uint16_t c = src[i];
            if (c == '\\') i++;
            else if (inClass) { if (c == ']') inClass = false; }
            else if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth < lowest) lowest = depth, bar = false;
            else if (c == '|' && depth == lowest) bar = true;
        }
        return bar;
    }
#endif
    // One code point of a group name at *i (a \u escape, \u{...}, or a
    // surrogate pair, read as one), or -1.
    int32_t nameCodePoint(uint32_t *i) {
        uint32_t c = src[*i];
        if (c == '\\') {
            if (*i + 1 >= len || src[*i + 1] != 'u') return -1;
            uint32_t j = *i + 2, v = 0;
            if (j < len && src[j] == '{') {
                uint32_t digits = 0;
                for (j++; j < len && hexValue(src[j]) >= 0; j++, digits++) {
                    v = v * 16 + static_cast<uint32_t>(hexValue(src[j]));
                    if (v > 0x10ffff) return -1;
                }
                if (!digits || j >= len || src[j] != '}') return -1;
                *i = j + 1;
                return static_cast<int32_t>(v);
            }
            for (uint32_t k = 0; k < 4; k++, j++) {
                if (j >= len || hexValue(src[j]) < 0) return -1;
                v = v * 16 + static_cast<uint32_t>(hexValue(src[j]));
            }
            *i = j;
            if (v >= 0xd800 && v <= 0xdbff && j + 5 < len && src[j] == '\\' && src[j + 1] == 'u') {
                uint32_t t = 0, k = 0;
                for (; k < 4 && hexValue(src[j + 2 + k]) >= 0; k++) t = t * 16 + static_cast<uint32_t>(hexValue(src[j + 2 + k]));
                if (k == 4 && t >= 0xdc00 && t <= 0xdfff) {
                    *i = j + 6;
                    v = 0x10000 + ((v - 0xd800) << 10) + (t - 0xdc00);
                }
            }
            return static_cast<int32_t>(v);
        }
        (*i)++;
        if (c >= 0xd800 && c <= 0xdbff && *i < len && src[*i] >= 0xdc00 && src[*i] <= 0xdfff)
            c = 0x10000 + ((c - 0xd800) << 10) + (src[(*i)++] - 0xdc00);
        return static_cast<int32_t>(c);
    }
    // The name from *i (just after "<") to ">": identifier characters,
    // decoded to UTF-16 units at the end of the names block behind a
    // two-unit header (the caller fills it in, or drops it all);
    // *i ends after ">". False with the SyntaxError set.
    bool readGroupName(uint32_t *i, uint32_t *length) {
        if (!reserveNames(2)) return false;
        uint32_t at = namesUnits;
        namesUnits += 2;
        *length = 0;
        while (*i < len && src[*i] != '>') {
            int32_t cp = nameCodePoint(i);
            if (cp < 0 || !(*length ? isIdentifierPart(static_cast<uint32_t>(cp)) : isIdentifierStart(static_cast<uint32_t>(cp))))
                return fail(RE_REASON("Invalid capture group name"));
            if (!reserveNames(2)) return false;
            if (cp >= 0x10000) {
                names[namesUnits++] = static_cast<uint16_t>(0xd800 + ((cp - 0x10000) >> 10));
                names[namesUnits++] = static_cast<uint16_t>(0xdc00 + ((cp - 0x10000) & 0x3ff));
            } else {
                names[namesUnits++] = static_cast<uint16_t>(cp);
            }
            *length = namesUnits - at - 2;
        }
        if (*i >= len || *length == 0 || *length > 0xffff) return fail(RE_REASON("Invalid capture group name"));
        (*i)++;
        return true;
    }
    bool reserveNames(uint32_t more) {
        uint32_t need = namesUnits + more;
        if (need > namesCap) {
            uint32_t ncap = namesCap ? namesCap * 2 : 32;
            while (ncap < need) ncap *= 2;
            uint16_t *p = static_cast<uint16_t *>(heapRealloc(h, names, namesCap * 2u, ncap * 2u));
            if (!p) {
                oom = true;
                return false;
            }
            names = p;
            namesCap = ncap;
        }
        return true;
    }

    bool isDigit(uint32_t c) const { return c >= '0' && c <= '9'; }
    static int hexValue(uint32_t c) {
        if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
        if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
        if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
        return -1;
    }
    // count hex digits at pos, or -1 (nothing consumed).
    int32_t hexDigits(uint32_t count) {
        uint32_t v = 0;
        for (uint32_t i = 0; i < count; i++) {
            int d = hexValue(peek(i));
            if (d < 0) return -1;
            v = v * 16 + static_cast<uint32_t>(d);
        }
        pos += count;
        return static_cast<int32_t>(v);
    }
    // Legacy octal escape (at most \377), the first digit at pos.
    uint32_t octal() {
        uint32_t v = 0;
        for (int i = 0; i < 3 && peek() >= '0' && peek() <= '7'; i++) {
            uint32_t nv = v * 8 + (peek() - '0');
            if (nv > 0377) break;
            v = nv;
            pos++;
        }
        return v;
    }
    // Decimal number with saturation; false when there is no digit.
    bool number(uint32_t *out) {
        if (!isDigit(peek())) return false;
        uint64_t v = 0;
        while (isDigit(peek())) {
            v = v * 10 + (peek() - '0');
            if (v > INFINITE) v = INFINITE;
            pos++;
        }
        *out = static_cast<uint32_t>(v);
        return true;
    }

    // Escapes shared by atoms and classes, after the backslash: a code unit,
    // or -1 when the escape was not one of these (nothing consumed).
    int32_t characterEscape(bool inClass) {
        uint32_t c = peek();
        switch (c) {
        case 't': pos++; return 9;
        case 'n': pos++; return 10;
        case 'v': pos++; return 11;
        case 'f': pos++; return 12;
        case 'r': pos++; return 13;
        case 'c': {
            uint32_t l = peek(1);
            if ((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z') ||
                (inClass && !unicode() && ((l >= '0' && l <= '9') || l == '_'))) {
                pos += 2;
                return static_cast<int32_t>(l % 32);
            }
            if (unicode()) return fail(RE_REASON("Invalid unicode escape")), 0;
            return '\\';  // \c without a letter is a backslash; the c is parsed next
        }
        case 'x': {
            pos++;
            int32_t v = hexDigits(2);
            if (v < 0 && unicode()) return fail(RE_REASON("Invalid escape")), 0;
            return v >= 0 ? v : 'x';
        }
        case 'u':
            pos++;
            return unicodeEscape();
        default:
            return -1;
        }
    }

    // After "\\u": four hex digits (with u: a pair of \\u escapes of a
    // surrogate pair is one code point, and \\u{...} is one); Annex B
    // without u: a "u" when the digits are missing.
    int32_t unicodeEscape() {
        if (unicode() && peek() == '{') {
            uint32_t v = 0, digits = 0;
            for (pos++; hexValue(peek()) >= 0; pos++, digits++) {
                v = v * 16 + static_cast<uint32_t>(hexValue(peek()));
                if (v > 0x10ffff) return fail(RE_REASON("Invalid Unicode escape")), 0;
            }
            if (!digits || peek() != '}') return fail(RE_REASON("Invalid Unicode escape")), 0;
            pos++;
            return static_cast<int32_t>(v);
        }
        int32_t v = hexDigits(4);
        if (v < 0) return unicode() ? (fail(RE_REASON("Invalid Unicode escape")), 0) : 'u';
        if (unicode() && v >= 0xd800 && v <= 0xdbff && peek() == '\\' && peek(1) == 'u') {
            uint32_t save = pos;
            pos += 2;
            int32_t t = hexDigits(4);
            if (t >= 0xdc00 && t <= 0xdfff) return 0x10000 + ((v - 0xd800) << 10) + (t - 0xdc00);
            pos = save;
        }
        return v;
    }

    // ---- classes --------------------------------------------------------
    void addRange(uint32_t lo, uint32_t hi) {
        if (unicode()) {
            emit(lo);
            emit(hi);
        } else {
            emit(lo | (hi << 16));
        }
    }
    void addSet(const Range *r, size_t count, bool negate) {
        if (!negate) {
            for (size_t i = 0; i < count; i++) addRange(r[i].lo, r[i].hi);
            return;
        }
        uint32_t next = 0;
        for (size_t i = 0; i < count; i++) {
            if (r[i].lo > next) addRange(next, r[i].lo - 1u);
            next = r[i].hi + 1u;
        }
        uint32_t top = unicode() ? 0x10ffff : 0xffff;
        if (next <= top) addRange(next, top);
    }
    bool classEscapeSet(uint32_t c) {
        switch (c) {
        case 'd': addSet(digitRanges, 1, false); return true;
        case 'D': addSet(digitRanges, 1, true); return true;
#if ENG_REGEXP_UNICODE
        case 'w':
        case 'W':
            if (unicode() && (flags & RE_IGNORE_CASE)) addSet(wordRangesUnicodeIgnoreCase, 6, c == 'W');
            else addSet(wordRanges, 4, c == 'W');
            return true;
#else
        case 'w': addSet(wordRanges, 4, false); return true;
        case 'W': addSet(wordRanges, 4, true); return true;
#endif
        case 's': addSet(spaceRanges, sizeof spaceRanges / sizeof spaceRanges[0], false); return true;
        case 'S': addSet(spaceRanges, sizeof spaceRanges / sizeof spaceRanges[0], true); return true;
#if ENG_REGEXP_PROPERTY_ESCAPES
        case 'p':
        case 'P':
            if (!unicode()) return false;
            propertyEscape(c == 'P');
            return true;
#endif
        default: return false;
        }
    }
#if ENG_REGEXP_PROPERTY_ESCAPES
    // \p{...} or \P{...} with pos on the p: adds the set's ranges (u flag:
    // two words each), sorted and merged; pos ends on the "}" (the caller
    // steps over it, as over the letter of \d).
    void propertyEscape(bool negate) {
        const char *bad = RE_REASON("Invalid property name");
        if (peek(1) != '{') return (void)fail(bad);
#if ENG_REGEXP_SETS
        stringsAdded = false;
#endif
        uint32_t nameAt = pos + 2, i = nameAt, eq = 0;
        for (; i < len && src[i] != '}'; i++) {
            uint32_t c = src[i];
            if (c == '=' && !eq) eq = i;
            else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_')) return (void)fail(bad);
        }
        if (i >= len || i == nameAt || eq == nameAt || eq + 1 == i) return (void)fail(bad);
#if ENG_REGEXP_SETS
        uint32_t lists = (flags & RE_UNICODE_SETS) && !eq ? stringPropertyLookup(src + nameAt, i - nameAt) : 0;
        if (lists) {
            if (negate) return (void)fail(bad);  // the complement of strings is no set
            pos = i;
            propertyStrings(lists);
            return;
        }
#endif
        PropertyRef ref;
        bool found = eq ? propertyLookup(src + nameAt, eq - nameAt, src + eq + 1, i - eq - 1, &ref)
                        : propertyLookup(src + nameAt, i - nameAt, nullptr, 0, &ref);
        if (!found) return (void)fail(bad);
        pos = i;
        uint32_t first = n, lo, hi;
        if (ref.gcMask) {
            for (uint32_t leaf = 0; leaf < 32; leaf++) {
                if (!(ref.gcMask & (1u << leaf))) continue;
                for (PropertyRanges r(leaf); r.next(&lo, &hi);) addRange(lo, hi);
            }
            if (oom) return;
            sortRangesAt(first);
        } else {
            for (PropertyRanges r(ref.set); r.next(&lo, &hi);) addRange(lo, hi);
        }
        if (negate != ref.complement) complementRanges(first);
    }
#if ENG_REGEXP_SETS
    // The strings (and characters) of the property of strings made of the
    // lists `lists` (stringPropertyLookup), added to the class set.
    void propertyStrings(uint32_t lists) {
        uint32_t lo, hi, cps[15];
        if (lists & 0x80)
            for (PropertyRanges r(propBasicEmojiChars); r.next(&lo, &hi);) addRange(lo, hi);
        for (uint32_t list = 0; list < 7; list++) {
            if (!(lists & (1u << list))) continue;
            PropertyStrings strings(list);
            for (int32_t length; (length = strings.next(cps)) >= 0;) {
                if (!reserveStrs(1 + static_cast<uint32_t>(length))) return;
                strs[strN++] = static_cast<uint32_t>(length);
                for (int32_t k = 0; k < length; k++) strs[strN++] = cps[k];
            }
        }
        stringsAdded = true;
    }
#endif
    // Replaces the sorted, disjoint ranges from first to n (two words each)
    // by their complement in [0, 0x10ffff], in place: range i of the result
    // lies between old ranges i - 1 and i, both read before it is written.
    void complementRanges(uint32_t first) {
        if (!reserve(2)) return;
        uint32_t count = (n - first) / 2, out = first, next = 0;
        for (uint32_t i = 0; i < count; i++) {
            uint32_t lo = code[first + 2 * i], hi = code[first + 2 * i + 1];
            if (lo > next) {
                code[out++] = next;
                code[out++] = lo - 1;
            }
            next = hi + 1;
        }
        n = out;
        if (next <= 0x10ffff) addRange(next, 0x10ffff);
    }
#endif
    // One class atom: a code unit (>= 0), or -2 when a set was added.
    int32_t classAtom() {
        uint32_t c = patternChar();
        if (c != '\\') return static_cast<int32_t>(c);
        if (!more()) return fail(RE_REASON("\\ at end of pattern")), 0;
        uint32_t e = peek();
        if (classEscapeSet(e)) {
            pos++;
            return -2;
        }
        int32_t v = characterEscape(true);
        if (failed()) return 0;
        if (v >= 0) return v;
        if (e == 'b') { pos++; return 8; }
        if (unicode()) {
            if (e == '0' && !isDigit(peek(1))) {
                pos++;
                return 0;
            }
            if (!identityEscapeAllowed(e, true)) return fail(RE_REASON("Invalid class escape")), 0;
            pos++;
            return static_cast<int32_t>(e);
        }
        if (e >= '0' && e <= '7') return static_cast<int32_t>(octal());
        pos++;
        return static_cast<int32_t>(e);  // identity (including 8, 9, -)
    }
    void parseClass() {
        uint32_t start = n;
        bool invert = false;
        if (peek() == '^') {
            invert = true;
            pos++;
        }
        emit(RX_CLASS | dir() | (invert ? 1u << 8 : 0) | classBits());
        emit(0);
        for (;;) {
            if (!more()) {
                fail(RE_REASON("Unterminated character class"));
                return;
            }
            if (peek() == ']') {
                pos++;
                break;
            }
            int32_t a = classAtom();
            if (failed()) return;
            if (peek() == '-' && pos + 1 < len && src[pos + 1] != ']') {
                pos++;
                int32_t b = classAtom();
                if (failed()) return;
                if (a == -2 || b == -2) {
                    if (unicode()) {
                        fail(RE_REASON("Invalid character class"));
                        return;
                    }
                    if (a >= 0) addRange(static_cast<uint32_t>(a), static_cast<uint32_t>(a));
                    if (b >= 0) addRange(static_cast<uint32_t>(b), static_cast<uint32_t>(b));
                    addRange('-', '-');
                    continue;
                }
                if (a > b) {
                    fail(RE_REASON("Range out of order in character class"));
                    return;
                }
                addRange(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
            } else if (a >= 0) {
                addRange(static_cast<uint32_t>(a), static_cast<uint32_t>(a));
            }
        }
        if (oom) return;
        // Sort (insertion sort) and merge the ranges.
        sortRanges(start);
    }
    // Sorts (insertion sort) and merges the ranges of the class at start,
    // which end at n.
    void sortRanges(uint32_t start) { code[start + 1] = sortRangesAt(start + 2); }
    // Sorts and merges the ranges from first to n; returns their count.
    uint32_t sortRangesAt(uint32_t first) {
        uint32_t *r = code + first;
        uint32_t st = stride();
        uint32_t count = (n - first) / st;
        for (uint32_t i = 1; i < count; i++) {
            uint32_t lo = rangeLo(r, i, st), hi = rangeHi(r, i, st);
            uint32_t j = i;
            while (j > 0 && rangeLo(r, j - 1, st) > lo) {
                setRange(r, j, rangeLo(r, j - 1, st), rangeHi(r, j - 1, st));
                j--;
            }
            setRange(r, j, lo, hi);
        }
        uint32_t out = 0;
        for (uint32_t i = 0; i < count; i++) {
            uint32_t lo = rangeLo(r, i, st), hi = rangeHi(r, i, st);
            if (out > 0 && lo <= rangeHi(r, out - 1, st) + 1) {
                uint32_t phi = rangeHi(r, out - 1, st);
                setRange(r, out - 1, rangeLo(r, out - 1, st), hi > phi ? hi : phi);
            } else {
                setRange(r, out++, lo, hi);
            }
        }
        n = first + out * st;
        return out;
    }
    void setRange(uint32_t *r, uint32_t i, uint32_t lo, uint32_t hi) const {
        if (stride() == 2) {
            r[2 * i] = lo;
            r[2 * i + 1] = hi;
        } else {
            r[i] = lo | (hi << 16);
        }
    }

#if ENG_REGEXP_SETS
    // ---- v-mode classes (ES2024 ClassSetExpression) -------------------
    // A class is built as a set of code point ranges (two words each, from
    // the frame's start to n) and of strings (`strs`: length, then code
    // points; only strings of other than one character). Nested classes
    // wait on a heap stack of frames, as groups do, not on the C stack.
    struct SetFrame {
        uint32_t start, strStart;  // where the frame's result begins
        uint32_t op;               // 0 one operand so far, '|' union, '&' intersection, '-' subtraction
        uint32_t operands;
        bool negate, may, wantOperand;  // may: MayContainStrings
        bool ranged;                    // a range a-b: a union only
    };
    uint32_t *strs = nullptr;
    uint32_t strN = 0, strCap = 0;
    bool stringsAdded = false;  // the last \p{...} was a property of strings
    SetFrame *frames = nullptr;
    uint32_t frameCount = 0, frameCap = 0;

    bool reserveStrs(uint32_t more) {
        if (strN + more <= strCap) return true;
        uint32_t ncap = strCap ? strCap * 2 : 32;
        while (ncap < strN + more) ncap *= 2;
        uint32_t *p = static_cast<uint32_t *>(heapRealloc(h, strs, strCap * 4u, ncap * 4u));
        if (!p) return oom = true, false;
        strs = p;
        strCap = ncap;
        return true;
    }
    bool pushFrame(bool negate) {
        if (frameCount == ENG_REGEXP_DEPTH_LIMIT) return fail(RE_REASON("Regular expression too deeply nested"));
        if (frameCount == frameCap) {
            uint32_t ncap = frameCap ? frameCap * 2 : 4;
            SetFrame *p = static_cast<SetFrame *>(heapRealloc(h, frames, frameCap * sizeof(SetFrame), ncap * sizeof(SetFrame)));
            if (!p) return oom = true, false;
            frames = p;
            frameCap = ncap;
        }
        frames[frameCount++] = SetFrame{n, strN, 0, 0, negate, false, false, false};
        return true;
    }
    void freeSetState() {
        if (strs) heapFree(h, strs, strCap * 4u);
        if (frames) heapFree(h, frames, frameCap * sizeof(SetFrame));
        strs = nullptr;
        frames = nullptr;
        strN = strCap = frameCount = frameCap = 0;
    }
    // Whether the string at strs[i] equals one of the strings from..to.
    bool hasString(uint32_t i, uint32_t from, uint32_t to) const {
        for (uint32_t k = from; k < to; k += 1 + strs[k])
            if (strs[k] == strs[i] && memcmp(strs + k + 1, strs + i + 1, strs[i] * 4u) == 0) return true;
        return false;
    }
    // A and B: the sorted, disjoint ranges at [a, b) and [b, n); keeps at
    // a their intersection (op '&') or A less B ('-').
    void combineRanges(uint32_t a, uint32_t b, uint32_t op) {
        uint32_t ca = (b - a) / 2, cb = (n - b) / 2;
        if (!reserve(2 * (ca + cb) + 2)) return;
        uint32_t out = n, i = 0, j = 0;
        if (op == '&') {
            while (i < ca && j < cb) {
                uint32_t lo1 = code[a + 2 * i], hi1 = code[a + 2 * i + 1], lo2 = code[b + 2 * j], hi2 = code[b + 2 * j + 1];
                uint32_t lo = lo1 > lo2 ? lo1 : lo2, hi = hi1 < hi2 ? hi1 : hi2;
                if (lo <= hi) code[out++] = lo, code[out++] = hi;
                if (hi1 < hi2) i++;
                else j++;
            }
        } else {
            for (; i < ca; i++) {
                uint32_t lo = code[a + 2 * i], hi = code[a + 2 * i + 1];
                while (j < cb && code[b + 2 * j + 1] < lo) j++;
                for (uint32_t k = j; k < cb && code[b + 2 * k] <= hi && lo <= hi; k++) {
                    uint32_t blo = code[b + 2 * k], bhi = code[b + 2 * k + 1];
                    if (blo > lo) code[out++] = lo, code[out++] = blo - 1;
                    lo = bhi + 1;
                    if (bhi >= hi) lo = hi + 1;
                }
                if (lo <= hi) code[out++] = lo, code[out++] = hi;
            }
        }
        memmove(code + a, code + n, (out - n) * 4u);
        n = a + (out - n);
    }
    // The operand just parsed (ranges from operandAt, strings from
    // strAt) joins the innermost frame's result.
    void addOperand(uint32_t operandAt, uint32_t strAt, bool may) {
        SetFrame &f = frames[frameCount - 1];
        if (f.operands > 0 && f.op != '&' && f.op != '-') f.op = '|';
        if ((f.op == '&' || f.op == '-') && !f.wantOperand) return (void)fail(RE_REASON("Invalid set operation in character class"));
        f.wantOperand = false;
        n = operandAt + 2 * sortRangesAt(operandAt);
        if (f.operands++ == 0 || f.op == '|') {
            f.may = f.may || may;
            return;
        }
        combineRanges(f.start, operandAt, f.op);
        uint32_t out = f.strStart;
        for (uint32_t k = f.strStart; k < strAt; k += 1 + strs[k]) {
            if (hasString(k, strAt, strN) != (f.op == '&')) continue;
            uint32_t size = 1 + strs[k];
            memmove(strs + out, strs + k, size * 4u);
            out += size;
        }
        strN = out;
        if (f.op == '&') f.may = f.may && may;
    }
    // A ClassSetCharacter (with pos past any "\\"-less syntax checks), or -1.
    int32_t classSetCharacter() {
        uint32_t c = peek();
        if (c != '\\') {
            static const char syntax[] = "()[]{}/-|";
            static const char doubles[] = "&!#$%*+,.:;<=>?@^`~";
            if (c < 128 && strchr(syntax, static_cast<int>(c))) return fail(RE_REASON("Invalid character in character class")), -1;
            if (c < 128 && strchr(doubles, static_cast<int>(c)) && peek(1) == c)
                return fail(RE_REASON("Invalid set operation in character class")), -1;
            return static_cast<int32_t>(patternChar());
        }
        pos++;
        uint32_t e = peek();
        if (!more()) return fail(RE_REASON("\\ at end of pattern")), -1;
        int32_t v = characterEscape(true);
        if (failed()) return -1;
        if (v >= 0) return v;
        if (e == 'b') return pos++, 8;
        if (e == '0' && !isDigit(peek(1))) return pos++, 0;
        static const char punctuators[] = "&-!#%,:;<=>@`~";
        if (identityEscapeAllowed(e, false) || (e < 128 && strchr(punctuators, static_cast<int>(e)))) {
            pos++;
            return static_cast<int32_t>(e);
        }
        return fail(RE_REASON("Invalid escape")), -1;
    }
    // \q{...} with pos on the q: each alternative of one character a range,
    // the others strings. Returns MayContainStrings.
    bool classStrings() {
        pos++;
        if (peek() != '{') return fail(RE_REASON("Invalid escape")), false;
        pos++;
        bool may = false;
        for (;;) {
            uint32_t at = strN, count = 0;
            if (!reserveStrs(1)) return false;
            strs[strN++] = 0;
            while (more() && peek() != '|' && peek() != '}') {
                int32_t c = classSetCharacter();
                if (failed() || !reserveStrs(1)) return false;
                strs[strN++] = static_cast<uint32_t>(c);
                count++;
            }
            if (!more()) return fail(RE_REASON("Unterminated character class")), false;
            if (count == 1) {
                strN = at;
                addRange(strs[at + 1], strs[at + 1]);
            } else {
                strs[at] = count;
                may = true;
            }
            if (peek() == '}') break;
            pos++;  // "|"
        }
        pos++;
        return may;
    }
    // After "[" with the v flag; or (single) at the "\\" of a \p{...}
    // outside a class, which may name a property of strings.
    void parseClassSet(bool single = false) {
        uint32_t head = n;
        emit(0);  // the class header, written at the end
        emit(0);
        bool negate = !single && peek() == '^';
        if (negate) pos++;
        if (!pushFrame(negate)) return;
        bool negateWhole = false;
        while (!failed()) {
            SetFrame &f = frames[frameCount - 1];
            uint32_t c = peek();
            if (single && f.operands == 1) c = ']';  // as if the class ended after its one operand
            else if (!more()) return (void)fail(RE_REASON("Unterminated character class"));
            if (c == ']') {
                if (!single) pos++;
                if (f.wantOperand) return (void)fail(RE_REASON("Invalid set operation in character class"));
                n = f.start + 2 * sortRangesAt(f.start);
                if (f.negate && f.may) return (void)fail(RE_REASON("Negated character class may contain strings"));
                // Negated with i, the whole class inverts when matching (the
                // complement of the case folded set); nested, approximated
                // by the plain complement.
                if (f.negate && !(frameCount == 1 && (flags & RE_IGNORE_CASE))) complementRanges(f.start);
                SetFrame done = frames[--frameCount];
                if (!frameCount) {
                    negateWhole = done.negate && (flags & RE_IGNORE_CASE);
                    break;
                }
                addOperand(done.start, done.strStart, done.negate ? false : done.may);
                continue;
            }
            if (f.operands > 0 && ((c == '&' && peek(1) == '&') || (c == '-' && peek(1) == '-'))) {
                uint32_t op = c;
                if ((f.op && f.op != op) || f.wantOperand || f.ranged) return (void)fail(RE_REASON("Invalid set operation in character class"));
                pos += 2;
                if (op == '&' && peek() == '&') return (void)fail(RE_REASON("Invalid set operation in character class"));
                f.op = op;
                f.wantOperand = true;
                continue;
            }
            uint32_t operandAt = n, strAt = strN;
            bool may = false;
            if (c == '[') {
                pos++;
                bool inner = peek() == '^';
                if (inner) pos++;
                if (!pushFrame(inner)) return;
                frames[frameCount - 1].start = operandAt;
                continue;
            }
            uint32_t e = c == '\\' ? peek(1) : 0;
            if (e == 'q') {
                pos++;
                may = classStrings();
            } else if (e == 'd' || e == 'D' || e == 's' || e == 'S' || e == 'w' || e == 'W' || e == 'p' || e == 'P') {
                pos++;
                stringsAdded = false;
                classEscapeSet(e);
                pos++;
                may = stringsAdded;
            } else {
                int32_t a = classSetCharacter();
                if (failed()) return;
                int32_t b = a;
                if (peek() == '-' && peek(1) != '-') {
                    if (f.op == '&' || f.op == '-' || f.wantOperand) return (void)fail(RE_REASON("Invalid set operation in character class"));
                    pos++;
                    b = classSetCharacter();
                    if (failed()) return;
                    if (a > b) return (void)fail(RE_REASON("Range out of order in character class"));
                    f.ranged = true;
                }
                addRange(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
            }
            if (failed()) return;
            addOperand(operandAt, strAt, may);
        }
        if (failed()) return;
        emitClassSet(head, negateWhole);
    }
    // The class built at head + 2 .. n with the strings: a class
    // instruction, or with strings the alternatives the spec orders
    // (CompileAtom): the longest strings first, then the characters, then
    // the empty string.
    void emitClassSet(uint32_t head, bool negateWhole) {
        uint32_t count = (n - head - 2) / 2;
        uint32_t header = RX_CLASS | dir() | classBits() | (negateWhole ? 1u << 8 : 0);
        if (strN == 0) {
            code[head] = header;
            code[head + 1] = count;
            return;
        }
        uint32_t longest = 0;
        bool empty = false;
        for (uint32_t k = 0; k < strN; k += 1 + strs[k]) {
            if (strs[k] > longest) longest = strs[k];
            if (!strs[k]) empty = true;
        }
        // The ranges move after the strings' code (they are copied below
        // from their place at the end).
        uint32_t rangesAt = head + 2, jumps = INFINITE, split = INFINITE;
        uint32_t rangeWords = 2 * count;
        uint32_t *saved = static_cast<uint32_t *>(heapAlloc(h, rangeWords * 4u + 4));
        if (!saved) return (void)(oom = true);
        memcpy(saved, code + rangesAt, rangeWords * 4u);
        n = head;
        // Each alternative but the last: SPLIT to the next, its code, JMP to the end.
        auto open = [&]() {
            if (split != INFINITE) code[split + 1] = n - split;
            split = n;
            emit(RX_SPLIT);
            emit(0);
        };
        auto close = [&]() {
            uint32_t j = n;
            emit(RX_JMP);
            emit(jumps);
            jumps = j;
        };
        for (uint32_t length = longest; length >= 2 && !oom; length--) {
            for (uint32_t k = 0; k < strN && !oom; k += 1 + strs[k]) {
                if (strs[k] != length) continue;
                open();
                for (uint32_t i = 0; i < length; i++) emitChar(strs[k + 1 + (backward ? length - 1 - i : i)]);
                close();
            }
        }
        // The last alternative starts here: the pending SPLIT's target.
        auto last = [&]() {
            if (split != INFINITE && !oom) code[split + 1] = n - split;
            split = INFINITE;
        };
        if (count && !oom) {
            if (empty) open();
            else last();
            emit(header);
            emit(count);
            if (reserve(rangeWords)) {
                memcpy(code + n, saved, rangeWords * 4u);
                n += rangeWords;
            }
            if (empty) close();
        }
        heapFree(h, saved, rangeWords * 4u + 4);
        if (oom) return;
        // Then the empty string, or with neither it nor characters, a
        // class that matches nothing.
        last();
        if (!count && !empty) {
            emit(header);
            emit(0);
        }
        if (!oom) patchJumps(jumps);
    }
#endif

    // ---- terms ----------------------------------------------------------
    // RX_BACK when atoms read backwards.
    uint32_t dir() const { return backward ? RX_BACK : 0; }
    // The flag bits of a class and of a backreference (the flags in force
    // where they are: modifiers may change them).
    // Without modifiers the matcher reads the program's flags instead.
    uint32_t classBits() const {
        return (unicode() ? RX_CLASS_WIDE : 0) | (ENG_REGEXP_MODIFIERS && (flags & RE_IGNORE_CASE) ? RX_CLASS_ICASE : 0);
    }
    uint32_t backrefBits() const { return ENG_REGEXP_MODIFIERS && (flags & RE_IGNORE_CASE) ? RX_BACKREF_ICASE : 0; }
    uint32_t multilineBit() const { return ENG_REGEXP_MODIFIERS && (flags & RE_MULTILINE) ? RX_FLAG : 0; }
    void emitChar(uint32_t c) {
        if (!(flags & RE_IGNORE_CASE)) emit(RX_CHAR | dir() | (c << 8));
#if ENG_REGEXP_UNICODE
        else if (unicode()) emit(RX_CHARI | dir() | (foldCase(c) << 8));
#endif
        else emit(RX_CHARI | dir() | (static_cast<uint32_t>(canonicalize(static_cast<uint16_t>(c))) << 8));
    }

    // Parses {n}, {n,}, {n,m} at pos; false (nothing consumed) when it is not one.
    bool braceQuantifier(uint32_t *min, uint32_t *max) {
        uint32_t save = pos;
        pos++;
        if (!number(min)) {
            pos = save;
            return false;
        }
        *max = *min;
        if (peek() == ',') {
            pos++;
            if (!number(max)) *max = INFINITE;
        }
        if (peek() != '}') {
            pos = save;
            return false;
        }
        pos++;
        return true;
    }

    void atomEscape() {
        pos++;  // the backslash
        if (!more()) {
            fail(RE_REASON("\\ at end of pattern"));
            return;
        }
        uint32_t c = peek();
#if ENG_REGEXP_SETS
        if (c == 'p' && (flags & RE_UNICODE_SETS)) {  // may be a property of strings: a class set
            pos--;
            parseClassSet(true);
            return;
        }
#endif
        if (c >= '1' && c <= '9') {
            uint32_t save = pos, v;
            number(&v);
            if (v <= groupTotal) {
                emit(RX_BACKREF | dir() | (v << 8) | backrefBits());
                return;
            }
            if (unicode()) {
                fail(RE_REASON("Invalid escape"));
                return;
            }
            pos = save;
            if (c >= '8') {
                pos++;
                emitChar(c);
            } else {
                emitChar(octal());
            }
            return;
        }
        if (c == 'k' && (namesUnits || unicode())) {
            // \k<name>: a backreference by name (an identity escape in a
            // pattern that names no group, Annex B).
            if (peek(1) != '<') {
                fail(RE_REASON("Invalid named reference"));
                return;
            }
            uint32_t i = pos + 2, at = namesUnits, length = 0, found = 0;
            if (!readGroupName(&i, &length)) return;
#if ENG_REGEXP_ES2025
            // Every group of the name: at most one of them took part, and the
            // others (undefined) match empty.
            for (uint32_t k = 0; k + 2 <= at; k += 2 + names[k + 1]) {
                if (names[k + 1] != length || memcmp(names + k + 2, names + at + 2, length * 2u) != 0) continue;
                emit(RX_BACKREF | dir() | (static_cast<uint32_t>(names[k]) << 8) | backrefBits());
                found++;
            }
#else
            found = regexpGroupNamedIn(names, at, names + at + 2, length);
            if (found) emit(RX_BACKREF | dir() | (found << 8) | backrefBits());
#endif
            namesUnits = at;  // only looked up
            if (!found) {
                fail(RE_REASON("Invalid named capture referenced"));
                return;
            }
            pos = i;
            return;
        }
        if (c == '0') {
            if (isDigit(peek(1)) && unicode()) fail(RE_REASON("Invalid decimal escape"));
            else if (isDigit(peek(1))) emitChar(octal());
            else {
                pos++;
                emitChar(0);
            }
            return;
        }
        uint32_t start = n;
        // With v and i, \P{...} is the complement of the case folded set: no
        // character of the same folding is in it (the class's invert bit).
        bool invert = ENG_REGEXP_SETS && c == 'P' && (flags & RE_UNICODE_SETS) && (flags & RE_IGNORE_CASE);
        if (classEscapeSet(invert ? 'p' : c)) {
            // Re-shape the ranges just added as a class instruction.
            uint32_t count = (n - start) / stride();
            if (!insert(start, 2)) return;
            code[start] = RX_CLASS | dir() | classBits() | (invert ? 1u << 8 : 0);
            code[start + 1] = count;
            pos++;
            return;
        }
        int32_t v = characterEscape(false);
        if (failed()) return;
        if (v >= 0) {
            emitChar(static_cast<uint32_t>(v));
            return;
        }
        if (unicode() && !identityEscapeAllowed(c, false)) {
            fail(RE_REASON("Invalid escape"));
            return;
        }
        pos++;
        emitChar(c);  // identity escape
    }

    void parseTerm() {
        uint32_t c = peek();
        uint32_t atomStart = n;
        uint32_t groupsBefore = groupNext;
        switch (c) {
        case '^': pos++; emit(RX_BOL | multilineBit()); return;
        case '$': pos++; emit(RX_EOL | multilineBit()); return;
        case '\\':
            if (peek(1) == 'b' || peek(1) == 'B') {
                emit((peek(1) == 'b' ? RX_WORDB : RX_NWORDB) |
                     (ENG_REGEXP_MODIFIERS && unicode() && (flags & RE_IGNORE_CASE) ? RX_FLAG : 0));
                pos += 2;
                return;
            }
            atomEscape();
            break;
        case '*':
        case '+':
        case '?':
            fail(RE_REASON("Nothing to repeat"));
            return;
        case '{': {
            uint32_t a, b;
            if (unicode()) {
                fail(RE_REASON("Lone quantifier brackets"));
                return;
            }
            if (braceQuantifier(&a, &b)) {
                fail(RE_REASON("Nothing to repeat"));
                return;
            }
            pos++;
            emitChar(c);
            break;
        }
        case '[':
            pos++;
#if ENG_REGEXP_SETS
            if (flags & RE_UNICODE_SETS) {
                parseClassSet();
                break;
            }
#endif
            parseClass();
            break;
        case '.':
            pos++;
            if (flags & RE_DOT_ALL) {  // dotAll: any unit, as [^] matches
                emit(RX_CLASS | dir() | 1u << 8 | (unicode() ? RX_CLASS_WIDE : 0));
                emit(0);
            } else {
                emit(RX_ANY | dir());
            }
            break;
        case '}':
        case ']':
            if (unicode()) {
                fail(RE_REASON("Lone quantifier brackets"));
                return;
            }
            pos++;
            emitChar(c);
            break;
        default:
            emitChar(patternChar());
            break;
        }
        if (failed()) return;
        quantifier(atomStart, groupsBefore);
    }

    void quantifier(uint32_t atomStart, uint32_t groupsBefore) {
        uint32_t min, max;
        uint32_t c = peek();
        if (c == '*') { min = 0; max = INFINITE; pos++; }
        else if (c == '+') { min = 1; max = INFINITE; pos++; }
        else if (c == '?') { min = 0; max = 1; pos++; }
        else if (c == '{') {
            if (!braceQuantifier(&min, &max)) return;
            if (min > max) {
                fail(RE_REASON("numbers out of order in {} quantifier"));
                return;
            }
        } else {
            return;
        }
        bool greedy = true;
        if (peek() == '?') {
            greedy = false;
            pos++;
        }
        uint32_t atomLen = n - atomStart;
        if ((min == 1 && max == 1) || atomLen == 0) return;  // an empty atom matches empty however often
        uint32_t op = opOf(code[atomStart]);
        bool simple = (op == RX_CHAR || op == RX_CHARI || op == RX_ANY) ? atomLen == 1
                      : op == RX_CLASS ? atomLen == classWords(code, atomStart)
                                       : false;
        if (simple) {
            if (!insert(atomStart, SIMPLE_LOOP_WORDS)) return;
            code[atomStart] = RX_SIMPLE_LOOP | (greedy ? 1u << 8 : 0);
            code[atomStart + 1] = min;
            code[atomStart + 2] = max;
            return;
        }
        uint32_t id = loopNext++;
        if (id >= (1u << 20)) {
            fail(RE_REASON("Regular expression too large"));
            return;
        }
        uint32_t head = 1 + LOOP_TEST_WORDS + LOOP_ITER_WORDS;
        if (!insert(atomStart, head)) return;
        uint32_t test = atomStart + 1;
        code[atomStart] = RX_LOOP_INIT | (id << 8);
        code[test] = RX_LOOP_TEST | (id << 8);
        code[test + 1] = min;
        code[test + 2] = max;
        code[test + 3] = greedy ? 1 : 0;
        code[test + 4] = groupsBefore;
        code[test + 5] = groupNext;
        uint32_t iter = test + LOOP_TEST_WORDS;
        code[iter] = RX_LOOP_ITER | (id << 8);
        code[iter + 1] = groupsBefore;
        code[iter + 2] = groupNext;
        uint32_t end = n;
        emit(RX_LOOP_END | (id << 8));
        emit(min);
        emit(static_cast<uint32_t>(static_cast<int32_t>(test) - static_cast<int32_t>(end)));
        if (oom) return;
        code[test + 6] = n - test;
    }

    bool pushOpen(const Open &o) {
        if (openCount == ENG_REGEXP_DEPTH_LIMIT) return fail(RE_REASON("Regular expression too deeply nested"));
        if (openCount == openCap) {
            uint32_t ncap = openCap ? openCap * 2 : 8;
            if (ncap > ENG_REGEXP_DEPTH_LIMIT) ncap = ENG_REGEXP_DEPTH_LIMIT;
            Open *p = static_cast<Open *>(heapRealloc(h, opens, openCap * sizeof(Open), ncap * sizeof(Open)));
            if (!p) {
                oom = true;
                return false;
            }
            opens = p;
            openCap = ncap;
        }
        opens[openCount++] = o;
        return true;
    }

    // "(" at pos: emits the group's opening code and pushes it.
    void openGroup(uint32_t start, uint32_t jumps) {
#if ENG_REGEXP_MODIFIERS
        Open o{n, groupNext, '(', 0, start, jumps, backward, flags};
#else
        Open o{n, groupNext, '(', 0, start, jumps, backward};
#endif
        pos++;
        if (peek() == '?' && peek(1) == '<' && peek(2) != '=' && peek(2) != '!') {
            // (?<name>: a capturing group (countGroups checked and recorded the name).
            while (more() && peek() != '>') pos++;
            pos++;
            o.group = groupNext++;
            emit(RX_SAVE | ((2 * o.group + (backward ? 1 : 0)) << 8));
        } else if (peek() == '?') {
            uint32_t k = peek(1);
#if ENG_REGEXP_LOOKBEHIND
            if (k == '<' && (peek(2) == '=' || peek(2) == '!')) {
                pos++;
                k = peek(1) == '=' ? '<' : '>';
            }
#endif
#if ENG_REGEXP_MODIFIERS
            if (k == 'i' || k == 'm' || k == 's' || k == '-') {
                pos++;
                if (!modifiers()) return;
                k = ':';
                pos--;  // on the ":" less one, as after "(" of "(?:"
            }
#endif
            if (k != '=' && k != '!' && k != ':' && k != '<' && k != '>') {
                fail(RE_REASON("Invalid group"));
                return;
            }
            pos += 2;
            o.kind = k;
            if (k != ':') {
                emit(RX_LOOK | (k == '!' || k == '>' ? 1u << 8 : 0));
                emit(0);
                emit(o.groupsBefore);
                emit(0);
                backward = k == '<' || k == '>';  // a lookahead inside a lookbehind reads forwards again
            }
        } else {
            o.group = groupNext++;
            // Backwards, the group's end is reached first.
            emit(RX_SAVE | ((2 * o.group + (backward ? 1 : 0)) << 8));
        }
        if (!failed()) pushOpen(o);
    }

#if ENG_REGEXP_MODIFIERS
    // (?ims-ims: with pos at the first modifier: each of i, m, s at most
    // once in both lists, not both empty; the flags change until ")". pos
    // ends on the ":".
    bool modifiers() {
        uint32_t add = 0, remove = 0, *into = &add;
        bool dash = false;
        for (;; pos++) {
            uint32_t c = peek(), bit;
            if (c == ':') break;
            if (c == '-' && !dash) {
                dash = true;
                into = &remove;
                continue;
            }
            bit = c == 'i' ? uint32_t{RE_IGNORE_CASE} : c == 'm' ? uint32_t{RE_MULTILINE} : c == 's' ? uint32_t{RE_DOT_ALL} : 0u;
            if (!bit || ((add | remove) & bit)) return fail(RE_REASON("Invalid group"));
            *into |= bit;
        }
        if (dash && !add && !remove) return fail(RE_REASON("Invalid group"));
        flags = (flags | add) & ~remove;
        return true;
    }
#endif

    // ")" at pos closing the innermost open group: its closing code, then
    // its quantifier.
    void closeGroup(const Open &o) {
        pos++;
        if (o.kind == '(') {
            emit(RX_SAVE | ((2 * o.group + (backward ? 0 : 1)) << 8));
        } else if (o.kind != ':') {
            emit(RX_LOOK_END);
            if (oom) return;
            code[o.atomStart + 1] = n - o.atomStart;
            code[o.atomStart + 3] = groupNext;
        }
        backward = o.backward;
#if ENG_REGEXP_MODIFIERS
        flags = o.flags;
#endif
        // A lookbehind takes no quantifier, nor with u a lookahead.
        if (o.kind == '<' || o.kind == '>' || (unicode() && (o.kind == '=' || o.kind == '!'))) {
            uint32_t a, b;
            uint32_t c = peek();
            if (c == '*' || c == '+' || c == '?' || (c == '{' && braceQuantifier(&a, &b))) fail(RE_REASON("Nothing to repeat"));
            return;
        }
        if (!failed()) quantifier(o.atomStart, o.groupsBefore);
    }

    // Backwards, the term just parsed at [termStart, n) goes to the front of
    // the alternative that begins at altStart, so the alternative's terms
    // run last to first.
    void placeTerm(uint32_t altStart, uint32_t termStart) {
        if (!RX_BACK || !backward || failed() || termStart == altStart) return;
        reverseWords(altStart, termStart);
        reverseWords(termStart, n);
        reverseWords(altStart, n);
    }
    void reverseWords(uint32_t from, uint32_t to) {
        while (from + 1 < to) {
            uint32_t t = code[from];
            code[from++] = code[--to];
            code[to] = t;
        }
    }

    // Points the JMP placeholders chained through their operands (the ends
    // of a disjunction's alternatives) at the current end.
    void patchJumps(uint32_t jumps) {
        while (jumps != INFINITE) {
            uint32_t next = code[jumps + 1];
            code[jumps + 1] = n - jumps;
            jumps = next;
        }
    }

    // The whole pattern, without recursion. start is where the current
    // alternative of the innermost disjunction begins (a SPLIT goes there
    // when a "|" follows), jumps the chain of its alternatives' JMPs.
    void parsePattern() {
        uint32_t start = n, jumps = INFINITE;
        while (!failed()) {
            uint32_t c = peek();
            if (c == '|') {
                pos++;
                if (!insert(start, 2)) break;
                code[start] = RX_SPLIT;
                uint32_t j = n;
                emit(RX_JMP);
                emit(jumps);
                if (oom) break;
                jumps = j;
                code[start + 1] = n - start;
                start = n;
            } else if (c == '(') {
                openGroup(start, jumps);
                start = n;
                jumps = INFINITE;
            } else if (!more() || c == ')') {
                patchJumps(jumps);
                if (openCount == 0) break;  // the end, or an unmatched ")" the caller reports
                if (!more()) {
                    fail(RE_REASON("Unterminated group"));
                    break;
                }
                Open o = opens[--openCount];
                start = o.start;
                jumps = o.jumps;
                closeGroup(o);
                placeTerm(start, o.atomStart);
            } else {
                uint32_t termStart = n;
                parseTerm();
                placeTerm(start, termStart);
            }
        }
        if (opens) heapFree(h, opens, openCap * sizeof(Open));
        opens = nullptr;
        openCount = openCap = 0;
    }

    // A code unit every match must contain (case-sensitive patterns only).
    int32_t requiredChar() const {
        if (flags & RE_IGNORE_CASE) return -1;
        uint32_t pc = 0;
        while (pc < n) {
            uint32_t w = code[pc];
            switch (w & 0xff) {
            case RX_CHAR: return (w >> 8) < 0xd800 ? static_cast<int32_t>(w >> 8) : -1;
            case RX_BOL: case RX_EOL: case RX_WORDB: case RX_NWORDB: case RX_SAVE: case RX_ANY: case RX_BACKREF:
                pc++;
                break;
            case RX_CLASS: pc += classWords(code, pc); break;
            case RX_LOOK: pc += code[pc + 1]; break;
            case RX_LOOP_INIT: pc += 1 + code[pc + 1 + 6]; break;
            case RX_SIMPLE_LOOP: {
                uint32_t atom = pc + SIMPLE_LOOP_WORDS;
                if (code[pc + 1] > 0 && (code[atom] & 0xff) == RX_CHAR && (code[atom] >> 8) < 0xd800)
                    return static_cast<int32_t>(code[atom] >> 8);
                pc = atom + ((code[atom] & 0xff) == RX_CLASS ? classWords(code, atom) : 1);
                break;
            }
            default:
                return -1;
            }
        }
        return -1;
    }
};

Status syntaxError(Heap &h, const uint16_t *pattern, uint32_t length, uint32_t flags, const char *reason) {
#if !ENG_USE_COMPILER_MESSAGES
    (void)pattern, (void)length, (void)flags, (void)reason;
    return throwError(h, PROTO_SYNTAX_ERROR, "Syntax error");  // as the compiler's, without its texts
#endif
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("Invalid regular expression: /"));
    for (uint32_t i = 0; i < length; i++) ENG_TRY(b.appendUnit(pattern[i]));
    ENG_TRY(b.appendAscii("/"));
    if (flags & RE_HAS_INDICES) ENG_TRY(b.appendAscii("d"));
    if (flags & RE_GLOBAL) ENG_TRY(b.appendAscii("g"));
    if (flags & RE_IGNORE_CASE) ENG_TRY(b.appendAscii("i"));
    if (flags & RE_MULTILINE) ENG_TRY(b.appendAscii("m"));
    if (flags & RE_DOT_ALL) ENG_TRY(b.appendAscii("s"));
    if (flags & RE_UNICODE) ENG_TRY(b.appendAscii("u"));
#if ENG_REGEXP_SETS
    if (flags & RE_UNICODE_SETS) ENG_TRY(b.appendAscii("v"));
#endif
    if (flags & RE_STICKY) ENG_TRY(b.appendAscii("y"));
    ENG_TRY(b.appendAscii(": "));
    ENG_TRY(b.appendAscii(reason));
    HString *message = b.finish();
    if (!message) return Status::Error;
    JSObject *e = newError(h, PROTO_SYNTAX_ERROR, message);
    if (!e) return Status::Error;
    return throwValue(h, Value::pointer(e));
}

}  // namespace

Status regexpCompile(Heap &h, const uint16_t *pattern, uint32_t length, uint32_t flags, RegExpProgram *out) {
    out->code = nullptr;
    out->codeWords = 0;
    out->names = nullptr;
    out->namesUnits = 0;
    Compiler c(h, pattern, length, flags);
    c.countGroups();
    c.parsePattern();
#if ENG_REGEXP_SETS
    c.freeSetState();
#endif
    if (!c.failed() && c.more()) c.fail(RE_REASON("Unmatched ')'"));
    c.emit(RX_MATCH);
    if (c.failed()) {
        if (c.code) heapFree(h, c.code, c.cap * 4u);
        if (c.names) heapFree(h, c.names, c.namesCap * 2u);
        if (c.oom) return throwOutOfMemory(h);
        return syntaxError(h, pattern, length, flags, c.error);
    }
    // Shrink to the exact size so that the owner can free it with codeWords.
    if (c.cap != c.n) {
        uint32_t *p = static_cast<uint32_t *>(heapRealloc(h, c.code, c.cap * 4u, c.n * 4u));
        if (!p) {
            heapFree(h, c.code, c.cap * 4u);
            if (c.names) heapFree(h, c.names, c.namesCap * 2u);
            return throwOutOfMemory(h);
        }
        c.code = p;
    }
    if (c.names && c.namesCap != c.namesUnits) {  // exact, so that the owner frees namesUnits
        uint16_t *p = static_cast<uint16_t *>(heapRealloc(h, c.names, c.namesCap * 2u, c.namesUnits * 2u));
        if (!p) {
            heapFree(h, c.code, c.n * 4u);
            heapFree(h, c.names, c.namesCap * 2u);
            return throwOutOfMemory(h);
        }
        c.names = p;
    }
    out->code = c.code;
    out->codeWords = c.n;
    out->names = c.names;
    out->namesUnits = c.namesUnits;
    out->groupCount = c.groupNext;
    out->loopCount = c.loopNext;
    out->flags = flags;
    out->requiredChar = c.requiredChar();
    return Status::Ok;
}

void regexpFreeProgram(Heap &h, RegExpProgram *p) {
    if (p->code) heapFree(h, p->code, p->codeWords * 4u);
    if (p->names) heapFree(h, p->names, p->namesUnits * 2u);
    p->code = nullptr;
    p->codeWords = 0;
    p->names = nullptr;
    p->namesUnits = 0;
}

uint32_t regexpGroupNamed(const RegExpProgram &p, const uint16_t *name, uint32_t length) {
    return regexpGroupNamedIn(p.names, p.namesUnits, name, length);
}

bool regexpParseFlags(const HString *flags, uint32_t *out) {
    uint32_t f = 0;
    for (uint32_t i = 0; i < flags->length; i++) {
        uint32_t bit;
        switch (flags->at(i)) {
        case 'g': bit = RE_GLOBAL; break;
        case 'i': bit = RE_IGNORE_CASE; break;
        case 'm': bit = RE_MULTILINE; break;
        case 's': bit = RE_DOT_ALL; break;
        case 'y': bit = RE_STICKY; break;
#if ENG_REGEXP_UNICODE
        case 'u': bit = RE_UNICODE; break;
#endif
#if ENG_REGEXP_SETS
        case 'v': bit = RE_UNICODE_SETS; break;
#endif
#if ENG_REGEXP_INDICES
        case 'd': bit = RE_HAS_INDICES; break;
#endif
        default: return false;
        }
        if (f & bit) return false;
        f |= bit;
    }
#if ENG_REGEXP_SETS
    if ((f & RE_FULL_UNICODE) == RE_FULL_UNICODE) return false;  // u and v exclude each other
#endif
    *out = f;
    return true;
}

}  // namespace eng
