// eng_eval takes a length, so a source without a terminating NUL is legal:
// the engine must never read past its last byte. Each source here is copied
// so that it ends exactly at a page that cannot be read; a read past the end
// faults at once instead of going unnoticed.
#include <catch2/catch.hpp>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <string>

#include "engine.h"

namespace {

// Two pages: the second is made inaccessible, text is placed to end at it.
class GuardedBuffer {
public:
    GuardedBuffer() {
        page_ = static_cast<size_t>(sysconf(_SC_PAGESIZE));
        void *p = mmap(nullptr, 2 * page_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        REQUIRE(p != MAP_FAILED);
        base_ = static_cast<char *>(p);
        REQUIRE(mprotect(base_ + page_, page_, PROT_NONE) == 0);
    }
    ~GuardedBuffer() { munmap(base_, 2 * page_); }
    GuardedBuffer(const GuardedBuffer &) = delete;
    GuardedBuffer &operator=(const GuardedBuffer &) = delete;

    // Copies `length` bytes of text so that the last one is the last readable byte.
    const char *place(const char *text, size_t length) {
        REQUIRE(length <= page_);
        char *start = base_ + page_ - length;
        memcpy(start, text, length);
        return start;
    }

private:
    size_t page_ = 0;
    char *base_ = nullptr;
};

// Evaluates text from a buffer ending at the guard page; returns the status
// and leaves the error message (or result) in *message.
eng_status evalGuarded(GuardedBuffer &buffer, const std::string &text, std::string *message) {
    eng_heap *heap = eng_create(nullptr);
    REQUIRE(heap);
    const char *src = buffer.place(text.data(), text.size());
    eng_status status = eng_eval(heap, src, text.size(), "bounds.js");
    if (message) {
        REQUIRE(eng_push_error_report(heap, -1) == ENG_OK);
        const char *s = eng_get_string(heap, -1, nullptr);
        *message = s ? s : "";
        eng_pop(heap, 1);
    }
    // The heap still works after the error.
    static const char again[] = "1 + 1";
    REQUIRE(eng_eval(heap, again, sizeof again - 1, "again.js") == ENG_OK);
    CHECK(eng_get_number(heap, -1) == 2);
    eng_destroy(heap);
    return status;
}

}  // namespace

TEST_CASE("syntax errors at the end of an unterminated source read nothing past it", "[api][bounds]") {
    GuardedBuffer buffer;
    struct Case {
        const char *source;
        const char *message;  // a part of the SyntaxError's text
    };
    // The three sources the fuzzer found, and relatives that end in other tokens.
    const Case cases[] = {
        {"a b", "bounds.js:1:3"},
        {"break a", "bounds.js:1:"},
        {"x:{continue x", "bounds.js:1:"},
        {"var", "bounds.js:1:"},
        {"a.b c", "bounds.js:1:5"},
        {"1 2", "bounds.js:1:3"},
        {"'abc", "bounds.js:1:"},
        {"/re", "bounds.js:1:"},
        {"x = 0x", "bounds.js:1:"},
        {"function f(a a", "bounds.js:1:"},
        {"a\\u00", "bounds.js:1:"},
    };
    for (const Case &c : cases) {
        INFO(c.source);
        std::string message;
        CHECK(evalGuarded(buffer, c.source, &message) == ENG_ERROR);
        CHECK(message.find("SyntaxError") != std::string::npos);
        CHECK(message.find(c.message) != std::string::npos);
    }
}

TEST_CASE("every prefix of a script evaluates from an exact-size buffer", "[api][bounds]") {
    // Each prefix ends inside some token: identifiers, keywords, numbers,
    // strings, regular expressions, templates of escapes, comments, labels.
    const std::string script =
        "var abc = 12.5e3, s = 'q\\x41\\u0042', r = /a[b]c/gi; // note\n"
        "outer: for (var i = 0; i < 2; i++) { if (i) continue outer; else break outer; }\n"
        "function f(x, y) { /* c */ return x >= y ? x : y; } f(abc, 0x1F) + s.length;\n";
    GuardedBuffer buffer;
    for (size_t n = 0; n <= script.size(); n++) {
        std::string prefix = script.substr(0, n);
        INFO(prefix);
        eng_status status = evalGuarded(buffer, prefix, nullptr);
        CHECK((status == ENG_OK || status == ENG_ERROR));
    }
    std::string message;
    REQUIRE(evalGuarded(buffer, script, &message) == ENG_OK);
    CHECK(message == "12503");
}
