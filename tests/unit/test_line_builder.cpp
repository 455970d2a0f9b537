// The compiler's line table builder against a plain list of entries: the
// same packed bytes after pushes, changes and pops, including pops that
// reach into the part already packed.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include <vector>

#include "bytecode/line_table.h"
#include "compiler/line_builder.h"

using namespace eng;

namespace {

void *testAlloc(void *, size_t size) { return malloc(size); }
void *testRealloc(void *, void *p, size_t, size_t size) { return realloc(p, size); }
void testFree(void *, void *p, size_t) { free(p); }

std::vector<uint8_t> packed(const std::vector<LineEntry> &model) {
    std::vector<uint8_t> out(packedLineTableSize(model.data(), static_cast<uint32_t>(model.size())) + 1);
    out.resize(static_cast<size_t>(packLineTable(out.data(), model.data(), static_cast<uint32_t>(model.size())) - out.data()));
    return out;
}

std::vector<uint8_t> packed(LineTableBuilder &b) {
    std::vector<uint8_t> out(b.packedSize() + 1);
    out.resize(static_cast<size_t>(b.write(out.data()) - out.data()));
    return out;
}

}  // namespace

TEST_CASE("line builder: same bytes as packing the whole list", "[compiler]") {
    CompileAllocator allocator{testAlloc, testRealloc, testFree, nullptr};
    Context ctx;
    ctx.allocator = &allocator;
    LineTableBuilder b(&ctx);
    std::vector<LineEntry> model;
    uint32_t pc = 0;
    for (uint32_t i = 0; i < 300; i++) {
        pc += 1 + i % 5;
        LineEntry e = {pc, 1 + i / 3 + (i % 7 == 0 ? 200 : 0), 1 + (i * 37) % 150};
        REQUIRE(b.push(e));
        model.push_back(e);
        if (i % 11 == 0) {
            b.back().column += 1;
            model.back().column += 1;
        }
        REQUIRE(b.size() == model.size());
        if (model.size() >= 2) REQUIRE(b.fromBack(1).pc == model[model.size() - 2].pc);
    }
    REQUIRE(packed(b) == packed(model));
    // Pops past the unpacked tail unpack earlier entries again.
    for (int i = 0; i < 40; i++) {
        b.pop();
        model.pop_back();
        REQUIRE(b.back().pc == model.back().pc);
        REQUIRE(b.back().line == model.back().line);
        REQUIRE(b.back().column == model.back().column);
    }
    REQUIRE(packed(b) == packed(model));
    LineEntry e = {pc + 10, 5, 6};
    REQUIRE(b.push(e));
    model.push_back(e);
    REQUIRE(packed(b) == packed(model));
    while (!model.empty()) {
        b.pop();
        model.pop_back();
    }
    REQUIRE(b.empty());
    REQUIRE(b.packedSize() == 0);
    b.clear();
}

// Found by fuzz_image: a hostile image's line delta overflowed a signed
// addition (undefined behaviour); the line now wraps as unsigned and the
// image validator refuses what does not fit.
TEST_CASE("a line delta past INT32_MAX wraps instead of overflowing", "[lines][image]") {
    // pc +0, line +2147483647 (zigzag 0xfffffffe), column 0; then pc +0, line +9, column 0.
    const uint8_t bytes[] = {0x00, 0xfe, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00, 0x12, 0x00};
    eng::LineTableReader r(bytes, sizeof bytes);
    REQUIRE(r.next());
    CHECK(r.entry.line == 2147483647u);
    REQUIRE(r.next());
    CHECK(r.entry.line == 2147483656u);
    CHECK(r.atEnd());
}
