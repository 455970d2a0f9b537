// Interned strings: creation, lookup, conversion to and from UTF-8.
#ifndef ENG_STRINGS_STRING_H
#define ENG_STRINGS_STRING_H

#include <stddef.h>
#include <stdint.h>

#include "heap/heap.h"

namespace eng {

bool initStrings(Heap &h);   // the intern table and the atoms
void freeStrings(Heap &h);   // every string, at heap destruction
void sweepStrings(Heap &h);  // frees unmarked strings, clears marks
void freeInternedString(Heap &h, HString *s);  // unlinks and frees one string
size_t stringAllocSize(const HString *s);

// Each returns the interned string, or null with out-of-memory pending.
HString *internLatin1(Heap &h, const uint8_t *chars, uint32_t length);
HString *internUtf16(Heap &h, const uint16_t *units, uint32_t length);
HString *internUtf8(Heap &h, const char *utf8, size_t length);
HString *internCString(Heap &h, const char *ascii);
HString *concatStrings(Heap &h, HString *a, HString *b);
HString *substring(Heap &h, HString *s, uint32_t start, uint32_t end);

// The canonical array index a string denotes ("0" .. "4294967294").
bool stringArrayIndex(HString *s, uint32_t *index);
bool stringEquals(const HString *s, const char *ascii);
// Compares code unit by code unit: <0, 0 or >0.
int compareStrings(const HString *a, const HString *b);

// UTF-8 length of s (unpaired surrogates become U+FFFD), and the encoding
// into out (which must hold that many bytes plus a NUL).
size_t utf8Length(const HString *s);
void toUtf8(const HString *s, char *out);

}  // namespace eng

#endif
