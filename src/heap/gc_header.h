// The header every garbage-collected allocation starts with.
#ifndef ENG_HEAP_GC_HEADER_H
#define ENG_HEAP_GC_HEADER_H

#include <stdint.h>

#include "heap/heap_ptr.h"
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
    Iterator,  // ForInIterator: keys snapshot for for-in
    // A private name (ES2022 #x, vm/class.cpp): laid out as an HString (its
    // text is the description) but on the object list, never interned, so
    // no string a script makes is the same key. Own-key listings skip it.
    PrivateName,
    // A Symbol (ES2015 19.4): laid out as an HString whose text is the
    // description (SYM_NO_DESCRIPTION tells Symbol() from Symbol('')), on
    // the object list, never interned. The well-known symbols are read-only
    // data in flash (strings/rom_symbols.cpp). Own-key listings of strings
    // skip it; Object.getOwnPropertySymbols lists it.
    Symbol,
    BigInt,    // HBigInt (value/bigint.h): an immutable arbitrary-precision integer
    Shape,     // Shape (objects/shape.h): keys shared by objects built the same way
    Dead       // freed by reference counting, waiting to be unlinked from the
               // object list; the word after the header holds its byte size
};

// gcFlags: three flag bits and a 5-bit reference count. The count holds
// references from other heap allocations only (never from the value stack
// or C locals: see refcount.h); at RC_MAX it sticks and only the
// mark-and-sweep collector, which recounts, can bring it down again.
enum GcFlags : uint8_t {
    GC_MARKED = 1,   // reached by the collector (or, in verification, by a check)
    GC_IN_ZCT = 2,   // listed in the zero-count table
    GC_ROOTED = 4    // referenced straight from a root, during reconciliation
};
constexpr uint8_t RC_ONE = 8;
constexpr uint8_t RC_MAX = 0xf8;

struct GcHeader {
    HeapPtr<GcHeader> next;  // all-objects list, or intern-table chain for
                             // strings; &readOnlyMark in read-only data (see below)
    HeapType type;
    uint8_t gcFlags;
    uint16_t extra;   // type-specific small field
};

// Read-only allocations are const data in flash (strings/rom_strings.cpp):
// in no list, never freed, never written. They say so by a `next` that
// points at readOnlyMark (no list ever links to it), and carry
// ROM_GC_FLAGS: marked and a stuck count, so marking and reference
// counting pass them by without a store.
constexpr uint8_t ROM_GC_FLAGS = GC_MARKED | RC_MAX;
extern const GcHeader readOnlyMark;
#if ENG_USE_PTR16
// readOnlyMark is in no window: its own code stands for it.
inline bool isReadOnly(const GcHeader *p) { return p->next.code() == PTR16_READ_ONLY_CODE; }
#define ENG_READ_ONLY_NEXT ::eng::HeapPtr<::eng::GcHeader>::fromCode(::eng::PTR16_READ_ONLY_CODE)
#else
inline bool isReadOnly(const GcHeader *p) { return p->next == &readOnlyMark; }
#define ENG_READ_ONLY_NEXT const_cast<GcHeader *>(&readOnlyMark)
#endif

struct HeapNumber {
    GcHeader gc;
    double value;
};

inline bool isHeapType(Value v, HeapType t) {
    return v.isPointer() && v.asPointer()->type == t;
}

}  // namespace eng

#endif
