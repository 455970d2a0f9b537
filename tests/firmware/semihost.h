/* Minimal semihosting output for the test firmware: works before newlib is
 * set up, inside fault handlers and after the heap is exhausted (no stdio,
 * no allocation). QEMU writes it to its stderr. */
#ifndef ENG_FIRMWARE_SEMIHOST_H
#define ENG_FIRMWARE_SEMIHOST_H

#include <stdint.h>

/* One semihosting call: operation in r0, its argument (a pointer to a block
 * of words) in r1, the result back in r0. bkpt 0xAB is the M-profile call. */
static inline int32_t semihost_call(uint32_t operation, const void *argument) {
    register uint32_t r0 __asm__("r0") = operation;
    register const void *r1 __asm__("r1") = argument;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return (int32_t)r0;
}

/* Files through semihosting calls, not stdio: a firmware that uses these
 * links none of the C library's stdio (FILE, its buffers, write()'s
 * syscall layer), which the smallest boards' flash cannot spare. */
enum { SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITE = 0x05, SYS_READ = 0x06 };
enum { MODE_READ_BINARY = 1, MODE_WRITE = 4 };

static inline int32_t file_open(const char *path, uint32_t mode) {
    uint32_t length = 0;
    while (path[length]) length++;
    const uint32_t args[3] = {(uint32_t)(uintptr_t)path, mode, length};
    return semihost_call(SYS_OPEN, args);
}

static inline void file_write(int32_t handle, const char *bytes, uint32_t n) {
    const uint32_t args[3] = {(uint32_t)handle, (uint32_t)(uintptr_t)bytes, n};
    (void)semihost_call(SYS_WRITE, args);
}

static inline void file_close(int32_t handle) {
    const uint32_t args[1] = {(uint32_t)handle};
    (void)semihost_call(SYS_CLOSE, args);
}

/* SYS_WRITE0: a NUL-terminated string. */
static inline void semihost_write0(const char *s) {
    register uint32_t r0 __asm__("r0") = 0x04;
    register const char *r1 __asm__("r1") = s;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
}

/* value in decimal, written at the end of text[21]; returns its start. */
static inline const char *decimal_text(unsigned long value, char text[21]) {
    int i = 20;
    text[i] = '\0';
    do {
        text[--i] = (char)('0' + value % 10u);
        value /= 10u;
    } while (value && i > 0);
    return text + i;
}

/* An unsigned number in decimal. */
static inline void semihost_write_uint(uint32_t value) {
    char text[21];
    semihost_write0(decimal_text(value, text));
}

/* label then 0x%08x and a space. */
static inline void semihost_write_hex(const char *label, uint32_t value) {
    char text[12];
    int i = 0;
    text[i++] = '0';
    text[i++] = 'x';
    for (int shift = 28; shift >= 0; shift -= 4) text[i++] = "0123456789abcdef"[(value >> shift) & 0xFu];
    text[i++] = ' ';
    text[i] = '\0';
    semihost_write0(label);
    semihost_write0(text);
}

#endif
