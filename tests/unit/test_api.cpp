// The C API: stack discipline, properties, calls both ways, errors.
#include <catch2/catch.hpp>
#include <string.h>

#include <string>

#include "engine.h"
#include "config.h"

namespace {

eng_status evalString(eng_heap *heap, const char *src) { return eng_eval(heap, src, strlen(src), "api.js"); }

int nativeAdd(eng_heap *heap) {
    double a = eng_get_number(heap, 0), b = eng_get_number(heap, 1);
    eng_push_number(heap, a + b);
    return 1;
}

int nativeThrows(eng_heap *heap) { return eng_throw_error(heap, ENG_ERR_TYPE, "bad value %d", 7); }

int nativeCallsBack(eng_heap *heap) {
    // callback(21) -> result * 2
    eng_dup(heap, 0);
    eng_push_undefined(heap);
    eng_push_number(heap, 21);
    if (eng_call(heap, 1) != ENG_OK) return ENG_RET_ERROR;
    double r = eng_get_number(heap, -1);
    eng_push_number(heap, r * 2);
    return 1;
}

}  // namespace

TEST_CASE("push, read and pop values of every type", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    CHECK(eng_get_top(heap) == 0);
    eng_push_undefined(heap);
    eng_push_null(heap);
    eng_push_boolean(heap, 1);
    eng_push_number(heap, 2.5);
    eng_push_string(heap, "text");
    eng_push_object(heap);
    eng_push_array(heap);
    CHECK(eng_get_top(heap) == 7);
    CHECK(eng_get_type(heap, 0) == ENG_TYPE_UNDEFINED);
    CHECK(eng_get_type(heap, 1) == ENG_TYPE_NULL);
    CHECK(eng_get_type(heap, 2) == ENG_TYPE_BOOLEAN);
    CHECK(eng_get_boolean(heap, 2) == 1);
    CHECK(eng_get_number(heap, 3) == 2.5);
    CHECK(std::string(eng_get_string(heap, 4, nullptr)) == "text");
    CHECK(eng_is_object(heap, 5));
    CHECK(eng_is_array(heap, -1));
    CHECK_FALSE(eng_is_array(heap, 5));
    CHECK(eng_get_type(heap, 7) == ENG_TYPE_NONE);
    CHECK(eng_get_type(heap, -8) == ENG_TYPE_NONE);
    eng_pop(heap, 3);
    CHECK(eng_get_top(heap) == 4);
    eng_set_top(heap, 0);
    CHECK(eng_get_top(heap) == 0);
    eng_destroy(heap);
}

TEST_CASE("a symbol reads as ENG_TYPE_SYMBOL and is neither string nor object", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    REQUIRE(evalString(heap, "Symbol('api')") == ENG_OK);
    CHECK(eng_get_type(heap, -1) == ENG_TYPE_SYMBOL);
    CHECK_FALSE(eng_is_object(heap, -1));
    CHECK(eng_get_string(heap, -1, nullptr) == nullptr);
    eng_pop(heap, 1);
    REQUIRE(evalString(heap, "Object(Symbol.iterator)") == ENG_OK);
    CHECK(eng_get_type(heap, -1) == ENG_TYPE_OBJECT);
    eng_destroy(heap);
}

TEST_CASE("properties and globals through the API", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    eng_push_object(heap);
    eng_push_number(heap, 42);
    REQUIRE(eng_put_prop_string(heap, 0, "answer") == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "config") == ENG_OK);
    REQUIRE(evalString(heap, "config.answer + 1") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 43);
    eng_pop(heap, 1);
    REQUIRE(evalString(heap, "var list = [10, 20, 30]") == ENG_OK);
    eng_pop(heap, 1);
    REQUIRE(eng_get_global_string(heap, "list") == ENG_OK);
    REQUIRE(eng_get_prop_index(heap, -1, 1) == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 20);
    eng_destroy(heap);
}

TEST_CASE("native functions called from script and script called from native", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    eng_push_c_function(heap, nativeAdd, 2, "add");
    eng_put_global_string(heap, "add");
    eng_push_c_function(heap, nativeThrows, 0, "fail");
    eng_put_global_string(heap, "fail");
    eng_push_c_function(heap, nativeCallsBack, 1, "twice");
    eng_put_global_string(heap, "twice");
    REQUIRE(evalString(heap, "add(2, 3) * 10") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 50);
    eng_pop(heap, 1);
    REQUIRE(evalString(heap, "add.length + ':' + add.name") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "2:add");
    eng_pop(heap, 1);
    REQUIRE(evalString(heap, "try { fail(); 'no' } catch (e) { e.name + ': ' + e.message }") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "TypeError: bad value 7");
    eng_pop(heap, 1);
    REQUIRE(evalString(heap, "twice(function (x) { return x + 1; })") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 44);
    eng_pop(heap, 1);
    // A script function called from C, protected and unprotected.
    REQUIRE(evalString(heap, "function mul(a, b) { return a * b; } function boom() { throw new RangeError('r'); }") == ENG_OK);
    eng_pop(heap, 1);
    eng_get_global_string(heap, "mul");
    eng_push_undefined(heap);
    eng_push_number(heap, 6);
    eng_push_number(heap, 7);
    REQUIRE(eng_pcall(heap, 2) == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 42);
    eng_pop(heap, 1);
    eng_get_global_string(heap, "boom");
    eng_push_undefined(heap);
    REQUIRE(eng_pcall(heap, 0) == ENG_ERROR);
    REQUIRE(eng_push_error_report(heap, -1) == ENG_OK);
    // The whole stack: the message, then the frame of boom (called from C).
    CHECK(std::string(eng_get_string(heap, -1, nullptr)).rfind("RangeError: r\n    at boom (api.js:1:", 0) == 0);
    eng_set_top(heap, 0);
    eng_destroy(heap);
}

TEST_CASE("syntax errors are reported with file, line and column and nothing runs", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(evalString(heap, "var ran = 1;\nvar = 2;") == ENG_ERROR);
    REQUIRE(eng_push_error_report(heap, -1) == ENG_OK);
    std::string report = eng_get_string(heap, -1, nullptr);
    CHECK(report.rfind("SyntaxError: ", 0) == 0);
    CHECK(report.find("api.js:2:5") != std::string::npos);
    eng_set_top(heap, 0);
    REQUIRE(evalString(heap, "typeof ran") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "undefined");
    eng_destroy(heap);
}

TEST_CASE("runtime errors carry the position of the failing expression", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(evalString(heap, "var o = {};\n\n  o.missing();") == ENG_ERROR);
    REQUIRE(eng_push_error_report(heap, -1) == ENG_OK);
    std::string report = eng_get_string(heap, -1, nullptr);
    CHECK(report.rfind("TypeError: ", 0) == 0);
    CHECK(report.find("is not a function") != std::string::npos);
    CHECK(report.find("api.js:3:") != std::string::npos);
    eng_destroy(heap);
}

TEST_CASE("deep recursion ends in a catchable RangeError", "[api][vm]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(evalString(heap, "function f(n) { return f(n + 1) + 1; } try { f(0); 'no' } catch (e) { e instanceof RangeError }") == ENG_OK);
    CHECK(eng_get_boolean(heap, -1) == 1);
    eng_destroy(heap);
}

TEST_CASE("compile once, run later and again", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    const char *src = "var runs = (typeof runs === 'number' ? runs : 0) + 1; runs * 10";
    REQUIRE(eng_compile(heap, src, strlen(src), "compiled.js") == ENG_OK);
    REQUIRE(eng_is_function(heap, -1));
    CHECK(evalString(heap, "typeof runs") == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "undefined");  // nothing ran yet
    eng_pop(heap, 1);
    for (int i = 1; i <= 2; i++) {
        eng_dup(heap, 0);
        eng_push_undefined(heap);
        REQUIRE(eng_pcall(heap, 0) == ENG_OK);
        CHECK(eng_get_number(heap, -1) == i * 10);
        eng_pop(heap, 1);
    }
    REQUIRE(eng_compile(heap, "1 +", 3, "bad.js") == ENG_ERROR);
    REQUIRE(eng_push_error_report(heap, -1) == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)).rfind("SyntaxError: Unexpected end of input\n    at bad.js:1:", 0) == 0);
    eng_destroy(heap);
}

TEST_CASE("errors carry a stack with function names and positions", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    const char *src = "function inner() { null.x; }\nfunction outer() { inner(); }\ntry { outer(); } catch (e) { e.stack }";
    REQUIRE(evalString(heap, src) == ENG_OK);
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) ==
          "TypeError: Cannot read properties of null (reading 'x')\n"
          "    at inner (api.js:1:25)\n"
          "    at outer (api.js:2:20)\n"
          "    at api.js:3:7");
    eng_destroy(heap);
}

namespace {

struct FakeClock {
    double now;
    double offset;  // local - UTC
    int calls;
};

double fakeNow(void *user) {
    FakeClock *c = static_cast<FakeClock *>(user);
    c->calls++;
    return c->now;
}

double fakeOffset(void *user, double utcMs) {
    FakeClock *c = static_cast<FakeClock *>(user);
    c->calls++;
    // Daylight saving from 2021-03-28T01:00Z to 2021-10-31T01:00Z, like CET.
    return utcMs >= 1616893200000.0 && utcMs < 1635642000000.0 ? c->offset + 3600000.0 : c->offset;
}

std::string evalText(eng_heap *heap, const char *src) {
    REQUIRE(eng_eval(heap, src, strlen(src), "clock.js") == ENG_OK);
    std::string s = eng_get_string(heap, -1, nullptr);
    eng_pop(heap, 1);
    return s;
}

}  // namespace

TEST_CASE("Date reads the embedder's clock and time zone", "[api][date]") {
    FakeClock fake{1600000000000.0, 3600000.0, 0};
    eng_clock clock{fakeNow, fakeOffset, &fake};
    eng_config config{};
    config.clock = &clock;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    CHECK(evalText(heap, "String(Date.now())") == "1600000000000");
    CHECK(evalText(heap, "String(new Date().getTime())") == "1600000000000");
    // Winter: UTC+1; summer: UTC+2.
    CHECK(evalText(heap, "var w = new Date(Date.UTC(2021, 0, 15, 12)); w.getHours() + ' ' + w.getTimezoneOffset()") ==
          "13 -60");
    CHECK(evalText(heap, "var s = new Date(Date.UTC(2021, 6, 15, 12)); s.getHours() + ' ' + s.getTimezoneOffset()") ==
          "14 -120");
    // Local fields go back to UTC through the same zone.
    CHECK(evalText(heap, "String(new Date(2021, 6, 15, 14).getTime() === Date.UTC(2021, 6, 15, 12))") == "true");
    CHECK(evalText(heap, "String(Date.parse('2021-01-15T13:00:00') === Date.UTC(2021, 0, 15, 12))") == "true");
    CHECK(evalText(heap, "new Date(Date.UTC(2021, 0, 15, 12)).toString()").find("13:00:00 GMT+0100") != std::string::npos);
    CHECK(fake.calls > 0);
    eng_destroy(heap);
}

namespace {

void captureWrite(void *user, const char *utf8, size_t length) {
    static_cast<std::string *>(user)->append(utf8, length);
}

}  // namespace

TEST_CASE("print writes whole lines through the embedder's write hook", "[api]") {
    std::string out;
    eng_config config{};
    config.write = captureWrite;
    config.write_user = &out;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    const char *src = "print('a', 1, {toString: function () { return 'obj'; }}, '\\u00e9\\u4e2d'); print(); 'done'";
    REQUIRE(eng_eval(heap, src, strlen(src), "print.js") == ENG_OK);
    CHECK(out == "a 1 obj \xc3\xa9\xe4\xb8\xad\n\n");
    // A conversion that throws prints nothing and propagates.
    out.clear();
    const char *bad = "try { print('x', {toString: function () { throw 'no'; }}); } catch (e) { e }";
    REQUIRE(eng_eval(heap, bad, strlen(bad), "print2.js") == ENG_OK);
    CHECK(out.empty());
    CHECK(std::string(eng_get_string(heap, -1, nullptr)) == "no");
    eng_destroy(heap);
}

#if ENG_BIGINT
TEST_CASE("a BigInt reads as ENG_TYPE_BIGINT, its wrapper as an object", "[api]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    REQUIRE(evalString(heap, "2n ** 70n") == ENG_OK);
    CHECK(eng_get_type(heap, -1) == ENG_TYPE_BIGINT);
    CHECK_FALSE(eng_is_object(heap, -1));
    CHECK_FALSE(eng_is_number(heap, -1));
    eng_pop(heap, 1);
    REQUIRE(evalString(heap, "Object(1n)") == ENG_OK);
    CHECK(eng_get_type(heap, -1) == ENG_TYPE_OBJECT);
    eng_destroy(heap);
}
#endif
