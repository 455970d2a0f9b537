// Making and throwing error objects.
#ifndef ENG_VM_ERRORS_H
#define ENG_VM_ERRORS_H

#include "heap/heap.h"

namespace eng {

// Creates an error of the kind (PROTO_ERROR .. PROTO_URI_ERROR) with a
// printf-style message (%s %d %u only), sets it pending, returns Error.
// When even the error cannot be made, the out-of-memory error is pending.
Status throwError(Heap &h, Proto kind, const char *fmt, ...);
Status throwValue(Heap &h, Value v);

// A new error object (not thrown), message may be null.
JSObject *newError(Heap &h, Proto kind, HString *message);

// Attaches fileName/lineNumber/columnNumber of the innermost bytecode frame.
Status annotateError(Heap &h, JSObject *error);

// Gives the pre-made out-of-memory error its location properties
// (fileName, lineNumber, columnNumber, stack; undefined) at start-up, so that
// annotateOutOfMemory only overwrites existing slots.
Status prepareOutOfMemoryError(Heap &h, JSObject *error);

// Sets the out-of-memory error's location to the innermost bytecode frame
// (or undefined when no script runs) without allocating; its stack text is
// built within ENG_MEMORY_RESERVE past the memory limit and is undefined
// when even that fails. A property a script deleted or made read-only or an
// accessor stays as the script left it.
void annotateOutOfMemory(Heap &h);

// Short text of a value for messages (strings quoted as-is, truncated).
void describeValue(Heap &h, Value v, char *out, size_t size);

}  // namespace eng

#endif
