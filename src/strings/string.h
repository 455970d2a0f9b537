// Interned strings: creation, lookup, appending, conversion to and from UTF-8.
#ifndef ENG_STRINGS_STRING_H
#define ENG_STRINGS_STRING_H

#include <stddef.h>
#include <stdint.h>

#include "heap/heap.h"

namespace eng {

// The longest string: lengths and byte sizes stay far from overflow. With
// ENG_USE_PTR16 a string's length is 16 bits (objects/object.h).
#if ENG_USE_PTR16
constexpr uint32_t STRING_MAX_LENGTH = 0xffffu;
#else
constexpr uint32_t STRING_MAX_LENGTH = 0x3fffffffu;
#endif
// A string longer than STRING_MAX_LENGTH was asked for: with 16-bit
// lengths, a limit a script can reach (RangeError: Invalid string length);
// else one that memory runs out long before.
#if ENG_USE_PTR16
Status throwStringTooLong(Heap &h);
#else
inline Status throwStringTooLong(Heap &h) { return throwOutOfMemory(h); }
#endif

// The intern hash (FNV-1a over UTF-16 code units, whatever the storage) is
// a left fold with no finishing step, so the hash of a + b continues from
// a's stored hash over b's units alone: appending costs the appended part.
constexpr uint32_t HASH_SEED = 2166136261u;
constexpr uint32_t hashStep(uint32_t hash, uint32_t unit) { return (hash ^ unit) * 16777619u; }

// A run of code units that is not (or not yet) a string of its own.
struct TextRun {
    const void *units;
    uint32_t length;
    bool narrow;  // Latin-1 bytes, else UTF-16 units

    static TextRun latin1(const uint8_t *c, uint32_t n) { return {c, n, true}; }
    static TextRun utf16(const uint16_t *c, uint32_t n) { return {c, n, false}; }
    static TextRun of(const HString *s) {
        return {static_cast<const void *>(s + 1), s->length, s->is8bit()};
    }
    const uint8_t *chars8() const { return static_cast<const uint8_t *>(units); }
    const uint16_t *chars16() const { return static_cast<const uint16_t *>(units); }
    uint16_t at(uint32_t i) const { return narrow ? chars8()[i] : chars16()[i]; }
};

template <typename Unit>
inline uint32_t hashUnits(uint32_t hash, const Unit *c, uint32_t n) {
    uint32_t i = 0;
    for (; i + 4 <= n; i += 4)
        hash = hashStep(hashStep(hashStep(hashStep(hash, c[i]), c[i + 1]), c[i + 2]), c[i + 3]);
    for (; i < n; i++) hash = hashStep(hash, c[i]);
    return hash;
}
inline uint32_t hashRun(uint32_t hash, const TextRun &r) {
    return r.narrow ? hashUnits(hash, r.chars8(), r.length) : hashUnits(hash, r.chars16(), r.length);
}

// Appending in place. A string built by appends (`s += x`, `a + b + c`)
// keeps room to grow: its block holds stringCapacity(length) units, the
// length rounded up to the next class (8..15) << e, so the room is under an
// eighth of the length and growing copies each unit a bounded number of
// times. Only strings of STRING_GROW_MIN_LENGTH units or more get room:
// shorter ones are copied whole (cheaper than proving them unshared).
constexpr uint32_t STRING_GROW_MIN_LENGTH = 128;
inline uint32_t stringCapacity(uint32_t length) {
    if (length < 16) return length;
    uint32_t e = 28u - static_cast<uint32_t>(__builtin_clz(length));  // length >> e is 8..15
    uint32_t step = (1u << e) - 1;
    return (length + step) & ~step;
}
inline bool isGrownString(const HString *s) { return (s->extra & STR_GROWN) != 0; }

bool initStrings(Heap &h);   // the intern table and the atoms
void freeStrings(Heap &h);   // every string, at heap destruction
void sweepStrings(Heap &h);  // frees unmarked strings, clears marks
void freeInternedString(Heap &h, HString *s);  // unlinks and frees one string
// The header and the units alone, and the block (room to grow included).
inline size_t stringExactSize(const HString *s) {
    return sizeof(HString) + static_cast<size_t>(s->length) * (s->is8bit() ? 1 : 2);
}
inline size_t stringAllocSize(const HString *s) {
    uint32_t units = isGrownString(s) ? stringCapacity(s->length) : s->length;
    return sizeof(HString) + static_cast<size_t>(units) * (s->is8bit() ? 1 : 2);
}

// Each returns the interned string, or null with out-of-memory pending.
HString *internLatin1(Heap &h, const uint8_t *chars, uint32_t length);
HString *internUtf16(Heap &h, const uint16_t *units, uint32_t length);
HString *internUtf8(Heap &h, const char *utf8, size_t length);
HString *internCString(Heap &h, const char *ascii);
// The interned string with text's units; hash is hashRun(HASH_SEED, text),
// narrow says every unit is below 256. text must survive an allocation.
HString *internText(Heap &h, const TextRun &text, uint32_t hash, bool narrow);
// a and b (or s and the Latin-1 chars) one after the other; strings passed
// in must be rooted, since making the result may collect.
HString *concatStrings(Heap &h, HString *a, HString *b);
HString *concatLatin1(Heap &h, HString *s, const uint8_t *chars, uint32_t n, bool charsFirst);
// s followed by text, with room to grow (see stringCapacity). When sole,
// s is held by nothing but the register the result replaces (the caller
// proved it: heap.h soleRootReference): then the text is written into s's
// room, or s moves into a larger block, and s must not be used again; the
// string stays interned under its new text (or the existing string with
// that text is returned). Otherwise s is left as it is. s and text must
// survive an allocation. Null with out-of-memory pending.
HString *appendToString(Heap &h, HString *s, const TextRun &text, bool textNarrow, bool sole);
HString *substring(Heap &h, HString *s, uint32_t start, uint32_t end);

// The canonical array index a string denotes ("0" .. "4294967294").
bool stringArrayIndex(HString *s, uint32_t *index);
bool stringEquals(const HString *s, const char *ascii);
// Compares code unit by code unit: <0, 0 or >0; *compared (when given)
// is the number of equal units before the answer, the work done.
int compareStrings(const HString *a, const HString *b, uint32_t *compared = nullptr);

// UTF-8 length of s (unpaired surrogates become U+FFFD), and the encoding
// into out (which must hold that many bytes plus a NUL).
// The code point at unit i: a surrogate pair joined, a lone surrogate as
// itself; *width is 1 or 2.
uint32_t codePointAt(const HString *s, uint32_t i, uint32_t *width);
// Writes cp as UTF-8 (or, for a surrogate, its 3-byte form) to out unless
// out is null; returns the byte count.
size_t putUtf8(uint32_t cp, uint8_t *out);
size_t utf8Length(const HString *s);
void toUtf8(const HString *s, char *out);

}  // namespace eng

#endif
