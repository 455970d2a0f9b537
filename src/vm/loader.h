// Loading a bytecode image into function templates.
#ifndef ENG_VM_LOADER_H
#define ENG_VM_LOADER_H

#include "compiler/compiler.h"
#include "heap/heap.h"

namespace eng {

// Takes ownership of bytes (allocated through the heap, `size` bytes long);
// they are freed with the image, or at once on failure. On success *script
// is the image's top-level function. Validates the header and the section
// bounds; instruction operands are trusted (images come from our compiler).
Status loadImage(Heap &h, uint8_t *bytes, size_t size, HString *fileName, FunctionTemplate **script);

// Compiles source and loads it: SyntaxError (with fileName/lineNumber/
// columnNumber) pending on bad source.
// outer: the bindings around direct eval code (CompileOptions).
Status compileScript(Heap &h, const char *source, size_t length, HString *fileName, bool strict,
                     FunctionTemplate **script, bool evalCode = false, const OuterBinding *outer = nullptr,
                     uint32_t outerCount = 0);

}  // namespace eng

#endif
