/* C stack high-water mark by painting: fill the unused stack below the
 * caller with a pattern, run, then find the deepest word overwritten.
 * Arm (Cortex-M firmware) only; the host build reports no stack figure. */
#ifndef FOOTPRINT_STACK_PAINT_H
#define FOOTPRINT_STACK_PAINT_H

#include <stddef.h>
#include <stdint.h>

#if defined(__arm__)
#define STACK_PAINT_SUPPORTED 1

/* The caller's stack pointer: the reference the peak is measured from. */
static inline uintptr_t stack_pointer(void) {
    uintptr_t sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    return sp;
}

/* Paints `depth` bytes below `top` (the caller's stack pointer). */
void stack_paint(uintptr_t top, size_t depth);

/* Bytes below `top` used since stack_paint, or (size_t)-1 when everything
 * painted was overwritten (the real peak is deeper than `depth`). */
size_t stack_used(uintptr_t top, size_t depth);
#else
#define STACK_PAINT_SUPPORTED 0
#endif

#endif
