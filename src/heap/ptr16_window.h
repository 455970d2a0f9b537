// The heap window of ENG_USE_PTR16 builds (heap/heap_ptr.h, engine.h's
// eng_ptr16_set_window).
#ifndef ENG_HEAP_PTR16_WINDOW_H
#define ENG_HEAP_PTR16_WINDOW_H

#include "engine.h"
#include "heap/heap_ptr.h"

#if ENG_USE_PTR16

namespace eng {

// The library's default allocator: a TLSF over its static arena, which
// becomes the window; null when the embedder named a window of its own (or
// the build has no arena).
const eng_allocator *ptr16DefaultAllocator();
// Heaps in existence: the window may change only while there are none.
void ptr16HeapCreated();
void ptr16HeapDestroyed();

}  // namespace eng

#endif

#endif
