/* An eng_allocator over one caller-supplied buffer (no malloc): what a
 * firmware without a C heap would pass to eng_create. */
#ifndef FOOTPRINT_POOL_ALLOC_H
#define FOOTPRINT_POOL_ALLOC_H

#include <stddef.h>

#include "engine.h"

typedef struct pool_block pool_block;

typedef struct pool {
    pool_block *free_list; /* free blocks in address order */
} pool;

/* Makes `allocator` hand out memory from buffer[0..size). */
void pool_init(pool *p, eng_allocator *allocator, void *buffer, size_t size);

#endif
