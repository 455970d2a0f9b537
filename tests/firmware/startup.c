/* Startup code of the QEMU test firmware, for every core the boards use:
 * Cortex-M4F (mps2-an386), Cortex-M3 (lm3s6965evb), Cortex-M0 (microbit).
 *
 * QEMU takes the initial SP and PC from the vector table at address 0, so
 * the table sits first in flash (section .isr_vector, see sections.ld).
 * Reset_Handler copies .data from flash to RAM, enables the FPU where there
 * is one and calls newlib's _start (rdimon crt0), which asks QEMU for heap
 * and stack, zeroes .bss, runs constructors, fetches argv over semihosting,
 * calls main and passes its result to exit(), which ends QEMU with that
 * status.
 *
 * A fault prints its name and registers over semihosting and exits with
 * 128 + the exception number (HardFault 131; on ARMv7-M also MemManage 132,
 * BusFault 133, UsageFault 134), instead of QEMU's silent "Lockup".
 *
 * ARMv6-M (Cortex-M0) has only HardFault, no configurable fault enables, no
 * fault status registers, no division trap and no IT blocks: those parts are
 * ARMv7-M only. */
#include <stdint.h>

#include "semihost.h"

#if __ARM_ARCH >= 7 && !defined(__ARM_ARCH_8M_BASE__)
#define FIRMWARE_ARMV7M 1 /* MemManage/BusFault/UsageFault, SHCSR, CFSR, ... */
#else
#define FIRMWARE_ARMV7M 0
#endif

extern uint32_t _sidata[], _sdata[], _edata[]; /* from the linker script */
extern uint32_t _estack[];
extern char __stack_guard[], __stack_limit[]; /* the guard below the stack reserve */
extern void _start(void) __attribute__((noreturn)); /* newlib crt0 */
extern void _exit(int status) __attribute__((noreturn));

void Reset_Handler(void) __attribute__((noreturn));
void Fault_Handler(void);
void Default_Handler(void);

#define REG32(address) (*(volatile uint32_t *)(address))
#define SCB_CPACR REG32(0xE000ED88u)
#define SCB_SHCSR REG32(0xE000ED24u)
#define SCB_CCR REG32(0xE000ED14u)
#define SCB_CFSR REG32(0xE000ED28u)
#define SCB_HFSR REG32(0xE000ED2Cu)
#define SCB_MMFAR REG32(0xE000ED34u)
#define SCB_BFAR REG32(0xE000ED38u)

/* System exceptions, then 32 interrupts (all unexpected here). Entries 4-6
 * and 12 are reserved on ARMv6-M; a fault handler there is never called. */
__attribute__((section(".isr_vector"), used))
static void (*const vector_table[16 + 32])(void) = {
    (void (*)(void))_estack, /* initial SP */
    Reset_Handler,
    Default_Handler, /* NMI */
    Fault_Handler,   /* HardFault */
    Fault_Handler,   /* MemManage (ARMv7-M) */
    Fault_Handler,   /* BusFault (ARMv7-M) */
    Fault_Handler,   /* UsageFault (ARMv7-M) */
    0, 0, 0, 0,
    Default_Handler, /* SVCall */
    Default_Handler, /* DebugMonitor (ARMv7-M) */
    0,
    Default_Handler, /* PendSV */
    Default_Handler, /* SysTick */
    [16 ... 47] = Default_Handler,
};

void Reset_Handler(void) {
    for (uint32_t *src = _sidata, *dst = _sdata; dst < _edata;) *dst++ = *src++;

#if defined(__ARM_FP)
    SCB_CPACR |= 0xFu << 20; /* CP10 and CP11: full access to the FPU */
#endif
#if FIRMWARE_ARMV7M
    /* Report MemManage, BusFault and UsageFault as themselves, not as
     * HardFault, and trap integer division by zero. */
    SCB_SHCSR |= (1u << 16) | (1u << 17) | (1u << 18);
    SCB_CCR |= 1u << 4;
#endif
    __asm__ volatile("dsb\n\tisb" ::: "memory");

    _start();
}

/* Called by Fault_Handler with the exception frame: r0 r1 r2 r3 r12 lr pc xpsr. */
__attribute__((used, noreturn)) static void fault_report(const uint32_t *frame) {
    static const char *const names[] = {"?", "Reset", "NMI", "HardFault", "MemManage",
                                        "BusFault", "UsageFault"};
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    uint32_t exception = ipsr & 0x1FFu;
    semihost_write0("\n*** FAULT: ");
    semihost_write0(exception < 7 ? names[exception] : "?");
    semihost_write0("\n");
    /* The frame itself in the guard: the stack overflowed its reserve (the
     * registers below are then not the faulting code's: stacking failed). */
    if ((const char *)frame >= __stack_guard && (const char *)frame < __stack_limit)
        semihost_write0("*** C stack overflow: SP below the stack reserve, in the guard\n");
    semihost_write_hex("pc=", frame[6]);
    semihost_write_hex("lr=", frame[5]);
    semihost_write_hex("sp=", (uint32_t)(uintptr_t)frame);
    semihost_write_hex("xpsr=", frame[7]);
    semihost_write0("\n");
#if FIRMWARE_ARMV7M
    semihost_write_hex("cfsr=", SCB_CFSR);
    semihost_write_hex("hfsr=", SCB_HFSR);
    semihost_write_hex("mmfar=", SCB_MMFAR);
    semihost_write_hex("bfar=", SCB_BFAR);
    semihost_write0("\n");
#endif
    _exit(128 + (int)exception);
}

/* Finds the stacked frame (MSP or PSP, bit 2 of EXC_RETURN) and reports.
 * Thumb-1 instructions only, so that it assembles for ARMv6-M too; bl
 * reaches anywhere in flash (fault_report never returns). */
__attribute__((naked)) void Fault_Handler(void) {
    __asm__ volatile(
        "movs r0, #4\n\t"
        "mov r1, lr\n\t"
        "tst r0, r1\n\t"
        "beq 1f\n\t"
        "mrs r0, psp\n\t"
        "bl fault_report\n"
        "1:\n\t"
        "mrs r0, msp\n\t"
        "bl fault_report\n\t");
}

void Default_Handler(void) {
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    semihost_write0("\n*** unexpected exception or interrupt\n");
    semihost_write_hex("ipsr=", ipsr);
    semihost_write0("\n");
    _exit(128 + (int)(ipsr & 0x1FFu));
}
