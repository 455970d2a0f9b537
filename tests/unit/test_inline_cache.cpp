// Inline caches (vm/inline_cache.h): what the heap keeps for them. The
// cases scripts can see are in tests/js/stdlib/inline_cache_{get,set}.js.
#include <catch2/catch.hpp>
#include <string.h>

#include <string>

#include "engine.h"
#include "heap/heap.h"
#include "objects/object_ops.h"

#if ENG_INLINE_CACHES

using namespace eng;

namespace {

std::string evalString(eng_heap *heap, const char *src) {
    REQUIRE(eng_eval(heap, src, strlen(src), "ic.js") == ENG_OK);
    size_t len = 0;
    std::string s = eng_get_string(heap, -1, &len);
    eng_pop(heap, 1);
    return s;
}

const char *const setup =
    "function A() {} A.prototype.m = function () { return 'A'; };"
    "function B() {} B.prototype = Object.create(A.prototype);"
    "var b = new B();"
    "function call(o) { return o.m(); }"
    "function make(v) { var o = new B(); o.x = v; return o; }"
    "'' + call(b) + call(b) + make(1).x + make(2).x;";

}  // namespace

TEST_CASE("a table gaining a key or a prototype changing bumps the epoch", "[inline_cache]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Heap &h = *heap;
    CHECK(evalString(heap, setup) == "AA12");
    uint32_t before = h.propEpoch;
    CHECK(evalString(heap, "B.prototype.m = function () { return 'B'; }; '' + call(b)") == "B");
    CHECK(h.propEpoch != before);
    before = h.propEpoch;
    CHECK(evalString(heap, "b.m = 1; Object.setPrototypeOf(b, A.prototype); delete b.m; '' + call(b)") == "A");
    CHECK(h.propEpoch != before);
    eng_destroy(heap);
}

TEST_CASE("the epoch wrapping forgets the entries that check it", "[inline_cache]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Heap &h = *heap;
    CHECK(evalString(heap, setup) == "AA12");
    h.propEpoch = UINT32_MAX;  // the next key a table gains wraps it
    CHECK(evalString(heap, "A.prototype.n = 1; '' + call(b) + make(3).x + b.n") == "A31");
    CHECK(h.propEpoch >= 1);
    CHECK(h.propEpoch < 100);
    eng_gc(heap);
    CHECK(evalString(heap, "B.prototype.m = function () { return 'B'; }; '' + call(b) + call(new B())") == "BB");
    eng_destroy(heap);  // the asan preset checks that the references the entries held are released
}

TEST_CASE("caches hold what they name: dropped objects and shapes go with their functions", "[inline_cache]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    CHECK(evalString(heap, setup) == "AA12");
    CHECK(evalString(heap, "A = B = b = call = make = null; 'ok'") == "ok");
    eng_gc(heap);
    eng_destroy(heap);
}

#endif
