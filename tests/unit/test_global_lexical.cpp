// Top-level let and const across scripts evaluated in one heap (ES2015
// 8.1.1.4 global environment records, 15.1.8 GlobalDeclarationInstantiation).
#include <catch2/catch.hpp>
#include <string.h>

#include <string>

#include "engine.h"

namespace {

eng_status evalString(eng_heap *heap, const char *src) { return eng_eval(heap, src, strlen(src), "lex.js"); }

std::string resultOf(eng_heap *heap, const char *src) {
    eng_status st = evalString(heap, src);
    std::string out;
    if (st == ENG_OK) {
        REQUIRE(eng_to_string(heap, -1) == ENG_OK);
        out = eng_get_string(heap, -1, nullptr);
    } else {
        REQUIRE(eng_push_error_report(heap, -1) == ENG_OK);
        out = std::string("error: ") + eng_get_string(heap, -1, nullptr);
    }
    eng_set_top(heap, 0);
    return out;
}

bool startsWith(const std::string &s, const char *prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("global let and const are visible to later scripts, not on the global object", "[api][let]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    REQUIRE(evalString(heap, "let counter = 1; const limit = 10; var plain = 'v';") == ENG_OK);
    eng_set_top(heap, 0);
    CHECK(resultOf(heap, "counter + limit") == "11");
    CHECK(resultOf(heap, "counter++; String(counter)") == "2");
    CHECK(resultOf(heap, "'counter' in this") == "false");
    CHECK(resultOf(heap, "'plain' in this") == "true");
    CHECK(resultOf(heap, "typeof globalThis.limit") == "undefined");
    CHECK(startsWith(resultOf(heap, "limit = 5"), "error: TypeError: Assignment to constant variable."));
    CHECK(resultOf(heap, "String(limit)") == "10");
    // A function of a later script reads the binding when called.
    CHECK(resultOf(heap, "function read() { return counter; } String(read())") == "2");
    CHECK(resultOf(heap, "counter = 7; String(read())") == "7");
    eng_destroy(heap);
}

TEST_CASE("declarations of a later script colliding with global lexical bindings fail before it runs",
          "[api][let]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    REQUIRE(evalString(heap, "let taken = 1; var v = 1; function fn() {}") == ENG_OK);
    eng_set_top(heap, 0);
    // Each is a SyntaxError at the start of the script: nothing of it runs.
    CHECK(startsWith(resultOf(heap, "var ran1 = 1; var taken;"), "error: SyntaxError: Identifier 'taken' has already been declared"));
    CHECK(startsWith(resultOf(heap, "var ran2 = 1; function taken() {}"), "error: SyntaxError: Identifier 'taken' has already been declared"));
    CHECK(startsWith(resultOf(heap, "var ran3 = 1; let taken;"), "error: SyntaxError: Identifier 'taken' has already been declared"));
    CHECK(startsWith(resultOf(heap, "var ran4 = 1; let v;"), "error: SyntaxError: Identifier 'v' has already been declared"));
    CHECK(startsWith(resultOf(heap, "var ran5 = 1; const fn = 1;"), "error: SyntaxError: Identifier 'fn' has already been declared"));
    // A non-configurable global property is restricted too.
    CHECK(startsWith(resultOf(heap, "let undefined;"), "error: SyntaxError: Identifier 'undefined' has already been declared"));
    CHECK(resultOf(heap, "typeof ran1 + typeof ran2 + typeof ran3 + typeof ran4 + typeof ran5") ==
          "undefinedundefinedundefinedundefinedundefined");
    // A let may shadow a configurable global property (a built-in).
    CHECK(resultOf(heap, "let Math = 'shadowed'; Math") == "shadowed");
    CHECK(resultOf(heap, "typeof globalThis.Math") == "object");
    // Plain assignment to an undeclared name is not a declaration.
    CHECK(resultOf(heap, "taken = 5; String(taken)") == "5");
    eng_destroy(heap);
}

TEST_CASE("a global let in its TDZ is an error for other scripts too", "[api][let]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    // The first script fails before its declaration runs: the binding stays
    // uninitialised for good.
    CHECK(startsWith(resultOf(heap, "function peek() { return late; } throw 1; let late = 2;"), "error: "));
    CHECK(startsWith(resultOf(heap, "peek()"), "error: ReferenceError: Cannot access 'late' before initialization"));
    CHECK(startsWith(resultOf(heap, "typeof late"), "error: ReferenceError: Cannot access 'late' before initialization"));
    CHECK(startsWith(resultOf(heap, "late = 1"), "error: ReferenceError: Cannot access 'late' before initialization"));
    // Block-level lets of a script are not global.
    CHECK(resultOf(heap, "{ let blockOnly = 1; } typeof blockOnly") == "undefined");
    eng_destroy(heap);
}

TEST_CASE("a global lexical binding made later hides a global property read through its slot hint", "[api][let]") {
    // ES2024 9.1.1.4.1: the declarative record is consulted first. The
    // executor finds a global property through a hint in the name's header;
    // once a later script declares a lexical binding of the same name
    // (allowed: the property is configurable), reads and writes must go to
    // the binding.
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    CHECK(resultOf(heap, "zeta = 1; function f() { return zeta; } function g(v) { zeta = v; } f() + f() + f()") == "3");
    CHECK(resultOf(heap, "g(4); String(f())") == "4");
    CHECK(resultOf(heap, "let zeta = 'lexical'; f()") == "lexical");
    CHECK(resultOf(heap, "g('written'); f() + ' ' + globalThis.zeta") == "written 4");
    eng_destroy(heap);
}
