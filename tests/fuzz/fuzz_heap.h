// A heap for the fuzz targets: a checking allocator (the sizes passed to
// free and realloc must be those of the block; nothing may be left after
// eng_destroy), a memory limit, a bounded C stack and an instruction budget
// per API call (docs/execution-control.md), so that a script or a regular
// expression that never ends is stopped rather than timed out. Any
// violation calls abort() so that libFuzzer reports the input.
#ifndef ENG_FUZZ_HEAP_H
#define ENG_FUZZ_HEAP_H

#include <engine.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

namespace fuzz {

// Small enough that runaway allocation fails fast, large enough for the
// corpus scripts used as seeds.
constexpr size_t kMemoryLimit = 1024 * 1024;
// ASan and UBSan frames are several times larger than in a release build;
// 256 KiB keeps the engine's own check (not ASan) the one that fires.
constexpr size_t kCStackSize = 256 * 1024;
// Under ASan and UBSan an endless loop stops after about 0.3 s and a
// catastrophic regular expression after about 0.5 s per call (measured);
// 456 of the 460 corpus scripts used as seeds run to their end within it
// (fib.js, million_loop.js, regexp_limits.js and string_case_unicode.js
// stop early). Native work done in bulk (scans, copies, allocations,
// collections) is charged too, so a loop of cheap instructions that each
// scan or copy a large value stops as well. libFuzzer's -timeout=10 and
// its slow-unit report (an input over 10 s, a finding in run_fuzz.sh) are
// the backstops.
constexpr uint64_t kInstructionBudget = 4 * 1000 * 1000;

[[noreturn]] inline void fail(const char *what) {
    fprintf(stderr, "fuzz: %s\n", what);
    abort();
}

class CheckedHeap {
public:
    CheckedHeap() {
        allocator_ = {alloc, reallocate, release, this};
        eng_config config = {};
        config.allocator = &allocator_;
        config.memory_limit = kMemoryLimit;
        config.write = discard;
        config.c_stack_size = kCStackSize;
        config.max_instructions = kInstructionBudget;
        eng_create_error error;
        heap_ = eng_create_ex(&config, &error);
        if (!heap_) fail(eng_create_error_text(error));
    }
    CheckedHeap(const CheckedHeap &) = delete;
    CheckedHeap &operator=(const CheckedHeap &) = delete;
    // Destroys the heap, then requires every block to be back.
    ~CheckedHeap() {
        eng_destroy(heap_);
        if (!blocks_.empty()) {
            fprintf(stderr, "fuzz: %zu blocks left after eng_destroy\n", blocks_.size());
            abort();
        }
    }
    eng_heap *get() const { return heap_; }

private:
    static void discard(void *, const char *, size_t) {}

    void checkSize(void *p, size_t size, const char *what) {
        auto it = blocks_.find(p);
        if (it == blocks_.end()) {
            fprintf(stderr, "fuzz: %s of a block the allocator never gave\n", what);
            abort();
        }
        if (it->second != size) {
            fprintf(stderr, "fuzz: %s with size %zu of a block of %zu\n", what, size, it->second);
            abort();
        }
    }

    static void *alloc(void *user, size_t size) {
        CheckedHeap *self = static_cast<CheckedHeap *>(user);
        void *p = malloc(size ? size : 1);
        if (p) self->blocks_[p] = size;
        return p;
    }

    static void *reallocate(void *user, void *p, size_t oldSize, size_t size) {
        CheckedHeap *self = static_cast<CheckedHeap *>(user);
        if (!p) return alloc(user, size);
        self->checkSize(p, oldSize, "realloc");
        void *q = realloc(p, size ? size : 1);
        if (!q) return nullptr;
        self->blocks_.erase(p);
        self->blocks_[q] = size;
        return q;
    }

    static void release(void *user, void *p, size_t size) {
        CheckedHeap *self = static_cast<CheckedHeap *>(user);
        if (!p) return;
        self->checkSize(p, size, "free");
        self->blocks_.erase(p);
        free(p);
    }

    eng_allocator allocator_;
    std::unordered_map<void *, size_t> blocks_;
    eng_heap *heap_ = nullptr;
};

// After the fuzzed work: the heap must still run a small script. It uses
// no global a fuzzed script could have replaced; it is skipped only when
// the script left the heap (after a collection) near its memory limit.
inline void checkHeapStillWorks(eng_heap *heap) {
    eng_push_pending_error(heap);  // drops an error an API call left pending
    eng_set_top(heap, 0);
    eng_gc(heap);
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    if (stats.bytes_in_use + 64 * 1024 > kMemoryLimit) return;
    static const char again[] = "(function () { var s = 0; for (var i = 0; i < 20; i++) s += i; return s; })()";
    if (eng_eval(heap, again, sizeof again - 1, "again.js") != ENG_OK || eng_get_number(heap, -1) != 190) {
        if (eng_push_error_report(heap, -1) == ENG_OK) fprintf(stderr, "fuzz: %s\n", eng_get_string(heap, -1, nullptr));
        fail("the heap does not run a second script");
    }
    eng_set_top(heap, 0);
}

}  // namespace fuzz

#endif
