// TLSF allocator over one buffer (include/engine_alloc.h).
//
// Layout: [eng_tlsf][second-level bitmaps][list heads][edge bits][blocks].
// Blocks are addressed by 32-bit offsets from the start of the block area.
// A free block of 16 bytes or more starts with {size, next, prev} and ends
// with a copy of its size; it sits in the list of its size class. A free
// block of 8 bytes ("crumb", left over by a split) holds its size twice and
// is in no list: it comes back when a neighbour is freed and merges with it.
// An edge bit is set for the first and the last 8-byte granule of every
// free block and for nothing else, so a freed block sees at once whether
// the granule before or after it ends or starts a free block.
#include "../../include/engine_alloc.h"

#include <string.h>

namespace {

constexpr uint32_t GRAIN = 8;
constexpr uint32_t SL_LOG2 = 3;                      // 8 classes per power of two (RAM: 36 B per level)
constexpr uint32_t SL_COUNT = 1u << SL_LOG2;
constexpr uint32_t SMALL_LIMIT = SL_COUNT * GRAIN;   // below: classes 8 bytes apart
constexpr uint32_t SMALL_LOG2 = SL_LOG2 + 3;         // log2(SMALL_LIMIT)
constexpr uint32_t MIN_LISTED = 16;                  // size, next, prev, footer
constexpr uint32_t NONE = 0xFFFFFFFFu;

struct FreeHead {
    uint32_t size;
    uint32_t next;
    uint32_t prev;
};

inline __attribute__((always_inline)) uint32_t floorLog2(uint32_t v) { return 31u - static_cast<uint32_t>(__builtin_clz(v)); }
uint32_t lowestBit(uint32_t v) { return static_cast<uint32_t>(__builtin_ctz(v)); }

inline __attribute__((always_inline)) void mapping(uint32_t size, uint32_t *fl, uint32_t *sl) {
    if (size < SMALL_LIMIT) {
        *fl = 0;
        *sl = size / GRAIN;
    } else {
        uint32_t f = floorLog2(size);
        *sl = (size >> (f - SL_LOG2)) - SL_COUNT;
        *fl = f - SMALL_LOG2 + 1;
    }
}

size_t roundUp(size_t size) { return size == 0 ? GRAIN : (size + GRAIN - 1) & ~static_cast<size_t>(GRAIN - 1); }

}  // namespace

struct eng_tlsf {
    unsigned char *blocks;  // the block area
    uint32_t area;          // its bytes (a multiple of 8)
    uint32_t flCount;
    uint32_t flBitmap;
    uint32_t *slBitmap;     // [flCount]
    uint32_t *heads;        // [flCount * SL_COUNT]
    uint32_t *edges;        // one bit per granule of the area
    size_t inUse, peak, requested, live, failed;
};

namespace {

FreeHead *head(eng_tlsf *t, uint32_t off) { return reinterpret_cast<FreeHead *>(t->blocks + off); }
uint32_t footer(const eng_tlsf *t, uint32_t end) {
    uint32_t v;
    memcpy(&v, t->blocks + end - 4, 4);
    return v;
}

void setEdge(eng_tlsf *t, uint32_t granule) { t->edges[granule / 32] |= 1u << (granule % 32); }
void clearEdge(eng_tlsf *t, uint32_t granule) { t->edges[granule / 32] &= ~(1u << (granule % 32)); }
bool edge(const eng_tlsf *t, uint32_t granule) { return (t->edges[granule / 32] >> (granule % 32)) & 1u; }

void insertFree(eng_tlsf *t, uint32_t off, uint32_t size) {
    FreeHead *h = head(t, off);
    h->size = size;
    memcpy(t->blocks + off + size - 4, &size, 4);
    setEdge(t, off / GRAIN);
    setEdge(t, (off + size) / GRAIN - 1);
    if (size < MIN_LISTED) return;
    uint32_t fl, sl;
    mapping(size, &fl, &sl);
    uint32_t *slot = &t->heads[fl * SL_COUNT + sl];
    h->prev = NONE;
    h->next = *slot;
    if (*slot != NONE) head(t, *slot)->prev = off;
    *slot = off;
    t->flBitmap |= 1u << fl;
    t->slBitmap[fl] |= 1u << sl;
}

void removeFree(eng_tlsf *t, uint32_t off, uint32_t size) {
    clearEdge(t, off / GRAIN);
    clearEdge(t, (off + size) / GRAIN - 1);
    if (size < MIN_LISTED) return;
    FreeHead *h = head(t, off);
    uint32_t fl, sl;
    mapping(size, &fl, &sl);
    if (h->prev != NONE) head(t, h->prev)->next = h->next;
    else t->heads[fl * SL_COUNT + sl] = h->next;
    if (h->next != NONE) head(t, h->next)->prev = h->prev;
    if (t->heads[fl * SL_COUNT + sl] == NONE) {
        t->slBitmap[fl] &= ~(1u << sl);
        if (!t->slBitmap[fl]) t->flBitmap &= ~(1u << fl);
    }
}

// A free block of at least `need` bytes, or NONE. First the list of
// need's own class, whose blocks may or may not fit (the first that does:
// taking it splits less than a block of a larger class would), then the
// lowest non-empty class above, where every block fits.
uint32_t findFree(eng_tlsf *t, uint32_t need) {
    uint32_t fl, sl;
    mapping(need, &fl, &sl);
    if (fl >= t->flCount) return NONE;
    for (uint32_t off = t->heads[fl * SL_COUNT + sl]; off != NONE; off = head(t, off)->next)
        if (head(t, off)->size >= need) return off;
    uint32_t slMap = sl + 1 < SL_COUNT ? t->slBitmap[fl] & (~0u << (sl + 1)) : 0;
    if (!slMap) {
        uint32_t flMap = fl + 1 < 32 ? t->flBitmap & (~0u << (fl + 1)) : 0;
        if (!flMap) return NONE;
        fl = lowestBit(flMap);
        slMap = t->slBitmap[fl];
    }
    return t->heads[fl * SL_COUNT + lowestBit(slMap)];
}

// Gives [off, off + size) back, merging it with free neighbours.
void release(eng_tlsf *t, uint32_t off, uint32_t size) {
    if (off > 0 && edge(t, off / GRAIN - 1)) {
        uint32_t prevSize = footer(t, off);
        removeFree(t, off - prevSize, prevSize);
        off -= prevSize;
        size += prevSize;
    }
    uint32_t end = off + size;
    if (end < t->area && edge(t, end / GRAIN)) {
        uint32_t nextSize = head(t, end)->size;
        removeFree(t, end, nextSize);
        size += nextSize;
    }
    insertFree(t, off, size);
}

void noteUse(eng_tlsf *t) {
    if (t->inUse > t->peak) t->peak = t->inUse;
}

bool owns(const eng_tlsf *t, const void *p) {
    const unsigned char *b = static_cast<const unsigned char *>(p);
    return b >= t->blocks && b < t->blocks + t->area;
}

void *tlsfAlloc(void *user, size_t size) {
    eng_tlsf *t = static_cast<eng_tlsf *>(user);
    size_t need = roundUp(size);
    uint32_t off = need <= t->area ? findFree(t, static_cast<uint32_t>(need)) : NONE;
    if (off == NONE) {
        t->failed++;
        return nullptr;
    }
    uint32_t have = head(t, off)->size;
    removeFree(t, off, have);
    if (have > need) insertFree(t, off + static_cast<uint32_t>(need), have - static_cast<uint32_t>(need));
    t->inUse += need;
    t->requested += size;
    t->live++;
    noteUse(t);
    return t->blocks + off;
}

void tlsfFree(void *user, void *ptr, size_t size) {
    eng_tlsf *t = static_cast<eng_tlsf *>(user);
    if (!ptr || !owns(t, ptr)) return;
    uint32_t need = static_cast<uint32_t>(roundUp(size));
    release(t, static_cast<uint32_t>(static_cast<unsigned char *>(ptr) - t->blocks), need);
    t->inUse -= need;
    t->requested -= size;
    t->live--;
}

void *tlsfRealloc(void *user, void *ptr, size_t oldSize, size_t size) {
    eng_tlsf *t = static_cast<eng_tlsf *>(user);
    if (!ptr) return tlsfAlloc(user, size);
    uint32_t off = static_cast<uint32_t>(static_cast<unsigned char *>(ptr) - t->blocks);
    size_t have = roundUp(oldSize), need = roundUp(size);
    if (need <= have) {
        if (need < have) release(t, off + static_cast<uint32_t>(need), static_cast<uint32_t>(have - need));
        t->inUse -= have - need;
        t->requested = t->requested - oldSize + size;
        return ptr;
    }
    // Grow in place into a free block right after.
    uint32_t end = off + static_cast<uint32_t>(have);
    if (need <= t->area && end < t->area && edge(t, end / GRAIN)) {
        uint32_t nextSize = head(t, end)->size;
        if (have + nextSize >= need) {
            removeFree(t, end, nextSize);
            uint32_t rest = static_cast<uint32_t>(have + nextSize - need);
            if (rest) insertFree(t, off + static_cast<uint32_t>(need), rest);
            t->inUse += need - have;
            t->requested = t->requested - oldSize + size;
            noteUse(t);
            return ptr;
        }
    }
    void *moved = tlsfAlloc(user, size);
    if (!moved) return nullptr;
    memcpy(moved, ptr, oldSize);
    tlsfFree(user, ptr, oldSize);
    return moved;
}

}  // namespace

extern "C" {

eng_tlsf *eng_tlsf_init(void *buffer, size_t size) {
    if (!buffer) return nullptr;
    uintptr_t start = reinterpret_cast<uintptr_t>(buffer);
    uintptr_t aligned = (start + GRAIN - 1) & ~static_cast<uintptr_t>(GRAIN - 1);
    if (size < aligned - start + sizeof(eng_tlsf) + 256) return nullptr;
    size_t rest = size - (aligned - start) - roundUp(sizeof(eng_tlsf));
    if (rest > 0xFFFFFFF0u) return nullptr;
    // Control arrays sized for `rest` bytes of blocks (an upper bound).
    uint32_t fl, sl;
    mapping(static_cast<uint32_t>(rest), &fl, &sl);
    uint32_t flCount = fl + 1;
    size_t granules = rest / GRAIN;
    size_t control = flCount * sizeof(uint32_t) + flCount * SL_COUNT * sizeof(uint32_t) +
                     ((granules + 31) / 32) * sizeof(uint32_t);
    control = roundUp(control);
    if (rest < control + 64) return nullptr;
    eng_tlsf *t = reinterpret_cast<eng_tlsf *>(aligned);
    memset(t, 0, sizeof *t);
    unsigned char *c = reinterpret_cast<unsigned char *>(aligned) + roundUp(sizeof(eng_tlsf));
    t->slBitmap = reinterpret_cast<uint32_t *>(c);
    t->heads = t->slBitmap + flCount;
    t->edges = t->heads + flCount * SL_COUNT;
    t->flCount = flCount;
    memset(t->slBitmap, 0, control);
    for (uint32_t i = 0; i < flCount * SL_COUNT; i++) t->heads[i] = NONE;
    t->blocks = c + control;
    t->area = static_cast<uint32_t>((rest - control) & ~static_cast<size_t>(GRAIN - 1));
    insertFree(t, 0, t->area);
    return t;
}

eng_allocator eng_tlsf_allocator(eng_tlsf *tlsf) {
    eng_allocator a = {tlsfAlloc, tlsfRealloc, tlsfFree, tlsf};
    return a;
}

size_t eng_tlsf_largest_free(void *user) {
    const eng_tlsf *t = static_cast<const eng_tlsf *>(user);
    if (!t->flBitmap) return 0;
    uint32_t fl = floorLog2(t->flBitmap);
    uint32_t sl = floorLog2(t->slBitmap[fl]);
    size_t largest = 0;
    for (uint32_t off = t->heads[fl * SL_COUNT + sl]; off != NONE;
         off = reinterpret_cast<const FreeHead *>(t->blocks + off)->next) {
        uint32_t s = reinterpret_cast<const FreeHead *>(t->blocks + off)->size;
        if (s > largest) largest = s;
    }
    return largest;
}

void eng_tlsf_get_stats(const eng_tlsf *t, eng_alloc_stats *out) {
    out->capacity = t->area;
    out->bytes_in_use = t->inUse;
    out->peak_bytes_in_use = t->peak;
    out->requested_bytes = t->requested;
    out->free_bytes = t->area - t->inUse;
    out->largest_free = eng_tlsf_largest_free(const_cast<eng_tlsf *>(t));
    out->live_blocks = t->live;
    out->failed_requests = t->failed;
}

int eng_tlsf_check(const eng_tlsf *tc) {
    eng_tlsf *t = const_cast<eng_tlsf *>(tc);
    // Every listed block: in the right list, marked at both ends, footer
    // right, not followed or preceded by another free block.
    size_t listedBytes = 0;
    for (uint32_t fl = 0; fl < t->flCount; fl++) {
        for (uint32_t sl = 0; sl < SL_COUNT; sl++) {
            uint32_t off = t->heads[fl * SL_COUNT + sl];
            bool bit = (t->slBitmap[fl] >> sl) & 1u;
            if (bit != (off != NONE)) return 0;
            uint32_t prev = NONE;
            for (; off != NONE; prev = off, off = head(t, off)->next) {
                FreeHead *h = head(t, off);
                uint32_t f, s;
                mapping(h->size, &f, &s);
                if (f != fl || s != sl || h->prev != prev || h->size < MIN_LISTED) return 0;
                if (off % GRAIN || h->size % GRAIN || off + h->size > t->area) return 0;
                if (footer(t, off + h->size) != h->size) return 0;
                if (!edge(t, off / GRAIN) || !edge(t, (off + h->size) / GRAIN - 1)) return 0;
                if (off > 0 && edge(t, off / GRAIN - 1)) return 0;
                if (off + h->size < t->area && edge(t, (off + h->size) / GRAIN)) return 0;
                listedBytes += h->size;
            }
        }
        if (((t->flBitmap >> fl) & 1u) != (t->slBitmap[fl] != 0)) return 0;
    }
    // Crumbs: marked granules not covered by listed blocks are 8-byte blocks.
    size_t markedBytes = 0;
    for (uint32_t g = 0; g < t->area / GRAIN; g++) {
        if (!edge(t, g)) continue;
        uint32_t size = head(t, g * GRAIN)->size;
        if (size < GRAIN || size % GRAIN || g * GRAIN + size > t->area) return 0;
        markedBytes += size;
        g += size / GRAIN - 1;  // skip to the block's last granule
    }
    (void)listedBytes;
    return markedBytes == t->area - t->inUse;
}

}  // extern "C"
