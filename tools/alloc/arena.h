// Command-line choice of the engine's allocator, shared by the CLI, the JS
// corpus runner and the firmware: malloc (the default), or the library's
// TLSF or pools (include/engine_alloc.h) over one arena taken with malloc;
// and the allocation log written to a file. C++ over engine.h and
// engine_alloc.h only, so it builds for the host and for the boards; what
// writes files (the log, the statistics) is in arena_log.cpp, which the
// boards' runner, writing through semihosting, does not link.
#ifndef ENG_TOOLS_ALLOC_ARENA_H
#define ENG_TOOLS_ALLOC_ARENA_H

#include <stdio.h>

#include "engine.h"
#include "engine_alloc.h"

namespace arena {

enum Kind { MALLOC, TLSF, POOL };

struct Arena {
    Kind kind = MALLOC;
    size_t bytes = 0;          // arena size (0: the default of the kind)
    void *memory = nullptr;    // set before open(): the arena's memory (not freed)
    bool owned = false;        // memory came from malloc
    eng_tlsf *tlsf = nullptr;
    eng_pool *pool = nullptr;
    eng_allocator allocator{};
    FILE *log = nullptr;
    const char *error = nullptr;  // why open() failed
    eng_pool_config pools{};   // class_count 0: general_pools(bytes)
};

// Parses "malloc", "tlsf" or "pool"; false for anything else.
bool parse_kind(const char *text, Kind *out);
// Parses a pool table "SIZE:COUNT,SIZE:COUNT,..." (what tools/pool-tuner
// prints as `classes:`) into a's pool configuration, with borrowing, and
// makes a a pool arena of exactly the size it needs; false when malformed.
bool parse_pools(const char *spec, Arena *a);

// The pool configuration used for `pool` on the command line: classes from
// 16 bytes to 8 MiB, each with the same share of `bytes`, borrowing on.
eng_pool_config general_pools(size_t bytes);

// Takes the arena and fills config->allocator and config->largest_free;
// false (with a->error saying why) when the arena cannot be had.
bool open(Arena *a, eng_config *config);
// Frees the arena (after eng_destroy). false when the
// allocator did not get every byte back (a size passed back wrong).
bool close(Arena *a);

// arena_log.cpp:
// Opens `path` and makes config log every event into it, one line each
// (engine_alloc.h); false when the file cannot be opened.
bool open_log(Arena *a, const char *path, eng_config *config);
// Closes the log (after close()).
void close_log(Arena *a);
// "tlsf: peak 12345 of 40000 bytes, largest free 39000, failed 0" on `out`.
void print_stats(const Arena &a, FILE *out);

}  // namespace arena

#endif
