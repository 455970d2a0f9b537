// The BigInt arithmetic core (value/bigint.cpp): products and quotients of
// many limbs checked against identities, text in every radix read back,
// StringToBigInt's accepted and refused forms.
#include <catch2/catch.hpp>

#include <string>

#include "config.h"
#include "heap/heap.h"
#include "strings/string.h"
#include "value/bigint.h"

#if ENG_BIGINT

using eng::LocalRoot;
using eng::Status;
using eng::Value;

namespace {

Value parse(eng::Heap &h, const std::string &text) {
    eng::HString *s = eng::internLatin1(h, reinterpret_cast<const uint8_t *>(text.data()), static_cast<uint32_t>(text.size()));
    REQUIRE(s);
    LocalRoot rs(h, Value::pointer(s));
    Value v;
    REQUIRE(eng::stringToBigInt(h, s, &v) == Status::Ok);
    return v;
}

std::string text(eng::Heap &h, Value v, uint32_t radix = 10) {
    eng::HString *s = eng::bigIntToString(h, eng::asBigInt(v), radix);
    REQUIRE(s);
    std::string out;
    for (uint32_t i = 0; i < s->length; i++) out += static_cast<char>(s->at(i));
    return out;
}

Value op(eng::Heap &h, eng::Opcode o, Value a, Value b) {
    Value r;
    REQUIRE(eng::bigIntBinary(h, o, a, b, &r) == Status::Ok);
    return r;
}

// A pseudo-random hexadecimal number of n digits (no leading zero).
std::string randomHex(uint32_t &seed, uint32_t n) {
    std::string s = "0x";
    for (uint32_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        uint32_t d = (seed >> 16) % 16;
        if (i == 0 && d == 0) d = 7;
        s += "0123456789abcdef"[d];
    }
    return s;
}

}  // namespace

TEST_CASE("BigInt products of many limbs match (10^k - 1)^2 = 10^2k - 2*10^k + 1", "[bigint]") {
    eng::Heap *h = eng::heapCreate(nullptr);
    REQUIRE(h);
    for (uint32_t k : {9u, 10u, 50u, 333u}) {
        LocalRoot x(*h, parse(*h, std::string(k, '9')));
        LocalRoot sq(*h, op(*h, eng::OP_MUL, x.value, x.value));
        std::string expected = std::string(k - 1, '9') + "8" + std::string(k - 1, '0') + "1";
        CHECK(text(*h, sq.value) == expected);
        LocalRoot neg(*h, parse(*h, "-" + std::string(k, '9')));
        CHECK(text(*h, op(*h, eng::OP_MUL, neg.value, x.value)) == "-" + expected);
    }
    eng::heapDestroy(h);
}

TEST_CASE("BigInt division of many limbs: q * d + r = n with |r| < |d| and r of n's sign", "[bigint]") {
    eng::Heap *h = eng::heapCreate(nullptr);
    REQUIRE(h);
    uint32_t seed = 12345;
    const uint32_t sizes[][2] = {{320, 136}, {100, 99}, {64, 17}, {40, 9}, {33, 32}, {200, 8}};
    for (auto &sz : sizes) {
        for (int signs = 0; signs < 4; signs++) {
            std::string a = randomHex(seed, sz[0]), b = randomHex(seed, sz[1]);
            LocalRoot n(*h, parse(*h, a)), d(*h, parse(*h, b));
            if (signs & 1) n.value = op(*h, eng::OP_SUB, parse(*h, "0"), n.value);
            if (signs & 2) d.value = op(*h, eng::OP_SUB, parse(*h, "0"), d.value);
            LocalRoot q(*h, op(*h, eng::OP_DIV, n.value, d.value)), r(*h, op(*h, eng::OP_MOD, n.value, d.value));
            LocalRoot back(*h, op(*h, eng::OP_MUL, q.value, d.value));
            back.value = op(*h, eng::OP_ADD, back.value, r.value);
            CHECK(eng::bigIntEquals(eng::asBigInt(back.value), eng::asBigInt(n.value)));
            LocalRoot absR(*h, eng::bigIntNegative(eng::asBigInt(r.value)) ? op(*h, eng::OP_SUB, parse(*h, "0"), r.value) : r.value);
            LocalRoot absD(*h, eng::bigIntNegative(eng::asBigInt(d.value)) ? op(*h, eng::OP_SUB, parse(*h, "0"), d.value) : d.value);
            CHECK(eng::bigIntCompare(eng::asBigInt(absR.value), eng::asBigInt(absD.value)) < 0);
            CHECK((eng::bigIntIsZero(eng::asBigInt(r.value)) ||
                   eng::bigIntNegative(eng::asBigInt(r.value)) == eng::bigIntNegative(eng::asBigInt(n.value))));
        }
    }
    {
        // Hacker's Delight's case for the add-back step of Knuth's algorithm
        // D (the quotient digit estimate one too big after its corrections);
        // results as node computes them. (Roots end before the heap does.)
        LocalRoot n(*h, parse(*h, "0x7fffffff800000000000000000000000")), d(*h, parse(*h, "0x800000000000000000000001"));
        CHECK(text(*h, op(*h, eng::OP_DIV, n.value, d.value), 16) == "fffffffe");
        CHECK(text(*h, op(*h, eng::OP_MOD, n.value, d.value), 16) == "7fffffffffffffff00000002");
    }
    eng::heapDestroy(h);
}

TEST_CASE("BigInt text in radix 2..36 reads back digit by digit", "[bigint]") {
    eng::Heap *h = eng::heapCreate(nullptr);
    REQUIRE(h);
    uint32_t seed = 99;
    {
        LocalRoot x(*h, parse(*h, randomHex(seed, 150)));
        x.value = op(*h, eng::OP_SUB, parse(*h, "0"), x.value);
        for (uint32_t radix = 2; radix <= 36; radix++) {
            std::string s = text(*h, x.value, radix);
            REQUIRE(s[0] == '-');
            LocalRoot acc(*h, parse(*h, "0")), base(*h, parse(*h, std::to_string(radix)));
            for (size_t i = 1; i < s.size(); i++) {
                uint32_t digit = s[i] <= '9' ? static_cast<uint32_t>(s[i] - '0') : static_cast<uint32_t>(s[i] - 'a' + 10);
                REQUIRE(digit < radix);
                acc.value = op(*h, eng::OP_MUL, acc.value, base.value);
                acc.value = op(*h, eng::OP_ADD, acc.value, parse(*h, std::to_string(digit)));
            }
            acc.value = op(*h, eng::OP_SUB, parse(*h, "0"), acc.value);
            CHECK(eng::bigIntEquals(eng::asBigInt(acc.value), eng::asBigInt(x.value)));
        }
    }  // the roots end before the heap does
    eng::heapDestroy(h);
}

TEST_CASE("StringToBigInt reads the StringIntegerLiteral forms and refuses the rest", "[bigint]") {
    eng::Heap *h = eng::heapCreate(nullptr);
    REQUIRE(h);
    CHECK(text(*h, parse(*h, " \t\n-000123456789012345678901234567890 ")) == "-123456789012345678901234567890");
    CHECK(text(*h, parse(*h, "0xFfFfFfFfFfFfFfFfF")) == "295147905179352825855");
    CHECK(text(*h, parse(*h, "0o777")) == "511");
    CHECK(text(*h, parse(*h, "0B1111111111111111111111111111111111111111")) == "1099511627775");
    CHECK(text(*h, parse(*h, "")) == "0");
    CHECK(text(*h, parse(*h, "+0")) == "0");
    for (const char *bad : {"1.0", "1e3", "-0x1", "0x", "0b2", "1_0", "12n", "Infinity", "- 1", "0x 1", "--1"})
        CHECK(parse(*h, bad).isUndefined());
    eng::heapDestroy(h);
}

#endif
