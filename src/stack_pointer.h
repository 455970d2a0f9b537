// The current C stack position, for the C stack bound (vm/c_stack.h and
// the parser's descent, docs/c-stack.md). Kept apart so that the compiler,
// which knows nothing of the heap, can use it too.
#ifndef ENG_STACK_POINTER_H
#define ENG_STACK_POINTER_H

#include <stdint.h>

// The stack pointer, read with one instruction where the target is known:
// no stack slot and no frame pointer (__builtin_frame_address(0) makes the
// function set one up, a few bytes on every frame that checks). Elsewhere
// the frame address; not a local's address, which ASan may move to a fake
// stack.
#if defined(__GNUC__) && (defined(__arm__) || defined(__aarch64__))
#define ENG_READ_SP_INSTRUCTION "mov %0, sp"
#elif defined(__GNUC__) && defined(__x86_64__)
#define ENG_READ_SP_INSTRUCTION "mov %%rsp, %0"
#elif defined(__GNUC__) && defined(__i386__)
#define ENG_READ_SP_INSTRUCTION "mov %%esp, %0"
#endif

#ifdef ENG_READ_SP_INSTRUCTION
#define ENG_C_STACK_POINTER() ::eng::cStackPointerRegister()
namespace eng {
__attribute__((always_inline)) inline uintptr_t cStackPointerRegister() {
    uintptr_t sp;
    __asm__ volatile(ENG_READ_SP_INSTRUCTION : "=r"(sp));
    return sp;
}
}  // namespace eng
#elif defined(__GNUC__)
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
