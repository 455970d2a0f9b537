// Allocator chosen on the command line (arena.h).
#include "arena.h"

#include <stdlib.h>
#include <string.h>

namespace arena {

namespace {

// Sizes of the general pool classes: 16, 24, 32, 48, 64, 96, ... 8 MiB.
constexpr unsigned kGeneralClasses = 39;
eng_pool_class general_table[kGeneralClasses];
constexpr unsigned kMaxParsedClasses = 64;
eng_pool_class parsed_table[kMaxParsedClasses];

}  // namespace

bool parse_kind(const char *text, Kind *out) {
    if (strcmp(text, "malloc") == 0) *out = MALLOC;
    else if (strcmp(text, "tlsf") == 0) *out = TLSF;
    else if (strcmp(text, "pool") == 0) *out = POOL;
    else return false;
    return true;
}

bool parse_pools(const char *spec, Arena *a) {
    unsigned n = 0;
    const char *p = spec;
    while (*p) {
        char *end = nullptr;
        unsigned long size = strtoul(p, &end, 10);
        if (end == p || *end != ':' || n == kMaxParsedClasses) return false;
        p = end + 1;
        unsigned long count = strtoul(p, &end, 10);
        if (end == p || (*end != ',' && *end != '\0')) return false;
        parsed_table[n].size = static_cast<uint32_t>(size);
        parsed_table[n].count = static_cast<uint32_t>(count);
        n++;
        p = *end ? end + 1 : end;
    }
    a->pools = eng_pool_config{parsed_table, n, 1};
    a->bytes = eng_pool_required_size(&a->pools);
    a->kind = POOL;
    return a->bytes != 0;
}

// The classes up to an eighth of the arena (so a board's arena of a few MiB
// holds them; a 64 MiB one reaches 8 MiB), each given an equal share of it
// and at least one block.
eng_pool_config general_pools(size_t bytes) {
    unsigned n = 0;
    for (uint32_t size = 16; n < kGeneralClasses && size <= bytes / 8; n++) {
        general_table[n].size = size;
        // 16, 24, 32, 48, 64: steps of one half, then of one third.
        size = (n % 2 == 0) ? size + size / 2 : size / 3 * 4;
        size = (size + 7) & ~7u;
    }
    size_t share = n ? bytes / n : 0;
    for (unsigned i = 0; i < n; i++) {
        size_t count = share / general_table[i].size;
        general_table[i].count = static_cast<uint32_t>(count < 1 ? 1 : count);
    }
    eng_pool_config c = {general_table, n, 1};
    return c;
}

#if !(defined(ENG_USE_PTR16) && ENG_USE_PTR16)
namespace {

// The C library's allocator, given explicitly: a library built with
// ENG_LIBC_DEFAULTS=OFF (the lm3s6965evb test firmware) has no fallback.
void *mallocAlloc(void *, size_t size) { return malloc(size); }
void *mallocRealloc(void *, void *p, size_t, size_t size) { return realloc(p, size); }
void mallocFree(void *, void *p, size_t) { free(p); }

}  // namespace
#endif

bool open(Arena *a, eng_config *config) {
    if (a->kind == MALLOC) {
#if defined(ENG_USE_PTR16) && ENG_USE_PTR16
        // Blocks from malloc are in no 16-bit pointer window: the library's
        // default allocator (a TLSF over its static arena) stands in.
        config->allocator = nullptr;
#else
        a->allocator = eng_allocator{mallocAlloc, mallocRealloc, mallocFree, nullptr};
        config->allocator = &a->allocator;
#endif
        return true;
    }
#if defined(ENG_USE_PTR16) && ENG_USE_PTR16
    if (a->bytes == 0) a->bytes = ENG_PTR16_WINDOW_MAX;
    if (a->bytes > ENG_PTR16_WINDOW_MAX) {
        a->error = "the arena is larger than the 16-bit pointer window (524272 bytes)";
        return false;
    }
#endif
    if (a->bytes == 0) a->bytes = a->kind == TLSF ? 256u * 1024 * 1024 : 64u * 1024 * 1024;
    eng_pool_config pools = a->pools;
    if (a->kind == POOL && pools.class_count == 0) {
        pools = general_pools(a->bytes);
        a->bytes = eng_pool_required_size(&pools);
    }
    if (!a->memory) {
        a->memory = malloc(a->bytes);
        a->owned = true;
    }
    if (!a->memory) {
        a->error = "cannot take the arena's memory";
        return false;
    }
#if defined(ENG_USE_PTR16) && ENG_USE_PTR16
    // Heaps name their blocks by offsets in the window: the arena is it.
    if (!eng_ptr16_set_window(a->memory, a->bytes)) {
        a->error = "cannot make the arena the 16-bit pointer window";
        if (a->owned) free(a->memory);
        a->memory = nullptr;
        return false;
    }
#endif
    if (a->kind == TLSF) {
        a->tlsf = eng_tlsf_init(a->memory, a->bytes);
        if (a->tlsf) {
            a->allocator = eng_tlsf_allocator(a->tlsf);
            config->largest_free = eng_tlsf_largest_free;
        }
    } else {
        a->pool = eng_pool_init(a->memory, a->bytes, &pools);
        if (a->pool) {
            a->allocator = eng_pool_allocator(a->pool);
            config->largest_free = eng_pool_largest_free;
        }
    }
    if (!a->tlsf && !a->pool) {
        a->error = "cannot lay the allocator out in the arena";
        if (a->owned) free(a->memory);
        a->memory = nullptr;
        return false;
    }
    config->allocator = &a->allocator;
    return true;
}

bool close(Arena *a) {
    bool whole = true;
    eng_alloc_stats s{};
    if (a->tlsf) eng_tlsf_get_stats(a->tlsf, &s);
    if (a->pool) eng_pool_get_stats(a->pool, &s, nullptr, 0);
    if ((a->tlsf || a->pool) && (s.bytes_in_use != 0 || s.live_blocks != 0)) whole = false;
    if (a->tlsf && (!eng_tlsf_check(a->tlsf) || s.largest_free != s.capacity)) whole = false;
    if (a->owned) free(a->memory);
    a->memory = nullptr;
    a->tlsf = nullptr;
    a->pool = nullptr;
    return whole;
}

}  // namespace arena
