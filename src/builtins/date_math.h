// Time arithmetic of ECMA-262 5.1 15.9.1: days, years, months, local time.
#ifndef ENG_BUILTINS_DATE_MATH_H
#define ENG_BUILTINS_DATE_MATH_H

namespace eng {

struct Heap;

constexpr double MS_PER_DAY = 86400000.0;

double dayFromTime(double t);          // Day(t)
double timeWithinDay(double t);
double daysInYear(double y);
double dayFromYear(double y);
double yearFromTime(double t);
bool inLeapYear(double t);
int monthFromTime(double t);           // 0..11
int dateFromTime(double t);            // 1..31
int weekDay(double t);                 // 0 = Sunday
double hourFromTime(double t);
double minFromTime(double t);
double secFromTime(double t);
double msFromTime(double t);
double makeTime(double hour, double min, double sec, double ms);
double makeDay(double year, double month, double date);
double makeDate(double day, double time);
double timeClip(double t);

// The clock and local time through the heap's eng_clock, else the port's
// (the offset includes daylight saving).
double localTime(const Heap &h, double utc);
double utcFromLocal(const Heap &h, double local);
double currentTimeMs(const Heap &h);
double localOffsetMs(const Heap &h, double utc);

}  // namespace eng

#endif
