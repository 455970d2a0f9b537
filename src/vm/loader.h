// Loading a bytecode image into function templates.
#ifndef ENG_VM_LOADER_H
#define ENG_VM_LOADER_H

#include "compiler/compiler.h"
#include "heap/heap.h"

namespace eng {

// Takes ownership of bytes (allocated through the heap, `size` bytes long,
// just made by the compiler); they are freed with the image, or at once on
// failure. On success *script is the image's top-level function. Trusted:
// the header and record bounds are checked; the full validation
// (vm/image_validate.h, checksum aside) only with
// ENG_VALIDATE_COMPILER_OUTPUT (sanitizer builds).
Status loadImage(Heap &h, uint8_t *bytes, size_t size, HString *fileName, FunctionTemplate **script);

// An image from outside (a file, flash): validated with its checksum, then
// used in place; bytes (4-byte aligned) must outlive every function made
// from it. Only the constants are copied (into heap strings and numbers).
// The file name is the one the image carries, if any. Error (with the
// reason, "invalid image: ...") pending on a bad image.
Status loadImageInPlace(Heap &h, const uint8_t *bytes, size_t size, FunctionTemplate **script);

// Compiles source and loads it: SyntaxError (with fileName/lineNumber/
// columnNumber) pending on bad source.
// outer: the bindings around direct eval code (CompileOptions).
Status compileScript(Heap &h, const char *source, size_t length, HString *fileName, bool strict,
                     FunctionTemplate **script, bool evalCode = false, const OuterBinding *outer = nullptr,
                     uint32_t outerCount = 0);

// Compiles source into an image (heap memory, *imageSize bytes, freed with
// heapFree) without loading it: SyntaxError pending on bad source.
Status compileToImage(Heap &h, const char *source, size_t length, HString *fileName, const CompileOptions &options,
                      uint8_t **image, size_t *imageSize);

}  // namespace eng

#endif
