// UTF-8 copies of strings handed out by the C API (eng_get_string). A copy
// lives as long as its string is on the value stack: it is dropped when the
// string is freed, or at the next request once the string has left the
// stack. So two strings read one after the other are both still readable.
#ifndef ENG_STRINGS_UTF8_COPIES_H
#define ENG_STRINGS_UTF8_COPIES_H

#include <stddef.h>
#include <stdint.h>

#include "value/value.h"

namespace eng {

struct Heap;
struct HString;

struct Utf8Copy {
    Utf8Copy *next;
    HString *owner;
    size_t size;  // bytes of the block, the header included
    char *text() { return reinterpret_cast<char *>(this + 1); }
};

// The NUL-terminated UTF-8 text of s, which must be on stack[0, top); null
// when out of memory (nothing pending).
const char *utf8CopyOf(Heap &h, HString *s, const Value *stack, uint32_t top, size_t *length);

// Called when a string flagged STR_HAS_UTF8_COPY is freed.
void dropUtf8Copy(Heap &h, HString *s);

// Frees every copy (heap destruction).
void freeUtf8Copies(Heap &h);

}  // namespace eng

#endif
