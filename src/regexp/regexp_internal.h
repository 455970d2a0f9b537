// Shared by the regexp compiler and matcher: the instruction set and the
// character helpers. Instructions are 32-bit words: the opcode in the low
// 8 bits, a small operand (a code unit, slot, group or loop id) above it,
// and further operand words after it. Jump offsets are signed and relative
// to the instruction's first word, so code can be moved as a block.
#ifndef ENG_REGEXP_REGEXP_INTERNAL_H
#define ENG_REGEXP_REGEXP_INTERNAL_H

#include <stdint.h>

namespace eng {
namespace re {

enum Op : uint8_t {
    RX_MATCH,       // success
    RX_CHAR,        // |c: one code unit
    RX_CHARI,       // |c: one code unit, canonicalized (ignoreCase)
    RX_ANY,         // . : anything but a line terminator
    RX_CLASS,       // |invert, count, count words (lo | hi << 16), sorted and disjoint
    RX_BOL,         // ^
    RX_EOL,         // $
    RX_WORDB,       // \b
    RX_NWORDB,      // \B
    RX_SAVE,        // |slot: captures[slot] = position
    RX_SPLIT,       // off: try the next instruction, on failure pc + off
    RX_JMP,         // off
    RX_BACKREF,     // |group
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
constexpr uint32_t RX_BACK = 0x80;
inline uint32_t opOf(uint32_t w) { return w & 0x7f; }

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

}  // namespace re
}  // namespace eng

#endif
