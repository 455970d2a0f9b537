// Shared by the regexp compiler and matcher: the instruction set and the
// character helpers. Instructions are 32-bit words: the opcode in the low
// 8 bits, a small operand (a code unit, slot, group or loop id) above it,
// and further operand words after it. Jump offsets are signed and relative
// to the instruction's first word, so code can be moved as a block.
#ifndef ENG_REGEXP_REGEXP_INTERNAL_H
#define ENG_REGEXP_REGEXP_INTERNAL_H

#include <stdint.h>

#include "config.h"

namespace eng {
namespace re {

enum Op : uint8_t {
    RX_MATCH,       // success
    RX_CHAR,        // |c: one code unit
    RX_CHARI,       // |c: one code unit, canonicalized (ignoreCase)
    RX_ANY,         // . : anything but a line terminator
    RX_CLASS,       // |invert | wide << 1 | ignoreCase << 2, count, count ranges (lo | hi << 16, or wide: lo, hi), sorted and disjoint
    RX_BOL,         // ^   |multiline
    RX_EOL,         // $   |multiline
    RX_WORDB,       // \b  |unicode ignoreCase (long s and Kelvin are word characters)
    RX_NWORDB,      // \B  |unicode ignoreCase
    RX_SAVE,        // |slot: captures[slot] = position
    RX_SPLIT,       // off: try the next instruction, on failure pc + off
    RX_JMP,         // off
    RX_BACKREF,     // |group, RX_BACKREF_ICASE
    RX_LOOK,        // |negative, off (past LOOK_END), firstGroup, endGroup (lookahead or lookbehind)
    RX_LOOK_END,
    RX_LOOP_INIT,   // |id: count = 0
    RX_LOOP_TEST,   // |id, min, max, greedy, firstGroup, endGroup, exitOff; LOOP_ITER follows
    RX_LOOP_ITER,   // |id, firstGroup, endGroup: clears the groups, start = position; body follows
    RX_LOOP_END,    // |id, min, backOff (to LOOP_TEST): empty check, count++
    RX_SIMPLE_LOOP  // |greedy, min, max; one CHAR/CHARI/ANY/CLASS follows
};

// On CHAR, CHARI, ANY, CLASS and BACKREF (and the atom of a SIMPLE_LOOP):
// the atom reads the input backwards, before the position (lookbehind).
// Without ENG_REGEXP_LOOKBEHIND it is 0, so the backward paths compile away.
#if ENG_REGEXP_LOOKBEHIND
constexpr uint32_t RX_BACK = 0x80;
#else
constexpr uint32_t RX_BACK = 0;
#endif
inline uint32_t opOf(uint32_t w) { return w & 0x7f; }

// On CLASS: each range is two words, lo and hi (code points, u flag).
constexpr uint32_t RX_CLASS_WIDE = 1u << 9;
inline uint32_t classStride(uint32_t w) { return (w & RX_CLASS_WIDE) ? 2 : 1; }
inline uint32_t classWords(const uint32_t *code, uint32_t pc) { return 2 + code[pc + 1] * classStride(code[pc]); }
inline uint32_t rangeLo(const uint32_t *r, uint32_t i, uint32_t stride) { return stride == 2 ? r[2 * i] : r[i] & 0xffff; }
inline uint32_t rangeHi(const uint32_t *r, uint32_t i, uint32_t stride) { return stride == 2 ? r[2 * i + 1] : r[i] >> 16; }

// The flags an instruction matches with are its own bits, not the
// program's, so that modifiers (?i:...) can change them for a group.
constexpr uint32_t RX_FLAG = 1u << 8;             // BOL, EOL: multiline; WORDB, NWORDB: u and i
constexpr uint32_t RX_CLASS_ICASE = 1u << 10;     // CLASS: ignoreCase
constexpr uint32_t RX_BACKREF_ICASE = 1u << 31;   // BACKREF: ignoreCase
inline uint32_t backrefGroup(uint32_t w) { return ENG_REGEXP_MODIFIERS ? (w >> 8) & 0x7fffff : w >> 8; }

constexpr uint32_t INFINITE = 0xffffffffu;
constexpr uint32_t LOOP_TEST_WORDS = 7;
constexpr uint32_t LOOP_ITER_WORDS = 3;
constexpr uint32_t SIMPLE_LOOP_WORDS = 3;

inline bool isLineTerminator(uint32_t c) { return c == 0x0a || c == 0x0d || c == 0x2028 || c == 0x2029; }
inline bool isWordChar(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Canonicalize (15.10.2.8): simple upper case, but never from non-ASCII to ASCII.
uint16_t canonicalize(uint16_t c);
// One lower-case code unit whose canonical form is c (c itself when none).
uint16_t lowerOf(uint16_t c);
// Canonicalize with the u flag: simple case folding (CaseFolding.txt C+S).
uint32_t foldCase(uint32_t c);
// Whether a class (ranges r, count, stride) holds a character other than
// c whose simple case folding is c's (u flag with i).
bool classHoldsFold(const uint32_t *r, uint32_t count, uint32_t stride, uint32_t c);
// Whether c is in one of a class's ranges (binary search).
template <uint32_t Stride>
inline bool inRangesOf(const uint32_t *r, uint32_t count, uint32_t c) {
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c < rangeLo(r, mid, Stride)) hi = mid;
        else if (c > rangeHi(r, mid, Stride)) lo = mid + 1;
        else return true;
    }
    return false;
}
inline bool inRanges(const uint32_t *r, uint32_t count, uint32_t stride, uint32_t c) {
    return stride == 2 ? inRangesOf<2>(r, count, c) : inRangesOf<1>(r, count, c);
}

}  // namespace re
}  // namespace eng

#endif
