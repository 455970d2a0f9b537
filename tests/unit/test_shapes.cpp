// Shapes (objects/shape.h): objects made by the same literal share their
// keys and keep only their values; anything a shape cannot say gives the
// object a table of its own without changing what scripts see; shapes go
// when their objects do.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <string.h>

#include <string>

#include "engine.h"
#include "heap/heap.h"
#include "objects/object_ops.h"

#if ENG_SHAPES  // (the minimal profile leaves shapes out)

using namespace eng;

namespace {

Value evalValue(eng_heap *heap, const char *src) {
    REQUIRE(eng_eval(heap, src, strlen(src), "shapes.js") == ENG_OK);
    Heap &h = *heap;
    return h.stack[h.stackTop - 1];
}

std::string evalString(eng_heap *heap, const char *src) {
    REQUIRE(eng_eval(heap, src, strlen(src), "shapes.js") == ENG_OK);
    size_t len = 0;
    std::string s = eng_get_string(heap, -1, &len);
    eng_pop(heap, 1);
    return s;
}

JSObject *element(Value array, uint32_t i) {
    JSObject *a = asObject(array);
    REQUIRE(i < a->elemCount());
    return asObject(a->elems[i]);
}

}  // namespace

TEST_CASE("objects made by one literal share one shape and keep their own values", "[shapes]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Value a = evalValue(heap, "var a = []; for (var i = 0; i < 3; i++) a.push({i: i, s: 'x' + i}); a");
    JSObject *first = element(a, 0), *last = element(a, 2);
    REQUIRE(first->hasFlag(OBJ_SHAPED));
    REQUIRE(last->hasFlag(OBJ_SHAPED));
    CHECK(shapeOf(first) == shapeOf(last));
    CHECK(shapeOf(first)->header.count == 2);
    CHECK(first->propCount() == 2);
    HString *s = Prop::keyOfBits(shapeOf(first)->keys[1]);
    CHECK(findOwnProp(first, s).value() != findOwnProp(last, s).value());
    eng_pop(heap, 1);
    // Another literal with the same keys, made the same way, ends at the same shape.
    Value b = evalValue(heap, "[{i: 7, s: 'y'}]");
    CHECK(shapeOf(element(b, 0)) == shapeOf(element(a, 0)));
    eng_pop(heap, 1);
    CHECK(evalString(heap, "JSON.stringify(a) + Object.keys(a[1]).join()") ==
          "[{\"i\":0,\"s\":\"x0\"},{\"i\":1,\"s\":\"x1\"},{\"i\":2,\"s\":\"x2\"}]i,s");
    eng_destroy(heap);
}

TEST_CASE("objects a constructor makes after its first are shaped with the room the first needed", "[shapes]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Value a = evalValue(heap,
                        "function P(x, y) { this.x = x; this.y = y; }"
                        "var a = []; for (var i = 0; i < 3; i++) a.push(new P(i, -i)); a");
    CHECK_FALSE(element(a, 0)->hasFlag(OBJ_SHAPED));  // the first teaches the room
    REQUIRE(element(a, 1)->hasFlag(OBJ_SHAPED));
    REQUIRE(element(a, 2)->hasFlag(OBJ_SHAPED));
    CHECK(shapeOf(element(a, 1)) == shapeOf(element(a, 2)));
    CHECK(element(a, 1)->propCap() == 2);
    eng_pop(heap, 1);
    CHECK(evalString(heap, "a.map(function (p) { return p.x + ',' + p.y + (p instanceof P); }).join(' ')") ==
          "0,0true 1,-1true 2,-2true");
    eng_destroy(heap);
}

TEST_CASE("a shaped object that is changed gets a table of its own and the others keep the shape", "[shapes]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Value a = evalValue(heap,
                        "var a = []; for (var i = 0; i < 6; i++) a.push({p: i, q: -i});"
                        "a[0].r = 'more';"                                    // past its room
                        "delete a[1].p;"                                      // a key goes
                        "Object.defineProperty(a[2], 'q', {enumerable: false});"  // attributes change
                        "Object.freeze(a[3]);"
                        "Object.defineProperty(a[4], 'p', {get: function () { return 'got'; }});"
                        "a[5].p = 50;"                                        // a value alone changes
                        "a");
    for (uint32_t i = 0; i < 5; i++) CHECK_FALSE(element(a, i)->hasFlag(OBJ_SHAPED));
    REQUIRE(element(a, 5)->hasFlag(OBJ_SHAPED));
    eng_pop(heap, 1);
    CHECK(evalString(heap,
                     "a.map(function (o) { return Object.keys(o).join('') + ':' + o.p + ',' + o.q; }).join(' ') +"
                     "' ' + Object.getOwnPropertyNames(a[2]).join('') + ' ' + Object.isFrozen(a[3]) +"
                     "' ' + (function () { 'use strict'; try { a[3].p = 1; } catch (e) { return e.name; } })()") ==
          "pqr:0,0 q:undefined,-1 p:2,-2 pq:3,-3 pq:got,-4 pq:50,-5 pq true TypeError");
    eng_destroy(heap);
}

TEST_CASE("shapes go when their objects do, and a heap with shapes frees everything", "[shapes][gc]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Heap &h = *heap;
    eng_gc(heap);
    uint32_t before = shapeCount(h);
    const char *src = "var kept = []; (function () { for (var i = 0; i < 200; i++) {"
                      "  var o = {u1: i, u2: i}; o.self = o; kept.push({w: o}); } })(); kept.length";
    REQUIRE(eng_eval(heap, src, strlen(src), "shapes.js") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 200);
    eng_pop(heap, 1);
    CHECK(shapeCount(h) > before);
    const char *drop = "kept = null";
    REQUIRE(eng_eval(heap, drop, strlen(drop), "drop.js") == ENG_OK);
    eng_pop(heap, 1);
    eng_gc(heap);
    // The code that made them is gone too (scripts evaluated once), and
    // with it every object of those literals: their shapes left the table.
    CHECK(shapeCount(h) == before);
    eng_destroy(heap);
}

TEST_CASE("running out of memory while shaping objects is a RangeError and the heap stays usable", "[shapes][oom]") {
    const char *src = "var a = []; for (var i = 0; i < 400; i++) a.push({k: i, v: [i], w: {n: i}}); a.length";
    bool ran = false;
    for (size_t limit = 8 * 1024; limit <= 256 * 1024 && !ran; limit += 2048) {
        eng_config config;
        memset(&config, 0, sizeof config);
        config.memory_limit = limit;
        eng_heap *heap = eng_create(&config);
        if (!heap) continue;
        eng_status st = eng_eval(heap, src, strlen(src), "oom.js");
        if (st == ENG_OK) {
            ran = eng_get_number(heap, -1) == 400;
        } else {
            REQUIRE(eng_to_string(heap, -1) == ENG_OK);
            CHECK(std::string(eng_get_string(heap, -1, nullptr)).find("RangeError") != std::string::npos);
            eng_pop(heap, 1);
            const char *again = "a = null; ({a: 1, b: 2}).b";  // what the failed script held goes first
            REQUIRE(eng_eval(heap, again, strlen(again), "again.js") == ENG_OK);
            CHECK(eng_get_number(heap, -1) == 2);
        }
        eng_destroy(heap);
    }
    CHECK(ran);
}

#endif  // ENG_SHAPES
