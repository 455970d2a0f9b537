/* Startup code for the QEMU mps2-an386 test firmware (Cortex-M4F).
 *
 * QEMU takes the initial SP and PC from the vector table at address 0, so
 * the table sits first in flash (section .isr_vector, see mps2_an386.ld).
 * Reset_Handler copies .data from flash to RAM, enables the FPU and calls
 * newlib's _start (rdimon crt0), which asks QEMU for heap and stack,
 * zeroes .bss, runs constructors, fetches argv over semihosting, calls
 * main and passes its result to exit(), which ends QEMU with that status.
 *
 * A fault prints its name and registers over semihosting and exits with
 * 128 + the exception number (HardFault 131, MemManage 132, BusFault 133,
 * UsageFault 134), instead of QEMU's silent "Lockup". */
#include <stdint.h>

extern uint32_t _sidata[], _sdata[], _edata[]; /* from the linker script */
extern uint32_t _estack[];
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

/* Cortex-M4 system exceptions, then 32 interrupts (all unexpected here). */
__attribute__((section(".isr_vector"), used))
static void (*const vector_table[16 + 32])(void) = {
    (void (*)(void))_estack, /* initial SP */
    Reset_Handler,
    Default_Handler, /* NMI */
    Fault_Handler,   /* HardFault */
    Fault_Handler,   /* MemManage */
    Fault_Handler,   /* BusFault */
    Fault_Handler,   /* UsageFault */
    0, 0, 0, 0,
    Default_Handler, /* SVCall */
    Default_Handler, /* DebugMonitor */
    0,
    Default_Handler, /* PendSV */
    Default_Handler, /* SysTick */
    [16 ... 47] = Default_Handler,
};

void Reset_Handler(void) {
    for (uint32_t *src = _sidata, *dst = _sdata; dst < _edata;) *dst++ = *src++;

    SCB_CPACR |= 0xFu << 20; /* CP10 and CP11: full access to the FPU */
    /* Report MemManage, BusFault and UsageFault as themselves, not as
     * HardFault, and trap integer division by zero. */
    SCB_SHCSR |= (1u << 16) | (1u << 17) | (1u << 18);
    SCB_CCR |= 1u << 4;
    __asm__ volatile("dsb\n\tisb" ::: "memory");

    _start();
}

/* Semihosting SYS_WRITE0: writes a NUL-terminated string to the host's
 * stderr. Safe inside a fault handler (no newlib state involved). */
static void semihost_write0(const char *s) {
    register uint32_t r0 __asm__("r0") = 0x04;
    register const char *r1 __asm__("r1") = s;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
}

static void write_hex(const char *label, uint32_t value) {
    char text[24];
    int i = 0;
    while (label[i] && i < 12) {
        text[i] = label[i];
        i++;
    }
    text[i++] = '0';
    text[i++] = 'x';
    for (int shift = 28; shift >= 0; shift -= 4) text[i++] = "0123456789abcdef"[(value >> shift) & 0xFu];
    text[i++] = ' ';
    text[i] = '\0';
    semihost_write0(text);
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
    write_hex("pc=", frame[6]);
    write_hex("lr=", frame[5]);
    write_hex("sp=", (uint32_t)(uintptr_t)frame);
    write_hex("xpsr=", frame[7]);
    semihost_write0("\n");
    write_hex("cfsr=", SCB_CFSR);
    write_hex("hfsr=", SCB_HFSR);
    write_hex("mmfar=", SCB_MMFAR);
    write_hex("bfar=", SCB_BFAR);
    semihost_write0("\n");
    _exit(128 + (int)exception);
}

/* Finds the stacked frame (MSP or PSP, from EXC_RETURN) and reports. */
__attribute__((naked)) void Fault_Handler(void) {
    __asm__ volatile(
        "tst lr, #4\n\t"
        "ite eq\n\t"
        "mrseq r0, msp\n\t"
        "mrsne r0, psp\n\t"
        "b fault_report\n\t");
}

void Default_Handler(void) {
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    semihost_write0("\n*** unexpected exception or interrupt\n");
    write_hex("ipsr=", ipsr);
    semihost_write0("\n");
    _exit(128 + (int)(ipsr & 0x1FFu));
}
