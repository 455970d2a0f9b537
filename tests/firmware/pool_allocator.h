/* A header-free first-fit allocator over one block of memory, for
 * eng_config.allocator on boards where malloc's per-block header and bins
 * cost too much RAM: the engine passes every block's size back on free and
 * realloc (include/engine.h), so nothing needs storing beside the blocks.
 * Blocks are multiples of 8 bytes, 8-byte aligned. */
#ifndef ENG_FIRMWARE_POOL_ALLOCATOR_H
#define ENG_FIRMWARE_POOL_ALLOCATOR_H

#include <stddef.h>

#include "engine.h"

typedef struct pool_free_block pool_free_block;

typedef struct pool {
    pool_free_block *free_list; /* free blocks in address order */
    size_t size;                /* bytes managed */
    size_t in_use;              /* bytes handed out (rounded to 8) */
    size_t peak;                /* largest in_use seen */
} pool;

/* Manages [memory, memory + size); memory is aligned to 8 here. */
void pool_init(pool *p, void *memory, size_t size);
/* The allocator for eng_config.allocator; user is the pool. */
eng_allocator pool_allocator(pool *p);
/* 1 when everything handed out has been given back and the free space is
 * one block again (a check that every size passed back was right). */
int pool_is_whole(const pool *p);

#endif
