// Bytecode images from outside: written with eng_compile_image, run in
// place with eng_run_image, and refused when damaged. Under the asan
// preset every case below must also be free of out-of-bounds reads.
#include <catch2/catch.hpp>
#include <string.h>

#include <string>
#include <vector>

#include "../../include/engine.h"
#include "bytecode/image.h"
#include "heap/heap.h"
#include "vm/image_validate.h"
#include "vm/loader.h"

namespace {

int appendTo(void *user, const void *bytes, size_t length) {
    auto *out = static_cast<std::vector<uint32_t> *>(user);
    size_t at = out->size();
    out->resize(at + (length + 3) / 4);
    memcpy(out->data() + at, bytes, length);
    return 0;
}

std::vector<uint32_t> compileImage(const char *source, unsigned flags = 0, const char *file = "small.js") {
    eng_heap *heap = eng_create(nullptr);
    std::vector<uint32_t> words;
    REQUIRE(eng_compile_image(heap, source, strlen(source), file, flags, appendTo, &words) == ENG_OK);
    REQUIRE(eng_get_top(heap) == 0);
    eng_destroy(heap);
    return words;
}

std::string stringAt(eng_heap *heap, int index) {
    size_t n = 0;
    const char *s = eng_get_string(heap, index, &n);
    return s ? std::string(s, n) : std::string("<not a string>");
}

// The error's message, or the completion value as a string.
std::string runImage(const void *bytes, size_t size, eng_status *status) {
    eng_heap *heap = eng_create(nullptr);
    *status = eng_run_image(heap, bytes, size);
    std::string text;
    if (*status == ENG_ERROR && eng_is_object(heap, -1) && eng_get_prop_string(heap, -1, "message") == ENG_OK)
        text = stringAt(heap, -1);
    else if (eng_to_string(heap, -1) == ENG_OK)
        text = stringAt(heap, -1);
    eng_destroy(heap);
    return text;
}

const char *const kSmallScripts[] = {
    "var total = 0; for (var i = 0; i < 5; i++) total += i; total + ':' + 'done';",
    "function make(n) { var k = n; return function (x) { return x * k; }; }\n"
    "try { make(3)(4) + String(undefined.x); } catch (e) { e.message + make(2)(5); }",
    "var o = {a: 1, 'b c': [1, 2, 3]}; var s = ''; for (var k in o) s += k; "
    "s + /x+/g.test('axx') + `t${1 + 1}`;",
};

// Loads (without running: see docs/images.md on register contents) an
// image whose checksum was made to match; true if it loaded.
bool loadsAfterFixingChecksum(std::vector<uint8_t> bytes) {
    std::vector<uint32_t> words((bytes.size() + 3) / 4);
    if (!bytes.empty()) memcpy(words.data(), bytes.data(), bytes.size());
    uint8_t *p = reinterpret_cast<uint8_t *>(words.data());
    if (bytes.size() >= sizeof(eng::ImageHeader)) {
        uint32_t crc = eng::imageChecksum(p, bytes.size());
        memcpy(p + offsetof(eng::ImageHeader, checksum), &crc, 4);
    }
    eng::Heap *h = eng::heapCreate(nullptr);
    eng::FunctionTemplate *script;
    bool ok = eng::loadImageInPlace(*h, p, bytes.size(), &script) == eng::Status::Ok;
    if (!ok) {
        // Refused with a message, never silently.
        REQUIRE(h->hasPending);
    }
    h->hasPending = false;
    h->pending = eng::Value::undefined();
    eng::heapDestroy(h);
    return ok;
}

}  // namespace

TEST_CASE("an image runs in place and gives what the source gives", "[image]") {
    for (const char *source : kSmallScripts) {
        std::vector<uint32_t> image = compileImage(source);
        eng_heap *heap = eng_create(nullptr);
        REQUIRE(eng_eval(heap, source, strlen(source), "small.js") == ENG_OK);
        std::string fromSource = stringAt(heap, -1);
        eng_destroy(heap);
        eng_status status;
        std::string fromImage = runImage(image.data(), image.size() * 4, &status);
        CHECK(status == ENG_OK);
        CHECK(fromImage == fromSource);
    }
}

TEST_CASE("several images back to back run in order", "[image]") {
    std::vector<uint32_t> both = compileImage("var shared = 40;", 0, "first.js");
    std::vector<uint32_t> second = compileImage("shared + 2;", 0, "second.js");
    both.insert(both.end(), second.begin(), second.end());
    eng_status status;
    CHECK(runImage(both.data(), both.size() * 4, &status) == "42");
    CHECK(status == ENG_OK);
    // A damaged second script stops the first from running too.
    both.back() ^= 0x01000000u;
    eng_heap *heap = eng_create(nullptr);
    CHECK(eng_run_image(heap, both.data(), both.size() * 4) == ENG_ERROR);
    eng_pop(heap, 1);
    CHECK(eng_get_global_string(heap, "shared") == ENG_OK);
    CHECK(eng_is_undefined(heap, -1));
    eng_destroy(heap);
}

TEST_CASE("tracebacks from images keep file, line and column unless stripped", "[image]") {
    const char *source = "function f() {\n  return null.x;\n}\nf();\n";
    for (unsigned flags : {0u, static_cast<unsigned>(ENG_IMAGE_STRIP_LINES)}) {
        std::vector<uint32_t> image = compileImage(source, flags, "trace.js");
        eng_heap *heap = eng_create(nullptr);
        REQUIRE(eng_run_image(heap, image.data(), image.size() * 4) == ENG_ERROR);
        REQUIRE(eng_get_prop_string(heap, -1, "stack") == ENG_OK);
        std::string stack = stringAt(heap, -1);
        if (flags) {
            CHECK(stack.find("at f (trace.js, pc ") != std::string::npos);
            CHECK(stack.find("trace.js:2") == std::string::npos);
        } else {
            // The same trace as the source gives.
            eng_heap *fromSource = eng_create(nullptr);
            REQUIRE(eng_eval(fromSource, source, strlen(source), "trace.js") == ENG_ERROR);
            REQUIRE(eng_get_prop_string(fromSource, -1, "stack") == ENG_OK);
            CHECK(stack == stringAt(fromSource, -1));
            CHECK(stack.find("at f (trace.js:2:") != std::string::npos);
            eng_destroy(fromSource);
        }
        eng_destroy(heap);
    }
    // Stripping saves the tables' bytes.
    CHECK(compileImage(source, ENG_IMAGE_STRIP_LINES).size() < compileImage(source).size());
}

TEST_CASE("images of another version, word size, byte order or configuration are refused", "[image]") {
    std::vector<uint32_t> good = compileImage("1 + 1;");
    struct Case {
        size_t offset;
        uint8_t value;
        const char *message;
    } cases[] = {
        {offsetof(eng::ImageHeader, version), eng::IMAGE_VERSION + 1, "invalid image: version"},
        {offsetof(eng::ImageHeader, wordSize), sizeof(void *) == 8 ? 4 : 8, "invalid image: made by a"},
        {offsetof(eng::ImageHeader, endianness), eng::IMAGE_BIG_ENDIAN, "invalid image: written for the other byte order"},
        {offsetof(eng::ImageHeader, config), 0x80, "invalid image: made by a build with other options"},
        {offsetof(eng::ImageHeader, magic), 'X', "invalid image: not a bytecode image"},
    };
    for (const Case &c : cases) {
        std::vector<uint32_t> image = good;
        uint8_t *p = reinterpret_cast<uint8_t *>(image.data());
        p[c.offset] = c.value;
        uint32_t crc = eng::imageChecksum(p, image.size() * 4);
        memcpy(p + offsetof(eng::ImageHeader, checksum), &crc, 4);
        eng_status status;
        std::string message = runImage(image.data(), image.size() * 4, &status);
        CHECK(status == ENG_ERROR);
        CHECK(message.rfind(c.message, 0) == 0);
    }
    // Byte-swapped magic: an image of a big-endian writer.
    std::vector<uint32_t> swapped = good;
    swapped[0] = __builtin_bswap32(swapped[0]);
    eng_status status;
    CHECK(runImage(swapped.data(), swapped.size() * 4, &status).rfind("invalid image: written for the other byte order", 0) == 0);
}

TEST_CASE("operands out of range are refused with their place", "[image]") {
    std::vector<uint32_t> image = compileImage("var a = 1; a + 2;");
    uint8_t *p = reinterpret_cast<uint8_t *>(image.data());
    eng::ImageHeader ih;
    memcpy(&ih, p, sizeof ih);
    uint32_t record;
    memcpy(&record, p + sizeof ih, 4);
    eng::FunctionHeader fh;
    memcpy(&fh, p + record, sizeof fh);
    // The first instruction of the top level jumps far past the end.
    eng::Instr jump = eng::makeSJ(eng::OP_JMP, 1000);
    memcpy(p + record + sizeof fh, &jump, 4);
    uint32_t crc = eng::imageChecksum(p, image.size() * 4);
    memcpy(p + offsetof(eng::ImageHeader, checksum), &crc, 4);
    eng_status status;
    CHECK(runImage(image.data(), image.size() * 4, &status) ==
          "invalid image: jump target out of range at function 0 pc 0 (JMP)");
    // A register past the function's count.
    eng::Instr mov = eng::makeABC(eng::OP_MOV, 0, fh.nregs, 0);
    memcpy(p + record + sizeof fh, &mov, 4);
    crc = eng::imageChecksum(p, image.size() * 4);
    memcpy(p + offsetof(eng::ImageHeader, checksum), &crc, 4);
    CHECK(runImage(image.data(), image.size() * 4, &status).rfind("invalid image: register ", 0) == 0);
}

TEST_CASE("every changed byte and every truncation of an image is refused or loads", "[image][corruption]") {
    for (const char *source : kSmallScripts) {
        std::vector<uint32_t> words = compileImage(source);
        std::vector<uint8_t> image(words.size() * 4);
        memcpy(image.data(), words.data(), image.size());
        size_t refused = 0, loaded = 0;
        for (size_t i = 0; i < image.size(); i++) {
            for (uint8_t flip : {0x01, 0x80, 0xff}) {
                std::vector<uint8_t> bad = image;
                bad[i] ^= flip;
                // As stored: the checksum finds every single-byte change.
                eng_status status;
                std::vector<uint32_t> aligned(words.size());
                memcpy(aligned.data(), bad.data(), bad.size());
                std::string message = runImage(aligned.data(), bad.size(), &status);
                REQUIRE(status == ENG_ERROR);
                REQUIRE(message.rfind("invalid image: ", 0) == 0);
                // With a checksum made to match: the structural checks
                // alone must refuse it or load it safely.
                if (loadsAfterFixingChecksum(bad)) loaded++;
                else refused++;
            }
        }
        for (size_t cut = 0; cut < image.size(); cut++) {
            std::vector<uint8_t> shorter(image.begin(), image.begin() + static_cast<std::ptrdiff_t>(cut));
            eng_status status;
            std::vector<uint32_t> aligned((cut + 3) / 4 + 1);
            if (cut) memcpy(aligned.data(), shorter.data(), cut);
            runImage(aligned.data(), cut, &status);
            REQUIRE(status == ENG_ERROR);
            // The header patched to the new size, checksum matching.
            if (cut >= sizeof(eng::ImageHeader)) {
                uint32_t size = static_cast<uint32_t>(cut);
                memcpy(shorter.data() + offsetof(eng::ImageHeader, totalSize), &size, 4);
            }
            if (loadsAfterFixingChecksum(shorter)) loaded++;
            else refused++;
        }
        // Most damage is structural; some (a constant's bytes, a line
        // table entry, an operand that stays in range) loads.
        CHECK(refused > 0);
        CHECK(loaded > 0);
    }
}
