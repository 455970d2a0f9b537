// formatText (strings/format.h) against the C library's snprintf for the
// directives the engine uses.
#include <catch2/catch.hpp>
#include <stdio.h>

#include <string>

#include "strings/format.h"

namespace {

template <typename... Args>
void same(const char *format, Args... args) {
    char ours[200], theirs[200];
    size_t n = eng::formatText(ours, sizeof ours, format, args...);
    snprintf(theirs, sizeof theirs, format, args...);
    INFO(format);
    CHECK(std::string(ours) == theirs);
    CHECK(n == std::string(theirs).size());
}

}  // namespace

TEST_CASE("formatText matches snprintf", "[format]") {
    same("plain %% text");
    same("%s and %s", "one", "two");
    same("[%-12s|%-14s]", "abc", "defghijklmnopqrstu");
    same("%.*s!", 3, "abcdef");
    same("%c%c", 'x', 'y');
    same("%d %d %d %d", 0, -1, 2147483647, -2147483647 - 1);
    same("%u %4u %4u", 0u, 7u, 123456u);
    same("%02d:%02d", 5, 45);
    same("%x %X %04x", 255u, 48879u, 10u);
    same("%02.0f:%02.0f %04.0f %06.0f %03.0f", 3.0, 12.0, 987.0, 275760.0, 7.0);
    same("%.0f %.0f %.0f", 0.0, -12.0, 1e20);
    same("%f %.3f %.2f", 1.5, -0.0626, 2.675);
    // Exact ties round half up (glibc rounds them to even).
    char buf[16];
    eng::formatText(buf, sizeof buf, "%.3f", -0.0625);
    CHECK(std::string(buf) == "-0.063");
}

TEST_CASE("formatText truncates and terminates", "[format]") {
    char buf[8];
    size_t n = eng::formatText(buf, sizeof buf, "%s", "abcdefghijk");
    CHECK(n == 7);
    CHECK(std::string(buf) == "abcdefg");
    n = eng::formatText(buf, 1, "%d", 42);
    CHECK(n == 0);
    CHECK(buf[0] == 0);
}
