// Number <-> text conversion (strings/numconv.h, double_digits.h,
// decimal_parse.h): every double must read back exactly, the layout must
// match ECMA-262 9.8.1 as node prints it, and parsing must round correctly
// however many digits there are. The C library (glibc's strtod and printf,
// which are exact) serves as the reference.
#include <catch2/catch.hpp>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>

#include "strings/decimal_parse.h"
#include "strings/double_digits.h"
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

namespace {

double parse(const std::string &s) { return eng::textToNumber8(reinterpret_cast<const uint8_t *>(s.data()), s.size()); }

bool sameBits(double a, double b) { return toBits(a) == toBits(b); }

// The digits of a printf %e/%f result, without sign, point and exponent.
std::string digitsOf(const char *text) {
    std::string d;
    for (const char *p = text; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') d += *p;
    return d;
}

// The exact decimal expansion of 2^-1075, halfway between 0 and the
// smallest subnormal.
const char kHalfMin[] =
    "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324";

}  // namespace

TEST_CASE("numberToText matches node for more values", "[numconv]") {
    CHECK(text(1e-323) == "1e-323");
    CHECK(text(2.225073858507201e-308) == "2.225073858507201e-308");
    CHECK(text(999999999999999900000.0) == "999999999999999900000");
    CHECK(text(1.2345e-7) == "1.2345e-7");
    CHECK(text(3.141592653589793) == "3.141592653589793");
    CHECK(text(2.0 / 3) == "0.6666666666666666");
    CHECK(text(1e23) == "1e+23");
    CHECK(text(9.999999999999999e22) == "1e+23");
    CHECK(text(8.41e21) == "8.41e+21");
    CHECK(text(1.0000000000000002) == "1.0000000000000002");
    CHECK(text(1.7976931348623155e308) == "1.7976931348623155e+308");
    CHECK(text(4.9406564584124654e-324) == "5e-324");
    CHECK(text(ldexp(3, -1074)) == "1.5e-323");
    CHECK(text(ldexp(1, 63)) == "9223372036854776000");
    CHECK(text(ldexp(1, 64)) == "18446744073709552000");
    CHECK(text(ldexp(1, 70)) == "1.1805916207174113e+21");
    CHECK(text(1e16 + 2) == "10000000000000002");
}

TEST_CASE("shortest digits are the closest of the shortest", "[numconv]") {
    // printf's correctly rounded %.*e at the first precision that reads back
    // is the nearest shortest string.
    uint64_t state = 0x0123456789abcdefull;
    for (int i = 0; i < 30000; i++) {
        uint64_t bits = nextRandom(&state) & 0x7fffffffffffffffull;
        if (i % 3 == 0) bits &= 0x000fffffffffffffull;  // subnormals
        double d = fromBits(bits);
        if (isnan(d) || isinf(d) || d == 0) continue;
        char ref[40];
        for (int p = 1; p <= 17; p++) {
            snprintf(ref, sizeof ref, "%.*e", p - 1, d);
            if (strtod(ref, nullptr) == d) break;
        }
        std::string expected = digitsOf(ref);
        while (expected.size() > 1 && expected.back() == '0') expected.pop_back();
        char digits[eng::SHORTEST_DIGITS_MAX];
        int point;
        int n = eng::shortestDigits(d, digits, &point);
        INFO(ref);
        CHECK(std::string(digits, static_cast<size_t>(n)) == expected);
        CHECK(point == atoi(strchr(ref, 'e') + 1) + 1);
    }
}

TEST_CASE("text to number to text and back with exact bits", "[numconv]") {
    uint64_t state = 0xfeedfacecafebeefull;
    int failed = 0;
    for (int i = 0; i < 100000; i++) {
        uint64_t bits = nextRandom(&state) & 0x7fffffffffffffffull;
        if (i % 4 == 0) bits &= 0x000fffffffffffffull;
        double d = fromBits(bits);
        if (isnan(d) || isinf(d)) continue;
        char ours[eng::NUMBER_TEXT_MAX];
        eng::numberToText(d, ours);
        // number -> text -> number, through our parser
        bool ok = sameBits(parse(ours), d);
        // text -> number -> text: 17 significant digits through both
        char full[40];
        snprintf(full, sizeof full, "%.16e", d);
        ok = ok && sameBits(parse(full), d) && text(parse(full)) == ours;
        if (!ok && ++failed < 5) {
            INFO(full << " -> " << ours);
            CHECK(false);
        }
    }
    CHECK(failed == 0);
}

TEST_CASE("parsing powers of ten", "[numconv]") {
    for (int e = -330; e <= 310; e++) {
        char literal[40];
        snprintf(literal, sizeof literal, "1e%d", e);
        INFO(literal);
        CHECK(sameBits(parse(literal), strtod(literal, nullptr)));
        snprintf(literal, sizeof literal, "9.99999999999999999e%d", e);
        CHECK(sameBits(parse(literal), strtod(literal, nullptr)));
    }
}

TEST_CASE("parsing is correctly rounded for random and long inputs", "[numconv]") {
    uint64_t state = 7;
    int failed = 0;
    for (int i = 0; i < 20000; i++) {
        uint64_t r = nextRandom(&state);
        int digits = 1 + static_cast<int>(r % 40);
        if (i % 50 == 0) digits += 300;
        std::string s;
        for (int k = 0; k < digits; k++) s += static_cast<char>('0' + nextRandom(&state) % 10);
        if (r & 0x100) s.insert(static_cast<size_t>((r >> 12) % (s.size() + 1)), ".");
        if (s == ".") s = "0";
        int exponent = static_cast<int>((r >> 24) % 700) - 360;
        s += "e" + std::to_string(exponent);
        double expected = strtod(s.c_str(), nullptr);
        if (!sameBits(parse(s), expected) && ++failed < 5) {
            INFO(s);
            CHECK(false);
        }
    }
    CHECK(failed == 0);
}

TEST_CASE("parsing exact midpoints rounds ties to even", "[numconv]") {
    // kHalfMin is exactly halfway between 0 and 5e-324: ties to 0 (even).
    CHECK(sameBits(parse(kHalfMin), 0.0));
    std::string shorter(kHalfMin);
    shorter.erase(shorter.size() - 6, 1);  // one digit less: below the midpoint
    CHECK(sameBits(parse(shorter), 0.0));
    std::string above(kHalfMin);
    above.insert(above.size() - 5, "000000000000000000000000000000000001");
    CHECK(sameBits(parse(above), 5e-324));
    std::string minusAbove = "-" + above;
    CHECK(sameBits(parse(minusAbove), -5e-324));
    CHECK(sameBits(parse("2.4703282292062328e-324"), 5e-324));
    // Midpoints between neighbouring doubles, printed exactly from long
    // double (64-bit significand, so the midpoint is exact), and the same
    // digits cut short (below) or extended (above).
    uint64_t state = 99;
    for (int i = 0; i < 2000; i++) {
        uint64_t bits = nextRandom(&state) & 0x7fefffffffffffffull;
        if (i % 3 == 0) bits &= 0x000fffffffffffffull;
        double d = fromBits(bits), up = nextafter(d, INFINITY);
        if (isinf(up)) continue;
        long double mid = (static_cast<long double>(d) + static_cast<long double>(up)) / 2;
        static char buf[1300];
        snprintf(buf, sizeof buf, "%.1100Le", mid);
        std::string exact = buf;
        size_t e = exact.find('e');
        std::string mantissa = exact.substr(0, e), exponent = exact.substr(e);
        mantissa.erase(mantissa.find_last_not_of('0') + 1);
        bool evenBelow = (toBits(d) & 1) == 0;
        INFO(mantissa << exponent);
        CHECK(sameBits(parse(mantissa + exponent), evenBelow ? d : up));
        CHECK(sameBits(parse(mantissa + "0000000000000000000001" + exponent), up));
        if (mantissa.size() > 41) CHECK(sameBits(parse(mantissa.substr(0, 40) + exponent), d));
    }
}

TEST_CASE("parsing numeric strings follows StringNumericLiteral", "[numconv]") {
    CHECK(sameBits(parse(""), 0.0));
    CHECK(sameBits(parse("  \t\n "), 0.0));
    CHECK(sameBits(parse(" 12 "), 12.0));
    CHECK(sameBits(parse("-0"), -0.0));
    CHECK(sameBits(parse("+.5e-3"), 0.0005));
    CHECK(sameBits(parse("1."), 1.0));
    CHECK(sameBits(parse(".5"), 0.5));
    CHECK(sameBits(parse("1.e2"), 100.0));
    CHECK(isnan(parse(".")));
    CHECK(isnan(parse("+")));
    CHECK(isnan(parse("-")));
    CHECK(isnan(parse("1e")));
    CHECK(isnan(parse("1e+")));
    CHECK(isnan(parse(".e1")));
    CHECK(isnan(parse("1x")));
    CHECK(isnan(parse("0x")));
    CHECK(isnan(parse("-0x10")));
    CHECK(isnan(parse("0x1g")));
    CHECK(sameBits(parse("0x1F"), 31.0));
    CHECK(sameBits(parse("Infinity"), INFINITY));
    CHECK(sameBits(parse("-Infinity"), -INFINITY));
    CHECK(isnan(parse("infinity")));
    CHECK(sameBits(parse("1e400"), INFINITY));
    CHECK(sameBits(parse("1e-400"), 0.0));
    CHECK(sameBits(parse("0e999999999999"), 0.0));
    CHECK(sameBits(parse("1e-99999999999999999999"), 0.0));
    CHECK(sameBits(parse("0.0000000000000000000000000000000000001e37"), 1.0));
    CHECK(sameBits(parse("1.7976931348623157e308"), 1.7976931348623157e308));
    CHECK(sameBits(parse("1.7976931348623158e308"), 1.7976931348623157e308));
    // The exact midpoint between MAX_VALUE and 2^1024 ties to 2^1024 (even): Infinity.
    static const char maxMid[] =
        "1.79769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792e308";
    CHECK(sameBits(parse(maxMid), INFINITY));
    std::string belowMid(maxMid, 40);
    CHECK(sameBits(parse(belowMid + "e308"), 1.7976931348623157e308));
}

TEST_CASE("hex digits beyond 2^53 round once, to nearest even", "[numconv]") {
    CHECK(sameBits(parse("0x20000000000001"), 9007199254740992.0));   // tie, down to even
    CHECK(sameBits(parse("0x20000000000003"), 9007199254740996.0));   // tie, up to even
    CHECK(sameBits(parse("0x200000000000011"), 144115188075855904.0));  // above the tie
    CHECK(sameBits(parse("0x1fffffffffffff8"), 144115188075855872.0));
    CHECK(sameBits(parse("0xffffffffffffffffffff"), ldexp(1, 80)));
    std::string huge = "0x1";
    huge.append(300, '0');
    CHECK(sameBits(parse(huge), INFINITY));
}

TEST_CASE("precision and fixed digits are exact, ties rounding up", "[numconv]") {
    uint64_t state = 12345;
    for (int i = 0; i < 5000; i++) {
        uint64_t bits = nextRandom(&state) & 0x7fefffffffffffffull;
        if (i % 4 == 0) bits &= 0x000fffffffffffffull;
        double d = fromBits(bits);
        if (d == 0) continue;
        int count = 1 + static_cast<int>(nextRandom(&state) % 101);
        char ref[1300], digits[128];
        // Long enough for the exact expansion, to spot ties.
        snprintf(ref, sizeof ref, "%.*e", count + 1100, d);
        std::string exact = digitsOf(ref);
        bool tie = exact[static_cast<size_t>(count)] == '5' &&
                   exact.find_first_not_of('0', static_cast<size_t>(count) + 1) == std::string::npos;
        if (tie) continue;
        snprintf(ref, sizeof ref, "%.*e", count - 1, d);
        int point;
        eng::precisionDigits(d, count, digits, &point);
        INFO(ref);
        CHECK(std::string(digits, static_cast<size_t>(count)) == digitsOf(ref));
        CHECK(point == atoi(strchr(ref, 'e') + 1) + 1);
    }
    // Exact ties round up (the larger n, ES5 15.7.4.5 and 15.7.4.7).
    int point;
    char digits[128];
    eng::precisionDigits(0.125, 2, digits, &point);
    CHECK(std::string(digits, 2) == "13");
    eng::precisionDigits(2.5, 1, digits, &point);
    CHECK((std::string(digits, 1) == "3" && point == 1));
    eng::precisionDigits(9.5, 1, digits, &point);
    CHECK((std::string(digits, 1) == "1" && point == 2));
    CHECK(eng::fixedDigits(0.5, 0, digits, &point) == 1);
    CHECK((digits[0] == '1' && point == 1));
    CHECK(eng::fixedDigits(0.4, 0, digits, &point) == 0);
    CHECK(eng::fixedDigits(0.05, 1, digits, &point) == 1);  // 0.05 is a bit above 1/20
    CHECK((digits[0] == '1' && point == 0));
    CHECK(eng::fixedDigits(1.005, 2, digits, &point) == 3);  // a bit below 1.005
    CHECK((std::string(digits, 3) == "100" && point == 1));
    CHECK(eng::fixedDigits(5e-324, 100, digits, &point) == 0);
    CHECK(eng::fixedDigits(999.9996, 3, digits, &point) == 6);  // carries into a new place
    CHECK((std::string(digits, 6) == "100000" && point == 4));
}
