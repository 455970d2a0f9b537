/* An eng_allocator that forwards to another one and keeps, per requested
 * size, the number of live allocations: where the bytes of a heap go. Kept
 * out of the counting allocator so that the stack figures, measured through
 * that one alone, do not include this bookkeeping. */
#ifndef FOOTPRINT_SIZE_TALLY_H
#define FOOTPRINT_SIZE_TALLY_H

#include <stddef.h>

#include "engine.h"

#define TALLY_SIZES 64

typedef struct tally {
    const eng_allocator *inner;
    size_t size_of[TALLY_SIZES], live_of[TALLY_SIZES];
    size_t sizes;   /* distinct sizes seen; later ones beyond TALLY_SIZES are not kept */
} tally;

void tally_init(tally *t, eng_allocator *allocator, const eng_allocator *inner);

/* "SIZExCOUNT ..." of the live allocations, most bytes first. */
void tally_text(const tally *t, char *out, size_t cap);

#endif
