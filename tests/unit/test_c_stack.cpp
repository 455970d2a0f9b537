// The C stack bound (eng_config.c_stack_size / c_stack_limit,
// docs/c-stack.md): recursion through C ends in a catchable RangeError on a
// thread whose stack is only a little larger than the bound, and the heap
// keeps working. Without the check these scripts overflow the thread's
// stack (SIGSEGV).
#include <catch2/catch.hpp>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <functional>
#include <string>
#include <vector>

#include "engine.h"

namespace {

#if defined(__SANITIZE_ADDRESS__)
#define TEST_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TEST_SANITIZER 1
#endif
#endif

// A sanitizer build has frames up to 14 times larger and keeps 4x the
// margin (c_stack.h).
#ifdef TEST_SANITIZER
const size_t THREAD_STACK = 1024 * 1024;
const size_t C_STACK = 384 * 1024;
#else
const size_t THREAD_STACK = 256 * 1024;
const size_t C_STACK = 64 * 1024;
#endif

// The parser's levels are small (a few hundred bytes each, about a hundred
// under ASan, which has no local of the hot frames to instrument:
// docs/c-stack.md), so 199 of them, below its level limit (200), fit in
// C_STACK. Its cases run with a bound that leaves 16 KiB past the margin
// (ENG_PORT_C_STACK_MARGIN of the posix port, 32 KiB; under ASan 32 KiB past
// four times that), so that only the stack check can stop them, and a script
// that only sorts and maps still runs.
#ifdef TEST_SANITIZER
const size_t PARSER_C_STACK = 4 * 32 * 1024 + 32 * 1024;
#else
const size_t PARSER_C_STACK = 32 * 1024 + 16 * 1024;
#endif

// Runs fn on a thread with a THREAD_STACK-byte stack.
void onSmallStack(const std::function<void()> &fn) {
    pthread_attr_t attr;
    REQUIRE(pthread_attr_init(&attr) == 0);
    REQUIRE(pthread_attr_setstacksize(&attr, THREAD_STACK) == 0);
    pthread_t thread;
    auto start = [](void *arg) -> void * {
        (*static_cast<const std::function<void()> *>(arg))();
        return nullptr;
    };
    REQUIRE(pthread_create(&thread, &attr, start, const_cast<std::function<void()> *>(&fn)) == 0);
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attr);
}

eng_heap *smallStackHeap(size_t cStack = C_STACK) {
    eng_config config;
    memset(&config, 0, sizeof config);
    config.c_stack_size = cStack;
    return eng_create(&config);
}

// The value of the script, or "error: <report>"; the stack is emptied.
std::string run(eng_heap *heap, const std::string &src) {
    eng_status st = eng_eval(heap, src.data(), src.size(), "cstack.js");
    std::string out;
    // A conversion that fails (itself out of stack) leaves no string.
    if (st != ENG_OK) {
        eng_push_error_report(heap, -1);
        const char *report = eng_get_string(heap, -1, nullptr);
        out = std::string("error: ") + (report ? report : "(no report)");
    } else {
        const char *text = eng_to_string(heap, -1) == ENG_OK ? eng_get_string(heap, -1, nullptr) : nullptr;
        out = text ? text : "(not convertible to a string)";
    }
    eng_set_top(heap, 0);
    return out;
}

std::string nested(const char *open, const char *mid, const char *close, int n) {
    std::string s;
    for (int i = 0; i < n; i++) s += open;
    s += mid;
    for (int i = 0; i < n; i++) s += close;
    return s;
}

const char PROBE[] = "[3, 1, 2].sort().map(function (x) { return x * 2; }).join()";

// Native re-entry: calls its argument (a JS function) through eng_call.
int nativeReenter(eng_heap *heap) {
    eng_dup(heap, 0);
    eng_push_undefined(heap);
    eng_dup(heap, 0);
    if (eng_call(heap, 1) != ENG_OK) return ENG_RET_ERROR;
    return 1;
}

}  // namespace

TEST_CASE("c stack: recursion through C ends in a catchable RangeError", "[cstack]") {
    // Each returns the name of what it caught. Depths stay below the level
    // limits (JSON: 1000 levels, parser: 200) where a script has one, so
    // that only the stack check can stop them.
    const std::vector<std::string> scripts = {
        // JSON.parse with a reviver (the walk recurses before calling it)
        "var s = Array(1000).join('[') + Array(1000).join(']');"
        "try { JSON.parse(s, function (k, v) { return v; }); 'none' } catch (e) { e.name }",
        // JSON.stringify of nested arrays and objects
        "var a = []; for (var i = 1; i < 999; i++) a = [a];"
        "try { JSON.stringify(a); 'none' } catch (e) { e.name }",
        "var o = {}; for (var i = 1; i < 999; i++) o = {x: o};"
        "try { JSON.stringify(o); 'none' } catch (e) { e.name }",
        // a getter that reads itself, run from C++ property code
        "var o = {}; Object.defineProperty(o, 'x', { get: function () { return o.x; } });"
        "try { o.x; 'none' } catch (e) { e.name }",
        // native -> JS -> native: map callbacks, sort comparators
        "function f() { [0].map(f); } try { f(); 'none' } catch (e) { e.name }",
        "function c(a, b) { [2, 1].sort(c); return a - b; } try { [2, 1].sort(c); 'none' } catch (e) { e.name }",
        // ToPrimitive chains: toString and valueOf calling each other
        "var o = {}, p = {}; o.toString = function () { return String(p); };"
        "p.toString = function () { return String(o); }; try { String(o); 'none' } catch (e) { e.name }",
        "var o = { valueOf: function () { return +o; } }; try { o * 2; 'none' } catch (e) { e.name }",
        // join of nested arrays
        "var a = []; for (var i = 1; i < 5000; i++) a = [a]; try { a.join(); 'none' } catch (e) { e.name }",
        // eval nesting, Function.prototype.call/apply
        "function e() { return eval('e()'); } try { e(); 'none' } catch (x) { x.name }",
        "function g() { return g.call(null); } try { g(); 'none' } catch (x) { x.name }",
        // the parser, through eval (run with PARSER_C_STACK)
        "try { eval('" + nested("(", "1", ")", 199) + "'); 'none' } catch (e) { e.name }",
        "try { eval('" + nested("[", "", "]", 199) + "'); 'none' } catch (e) { e.name }",
    };
    for (const std::string &src : scripts) {
        std::string result, after;
        bool parser = src.compare(0, 11, "try { eval(") == 0;
        onSmallStack([&] {
            eng_heap *heap = smallStackHeap(parser ? PARSER_C_STACK : C_STACK);
            if (!heap) return;
            result = run(heap, src);
            after = run(heap, PROBE);
            eng_destroy(heap);
        });
        INFO(src);
        CHECK(result == "RangeError");
        CHECK(after == "2,4,6");
    }
}

TEST_CASE("c stack: deep source is a RangeError at its position", "[cstack]") {
    for (const char *kind : {"parens", "arrays", "functions"}) {
        std::string src = kind[0] == 'p'   ? nested("(", "1", ")", 199)
                          : kind[0] == 'a' ? nested("[", "", "]", 199)
                                           : nested("(function () { ", "0", " })", 60);
        std::string result, after;
        onSmallStack([&] {
            eng_heap *heap = smallStackHeap(PARSER_C_STACK);
            if (!heap) return;
            result = run(heap, "\n" + src);
            after = run(heap, PROBE);
            eng_destroy(heap);
        });
        INFO(kind);
        CHECK(result.rfind("error: RangeError: Maximum call stack size exceeded\n    at cstack.js:2:", 0) == 0);
        CHECK(after == "2,4,6");
    }
}

TEST_CASE("c stack: nested eng_call from a native keeps the outer entry's bound", "[cstack]") {
    std::string result, after;
    onSmallStack([&] {
        eng_heap *heap = smallStackHeap();
        if (!heap) return;
        eng_push_c_function(heap, nativeReenter, 1, "reenter");
        eng_put_global_string(heap, "reenter");
        result = run(heap, "function f(x) { return reenter(f); } try { f(); 'none' } catch (e) { e.name }");
        after = run(heap, PROBE);
        eng_destroy(heap);
    });
    CHECK(result == "RangeError");
    CHECK(after == "2,4,6");
}

TEST_CASE("c stack: c_stack_limit gives the lowest address instead", "[cstack]") {
    std::string result, shallow;
    onSmallStack([&] {
        eng_config config;
        memset(&config, 0, sizeof config);
        uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
        config.c_stack_limit = reinterpret_cast<const void *>(here - C_STACK);
        eng_heap *heap = eng_create(&config);
        if (!heap) return;
        result = run(heap, "function f() { [0].map(f); } try { f(); 'none' } catch (e) { e.name }");
        shallow = run(heap, "JSON.stringify(JSON.parse('[[[[1]]]]', function (k, v) { return v; }))");
        eng_destroy(heap);
    });
    CHECK(result == "RangeError");
    CHECK(shallow == "[[[[1]]]]");
}

TEST_CASE("c stack: moderate depth still runs with the default bound", "[cstack]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    // 500 levels of JSON with a reviver, 150 nested parentheses, 100
    // levels of native re-entry: well inside the port's default.
    CHECK(run(heap, "var s = Array(501).join('[') + Array(501).join(']');"
                    "var d = 0; JSON.parse(s, function (k, v) { d++; return v; }); d") == "500");
    CHECK(run(heap, "var a = []; for (var i = 1; i < 500; i++) a = [a]; JSON.stringify(a).length") == "1000");
    CHECK(run(heap, nested("(", "7", ")", 150)) == "7");
    CHECK(run(heap, "var d = 0; function f() { if (++d < 90) [0].map(f); return d; } f()") == "90");
    eng_destroy(heap);
}
