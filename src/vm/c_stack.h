// The C stack bound (docs/c-stack.md). The outermost API call records where
// it was entered; every point where the engine recurses in C (a nested
// executor, a native call, the parser's descent, JSON's walks) compares the
// stack pointer with the heap's limit and throws RangeError before
// the stack runs into whatever lies below it (on a board: the heap).
// Stacks are assumed to grow down.
#ifndef ENG_VM_C_STACK_H
#define ENG_VM_C_STACK_H

#include <stdint.h>

#include "heap/heap.h"
#include "stack_pointer.h"

namespace eng {

// Bytes kept below the limit for unwinding and making the RangeError: the
// port's margin. A sanitizer's frames are several times larger (a native
// re-entry takes about 11 KB instead of 0.8 KB with ASan), so such a build
// scales the margin and the default size alike and scripts that run in a
// normal build run there too.
#if defined(__SANITIZE_ADDRESS__)
#define ENG_C_STACK_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ENG_C_STACK_SANITIZER 1
#endif
#endif
#ifdef ENG_C_STACK_SANITIZER
constexpr uintptr_t C_STACK_SCALE = 4;
#else
constexpr uintptr_t C_STACK_SCALE = 1;
#endif
constexpr uintptr_t C_STACK_MARGIN = C_STACK_SCALE * ENG_PORT_C_STACK_MARGIN;
constexpr uintptr_t C_STACK_DEFAULT_SIZE = C_STACK_SCALE * ENG_PORT_C_STACK_SIZE;

// The limit for an outermost entry at `base`.
uintptr_t cStackLimitFor(const Heap &h, uintptr_t base);

// Throws RangeError "Maximum call stack size exceeded".
Status throwCStackOverflow(Heap &h);

// True when the caller's frame is past the limit (never outside API calls:
// the limit is then 0).
#define ENG_C_STACK_EXHAUSTED(h) (ENG_C_STACK_POINTER() < (h).cStackLimit)

// Ok, or the RangeError. A macro so that the frame measured is the caller's.
#define ENG_CHECK_C_STACK(h) \
    (ENG_C_STACK_EXHAUSTED(h) ? ::eng::throwCStackOverflow(h) : ::eng::Status::Ok)

// Put at the top of every API function that can run JavaScript or
// recurse: the outermost one sets the limit from its own frame and clears
// it on return; nested ones (eng_call from a native function) keep it.
class CStackEntry {
public:
    explicit CStackEntry(Heap &h, uintptr_t base) : h_(h), outer_(h.cStackLimit == 0) {
        if (outer_) h.cStackLimit = cStackLimitFor(h, base);
    }
    ~CStackEntry() {
        if (outer_) h_.cStackLimit = 0;
    }
    CStackEntry(const CStackEntry &) = delete;
    CStackEntry &operator=(const CStackEntry &) = delete;

private:
    Heap &h_;
    bool outer_;
};

#define ENG_C_STACK_ENTRY(h) ::eng::CStackEntry cStackEntry_((h), ENG_C_STACK_POINTER())

}  // namespace eng

#endif
