// The heap: allocator accounting, limits, collection of unreachable objects,
// interning, and that nothing leaks when a heap is destroyed.
#include <catch2/catch.hpp>
#include <stdlib.h>
#include <string.h>

#include <string>

#include "engine.h"
#include "heap/heap.h"
#include "objects/object_ops.h"
#include "strings/string.h"

namespace {

struct CountingAllocator {
    size_t live = 0;
    size_t bytes = 0;
    size_t calls = 0;
};

void *countAlloc(void *user, size_t size) {
    CountingAllocator *c = static_cast<CountingAllocator *>(user);
    c->live++;
    c->bytes += size;
    c->calls++;
    return malloc(size);
}
void *countRealloc(void *user, void *p, size_t oldSize, size_t size) {
    CountingAllocator *c = static_cast<CountingAllocator *>(user);
    if (!p) c->live++;
    c->bytes = c->bytes - (p ? oldSize : 0) + size;
    c->calls++;
    return realloc(p, size);
}
void countFree(void *user, void *p, size_t size) {
    CountingAllocator *c = static_cast<CountingAllocator *>(user);
    c->live--;
    c->bytes -= size;
    free(p);
}

}  // namespace

TEST_CASE("every byte goes through the allocator and comes back", "[heap]") {
    CountingAllocator counter;
    eng_allocator a{countAlloc, countRealloc, countFree, &counter};
    eng_config config{};
    config.allocator = &a;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    CHECK(stats.bytes_in_use == counter.bytes);
    CHECK(stats.live_allocations == counter.live);
    const char *src = "var a = []; for (var i = 0; i < 1000; i++) a.push({x: i, s: 'k' + i}); a.length";
    REQUIRE(eng_eval(heap, src, strlen(src), "t.js") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 1000);
    eng_get_stats(heap, &stats);
    CHECK(stats.bytes_in_use == counter.bytes);
    CHECK(stats.peak_bytes >= stats.bytes_in_use);
    eng_destroy(heap);
    CHECK(counter.live == 0);
    CHECK(counter.bytes == 0);
}

TEST_CASE("collection frees unreachable objects and keeps reachable ones", "[heap][gc]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    eng_gc(heap);
    eng_heap_stats base;
    eng_get_stats(heap, &base);
    const char *src = "var keep = {name: 'kept'}; (function () { for (var i = 0; i < 5000; i++) { var o = {a: i}; o.self = o; } })(); keep.name";
    REQUIRE(eng_eval(heap, src, strlen(src), "gc.js") == ENG_OK);
    eng_pop(heap, 1);
    eng_gc(heap);
    eng_heap_stats after;
    eng_get_stats(heap, &after);
    // The 5000 cyclic objects are gone; what remains is the script's image,
    // its global variable and its object.
    CHECK(after.bytes_in_use < base.bytes_in_use + 8 * 1024);
    CHECK(after.gc_runs > base.gc_runs);
    const char *check = "keep.name";
    REQUIRE(eng_eval(heap, check, strlen(check), "gc2.js") == ENG_OK);
    size_t len = 0;
    CHECK(std::string(eng_get_string(heap, -1, &len)) == "kept");
    eng_destroy(heap);
}

TEST_CASE("strings are interned: equal text, same string", "[heap][strings]") {
    eng::Heap *h = eng::heapCreate(nullptr);
    REQUIRE(h);
    eng::HString *a = eng::internCString(*h, "hello");
    eng::HString *b = eng::internUtf8(*h, "hello", 5);
    uint16_t units[] = {'h', 'e', 'l', 'l', 'o'};
    eng::HString *c = eng::internUtf16(*h, units, 5);
    CHECK(a == b);
    CHECK(a == c);
    CHECK(a->is8bit());
    eng::HString *wide = eng::internUtf8(*h, "\xe2\x82\xac", 3);  // U+20AC
    REQUIRE(wide);
    CHECK(wide->length == 1);
    CHECK_FALSE(wide->is8bit());
    CHECK(wide->at(0) == 0x20ac);
    eng::HString *astral = eng::internUtf8(*h, "\xf0\x9f\x98\x80", 4);  // U+1F600
    REQUIRE(astral);
    CHECK(astral->length == 2);
    CHECK(eng::utf8Length(astral) == 4);
    uint32_t index = 0;
    CHECK(eng::stringArrayIndex(eng::internCString(*h, "42"), &index));
    CHECK(index == 42);
    CHECK_FALSE(eng::stringArrayIndex(eng::internCString(*h, "042"), &index));
    CHECK_FALSE(eng::stringArrayIndex(eng::internCString(*h, "4294967295"), &index));
    CHECK(eng::stringArrayIndex(eng::internCString(*h, "4294967294"), &index));
    eng::heapDestroy(h);
}

TEST_CASE("concatenation and builders give the interned string, narrow when they can", "[heap][strings]") {
    eng::Heap *h = eng::heapCreate(nullptr);
    REQUIRE(h);
    eng::HString *ab = eng::internCString(*h, "ab");
    eng::HString *cd = eng::internCString(*h, "cd");
    eng::HString *abcd = eng::concatStrings(*h, ab, cd);
    CHECK(abcd == eng::internCString(*h, "abcd"));
    // The hash continues from the left part's: same as hashing the whole.
    CHECK(abcd->hash == eng::hashUnits(eng::HASH_SEED, abcd->data8(), 4));
    const uint8_t digits[] = {'1', '2'};
    CHECK(eng::concatLatin1(*h, ab, digits, 2, false) == eng::internCString(*h, "ab12"));
    CHECK(eng::concatLatin1(*h, ab, digits, 2, true) == eng::internCString(*h, "12ab"));
    eng::HString *euro = eng::internUtf8(*h, "\xe2\x82\xac", 3);
    eng::HString *mixed = eng::concatStrings(*h, ab, euro);
    CHECK_FALSE(mixed->is8bit());
    uint16_t units[] = {'a', 'b', 0x20ac};
    CHECK(mixed == eng::internUtf16(*h, units, 3));
    // A narrow part of a wide string is stored narrow, so it is the same
    // string as the literal.
    CHECK(eng::substring(*h, mixed, 0, 2) == ab);
    const char *src =
        "var w = 'ab\\u20ac'; var parts = [w.slice(0, 2), 'x', 1.5];"
        "[parts.join('') === 'abx1.5', w.replace('\\u20ac', '') === 'ab', "
        " String.fromCharCode(97, 0x20ac, 98) === 'a\\u20acb', ('x' + 7 + w).length].join()";
    eng_heap *heap = static_cast<eng_heap *>(h);
    REQUIRE(eng_eval(heap, src, strlen(src), "concat.js") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "true,true,true,5");
    eng::heapDestroy(h);
}

TEST_CASE("concatenation past the memory limit is a catchable RangeError", "[heap][oom][strings]") {
    CountingAllocator counter;
    eng_allocator allocator{countAlloc, countRealloc, countFree, &counter};
    eng_config config{};
    config.allocator = &allocator;
    config.memory_limit = 64 * 1024;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    const char *src =
        "var r = [];"
        "try { var s = 'x'; for (;;) s += s + 1; } catch (e) { s = null; r.push(e instanceof RangeError); }"
        "try { var t = []; for (var i = 0; ; i++) t.push('k' + i + 'v'); } catch (e) { t = null; r.push(e.message); }"
        "try { var u = ['abcdefgh']; for (;;) u.push(u.join('')); } catch (e) { u = null; r.push(e.message); }"
        "r.join()";
    REQUIRE(eng_eval(heap, src, strlen(src), "oom.js") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "true,Out of memory,Out of memory");
    eng_pop(heap, 1);
    const char *again = "var z = ''; for (var j = 0; j < 50; j++) z += j; z.length";
    REQUIRE(eng_eval(heap, again, strlen(again), "after.js") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 90);
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    // The out-of-memory error's stack text may use the reserve past the limit.
    CHECK(stats.peak_bytes <= 64 * 1024 + ENG_MEMORY_RESERVE);
    eng_destroy(heap);
    CHECK(counter.live == 0);
    CHECK(counter.bytes == 0);
}

TEST_CASE("a memory limit turns unbounded allocation into a catchable RangeError", "[heap][oom]") {
    eng_config config{};
    config.memory_limit = 64 * 1024;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    const char *src =
        "var caught = 'none';"
        "try { var a = []; for (;;) a.push({v: a.length, s: 'x' + a.length}); }"
        "catch (e) { a = null; caught = (e instanceof RangeError) + ' ' + e.message; }"
        "caught";
    REQUIRE(eng_eval(heap, src, strlen(src), "oom.js") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "true Out of memory");
    eng_pop(heap, 1);
    // The heap stays usable after the error.
    const char *again = "var s = 0; for (var i = 0; i < 100; i++) s += i; s";
    REQUIRE(eng_eval(heap, again, strlen(again), "after.js") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 4950);
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    // The out-of-memory error's stack text may use the reserve past the limit.
    CHECK(stats.peak_bytes <= 64 * 1024 + ENG_MEMORY_RESERVE);
    eng_destroy(heap);
}

TEST_CASE("the out-of-memory error says where memory ran out", "[heap][oom]") {
    eng_config config{};
    config.memory_limit = 64 * 1024;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    const char *src =
        "function grow(a) {\n"
        "    for (;;) a.push({v: a.length});\n"
        "}\n"
        "var e1, e2;\n"
        "try { grow([]); } catch (e) { e1 = [e.fileName, e.lineNumber, e.columnNumber, e.stack].join('|'); }\n"
        "try { var s = 'x'; for (;;) s += s; } catch (e) { s = null; e2 = [e.lineNumber, e.stack].join('|'); }\n"
        "e1 + '\\n' + e2";
    REQUIRE(eng_eval(heap, src, strlen(src), "oom.js") == ENG_OK);
    std::string text = eng_get_string(heap, -1, nullptr);
    INFO(text);
    // grow's push on line 2, called from line 5; then the concatenation on
    // line 6 (a second out-of-memory error: the same object, moved).
    CHECK(text.rfind("oom.js|2|", 0) == 0);
    CHECK(text.find("|RangeError: Out of memory\n    at grow (oom.js:2:") != std::string::npos);
    CHECK(text.find(")\n    at oom.js:5:") != std::string::npos);
    CHECK(text.find("\n6|RangeError: Out of memory\n    at oom.js:6:") != std::string::npos);
    eng_pop(heap, 1);

    // Uncaught, the report gives the position.
    const char *uncaught = "var t = [];\nwhile (true) t.push([t.length]);";
    REQUIRE(eng_eval(heap, uncaught, strlen(uncaught), "uncaught.js") == ENG_ERROR);
    REQUIRE(eng_push_error_report(heap, -1) == ENG_OK);
    std::string report = eng_get_string(heap, -1, nullptr);
    INFO(report);
    CHECK(report.rfind("RangeError: Out of memory\n    at uncaught.js:2:", 0) == 0);
    eng_set_top(heap, 0);

    // From C with no script running: no location, and no stale one.
    const char *drop = "t = null; 1";
    REQUIRE(eng_eval(heap, drop, strlen(drop), "drop.js") == ENG_OK);
    eng_set_top(heap, 0);
    eng_gc(heap);
    eng_status st = ENG_OK;
    for (int i = 0; i < 100000 && st == ENG_OK; i++) {
        st = eng_push_object(heap);
    }
    REQUIRE(st == ENG_ERROR);
    eng_set_top(heap, 0);
    eng_gc(heap);
    REQUIRE(eng_push_pending_error(heap) == ENG_OK);
    REQUIRE(eng_get_prop_string(heap, -1, "message") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "Out of memory");
    REQUIRE(eng_get_prop_string(heap, -2, "lineNumber") == ENG_OK);
    CHECK(eng_is_undefined(heap, -1));
    REQUIRE(eng_get_prop_string(heap, -3, "stack") == ENG_OK);
    CHECK(eng_is_undefined(heap, -1));
    eng_destroy(heap);
}

TEST_CASE("property tables grow past the linear limit and keep insertion order", "[objects]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    const char *src =
        "var o = {}; for (var i = 0; i < 100; i++) o['k' + i] = i;"
        "delete o.k50; var keys = []; for (var k in o) keys.push(k);"
        "keys.length + ' ' + keys[0] + ' ' + keys[49] + ' ' + keys[50] + ' ' + o.k99 + ' ' + o.k50";
    REQUIRE(eng_eval(heap, src, strlen(src), "props.js") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "99 k0 k49 k51 99 undefined");
    eng_destroy(heap);
}

TEST_CASE("built-in methods are made on first use, and then behave as if always there", "[heap][builtins]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    eng_heap_stats before, after;
    eng_get_stats(heap, &before);
    const char *touch = "Math.floor(2.5)";
    REQUIRE(eng_eval(heap, touch, strlen(touch), "touch.js") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 2);
    eng_pop(heap, 1);
    eng_get_stats(heap, &after);
    CHECK(after.alloc_count > before.alloc_count);  // compiling the script
    const char *listing =
        "Object.getOwnPropertyNames(JSON).sort().join() + ' ' + Object.isFrozen(Date.prototype) + ' ' +"
        "('toFixed' in Number.prototype) + ' ' + (delete String.prototype.trim) + ' ' + typeof ''.trim";
    REQUIRE(eng_eval(heap, listing, strlen(listing), "listing.js") == ENG_OK);
    // JSON.rawJSON and isRawJSON are ENG_JSON_RAW's.
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) ==
          std::string(ENG_JSON_RAW ? "isRawJSON,parse,rawJSON,stringify" : "parse,stringify") + " false true true undefined");
    eng_destroy(heap);
}

TEST_CASE("built-in objects are made on first use", "[heap][builtins]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    eng::Heap *h = heap;
    auto eval = [&](const char *src) {
        REQUIRE(eng_eval(heap, src, strlen(src), "lazy.js") == ENG_OK);
        std::string text = eng_get_string(heap, -1, nullptr);
        eng_pop(heap, 1);
        return text;
    };
    // A fresh heap: the prototypes of Object, Function and Array, no
    // constructor.
    CHECK(eng::protoOf(*h, eng::PROTO_OBJECT));
    CHECK(eng::protoOf(*h, eng::PROTO_ARRAY));
    CHECK(!eng::ctorOf(*h, eng::PROTO_OBJECT));
    CHECK(!eng::ctorOf(*h, eng::PROTO_ARRAY));
    CHECK(!h->strictThrower);
    CHECK(!eng::ctorOf(*h, eng::PROTO_DATE));
    CHECK(!eng::protoOf(*h, eng::PROTO_DATE));
    CHECK(!eng::protoOf(*h, eng::PROTO_STRING));
    CHECK(!eng::ctorOf(*h, eng::PROTO_TYPE_ERROR));
    CHECK(!h->math);
    // Nor the block that holds the other prototypes and constructors.
    CHECK(!h->late);
    // The out-of-memory error is a RangeError made with the heap.
    CHECK(eng::protoOf(*h, eng::PROTO_RANGE_ERROR));
    CHECK(!eng::ctorOf(*h, eng::PROTO_RANGE_ERROR));
    // Declaring globals copies the global object's table, which keeps its
    // names of constructors: nothing is made by it.
    CHECK(eval("var x = 1; function f() {} typeof f") == "function");
    CHECK(eng::hasFlashProps(h->global) == false);
    CHECK(!eng::ctorOf(*h, eng::PROTO_DATE));
    // Reaching a constructor makes it and its prototype, once.
    CHECK(eval("typeof Date + (Date.prototype.constructor === Date)") == "functiontrue");
    eng::JSObject *date = eng::ctorOf(*h, eng::PROTO_DATE);
    CHECK(date);
    CHECK(eval("String(Date === globalThis.Date)") == "true");
    CHECK(eng::ctorOf(*h, eng::PROTO_DATE) == date);
    // A primitive's prototype is made by the first property read on it.
    CHECK(eval("'abc'.toUpperCase()") == "ABC");
    CHECK(eng::protoOf(*h, eng::PROTO_STRING));
    // An error made by the engine makes its kind (prototype and
    // constructor, which inherits Error).
    CHECK(eval("try { null.x } catch (e) { String(e instanceof Error) }") == "true");
    CHECK(eng::protoOf(*h, eng::PROTO_TYPE_ERROR));
    CHECK(eng::ctorOf(*h, eng::PROTO_TYPE_ERROR));
    CHECK(eval("try { null.x } catch (e) { String(e.constructor === TypeError && "
               "Object.getPrototypeOf(TypeError) === Error) }") == "true");
    // Literals use the intrinsic, whatever the global binding holds.
    CHECK(eval("RegExp = null; String(/b+/.test('abbc'))") == "true");
    // An array literal needs Array.prototype only; strict arguments make the
    // %ThrowTypeError% pair; the global Symbol is made when first read.
    CHECK(eval("String([1, 2].length)") == "2");
    CHECK(!eng::ctorOf(*h, eng::PROTO_ARRAY));
    CHECK(eval("String([].constructor === Array)") == "true");
    CHECK(eng::ctorOf(*h, eng::PROTO_ARRAY));
    CHECK(eval("(function () { 'use strict'; try { return arguments.callee; } catch (e) { return e.name; } })()") ==
          "TypeError");
    CHECK(h->strictThrower);
    CHECK(eval("typeof Symbol.iterator") == "symbol");
    eng_destroy(heap);
}

TEST_CASE("built-in property tables stay in flash until an object is changed", "[heap][builtins]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    eng::Heap *h = heap;
    eng::JSObject *arrayProto = eng::protoOf(*h, eng::PROTO_ARRAY);
    eng::JSObject *objectProto = eng::protoOf(*h, eng::PROTO_OBJECT);
    const eng::Prop *flashTable = arrayProto->props;
    CHECK(eng::hasFlashProps(arrayProto));
    CHECK(eng::hasFlashProps(objectProto));
    REQUIRE(eng_eval(heap, "Array", 5, "array.js") == ENG_OK);  // made on first use
    eng_pop(heap, 1);
    CHECK(eng::hasFlashProps(eng::ctorOf(*h, eng::PROTO_ARRAY)));
    // Reading methods, testing and listing own properties leave the table
    // where it is; a method is a lightfunc read from it.
    const char *src = "[3, 1, 2].push(4) + (Array.prototype.hasOwnProperty('push') ? 1 : 0) + "
                      "Object.getOwnPropertyNames(Array.prototype).length + "
                      "(Array.prototype.constructor === Array ? 1 : 0)";
    REQUIRE(eng_eval(heap, src, strlen(src), "flash.js") == ENG_OK);
    // Names: the table, + the virtual length, - [Symbol.iterator] and
    // (with the ES2015 methods it lists) [Symbol.unscopables].
    CHECK(eng_get_number(heap, -1) == 4 + 1 + arrayProto->propCount() + 1 - ENG_OBJECT_ARRAY_ES2015);
    eng_pop(heap, 1);
    CHECK(arrayProto->props == flashTable);
    CHECK(arrayProto->props[2].value.isLightFunc());
    // The first change copies that object's table, and only that one.
    const char *change = "Array.prototype.last = function () { return this[this.length - 1]; }; [1, 2, 3].last()";
    REQUIRE(eng_eval(heap, change, strlen(change), "flash1.js") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 3);
    eng_pop(heap, 1);
    CHECK(!eng::hasFlashProps(arrayProto));
    CHECK(arrayProto->props != flashTable);
    CHECK(eng::hasFlashProps(objectProto));
    // The copy keeps the flash table's name of the constructor (so copying
    // the global object's table makes no constructor); reading resolves it.
    eng::PropRef ctor = eng::findOwnProp(arrayProto, eng::atom(*h, eng::ATOM_constructor));
    REQUIRE(ctor);
    CHECK(ctor->value().isBuiltinRef());
    const char *same = "Array.prototype.constructor === Array && [].constructor === Array";
    REQUIRE(eng_eval(heap, same, strlen(same), "flash4.js") == ENG_OK);
    CHECK(eng_get_boolean(heap, -1));
    eng_pop(heap, 1);
    const char *alias = "Array.prototype[Symbol.iterator] === Array.prototype.values";
    REQUIRE(eng_eval(heap, alias, strlen(alias), "flash3.js") == ENG_OK);
    CHECK(eng_get_boolean(heap, -1));
    eng_pop(heap, 1);
    // A global function declared before the built-in was ever looked up wins.
    const char *shadow = "function parseInt() { return 'mine'; } Object.keys(this); parseInt('7')";
    REQUIRE(eng_eval(heap, shadow, strlen(shadow), "flash2.js") == ENG_OK);
    size_t len = 0;
    CHECK(std::string(eng_get_string(heap, -1, &len)) == "mine");
    eng_destroy(heap);
}
