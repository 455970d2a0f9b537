// The binary-data C API: ArrayBuffers over the embedder's memory (free
// callback, read-only flash), and the bytes behind buffers and views.
#include <catch2/catch.hpp>
#include <string.h>

#include "engine.h"

namespace {

eng_status evalString(eng_heap *heap, const char *src) { return eng_eval(heap, src, strlen(src), "buffers.js"); }

struct FreeLog {
    int calls = 0;
    void *data = nullptr;
    size_t length = 0;
};

void logFree(void *data, size_t length, void *user) {
    FreeLog *log = static_cast<FreeLog *>(user);
    log->calls++;
    log->data = data;
    log->length = length;
}

double evalNumber(eng_heap *heap, const char *src) {
    REQUIRE(evalString(heap, src) == ENG_OK);
    double d = eng_get_number(heap, -1);
    eng_pop(heap, 1);
    return d;
}

}  // namespace

TEST_CASE("an external buffer shares the C memory both ways", "[api][buffers]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    uint8_t regs[8] = {1, 2, 3, 4, 0, 0, 0, 0};
    FreeLog log;
    REQUIRE(eng_push_external_buffer(heap, regs, sizeof regs, 0, logFree, &log) == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "periph") == ENG_OK);
    CHECK(evalNumber(heap, "new Uint8Array(periph)[2]") == 3);
    CHECK(evalNumber(heap, "periph.byteLength") == 8);
    REQUIRE(evalString(heap, "var v = new Uint16Array(periph, 4); v[0] = 0xbeef; v[1] = -1; new DataView(periph).setUint8(0, 200)") == ENG_OK);
    eng_pop(heap, 1);
    CHECK(regs[0] == 200);
    CHECK(regs[4] == 0xef);
    CHECK(regs[5] == 0xbe);
    CHECK(regs[6] == 0xff);
    regs[1] = 77;  // C writes are seen by scripts
    CHECK(evalNumber(heap, "new Uint8Array(periph)[1]") == 77);

    // eng_get_buffer_data on the buffer and on a view: the view's window.
    REQUIRE(evalString(heap, "periph") == ENG_OK);
    void *data = nullptr;
    size_t length = 0;
    CHECK(eng_get_buffer_data(heap, -1, &data, &length) == 1);
    CHECK(data == regs);
    CHECK(length == 8);
    eng_pop(heap, 1);
    REQUIRE(evalString(heap, "v") == ENG_OK);
    CHECK(eng_get_buffer_data(heap, -1, &data, &length) == 1);
    CHECK(data == regs + 4);
    CHECK(length == 4);
    eng_pop(heap, 1);
    eng_push_number(heap, 1);
    CHECK(eng_get_buffer_data(heap, -1, &data, &length) == 0);
    eng_pop(heap, 1);
    CHECK(eng_get_buffer_data(heap, 5, &data, &length) == 0);
    CHECK(log.calls == 0);
    eng_destroy(heap);
    CHECK(log.calls == 1);  // at the heap's end at the latest
    CHECK(log.data == regs);
    CHECK(log.length == 8);
}

TEST_CASE("an external buffer free function runs once after the last reference dies", "[api][buffers]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    static uint8_t dma[16];
    FreeLog log;
    REQUIRE(eng_push_external_buffer(heap, dma, sizeof dma, 0, logFree, &log) == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "dma") == ENG_OK);
    REQUIRE(evalString(heap, "var view = new Int8Array(dma, 8); dma = null; view[0] = 5") == ENG_OK);
    eng_pop(heap, 1);
    eng_gc(heap);
    CHECK(log.calls == 0);  // the view still holds the buffer
    CHECK(dma[8] == 5);
    REQUIRE(evalString(heap, "view = null") == ENG_OK);
    eng_pop(heap, 1);
    eng_gc(heap);
    CHECK(log.calls == 1);
    CHECK(log.data == dma);
    eng_gc(heap);
    eng_destroy(heap);
    CHECK(log.calls == 1);
}

TEST_CASE("a transferred external buffer is copied and its memory freed with the old object", "[api][buffers]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    uint8_t bytes[4] = {9, 8, 7, 6};
    FreeLog log;
    REQUIRE(eng_push_external_buffer(heap, bytes, sizeof bytes, 0, logFree, &log) == ENG_OK);
    REQUIRE(eng_put_global_string(heap, "ext") == ENG_OK);
    CHECK(evalNumber(heap, "var moved = ext.transfer(); new Uint8Array(moved)[3] = 1; new Uint8Array(moved)[0] + ext.byteLength") == 9);
    CHECK(bytes[3] == 6);  // the copy is the heap's
    CHECK(evalNumber(heap, "ext.detached ? 1 : 0") == 1);
    CHECK(log.calls == 0);
    REQUIRE(evalString(heap, "ext = null") == ENG_OK);
    eng_pop(heap, 1);
    eng_gc(heap);
    CHECK(log.calls == 1);
    eng_destroy(heap);
    CHECK(log.calls == 1);
}

TEST_CASE("a read-only external buffer is never written", "[api][buffers]") {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    static const uint8_t flash[4] = {10, 20, 30, 40};
    REQUIRE(eng_push_external_buffer(heap, const_cast<uint8_t *>(flash), sizeof flash, ENG_BUFFER_READ_ONLY, nullptr, nullptr) ==
            ENG_OK);
    REQUIRE(eng_put_global_string(heap, "rom") == ENG_OK);
    CHECK(evalNumber(heap, "var r = new Uint8Array(rom); r[0] = 99; r[0]") == 10);  // sloppy: ignored
    CHECK(evalNumber(heap, "rom.immutable ? 1 : 0") == 1);
    const char *throwing[] = {
        "'use strict'; r[1] = 1",
        "r.fill(0)",
        "r.set([1])",
        "r.reverse()",
        "r.sort()",
        "r.copyWithin(0, 1)",
        "new DataView(rom).setUint8(0, 1)",
        "rom.transfer()",
        "Object.defineProperty(r, 0, {value: 1})",
    };
    for (const char *src : throwing) {
        INFO(src);
        CHECK(evalString(heap, src) == ENG_ERROR);
        eng_pop(heap, 1);
    }
    CHECK(evalNumber(heap, "r.slice(1).reduce(function (a, b) { return a + b; })") == 90);  // reads work
    CHECK(memcmp(flash, "\x0a\x14\x1e\x28", 4) == 0);
    eng_destroy(heap);
}

TEST_CASE("array buffers are counted against the memory limit", "[api][buffers]") {
    eng_config config;
    memset(&config, 0, sizeof config);
    config.memory_limit = 64 * 1024;
    eng_heap *heap = eng_create(&config);
    REQUIRE(heap);
    CHECK(evalString(heap, "new ArrayBuffer(1024 * 1024)") == ENG_ERROR);
    CHECK(evalNumber(heap, "try { new Uint8Array(1 << 20) } catch (e) { e instanceof RangeError ? 1 : 0 }") == 1);
    eng_pop(heap, 1);
    REQUIRE(eng_push_array_buffer(heap, 100) == ENG_OK);
    void *data;
    size_t length;
    REQUIRE(eng_get_buffer_data(heap, -1, &data, &length) == 1);
    CHECK(length == 100);
    CHECK(static_cast<uint8_t *>(data)[99] == 0);
    eng_pop(heap, 1);
    CHECK(eng_push_array_buffer(heap, 1024 * 1024) == ENG_ERROR);
    CHECK(eng_push_external_buffer(heap, nullptr, 4, 0, nullptr, nullptr) == ENG_ERROR);
    eng_destroy(heap);
}
