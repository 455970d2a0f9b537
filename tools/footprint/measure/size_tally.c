/* Live allocations per requested size (see size_tally.h). */
#include "size_tally.h"

#include <stdio.h>

static void note(tally *t, size_t size, int delta) {
    size_t i = 0;
    while (i < t->sizes && t->size_of[i] != size) i++;
    if (i == t->sizes) {
        if (t->sizes == TALLY_SIZES) return;
        t->size_of[t->sizes] = size;
        t->live_of[t->sizes++] = 0;
    }
    t->live_of[i] += (size_t)delta;
}

static void *tally_alloc(void *user, size_t size) {
    tally *t = (tally *)user;
    void *p = t->inner->alloc(t->inner->user, size);
    if (p) note(t, size, 1);
    return p;
}

static void *tally_realloc(void *user, void *ptr, size_t old_size, size_t size) {
    tally *t = (tally *)user;
    void *p = t->inner->realloc(t->inner->user, ptr, old_size, size);
    if (p) {
        if (ptr) note(t, old_size, -1);
        note(t, size, 1);
    }
    return p;
}

static void tally_free(void *user, void *ptr, size_t size) {
    tally *t = (tally *)user;
    if (!ptr) return;
    t->inner->free(t->inner->user, ptr, size);
    note(t, size, -1);
}

void tally_init(tally *t, eng_allocator *allocator, const eng_allocator *inner) {
    t->inner = inner;
    t->sizes = 0;
    allocator->alloc = tally_alloc;
    allocator->realloc = tally_realloc;
    allocator->free = tally_free;
    allocator->user = t;
}

void tally_text(const tally *t, char *out, size_t cap) {
    char used[TALLY_SIZES] = {0};
    size_t n = 0;
    out[0] = '\0';
    for (;;) {
        size_t best = TALLY_SIZES;
        for (size_t i = 0; i < t->sizes; i++)
            if (!used[i] && t->live_of[i] &&
                (best == TALLY_SIZES ||
                 t->size_of[i] * t->live_of[i] > t->size_of[best] * t->live_of[best]))
                best = i;
        if (best == TALLY_SIZES) break;
        used[best] = 1;
        int w = snprintf(out + n, cap - n, "%s%lux%lu", n ? " " : "",
                         (unsigned long)t->size_of[best], (unsigned long)t->live_of[best]);
        if (w < 0 || (size_t)w >= cap - n) break;
        n += (size_t)w;
    }
}
