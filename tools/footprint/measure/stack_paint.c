/* Stack painting (see stack_paint.h). */
#include "stack_paint.h"

#if defined(__arm__)

#define PATTERN 0xC5A5C5A5u

void __attribute__((noinline)) stack_paint(uintptr_t top, size_t depth) {
    /* Stop short of this function's own frame, which lies just below top. */
    uintptr_t own = stack_pointer() - 16;
    for (volatile uint32_t *w = (volatile uint32_t *)((top - depth) & ~(uintptr_t)3);
         (uintptr_t)w < own; w++)
        *w = PATTERN;
}

size_t stack_used(uintptr_t top, size_t depth) {
    const volatile uint32_t *w = (const volatile uint32_t *)((top - depth) & ~(uintptr_t)3);
    if (*w != PATTERN) return (size_t)-1;
    while ((uintptr_t)w < top && *w == PATTERN) w++;
    return top - (uintptr_t)w;
}

#endif
