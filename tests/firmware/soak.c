/* Soak test firmware: tests/firmware/soak.js churns values of many sizes
 * for ITERATIONS rounds in a 40 KiB heap, on the library's TLSF allocator
 * or (--pool) on the pool configuration tools/pool-tuner wrote from the
 * soak's own logs (soak_pools.h).
 *
 *   soak.elf [--pool] [--iterations N] [--min-allocations N]
 *            [--memory-limit BYTES] [--alloc-log FILE] soak.js
 *
 * Every 2000 rounds the script calls sample(): the allocator's largest free
 * block and the engine's bytes in use are read, then a full collection
 * gives the live size (what is reachable) and the largest free block left
 * beside it. A line goes to stdout every 4 samples, and at the end
 *   soak: tlsf, 1000000 allocations, peak 39000 bytes in use, peak live 9000
 *   bytes of 40960, worst largest free block 800 bytes (9000 after a
 *   collection), 300 failed requests
 * (failed requests: the allocator's refusals that the engine's emergency
 * collection then satisfied; a refusal it could not satisfy ends the
 * script with RangeError.)
 * Exit status 0 only when the script ran to its end, made at least
 * --min-allocations allocations (default 1000000) and its live size stayed
 * under half of the heap. --alloc-log streams the allocation log over
 * semihosting (for short runs that feed the tuner; with --memory-limit the
 * engine collects before the heap is full, so the log shows what the
 * script needs rather than what a full heap allowed). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "engine_alloc.h"
#include "soak_pools.h"

#define HEAP_BYTES (40u * 1024u)

static unsigned char heap_buffer[HEAP_BYTES] __attribute__((aligned(8)));

static struct {
    eng_tlsf *tlsf;
    eng_pool *pool;
    eng_heap *heap;
    size_t samples, peak_live, worst_largest_free, worst_largest_free_collected;
    FILE *log;
} soak;

static void read_allocator(eng_alloc_stats *s) {
    if (soak.tlsf) eng_tlsf_get_stats(soak.tlsf, s);
    else eng_pool_get_stats(soak.pool, s, NULL, 0);
}

static int js_sample(eng_heap *heap) {
    eng_alloc_stats before;
    read_allocator(&before);
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    eng_gc(heap);
    eng_heap_stats after;
    eng_get_stats(heap, &after);
    eng_alloc_stats collected;
    read_allocator(&collected);
    if (after.bytes_in_use > soak.peak_live) soak.peak_live = after.bytes_in_use;
    if (soak.samples == 0 || before.largest_free < soak.worst_largest_free)
        soak.worst_largest_free = before.largest_free;
    if (soak.samples == 0 || collected.largest_free < soak.worst_largest_free_collected)
        soak.worst_largest_free_collected = collected.largest_free;
    if (soak.samples % 4 == 0)
        printf("soak: round %ld, %lu allocations, in use %lu, largest free block %lu; "
               "after a collection live %lu, largest free block %lu\n",
               (long)eng_get_number(heap, 0), (unsigned long)stats.alloc_count,
               (unsigned long)stats.bytes_in_use, (unsigned long)before.largest_free,
               (unsigned long)after.bytes_in_use, (unsigned long)collected.largest_free);
    soak.samples++;
    return 0;
}

static void write_event(void *user, const eng_alloc_event *event) {
    char line[ENG_ALLOC_LOG_LINE_MAX];
    size_t n = eng_alloc_log_line(event, line, sizeof line);
    fwrite(line, 1, n, (FILE *)user);
}

/* The script, in .bss: newlib's malloc takes whole pages from the little
 * heap region the 40 KiB buffer leaves. */
static char script_text[4096];

static const char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t length = fread(script_text, 1, sizeof script_text - 1, f);
    int whole = feof(f) || fgetc(f) == EOF;
    fclose(f);
    if (!whole) return NULL; /* larger than the buffer */
    script_text[length] = '\0';
    return script_text;
}

int main(int argc, char **argv) {
    int use_pool = 0;
    long iterations = 75000;
    unsigned long min_allocations = 1000000;
    const char *script_path = NULL, *log_path = NULL;
    size_t memory_limit = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--pool") == 0) use_pool = 1;
        else if (strcmp(argv[i], "--iterations") == 0 && i + 1 < argc) iterations = atol(argv[++i]);
        else if (strcmp(argv[i], "--min-allocations") == 0 && i + 1 < argc) min_allocations = strtoul(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--alloc-log") == 0 && i + 1 < argc) log_path = argv[++i];
        else if (strcmp(argv[i], "--memory-limit") == 0 && i + 1 < argc) memory_limit = strtoul(argv[++i], NULL, 10);
        else script_path = argv[i];
    }
    if (!script_path) {
        printf("usage: soak.elf [--pool] [--iterations N] [--min-allocations N] [--memory-limit BYTES]\n"
               "                [--alloc-log FILE] soak.js\n");
        return 2;
    }
    const char *source = read_file(script_path);
    if (!source) {
        printf("soak: cannot read %s (or it is larger than %u bytes)\n", script_path,
               (unsigned)sizeof script_text - 1);
        return 2;
    }
    eng_config config;
    memset(&config, 0, sizeof config);
    eng_allocator allocator;
    if (use_pool) {
        soak.pool = eng_pool_init(heap_buffer, sizeof heap_buffer, &soak_pool_config);
        if (!soak.pool) {
            printf("soak: the pool configuration needs %u bytes, more than the %u of the heap\n",
                   (unsigned)SOAK_POOL_BUFFER_BYTES, (unsigned)HEAP_BYTES);
            return 1;
        }
        allocator = eng_pool_allocator(soak.pool);
        config.largest_free = eng_pool_largest_free;
    } else {
        soak.tlsf = eng_tlsf_init(heap_buffer, sizeof heap_buffer);
        allocator = eng_tlsf_allocator(soak.tlsf);
        config.largest_free = eng_tlsf_largest_free;
    }
    config.allocator = &allocator;
    config.memory_limit = memory_limit;
    if (log_path) {
        soak.log = fopen(log_path, "w");
        if (!soak.log) {
            printf("soak: cannot write %s\n", log_path);
            return 2;
        }
        config.alloc_log = write_event;
        config.alloc_log_user = soak.log;
    }
    eng_heap *heap = eng_create(&config);
    if (!heap) {
        printf("soak: eng_create failed\n");
        return 1;
    }
    int ok = eng_push_c_function(heap, js_sample, 1, "sample") == ENG_OK &&
             eng_put_global_string(heap, "sample") == ENG_OK &&
             eng_push_number(heap, (double)iterations) == ENG_OK &&
             eng_put_global_string(heap, "ITERATIONS") == ENG_OK;
    if (!ok) {
        printf("soak: cannot set up the globals\n");
        return 1;
    }
    eng_status status = eng_eval(heap, source, strlen(source), "soak.js");
    if (eng_push_error_report(heap, -1) == ENG_OK) {
        const char *text = eng_get_string(heap, -1, NULL);
        printf("soak: %s%s\n", status == ENG_OK ? "" : "Uncaught ", text ? text : "?");
    }
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    eng_alloc_stats a;
    read_allocator(&a);
    eng_destroy(heap);
    if (soak.log) fclose(soak.log);
    printf("soak: %s, %lu allocations, peak %lu bytes in use, peak live %lu bytes of %u, "
           "worst largest free block %lu bytes (%lu after a collection), %lu failed requests\n",
           use_pool ? "pools" : "tlsf", (unsigned long)stats.alloc_count, (unsigned long)stats.peak_bytes,
           (unsigned long)soak.peak_live, (unsigned)HEAP_BYTES, (unsigned long)soak.worst_largest_free,
           (unsigned long)soak.worst_largest_free_collected, (unsigned long)a.failed_requests);
    if (status != ENG_OK) return 1;
    if (stats.alloc_count < min_allocations) {
        printf("soak: FAIL, fewer than %lu allocations\n", min_allocations);
        return 1;
    }
    if (soak.peak_live >= HEAP_BYTES / 2) {
        printf("soak: FAIL, the live size reached half of the heap\n");
        return 1;
    }
    return 0;
}
