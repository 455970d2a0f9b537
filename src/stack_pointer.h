// The current C stack position, for the C stack bound (vm/c_stack.h and
// the parser's descent, docs/c-stack.md). Kept apart so that the compiler,
// which knows nothing of the heap, can use it too.
#ifndef ENG_STACK_POINTER_H
#define ENG_STACK_POINTER_H

#include <stdint.h>

// The current frame's address: close enough to the stack pointer. The
// frame address, not a local's: with ASan a local may live on a fake stack.
#if defined(__GNUC__)
#define ENG_C_STACK_POINTER() reinterpret_cast<uintptr_t>(__builtin_frame_address(0))
#else
#define ENG_C_STACK_POINTER() ::eng::cStackPointerOfLocal()
namespace eng {
inline uintptr_t cStackPointerOfLocal() {
    volatile char c = 0;
    return reinterpret_cast<uintptr_t>(&c);
}
}  // namespace eng
#endif

#endif
