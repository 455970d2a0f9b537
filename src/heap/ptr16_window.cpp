// The heap window of ENG_USE_PTR16 builds (heap/heap_ptr.h): where it is,
// and the default allocator's static arena that is the window unless the
// embedder names one.
#include "heap/ptr16_window.h"

#include "engine_alloc.h"

#if ENG_USE_PTR16

namespace eng {

uintptr_t ptr16Base = 0;
uintptr_t ptr16End = 0;

namespace {

int liveHeaps = 0;
bool embedderWindow = false;  // set by eng_ptr16_set_window

#if ENG_USE_LIBC_DEFAULTS && ENG_PTR16_ARENA_SIZE > 0
static_assert(ENG_PTR16_ARENA_SIZE <= PTR16_WINDOW_MAX, "ENG_PTR16_ARENA_SIZE is larger than the window");
alignas(8) unsigned char arena[ENG_PTR16_ARENA_SIZE];
eng_allocator arenaAllocator;  // set up on first use
bool arenaReady = false;
#endif

void setWindow(uintptr_t start, size_t size) {
    ptr16Base = start - 8;
    ptr16End = start + size;
}

}  // namespace

const eng_allocator *ptr16DefaultAllocator() {
#if ENG_USE_LIBC_DEFAULTS && ENG_PTR16_ARENA_SIZE > 0
    if (embedderWindow) return nullptr;
    if (!arenaReady) {
        eng_tlsf *t = eng_tlsf_init(arena, sizeof arena);
        if (!t) return nullptr;
        arenaAllocator = eng_tlsf_allocator(t);
        setWindow(reinterpret_cast<uintptr_t>(arena), sizeof arena);
        arenaReady = true;
    }
    return &arenaAllocator;
#else
    return nullptr;
#endif
}

void ptr16HeapCreated() { liveHeaps++; }
void ptr16HeapDestroyed() { liveHeaps--; }

}  // namespace eng

using namespace eng;

extern "C" int eng_ptr16_set_window(void *base, size_t size) {
    uintptr_t start = reinterpret_cast<uintptr_t>(base);
    if (!base || (start & 7) || size < 8 || size > PTR16_WINDOW_MAX || liveHeaps > 0) return 0;
#if ENG_USE_LIBC_DEFAULTS && ENG_PTR16_ARENA_SIZE > 0
    if (arenaReady) return 0;  // the default allocator's blocks may still be in use
#endif
    setWindow(start, size);
    embedderWindow = true;
    return 1;
}

#else

extern "C" int eng_ptr16_set_window(void *, size_t) { return 1; }

#endif
