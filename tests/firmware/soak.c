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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "engine_alloc.h"
#include "semihost.h"
#include "soak_pools.h"

/* Files and text through semihost.h's calls, not stdio: the firmware
 * then links none of the C library's stdio (printf, FILE), which the 256
 * KiB of lm3s6965evb's flash cannot spare beside the engine. */

/* Standard output: the console opened for writing. */
static int32_t console = -2;

static void say(const char *text) {
    if (console == -2) console = file_open(":tt", MODE_WRITE);
    if (console >= 0) file_write(console, text, strlen(text));
}

static void say_number(unsigned long value) {
    char text[21];
    say(decimal_text(value, text));
}

#define HEAP_BYTES (40u * 1024u)

static unsigned char heap_buffer[HEAP_BYTES] __attribute__((aligned(8)));

static struct {
    eng_tlsf *tlsf;
    eng_pool *pool;
    eng_heap *heap;
    size_t samples, peak_live, worst_largest_free, worst_largest_free_collected;
    int32_t log;  /* the allocation log's handle, or -1 */
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
    if (soak.samples % 4 == 0) {
        say("soak: round ");
        say_number((unsigned long)eng_get_number(heap, 0));
        say(", ");
        say_number((unsigned long)stats.alloc_count);
        say(" allocations, in use ");
        say_number((unsigned long)stats.bytes_in_use);
        say(", largest free block ");
        say_number((unsigned long)before.largest_free);
        say("; after a collection live ");
        say_number((unsigned long)after.bytes_in_use);
        say(", largest free block ");
        say_number((unsigned long)collected.largest_free);
        say("\n");
    }
    soak.samples++;
    return 0;
}

/* print's output (the library falls back on no stdout here). */
static void write_print(void *user, const char *text, size_t length) {
    (void)user;
    if (console == -2) console = file_open(":tt", MODE_WRITE);
    if (console >= 0) file_write(console, text, length);
}

static void write_event(void *user, const eng_alloc_event *event) {
    char line[ENG_ALLOC_LOG_LINE_MAX];
    size_t n = eng_alloc_log_line(event, line, sizeof line);
    file_write((int32_t)(intptr_t)user, line, n);
}

/* The script, in .bss: newlib's malloc takes whole pages from the little
 * heap region the 40 KiB buffer leaves. */
static char script_text[4096];

static const char *read_file(const char *path) {
    int32_t f = file_open(path, MODE_READ_BINARY);
    if (f < 0) return NULL;
    /* SYS_READ answers how many bytes it did not read: asking for one more
     * than the buffer keeps tells a file that fills it from a larger one. */
    const uint32_t args[3] = {(uint32_t)f, (uint32_t)(uintptr_t)script_text, (uint32_t)sizeof script_text};
    int32_t left = semihost_call(SYS_READ, args);
    file_close(f);
    if (left <= 0 || (size_t)left > sizeof script_text) return NULL; /* an error, or larger than the buffer */
    size_t length = sizeof script_text - (size_t)left;
    script_text[length] = '\0';
    return script_text;
}

int main(int argc, char **argv) {
    int use_pool = 0;
    long iterations = 80000;
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
        say("usage: soak.elf [--pool] [--iterations N] [--min-allocations N] [--memory-limit BYTES]\n"
            "                [--alloc-log FILE] soak.js\n");
        return 2;
    }
    const char *source = read_file(script_path);
    if (!source) {
        say("soak: cannot read ");
        say(script_path);
        say(" (or it is larger than ");
        say_number(sizeof script_text - 1);
        say(" bytes)\n");
        return 2;
    }
    eng_config config;
    memset(&config, 0, sizeof config);
    eng_allocator allocator;
    if (use_pool) {
        soak.pool = eng_pool_init(heap_buffer, sizeof heap_buffer, &soak_pool_config);
        if (!soak.pool) {
            say("soak: the pool configuration needs ");
            say_number(SOAK_POOL_BUFFER_BYTES);
            say(" bytes, more than the ");
            say_number(HEAP_BYTES);
            say(" of the heap\n");
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
    config.write = write_print;
    config.memory_limit = memory_limit;
    soak.log = -1;
    if (log_path) {
        soak.log = file_open(log_path, MODE_WRITE);
        if (soak.log < 0) {
            say("soak: cannot write ");
            say(log_path);
            say("\n");
            return 2;
        }
        config.alloc_log = write_event;
        config.alloc_log_user = (void *)(intptr_t)soak.log;
    }
    eng_heap *heap = eng_create(&config);
    if (!heap) {
        say("soak: eng_create failed\n");
        return 1;
    }
    int ok = eng_push_c_function(heap, js_sample, 1, "sample") == ENG_OK &&
             eng_put_global_string(heap, "sample") == ENG_OK &&
             eng_push_number(heap, (double)iterations) == ENG_OK &&
             eng_put_global_string(heap, "ITERATIONS") == ENG_OK;
    if (!ok) {
        say("soak: cannot set up the globals\n");
        return 1;
    }
    eng_status status = eng_eval(heap, source, strlen(source), "soak.js");
    if (eng_push_error_report(heap, -1) == ENG_OK) {
        const char *text = eng_get_string(heap, -1, NULL);
        say(status == ENG_OK ? "soak: " : "soak: Uncaught ");
        say(text ? text : "?");
        say("\n");
    }
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    eng_alloc_stats a;
    read_allocator(&a);
    eng_destroy(heap);
    if (soak.log >= 0) file_close(soak.log);
    say(use_pool ? "soak: pools, " : "soak: tlsf, ");
    say_number((unsigned long)stats.alloc_count);
    say(" allocations, peak ");
    say_number((unsigned long)stats.peak_bytes);
    say(" bytes in use, peak live ");
    say_number((unsigned long)soak.peak_live);
    say(" bytes of ");
    say_number(HEAP_BYTES);
    say(", worst largest free block ");
    say_number((unsigned long)soak.worst_largest_free);
    say(" bytes (");
    say_number((unsigned long)soak.worst_largest_free_collected);
    say(" after a collection), ");
    say_number((unsigned long)a.failed_requests);
    say(" failed requests\n");
    if (status != ENG_OK) return 1;
    if (stats.alloc_count < min_allocations) {
        say("soak: FAIL, fewer than ");
        say_number(min_allocations);
        say(" allocations\n");
        return 1;
    }
    if (soak.peak_live >= HEAP_BYTES / 2) {
        say("soak: FAIL, the live size reached half of the heap\n");
        return 1;
    }
    return 0;
}
