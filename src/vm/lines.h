// Source positions of running code, from each function's pc-to-line table.
#ifndef ENG_VM_LINES_H
#define ENG_VM_LINES_H

#include "heap/heap.h"

namespace eng {

struct SourcePosition {
    HString *file;
    uint32_t line;
    uint32_t column;
};

// Position of the instruction at pcIndex in a function.
bool positionAt(const FunctionTemplate *t, uint32_t pcIndex, SourcePosition *out);
// Position of the instruction running in the innermost bytecode frame.
bool innermostPosition(Heap &h, SourcePosition *out);

}  // namespace eng

#endif
