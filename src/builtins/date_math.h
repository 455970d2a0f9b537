// Time arithmetic of ECMA-262 5.1 15.9.1: days, years, months, local time.
#ifndef ENG_BUILTINS_DATE_MATH_H
#define ENG_BUILTINS_DATE_MATH_H

namespace eng {

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

// Local time through the port's clock hooks (offset includes daylight saving).
double localTime(double utc);
double utcFromLocal(double local);
double currentTimeMs();
double localOffsetMs(double utc);

}  // namespace eng

#endif
