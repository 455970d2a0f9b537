// WeakRef and FinalizationRegistry through the API (docs/memory.md, Weak
// references): a target lives through the synchronous run (script or job)
// that made or dereferenced it, dies at the next collection after that,
// whether reference counting or the collector finds it dead; cleanup
// callbacks run as jobs of eng_run_jobs, once per dead registration, never
// from the collector; unregister stops them; nothing leaks.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <string.h>

#include <string>

#include "engine.h"
#include "heap/heap.h"
#include "heap/refcount.h"

#if ENG_WEAK_REFS

namespace {

eng_status evalText(eng_heap *heap, const char *src, std::string *text = nullptr) {
    eng_status st = eng_eval(heap, src, strlen(src), "weak_refs.js");
    if (text) {
        text->clear();
        if (eng_to_string(heap, -1) == ENG_OK) *text = eng_get_string(heap, -1, nullptr);
    }
    eng_set_top(heap, 0);
    return st;
}

std::string global(eng_heap *heap, const char *expr) {
    std::string text;
    CHECK(evalText(heap, expr, &text) == ENG_OK);
    return text;
}

// gc(): a full collection from inside a script.
int gcNative(eng_heap *heap) {
    eng_gc(heap);
    return 0;
}

// reconcile(): only reference counting's pass over the zero-count table.
int reconcileNative(eng_heap *heap) {
    eng::reconcile(*heap);
    return 0;
}

void defineGlobal(eng_heap *heap, eng_c_function fn, const char *name) {
    REQUIRE(eng_push_c_function(heap, fn, 0, name) == ENG_OK);
    REQUIRE(eng_put_global_string(heap, name) == ENG_OK);
    eng_set_top(heap, 0);
}

struct Counting {
    long live = 0;
    static void *alloc(void *u, size_t n) {
        static_cast<Counting *>(u)->live++;
        return malloc(n);
    }
    static void *realloc_(void *u, void *p, size_t, size_t n) {
        if (!p) static_cast<Counting *>(u)->live++;
        return realloc(p, n);
    }
    static void free_(void *u, void *p, size_t) {
        if (p) static_cast<Counting *>(u)->live--;
        free(p);
    }
};

eng_heap *newHeap(Counting *counting = nullptr) {
    eng_allocator allocator = {Counting::alloc, Counting::realloc_, Counting::free_, counting};
    eng_config config;
    memset(&config, 0, sizeof config);
    if (counting) config.allocator = &allocator;  // the heap keeps a copy
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    defineGlobal(heap, gcNative, "gc");
    defineGlobal(heap, reconcileNative, "reconcile");
    return heap;
}

}  // namespace

TEST_CASE("a WeakRef's target lives until the script that made it ends", "[weakref]") {
    eng_heap *heap = newHeap();
    CHECK(global(heap, "var w = new WeakRef({x: 1}); gc(); var first = typeof w.deref(); gc();"
                       "first + ' ' + w.deref().x") == "object 1");
    eng_gc(heap);  // the kept list was cleared when the script ended
    CHECK(global(heap, "typeof w.deref()") == "undefined");
    eng_destroy(heap);
}

TEST_CASE("deref keeps the target alive again for the rest of the script", "[weakref]") {
    eng_heap *heap = newHeap();
    REQUIRE(evalText(heap, "var holder = {o: {y: 2}}; var w = new WeakRef(holder.o);") == ENG_OK);
    eng_gc(heap);
    CHECK(global(heap, "typeof w.deref()") == "object");  // held by holder
    // The script drops the last strong reference but dereferenced it first.
    CHECK(global(heap, "w.deref(); delete holder.o; gc(); reconcile(); w.deref().y") == "2");
    eng_gc(heap);
    CHECK(global(heap, "String(w.deref())") == "undefined");
    eng_destroy(heap);
}

TEST_CASE("the kept list is cleared after each job", "[weakref][jobs]") {
    eng_heap *heap = newHeap();
    REQUIRE(evalText(heap, "var w, log = [];"
                           "Promise.resolve().then(function () {"
                           "  w = new WeakRef({}); gc(); log.push(typeof w.deref());"
                           "}).then(function () { gc(); log.push(typeof w.deref()); });") == ENG_OK);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(global(heap, "log.join()") == "object,undefined");
    eng_destroy(heap);
}

TEST_CASE("the kept list is cleared when the embedder's eng_call returns", "[weakref]") {
    eng_heap *heap = newHeap();
    REQUIRE(evalText(heap, "var w; function make() { w = new WeakRef({}); gc(); return typeof w.deref(); }") == ENG_OK);
    REQUIRE(eng_get_global_string(heap, "make") == ENG_OK);
    eng_push_undefined(heap);
    REQUIRE(eng_call(heap, 0) == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "object");
    eng_set_top(heap, 0);
    eng_gc(heap);
    CHECK(global(heap, "typeof w.deref()") == "undefined");
    eng_destroy(heap);
}

#if ENG_USE_REFCOUNT
TEST_CASE("reference counting alone clears a WeakRef once the kept list is cleared", "[weakref]") {
    eng_heap *heap = newHeap();
    CHECK(global(heap, "var w = new WeakRef({}); reconcile(); typeof w.deref()") == "object");
    CHECK(global(heap, "reconcile(); typeof w.deref()") == "undefined");
    eng_destroy(heap);
}

TEST_CASE("a target freed by reference counting queues its cleanup", "[weakref][finalization]") {
    eng_heap *heap = newHeap();
    REQUIRE(evalText(heap, "var calls = []; var fr = new FinalizationRegistry(function (h) { calls.push(h); });"
                           "(function () { fr.register({}, 'counted'); })(); reconcile();") == ENG_OK);
    CHECK(global(heap, "calls.length") == "0");  // never from the collector
    CHECK(eng_has_pending_jobs(heap) != 0);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(global(heap, "calls.join()") == "counted");
    eng_destroy(heap);
}
#endif

TEST_CASE("cleanup callbacks run as jobs, once each, with the held value", "[weakref][finalization]") {
    int queued = 0;
    eng_config config;
    memset(&config, 0, sizeof config);
    config.job_queued = [](void *user) { ++*static_cast<int *>(user); };
    config.job_queued_user = &queued;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    defineGlobal(heap, gcNative, "gc");
    REQUIRE(evalText(heap, "var calls = [];"
                           "var fr = new FinalizationRegistry(function (h) {"
                           "  calls.push(typeof h == 'object' ? h.name : h);"
                           "});"
                           "var token = {}, kept = {};"
                           "(function () {"
                           "  fr.register({}, 'a');"
                           "  fr.register({}, 'b', token);"
                           "  fr.register({}, {name: 'c'});"  // the held value lives until its call
                           "  fr.register(Symbol('d'), 'd');"
                           "  fr.register(kept, 'never', kept);"
                           "})();"
                           "gc(); var before = calls.length;") == ENG_OK);
    CHECK(global(heap, "before") == "0");  // never from the collector
    CHECK(queued == 1);                    // one cleanup job for the registry
    CHECK(eng_has_pending_jobs(heap) != 0);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(global(heap, "calls.sort().join()") == "a,b,c,d");
    eng_gc(heap);
    CHECK(eng_has_pending_jobs(heap) == 0);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(global(heap, "calls.length") == "4");            // once each
    CHECK(global(heap, "fr.unregister(token)") == "false");  // b's cell went with its call
    CHECK(global(heap, "fr.unregister(kept)") == "true");
    eng_destroy(heap);
}

TEST_CASE("a cleanup callback that throws stops eng_run_jobs, the rest run later", "[weakref][finalization]") {
    eng_heap *heap = newHeap();
    REQUIRE(evalText(heap, "var calls = [];"
                           "var fr = new FinalizationRegistry(function (h) {"
                           "  calls.push(h); if (calls.length == 1) throw new Error('cleanup broke');"
                           "});"
                           "(function () { fr.register({}, 1); fr.register({}, 2); })(); gc();") == ENG_OK);
    CHECK(eng_run_jobs(heap) == ENG_ERROR);
    REQUIRE(eng_get_top(heap) == 1);
    REQUIRE(eng_get_prop_string(heap, -1, "message") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "cleanup broke");
    eng_set_top(heap, 0);
    CHECK(global(heap, "calls.length") == "1");
    CHECK(eng_has_pending_jobs(heap) != 0);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(global(heap, "calls.length") == "2");
    eng_destroy(heap);
}

TEST_CASE("a registry that dies first calls nothing, and nothing leaks", "[weakref][finalization]") {
    Counting counting;
    {
        eng_heap *heap = newHeap(&counting);
        REQUIRE(evalText(heap, "var called = false, keep = {}, t = {};"
                               "(function () {"
                               "  var fr = new FinalizationRegistry(function () { called = true; });"
                               "  fr.register(t, {big: [1, 2, 3]}, t);"
                               "  fr.register(keep, 'held');"
                               "})();"
                               "var w = new WeakRef(t), w2 = new WeakRef(keep);") == ENG_OK);
        eng_gc(heap);
        // (Whether t is still alive later in this script is the collector's
        // choice: the GC torture build collects at the inline cache the
        // next property read makes.)
        CHECK(global(heap, "t = undefined; typeof w2.deref()") == "object");
        eng_gc(heap);
        CHECK(eng_has_pending_jobs(heap) == 0);
        CHECK(eng_run_jobs(heap) == ENG_OK);
        CHECK(global(heap, "called + ' ' + typeof w.deref() + ' ' + typeof w2.deref()") == "false undefined object");
        // Destroyed with a cleanup owed and weak references alive.
        REQUIRE(evalText(heap, "var fr2 = new FinalizationRegistry(function () {});"
                               "(function () { fr2.register({}, {}); })(); gc();") == ENG_OK);
        CHECK(eng_has_pending_jobs(heap) != 0);
        eng_destroy(heap);
    }
    CHECK(counting.live == 0);
}

TEST_CASE("unregister removes registrations, dead or alive", "[weakref][finalization]") {
    eng_heap *heap = newHeap();
    REQUIRE(evalText(heap, "var calls = [];"
                           "var fr = new FinalizationRegistry(function (h) { calls.push(h); });"
                           "var token = {}, kept = {};"
                           "(function () {"
                           "  fr.register({}, 'a');"
                           "  fr.register({}, 'b', token);"
                           "  fr.register({}, 'c', token);"
                           "  fr.register(kept, 'alive', token);"
                           "  fr.register({}, 'e', kept);"
                           "})();"
                           "gc();"
                           "var removed = [fr.unregister(token), fr.unregister(token), fr.unregister({})].join();") ==
            ENG_OK);
    CHECK(global(heap, "removed") == "true,false,false");
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(global(heap, "calls.sort().join()") == "a,e");
    CHECK(global(heap, "fr.unregister(kept)") == "false");  // 'e' ran: its cell is gone
    eng_destroy(heap);
}

#endif
