// The backtracking matcher. All backtracking state lives in an explicit
// stack of fixed-size records allocated through the heap allocator and
// bounded by ENG_REGEXP_STACK_LIMIT; the C stack use is constant.
//
// Records (three words: kind | operand << 8, a, b):
//   CHOICE  |pc, position              resume there
//   CAPTURE |slot, old value           undo a capture write
//   LOOP    |id, old count, old start  undo a loop register write
//   LOOK    |negative | continuation << 1, position, previous look: the
//           start of a lookahead or lookbehind
//   SIMPLE  |pc of the SIMPLE_LOOP, position, count: give back (greedy) or
//           take (lazy) one more repetition of a one-character atom
// Repetition follows 15.10.2.5 RepeatMatcher: the groups inside the atom are
// cleared before each iteration, and an iteration beyond the minimum that
// matches the empty string fails, so loops always terminate.
// A character is a code unit, or with the u flag a code point (a surrogate
// pair is one, two units wide); atoms marked RX_BACK (lookbehind) read the
// character that ends at the position and move back over it.
#include <string.h>

#include "regexp/regexp.h"
#include "regexp/regexp_internal.h"
#include "strings/case_map.h"
#include "strings/case_tables.h"
#include "vm/errors.h"
#include "vm/interrupt.h"

namespace eng {

using namespace re;

namespace {

enum RecordKind : uint32_t { BT_CHOICE, BT_CAPTURE, BT_LOOP, BT_LOOK, BT_SIMPLE };

struct Record {
    uint32_t kind;  // RecordKind | operand << 8
    uint32_t a, b;
};

constexpr uint32_t NO_LOOK = 0xffffffffu;

struct Matcher {
    Heap &h;
    const RegExpProgram &p;
    const uint32_t *code;
    const uint8_t *in8;
    const uint16_t *in16;
    uint32_t length;
    int32_t *caps;        // 2 * groupCount
    uint32_t *loopCount;  // loopCount entries
    uint32_t *loopStart;
    Record *stack = nullptr;
    uint32_t sp = 0;
    uint32_t stackCap = 0;  // records
    bool overflow = false;
    bool oom = false;
    bool interrupted = false;  // the interrupt stopped the match (its error is pending)

    Matcher(Heap &heap, const RegExpProgram &prog) : h(heap), p(prog), code(prog.code) {}

#if ENG_REGEXP_UNICODE
    bool unicode = false;  // u: characters are code points (a surrogate pair is one)
#else
    static constexpr bool unicode = false;  // the code point paths compile away
#endif

    uint32_t charWidth(uint32_t pos) const {
        uint32_t width;
        charAt(pos, &width);
        return width;
    }

    uint32_t at(uint32_t i) const { return in8 ? in8[i] : in16[i]; }
    // The character at pos (pos < length), and its width in units.
    uint32_t charAt(uint32_t pos, uint32_t *width) const {
        uint32_t c = at(pos);
        *width = 1;
        if (unicode && c >= 0xd800 && c <= 0xdbff && pos + 1 < length) {
            uint32_t t = at(pos + 1);
            if (t >= 0xdc00 && t <= 0xdfff) {
                *width = 2;
                return 0x10000 + ((c - 0xd800) << 10) + (t - 0xdc00);
            }
        }
        return c;
    }
    // The character that ends at pos (pos > 0), and its width in units.
    uint32_t charBefore(uint32_t pos, uint32_t *width) const {
        uint32_t c = at(pos - 1);
        *width = 1;
        if (unicode && c >= 0xdc00 && c <= 0xdfff && pos >= 2) {
            uint32_t l = at(pos - 2);
            if (l >= 0xd800 && l <= 0xdbff) {
                *width = 2;
                return 0x10000 + ((l - 0xd800) << 10) + (c - 0xdc00);
            }
        }
        return c;
    }

    bool push(uint32_t kind, uint32_t a, uint32_t b) {
        if (sp == stackCap) {
            uint32_t ncap = stackCap ? stackCap * 2 : 64;
            uint32_t limit = static_cast<uint32_t>(ENG_REGEXP_STACK_LIMIT / sizeof(Record));
            if (ncap > limit) ncap = limit;
            if (ncap <= stackCap) {
                overflow = true;
                return false;
            }
            Record *s = static_cast<Record *>(heapRealloc(h, stack, stackCap * sizeof(Record), ncap * sizeof(Record)));
            if (!s) {
                oom = true;
                return false;
            }
            stack = s;
            stackCap = ncap;
        }
        stack[sp++] = Record{kind, a, b};
        return true;
    }
    bool setCapture(uint32_t slot, int32_t v) {
        if (!push(BT_CAPTURE | (slot << 8), static_cast<uint32_t>(caps[slot]), 0)) return false;
        caps[slot] = v;
        return true;
    }
    bool setLoop(uint32_t id, uint32_t count, uint32_t start) {
        if (!push(BT_LOOP | (id << 8), loopCount[id], loopStart[id])) return false;
        loopCount[id] = count;
        loopStart[id] = start;
        return true;
    }

    bool matchClass(uint32_t pc, uint32_t c) const {
        uint32_t count = code[pc + 1];
        const uint32_t *r = code + pc + 2;
        bool invert = ((code[pc] >> 8) & 1) != 0;
        uint32_t stride = classStride(code[pc]);
        bool found = stride == 1 ? inRangesOf<1>(r, count, c) : inRangesOf<2>(r, count, c);
        // The class's own flag with modifiers, else the program's.
#if ENG_REGEXP_MODIFIERS
        bool icase = (code[pc] & RX_CLASS_ICASE) != 0;
#else
#define icase (p.flags & RE_IGNORE_CASE)
#endif
#if ENG_REGEXP_UNICODE
        if (!found && unicode && icase) return classHoldsFold(r, count, stride, c) != invert;
#endif
        if (!found && icase) {
            uint16_t up = canonicalize(static_cast<uint16_t>(c));
            found = (up != c && inRangesOf<1>(r, count, up));
            if (!found) {
                uint16_t low = lowerOf(up);
                found = low != c && low != up && canonicalize(low) == up && inRangesOf<1>(r, count, low);
            }
            // Other units with the same canonical form (ǅ for Ǆ, ς for Σ).
            uint32_t n = 0;
            const CaseVariant *v = found ? nullptr : caseVariantsOf(up, &n);
            for (uint32_t i = 0; i < n && !found; i++) found = v[i].unit != c && inRangesOf<1>(r, count, v[i].unit);
        }
        return found != invert;
#undef icase
    }
    // Canonicalize (22.2.2.7.3) of a character of the input.
    uint32_t canon(uint32_t c) const {
#if ENG_REGEXP_UNICODE
        if (unicode) return foldCase(c);
#endif
        return canonicalize(static_cast<uint16_t>(c));
    }
    // Whether the one-character atom at pc (CHAR, CHARI, ANY or CLASS)
    // matches the character at *pos (before it, for RX_BACK); if so *pos
    // moves past it.
    __attribute__((noinline)) bool stepAtom(uint32_t pc, uint32_t *pos) const {
        uint32_t w = code[pc], c, width;
        if (!(w & RX_BACK) && !unicode) {  // one unit forwards
            if (*pos >= length) return false;
            c = at(*pos);
            width = 1;
        } else if (w & RX_BACK) {
            if (*pos == 0) return false;
            c = charBefore(*pos, &width);
        } else {
            if (*pos >= length) return false;
            c = charAt(*pos, &width);
        }
        bool ok;
        switch (opOf(w)) {
        case RX_CHAR: ok = c == (w >> 8); break;
        case RX_CHARI: ok = canon(c) == (w >> 8); break;
        case RX_ANY: ok = !isLineTerminator(c); break;
        default: ok = matchClass(pc, c); break;
        }
        if (!ok) return false;
        *pos = (w & RX_BACK) ? *pos - width : *pos + width;
        return true;
    }
    // Whether the forward atom at pc matches the unit at pos (no u flag).
    bool unitMatches(uint32_t pc, uint32_t pos) const {
        if (pos >= length) return false;
        uint32_t w = code[pc];
        uint32_t c = at(pos);
        switch (opOf(w)) {
        case RX_CHAR: return c == (w >> 8);
        case RX_CHARI: return canonicalize(static_cast<uint16_t>(c)) == (w >> 8);
        case RX_ANY: return !isLineTerminator(c);
        default: return matchClass(pc, c);
        }
    }
    uint32_t atomWords(uint32_t pc) const { return opOf(code[pc]) == RX_CLASS ? classWords(code, pc) : 1; }
    // Backreference g at *pos (ending at it, for RX_BACK); *pos moves past
    // the text matched.
    __attribute__((noinline)) bool stepBackref(uint32_t w, uint32_t *pos) const {
        uint32_t g = backrefGroup(w);
        int32_t s = caps[2 * g], e = caps[2 * g + 1];
        if (s < 0 || e < 0) return true;  // an undefined capture matches empty
        uint32_t len = static_cast<uint32_t>(e - s);
        bool back = (w & RX_BACK) != 0;
        if (back ? len > *pos : len > length - *pos) return false;
        uint32_t from = back ? *pos - len : *pos;
#if ENG_REGEXP_MODIFIERS
        bool icase = (w & RX_BACKREF_ICASE) != 0;
#else
        bool icase = (p.flags & RE_IGNORE_CASE) != 0;
#endif
        for (uint32_t k = 0; k < len;) {
            // By character: with u and i, a surrogate pair folds as one.
            uint32_t wx, wy;
            uint32_t x = charAt(static_cast<uint32_t>(s) + k, &wx), y = charAt(from + k, &wy);
            if (x != y && !(icase && canon(x) == canon(y))) return false;
            k += wx;
        }
        *pos = back ? from : from + len;
        return true;
    }

#if ENG_REGEXP_MODIFIERS
    // The flags an instruction matches with are its own bits (modifiers).
    bool isWordAt(int64_t i, uint32_t w) const {
        if (i < 0 || i >= length) return false;
        uint32_t c = at(static_cast<uint32_t>(i));
        // With u and i, long s and the Kelvin sign fold to word characters.
        return isWordChar(c) || (unicode && (w & RX_FLAG) && (c == 0x17f || c == 0x212a));
    }
    bool multilineAt(uint32_t w) const { return (w & RX_FLAG) != 0; }
#else
    // Without modifiers, the program's flags (the smallest code).
    bool isWordAt(int64_t i) const {
        if (i < 0 || i >= length) return false;
        uint32_t c = at(static_cast<uint32_t>(i));
        return isWordChar(c) || (unicode && (p.flags & RE_IGNORE_CASE) && (c == 0x17f || c == 0x212a));
    }
#endif

    // 1: match, 0: no match, -1: error (overflow or oom).
    int run(uint32_t startPos) {
        for (uint32_t i = 0; i < 2 * p.groupCount; i++) caps[i] = -1;
        sp = 0;
        uint32_t lookTop = NO_LOOK;
        uint32_t pc = 0;
        uint32_t pos = startPos;
#if !ENG_REGEXP_MODIFIERS
        bool multiline = (p.flags & RE_MULTILINE) != 0;
#define multilineAt(w) multiline
#endif
        const bool slow = unicode;  // u: every atom through stepAtom (a local: kept in a register)
        for (;;) {
            uint32_t w = code[pc];
            switch (opOf(w)) {
            case RX_MATCH:
                caps[0] = static_cast<int32_t>(startPos);
                caps[1] = static_cast<int32_t>(pos);
                return 1;
            // One unit forwards inline (the common case), else stepAtom.
            case RX_CHAR:
                if ((w & RX_BACK) || slow) goto step;
                if (pos < length && at(pos) == (w >> 8)) { pos++; pc++; continue; }
                goto fail;
            case RX_CHARI:
                if ((w & RX_BACK) || slow) goto step;
                if (pos < length && canonicalize(static_cast<uint16_t>(at(pos))) == (w >> 8)) { pos++; pc++; continue; }
                goto fail;
            case RX_ANY:
                if ((w & RX_BACK) || slow) goto step;
                if (pos < length && !isLineTerminator(at(pos))) { pos++; pc++; continue; }
                goto fail;
            case RX_CLASS:
                if ((w & RX_BACK) || slow) goto step;
                if (pos < length && matchClass(pc, at(pos))) { pos++; pc += classWords(code, pc); continue; }
                goto fail;
            step:
                if (stepAtom(pc, &pos)) { pc += atomWords(pc); continue; }
                goto fail;
            case RX_BOL:
                if (pos == 0 || (multilineAt(w) && isLineTerminator(at(pos - 1)))) { pc++; continue; }
                goto fail;
            case RX_EOL:
                if (pos == length || (multilineAt(w) && isLineTerminator(at(pos)))) { pc++; continue; }
                goto fail;
            case RX_WORDB:
            case RX_NWORDB: {
#if ENG_REGEXP_MODIFIERS
                bool b = isWordAt(static_cast<int64_t>(pos) - 1, w) != isWordAt(pos, w);
#else
                bool b = isWordAt(static_cast<int64_t>(pos) - 1) != isWordAt(pos);
#endif
                if (b == ((w & 0xff) == RX_WORDB)) { pc++; continue; }
                goto fail;
            }
            case RX_SAVE:
                if (!setCapture(w >> 8, static_cast<int32_t>(pos))) return -1;
                pc++;
                continue;
            case RX_SPLIT:
                if (!push(BT_CHOICE | (pc + code[pc + 1]) << 8, pos, 0)) return -1;
                pc += 2;
                continue;
            case RX_JMP:
                pc += code[pc + 1];
                continue;
            case RX_BACKREF:
                if (stepBackref(w, &pos)) { pc++; continue; }
                goto fail;
            case RX_LOOK: {
                // Save the groups of the lookahead (restored when backtracking
                // past it), then the marker.
                for (uint32_t g = code[pc + 2]; g < code[pc + 3]; g++) {
                    if (!push(BT_CAPTURE | ((2 * g) << 8), static_cast<uint32_t>(caps[2 * g]), 0)) return -1;
                    if (!push(BT_CAPTURE | ((2 * g + 1) << 8), static_cast<uint32_t>(caps[2 * g + 1]), 0))
                        return -1;
                }
                if (!push(BT_LOOK | ((w >> 8) & 1) << 8 | (pc + code[pc + 1]) << 9, pos, lookTop)) return -1;
                lookTop = sp - 1;
                pc += 4;
                continue;
            }
            case RX_LOOK_END: {
                Record m = stack[lookTop];
                sp = lookTop;  // drop the marker and every choice inside the lookahead
                lookTop = m.b;
                if ((m.kind >> 8) & 1) goto fail;  // negative lookahead matched
                pos = m.a;
                pc = m.kind >> 9;
                continue;
            }
            case RX_LOOP_INIT:
                if (!setLoop(w >> 8, 0, pos)) return -1;
                pc++;
                continue;
            case RX_LOOP_TEST: {
                uint32_t id = w >> 8;
                uint32_t count = loopCount[id];
                uint32_t min = code[pc + 1], max = code[pc + 2];
                uint32_t iter = pc + LOOP_TEST_WORDS;
                uint32_t exit = pc + code[pc + 6];
                if (count < min) {
                    pc = iter;
                } else if (count >= max) {
                    pc = exit;
                } else if (code[pc + 3]) {  // greedy: iterate, else leave
                    if (!push(BT_CHOICE | exit << 8, pos, 0)) return -1;
                    pc = iter;
                } else {
                    if (!push(BT_CHOICE | iter << 8, pos, 0)) return -1;
                    pc = exit;
                }
                continue;
            }
            case RX_LOOP_ITER: {
                uint32_t id = w >> 8;
                for (uint32_t g = code[pc + 1]; g < code[pc + 2]; g++) {
                    if (caps[2 * g] >= 0 && !setCapture(2 * g, -1)) return -1;
                    if (caps[2 * g + 1] >= 0 && !setCapture(2 * g + 1, -1)) return -1;
                }
                if (!setLoop(id, loopCount[id], pos)) return -1;
                pc += LOOP_ITER_WORDS;
                continue;
            }
            case RX_LOOP_END: {
                uint32_t id = w >> 8;
                if (pos == loopStart[id] && loopCount[id] >= code[pc + 1]) goto fail;  // empty iteration
                if (!setLoop(id, loopCount[id] + 1, loopStart[id])) return -1;
                pc += static_cast<uint32_t>(static_cast<int32_t>(code[pc + 2]));
                continue;
            }
            case RX_SIMPLE_LOOP: {
                uint32_t min = code[pc + 1], max = code[pc + 2];
                uint32_t atom = pc + SIMPLE_LOOP_WORDS;
                uint32_t count = 0;
                if (!slow && !(code[atom] & RX_BACK)) {  // one unit forwards: inline
                    for (; count < min; count++, pos++)
                        if (!unitMatches(atom, pos)) goto fail;
                    if ((w >> 8) & 1)
                        for (; count < max && unitMatches(atom, pos); count++) pos++;
                } else {
                    for (; count < min; count++)
                        if (!stepAtom(atom, &pos)) goto fail;
                    if ((w >> 8) & 1)
                        while (count < max && stepAtom(atom, &pos)) count++;
                }
                if ((w >> 8) & 1) {
                    if (count > min && !push(BT_SIMPLE | pc << 8, pos, count)) return -1;
                } else if (count < max) {
                    if (!push(BT_SIMPLE | pc << 8, pos, count)) return -1;
                }
                pc = atom + atomWords(atom);
                continue;
            }
            default:
                return 0;  // not reached: the compiler emits only the above
#undef multilineAt
            }
        fail:
            // One backtrack is one step of the interrupt's count: a
            // catastrophic pattern is stopped as a loop would be.
            if (interruptPoll(h) != Status::Ok) {
                interrupted = true;
                return -1;
            }
            for (;;) {
                if (sp == 0) return 0;
                Record r = stack[--sp];
                uint32_t kind = r.kind & 0xff;
                if (kind == BT_CAPTURE) {
                    caps[r.kind >> 8] = static_cast<int32_t>(r.a);
                } else if (kind == BT_LOOP) {
                    loopCount[r.kind >> 8] = r.a;
                    loopStart[r.kind >> 8] = r.b;
                } else if (kind == BT_CHOICE) {
                    pc = r.kind >> 8;
                    pos = r.a;
                    break;
                } else if (kind == BT_LOOK) {
                    lookTop = r.b;
                    if ((r.kind >> 8) & 1) {  // negative lookahead: its body failed, so it succeeds
                        pos = r.a;
                        pc = r.kind >> 9;
                        break;
                    }
                } else {  // BT_SIMPLE
                    uint32_t lpc = r.kind >> 8;
                    uint32_t min = code[lpc + 1], max = code[lpc + 2];
                    uint32_t atom = lpc + SIMPLE_LOOP_WORDS;
                    uint32_t next = atom + atomWords(atom);
                    if ((code[lpc] >> 8) & 1) {  // greedy: give one back
                        uint32_t count = r.b - 1, width;
                        if (code[atom] & RX_BACK) {
                            charAt(r.a, &width);
                            pos = r.a + width;
                        } else {
                            charBefore(r.a, &width);
                            pos = r.a - width;
                        }
                        if (count > min && !push(BT_SIMPLE | lpc << 8, pos, count)) return -1;
                        pc = next;
                        break;
                    }
                    // lazy: take one more
                    pos = r.a;
                    if (!stepAtom(atom, &pos)) continue;
                    uint32_t count = r.b + 1;
                    if (count < max && !push(BT_SIMPLE | lpc << 8, pos, count)) return -1;
                    pc = next;
                    break;
                }
            }
        }
    }
};

}  // namespace

namespace re {

#if ENG_REGEXP_UNICODE
// Simple case folding from the simple case mappings: the lower case of the
// upper case, except for the dotted and dotless i, which fold only in the
// Turkic (T) mappings, and three letters without case mappings that fold
// to a letter of the same shape (CaseFolding.txt, Unicode 14).
uint32_t foldCase(uint32_t c) {
    switch (c) {
    case 0x130: case 0x131: return c;
    case 0x1fd3: return 0x390;
    case 0x1fe3: return 0x3b0;
    case 0xfb05: return 0xfb06;
    default: return simpleLower(simpleUpper(c));
    }
}

bool classHoldsFold(const uint32_t *r, uint32_t count, uint32_t stride, uint32_t c) {
    uint32_t f = foldCase(c);
    uint32_t up = simpleUpper(f);
    if (f != c && inRanges(r, count, stride, f)) return true;
    if (up != c && foldCase(up) == f && inRanges(r, count, stride, up)) return true;
    // The other characters of the fold: the case variants of the upper
    // case (long s for S, final sigma for Sigma), the letters that are only
    // their own upper case (the Kelvin, Ohm and Angstrom signs...) and
    // those foldCase names.
    if (up <= 0xffff) {
        uint32_t n = 0;
        const CaseVariant *v = caseVariantsOf(static_cast<uint16_t>(up), &n);
        for (uint32_t i = 0; i < n; i++)
            if (v[i].unit != c && foldCase(v[i].unit) == f && inRanges(r, count, stride, v[i].unit)) return true;
    }
    static const uint16_t others[] = {0x17f, 0x3f4, 0x1e9e, 0x1fd3, 0x1fe3, 0x2126, 0x212a, 0x212b, 0xfb05};
    for (uint16_t x : others)
        if (x != c && foldCase(x) == f && inRanges(r, count, stride, x)) return true;
    // The Greek letters with prosgegrammeni, whose upper case is two letters
    // (no simple mapping), fold from their title-case forms (U+1F88...).
    uint32_t title = (f >= 0x1f80 && f <= 0x1faf && !(f & 8)) ? f + 8
                     : (f == 0x1fb3 || f == 0x1fc3 || f == 0x1ff3) ? f + 9 : 0;
    return title && title != c && foldCase(title) == f && inRanges(r, count, stride, title);
}
#endif

}  // namespace re

void matchResultFree(Heap &h, MatchResult *r) {
    if (r->captures) heapFree(h, r->captures, 2 * r->groupCount * sizeof(int32_t));
    r->captures = nullptr;
}

Status regexpRun(Heap &h, const RegExpProgram &p, const HString *input, uint32_t start, MatchResult *out,
                 bool search) {
    out->matched = false;
    out->groupCount = p.groupCount;
    out->captures = nullptr;
    uint32_t length = input->length;
    if (start > length) return Status::Ok;
    bool anchored = (p.flags & RE_STICKY) && !search;
    if (p.requiredChar >= 0 && !anchored) {
        bool found = false;
        uint32_t i = start;
        for (; i < length && !found; i++) found = input->at(i) == static_cast<uint32_t>(p.requiredChar);
        chargeStringUnits(h, i - start);  // a long subject's scan costs budget
        if (!found) return Status::Ok;
    }
    size_t capsBytes = 2 * p.groupCount * sizeof(int32_t);
    size_t regBytes = 2 * p.loopCount * sizeof(uint32_t);
    int32_t *caps = static_cast<int32_t *>(heapAlloc(h, capsBytes));
    if (!caps) return throwOutOfMemory(h);
    uint32_t *regs = nullptr;
    if (regBytes) {
        regs = static_cast<uint32_t *>(heapAlloc(h, regBytes));
        if (!regs) {
            heapFree(h, caps, capsBytes);
            return throwOutOfMemory(h);
        }
    }
    Matcher m(h, p);
    m.length = length;
    m.in8 = input->is8bit() ? input->data8() : nullptr;
    m.in16 = input->is8bit() ? nullptr : input->data16();
#if ENG_REGEXP_UNICODE
    m.unicode = (p.flags & RE_FULL_UNICODE) != 0;
#endif
    m.caps = caps;
    m.loopCount = regs;
    m.loopStart = regs ? regs + p.loopCount : nullptr;
    // With u, a start inside a surrogate pair is the pair's start.
    if (m.unicode && start > 0 && start < length && m.at(start) >= 0xdc00 && m.at(start) <= 0xdfff &&
        m.at(start - 1) >= 0xd800 && m.at(start - 1) <= 0xdbff)
        start--;
    int32_t first = (p.code[0] & 0xff) == RX_CHAR && !anchored ? static_cast<int32_t>(p.code[0] >> 8) : -1;
    if (m.unicode && first >= 0xd800) first = -1;  // a surrogate or a pair: not one unit to look for
    int result = 0;
    uint32_t last = anchored ? start : length;
    for (uint32_t i = start; i <= last; i++) {
        if (first >= 0) {
            uint32_t from = i;
            while (i < length && m.at(i) != static_cast<uint32_t>(first)) i++;
            chargeStringUnits(h, i - from);
            if (i >= length) break;
        }
        if (interruptPoll(h) != Status::Ok) {  // each start position is a step too
            m.interrupted = true;
            result = -1;
            break;
        }
        result = m.run(i);
        if (result != 0) break;
        if (m.unicode && i < length) i += m.charWidth(i) - 1;  // by code point (AdvanceStringIndex)
    }
    if (m.stack) heapFree(h, m.stack, m.stackCap * sizeof(Record));
    if (regs) heapFree(h, regs, regBytes);
    if (result < 0) {
        heapFree(h, caps, capsBytes);
        if (m.interrupted) return Status::Error;  // the interrupt's error is pending
        if (m.oom) return throwOutOfMemory(h);
        return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
    }
    if (result == 0) {
        heapFree(h, caps, capsBytes);
        return Status::Ok;
    }
    out->matched = true;
    out->captures = caps;
    return Status::Ok;
}

}  // namespace eng
