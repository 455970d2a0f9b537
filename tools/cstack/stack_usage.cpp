// C stack used by the engine's recursion paths (docs/c-stack.md).
//
//   stack_usage              per-level bytes of each path (a table)
//   stack_usage --check N    each path without a depth bound, with
//                            eng_config.c_stack_size = N: fails unless
//                            every one ends in RangeError without using
//                            more than N bytes and the heap still works
//
// The stack is painted with a pattern before a script runs; afterwards the
// lowest overwritten byte gives the peak. On a POSIX host each run has a
// thread of its own with a painted stack; on the bare-metal firmware
// (QEMU mps2-an386) the region below the current stack pointer is painted.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

#if defined(__arm__) && !defined(__linux__)
#define BARE_METAL 1
#else
#include <pthread.h>
#endif

namespace {

const uint8_t PAINT = 0xa5;

// Each path as a script of depth n. Parser paths nest the source itself.
enum Build { SCRIPT, PARENS, ARRAYS, FUNCTIONS };
struct Path {
    const char *name;
    Build build;
    const char *script;  // n is a global
    int n1, n2;          // depths measured
};

const Path PATHS[] = {
    {"json_parse_reviver", SCRIPT,
     "JSON.parse(Array(n + 1).join('[') + Array(n + 1).join(']'), function (k, v) { return v; }); 0", 50, 150},
    {"json_stringify", SCRIPT, "var a = []; for (var i = 1; i < n; i++) a = [a]; JSON.stringify(a).length", 50, 150},
    // 50 deep: an array level costs about 1 kB of C stack on Cortex-M4, and
    // 60 no longer fit the board's default bound with the executor's frame
    // as it is (the level cost is a known item of issue 8).
    {"parse_parens", PARENS, nullptr, 20, 50},
    {"parse_arrays", ARRAYS, nullptr, 20, 50},
    {"parse_functions", FUNCTIONS, nullptr, 5, 15},
    {"getter", SCRIPT,
     "var o = {}, d = 0; Object.defineProperty(o, 'x', { get: function () { return ++d < n ? o.x : d; } }); o.x", 5,
     15},
    {"map_callback", SCRIPT, "var d = 0; function f() { if (++d < n) [0].map(f); return d; } f()", 5, 15},
    {"to_string", SCRIPT, "var d = 0, o = { toString: function () { return ++d < n ? String(o) : 'x'; } }; String(o)",
     5, 15},
    {"sort_comparator", SCRIPT, "var d = 0; function f(a, b) { if (++d < n) [2, 1].sort(f); return a - b; } [2, 1].sort(f); d",
     5, 15},
    {"join_nested", SCRIPT, "var a = []; for (var i = 1; i < n; i++) a = [a]; String(a).length", 5, 15},
    {"eval", SCRIPT, "function e(k) { return k ? eval('e(' + (k - 1) + ')') : 0; } e(n)", 5, 15},
    {"js_calls", SCRIPT, "function r(k) { return k ? r(k - 1) : 0; } r(n)", 50, 150},
};

// The source of a parser path nested n deep (malloc'ed).
char *nestedSource(Build b, int n) {
    const char *open = b == PARENS ? "(" : b == ARRAYS ? "[" : "(function () { ";
    const char *mid = b == ARRAYS ? "" : "0";
    const char *close = b == PARENS ? ")" : b == ARRAYS ? "]" : " })";
    size_t lo = strlen(open), lc = strlen(close), lm = strlen(mid);
    char *s = static_cast<char *>(malloc(static_cast<size_t>(n) * (lo + lc) + lm + 1));
    if (!s) return nullptr;
    char *p = s;
    for (int i = 0; i < n; i++, p += lo) memcpy(p, open, lo);
    memcpy(p, mid, lm);
    p += lm;
    for (int i = 0; i < n; i++, p += lc) memcpy(p, close, lc);
    *p = 0;
    return s;
}

struct Run {
    const Path *path;
    int n;
    size_t cStackSize;  // eng_config.c_stack_size (0: the port's)
    // results
    bool ok;            // the script completed
    char result[96];    // "ok" or the error report's first line
    bool heapWorks;     // a small script ran afterwards
    uintptr_t entry;    // a frame address just above eng_eval
};

// Keeps the compiler from merging or inlining what is measured.
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

NOINLINE void runScript(Run *r) {
    eng_config config;
    memset(&config, 0, sizeof config);
    config.c_stack_size = r->cStackSize;
    eng_heap *heap = eng_create(&config);
    r->ok = false;
    r->heapWorks = false;
    snprintf(r->result, sizeof r->result, "no heap");
    if (!heap) return;
    char *source = r->path->build == SCRIPT ? nullptr : nestedSource(r->path->build, r->n);
    const char *text = source ? source : r->path->script;
    eng_push_number(heap, r->n);
    eng_put_global_string(heap, "n");
    r->entry = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    eng_status st = eng_eval(heap, text, strlen(text), r->path->name);
    r->ok = st == ENG_OK;
    // Only an error is converted: the value of a parser path (nested arrays)
    // would be joined, and that recursion measured instead of the parser's.
    if (r->ok) snprintf(r->result, sizeof r->result, "ok");
    else if (eng_push_error_report(heap, -1) == ENG_OK) {
        const char *s = eng_get_string(heap, -1, nullptr);
        size_t len = strcspn(s, "\n");
        if (len >= sizeof r->result) len = sizeof r->result - 1;
        memcpy(r->result, s, len);
        r->result[len] = 0;
    }
    eng_set_top(heap, 0);
    static const char probe[] = "[1, 2, 3].map(function (x) { return x * 2; }).join()";
    r->heapWorks = eng_eval(heap, probe, sizeof probe - 1, "probe") == ENG_OK && eng_is_string(heap, -1) &&
                   strcmp(eng_get_string(heap, -1, nullptr), "2,4,6") == 0;
    eng_destroy(heap);
    free(source);
}

// Runs r on a painted stack; returns the bytes used below r->entry.
#ifdef BARE_METAL
const size_t PAINTED = 512u * 1024u;

NOINLINE uintptr_t paintBelow() {
    // Everything from a little below this frame down PAINTED bytes.
    uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) - 256;
    volatile uint8_t *p = reinterpret_cast<volatile uint8_t *>(sp - PAINTED);
    for (size_t i = 0; i < PAINTED; i++) p[i] = PAINT;
    return sp - PAINTED;
}

size_t measure(Run *r) {
    uintptr_t bottom = paintBelow();
    runScript(r);
    const volatile uint8_t *p = reinterpret_cast<const volatile uint8_t *>(bottom);
    size_t i = 0;
    while (i < PAINTED && p[i] == PAINT) i++;
    return r->entry - (bottom + i);
}
#else
const size_t THREAD_STACK = 8u * 1024u * 1024u;

void *threadMain(void *arg) {
    runScript(static_cast<Run *>(arg));
    return nullptr;
}

size_t measure(Run *r) {
    void *stack = nullptr;
    if (posix_memalign(&stack, 65536, THREAD_STACK) != 0) return 0;
    memset(stack, PAINT, THREAD_STACK);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstack(&attr, stack, THREAD_STACK);
    pthread_t t;
    if (pthread_create(&t, &attr, threadMain, r) != 0) {
        fprintf(stderr, "pthread_create failed\n");
        exit(2);
    }
    pthread_join(t, nullptr);
    pthread_attr_destroy(&attr);
    const uint8_t *p = static_cast<const uint8_t *>(stack);
    size_t i = 0;
    while (i < THREAD_STACK && p[i] == PAINT) i++;
    size_t used = r->entry - (reinterpret_cast<uintptr_t>(stack) + i);
    free(stack);
    return used;
}
#endif

int table() {
    printf("%-20s %8s %8s %10s %10s %9s\n", "path", "n1", "n2", "bytes(n1)", "bytes(n2)", "per level");
    int failures = 0;
    for (const Path &path : PATHS) {
        Run a{&path, path.n1, 0, false, {0}, false, 0};
        Run b{&path, path.n2, 0, false, {0}, false, 0};
        size_t ua = measure(&a), ub = measure(&b);
        if (!a.ok || !b.ok) {
            printf("%-20s failed: %s\n", path.name, a.ok ? b.result : a.result);
            failures++;
            continue;
        }
        printf("%-20s %8d %8d %10u %10u %9u\n", path.name, path.n1, path.n2, static_cast<unsigned>(ua),
               static_cast<unsigned>(ub), static_cast<unsigned>((ub - ua) / static_cast<size_t>(path.n2 - path.n1)));
    }
    return failures ? 1 : 0;
}

int check(size_t size) {
    int failures = 0;
    for (const Path &path : PATHS) {
        if (path.build == SCRIPT && strcmp(path.name, "js_calls") == 0) continue;  // no C recursion
        // Deeper than every level limit of every port (JSON: at most 1000).
        Run r{&path, path.build == SCRIPT ? 3000 : 20000, size, false, {0}, false, 0};
        size_t used = measure(&r);
        // The parser's own nesting limit may come first on a roomy stack.
        bool error = strncmp(r.result, "RangeError", 10) == 0 ||
                     (path.build != SCRIPT && strstr(r.result, "Maximum nesting depth exceeded"));
        bool pass = !r.ok && error && used <= size && r.heapWorks;
        printf("%-20s %-4s used %6u of %6u: %s%s\n", path.name, pass ? "ok" : "FAIL", static_cast<unsigned>(used),
               static_cast<unsigned>(size), r.result, r.heapWorks ? "" : " (heap unusable afterwards)");
        if (!pass) failures++;
    }
    printf("%s\n", failures ? "FAILED" : "all paths ended in RangeError within the bound");
    return failures ? 1 : 0;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "--check") == 0) return check(strtoul(argv[2], nullptr, 10));
    if (argc == 1) return table();
    fprintf(stderr, "usage: stack_usage [--check BYTES]\n");
    return 3;
}
