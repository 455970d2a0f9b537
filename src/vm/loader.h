// Loading a bytecode image into function templates.
#ifndef ENG_VM_LOADER_H
#define ENG_VM_LOADER_H

#include "heap/heap.h"

namespace eng {

// Takes ownership of bytes (allocated through the heap, `size` bytes long);
// they are freed with the image, or at once on failure. On success *script
// is the image's top-level function. Validates the header and the section
// bounds; instruction operands are trusted (images come from our compiler).
Status loadImage(Heap &h, uint8_t *bytes, size_t size, HString *fileName, FunctionTemplate **script);

// Compiles source and loads it: SyntaxError (with fileName/lineNumber/
// columnNumber) pending on bad source.
Status compileScript(Heap &h, const char *source, size_t length, HString *fileName, bool strict,
                     FunctionTemplate **script, bool evalCode = false);

}  // namespace eng

#endif
