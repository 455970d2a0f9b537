/* RAM layout of the test firmware at run time: the malloc heap ends at the
 * stack reserve, and both report their peak use at exit.
 *
 * The linker script (sections.ld) puts the heap between __heap_start and
 * __heap_end and the stack in [__stack_limit, _estack). newlib's own _sbrk
 * (rdimon) grows the heap up to the current stack pointer, so on a small
 * board the heap could take the stack's room and the two would meet
 * silently; this _sbrk refuses any growth past __heap_end instead: malloc
 * returns NULL and the engine throws RangeError: Out of memory.
 *
 * The other direction, the stack growing past its reserve into the heap:
 * on cores with an MPU (ARMv7-M: Cortex-M3, M4) the guard the linker script
 * leaves between the two ([__stack_guard, __stack_limit), larger than any
 * stack frame) becomes a no-access region, so an overflow faults (MemManage
 * or HardFault, reported by startup.c) instead of corrupting the heap. On
 * ARMv6-M (no MPU on the micro:bit; no guard) the check at exit below still
 * notices an overflow after the fact.
 *
 * The stack reserve is painted at start-up so that the deepest stack use
 * can be read at exit; the line
 *   firmware: stack peak N of M bytes, heap peak N of M bytes
 * goes to QEMU's stderr (docs/boards.md uses these numbers). A stack that
 * reached the bottom of its reserve ends the program with status 126. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "semihost.h"

extern char __heap_start[], __heap_end[], __stack_guard[], __stack_limit[], _estack[]; /* sections.ld */
extern void _exit(int status) __attribute__((noreturn));

#define STACK_PAINT 0x5AC3A55Cu

#if __ARM_ARCH >= 7 && !defined(__ARM_ARCH_8M_BASE__)
#define REG32(address) (*(volatile uint32_t *)(address))
#define MPU_TYPE REG32(0xE000ED90u)
#define MPU_CTRL REG32(0xE000ED94u)
#define MPU_RNR REG32(0xE000ED98u)
#define MPU_RBAR REG32(0xE000ED9Cu)
#define MPU_RASR REG32(0xE000EDA0u)

/* Region 0: the guard, no access, never executable; everything else keeps
 * the default map (PRIVDEFENA; the firmware runs privileged). The linker
 * script makes the guard a power of two aligned to its size. */
static void guard_stack(void) {
    uint32_t size = (uint32_t)(__stack_limit - __stack_guard);
    if (size < 32u || ((MPU_TYPE >> 8) & 0xFFu) == 0) return; /* no guard or no MPU */
    uint32_t log2 = 0;
    while ((1u << log2) < size) log2++;
    MPU_RNR = 0;
    MPU_RBAR = (uint32_t)(uintptr_t)__stack_guard;
    MPU_RASR = (1u << 28)           /* XN */
               | (0u << 24)         /* AP: no access */
               | ((log2 - 1u) << 1) /* SIZE: 2^(SIZE+1) bytes */
               | 1u;                /* ENABLE */
    MPU_CTRL = (1u << 2) | 1u;      /* PRIVDEFENA, ENABLE */
    __asm__ volatile("dsb\n\tisb" ::: "memory");
}
#else
static void guard_stack(void) {}
#endif

static char *heap_break = __heap_start;
static char *heap_peak = __heap_start;

void *_sbrk(ptrdiff_t increment);
void *_sbrk(ptrdiff_t increment) {
    if (increment > __heap_end - heap_break || increment < __heap_start - heap_break) {
        errno = ENOMEM;
        return (void *)-1;
    }
    char *previous = heap_break;
    heap_break += increment;
    if (heap_break > heap_peak) heap_peak = heap_break;
    return previous;
}

static uint32_t stack_peak_bytes(void) {
    const uint32_t *p = (const uint32_t *)(void *)__stack_limit;
    while ((const char *)p < _estack && *p == STACK_PAINT) p++;
    return (uint32_t)(_estack - (const char *)p);
}

static void report_memory(void) {
    uint32_t stack_peak = stack_peak_bytes();
    semihost_write0("firmware: stack peak ");
    semihost_write_uint(stack_peak);
    semihost_write0(" of ");
    semihost_write_uint((uint32_t)(_estack - __stack_limit));
    semihost_write0(" bytes, heap peak ");
    semihost_write_uint((uint32_t)(heap_peak - __heap_start));
    semihost_write0(" of ");
    semihost_write_uint((uint32_t)(__heap_end - __heap_start));
    semihost_write0(" bytes\n");
    if (stack_peak >= (uint32_t)(_estack - __stack_limit)) {
        semihost_write0("firmware: the stack reached the bottom of its reserve (overflow?)\n");
        _exit(126);
    }
}

/* Runs in crt0 before main, on a shallow stack. crt0 took SP from QEMU's
 * SYS_HEAPINFO: if that is not the top of the board's RAM region, the
 * reserve is not where the linker script put it, and nothing below holds. */
__attribute__((constructor)) static void memory_init(void) {
    char *sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    if (sp > _estack || sp < __stack_limit + 512) {
        semihost_write0("firmware: the stack pointer is outside the stack reserve of the linker script\n");
        semihost_write_hex("sp=", (uint32_t)(uintptr_t)sp);
        semihost_write_hex("reserve=", (uint32_t)(uintptr_t)__stack_limit);
        semihost_write_hex("..", (uint32_t)(uintptr_t)_estack);
        semihost_write0("\n");
        _exit(125);
    }
    for (uint32_t *p = (uint32_t *)(void *)__stack_limit; (char *)p < sp - 64; p++) *p = STACK_PAINT;
    guard_stack();
    atexit(report_memory);
}
