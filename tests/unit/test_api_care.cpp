// The C API's promises to embedders: why eng_create failed, the version,
// string lifetimes, eng_throw_error's formatting, and the memory reserve
// that lets a script release memory after hitting the limit.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <string.h>

#include <string>

#include "engine.h"

namespace {

eng_status evalText(eng_heap *heap, const char *src) { return eng_eval(heap, src, strlen(src), "care.js"); }

std::string topReport(eng_heap *heap) {
    REQUIRE(eng_push_error_report(heap, -1) == ENG_OK);
    std::string text = eng_get_string(heap, -1, nullptr);
    eng_pop(heap, 1);
    return text;
}

// An allocator that fails after a given number of allocations.
struct Budget {
    int left;
};
void *budgetAlloc(void *user, size_t size) {
    Budget *b = static_cast<Budget *>(user);
    if (b->left-- <= 0) return nullptr;
    return malloc(size);
}
void *budgetRealloc(void *user, void *p, size_t, size_t size) {
    Budget *b = static_cast<Budget *>(user);
    if (b->left-- <= 0) return nullptr;
    return realloc(p, size);
}
void budgetFree(void *, void *p, size_t) { free(p); }

int throwFormatted(eng_heap *heap) {
    return eng_throw_error(heap, ENG_ERR_RANGE, "%g %zu %ld %s %% %5.2f|%-4d|%x", 0.1, static_cast<size_t>(42),
                           -7L, "text", 3.14159, 9, 255u);
}

}  // namespace

TEST_CASE("eng_version matches the header", "[api][care]") {
    CHECK(std::string(eng_version()) == ENG_VERSION_STRING);
    CHECK(ENG_VERSION_NUMBER == ENG_VERSION_MAJOR * 10000 + ENG_VERSION_MINOR * 100 + ENG_VERSION_PATCH);
}

TEST_CASE("eng_create_ex says why a heap could not be made", "[api][care]") {
    eng_create_error why = ENG_CREATE_OK;
    eng_config config;
    memset(&config, 0, sizeof config);

    config.memory_limit = 600;  // below what the heap's own struct needs
    CHECK(eng_create_ex(&config, &why) == nullptr);
    CHECK(why == ENG_CREATE_MEMORY_LIMIT);
    CHECK(std::string(eng_create_error_text(why)).find("memory_limit") != std::string::npos);

    config.memory_limit = 0;
    eng_allocator incomplete = {budgetAlloc, nullptr, budgetFree, nullptr};
    config.allocator = &incomplete;
    CHECK(eng_create_ex(&config, &why) == nullptr);
    CHECK(why == ENG_CREATE_BAD_ALLOCATOR);

    // The allocator runs dry at every point of the set-up in turn: each
    // failure is reported as such and leaks nothing (ASan checks).
    Budget budget{0};
    eng_allocator failing = {budgetAlloc, budgetRealloc, budgetFree, &budget};
    config.allocator = &failing;
    int successes = 0;
    for (int n = 0; n < 400 && successes == 0; n++) {
        budget.left = n;
        eng_heap *heap = eng_create_ex(&config, &why);
        if (heap) {
            CHECK(why == ENG_CREATE_OK);
            successes++;
            eng_destroy(heap);
        } else {
            CHECK(why == ENG_CREATE_OUT_OF_MEMORY);
        }
    }
    CHECK(successes == 1);

    config.allocator = nullptr;
    eng_heap *heap = eng_create_ex(&config, &why);
    REQUIRE(heap);
    CHECK(why == ENG_CREATE_OK);
    eng_destroy(heap);
    heap = eng_create_ex(&config, nullptr);  // a null reason pointer is allowed
    REQUIRE(heap);
    eng_destroy(heap);
}

TEST_CASE("strings from eng_get_string stay valid while their value is on the stack", "[api][care]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    REQUIRE(eng_push_string(heap, "first") == ENG_OK);
    REQUIRE(eng_push_string(heap, "second \xc3\xa9") == ENG_OK);
    size_t n1 = 0, n2 = 0;
    const char *a = eng_get_string(heap, -2, &n1);
    const char *b = eng_get_string(heap, -1, &n2);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(std::string(a) == "first");
    CHECK(n1 == 5);
    CHECK(std::string(b) == "second \xc3\xa9");
    CHECK(n2 == 9);
    // Reading the same value again gives the same bytes.
    CHECK(eng_get_string(heap, -2, nullptr) == a);
    // Work that allocates and collects leaves both intact.
    REQUIRE(evalText(heap, "var junk = []; for (var i = 0; i < 2000; i++) junk.push('s' + i); junk.length") ==
            ENG_OK);
    eng_gc(heap);
    eng_pop(heap, 1);
    CHECK(std::string(a) == "first");
    CHECK(std::string(b) == "second \xc3\xa9");
    // Non-strings give NULL.
    eng_push_number(heap, 1);
    CHECK(eng_get_string(heap, -1, nullptr) == nullptr);
    eng_destroy(heap);
}

TEST_CASE("eng_throw_error formats %g %zu %ld %s %% and widths as printf does", "[api][care]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    REQUIRE(eng_push_c_function(heap, throwFormatted, 0, "thrower") == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "thrower") == ENG_OK);
    REQUIRE(evalText(heap, "try { thrower(); 'no' } catch (e) { e.name + ': ' + e.message }") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "RangeError: 0.1 42 -7 text %  3.14|9   |ff");
    eng_destroy(heap);
}

TEST_CASE("after hitting the memory limit a script can still release memory", "[api][care]") {
    eng_config config;
    memset(&config, 0, sizeof config);
    config.memory_limit = 64 * 1024;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    CHECK(evalText(heap, "var big = []; for (;;) big.push({a: big.length, s: 'x' + big.length});") == ENG_ERROR);
    CHECK(topReport(heap).find("RangeError") == 0);
    eng_set_top(heap, 0);
    // Compiling this needs memory the script left none of: the reserve.
    REQUIRE(evalText(heap, "big = null") == ENG_OK);
    eng_set_top(heap, 0);
    REQUIRE(evalText(heap, "var t = []; for (var i = 0; i < 200; i++) t.push({i: i}); t.length") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 200);
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    CHECK(stats.bytes_in_use <= config.memory_limit);
    eng_destroy(heap);
}
