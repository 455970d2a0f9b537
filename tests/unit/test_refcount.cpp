// Deferred reference counting: acyclic garbage is freed without a
// collection, live data survives reconciliation, cycles and stuck counts are
// left to mark-and-sweep, which recounts.
#include <catch2/catch.hpp>
#include <string.h>

#include <string>

#include "engine.h"
#include "heap/heap.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/string.h"

#if ENG_USE_REFCOUNT && !ENG_USE_GC_TORTURE

namespace {

void run(eng_heap *heap, const char *src) {
    int status = eng_eval(heap, src, strlen(src), "rc.js");
    if (status != ENG_OK) {
        size_t len = 0;
        const char *msg = eng_get_string(heap, -1, &len);
        FAIL(std::string(msg ? msg : "(no message)"));
    }
    eng_pop(heap, 1);
}

eng_heap_stats stats(eng_heap *heap) {
    eng_heap_stats s;
    eng_get_stats(heap, &s);
    return s;
}

uint8_t countOf(const eng::GcHeader *p) { return static_cast<uint8_t>((p->gcFlags & eng::RC_MAX) / eng::RC_ONE); }

}  // namespace

TEST_CASE("temporaries are freed without a collection", "[heap][rc]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    eng_heap_stats before = stats(heap);
    // About 4 MB of objects, strings, closures and arrays, none kept.
    run(heap,
        "function P(x) { this.x = x; this.s = 'p' + x; }\n"
        "var total = 0;\n"
        "for (var i = 0; i < 20000; i++) {\n"
        "  var p = new P(i); var a = [p, {q: p}]; var f = function () { return a; };\n"
        "  total += f()[0].x + f()[0].s.length;\n"
        "}\n"
        "total");
    eng_heap_stats after = stats(heap);
    CHECK(after.gc_runs == before.gc_runs);
    // Five temporaries an iteration ('p' + x interns no string for x); the
    // last few iterations' may still wait in the zero-count table.
    CHECK(after.rc_frees - before.rc_frees >= 19990 * 5);
    CHECK(after.peak_bytes < before.bytes_in_use + 64 * 1024);
    eng_destroy(heap);
}

TEST_CASE("a long loop of temporaries runs in a small heap", "[heap][rc]") {
    eng_config config{};  // every other member: the default
    config.memory_limit = 48 * 1024;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    eng_heap_stats before = stats(heap);
    run(heap,
        "var n = 0;\n"
        "for (var i = 0; i < 50000; i++) { var o = {a: [i, i + 1], b: 'x' + i}; n += o.a[1] - o.a[0]; }\n"
        "if (n !== 50000) throw new Error('wrong sum ' + n);");
    eng_heap_stats after = stats(heap);
    CHECK(after.gc_runs == before.gc_runs);
    CHECK(after.peak_bytes <= 48 * 1024);
    eng_destroy(heap);
}

TEST_CASE("data reachable only through the heap survives reconciliation", "[heap][rc]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    run(heap,
        "var list = null;\n"
        "for (var i = 0; i < 3000; i++) list = {value: 'v' + i, next: list, box: [i]};\n"
        "var holder = {};\n"
        "(function () { var secret = {deep: {deeper: 'kept'}}; holder.get = function () { return secret; }; })();\n"
        "for (var j = 0; j < 20000; j++) { var junk = {j: j, s: 'junk' + j}; }\n"
        "var n = 0, sum = 0;\n"
        "for (var p = list; p; p = p.next) { n++; sum += p.box[0]; if (p.value !== 'v' + p.box[0]) throw new Error('bad'); }\n"
        "if (n !== 3000 || sum !== 4498500) throw new Error('list broken ' + n + ' ' + sum);\n"
        "if (holder.get().deep.deeper !== 'kept') throw new Error('closure data lost');");
    eng_destroy(heap);
}

TEST_CASE("cycles are left to the collector", "[heap][rc]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    eng_gc(heap);
    eng_heap_stats base = stats(heap);
    run(heap, "(function () { for (var i = 0; i < 2000; i++) { var a = {}; var b = {a: a}; a.b = b; } })();");
    eng_heap_stats mid = stats(heap);
    eng_gc(heap);
    eng_heap_stats after = stats(heap);
    CHECK(after.bytes_in_use < mid.bytes_in_use);
    CHECK(after.bytes_in_use < base.bytes_in_use + 8 * 1024);
    eng_destroy(heap);
}

TEST_CASE("counts stick at the maximum and the collector recounts", "[heap][rc]") {
    eng::Heap *h = eng::heapCreate(nullptr);
    REQUIRE(h);
    {
        eng::JSObject *target = eng::newPlainObject(*h);
        REQUIRE(target);
        eng::LocalRoot targetRoot(*h, eng::Value::pointer(target));
        eng::JSArray *holder = eng::newArray(*h, 0);
        REQUIRE(holder);
        eng::LocalRoot holderRoot(*h, eng::Value::pointer(holder));
        CHECK(countOf(target) == 0);
        for (uint32_t i = 0; i < 40; i++) REQUIRE(eng::arrayPush(*h, holder, eng::Value::pointer(target)) == eng::Status::Ok);
        CHECK(countOf(target) == eng::RC_MAX / eng::RC_ONE);  // stuck
        REQUIRE(eng::setArrayLength(*h, holder, 3) == eng::Status::Ok);
        CHECK(countOf(target) == eng::RC_MAX / eng::RC_ONE);  // still stuck
        eng::collectGarbage(*h);
        CHECK(countOf(target) == 3);  // recounted
        REQUIRE(eng::setArrayLength(*h, holder, 0) == eng::Status::Ok);
        CHECK(countOf(target) == 0);
        CHECK((target->gcFlags & eng::GC_IN_ZCT) != 0);
    }
    eng::heapDestroy(h);
}

#endif
