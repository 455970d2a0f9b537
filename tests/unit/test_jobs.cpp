// Promise jobs through the API (docs/api.md, Jobs): eng_run_jobs runs
// them first in, first out; the job_queued hook sees each one queued; the
// rejection hook sees unhandled rejections (and handling them later);
// errors no promise can take come back as eng_eval's do; a heap destroyed
// with jobs queued frees them.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <string.h>

#include <algorithm>
#include <string>
#include <vector>

#include "engine.h"

namespace {

eng_status evalText(eng_heap *heap, const char *src, std::string *text = nullptr) {
    eng_status st = eng_eval(heap, src, strlen(src), "jobs.js");
    if (text) {
        text->clear();
        if (eng_to_string(heap, -1) == ENG_OK) *text = eng_get_string(heap, -1, nullptr);
    }
    eng_set_top(heap, 0);
    return st;
}

std::string global(eng_heap *heap, const char *expr) {
    std::string text;
    REQUIRE(evalText(heap, expr, &text) == ENG_OK);
    return text;
}

struct Rejections {
    std::vector<std::string> events;  // "unhandled: reason" / "handled: reason"
};

void onRejection(void *user, eng_heap *heap, eng_rejection_event event) {
    Rejections *r = static_cast<Rejections *>(user);
    CHECK(eng_get_top(heap) >= 2);
    CHECK(eng_is_object(heap, -2));  // the promise
    std::string reason = eng_to_string(heap, -1) == ENG_OK ? eng_get_string(heap, -1, nullptr) : "?";
    r->events.push_back((event == ENG_REJECTION_UNHANDLED ? "unhandled: " : "handled: ") + reason);
    eng_push_undefined(heap);  // left over: the engine drops it
}

void countJob(void *user) { ++*static_cast<int *>(user); }

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

}  // namespace

TEST_CASE("jobs run first in, first out, and the hook sees each one queued", "[jobs]") {
    int queued = 0;
    eng_config config;
    memset(&config, 0, sizeof config);
    config.job_queued = countJob;
    config.job_queued_user = &queued;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    CHECK(eng_has_pending_jobs(heap) == 0);
    CHECK(eng_run_jobs(heap) == ENG_OK);  // nothing to do
    REQUIRE(evalText(heap, "var log = [];"
                           "Promise.resolve().then(function () { log.push(1); }).then(function () { log.push(4); });"
                           "Promise.resolve().then(function () { log.push(2); });"
                           "Promise.reject().catch(function () { log.push(3); });") == ENG_OK);
    CHECK(queued == 3);  // the chained then waits for its promise
    CHECK(eng_has_pending_jobs(heap) != 0);
    CHECK(global(heap, "log.join()") == "");
    int top = eng_get_top(heap);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(eng_get_top(heap) == top);  // nothing pushed
    CHECK(queued == 4);
    CHECK(eng_has_pending_jobs(heap) == 0);
    CHECK(global(heap, "log.join()") == "1,2,3,4");
    eng_destroy(heap);
}

TEST_CASE("an error no promise can take stops eng_run_jobs, the rest stay queued", "[jobs]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    // A capability whose resolve throws: the reaction job cannot settle it.
    REQUIRE(evalText(heap, "var log = [];"
                           "function C(executor) {"
                           "  executor(function () { throw new TypeError('capability broke'); }, function () {});"
                           "}"
                           "C[Symbol.species] = C;"
                           "var p = Promise.resolve(1); p.constructor = C;"
                           "p.then(function () { log.push('handler ran'); });"
                           "Promise.resolve().then(function () { log.push('next job'); });") == ENG_OK);
    CHECK(eng_run_jobs(heap) == ENG_ERROR);
    REQUIRE(eng_get_top(heap) == 1);
    CHECK(eng_is_object(heap, -1));
    REQUIRE(eng_get_prop_string(heap, -1, "message") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "capability broke");
    eng_set_top(heap, 0);
    CHECK(global(heap, "log.join()") == "handler ran");
    CHECK(eng_has_pending_jobs(heap) != 0);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(global(heap, "log.join()") == "handler ran,next job");
    eng_destroy(heap);
}

TEST_CASE("a job stopped by the execution control ends with ENG_INTERRUPTED", "[jobs]") {
    eng_config config;
    memset(&config, 0, sizeof config);
    config.max_instructions = 200000;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    REQUIRE(evalText(heap, "var after = false; Promise.resolve().then(function () { for (;;) {} });"
                           "Promise.resolve().then(function () { after = true; });") == ENG_OK);
    CHECK(eng_run_jobs(heap) == ENG_INTERRUPTED);
    CHECK(eng_get_top(heap) == 1);
    eng_set_top(heap, 0);
    CHECK(eng_run_jobs(heap) == ENG_OK);  // the budget counts afresh
    CHECK(global(heap, "after") == "true");
    eng_destroy(heap);
}

TEST_CASE("rejections without a handler are reported after the jobs ran, and handling them later too", "[jobs]") {
    Rejections seen;
    eng_config config;
    memset(&config, 0, sizeof config);
    config.rejection = onRejection;
    config.rejection_user = &seen;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    REQUIRE(evalText(heap, "var late = Promise.reject('late');"
                           "Promise.reject('caught in time').catch(function () {});"
                           "var handledInJob = Promise.reject('in a job');"
                           "Promise.resolve().then(function () { handledInJob.catch(function () {}); });"
                           "Promise.resolve().then(function () { throw 'from a handler'; });") == ENG_OK);
    CHECK(seen.events.empty());  // nothing before the jobs run
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(eng_get_top(heap) == 0);
    REQUIRE(seen.events.size() == 2);
    CHECK(std::find(seen.events.begin(), seen.events.end(), "unhandled: late") != seen.events.end());
    CHECK(std::find(seen.events.begin(), seen.events.end(), "unhandled: from a handler") != seen.events.end());
    seen.events.clear();
    REQUIRE(evalText(heap, "late.catch(function () {});") == ENG_OK);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    REQUIRE(seen.events.size() == 1);
    CHECK(seen.events[0] == "handled: late");
    seen.events.clear();
    CHECK(eng_run_jobs(heap) == ENG_OK);  // each is reported once
    CHECK(seen.events.empty());
    eng_destroy(heap);
}

TEST_CASE("a heap destroyed with jobs and reactions pending frees them", "[jobs]") {
    Counting counting;
    eng_allocator allocator = {Counting::alloc, Counting::realloc_, Counting::free_, &counting};
    eng_config config;
    memset(&config, 0, sizeof config);
    config.allocator = &allocator;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    REQUIRE(evalText(heap, "var keep = new Promise(function () {});"
                           "for (var i = 0; i < 50; i++) {"
                           "  keep.then(function () {});"
                           "  Promise.resolve(i).then(function (v) { return v; });"
                           "  Promise.resolve({ then: function (r) { r(1); } });"
                           "}"
                           "Promise.reject('never reported');") == ENG_OK);
    CHECK(eng_has_pending_jobs(heap) != 0);
    eng_gc(heap);  // the queue is a root: nothing queued is collected
    CHECK(eng_has_pending_jobs(heap) != 0);
    eng_destroy(heap);
    CHECK(counting.live == 0);
}

TEST_CASE("a fresh heap's queue costs no allocation", "[jobs]") {
    eng_heap *a = eng_create(nullptr);
    REQUIRE(a);
    eng_heap_stats before, after;
    eng_get_stats(a, &before);
    CHECK(eng_run_jobs(a) == ENG_OK);
    CHECK(eng_has_pending_jobs(a) == 0);
    eng_get_stats(a, &after);
    CHECK(after.alloc_count == before.alloc_count);
    eng_destroy(a);
}
