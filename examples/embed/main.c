/* Embedding the engine from C99 through include/engine.h only:
 * create a heap, expose a native function, run a script that calls it,
 * read results back through the value stack, look at memory, clean up. */
#include "engine.h"

#include <stdio.h>

/* add(a, b): a native function. Arguments are at stack indexes 0 and 1. */
static int js_add(eng_heap *heap) {
    if (!eng_is_number(heap, 0) || !eng_is_number(heap, 1))
        return eng_throw_error(heap, ENG_ERR_TYPE, "add: expected two numbers");
    if (eng_push_number(heap, eng_get_number(heap, 0) + eng_get_number(heap, 1)) != ENG_OK)
        return ENG_RET_ERROR;
    return 1; /* the result is on top of the stack */
}

static void print_error(eng_heap *heap) {
    /* The thrown value is on top of the stack: format it for a human. */
    if (eng_push_error_report(heap, -1) == ENG_OK)
        fprintf(stderr, "error: %s\n", eng_get_string(heap, -1, NULL));
}

int main(void) {
    static const char script[] =
        "var answer = add(20, 22);\n"
        "answer\n";
    eng_heap_stats stats;
    int ok = 0;

    eng_heap *heap = eng_create(NULL); /* default allocator, no memory limit */
    if (!heap) return 1;

    /* globalThis.add = <native function with 2 declared arguments> */
    if (eng_push_c_function(heap, js_add, 2, "add") != ENG_OK ||
        eng_put_global_string(heap, "add") != ENG_OK) {
        fprintf(stderr, "error: cannot register add\n");
    } else if (eng_eval(heap, script, sizeof script - 1, "example.js") != ENG_OK) {
        print_error(heap);
    } else {
        /* The completion value of the script is on top of the stack. */
        /* Whole numbers here: %ld keeps newlib-nano's printf without its
         * floating point (about 10 KB of flash on a board). */
        printf("add(20, 22) = %ld\n", (long)eng_get_number(heap, -1));
        eng_pop(heap, 1);

        /* Read a global variable back. */
        if (eng_get_global_string(heap, "answer") == ENG_OK) {
            printf("answer = %ld\n", (long)eng_get_number(heap, -1));
            ok = 1;
            eng_pop(heap, 1);
        }
    }

    eng_get_stats(heap, &stats);
    printf("heap: %lu bytes in use, peak %lu, %lu allocations\n",
           (unsigned long)stats.bytes_in_use, (unsigned long)stats.peak_bytes,
           (unsigned long)stats.alloc_count);

    eng_destroy(heap);
    if (ok) printf("done\n");
    return ok ? 0 : 1;
}
