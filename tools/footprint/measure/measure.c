/* Heap and C stack footprint of the engine for a set of workloads, printed
 * one line each for tools/footprint/run.sh. Same source for the 32-bit host
 * build and the Cortex-M firmware (semihosting under QEMU):
 *   footprint_measure WORKLOAD.js...
 * Each run uses a fresh heap over a static buffer and a counting allocator:
 *   create        bytes=B allocs=N stack=S     right after eng_create
 *   create_sizes  SIZExCOUNT...                the same by requested size
 *   NAME.js       peak=B allocs=N stack=S      peak over create, eval, destroy
 *   image:NAME.js peak=B allocs=N stack=S      the same running the workload's
 *                                              bytecode image in place
 *                                              (eng_run_image; compiled first
 *                                              on a heap of its own)
 * allocs on a workload line: allocations live when the byte peak was hit.
 * stack: deepest C stack below the caller (firmware only, "-" on the host).
 * A workload's first line is `// expect: TEXT`, its completion value as a
 * string (the line itself is not evaluated); a mismatch, or engine stats disagreeing with the counter, fails. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "count_alloc.h"
#include "engine.h"
#include "engine_alloc.h"
#include "size_tally.h"
#include "stack_paint.h"

#if defined(ENG_USE_PTR16) && ENG_USE_PTR16
/* 16-bit heap pointers: the buffer is the heap window (engine.h). */
#define POOL_SIZE ENG_PTR16_WINDOW_MAX
#else
#define POOL_SIZE (512u * 1024u)
#endif
#define STACK_DEPTH (32u * 1024u)

static unsigned char pool_buffer[POOL_SIZE] __attribute__((aligned(8)));

typedef struct run {
    size_t create_bytes, create_allocs; /* right after eng_create */
    size_t peak_bytes, peak_allocs;
    long stack;                         /* -1: not measured */
    int ok;
    char result[64];
} run;

static char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *text = malloc(cap);
    size_t got;
    while (text && (got = fread(text + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) text = realloc(text, cap *= 2);
    }
    fclose(f);
    *length = n;
    return text;
}

/* Text after "// expect: " on the first line. */
static int expected_of(const char *source, size_t length, char *out, size_t size) {
    static const char tag[] = "// expect: ";
    if (length < sizeof tag || memcmp(source, tag, sizeof tag - 1) != 0) return 0;
    const char *p = source + sizeof tag - 1;
    size_t n = 0;
    while (p + n < source + length && p[n] != '\n' && p[n] != '\r' && n + 1 < size) n++;
    memcpy(out, p, n);
    out[n] = '\0';
    return 1;
}

/* Counter and engine statistics must agree: both count requested bytes. */
static int stats_agree(eng_heap *heap, const counter *c, int check_peak) {
    eng_heap_stats s;
    eng_get_stats(heap, &s);
    int ok = s.bytes_in_use == c->bytes && s.live_allocations == c->allocs &&
             (!check_peak || s.peak_bytes == c->peak_bytes);
    if (!ok)
        fprintf(stderr, "engine stats (%lu B, %lu live, peak %lu) != counter (%lu, %lu, %lu)\n",
                (unsigned long)s.bytes_in_use, (unsigned long)s.live_allocations,
                (unsigned long)s.peak_bytes, (unsigned long)c->bytes, (unsigned long)c->allocs,
                (unsigned long)c->peak_bytes);
    return ok;
}

/* The image of a workload, compiled on a heap of its own (not measured). */
typedef struct image_buffer {
    unsigned char *bytes;
    size_t size;
} image_buffer;

static int append_image(void *user, const void *bytes, size_t length) {
    image_buffer *b = (image_buffer *)user;
    unsigned char *grown = realloc(b->bytes, b->size + length);
    if (!grown) return 1;
    memcpy(grown + b->size, bytes, length);
    b->bytes = grown;
    b->size += length;
    return 0;
}

static int compile_image(const char *source, size_t length, image_buffer *out) {
    eng_allocator pool_allocator = eng_tlsf_allocator(eng_tlsf_init(pool_buffer, sizeof pool_buffer));
    eng_config config = {0};
    config.allocator = &pool_allocator;
    eng_heap *heap = eng_create(&config);
    if (!heap) return 0;
    out->bytes = NULL;
    out->size = 0;
    int ok = eng_compile_image(heap, source, length, "workload.js", 0, append_image, out) == ENG_OK;
    eng_destroy(heap);
    return ok;
}

/* One heap's life: create, evaluate (source may be NULL) or run an image,
 * read, destroy. */
static void __attribute__((noinline)) measure_run(const char *source, size_t length, const image_buffer *image,
                                                  run *r) {
    static counter c;
    eng_allocator pool_allocator = eng_tlsf_allocator(eng_tlsf_init(pool_buffer, sizeof pool_buffer)), counting;
    counter_init(&c, &counting, &pool_allocator);
    eng_config config = {0};
    config.allocator = &counting;
    r->ok = 1;
    r->stack = -1;
    r->result[0] = '\0';
#if STACK_PAINT_SUPPORTED
    uintptr_t top = stack_pointer();
    stack_paint(top, STACK_DEPTH);
#endif
    eng_heap *heap = eng_create(&config);
    if (!heap) {
        fprintf(stderr, "eng_create failed\n");
        r->ok = 0;
        return;
    }
    r->create_bytes = c.bytes;
    r->create_allocs = c.allocs;
    r->ok &= stats_agree(heap, &c, 1);
    if (source || image) {
        eng_status status = image ? eng_run_image(heap, image->bytes, image->size)
                                  : eng_eval(heap, source, length, "workload.js");
        if (status != ENG_OK) r->ok = 0;
        r->ok &= stats_agree(heap, &c, 1);
        /* Read before converting: the conversion may allocate. */
        r->peak_bytes = c.peak_bytes;
        r->peak_allocs = c.allocs_at_peak;
        size_t n = 0;
        const char *text = eng_to_string(heap, -1) == ENG_OK ? eng_get_string(heap, -1, &n) : "";
        if (n >= sizeof r->result) n = sizeof r->result - 1;
        memcpy(r->result, text, n);
        r->result[n] = '\0';
    }
    eng_destroy(heap);
    if (c.bytes != 0 || c.allocs != 0) {
        fprintf(stderr, "after eng_destroy: %lu bytes in %lu allocations still live\n",
                (unsigned long)c.bytes, (unsigned long)c.allocs);
        r->ok = 0;
    }
#if STACK_PAINT_SUPPORTED
    size_t used = stack_used(top, STACK_DEPTH);
    if (used == (size_t)-1) {
        fprintf(stderr, "C stack deeper than the %u painted bytes\n", STACK_DEPTH);
        r->ok = 0;
    } else {
        r->stack = (long)used;
    }
#endif
}

static void measure(const char *source, size_t length, run *r) { measure_run(source, length, NULL, r); }

/* Live allocations by size right after eng_create, on a heap of its own:
 * the tally is not in the path of the measured runs. */
static int print_create_sizes(void) {
    static tally t;
    static char text[1024];
    eng_allocator pool_allocator = eng_tlsf_allocator(eng_tlsf_init(pool_buffer, sizeof pool_buffer)), tallying;
    tally_init(&t, &tallying, &pool_allocator);
    eng_config config = {0};
    config.allocator = &tallying;
    eng_heap *heap = eng_create(&config);
    if (!heap) return 0;
    tally_text(&t, text, sizeof text);
    eng_destroy(heap);
    printf("create_sizes %s\n", text);
    return 1;
}

static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static void print_stack(long stack) {
    if (stack < 0) printf(" stack=-\n");
    else printf(" stack=%ld\n", stack);
}

/* --image-c OUT.c WORKLOAD.js: writes the workload's image as C source
 * (fp_app_image, fp_app_image_size) for the firmware of the runtime without
 * the compiler (firmware/main_image.c). */
static int write_image_c(const char *out_path, const char *workload) {
    size_t length = 0;
    char *source = read_file(workload, &length);
    if (!source) return 1;
    const char *body = memchr(source, '\n', length);
    body = body ? body + 1 : source + length;
    image_buffer image = {NULL, 0};
    int ok = compile_image(body, length - (size_t)(body - source), &image);
    free(source);
    FILE *f = ok ? fopen(out_path, "w") : NULL;
    if (!f) {
        free(image.bytes);
        return 1;
    }
    fprintf(f, "/* Bytecode image of %s (tools/footprint/run.sh writes this file). */\n", base_name(workload));
    fprintf(f, "const unsigned long fp_app_image_size = %lu;\n", (unsigned long)image.size);
    fprintf(f, "const unsigned int fp_app_image[] = {");
    for (size_t i = 0; i < image.size; i += 4) {
        unsigned int w = 0;
        memcpy(&w, image.bytes + i, image.size - i < 4 ? image.size - i : 4);
        fprintf(f, "%s0x%08xu,", i % 32 == 0 ? "\n    " : " ", w);
    }
    fprintf(f, "\n};\n");
    free(image.bytes);
    return fclose(f) == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc == 4 && strcmp(argv[1], "--image-c") == 0) return write_image_c(argv[2], argv[3]);
    int failed = 0;
    run r;
    if (!eng_ptr16_set_window(pool_buffer, sizeof pool_buffer)) {
        fprintf(stderr, "cannot make the buffer the 16-bit pointer window\n");
        return 1;
    }
    printf("pointer_size=%u\n", (unsigned)sizeof(void *));
    measure(NULL, 0, &r);
    printf("create bytes=%lu allocs=%lu", (unsigned long)r.create_bytes,
           (unsigned long)r.create_allocs);
    print_stack(r.stack);
    failed |= !r.ok;
    failed |= !print_create_sizes();
    for (int i = 1; i < argc; i++) {
        size_t length = 0;
        char *source = read_file(argv[i], &length);
        char expected[64];
        if (!source || !expected_of(source, length, expected, sizeof expected)) {
            fprintf(stderr, "%s: unreadable, or no `// expect:` first line\n", argv[i]);
            free(source);
            failed = 1;
            continue;
        }
        /* The workload is what follows the expect line (the text). */
        const char *body = memchr(source, '\n', length);
        body = body ? body + 1 : source + length;
        size_t body_length = length - (size_t)(body - source);
        measure(body, body_length, &r);
        if (strcmp(r.result, expected) != 0) {
            fprintf(stderr, "%s: result '%s', expected '%s'\n", argv[i], r.result, expected);
            r.ok = 0;
        }
        printf("%s peak=%lu allocs=%lu", base_name(argv[i]), (unsigned long)r.peak_bytes,
               (unsigned long)r.peak_allocs);
        print_stack(r.stack);
        failed |= !r.ok;
        /* The same workload from its bytecode image (docs/images.md). */
        image_buffer image = {NULL, 0};
        if (!compile_image(body, body_length, &image)) {
            fprintf(stderr, "%s: cannot compile the image\n", argv[i]);
            failed = 1;
        } else {
            measure_run(NULL, 0, &image, &r);
            if (strcmp(r.result, expected) != 0) {
                fprintf(stderr, "%s (image): result '%s', expected '%s'\n", argv[i], r.result, expected);
                r.ok = 0;
            }
            printf("image:%s peak=%lu allocs=%lu", base_name(argv[i]), (unsigned long)r.peak_bytes,
                   (unsigned long)r.peak_allocs);
            print_stack(r.stack);
            failed |= !r.ok;
        }
        free(image.bytes);
        free(source);
    }
    return failed;
}
