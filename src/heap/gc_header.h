// The header every garbage-collected allocation starts with.
#ifndef ENG_HEAP_GC_HEADER_H
#define ENG_HEAP_GC_HEADER_H

#include <stdint.h>

#include "value/value.h"

namespace eng {

enum class HeapType : uint8_t {
    String,    // HString (kept in the intern table, not in the object list)
    Number,    // HeapNumber: a boxed double (32-bit targets)
    Object,    // JSObject and its subclasses (class in ObjectClass)
    Box,       // Box: a captured variable
    Accessor,  // Accessor: getter/setter pair of a property
    Template,  // FunctionTemplate: a loaded function's code and constants
    Image,     // ImageBuffer: bytes of a loaded bytecode image
    Iterator   // ForInIterator: keys snapshot for for-in
};

enum GcFlags : uint8_t { GC_MARKED = 1 };

struct GcHeader {
    GcHeader *next;   // all-objects list, or intern-table chain for strings
    HeapType type;
    uint8_t gcFlags;
    uint16_t extra;   // type-specific small field
};

struct HeapNumber {
    GcHeader gc;
    double value;
};

inline bool isHeapType(Value v, HeapType t) {
    return v.isPointer() && v.asPointer()->type == t;
}

}  // namespace eng

#endif
