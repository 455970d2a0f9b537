// The library's allocators (include/engine_alloc.h): random alloc, realloc
// and free sequences checked against a model of what must hold (no two
// live blocks overlap, contents survive realloc, statistics exact, freeing
// everything gives the whole buffer back as one block), and the engine on
// top of them (allocation log, out-of-memory message).
#include <catch2/catch.hpp>
#include <stdint.h>
#include <string.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "engine.h"
#include "engine_alloc.h"

namespace {

struct Live {
    size_t size;
    uint8_t seed;
};

size_t round8(size_t n) { return n == 0 ? 8 : (n + 7) & ~static_cast<size_t>(7); }

void fill(void *p, size_t size, uint8_t seed) {
    uint8_t *b = static_cast<uint8_t *>(p);
    for (size_t i = 0; i < size; i++) b[i] = static_cast<uint8_t>(seed + i * 7);
}
bool intact(const void *p, size_t size, uint8_t seed) {
    const uint8_t *b = static_cast<const uint8_t *>(p);
    for (size_t i = 0; i < size; i++)
        if (b[i] != static_cast<uint8_t>(seed + i * 7)) return false;
    return true;
}

// Live blocks by address; `footprint` gives each one's extent in the buffer.
struct Model {
    std::map<uintptr_t, Live> live;
    size_t requested = 0;
    size_t failed = 0;
    size_t movePeak = 0;  // block bytes while a moving realloc held both blocks

    size_t blockBytes() const {
        size_t n = 0;
        for (auto &kv : live) n += round8(kv.second.size);
        return n;
    }

    bool overlaps(const void *p, size_t extent) const {
        uintptr_t a = reinterpret_cast<uintptr_t>(p);
        auto next = live.lower_bound(a);
        if (next != live.end() && next->first < a + extent) return true;
        if (next != live.begin()) {
            auto prev = std::prev(next);
            if (prev->first + round8(prev->second.size) > a) return true;
        }
        return false;
    }
};

size_t randomSize(std::mt19937 &rng) {
    // Mostly small, like the engine's, with a tail of large ones.
    uint32_t r = rng() % 100;
    if (r < 60) return 1 + rng() % 64;
    if (r < 90) return 1 + rng() % 512;
    return 1 + rng() % 6000;
}

// Runs `steps` random operations through `a`; `check` compares the
// allocator's statistics with the model after each one.
template <typename Check>
void churn(const eng_allocator &a, Model &m, std::mt19937 &rng, int steps, Check check) {
    for (int step = 0; step < steps; step++) {
        uint32_t op = rng() % 10;
        if (op < 5 || m.live.empty()) {
            size_t size = randomSize(rng);
            void *p = a.alloc(a.user, size);
            if (!p) {
                m.failed++;
            } else {
                REQUIRE(reinterpret_cast<uintptr_t>(p) % 8 == 0);
                REQUIRE_FALSE(m.overlaps(p, size));
                uint8_t seed = static_cast<uint8_t>(rng());
                fill(p, size, seed);
                m.live[reinterpret_cast<uintptr_t>(p)] = {size, seed};
                m.requested += size;
            }
        } else {
            auto it = m.live.begin();
            std::advance(it, rng() % m.live.size());
            void *p = reinterpret_cast<void *>(it->first);
            Live block = it->second;
            REQUIRE(intact(p, block.size, block.seed));
            if (op < 8) {
                a.free(a.user, p, block.size);
                m.live.erase(it);
                m.requested -= block.size;
            } else {
                size_t size = randomSize(rng);
                size_t bothBlocks = m.blockBytes() + round8(size);
                m.live.erase(it);
                void *q = a.realloc(a.user, p, block.size, size);
                if (!q) {
                    m.failed++;
                    m.live[reinterpret_cast<uintptr_t>(p)] = block;  // untouched
                    REQUIRE(intact(p, block.size, block.seed));
                } else {
                    REQUIRE(reinterpret_cast<uintptr_t>(q) % 8 == 0);
                    REQUIRE_FALSE(m.overlaps(q, size));
                    REQUIRE(intact(q, block.size < size ? block.size : size, block.seed));
                    if (q != p && bothBlocks > m.movePeak) m.movePeak = bothBlocks;
                    fill(q, size, block.seed);
                    m.live[reinterpret_cast<uintptr_t>(q)] = {size, block.seed};
                    m.requested = m.requested - block.size + size;
                }
            }
        }
        check(step);
    }
}

}  // namespace

TEST_CASE("TLSF: random sequences keep blocks apart, contents and exact statistics", "[alloc][tlsf]") {
    for (uint32_t seed = 1; seed <= 6; seed++) {
        std::vector<uint64_t> buffer((64 * 1024 + 3) / 8);
        // An odd start: the allocator aligns it itself.
        eng_tlsf *t = eng_tlsf_init(reinterpret_cast<char *>(buffer.data()) + 3, 64 * 1024);
        REQUIRE(t);
        eng_allocator a = eng_tlsf_allocator(t);
        eng_alloc_stats s;
        eng_tlsf_get_stats(t, &s);
        const size_t capacity = s.capacity;
        CHECK(capacity > 60 * 1024);
        CHECK(s.largest_free == capacity);
        Model m;
        std::mt19937 rng(seed);
        size_t peak = 0;
        churn(a, m, rng, 4000, [&](int step) {
            size_t inUse = m.blockBytes();
            if (inUse > peak) peak = inUse;
            if (m.movePeak > peak) peak = m.movePeak;
            eng_tlsf_get_stats(t, &s);
            REQUIRE(s.bytes_in_use == inUse);
            REQUIRE(s.requested_bytes == m.requested);
            REQUIRE(s.live_blocks == m.live.size());
            REQUIRE(s.failed_requests == m.failed);
            REQUIRE(s.peak_bytes_in_use == peak);
            REQUIRE(s.free_bytes == capacity - inUse);
            REQUIRE(s.largest_free <= s.free_bytes);
            if (step % 16 == 0) REQUIRE(eng_tlsf_check(t));
        });
        // Some requests must have failed: the sequence fills the buffer.
        CHECK(m.failed > 0);
        // A request of the reported largest free block succeeds, one 8 bytes
        // larger fails.
        eng_tlsf_get_stats(t, &s);
        if (s.largest_free > 0) {
            void *big = a.alloc(a.user, s.largest_free);
            REQUIRE(big);
            a.free(a.user, big, s.largest_free);
            size_t failedBefore = s.failed_requests;
            REQUIRE(a.alloc(a.user, s.largest_free + 8) == nullptr);
            eng_tlsf_get_stats(t, &s);
            CHECK(s.failed_requests == failedBefore + 1);
        }
        for (auto &kv : m.live) a.free(a.user, reinterpret_cast<void *>(kv.first), kv.second.size);
        REQUIRE(eng_tlsf_check(t));
        eng_tlsf_get_stats(t, &s);
        CHECK(s.bytes_in_use == 0);
        CHECK(s.live_blocks == 0);
        // Coalescing gave the buffer back as one block.
        CHECK(s.largest_free == capacity);
    }
}

TEST_CASE("TLSF: realloc grows into the free neighbour and shrinks in place", "[alloc][tlsf]") {
    std::vector<uint64_t> buffer(4096 / 8);
    eng_tlsf *t = eng_tlsf_init(buffer.data(), 4096);
    REQUIRE(t);
    eng_allocator a = eng_tlsf_allocator(t);
    void *p = a.alloc(a.user, 100);
    void *q = a.alloc(a.user, 100);
    REQUIRE(p);
    REQUIRE(q);
    CHECK(static_cast<char *>(q) == static_cast<char *>(p) + 104);
    a.free(a.user, q, 100);
    fill(p, 100, 9);
    CHECK(a.realloc(a.user, p, 100, 300) == p);  // into q's former room
    CHECK(intact(p, 100, 9));
    CHECK(a.realloc(a.user, p, 300, 20) == p);
    CHECK(intact(p, 20, 9));
    void *r = a.alloc(a.user, 16);
    CHECK(static_cast<char *>(r) == static_cast<char *>(p) + 24);  // the tail came back
    a.free(a.user, r, 16);
    a.free(a.user, p, 20);
    eng_alloc_stats s;
    eng_tlsf_get_stats(t, &s);
    CHECK(s.largest_free == s.capacity);
    CHECK(eng_tlsf_check(t));
    CHECK(eng_tlsf_init(buffer.data(), 100) == nullptr);  // too small for its own control data
}

namespace {

// The pool's documented policy, computed independently of its code.
struct PoolModel {
    std::vector<eng_pool_class> classes;
    bool borrow;
    std::vector<size_t> used, high, lent, lentHigh;
    std::map<uintptr_t, size_t> classOf;  // live block -> class index

    size_t want(size_t size) const {
        size_t i = 0;
        while (i < classes.size() && classes[i].size < size) i++;
        return i;
    }
    // The class a new request of `size` gets, or classes.size().
    size_t pick(size_t size) const {
        size_t w = want(size);
        for (size_t i = w; i < classes.size() && (borrow || i == w); i++)
            if (used[i] < classes[i].count) return i;
        return classes.size();
    }
};

}  // namespace

TEST_CASE("pools: random sequences follow the class, borrowing and realloc rules", "[alloc][pool]") {
    static const eng_pool_class table[] = {{16, 40}, {32, 40}, {64, 30}, {256, 12}, {1024, 4}, {8192, 2}};
    for (uint32_t borrow = 0; borrow <= 1; borrow++) {
        eng_pool_config config = {table, 6, borrow};
        size_t need = eng_pool_required_size(&config);
        REQUIRE(need > 16 * 40 + 32 * 40 + 64 * 30 + 256 * 12 + 1024 * 4 + 8192 * 2);
        std::vector<uint64_t> buffer(need / 8 + 1);
        REQUIRE(eng_pool_init(buffer.data(), need - 1, &config) == nullptr);
        eng_pool *pool = eng_pool_init(buffer.data(), need, &config);
        REQUIRE(pool);
        eng_allocator a = eng_pool_allocator(pool);
        PoolModel pm{std::vector<eng_pool_class>(table, table + 6), borrow != 0, {}, {}, {}, {}, {}};
        pm.used.assign(6, 0);
        pm.high.assign(6, 0);
        pm.lent.assign(6, 0);
        pm.lentHigh.assign(6, 0);
        Model m;
        std::mt19937 rng(42 + borrow);
        // Replays each step's effect on the model by diffing the live maps.
        std::map<uintptr_t, Live> before;
        auto noteUse = [&](size_t i, bool isLent) {
            if (++pm.used[i] > pm.high[i]) pm.high[i] = pm.used[i];
            if (isLent && ++pm.lent[i] > pm.lentHigh[i]) pm.lentHigh[i] = pm.lent[i];
        };
        for (int step = 0; step < 5000; step++) {
            before = m.live;
            churn(a, m, rng, 1, [](int) {});
            // Which blocks appeared and disappeared.
            std::vector<uintptr_t> gone, added;
            for (auto &kv : before)
                if (!m.live.count(kv.first)) gone.push_back(kv.first);
            for (auto &kv : m.live)
                if (!before.count(kv.first)) added.push_back(kv.first);
            // The class the policy picks for a new block, with the block a
            // moving realloc leaves still counted (the allocator frees it after).
            REQUIRE(added.size() <= 1);
            size_t expected = added.empty() ? 6 : pm.pick(m.live[added[0]].size);
            for (uintptr_t g : gone) {
                size_t i = pm.classOf[g];
                pm.used[i]--;
                if (pm.want(before[g].size) != i) pm.lent[i]--;
                pm.classOf.erase(g);
            }
            for (uintptr_t n : added) {
                size_t size = m.live[n].size;
                eng_pool_class_stats cs[6];
                eng_pool_get_stats(pool, nullptr, cs, 6);
                size_t found = 6;
                for (size_t k = 0; k < 6; k++)
                    if (cs[k].used == pm.used[k] + 1) found = k;
                REQUIRE(found == expected);
                REQUIRE(table[found].size >= size);
                noteUse(found, pm.want(size) != found);
                pm.classOf[n] = found;
            }
            // Same block, new size: its lent state follows the new size.
            for (auto &kv : m.live) {
                if (!before.count(kv.first) || before[kv.first].size == kv.second.size) continue;
                size_t i = pm.classOf[kv.first];
                bool was = pm.want(before[kv.first].size) != i, now = pm.want(kv.second.size) != i;
                if (was && !now) pm.lent[i]--;
                if (!was && now && ++pm.lent[i] > pm.lentHigh[i]) pm.lentHigh[i] = pm.lent[i];
            }
            eng_alloc_stats s;
            eng_pool_class_stats cs[6];
            REQUIRE(eng_pool_get_stats(pool, &s, cs, 6) == 6);
            size_t inUse = 0;
            for (size_t k = 0; k < 6; k++) {
                REQUIRE(cs[k].used == pm.used[k]);
                REQUIRE(cs[k].high_water == pm.high[k]);
                REQUIRE(cs[k].lent == pm.lent[k]);
                REQUIRE(cs[k].lent_high_water == pm.lentHigh[k]);
                inUse += cs[k].used * table[k].size;
            }
            REQUIRE(s.bytes_in_use == inUse);
            REQUIRE(s.requested_bytes == m.requested);
            REQUIRE(s.live_blocks == m.live.size());
            REQUIRE(s.failed_requests == m.failed);
        }
        CHECK(m.failed > 0);
        eng_alloc_stats s;
        eng_pool_get_stats(pool, &s, nullptr, 0);
        for (auto &kv : m.live) a.free(a.user, reinterpret_cast<void *>(kv.first), kv.second.size);
        eng_pool_class_stats cs[6];
        eng_pool_get_stats(pool, &s, cs, 6);
        CHECK(s.bytes_in_use == 0);
        CHECK(s.largest_free == 8192);
        for (size_t k = 0; k < 6; k++) {
            CHECK(cs[k].used == 0);
            CHECK(cs[k].lent == 0);
        }
        // (without borrowing, a block is lent only when a shrinking realloc
        // finds its new class full and keeps it)
        if (borrow) CHECK(cs[5].lent_high_water > 0);
    }
}

TEST_CASE("pools: a full class borrows only when borrowing is on", "[alloc][pool]") {
    static const eng_pool_class table[] = {{16, 2}, {64, 1}};
    eng_pool_config config = {table, 2, 0};
    std::vector<uint64_t> buffer(eng_pool_required_size(&config) / 8 + 1);
    eng_pool *pool = eng_pool_init(buffer.data(), buffer.size() * 8, &config);
    REQUIRE(pool);
    eng_allocator a = eng_pool_allocator(pool);
    void *x = a.alloc(a.user, 10), *y = a.alloc(a.user, 16);
    REQUIRE(x);
    REQUIRE(y);
    CHECK(a.alloc(a.user, 1) == nullptr);  // class 16 full, no borrowing
    a.free(a.user, y, 16);
    a.free(a.user, x, 10);
    config.borrow = 1;
    pool = eng_pool_init(buffer.data(), buffer.size() * 8, &config);
    a = eng_pool_allocator(pool);
    x = a.alloc(a.user, 10);
    y = a.alloc(a.user, 16);
    void *z = a.alloc(a.user, 1);  // borrowed from 64
    REQUIRE(z);
    CHECK(a.alloc(a.user, 1) == nullptr);
    // Moving z back to its own class once there is room.
    a.free(a.user, y, 16);
    void *w = a.realloc(a.user, z, 1, 12);
    CHECK(w == y);
    eng_pool_class_stats cs[2];
    eng_alloc_stats s;
    eng_pool_get_stats(pool, &s, cs, 2);
    CHECK(cs[1].used == 0);
    CHECK(cs[1].lent_high_water == 1);
    CHECK(s.failed_requests == 1);
    // Control data as tools/pool-tuner counts it (pool_model.required_bytes):
    // one class of one 16-byte block needs 111 bytes on a 64-bit host, 87 on
    // a 32-bit one.
    static const eng_pool_class one[] = {{16, 1}};
    eng_pool_config single = {one, 1, 1};
    CHECK(eng_pool_required_size(&single) == (sizeof(void *) == 8 ? 111u : 87u));
    // Invalid tables.
    static const eng_pool_class unsorted[] = {{32, 1}, {16, 1}};
    static const eng_pool_class odd[] = {{12, 1}};
    eng_pool_config bad = {unsorted, 2, 1};
    CHECK(eng_pool_required_size(&bad) == 0);
    bad = {odd, 1, 1};
    CHECK(eng_pool_required_size(&bad) == 0);
}

namespace {

struct LogCapture {
    std::vector<eng_alloc_event> events;
};
void capture(void *user, const eng_alloc_event *e) { static_cast<LogCapture *>(user)->events.push_back(*e); }

}  // namespace

TEST_CASE("the allocation log sees every call, in order, and pairs up", "[alloc][log]") {
    std::vector<uint64_t> buffer(512 * 1024 / 8);
    eng_tlsf *t = eng_tlsf_init(buffer.data(), buffer.size() * 8);
    REQUIRE(t);
    eng_allocator a = eng_tlsf_allocator(t);
    LogCapture log;
    eng_config config{};
    config.allocator = &a;
    config.alloc_log = capture;
    config.alloc_log_user = &log;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    const char *src = "var a = []; for (var i = 0; i < 300; i++) a.push('s' + i); a = null; 1";
    REQUIRE(eng_eval(heap, src, strlen(src), "log.js") == ENG_OK);
    eng_destroy(heap);
    REQUIRE(log.events.size() > 600);
    std::map<const void *, size_t> live;
    unsigned long seq = 0;
    size_t reallocs = 0;
    for (const eng_alloc_event &e : log.events) {
        REQUIRE(e.seq == ++seq);
        if (e.kind == 'a') {
            REQUIRE(live.count(e.ptr) == 0);
            live[e.ptr] = e.size;
        } else if (e.kind == 'r') {
            REQUIRE(live.count(e.old_ptr) == 1);
            REQUIRE(live[e.old_ptr] == e.old_size);
            live.erase(e.old_ptr);
            live[e.ptr] = e.size;
            reallocs++;
        } else {
            REQUIRE(e.kind == 'f');
            REQUIRE(live.count(e.ptr) == 1);
            REQUIRE(live[e.ptr] == e.size);
            live.erase(e.ptr);
        }
    }
    CHECK(live.empty());
    CHECK(reallocs > 0);
    eng_alloc_stats s;
    eng_tlsf_get_stats(t, &s);
    CHECK(s.bytes_in_use == 0);
    // The text form of one event.
    char line[ENG_ALLOC_LOG_LINE_MAX];
    eng_alloc_event e = {'r', 12, reinterpret_cast<void *>(0x1000), reinterpret_cast<void *>(0xabc0), 24, 40};
    CHECK(eng_alloc_log_line(&e, line, sizeof line) == strlen("r 12 1000 abc0 24 40\n"));
    CHECK(std::string(line) == "r 12 1000 abc0 24 40\n");
    e = {'f', 7, nullptr, reinterpret_cast<void *>(0x20), 0, 8};
    eng_alloc_log_line(&e, line, sizeof line);
    CHECK(std::string(line) == "f 7 20 8\n");
    CHECK(eng_alloc_log_line(&e, line, 5) == 0);
}

TEST_CASE("out of memory in a TLSF heap says what was asked and what was free", "[alloc][oom]") {
    std::vector<uint64_t> buffer(96 * 1024 / 8);
    eng_tlsf *t = eng_tlsf_init(buffer.data(), buffer.size() * 8);
    REQUIRE(t);
    eng_allocator a = eng_tlsf_allocator(t);
    eng_config config{};
    config.allocator = &a;
    config.largest_free = eng_tlsf_largest_free;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    const char *src =
        "var m; try { var s = 'x'; for (;;) s += s; } catch (e) { s = null; m = e.name + ': ' + e.message; } m";
    REQUIRE(eng_eval(heap, src, strlen(src), "oom.js") == ENG_OK);
    std::string message = eng_get_string(heap, -1, nullptr);
    unsigned asked = 0, largest = 0;
    INFO(message);
    REQUIRE(sscanf(message.c_str(), "RangeError: Out of memory: %u bytes asked, largest free block %u bytes",
                   &asked, &largest) == 2);
    CHECK(asked > largest);
    CHECK(asked > 16 * 1024);
    eng_pop(heap, 1);
    // Without largest_free the message stays the fixed one.
    eng_destroy(heap);
    config.largest_free = nullptr;
    heap = eng_create(&config);
    REQUIRE(heap);
    REQUIRE(eng_eval(heap, src, strlen(src), "oom.js") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "RangeError: Out of memory");
    eng_destroy(heap);
    eng_alloc_stats s;
    eng_tlsf_get_stats(t, &s);
    CHECK(s.bytes_in_use == 0);
    CHECK(s.largest_free == s.capacity);
}
