// Number-to-text conversion (strings/numconv.h): every double must read back
// exactly, and the layout must match ECMA-262 9.8.1 as node prints it.
#include <catch2/catch.hpp>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strings/numconv.h"

namespace {

double fromBits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

uint64_t toBits(double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return bits;
}

// numberToText then strtod must give the same bits (NaN and infinities
// excluded; -0 prints as "0", so it reads back as +0).
bool roundTrips(double d) {
    char text[eng::NUMBER_TEXT_MAX];
    size_t n = eng::numberToText(d, text);
    if (n != strlen(text) || n >= eng::NUMBER_TEXT_MAX) return false;
    double back = strtod(text, nullptr);
    if (d == 0) return back == 0;
    return toBits(back) == toBits(d);
}

std::string text(double d) {
    char buf[eng::NUMBER_TEXT_MAX];
    eng::numberToText(d, buf);
    return buf;
}

// A small deterministic generator (xorshift64*), so failures reproduce.
uint64_t nextRandom(uint64_t *state) {
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 2685821657736338717ull;
}

}  // namespace

TEST_CASE("numberToText matches node for known values", "[numconv]") {
    CHECK(text(0) == "0");
    CHECK(text(-0.0) == "0");
    CHECK(text(NAN) == "NaN");
    CHECK(text(INFINITY) == "Infinity");
    CHECK(text(-INFINITY) == "-Infinity");
    CHECK(text(1) == "1");
    CHECK(text(-1) == "-1");
    CHECK(text(0.1) == "0.1");
    CHECK(text(1.5) == "1.5");
    CHECK(text(-123.456) == "-123.456");
    CHECK(text(1e21) == "1e+21");
    CHECK(text(1e20) == "100000000000000000000");
    CHECK(text(123456789012345680000.0) == "123456789012345680000");
    CHECK(text(1.7976931348623157e308) == "1.7976931348623157e+308");
    CHECK(text(5e-324) == "5e-324");
    CHECK(text(-5e-324) == "-5e-324");
    CHECK(text(2.2250738585072014e-308) == "2.2250738585072014e-308");
    CHECK(text(0.000001) == "0.000001");
    CHECK(text(0.0000012345) == "0.0000012345");
    CHECK(text(1e-7) == "1e-7");
    CHECK(text(1.5e-7) == "1.5e-7");
    CHECK(text(0.1 + 0.2) == "0.30000000000000004");
    CHECK(text(1.0 / 3) == "0.3333333333333333");
    CHECK(text(2147483647.0) == "2147483647");
    CHECK(text(2147483648.0) == "2147483648");
    CHECK(text(4294967296.0) == "4294967296");
    CHECK(text(-2147483648.0) == "-2147483648");
    CHECK(text(9007199254740992.0) == "9007199254740992");
    CHECK(text(9007199254740993.0) == "9007199254740992");
    CHECK(text(9007199254740994.0) == "9007199254740994");
    CHECK(text(1e16) == "10000000000000000");
    CHECK(text(123e-20) == "1.23e-18");
    CHECK(text(1.2e+21) == "1.2e+21");
    CHECK(text(100) == "100");
    CHECK(text(1e300) == "1e+300");
    CHECK(text(4.35) == "4.35");
    CHECK(text(5e-7) == "5e-7");
    CHECK(text(0.5e-6) == "5e-7");
}

TEST_CASE("numberToText round-trips powers of ten and of two", "[numconv]") {
    for (int e = -323; e <= 308; e++) {
        char literal[16];
        snprintf(literal, sizeof literal, "1e%d", e);
        double d = strtod(literal, nullptr);
        INFO(literal);
        CHECK(roundTrips(d));
        CHECK(roundTrips(-d));
        CHECK(roundTrips(nextafter(d, 0)));
        CHECK(roundTrips(nextafter(d, INFINITY)));
    }
    for (int e = -1074; e <= 1023; e++) {
        double d = ldexp(1.0, e);
        INFO("2^" << e);
        CHECK(roundTrips(d));
        CHECK(roundTrips(d * 1.5));
    }
    // exact powers of ten print without an exponent up to 1e20
    CHECK(text(1e15) == "1000000000000000");
    CHECK(text(1e-6) == "0.000001");
}

TEST_CASE("numberToText round-trips integers near 2^53 and 2^31", "[numconv]") {
    for (int64_t k = -50; k <= 50; k++) {
        double a = static_cast<double>((int64_t(1) << 53) + k);
        double b = static_cast<double>((int64_t(1) << 31) + k);
        double c = static_cast<double>((int64_t(1) << 32) + k);
        CHECK(roundTrips(a));
        CHECK(roundTrips(-a));
        CHECK(roundTrips(b));
        CHECK(roundTrips(c));
        if (k >= -50 && k <= 0) {
            // integers below 2^53 are printed exactly, with every digit
            char expected[32];
            snprintf(expected, sizeof expected, "%lld", static_cast<long long>((int64_t(1) << 53) + k));
            CHECK(text(a) == expected);
        }
    }
}

TEST_CASE("numberToText round-trips subnormals and extremes", "[numconv]") {
    CHECK(roundTrips(fromBits(1)));                      // 5e-324
    CHECK(roundTrips(fromBits(2)));
    CHECK(roundTrips(fromBits(0x000fffffffffffffull)));  // largest subnormal
    CHECK(roundTrips(fromBits(0x0010000000000000ull)));  // smallest normal
    CHECK(roundTrips(fromBits(0x7fefffffffffffffull)));  // MAX_VALUE
    uint64_t state = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < 2000; i++) {
        uint64_t mantissa = nextRandom(&state) & 0x000fffffffffffffull;
        INFO("bits " << mantissa);
        CHECK(roundTrips(fromBits(mantissa)));
        CHECK(roundTrips(-fromBits(mantissa)));
    }
}

TEST_CASE("numberToText round-trips random bit patterns", "[numconv]") {
    uint64_t state = 0x243f6a8885a308d3ull;
    int checked = 0, failed = 0;
    for (int i = 0; i < 100000; i++) {
        double d = fromBits(nextRandom(&state));
        if (isnan(d) || isinf(d)) continue;
        checked++;
        if (!roundTrips(d)) {
            failed++;
            if (failed < 5) {
                INFO("value " << text(d));
                CHECK(false);
            }
        }
    }
    CHECK(checked > 99000);
    CHECK(failed == 0);
}

TEST_CASE("numberToText gives the shortest digits", "[numconv]") {
    // random doubles with few significant digits print as written
    uint64_t state = 42;
    for (int i = 0; i < 2000; i++) {
        uint64_t r = nextRandom(&state);
        long long mantissa = static_cast<long long>(r % 999999) + 1;
        int exponent = static_cast<int>((r >> 32) % 40) - 20;
        char literal[40];
        snprintf(literal, sizeof literal, "%llde%d", mantissa, exponent);
        double d = strtod(literal, nullptr);
        std::string t = text(d);
        // no more significant digits than the literal had
        std::string sig;
        for (char ch : t) {
            if (ch == 'e') break;
            if (ch >= '0' && ch <= '9' && !(ch == '0' && sig.empty())) sig += ch;
        }
        while (!sig.empty() && sig.back() == '0') sig.pop_back();
        while (mantissa % 10 == 0) mantissa /= 10;
        int literalDigits = 0;
        for (long long m = mantissa; m; m /= 10) literalDigits++;
        INFO(literal << " -> " << t);
        CHECK(strtod(t.c_str(), nullptr) == d);
        CHECK(static_cast<int>(sig.size()) <= literalDigits);
    }
}
