/* An eng_allocator that forwards to another one and counts the bytes the
 * engine asks for (not what the underlying allocator spends on them). */
#ifndef FOOTPRINT_COUNT_ALLOC_H
#define FOOTPRINT_COUNT_ALLOC_H

#include <stddef.h>

#include "engine.h"

typedef struct counter {
    const eng_allocator *inner;
    size_t bytes, allocs;           /* live now */
    size_t peak_bytes;              /* largest `bytes` seen */
    size_t allocs_at_peak;          /* `allocs` when peak_bytes was reached */
} counter;

/* Makes `allocator` count through `c` into `inner`; resets the counts. */
void counter_init(counter *c, eng_allocator *allocator, const eng_allocator *inner);

#endif
