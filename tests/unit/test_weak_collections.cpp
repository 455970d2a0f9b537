// WeakMap and WeakSet hold their keys weakly: entries (and the values only
// they keep) go when the key dies, whether reference counting or the
// mark-and-sweep collector finds it dead; a value lives as long as its key
// (ephemerons), also when the value refers back to the key.
#include <catch2/catch.hpp>
#include <stdio.h>
#include <string.h>

#include <string>

#include "engine.h"
#include "heap/heap.h"
#include "heap/refcount.h"
#include "objects/collection.h"

#if ENG_MAP_SET

namespace {

void run(eng_heap *heap, const char *src) {
    int status = eng_eval(heap, src, strlen(src), "weak.js");
    if (status != ENG_OK) {
        size_t len = 0;
        const char *msg = eng_get_string(heap, -1, &len);
        FAIL(std::string(msg ? msg : "(no message)"));
    }
    eng_pop(heap, 1);
}

size_t bytesInUse(eng_heap *heap) {
    eng_heap_stats s;
    eng_get_stats(heap, &s);
    return s.bytes_in_use;
}


// Entries of every weak collection of the heap.
uint32_t weakEntries(eng_heap *heap) {
    uint32_t n = 0;
    for (eng::JSCollection *c = heap->weakCollections; c; c = c->nextWeak) n += eng::collectionSize(c);
    return n;
}

uint32_t weakCollections(eng_heap *heap) {
    uint32_t n = 0;
    for (eng::JSCollection *c = heap->weakCollections; c; c = c->nextWeak) n++;
    return n;
}

// Each value holds about 10 kB (an array of 200 strings).
const char *makeValue = "function value(i) { var a = []; for (var j = 0; j < 200; j++) a.push('v' + i + '_' + j); return a; }\n";

// The same strings made and dropped once, so that the intern table has
// grown to hold them before the baseline is taken.
void warmUp(eng_heap *heap, int count) {
    char src[160];
    snprintf(src, sizeof src, "(function () { var warm = []; for (var i = 0; i < %d; i++) warm.push(value(i)); })();", count);
    run(heap, src);
    eng_gc(heap);
}

}  // namespace

TEST_CASE("weak map entries whose keys die are dropped by the collector", "[heap][weak]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    run(heap, makeValue);
    run(heap, "var wm = new WeakMap(); var kept = [];");
    warmUp(heap, 100);
    size_t base = bytesInUse(heap);
    // Each value refers back to its key: only ephemeron marking can tell
    // that neither is reachable (collections during the loop drop some).
    run(heap,
        "for (var i = 0; i < 100; i++) { var k = {i: i}; var v = value(i); v.key = k; wm.set(k, v);"
        "  if (i % 10 == 0) kept.push(k); }\n"
        "k = v = undefined;");
    CHECK(weakEntries(heap) >= 10);
    size_t full = bytesInUse(heap);
    eng_gc(heap);
    CHECK(weakEntries(heap) == 10);
    // The ten kept keys' values (about 10 kB each) are still there.
    CHECK(bytesInUse(heap) < full);
    CHECK(bytesInUse(heap) < base + 10 * 12000);
    run(heap,
        "for (var i = 0; i < kept.length; i++) { var v = wm.get(kept[i]);"
        "  if (!v || v.length !== 200 || v.key !== kept[i] || v[199] !== 'v' + (i * 10) + '_199') throw new Error('lost value ' + i); }");
    run(heap, "kept = []; v = undefined;");
    eng_gc(heap);
    CHECK(weakEntries(heap) == 0);
    CHECK(bytesInUse(heap) < base + 8192);  // the weak map's table stays
    eng_destroy(heap);
}

#if ENG_USE_REFCOUNT && !ENG_USE_GC_TORTURE
static size_t gcRuns(eng_heap *heap) {
    eng_heap_stats s;
    eng_get_stats(heap, &s);
    return s.gc_runs;
}

// About 400 bytes in two allocations (numbers need none of their own).
static const char *makeNumbers = "function numbers(i) { var a = []; for (var j = 0; j < 40; j++) a.push(i + j); return a; }\n";

TEST_CASE("weak map entries whose keys die are dropped by reference counting", "[heap][weak][rc]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    run(heap, makeNumbers);
    run(heap, "var wm = new WeakMap(); var ws = new WeakSet();");
    eng_gc(heap);
    size_t base = bytesInUse(heap);
    size_t runs = gcRuns(heap);
    run(heap,
        "(function () { for (var i = 0; i < 30; i++) { var k = {i: i}; wm.set(k, numbers(i)); ws.add(k); } })();");
    eng::reconcile(*heap);
    eng::reconcile(*heap);  // what the first released may have queued
    CHECK(gcRuns(heap) == runs);
    CHECK(weakEntries(heap) == 0);
    CHECK(bytesInUse(heap) < base + 4096);  // the tables stay (about 1 kB each)
    eng_destroy(heap);
}
#endif

TEST_CASE("a value reachable only through live keys survives (ephemeron chains)", "[heap][weak]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    run(heap,
        "var wm = new WeakMap(); var root = {};\n"
        "(function () { var b = {}, c = {}, d = {name: 'deep'}; wm.set(c, d); wm.set(b, c); wm.set(root, b); })();");
    eng_gc(heap);
    CHECK(weakEntries(heap) == 3);
    run(heap, "if (wm.get(wm.get(wm.get(root))).name !== 'deep') throw new Error('chain lost');");
    run(heap, "root = null;");
    eng_gc(heap);
    CHECK(weakEntries(heap) == 0);
    eng_destroy(heap);
}

TEST_CASE("a dead weak collection releases its values and symbols can be weak keys", "[heap][weak]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    run(heap, makeValue);
    run(heap, "var key = {}; var sym = Symbol('s');");
    warmUp(heap, 5);
    size_t base = bytesInUse(heap);
    uint32_t collections = weakCollections(heap);
    run(heap,
        "var wm = new WeakMap([[key, value(1)], [sym, value(2)], [Symbol.iterator, value(3)]]);\n"
        "if (wm.get(sym)[0] !== 'v2_0' || wm.get(Symbol.iterator)[0] !== 'v3_0') throw new Error('symbol keys');\n"
        "var threw = false; try { wm.set(Symbol.for('registered'), 1); } catch (e) { threw = e instanceof TypeError; }\n"
        "if (!threw) throw new Error('registered symbol accepted');");
    CHECK(weakCollections(heap) == collections + 1);
    run(heap, "wm = undefined;");
    eng_gc(heap);
    CHECK(weakCollections(heap) == collections);
    CHECK(bytesInUse(heap) < base + 4096);
    // A symbol key dying drops its entry.
    run(heap, "var wm2 = new WeakMap(); wm2.set(sym, value(4)); sym = undefined;");
    eng_gc(heap);
    CHECK(weakEntries(heap) == 0);
    eng_destroy(heap);
}

TEST_CASE("weak keys freed while iterating maps do not disturb them", "[heap][weak]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    run(heap,
        "var m = new Map(), wm = new WeakMap(), out = 0;\n"
        "for (var i = 0; i < 50; i++) { var k = {i: i}; m.set(k, i); wm.set(k, [i]); }\n"
        "var it = m.keys(); it.next();\n"
        "for (var [k2, v] of m) { if (v % 2) m.delete(k2); }\n"
        "for (var x of it) out += x.i;\n"
        "k = k2 = x = undefined;\n"
        "if (out !== 600) throw new Error('iteration ' + out);\n"
        "m.clear();");
    eng_gc(heap);
    CHECK(weakEntries(heap) == 0);
    eng_destroy(heap);
}

#endif
