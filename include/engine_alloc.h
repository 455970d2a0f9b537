/*
 * engine_alloc.h - allocators of the library for boards without malloc,
 * and the allocation log's line format (docs/memory-tuning.md).
 *
 * Both allocators work inside one buffer the caller gives them and keep
 * their own control data at its start. The engine passes every block's size
 * back on free and realloc (include/engine.h), so neither stores a header
 * in front of the blocks it hands out. Blocks are 8-byte aligned.
 *
 * Nothing here is used unless the embedder passes one of these allocators
 * in eng_config.allocator. One allocator serves one heap at a time (no
 * locking).
 *
 * C99 and C++ compatible.
 */
#ifndef ENGINE_ALLOC_H
#define ENGINE_ALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "engine.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What an allocator can say about itself. Sizes in bytes. */
typedef struct eng_alloc_stats {
    size_t capacity;          /* bytes available for blocks (the buffer minus control data) */
    size_t bytes_in_use;      /* bytes of the blocks handed out (requests rounded up to a block) */
    size_t peak_bytes_in_use; /* largest bytes_in_use seen */
    size_t requested_bytes;   /* bytes asked for by the live allocations */
    size_t free_bytes;        /* capacity - bytes_in_use */
    size_t largest_free;      /* largest free block (TLSF: every request up to it succeeds) */
    size_t live_blocks;       /* allocations not yet freed */
    size_t failed_requests;   /* alloc and realloc calls that returned NULL */
} eng_alloc_stats;

/* ---- TLSF: two-level segregated fit over one buffer ------------------
 *
 * free runs in constant time; alloc and realloc too, except that a request
 * of 128 bytes or more first walks the list of its own size class (blocks
 * within 1/8 of each other) for one that fits, which splits less than
 * taking a larger class's block, and a moved block is copied. Requests are
 * rounded up to 8 bytes; a handed-out block has
 * no header. A free block keeps its size, two list links and a copy of its
 * size at its end, and one bit per 8 bytes of the buffer marks the ends of
 * free blocks so that neighbours merge when freed. Control data: 48 bytes
 * (32-bit; 88 on 64-bit) + 36 * (floor(log2(size)) - 4) bytes of list heads
 * + size / 64 bytes of bits: 1,084 bytes for a 40 KiB buffer (2.6%). An
 * 8-byte remainder of a split is in no list until a neighbour is freed. */
typedef struct eng_tlsf eng_tlsf;

/* Manages [buffer, buffer + size). NULL when the buffer is too small (less
 * than a few hundred bytes) or larger than 4 GiB. */
eng_tlsf *eng_tlsf_init(void *buffer, size_t size);
/* The allocator for eng_config.allocator (user is the eng_tlsf). */
eng_allocator eng_tlsf_allocator(eng_tlsf *tlsf);
void eng_tlsf_get_stats(const eng_tlsf *tlsf, eng_alloc_stats *out);
/* The largest block a request gets now (eng_alloc_stats.largest_free);
 * fits eng_config.largest_free with user = the eng_tlsf. */
size_t eng_tlsf_largest_free(void *tlsf);
/* 1 when the allocator's own structures agree with each other (every free
 * block listed and marked, neighbours merged, bytes add up); for tests. */
int eng_tlsf_check(const eng_tlsf *tlsf);

/* ---- Pools: fixed size classes over one buffer -----------------------
 *
 * Each class is a run of `count` blocks of `size` bytes. A request takes a
 * block of the smallest class whose size fits it; with borrow set, when
 * that class is full it takes one of the next larger class that has a free
 * block. realloc keeps the block when the new size belongs to the same
 * class; otherwise it moves to the new size's class (with borrowing), and
 * when that fails and the new size still fits the block, keeps the block.
 * Control data: 28 bytes plus 32 bytes per class, rounded up to 8, plus up
 * to 7 bytes of alignment (64-bit: 48 + 40 per class). */
typedef struct eng_pool_class {
    uint32_t size;  /* block size: a multiple of 8, classes in increasing order */
    uint32_t count; /* blocks of this size */
} eng_pool_class;

typedef struct eng_pool_config {
    const eng_pool_class *classes;
    uint32_t class_count;
    uint32_t borrow;  /* 1: a full class borrows from larger ones */
} eng_pool_config;

typedef struct eng_pool_class_stats {
    size_t size, count;
    size_t used;                  /* blocks in use now (borrowed ones included) */
    size_t high_water;            /* largest `used` seen */
    size_t lent;                  /* blocks in use now by requests of a smaller class */
    size_t lent_high_water;       /* largest `lent` seen */
} eng_pool_class_stats;

typedef struct eng_pool eng_pool;

/* Bytes of buffer that config needs (control data included), or 0 when
 * the configuration is invalid (no class, a size that is 0 or not a
 * multiple of 8, sizes not increasing, or more than 4 GiB). */
size_t eng_pool_required_size(const eng_pool_config *config);
/* Lays the classes out in [buffer, buffer + size); NULL when the
 * configuration is invalid or needs more than size bytes. The config's
 * table is copied: it may be a local. */
eng_pool *eng_pool_init(void *buffer, size_t size, const eng_pool_config *config);
eng_allocator eng_pool_allocator(eng_pool *pool);
/* Totals in *out; per class in classes[0 .. max_classes) (either may be
 * NULL). Returns the number of classes. */
size_t eng_pool_get_stats(const eng_pool *pool, eng_alloc_stats *out,
                          eng_pool_class_stats *classes, size_t max_classes);
size_t eng_pool_largest_free(void *pool);

/* ---- Allocation log -----------------------------------------------------
 *
 * eng_alloc_log_line writes one event as one line of the log format:
 *   a SEQ PTR SIZE                     allocation of SIZE bytes at PTR
 *   r SEQ OLD_PTR PTR OLD_SIZE SIZE    reallocation (PTR may equal OLD_PTR)
 *   f SEQ PTR SIZE                     free of SIZE bytes at PTR
 * SEQ counts events from 1 within a heap; pointers are lower-case hex
 * without 0x; a failed request is not logged. Lines end in '\n'. Returns
 * the line's length (without the NUL), or 0 when it does not fit in
 * capacity (ENG_ALLOC_LOG_LINE_MAX is always enough). */
#define ENG_ALLOC_LOG_LINE_MAX 96
size_t eng_alloc_log_line(const eng_alloc_event *event, char *out, size_t capacity);

#ifdef __cplusplus
}
#endif

#endif /* ENGINE_ALLOC_H */
