/* Smoke test firmware for the smallest boards: a few scripts with known
 * results, each in a fresh heap, with the heap statistics of each.
 *
 *   smoke.elf [case...]      cases: loop100 fib20 objects100 (default: all)
 *
 * Prints one line per case, e.g.
 *   fib20: 6765 ok (engine peak 9171 bytes, tlsf peak 9392 of 9800, 1 collections)
 * and exits 0 only when every case ran and gave its expected result and
 * gave all its memory back.
 *
 * The engine's memory is the library's TLSF allocator (engine_alloc.h) over
 * all of the RAM the linker script leaves for the heap: no header per block,
 * which on a 16 KiB board is the difference between fitting and not. On the
 * micro:bit (ENG_SMOKE_FIRST_FIT) even the TLSF's lists are too much: a
 * first-fit allocator without control data (first_fit.c) serves there.
 *
 * Output goes to the console through semihosting calls (semihost.h), not
 * stdio nor write(): stdout's buffer alone would take 1 KiB of a 16 KiB
 * board, and write()'s syscall layer brings newlib's stdio and malloc into
 * the flash (about 5 KB the micro:bit lacks). Numbers are formatted by the
 * engine (eng_to_string) or as unsigned integers here. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "engine.h"
#include "engine_alloc.h"
#include "first_fit.h"
#include "semihost.h"

extern char __heap_end[];                /* sections.ld: the bottom of the stack reserve */
extern void *_sbrk(ptrdiff_t increment); /* memory.c */

struct smoke_case {
    const char *name;
    const char *source;
    const char *expected; /* eng_to_string of the completion value */
};

static const struct smoke_case cases[] = {
    /* No function: what fits beside a fresh heap on the micro:bit. */
    {"loop100", "var s=0; for (var i=0;i<100;i++) s+=i; s", "4950"},
    {"fib20", "function fib(n){return n<2?n:fib(n-1)+fib(n-2)} fib(20)", "6765"},
    /* 100 live objects, then a sum over them so that each one is read back. */
    {"objects100",
     "var a=[]; for (var i=0;i<100;i++) a.push({i:i});\n"
     "var s=0; for (var j=0;j<a.length;j++) s+=a[j].i; a.length+':'+s",
     "100:4950"},
};

#ifdef ENG_SMOKE_OWN_START_UP_HOOKS
/* rdimon's start-up (crt0) would open stdin, stdout and stderr as FILEs
 * and so bring newlib's stdio and malloc into the flash (about 5 KB the
 * micro:bit lacks). Nothing here uses them, so the firmware gives the
 * three things crt0 asks of rdimon's syscall layer itself: the hook (a
 * no-op), the heap limit it fills in, and _exit as a semihosting SYS_EXIT
 * (QEMU exits 0 for "application exit", 1 for any other reason). On the
 * boards whose start-up code needs more of rdimon, rdimon gives them. */
void initialise_monitor_handles(void);
void initialise_monitor_handles(void) {}
void *__heap_limit = (void *)0xcafedead;
void _exit(int status);
void _exit(int status) {
    enum { SYS_EXIT = 0x18, ADP_STOPPED_APPLICATION_EXIT = 0x20026, ADP_STOPPED_RUN_TIME_ERROR = 0x20023 };
    register uint32_t r0 __asm__("r0") = SYS_EXIT;
    register uint32_t r1 __asm__("r1") = status == 0 ? ADP_STOPPED_APPLICATION_EXIT : ADP_STOPPED_RUN_TIME_ERROR;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    for (;;) {
    }
}
#endif

static void out(const char *s) {
    static int32_t console = -2; /* opened on first use */
    if (console == -2) console = file_open(":tt", MODE_WRITE);
    if (console >= 0) file_write(console, s, (uint32_t)strlen(s));
}

static void out_uint(unsigned long value) {
    char text[21];
    out(decimal_text(value, text));
}

/* The allocator under test, fresh for each case (its peak is the case's). */
#ifdef ENG_SMOKE_FIRST_FIT
#define ALLOCATOR_NAME "first-fit"
static first_fit memory;
static int memory_init(void *region, size_t size) {
    first_fit_init(&memory, region, size);
    return memory.size > 0;
}
static eng_allocator memory_allocator(void) { return first_fit_allocator(&memory); }
static size_t memory_peak(void) { return memory.peak; }
static size_t memory_capacity(void) { return memory.size; }
static int memory_whole(void) { return first_fit_is_whole(&memory); }
#else
#define ALLOCATOR_NAME "tlsf"
static eng_tlsf *memory;
static int memory_init(void *region, size_t size) {
    memory = eng_tlsf_init(region, size);
    return memory != NULL;
}
static eng_allocator memory_allocator(void) { return eng_tlsf_allocator(memory); }
static size_t memory_peak(void) {
    eng_alloc_stats s;
    eng_tlsf_get_stats(memory, &s);
    return s.peak_bytes_in_use;
}
static size_t memory_capacity(void) {
    eng_alloc_stats s;
    eng_tlsf_get_stats(memory, &s);
    return s.capacity;
}
static int memory_whole(void) {
    eng_alloc_stats s;
    eng_tlsf_get_stats(memory, &s);
    return s.bytes_in_use == 0 && s.largest_free == s.capacity && eng_tlsf_check(memory);
}
#endif

/* Runs one case in a fresh heap; 1 when the result is the expected one. */
static int run_case(const struct smoke_case *c, void *region, size_t region_size) {
    int ok = 0;
    out(c->name);
    out(": ");
    if (!memory_init(region, region_size)) {
        out("the heap region is too small for the allocator\n");
        return 0;
    }
    eng_allocator allocator = memory_allocator();
    eng_config config;
    memset(&config, 0, sizeof config); /* every other member: the default */
    config.allocator = &allocator;
#ifndef ENG_SMOKE_FIRST_FIT
    config.largest_free = eng_tlsf_largest_free;
#endif
    eng_heap *heap = eng_create(&config);
    if (!heap) {
        out("eng_create failed (out of memory)\n");
        return 0;
    }
    eng_status status = eng_eval(heap, c->source, strlen(c->source), c->name);
    if (status != ENG_OK) {
        /* The thrown value is on top: its report is "Name: message ...". */
        if (eng_push_error_report(heap, -1) == ENG_OK) {
            const char *report = eng_get_string(heap, -1, NULL);
            out("Uncaught ");
            out(report ? report : "?");
        } else {
            out("Uncaught error (no memory for its report)");
        }
    } else if (eng_to_string(heap, -1) == ENG_OK) {
        const char *result = eng_get_string(heap, -1, NULL);
        out(result ? result : "?");
        ok = result && strcmp(result, c->expected) == 0;
        out(ok ? " ok" : " WRONG, expected ");
        if (!ok) out(c->expected);
    } else {
        out("cannot convert the result to a string");
    }
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    out(" (engine peak ");
    out_uint(stats.peak_bytes);
    out(" bytes, " ALLOCATOR_NAME " peak ");
    out_uint(memory_peak());
    out(" of ");
    out_uint(memory_capacity());
    out(", ");
    out_uint(stats.gc_runs);
    out(" collections)\n");
    eng_destroy(heap);
    if (!memory_whole()) {
        out("  WRONG: the allocator is not whole after eng_destroy\n");
        ok = 0;
    }
    return ok;
}

int main(int argc, char **argv) {
    int failures = 0, ran = 0;
    /* All of the heap region the C library has not taken yet. */
    char *start = (char *)_sbrk(0);
    size_t size = (size_t)(__heap_end - start);
    if (start == (char *)-1 || _sbrk((ptrdiff_t)size) == (void *)-1) {
        out("smoke: cannot take the heap region\n");
        return 1;
    }
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int selected = argc <= 1;
        for (int a = 1; a < argc; a++) selected |= strcmp(argv[a], cases[i].name) == 0;
        if (!selected) continue;
        ran++;
        if (!run_case(&cases[i], start, size)) failures++;
    }
    if (ran != (argc <= 1 ? (int)(sizeof cases / sizeof cases[0]) : argc - 1)) {
        out("smoke: unknown case name\n");
        return 3;
    }
    return failures ? 1 : 0;
}
