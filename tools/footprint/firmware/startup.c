/* Minimal Cortex-M startup for the footprint firmware, plain C so that it
 * builds for ARMv6-M (Cortex-M0) as for ARMv7-M: a vector table placed
 * first (QEMU and real parts read SP and PC there), a reset handler that
 * copies .data and calls newlib's crt0 (_start zeroes .bss, runs
 * constructors, calls main, then exit). The same object goes into every
 * image, the empty one included, so it cancels out of the flash figure. */
#include <stdint.h>

extern uint32_t _sidata[], _sdata[], _edata[], _estack[]; /* footprint.ld */
extern void _start(void) __attribute__((noreturn));

void Reset_Handler(void) __attribute__((noreturn));
void Default_Handler(void);

__attribute__((section(".isr_vector"), used))
static void (*const vector_table[16])(void) = {
    (void (*)(void))_estack, Reset_Handler,
    [2 ... 15] = Default_Handler,
};

void Reset_Handler(void) {
    for (uint32_t *src = _sidata, *dst = _sdata; dst < _edata;) *dst++ = *src++;
    _start();
}

/* A fault stops here; run.sh's QEMU runs end by timeout. */
void Default_Handler(void) {
    for (;;) {
    }
}
