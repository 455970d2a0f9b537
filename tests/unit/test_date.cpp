// Date arithmetic (ES5.1 15.9.1) against an independent day-by-day walk of
// the proleptic Gregorian calendar, the time value limits, and parsing.
#include <catch2/catch.hpp>
#include <math.h>
#include <string.h>

#include "builtins/date_math.h"
#include "builtins/date_parse.h"
#include "heap/heap.h"
#include "strings/string.h"

using namespace eng;

namespace {

bool leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int monthLength(long y, int m) {
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 1 && leap(y) ? 29 : days[m];
}

}  // namespace

TEST_CASE("date fields agree with a day-by-day calendar walk", "[date]") {
    // From 1970-01-01 (a Thursday) forwards and backwards over 1200 years
    // each way, every day checked.
    for (int direction = 1; direction >= -1; direction -= 2) {
        long y = 1970;
        int m = 0, d = 1, wd = 4;
        for (long day = 0; day != direction * 438300L; day += direction) {
            double t = day * MS_PER_DAY + (direction > 0 ? 12345.0 : 86399999.0);
            REQUIRE(dayFromTime(t) == static_cast<double>(day));
            REQUIRE(yearFromTime(t) == static_cast<double>(y));
            REQUIRE(monthFromTime(t) == m);
            REQUIRE(dateFromTime(t) == d);
            REQUIRE(weekDay(t) == wd);
            REQUIRE(inLeapYear(t) == leap(y));
            REQUIRE(makeDay(static_cast<double>(y), m, d) == static_cast<double>(day));
            if (direction > 0) {
                wd = (wd + 1) % 7;
                if (++d > monthLength(y, m)) {
                    d = 1;
                    if (++m == 12) m = 0, y++;
                }
            } else {
                wd = (wd + 6) % 7;
                if (--d == 0) {
                    if (--m < 0) m = 11, y--;
                    d = monthLength(y, m);
                }
            }
        }
    }
}

TEST_CASE("time within the day, makeTime and makeDay normalise like the spec", "[date]") {
    double t = makeDate(makeDay(2000, 1, 29), makeTime(23, 59, 59, 999));
    CHECK(hourFromTime(t) == 23);
    CHECK(minFromTime(t) == 59);
    CHECK(secFromTime(t) == 59);
    CHECK(msFromTime(t) == 999);
    CHECK(monthFromTime(t) == 1);
    CHECK(dateFromTime(t) == 29);
    // Month 12 is January of the next year, day 0 the last of the month before.
    CHECK(makeDay(1999, 12, 1) == makeDay(2000, 0, 1));
    CHECK(makeDay(2000, 2, 0) == makeDay(2000, 1, 29));
    CHECK(makeDay(2001, -1, 31) == makeDay(2000, 11, 31));
    // Before the epoch the time within the day is still positive.
    CHECK(timeWithinDay(-1) == MS_PER_DAY - 1);
    CHECK(dayFromTime(-1) == -1);
    CHECK(daysInYear(1900) == 365);
    CHECK(daysInYear(2000) == 366);
    CHECK(dayFromYear(1970) == 0);
    CHECK(dayFromYear(1969) == -365);
    CHECK(isnan(makeDay(NAN, 0, 1)));
    CHECK(isnan(makeTime(1, INFINITY, 0, 0)));
}

TEST_CASE("time values are clipped at 8.64e15 ms", "[date]") {
    CHECK(timeClip(8.64e15) == 8.64e15);
    CHECK(timeClip(-8.64e15) == -8.64e15);
    CHECK(isnan(timeClip(8.64e15 + 1)));
    CHECK(isnan(timeClip(-8.64e15 - 1)));
    CHECK(timeClip(1.9) == 1);
    CHECK(timeClip(-1.9) == -1);
    CHECK(!signbit(timeClip(-0.0)));
    // The extreme dates of ES5.1 15.9.1.1.
    CHECK(yearFromTime(8.64e15) == 275760);
    CHECK(monthFromTime(8.64e15) == 8);
    CHECK(dateFromTime(8.64e15) == 13);
    CHECK(yearFromTime(-8.64e15) == -271821);
    CHECK(monthFromTime(-8.64e15) == 3);
    CHECK(dateFromTime(-8.64e15) == 20);
}

TEST_CASE("date strings parse to exact time values", "[date]") {
    Heap *h = heapCreate(nullptr);  // no clock: the port's zone (UTC under ctest)
    REQUIRE(h);
    struct Case {
        const char *text;
        double expected;
    } cases[] = {
        {"1970-01-01T00:00:00.000Z", 0},
        {"2000-02-29T12:34:56.789Z", makeDate(makeDay(2000, 1, 29), makeTime(12, 34, 56, 789))},
        {"2000-02-29", makeDate(makeDay(2000, 1, 29), 0)},  // date-only forms are UTC
        {"+275760-09-13T00:00:00.000Z", 8.64e15},
        {"-271821-04-20T00:00:00.000Z", -8.64e15},
        {"2012-03-04T05:06:07+01:30", makeDate(makeDay(2012, 2, 4), makeTime(3, 36, 7, 0))},
        {"Thu, 01 Jan 1970 00:00:00 GMT", 0},
        {"2000-13-01", NAN},
        {"2000-02-30T25:00Z", NAN},
        {"+275760-09-13T00:00:00.001Z", NAN},
        {"not a date", NAN},
    };
    for (const Case &c : cases) {
        HString *s = internCString(*h, c.text);
        REQUIRE(s);
        double t = parseDateString(*h, s);
        INFO(c.text);
        if (isnan(c.expected)) CHECK(isnan(t));
        else CHECK(t == c.expected);
    }
    heapDestroy(h);
}
