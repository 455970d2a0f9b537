// UTF-8 copies of strings for the C API, kept while their string is on the
// value stack (see utf8_copies.h).
#include "strings/utf8_copies.h"

#include "heap/heap.h"
#include "strings/string.h"

namespace eng {

namespace {

void unlinkAndFree(Heap &h, Utf8Copy **link) {
    Utf8Copy *c = *link;
    *link = c->next;
    c->owner->extra = static_cast<uint16_t>(c->owner->extra & ~STR_HAS_UTF8_COPY);
    heapFree(h, c, c->size);
}

bool onStack(const HString *s, const Value *stack, uint32_t top) {
    for (uint32_t i = 0; i < top; i++)
        if (stack[i].isPointer() && stack[i].asPointer() == s) return true;
    return false;
}

}  // namespace

const char *utf8CopyOf(Heap &h, HString *s, const Value *stack, uint32_t top, size_t *length) {
    size_t n = utf8Length(s);
    if (length) *length = n;
    // A flash string is ASCII followed by a NUL (rom_strings.cpp): its own text.
    if (isReadOnly(s)) return reinterpret_cast<const char *>(s->data8());
    // Copies whose string has left the stack are no longer promised.
    Utf8Copy **link = &h.utf8Copies;
    Utf8Copy *found = nullptr;
    while (Utf8Copy *c = *link) {
        if (c->owner == s) {
            found = c;
            link = &c->next;
        } else if (!onStack(c->owner, stack, top)) {
            unlinkAndFree(h, link);
        } else {
            link = &c->next;
        }
    }
    if (found) return found->text();
    size_t size = sizeof(Utf8Copy) + n + 1;
    // Plain memory: allocating it may collect, but s is on the stack.
    Utf8Copy *c = static_cast<Utf8Copy *>(heapAlloc(h, size));
    if (!c) return nullptr;
    c->owner = s;
    c->size = size;
    toUtf8(s, c->text());
    c->text()[n] = 0;
    c->next = h.utf8Copies;
    h.utf8Copies = c;
    s->extra = static_cast<uint16_t>(s->extra | STR_HAS_UTF8_COPY);
    return c->text();
}

void dropUtf8Copy(Heap &h, HString *s) {
    for (Utf8Copy **link = &h.utf8Copies; *link; link = &(*link)->next)
        if ((*link)->owner == s) {
            unlinkAndFree(h, link);
            return;
        }
}

void freeUtf8Copies(Heap &h) {
    while (h.utf8Copies) unlinkAndFree(h, &h.utf8Copies);
}

}  // namespace eng
