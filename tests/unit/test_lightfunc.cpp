// Lightweight functions: embedder ones through the C API, and built-in
// methods, which cost no allocation when looked up.
#include <catch2/catch.hpp>
#include <string.h>

#include <string>

#include "engine.h"
#include "heap/heap.h"

namespace {

eng_status evalString(eng_heap *heap, const char *src) { return eng_eval(heap, src, strlen(src), "lightfunc.js"); }

std::string evalToString(eng_heap *heap, const char *src) {
    if (evalString(heap, src) != ENG_OK) return "error";
    std::string s = eng_get_string(heap, -1, nullptr) ? eng_get_string(heap, -1, nullptr) : "(not a string)";
    eng_pop(heap, 1);
    return s;
}

// One C function, several behaviours chosen by the magic.
int arith(eng_heap *heap) {
    double a = eng_get_number(heap, 0), b = eng_get_number(heap, 1);
    switch (eng_get_current_magic(heap)) {
    case 1: eng_push_number(heap, a + b); break;
    case 2: eng_push_number(heap, a * b); break;
    case -7: eng_push_number(heap, -7); break;
    default: return eng_throw_error(heap, ENG_ERR_RANGE, "unknown magic");
    }
    return 1;
}

int callsBack(eng_heap *heap) {
    eng_dup(heap, 0);
    eng_push_undefined(heap);
    if (eng_call(heap, 0) != ENG_OK) return ENG_RET_ERROR;
    eng_push_number(heap, eng_get_number(heap, -1) * 10 + eng_get_current_magic(heap));
    return 1;
}

uint32_t allocCount(eng_heap *heap) {
    eng_heap_stats s;
    eng_get_stats(heap, &s);
    return static_cast<uint32_t>(s.alloc_count);
}

}  // namespace

TEST_CASE("eng_push_lightfunc makes functions that are values and read their magic", "[api][lightfunc]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    REQUIRE(eng_push_lightfunc(heap, arith, 2, 1) == ENG_OK);
    CHECK(eng_is_function(heap, -1));
    CHECK(eng_get_type(heap, -1) == ENG_TYPE_OBJECT);
    CHECK(eng_is_object(heap, -1));
    REQUIRE(eng_put_global_string(heap, "add") == ENG_OK);
    REQUIRE(eng_push_lightfunc(heap, arith, 2, 2) == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "mul") == ENG_OK);
    REQUIRE(eng_push_lightfunc(heap, arith, ENG_VARARGS, -7) == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "seven") == ENG_OK);
    REQUIRE(eng_push_lightfunc(heap, arith, 0, 99) == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "bad") == ENG_OK);
    REQUIRE(eng_push_lightfunc(heap, callsBack, 1, 3) == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "cb") == ENG_OK);
    // One C function, one table slot.
    CHECK(heap->cFunctionCount == 2);

    CHECK(evalToString(heap, "'' + add(2, 3) + ' ' + mul(2, 3) + ' ' + seven()") == "5 6 -7");
    CHECK(evalToString(heap, "typeof add + ' ' + add.length + ' ' + seven.length + ' [' + add.name + ']'") ==
          "function 2 0 []");
    CHECK(evalToString(heap, "'' + (add === add) + (add === mul) + (add instanceof Function)") == "truefalsetrue");
    CHECK(evalToString(heap, "try { new add(1, 2); 'no' } catch (e) { e.name }") == "TypeError");
    CHECK(evalToString(heap, "try { bad(); 'no' } catch (e) { e.name + ': ' + e.message }") ==
          "RangeError: unknown magic");
    CHECK(evalToString(heap, "'' + add.call(null, 1, 1) + add.apply(null, [2, 2]) + add.bind(null, 10)(5)") == "2415");
    CHECK(evalToString(heap, "'' + [1, 2, 3].reduce(add, 0)") == "6");
    CHECK(evalToString(heap, "'' + cb(function () { return 4; })") == "43");
    // Properties written on one copy are seen through every copy.
    CHECK(evalToString(heap, "var a2 = add; add.tag = 'x'; a2.tag + (a2 === add)") == "xtrue");

    // Called from C, with the magic of the callee.
    REQUIRE(eng_get_global_string(heap, "mul") == ENG_OK);
    eng_push_undefined(heap);
    eng_push_number(heap, 6);
    eng_push_number(heap, 7);
    REQUIRE(eng_call(heap, 2) == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 42);
    eng_pop(heap, 1);
    CHECK(eng_get_current_magic(heap) == 0);  // no native function runs
    eng_gc(heap);
    CHECK(evalToString(heap, "'' + add(1, 2) + add.tag") == "3x");
    CHECK(eng_push_lightfunc(heap, nullptr, 0, 0) == ENG_ERROR);
    eng_destroy(heap);
}

TEST_CASE("looking up and calling built-in methods allocates nothing", "[lightfunc][builtins]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    // The globals exist, the built-in objects are made (on first use: Math,
    // JSON, Object, Array, String.prototype) and the script is compiled first (all
    // allocate); only the run is counted.
    REQUIRE(evalString(heap, "var a = [3, 1, 2], f1, f2, f3, f4, f5, f6, same, r; Math; JSON; Object; Array; ''.x;") == ENG_OK);
    eng_pop(heap, 1);
    const char *src =
        "f1 = Math.max; f2 = a.push; f3 = Object.keys; f4 = ''.charAt; f5 = parseInt; f6 = JSON.stringify;"
        "same = Math.max === Math.max && a.push === Array.prototype.push;"
        "r = Math.max(1, 2) + Math.abs(-3) + Math.floor(4.5) + isNaN(1);";
    REQUIRE(eng_compile(heap, src, strlen(src), "lookups.js") == ENG_OK);
    // A first run makes the function's inline caches (vm/inline_cache.h);
    // the second is counted.
    eng_dup(heap, -1);
    eng_push_undefined(heap);
    REQUIRE(eng_call(heap, 0) == ENG_OK);
    eng_pop(heap, 1);
    uint32_t before = allocCount(heap);
    eng_push_undefined(heap);
    REQUIRE(eng_call(heap, 0) == ENG_OK);
    CHECK(allocCount(heap) == before);
    eng_pop(heap, 1);
    CHECK(evalToString(heap, "'' + same + ' ' + r + ' ' + typeof f6") == "true 9 function");
    eng_destroy(heap);
}

TEST_CASE("a property on a built-in method makes one object for it, seen by every copy", "[lightfunc][builtins]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    CHECK(evalToString(heap,
                       "var m = Math.max; Math.max.foo = 1; var o = {f: Math.max};"
                       "'' + m.foo + o.f.foo + (o.f === Math.max) + Object.getOwnPropertyNames(m).sort()") ==
          "11truefoo,length,name");
    CHECK(heap->lightFuncObjectCount == 1);
    eng_gc(heap);
    CHECK(evalToString(heap, "'' + Math.max.foo + delete Math.max.foo + Math.max.foo") == "1trueundefined");
    eng_destroy(heap);
}
