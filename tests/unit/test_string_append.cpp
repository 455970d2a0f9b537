// Appending in place (strings/string.h appendToString): the string stays
// interned under its new text, other holders keep the old text, the room to
// grow is bounded, and every block goes back with the size it was given.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <string.h>

#include <map>
#include <string>

#include "engine.h"
#include "builtins/builtins.h"
#include "heap/heap.h"
#include "heap/refcount.h"
#include "strings/string.h"

namespace {

// Checks that each free names the size its block was allocated with.
struct SizedAllocator {
    std::map<void *, size_t> blocks;
    size_t mismatches = 0;
};
void *sizedAlloc(void *user, size_t size) {
    void *p = malloc(size);
    if (p) static_cast<SizedAllocator *>(user)->blocks[p] = size;
    return p;
}
void *sizedRealloc(void *user, void *p, size_t oldSize, size_t size) {
    SizedAllocator *a = static_cast<SizedAllocator *>(user);
    if (p) {
        if (a->blocks[p] != oldSize) a->mismatches++;
        a->blocks.erase(p);
    }
    void *q = realloc(p, size);
    if (q) a->blocks[q] = size;
    return q;
}
void sizedFree(void *user, void *p, size_t size) {
    SizedAllocator *a = static_cast<SizedAllocator *>(user);
    if (a->blocks[p] != size) a->mismatches++;
    a->blocks.erase(p);
    free(p);
}

std::string textOf(const eng::HString *s) {
    std::string out;
    for (uint32_t i = 0; i < s->length; i++) out += static_cast<char>(s->at(i));
    return out;
}

eng::TextRun latin1(const char *text) {
    return eng::TextRun::latin1(reinterpret_cast<const uint8_t *>(text), static_cast<uint32_t>(strlen(text)));
}

}  // namespace

TEST_CASE("the room to grow is under an eighth of the length", "[strings][append]") {
    uint32_t previous = 0;
    for (uint32_t n = eng::STRING_GROW_MIN_LENGTH; n < 5000000; n += 1 + n / 37) {
        uint32_t c = eng::stringCapacity(n);
        CHECK(c >= n);
        CHECK(c - n <= n / 8);
        CHECK(c >= previous);  // a longer string never has less room
        previous = c;
    }
    CHECK(eng::stringCapacity(eng::STRING_MAX_LENGTH) >= eng::STRING_MAX_LENGTH);
    CHECK(eng::stringCapacity(128) == 128);
    CHECK(eng::stringCapacity(129) == 144);
}

TEST_CASE("appending keeps strings interned and other holders' text", "[strings][append]") {
    SizedAllocator sized;
    eng_allocator allocator{sizedAlloc, sizedRealloc, sizedFree, &sized};
    eng_config config{};
    config.allocator = &allocator;
    eng::Heap *h = eng::heapCreate(&config);
    REQUIRE(h);
    {  // the roots go before the heap
        std::string base(40, 'a');
        eng::HString *s = eng::internCString(*h, base.c_str());
        eng::LocalRoot rs(*h, eng::Value::pointer(s));

        // Not sole: a new string with room, s untouched.
        eng::HString *g = eng::appendToString(*h, s, latin1("xyz"), true, false);
        REQUIRE(g);
        eng::LocalRoot rg(*h, eng::Value::pointer(g));
        CHECK(g != s);
        CHECK(textOf(s) == base);
        CHECK(textOf(g) == base + "xyz");
        CHECK(eng::isGrownString(g));
        CHECK(eng::internCString(*h, (base + "xyz").c_str()) == g);
        CHECK(g->hash == eng::hashUnits(eng::HASH_SEED, g->data8(), g->length));

        // Sole, with room: the same block, re-filed under the new text.
        uint32_t count = h->stringCount;
        eng::HString *g2 = eng::appendToString(*h, g, latin1("!"), true, true);
        CHECK(g2 == g);
        CHECK(h->stringCount == count);
        CHECK(textOf(g) == base + "xyz!");
        CHECK(eng::internCString(*h, (base + "xyz!").c_str()) == g);
        eng::HString *old = eng::internCString(*h, (base + "xyz").c_str());
        CHECK(old != g);  // the old text is a string of its own again
        CHECK(textOf(old) == base + "xyz");

        // The text exists already: that string is the answer, g is left alone.
        eng::HString *same = eng::appendToString(*h, old, latin1("!"), true, true);
        CHECK(same == g);
        CHECK(textOf(old) == base + "xyz");

        // Sole, past the room: the string moves, and its old block goes back.
        std::string expect = textOf(g);
        eng::HString *cur = g;
        for (int i = 0; i < 200; i++) {
            cur = eng::appendToString(*h, cur, latin1("0123456789"), true, true);
            REQUIRE(cur);
            rg.value = eng::Value::pointer(cur);
            expect += "0123456789";
    }
    CHECK(textOf(cur) == expect);
    CHECK(eng::internCString(*h, expect.c_str()) == cur);
    eng::collectGarbage(*h);
    eng::reconcile(*h);
    CHECK(textOf(cur) == expect);

    // Widening: a two-byte unit makes a new two-byte string.
    uint16_t euro = 0x20ac;
    eng::HString *wide = eng::appendToString(*h, cur, eng::TextRun::utf16(&euro, 1), false, true);
    REQUIRE(wide);
    CHECK_FALSE(wide->is8bit());
    CHECK(wide->length == expect.size() + 1);
    CHECK(wide->at(static_cast<uint32_t>(expect.size())) == 0x20ac);
    rg.value = eng::Value::pointer(wide);
    CHECK(sized.mismatches == 0);
    }
    eng::heapDestroy(h);
    CHECK(sized.mismatches == 0);
    CHECK(sized.blocks.empty());
}

TEST_CASE("strings built by appends in scripts free with their real size", "[strings][append]") {
    SizedAllocator sized;
    eng_allocator allocator{sizedAlloc, sizedRealloc, sizedFree, &sized};
    eng_config config{};
    config.allocator = &allocator;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    const char *src =
        "function build(n) { var s = ''; for (var i = 0; i < n; i++) s += 'item ' + i + ';'; return s; }"
        "var keep = [], o = {};"
        "for (var k = 0; k < 30; k++) { var b = build(k * 7); keep.push(b); o[b] = k; }"
        "var t = build(2000); var u = t; t += '!';"
        "[keep.length, o[build(70)], u.length, t.length, t === u + '!'].join()";
    REQUIRE(eng_eval(heap, src, strlen(src), "append.js") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "30,10,18890,18891,true");
    eng_pop(heap, 1);
    // A string the C API holds (and has a UTF-8 copy of) keeps its text
    // while a script appends to it.
    const char *mk = "build(100)";
    REQUIRE(eng_eval(heap, mk, strlen(mk), "mk.js") == ENG_OK);
    const char *before = eng_get_string(heap, -1, nullptr);
    std::string copy = before;
    const char *fn = "(function (x) { for (var i = 0; i < 50; i++) x += i; return x.length; })";
    REQUIRE(eng_eval(heap, fn, strlen(fn), "fn.js") == ENG_OK);
    REQUIRE(eng_push_undefined(heap) == ENG_OK);
    REQUIRE(eng_dup(heap, -3) == ENG_OK);
    REQUIRE(eng_call(heap, 1) == ENG_OK);
    CHECK(eng_get_number(heap, -1) == copy.size() + 90);
    eng_pop(heap, 1);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == copy);
    CHECK(std::string(before) == copy);
    eng_pop(heap, 1);
    eng_destroy(heap);
    CHECK(sized.mismatches == 0);
    CHECK(sized.blocks.empty());
}

TEST_CASE("appending past the memory limit is a catchable RangeError, and the heap is usable after", "[strings][append][oom]") {
    SizedAllocator sized;
    eng_allocator allocator{sizedAlloc, sizedRealloc, sizedFree, &sized};
    eng_config config{};
    config.allocator = &allocator;
    config.memory_limit = 64 * 1024;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    const char *src =
        "function grow(piece) { var s = ''; for (;;) s += piece; }"
        "var r = [];"
        "try { grow('abcdefgh'); } catch (e) { r.push(e instanceof RangeError, e.message); }"
        "try { grow('\\u20ac'); } catch (e) { r.push(e instanceof RangeError); }"
        "var t = ''; for (var i = 0; i < 1000; i++) t += i % 10;"
        "r.push(t.length, t.slice(-3));"
        "r.join()";
    REQUIRE(eng_eval(heap, src, strlen(src), "oom.js") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "true,Out of memory,true,1000,789");
    eng_pop(heap, 1);
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    CHECK(stats.peak_bytes <= 64 * 1024);
    eng_destroy(heap);
    CHECK(sized.mismatches == 0);
    CHECK(sized.blocks.empty());
}
