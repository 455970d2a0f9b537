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

TEST_CASE("formatText: length modifiers, %e %g %p and flags as snprintf", "[format]") {
    same("%ld %lu %lld %llu", -1234567890L, 4000000000UL, -9007199254740993LL, 18446744073709551615ULL);
    same("%zu %zd %jd %td %hd %hhu %hhd", static_cast<size_t>(123456789), static_cast<ptrdiff_t>(-5),
         static_cast<intmax_t>(-42), static_cast<ptrdiff_t>(77), static_cast<short>(-3),
         static_cast<unsigned char>(250), static_cast<signed char>(-7));
    same("%i %+d %+d % d %o %lx", 42, 5, -5, 9, 8u, 0xdeadbeefUL);
    same("%g %g %g %g %g %g", 0.0, 1.0, 0.5, 100000.0, 1000000.0, 1e-5);
    same("%g %g %g %G", 123456789.0, 0.0001, 0.00001234, 1.5e-10);
    same("%.3g %.10g %.0g %.1g %g", 3.14159, 2.0 / 3.0, 2.6, 0.05, -0.0);
    same("%e %.2e %E %.0e %e", 1.0, 12345.678, 0.000123, 5.0, -2.5e-300);
    same("%8.3g|%-8g|%08.2f|%+g", 3.14159, 2.5, -1.5, 7.0);
    same("%g %f %e %G", 1.0 / 0.0, -1.0 / 0.0, 1.0 / 0.0, 1.0 / 0.0);
    same("%.17g %.17g %g", 0.1, 1e21, 1e300);
    char tie[16];
    eng::formatText(tie, sizeof tie, "%.0g %.1e", 2.5, 0.25);  // exact ties round half up
    CHECK(std::string(tie) == "3 2.5e-01");
    int x = 0;
    char ours[64], theirs[64];
    eng::formatText(ours, sizeof ours, "%p", static_cast<void *>(&x));
    snprintf(theirs, sizeof theirs, "%p", static_cast<void *>(&x));
    CHECK(std::string(ours) == theirs);
}

TEST_CASE("formatText stops at an unsupported conversion without reading its argument", "[format]") {
    char buf[64];
    // %a is not supported: the rest of the format is copied and the
    // following %s reads nothing (the argument would be a double).
    size_t n = eng::formatText(buf, sizeof buf, "x=%d %a then %s", 1, 2.0, "never");
    CHECK(std::string(buf) == "x=1 %a then %s");
    CHECK(n == std::string(buf).size());
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
