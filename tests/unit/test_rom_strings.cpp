// Strings and numbers in flash: the atoms are read-only HStrings that
// interning finds before it would make a string in RAM, and the built-ins'
// number constants are read-only too; a fresh heap allocates none of them.
#include <catch2/catch.hpp>
#include <string.h>

#include "engine.h"
#include "heap/heap.h"
#include "strings/string.h"
#include "value/number.h"
#include "value/rom_numbers.h"

using namespace eng;

namespace {

Value evalValue(eng_heap *heap, const char *src) {
    REQUIRE(eng_eval(heap, src, strlen(src), "rom.js") == ENG_OK);
    Heap &h = *heap;
    return h.stack[h.stackTop - 1];
}

}  // namespace

TEST_CASE("interning an atom's text gives the atom in flash", "[rom]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Heap &h = *heap;
    CHECK(h.stringCount == 0);  // every name the built-ins use is in flash
    HString *length = atom(h, ATOM_length);
    CHECK(isReadOnly(length));
    CHECK(internCString(h, "length") == length);
    const uint16_t units[] = {'l', 'e', 'n', 'g', 't', 'h'};
    CHECK(internUtf16(h, units, 6) == length);
    HString *le = internCString(h, "le");
    REQUIRE(le);
    CHECK(!isReadOnly(le));
    CHECK(concatLatin1(h, le, reinterpret_cast<const uint8_t *>("ngth"), 4, false) == length);
    CHECK(internCString(h, "") == atom(h, ATOM_empty));
    CHECK(internCString(h, "Out of memory") == atom(h, ATOM_outOfMemory));
    uint32_t index = 99;
    CHECK(stringArrayIndex(atom(h, ATOM_zero), &index));
    CHECK(index == 0);
    CHECK(!stringArrayIndex(length, &index));
    eng_destroy(heap);
}

TEST_CASE("scripts use flash strings as keys, values and texts", "[rom]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Heap &h = *heap;
    Value v = evalValue(heap, "var o = {}; o['len' + 'gth'] = 3; o['0'] = 'x'; var a = [7];"
                              "[o.length, o[0], a['0'], 'constructor' in o, typeof ('to' + 'String')].join()");
    REQUIRE(isString(v));
    CHECK(stringEquals(asString(v), "3,x,7,true,string"));
    eng_pop(heap, 1);
    // The text of a flash string is handed out in place and stays valid.
    v = evalValue(heap, "'proto' + 'type'");
    CHECK(v == Value::pointer(atom(h, ATOM_prototype)));
    const char *text = eng_get_string(heap, -1, nullptr);
    REQUIRE(text);
    CHECK(strcmp(text, "prototype") == 0);
    eng_gc(heap);
    CHECK(strcmp(eng_get_string(heap, -1, nullptr), "prototype") == 0);
    eng_pop(heap, 1);
    // Collections and reference counting pass flash strings by.
    v = evalValue(heap, "var keep = []; for (var i = 0; i < 2000; i++) keep.push({name: 'name', n: 'Infinity'});"
                        "keep = null; 'ok'");
    eng_gc(heap);
    CHECK(internCString(h, "name") == atom(h, ATOM_name));
    eng_destroy(heap);
}

TEST_CASE("the number constants need no heap", "[rom]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    Value pi = evalValue(heap, "Math.PI");
    CHECK(pi == romNumber(ROM_NUMBER_PI));
    CHECK(numberOf(pi) == 3.141592653589793);
    eng_pop(heap, 1);
    Value nan = evalValue(heap, "Number('x')");
    CHECK(isNumber(nan));
    CHECK(numberOf(nan) != numberOf(nan));
#if !ENG_VALUE_NAN_BOXED
    CHECK(nan == romNumber(ROM_NUMBER_NaN));  // NaN results are the one in flash
    CHECK(isReadOnly(nan.asPointer()));
#endif
    eng_pop(heap, 1);
    Value all = evalValue(heap, "[NaN !== NaN, Infinity === 1 / 0, -Infinity === Number.NEGATIVE_INFINITY,"
                                " Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE > 0, Number.EPSILON === Math.pow(2, -52),"
                                " Math.SQRT1_2 * Math.SQRT2].join()");
    REQUIRE(isString(all));
    CHECK(stringEquals(asString(all), "true,true,true,9007199254740992,true,true,1.0000000000000002"));
    eng_destroy(heap);
}

