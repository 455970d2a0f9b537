// The tagged value type: encodings, small integers, numbers on both layouts.
#include <catch2/catch.hpp>
#include <math.h>

#include "heap/heap.h"
#include "value/number.h"
#include "value/value.h"

using eng::Value;

TEST_CASE("value is one machine word and specials are distinct", "[value]") {
    REQUIRE(sizeof(Value) == sizeof(void *));
    Value specials[] = {Value::undefined(), Value::null(), Value::boolean(true), Value::boolean(false), Value::empty()};
    for (size_t i = 0; i < 5; i++)
        for (size_t j = 0; j < 5; j++) CHECK((specials[i] == specials[j]) == (i == j));
    CHECK(Value().isUndefined());
    CHECK(Value::null().isNullish());
    CHECK(Value::undefined().isNullish());
    CHECK_FALSE(Value::boolean(false).isNullish());
    CHECK(Value::boolean(true).asBoolean());
    CHECK_FALSE(Value::boolean(false).asBoolean());
    for (Value v : specials) {
        CHECK_FALSE(v.isPointer());
        CHECK_FALSE(v.isSmallInt());
    }
}

TEST_CASE("small integers round-trip at the edges of their range", "[value]") {
    int32_t samples[] = {0, 1, -1, 42, -42, Value::SMALL_INT_MAX, Value::SMALL_INT_MIN, 1 << 20, -(1 << 20)};
    for (int32_t i : samples) {
        Value v = Value::smallInt(i);
        CHECK(v.isSmallInt());
        CHECK(v.asSmallInt() == i);
        CHECK_FALSE(v.isPointer());
        CHECK_FALSE(v.isUndefined());
    }
#if !ENG_VALUE_NAN_BOXED
    CHECK(Value::SMALL_INT_MAX == (1 << 30) - 1);
    CHECK_FALSE(Value::fitsSmallInt(1 << 30));
#else
    CHECK(Value::SMALL_INT_MAX == INT32_MAX);
#endif
}

TEST_CASE("doubleIsSmallInt rejects fractions, -0 and out-of-range values", "[value]") {
    int32_t out = 0;
    CHECK(Value::doubleIsSmallInt(5.0, &out));
    CHECK(out == 5);
    CHECK_FALSE(Value::doubleIsSmallInt(0.5, &out));
    CHECK_FALSE(Value::doubleIsSmallInt(-0.0, &out));
    CHECK_FALSE(Value::doubleIsSmallInt(NAN, &out));
    CHECK_FALSE(Value::doubleIsSmallInt(INFINITY, &out));
    CHECK_FALSE(Value::doubleIsSmallInt(1e12, &out));
}

TEST_CASE("numbers made through the heap keep their exact double", "[value][heap]") {
    eng::Heap *h = eng::heapCreate(nullptr);
    REQUIRE(h);
    double samples[] = {0.5, -0.0, 1e300, -1e-300, 4.9e-324, 2147483648.0, -2147483649.0, NAN, INFINITY, -INFINITY, 3.0};
    for (double d : samples) {
        Value v;
        REQUIRE(eng::makeNumber(*h, d, &v) == eng::Status::Ok);
        CHECK(eng::isNumber(v));
        double back = eng::numberOf(v);
        if (d != d) {
            CHECK(back != back);
        } else {
            CHECK(back == d);
            CHECK(signbit(back) == signbit(d));
        }
    }
    Value three;
    REQUIRE(eng::makeNumber(*h, 3.0, &three) == eng::Status::Ok);
    CHECK(three.isSmallInt());
    eng::heapDestroy(h);
}

TEST_CASE("lightweight functions are neither pointers, numbers nor specials", "[value][lightfunc]") {
    const uint32_t payloads[] = {0, 1, 63, 0x7ff, 1u << 28, (1u << 29) - 1};
    for (uint32_t p : payloads) {
        Value f = Value::lightFunc(p);
        CHECK(f.isLightFunc());
        CHECK(f.lightFuncPayload() == p);
        CHECK_FALSE(f.isPointer());
        CHECK_FALSE(f.isSmallInt());
        CHECK_FALSE(f.isInlineDouble());
        CHECK_FALSE(eng::isNumber(f));
        CHECK_FALSE(f.isNullish());
        CHECK_FALSE(f.isBoolean());
        CHECK_FALSE(f.isEmpty());
        CHECK(f == Value::lightFunc(p));
        CHECK(f != Value::lightFunc(p ^ 1));
    }
    // Nothing else reads as one.
    Value others[] = {Value::undefined(), Value::null(), Value::boolean(true), Value::empty(), Value::smallInt(6),
                      Value::smallInt(-2), Value::smallInt(Value::SMALL_INT_MAX), Value::smallInt(Value::SMALL_INT_MIN)};
    for (Value v : others) CHECK_FALSE(v.isLightFunc());
#if ENG_VALUE_NAN_BOXED
    CHECK_FALSE(Value::inlineDouble(3.5).isLightFunc());
    CHECK_FALSE(Value::inlineDouble(-0.0).isLightFunc());
    CHECK_FALSE(Value::inlineDouble(NAN).isLightFunc());
#endif
}
