// Pool allocator with fixed size classes over one buffer
// (include/engine_alloc.h). Layout: [eng_pool][classes][blocks of class 0]
// [blocks of class 1]...; a free block holds the next free block of its
// class. A freed block's class is found from its address.
#include "../../include/engine_alloc.h"

#include <string.h>

namespace {

constexpr size_t ALIGN = 8;

struct PoolClass {
    uint32_t size, count;
    unsigned char *start;  // first block
    void *freeList;
    uint32_t used, highWater, lent, lentHighWater;
};

size_t alignUp(size_t n) { return (n + ALIGN - 1) & ~(ALIGN - 1); }

}  // namespace

struct eng_pool {
    uint32_t classCount;
    uint32_t borrow;
    size_t inUse, peak, requested, live, failed;
    PoolClass classes[1];  // classCount of them
};

namespace {

size_t headerBytes(uint32_t classCount) {
    return alignUp(offsetof(eng_pool, classes) + classCount * sizeof(PoolClass));
}

// Index of the smallest class that fits size, or classCount.
uint32_t classFor(const eng_pool *p, size_t size) {
    uint32_t i = 0;
    while (i < p->classCount && p->classes[i].size < size) i++;
    return i;
}

uint32_t classOf(const eng_pool *p, const void *ptr) {
    const unsigned char *b = static_cast<const unsigned char *>(ptr);
    for (uint32_t i = 0; i < p->classCount; i++) {
        const PoolClass &c = p->classes[i];
        if (b >= c.start && b < c.start + static_cast<size_t>(c.size) * c.count) return i;
    }
    return p->classCount;
}

// A block from class `want` or, with borrowing, a larger one; the class it
// came from in *from.
void *take(eng_pool *p, uint32_t want, uint32_t *from) {
    uint32_t last = p->borrow ? p->classCount : want + 1;
    for (uint32_t i = want; i < last && i < p->classCount; i++) {
        PoolClass &c = p->classes[i];
        if (!c.freeList) continue;
        void *block = c.freeList;
        memcpy(&c.freeList, block, sizeof(void *));
        if (++c.used > c.highWater) c.highWater = c.used;
        if (i != want && ++c.lent > c.lentHighWater) c.lentHighWater = c.lent;
        *from = i;
        return block;
    }
    return nullptr;
}

void giveBack(eng_pool *p, uint32_t i, void *block, size_t requestSize) {
    PoolClass &c = p->classes[i];
    memcpy(block, &c.freeList, sizeof(void *));
    c.freeList = block;
    c.used--;
    if (classFor(p, requestSize) != i) c.lent--;
}

void *poolAlloc(void *user, size_t size) {
    eng_pool *p = static_cast<eng_pool *>(user);
    if (size == 0) size = 1;
    uint32_t from;
    void *block = take(p, classFor(p, size), &from);
    if (!block) {
        p->failed++;
        return nullptr;
    }
    p->inUse += p->classes[from].size;
    if (p->inUse > p->peak) p->peak = p->inUse;
    p->requested += size;
    p->live++;
    return block;
}

void poolFree(void *user, void *ptr, size_t size) {
    eng_pool *p = static_cast<eng_pool *>(user);
    if (!ptr) return;
    if (size == 0) size = 1;
    uint32_t i = classOf(p, ptr);
    if (i == p->classCount) return;  // not ours
    giveBack(p, i, ptr, size);
    p->inUse -= p->classes[i].size;
    p->requested -= size;
    p->live--;
}

void *poolRealloc(void *user, void *ptr, size_t oldSize, size_t size) {
    eng_pool *p = static_cast<eng_pool *>(user);
    if (!ptr) return poolAlloc(user, size);
    if (size == 0) size = 1;
    if (oldSize == 0) oldSize = 1;
    uint32_t here = classOf(p, ptr);
    if (here == p->classCount) return nullptr;
    uint32_t want = classFor(p, size);
    PoolClass &c = p->classes[here];
    bool fits = size <= c.size;
    if (want == here) {
        // Same class: whether the block counts as lent may change.
        bool wasLent = classFor(p, oldSize) != here;
        if (wasLent) c.lent--;
        p->requested = p->requested - oldSize + size;
        return ptr;
    }
    uint32_t from;
    void *moved = want < p->classCount ? take(p, want, &from) : nullptr;
    if (!moved) {
        if (!fits) {
            p->failed++;
            return nullptr;
        }
        // Keep the block: now lent to a smaller request.
        bool wasLent = classFor(p, oldSize) != here;
        if (!wasLent && ++c.lent > c.lentHighWater) c.lentHighWater = c.lent;
        p->requested = p->requested - oldSize + size;
        return ptr;
    }
    memcpy(moved, ptr, oldSize < size ? oldSize : size);
    p->inUse += p->classes[from].size;
    if (p->inUse > p->peak) p->peak = p->inUse;
    p->requested += size;
    p->live++;
    poolFree(user, ptr, oldSize);
    return moved;
}

}  // namespace

extern "C" {

size_t eng_pool_required_size(const eng_pool_config *config) {
    if (!config || !config->classes || config->class_count == 0 || config->class_count > 0xFFFF) return 0;
    uint64_t total = headerBytes(config->class_count) + ALIGN - 1;  // room to align the buffer
    uint32_t previous = 0;
    for (uint32_t i = 0; i < config->class_count; i++) {
        const eng_pool_class &k = config->classes[i];
        if (k.size == 0 || k.size % ALIGN || k.size <= previous) return 0;
        previous = k.size;
        total += static_cast<uint64_t>(k.size) * k.count;
    }
    if (total > 0xFFFFFFFFu || total > static_cast<uint64_t>(static_cast<size_t>(-1))) return 0;
    return static_cast<size_t>(total);
}

eng_pool *eng_pool_init(void *buffer, size_t size, const eng_pool_config *config) {
    size_t need = eng_pool_required_size(config);
    if (!buffer || need == 0 || need > size) return nullptr;
    uintptr_t aligned = (reinterpret_cast<uintptr_t>(buffer) + ALIGN - 1) & ~static_cast<uintptr_t>(ALIGN - 1);
    eng_pool *p = reinterpret_cast<eng_pool *>(aligned);
    memset(p, 0, headerBytes(config->class_count));
    p->classCount = config->class_count;
    p->borrow = config->borrow ? 1 : 0;
    unsigned char *next = reinterpret_cast<unsigned char *>(aligned) + headerBytes(config->class_count);
    for (uint32_t i = 0; i < p->classCount; i++) {
        PoolClass &c = p->classes[i];
        c.size = config->classes[i].size;
        c.count = config->classes[i].count;
        c.start = next;
        c.freeList = nullptr;
        // Linked so that blocks are handed out in address order.
        for (uint32_t b = c.count; b-- > 0;) {
            void *block = c.start + static_cast<size_t>(b) * c.size;
            memcpy(block, &c.freeList, sizeof(void *));
            c.freeList = block;
        }
        next += static_cast<size_t>(c.size) * c.count;
    }
    return p;
}

eng_allocator eng_pool_allocator(eng_pool *pool) {
    eng_allocator a = {poolAlloc, poolRealloc, poolFree, pool};
    return a;
}

size_t eng_pool_largest_free(void *user) {
    const eng_pool *p = static_cast<const eng_pool *>(user);
    for (uint32_t i = p->classCount; i-- > 0;)
        if (p->classes[i].freeList) return p->classes[i].size;
    return 0;
}

size_t eng_pool_get_stats(const eng_pool *p, eng_alloc_stats *out, eng_pool_class_stats *classes,
                          size_t maxClasses) {
    if (out) {
        size_t capacity = 0;
        for (uint32_t i = 0; i < p->classCount; i++)
            capacity += static_cast<size_t>(p->classes[i].size) * p->classes[i].count;
        out->capacity = capacity;
        out->bytes_in_use = p->inUse;
        out->peak_bytes_in_use = p->peak;
        out->requested_bytes = p->requested;
        out->free_bytes = capacity - p->inUse;
        out->largest_free = eng_pool_largest_free(const_cast<eng_pool *>(p));
        out->live_blocks = p->live;
        out->failed_requests = p->failed;
    }
    for (uint32_t i = 0; classes && i < p->classCount && i < maxClasses; i++) {
        const PoolClass &c = p->classes[i];
        classes[i].size = c.size;
        classes[i].count = c.count;
        classes[i].used = c.used;
        classes[i].high_water = c.highWater;
        classes[i].lent = c.lent;
        classes[i].lent_high_water = c.lentHighWater;
    }
    return p->classCount;
}

}  // extern "C"
