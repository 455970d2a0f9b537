/* Counting allocator: bytes requested, live allocations, and their peak. */
#include "count_alloc.h"

static void note_peak(counter *c) {
    if (c->bytes > c->peak_bytes) {
        c->peak_bytes = c->bytes;
        c->allocs_at_peak = c->allocs;
    }
}

static void *count_alloc(void *user, size_t size) {
    counter *c = (counter *)user;
    void *p = c->inner->alloc(c->inner->user, size);
    if (p) {
        c->bytes += size;
        c->allocs++;
        note_peak(c);
    }
    return p;
}

static void *count_realloc(void *user, void *ptr, size_t old_size, size_t size) {
    counter *c = (counter *)user;
    void *p = c->inner->realloc(c->inner->user, ptr, old_size, size);
    if (p) {
        c->bytes = c->bytes - (ptr ? old_size : 0) + size;
        if (!ptr) c->allocs++;
        note_peak(c);
    }
    return p;
}

static void count_free(void *user, void *ptr, size_t size) {
    counter *c = (counter *)user;
    if (!ptr) return;
    c->inner->free(c->inner->user, ptr, size);
    c->bytes -= size;
    c->allocs--;
}

void counter_init(counter *c, eng_allocator *allocator, const eng_allocator *inner) {
    c->inner = inner;
    c->bytes = c->allocs = c->peak_bytes = c->allocs_at_peak = 0;
    allocator->alloc = count_alloc;
    allocator->realloc = count_realloc;
    allocator->free = count_free;
    allocator->user = c;
}
