/* The consumer firmware: everything the engine needs from outside comes
 * from here (allocator over a static arena, clock, output), so with
 * ENG_LIBC_DEFAULTS=OFF the link pulls no malloc, stdio or time through the
 * engine. check.sh links it for a Cortex-M core and reads the link map.
 * The allocator is a minimal first-fit list that uses the sizes the engine
 * passes to free and realloc (no block headers). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "engine.h"

#define ARENA_BYTES (48u * 1024u)

static uint8_t arena[ARENA_BYTES] __attribute__((aligned(8)));

typedef struct free_block {
    struct free_block *next;
    size_t size;
} free_block;

static free_block *free_list;
static size_t arena_used;

static size_t round8(size_t n) { return (n + 7u) & ~(size_t)7u; }

static void *arena_alloc(void *user, size_t size) {
    (void)user;
    size = round8(size < sizeof(free_block) ? sizeof(free_block) : size);
    for (free_block **link = &free_list; *link; link = &(*link)->next) {
        free_block *b = *link;
        if (b->size == size) {
            *link = b->next;
            return b;
        }
    }
    if (arena_used + size > ARENA_BYTES) return NULL;
    void *p = arena + arena_used;
    arena_used += size;
    return p;
}

static void arena_free(void *user, void *ptr, size_t size) {
    (void)user;
    if (!ptr) return;
    free_block *b = (free_block *)ptr;
    b->size = round8(size < sizeof(free_block) ? sizeof(free_block) : size);
    b->next = free_list;
    free_list = b;
}

static void *arena_realloc(void *user, void *ptr, size_t old_size, size_t size) {
    void *q = arena_alloc(user, size);
    if (!q) return NULL;
    if (ptr) {
        memcpy(q, ptr, old_size < size ? old_size : size);
        arena_free(user, ptr, old_size);
    }
    return q;
}

static double board_now_ms(void *user) {
    (void)user;
    return 1.7e12; /* a real board reads its RTC here */
}

static volatile size_t uart_bytes;

static void board_write(void *user, const char *text, size_t length) {
    (void)user;
    (void)text;
    uart_bytes += length; /* a real board writes to its UART here */
}

int main(void) {
    static const eng_allocator allocator = {arena_alloc, arena_realloc, arena_free, NULL};
    static const eng_clock clock = {board_now_ms, NULL, NULL};
    eng_config config;
    memset(&config, 0, sizeof config);
    config.allocator = &allocator;
    config.clock = &clock;
    config.write = board_write;
    eng_heap *heap = eng_create(&config);
    if (!heap) return 2;
    static const char script[] = "print(Date.now() > 0, [3, 1, 2].sort().join());";
    int ok = eng_eval(heap, script, sizeof script - 1, "fw.js") == ENG_OK;
    eng_destroy(heap);
    return ok && uart_bytes > 0 ? 0 : 1;
}
