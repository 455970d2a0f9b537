/* First-fit allocator with an address-ordered free list. The engine passes
 * the size of every block it frees or resizes, so blocks carry no header:
 * the bytes handed out are exactly the bytes asked for, rounded up to GRAIN. */
#include "pool_alloc.h"

#include <stdint.h>
#include <string.h>

struct pool_block {
    pool_block *next;
    size_t size;
};

/* A free block must hold its list node; 8 keeps doubles aligned on ARM EABI. */
#define GRAIN (sizeof(pool_block) > 8 ? sizeof(pool_block) : 8)

static size_t round_up(size_t size) {
    if (size == 0) size = 1;
    return (size + GRAIN - 1) / GRAIN * GRAIN;
}

static void *pool_alloc(void *user, size_t size) {
    pool *p = (pool *)user;
    size = round_up(size);
    for (pool_block **link = &p->free_list; *link; link = &(*link)->next) {
        pool_block *b = *link;
        if (b->size < size) continue;
        if (b->size == size) {
            *link = b->next;
        } else {
            /* Hand out the front, keep the tail on the list. */
            pool_block *rest = (pool_block *)((char *)b + size);
            rest->next = b->next;
            rest->size = b->size - size;
            *link = rest;
        }
        return b;
    }
    return NULL;
}

static void pool_free(void *user, void *ptr, size_t size) {
    pool *p = (pool *)user;
    if (!ptr) return;
    pool_block *b = (pool_block *)ptr;
    b->size = round_up(size);
    pool_block **link = &p->free_list;
    while (*link && *link < b) link = &(*link)->next;
    b->next = *link;
    *link = b;
    /* Merge with the following block, then with the preceding one. */
    if (b->next && (char *)b + b->size == (char *)b->next) {
        b->size += b->next->size;
        b->next = b->next->next;
    }
    if (link != &p->free_list) {
        pool_block *prev = (pool_block *)((char *)link - offsetof(pool_block, next));
        if ((char *)prev + prev->size == (char *)b) {
            prev->size += b->size;
            prev->next = b->next;
        }
    }
}

static void *pool_realloc(void *user, void *ptr, size_t old_size, size_t size) {
    if (!ptr) return pool_alloc(user, size);
    if (round_up(old_size) == round_up(size)) return ptr;
    void *fresh = pool_alloc(user, size);
    if (!fresh) return NULL;
    memcpy(fresh, ptr, old_size < size ? old_size : size);
    pool_free(user, ptr, old_size);
    return fresh;
}

void pool_init(pool *p, eng_allocator *allocator, void *buffer, size_t size) {
    uintptr_t start = ((uintptr_t)buffer + GRAIN - 1) / GRAIN * GRAIN;
    size_t usable = (size - (size_t)(start - (uintptr_t)buffer)) / GRAIN * GRAIN;
    p->free_list = (pool_block *)start;
    p->free_list->next = NULL;
    p->free_list->size = usable;
    allocator->alloc = pool_alloc;
    allocator->realloc = pool_realloc;
    allocator->free = pool_free;
    allocator->user = p;
}
