// ES modules through the API (docs/modules.md): eng_eval_module with an
// in-memory loader. The loader is asked to load each module once per heap;
// importers see the exporter's later assignments; cycles link and run in
// the spec's order; an evaluation error is thrown again by later imports;
// a loader that fails gives an Error naming the module; nothing leaks.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <string.h>

#include <map>
#include <string>
#include <vector>

#include "engine.h"

namespace {

// Modules by resolved name; "./x" from any module names "x".
struct Sources {
    std::map<std::string, std::string> files;
    std::map<std::string, int> loads;
    std::vector<std::string> released;
    std::vector<std::string> metas;

    static int resolve(void *, const char *, const char *specifier, char *name, size_t size) {
        if (strncmp(specifier, "./", 2) != 0 || strlen(specifier + 2) + 1 > size) return 1;
        strcpy(name, specifier + 2);
        return 0;
    }
    static int load(void *user, const char *name, const char **source, size_t *length) {
        Sources *s = static_cast<Sources *>(user);
        s->loads[name]++;
        auto it = s->files.find(name);
        if (it == s->files.end()) return 1;
        *source = it->second.c_str();
        *length = it->second.size();
        return 0;
    }
    static void release(void *user, const char *name, const char *) {
        static_cast<Sources *>(user)->released.push_back(name);
    }
    static void meta(void *user, eng_heap *heap, const char *name) {
        static_cast<Sources *>(user)->metas.push_back(name);
        if (eng_push_string(heap, name) == ENG_OK) eng_put_prop_string(heap, -2, "name");
    }
    void install(eng_heap *heap) {
        eng_module_loader loader = {resolve, load, release, meta, this};
        eng_set_module_loader(heap, &loader);
    }
};

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

eng_status evalModule(eng_heap *heap, const char *name, const char *src) {
    return eng_eval_module(heap, name, src, src ? strlen(src) : 0);
}

std::string global(eng_heap *heap, const char *expr) {
    std::string text;
    eng_status st = eng_eval(heap, expr, strlen(expr), "check.js");
    if (eng_to_string(heap, -1) == ENG_OK) text = eng_get_string(heap, -1, nullptr);
    eng_set_top(heap, 0);
    CHECK(st == ENG_OK);
    return text;
}

std::string errorMessage(eng_heap *heap) {
    std::string text;
    if (eng_get_prop_string(heap, -1, "message") == ENG_OK && eng_to_string(heap, -1) == ENG_OK)
        text = eng_get_string(heap, -1, nullptr);
    eng_set_top(heap, 0);
    return text;
}

}  // namespace

TEST_CASE("the loader loads each module once and eng_eval_module pushes the namespace", "[modules]") {
    Sources s;
    s.files["a"] = "import { b } from './b'; import { c } from './c'; export const sum = b + c;";
    s.files["b"] = "import { c } from './c'; export const b = 2 * c;";
    s.files["c"] = "export const c = 10; globalThis.cRuns = (globalThis.cRuns || 0) + 1;";
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    s.install(heap);
    REQUIRE(evalModule(heap, "a", nullptr) == ENG_OK);
    REQUIRE(eng_get_top(heap) == 1);
    REQUIRE(eng_get_prop_string(heap, -1, "sum") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 30);
    eng_set_top(heap, 0);
    CHECK(s.loads["a"] == 1);
    CHECK(s.loads["b"] == 1);
    CHECK(s.loads["c"] == 1);
    CHECK(s.released.size() == 3);  // each text handed back once compiled
    // Evaluated once per heap: importing again loads and runs nothing.
    REQUIRE(evalModule(heap, "b", nullptr) == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(s.loads["b"] == 1);
    CHECK(global(heap, "cRuns") == "1");
    eng_destroy(heap);
}

TEST_CASE("imports are live bindings of the exporter's variables", "[modules]") {
    Sources s;
    s.files["counter"] = "export let count = 0; export function bump() { count++; }";
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    s.install(heap);
    REQUIRE(evalModule(heap, "main", "import { count, bump } from './counter';"
                                     "globalThis.seen = [count]; bump(); seen.push(count);"
                                     "globalThis.later = () => count;") == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(global(heap, "seen.join()") == "0,1");
    REQUIRE(evalModule(heap, "main2", "import { bump } from './counter'; bump(); bump();") == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(global(heap, "later()") == "3");
    // An import binding is immutable.
    REQUIRE(evalModule(heap, "main3", "import { count } from './counter'; count = 5;") == ENG_ERROR);
    CHECK(errorMessage(heap) == "Assignment to constant variable.");
    eng_destroy(heap);
}

TEST_CASE("a cycle links first and runs depth first", "[modules]") {
    Sources s;
    s.files["a"] = "import { b, readA } from './b'; export let a = 'A'; export function fa() { return 'fa'; }"
                   "globalThis.log.push('a:' + b + readA());";
    s.files["b"] = "import { a, fa } from './a'; export const b = 'B'; export function readA() { return a; }"
                   "log.push('b:' + fa());"
                   "try { a; } catch (e) { log.push(e.name); }";
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    s.install(heap);
    REQUIRE(global(heap, "globalThis.log = []; ''") == "");
    REQUIRE(evalModule(heap, "a", nullptr) == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(global(heap, "log.join()") == "b:fa,ReferenceError,a:BA");
    eng_destroy(heap);
}

TEST_CASE("an evaluation error is thrown again by later imports", "[modules]") {
    Sources s;
    s.files["bad"] = "globalThis.runs = (globalThis.runs || 0) + 1; throw new RangeError('once');";
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    s.install(heap);
    REQUIRE(evalModule(heap, "m1", "import './bad';") == ENG_ERROR);
    CHECK(errorMessage(heap) == "once");
    REQUIRE(evalModule(heap, "m2", "import './bad';") == ENG_ERROR);
    CHECK(errorMessage(heap) == "once");
    CHECK(global(heap, "runs") == "1");
    eng_destroy(heap);
}

TEST_CASE("loader failures and bad imports give clear errors", "[modules]") {
    Sources s;
    s.files["lib"] = "export const x = 1;";
    s.files["syntax"] = "export { nothing };";
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    // No loader yet.
    REQUIRE(evalModule(heap, "m", "import './lib';") == ENG_ERROR);
    CHECK(errorMessage(heap).find("no module loader") != std::string::npos);
    s.install(heap);
    REQUIRE(evalModule(heap, "m", "import './missing';") == ENG_ERROR);
    CHECK(errorMessage(heap) == "Cannot load module 'missing'");
    REQUIRE(evalModule(heap, "m", "import 'bare';") == ENG_ERROR);
    CHECK(errorMessage(heap) == "Cannot resolve module 'bare' imported from 'm'");
    REQUIRE(evalModule(heap, "m2", "import { y } from './lib';") == ENG_ERROR);
    CHECK(errorMessage(heap) == "The requested module './lib' does not provide an export named 'y'");
    // (m2 loaded, its link failed: the name is taken)
    REQUIRE(evalModule(heap, "m2", "export default 1;") == ENG_ERROR);
    CHECK(errorMessage(heap) == "Module 'm2' is already loaded: its text cannot be given again");
    REQUIRE(evalModule(heap, "m3", "import './syntax';") == ENG_ERROR);
    REQUIRE(eng_get_prop_string(heap, -1, "lineNumber") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 1);
    eng_set_top(heap, 0);
    // A graph that failed to load is not kept: a fixed module loads later.
    s.files["missing"] = "export default 'found';";
    REQUIRE(evalModule(heap, "m4", "import d from './missing'; globalThis.d = d;") == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(global(heap, "d") == "found");
    eng_destroy(heap);
}

TEST_CASE("import.meta is filled by the loader's hook, import() settles through the jobs", "[modules]") {
    Sources s;
    s.files["lib"] = "export const meta = import.meta; export const x = 'lib';";
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    s.install(heap);
    REQUIRE(evalModule(heap, "main", "import { meta } from './lib';"
                                     "globalThis.metaName = meta.name;"
                                     "globalThis.proto = Object.getPrototypeOf(import.meta);"
                                     "import('./lib').then(ns => { globalThis.dyn = ns.x; });") == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(global(heap, "metaName") == "lib");
    CHECK(global(heap, "proto") == "null");
    CHECK(global(heap, "typeof dyn") == "undefined");  // not before the jobs run
    CHECK(eng_run_jobs(heap) == ENG_OK);
    CHECK(global(heap, "dyn") == "lib");
    CHECK(s.metas.size() == 2);
    eng_destroy(heap);
}

TEST_CASE("top-level await runs to the end within eng_eval_module", "[modules]") {
    Sources s;
    s.files["slow"] = "export let v = 'before'; await null; v = 'after';";
    s.files["fails"] = "await null; throw new TypeError('late');";
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    s.install(heap);
    REQUIRE(evalModule(heap, "main", "import { v } from './slow'; globalThis.v = v;") == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(global(heap, "v") == "after");
    REQUIRE(evalModule(heap, "main2", "import './fails';") == ENG_ERROR);
    CHECK(errorMessage(heap) == "late");
    eng_destroy(heap);
}

TEST_CASE("module heaps free everything", "[modules]") {
    Counting counting;
    eng_allocator allocator = {Counting::alloc, Counting::realloc_, Counting::free_, &counting};
    eng_config config;
    memset(&config, 0, sizeof config);
    config.allocator = &allocator;
    Sources s;
    s.files["a"] = "import * as ns from './b'; export { ns }; export const self = import('./a');";
    s.files["b"] = "import { ns } from './a'; export let b = () => ns; export * from './c'; export * as c from './c';";
    s.files["c"] = "export const c = [1, 2, 3]; await 0;";
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    s.install(heap);
    REQUIRE(evalModule(heap, "a", nullptr) == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(eng_run_jobs(heap) == ENG_OK);
    eng_gc(heap);
    eng_destroy(heap);
    CHECK(counting.live == 0);
}

TEST_CASE("eng_check_module compiles a module alone: early errors, no loading, no running", "[modules]") {
    Sources s;
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    s.install(heap);
    const char *ok = "import { y } from './absent'; globalThis.ran = true; export const z = y;";
    REQUIRE(eng_check_module(heap, "ok", ok, strlen(ok)) == ENG_OK);
    CHECK(eng_get_top(heap) == 0);
    CHECK(s.loads.empty());              // no import was loaded
    CHECK(global(heap, "typeof ran") == "undefined");
    const char *dup = "export const a = 1;\nexport { a };";
    REQUIRE(eng_check_module(heap, "dup", dup, strlen(dup)) == ENG_ERROR);
    REQUIRE(eng_get_prop_string(heap, -1, "lineNumber") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 2);
    eng_set_top(heap, 0);
    // The module map is unchanged: "ok" can still be evaluated with its text.
    s.files["absent"] = "export const y = 7;";
    REQUIRE(evalModule(heap, "ok", ok) == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(global(heap, "ran") == "true");
    eng_destroy(heap);
}
