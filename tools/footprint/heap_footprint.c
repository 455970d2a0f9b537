/* Prints the memory a new heap takes and the peak for a small workload,
 * read from the heap statistics (no guessing): used by tools/footprint.sh. */
#include <stdio.h>
#include <string.h>

#include "engine.h"

int main(void) {
    eng_heap *heap = eng_create(NULL);
    eng_heap_stats stats;
    static const char workload[] =
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
        "var o = {}; for (var i = 0; i < 100; i++) o['k' + i] = [i, 'v' + i];\n"
        "fib(15)\n";
    if (!heap) {
        fprintf(stderr, "heap creation failed\n");
        return 1;
    }
    eng_get_stats(heap, &stats);
    printf("pointer size: %u bytes\n", (unsigned)sizeof(void *));
    printf("after heap creation: %lu bytes in %lu allocations\n", (unsigned long)stats.bytes_in_use,
           (unsigned long)stats.live_allocations);
    eng_gc(heap);
    eng_get_stats(heap, &stats);
    printf("after a collection: %lu bytes\n", (unsigned long)stats.bytes_in_use);
    if (eng_eval(heap, workload, strlen(workload), "workload.js") != ENG_OK) {
        fprintf(stderr, "workload failed\n");
        eng_destroy(heap);
        return 1;
    }
    eng_get_stats(heap, &stats);
    printf("small workload: peak %lu bytes, %lu collections, %lu freed by reference counting\n",
           (unsigned long)stats.peak_bytes, (unsigned long)stats.gc_runs, (unsigned long)stats.rc_frees);
    eng_destroy(heap);
    return 0;
}
