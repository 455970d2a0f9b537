/* Header-free first-fit allocator (first_fit.h). A free block holds
 * its size and the next free block; the list is kept in address order so
 * that neighbours merge when freed. */
#include "first_fit.h"

#include <stdint.h>
#include <string.h>

#define GRAIN 8u

struct first_fit_block {
    size_t size;
    first_fit_block *next;
};

static size_t round_up(size_t n) { return n == 0 ? GRAIN : (n + GRAIN - 1u) & ~(size_t)(GRAIN - 1u); }

void first_fit_init(first_fit *p, void *memory, size_t size) {
    uintptr_t start = ((uintptr_t)memory + GRAIN - 1u) & ~(uintptr_t)(GRAIN - 1u);
    size_t usable = size > start - (uintptr_t)memory ? size - (start - (uintptr_t)memory) : 0;
    usable &= ~(size_t)(GRAIN - 1u);
    p->free_list = NULL;
    p->size = usable;
    p->in_use = p->peak = 0;
    if (usable >= GRAIN) {
        p->free_list = (first_fit_block *)start;
        p->free_list->size = usable;
        p->free_list->next = NULL;
    }
}

/* Gives [block, block + size) back, merging with free neighbours. */
static void give_back(first_fit *p, void *block, size_t size) {
    first_fit_block *b = (first_fit_block *)block, *prev = NULL, *next = p->free_list;
    while (next && next < b) {
        prev = next;
        next = next->next;
    }
    b->size = size;
    b->next = next;
    if (next && (char *)b + b->size == (char *)next) {
        b->size += next->size;
        b->next = next->next;
    }
    if (prev && (char *)prev + prev->size == (char *)b) {
        prev->size += b->size;
        prev->next = b->next;
    } else if (prev) {
        prev->next = b;
    } else {
        p->free_list = b;
    }
}

static void *first_fit_alloc(void *user, size_t size) {
    first_fit *p = (first_fit *)user;
    size_t need = round_up(size);
    for (first_fit_block **link = &p->free_list; *link; link = &(*link)->next) {
        first_fit_block *b = *link;
        if (b->size < need) continue;
        if (b->size == need) {
            *link = b->next;
        } else {
            first_fit_block *rest = (first_fit_block *)((char *)b + need);
            rest->size = b->size - need;
            rest->next = b->next;
            *link = rest;
        }
        p->in_use += need;
        if (p->in_use > p->peak) p->peak = p->in_use;
        return b;
    }
    return NULL;
}

static void first_fit_free(void *user, void *ptr, size_t size) {
    first_fit *p = (first_fit *)user;
    if (!ptr) return;
    size_t have = round_up(size);
    p->in_use -= have;
    give_back(p, ptr, have);
}

static void *first_fit_realloc(void *user, void *ptr, size_t old_size, size_t size) {
    first_fit *p = (first_fit *)user;
    if (!ptr) return first_fit_alloc(user, size);
    size_t have = round_up(old_size), need = round_up(size);
    if (need == have) return ptr;
    if (need < have) { /* shrink in place: the tail goes back */
        p->in_use -= have - need;
        give_back(p, (char *)ptr + need, have - need);
        return ptr;
    }
    /* Grow in place when the free block right after is big enough. */
    char *end = (char *)ptr + have;
    for (first_fit_block **link = &p->free_list; *link && (char *)*link <= end; link = &(*link)->next) {
        first_fit_block *b = *link;
        if ((char *)b != end || have + b->size < need) continue;
        size_t taken = need - have;
        if (b->size == taken) {
            *link = b->next;
        } else {
            first_fit_block *rest = (first_fit_block *)((char *)b + taken);
            rest->size = b->size - taken;
            rest->next = b->next;
            *link = rest;
        }
        p->in_use += taken;
        if (p->in_use > p->peak) p->peak = p->in_use;
        return ptr;
    }
    void *moved = first_fit_alloc(user, size);
    if (!moved) return NULL;
    memcpy(moved, ptr, have < need ? have : need);
    first_fit_free(user, ptr, old_size);
    return moved;
}

eng_allocator first_fit_allocator(first_fit *p) {
    eng_allocator a = {first_fit_alloc, first_fit_realloc, first_fit_free, p};
    return a;
}

int first_fit_is_whole(const first_fit *p) {
    return p->in_use == 0 &&
           (p->size == 0 || (p->free_list && p->free_list->size == p->size && !p->free_list->next));
}
