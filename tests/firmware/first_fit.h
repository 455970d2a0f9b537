/* A header-free first-fit allocator over one block of memory, with no
 * control data at all: the engine passes every block's size back on free
 * and realloc (include/engine.h), so nothing needs storing beside the
 * blocks. Blocks are multiples of 8 bytes, 8-byte aligned. Only the
 * micro:bit's smoke firmware uses it: its 9 KiB heap cannot spare the
 * library TLSF's ~500 bytes of lists and edge bits (loop100 needs 8.2 KiB
 * with the minimal profile); every other firmware uses the TLSF. */
#ifndef ENG_FIRMWARE_FIRST_FIT_H
#define ENG_FIRMWARE_FIRST_FIT_H

#include <stddef.h>

#include "engine.h"

typedef struct first_fit_block first_fit_block;

typedef struct first_fit {
    first_fit_block *free_list; /* free blocks in address order */
    size_t size;                /* bytes managed */
    size_t in_use;              /* bytes handed out (rounded to 8) */
    size_t peak;                /* largest in_use seen */
} first_fit;

/* Manages [memory, memory + size); memory is aligned to 8 here. */
void first_fit_init(first_fit *p, void *memory, size_t size);
/* The allocator for eng_config.allocator; user is the first_fit. */
eng_allocator first_fit_allocator(first_fit *p);
/* 1 when everything handed out has been given back and the free space is
 * one block again (a check that every size passed back was right). */
int first_fit_is_whole(const first_fit *p);

#endif
