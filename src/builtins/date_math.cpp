// Date arithmetic (ES5.1 15.9.1) and the clock/time-zone port hooks.
#include "builtins/date_math.h"

#include <math.h>
#include <time.h>

#include "heap/heap.h"
#include "config.h"
#include "port.h"
#include "value/libm.h"

namespace eng {

namespace {

double positiveModulo(double a, double b) {
    double r = libmFmod(a, b);
    return r < 0 ? r + b : r + 0.0;  // + 0.0 turns -0 into +0
}

}  // namespace

double dayFromTime(double t) { return floor(t / MS_PER_DAY); }
double timeWithinDay(double t) { return positiveModulo(t, MS_PER_DAY); }

double daysInYear(double y) {
    if (libmFmod(y, 4) != 0) return 365;
    if (libmFmod(y, 100) != 0) return 366;
    if (libmFmod(y, 400) != 0) return 365;
    return 366;
}

double dayFromYear(double y) {
    return 365 * (y - 1970) + floor((y - 1969) / 4) - floor((y - 1901) / 100) + floor((y - 1601) / 400);
}

double yearFromTime(double t) {
    // An estimate refined by at most a step or two.
    double y = floor(t / (MS_PER_DAY * 365.2425)) + 1970;
    while (dayFromYear(y) * MS_PER_DAY > t) y--;
    while (dayFromYear(y + 1) * MS_PER_DAY <= t) y++;
    return y;
}

bool inLeapYear(double t) { return daysInYear(yearFromTime(t)) == 366; }

namespace {

const int cumulativeDays[2][13] = {
    {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
    {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
};

int dayWithinYear(double t) { return static_cast<int>(dayFromTime(t) - dayFromYear(yearFromTime(t))); }

}  // namespace

int monthFromTime(double t) {
    int d = dayWithinYear(t);
    const int *days = cumulativeDays[inLeapYear(t) ? 1 : 0];
    int m = 0;
    while (m < 11 && d >= days[m + 1]) m++;
    return m;
}

int dateFromTime(double t) {
    int d = dayWithinYear(t);
    const int *days = cumulativeDays[inLeapYear(t) ? 1 : 0];
    return d - days[monthFromTime(t)] + 1;
}

int weekDay(double t) { return static_cast<int>(positiveModulo(dayFromTime(t) + 4, 7)); }
double hourFromTime(double t) { return positiveModulo(floor(t / 3600000.0), 24); }
double minFromTime(double t) { return positiveModulo(floor(t / 60000.0), 60); }
double secFromTime(double t) { return positiveModulo(floor(t / 1000.0), 60); }
double msFromTime(double t) { return positiveModulo(t, 1000); }

double makeTime(double hour, double min, double sec, double ms) {
    if (!isfinite(hour) || !isfinite(min) || !isfinite(sec) || !isfinite(ms)) return NAN;
    return trunc(hour) * 3600000.0 + trunc(min) * 60000.0 + trunc(sec) * 1000.0 + trunc(ms);
}

double makeDay(double year, double month, double date) {
    if (!isfinite(year) || !isfinite(month) || !isfinite(date)) return NAN;
    double y = trunc(year), m = trunc(month), dt = trunc(date);
    double ym = y + floor(m / 12);
    double mn = positiveModulo(m, 12);
    if (fabs(ym) > 400000) return NAN;
    double day = dayFromYear(ym) + cumulativeDays[daysInYear(ym) == 366 ? 1 : 0][static_cast<int>(mn)];
    return day + dt - 1;
}

double makeDate(double day, double time) {
    if (!isfinite(day) || !isfinite(time)) return NAN;
    return day * MS_PER_DAY + time;
}

double timeClip(double t) {
    if (!isfinite(t) || fabs(t) > 8.64e15) return NAN;
    return trunc(t) + 0.0;  // + 0.0 turns -0 into +0
}

double currentTimeMs(const Heap &h) {
    if (h.clock.now_ms) return h.clock.now_ms(h.clock.user);
#if ENG_USE_LIBC_DEFAULTS && ENG_PORT_CLOCK_POSIX
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) == 0) return floor(ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6);
#endif
#if ENG_USE_LIBC_DEFAULTS
    return static_cast<double>(time(nullptr)) * 1000.0;
#else
    return NAN;  // no clock was given and the C library's is left out
#endif
}

double localOffsetMs(const Heap &h, double utc) {
    if (!isfinite(utc)) return 0;
    if (h.clock.local_offset_ms) {
        double offset = h.clock.local_offset_ms(h.clock.user, utc);
        return isfinite(offset) ? offset : 0;
    }
#if ENG_USE_LIBC_DEFAULTS && ENG_PORT_CLOCK_POSIX
    // The platform knows the zone rules; outside time_t's range use the
    // offset of a nearby year with the same calendar (good enough for DST).
    double seconds = floor(utc / 1000.0);
    if (seconds < -2147483648.0 || seconds > 2147483647.0) seconds = libmFmod(seconds, 400.0 * 365.2425 * 86400.0);
    time_t tt = static_cast<time_t>(seconds);
    struct tm local;
    if (localtime_r(&tt, &local)) return static_cast<double>(local.tm_gmtoff) * 1000.0;
#else
    (void)utc;
#endif
    return 0;
}

double localTime(const Heap &h, double utc) { return utc + localOffsetMs(h, utc); }

double utcFromLocal(const Heap &h, double local) {
    // The offset at the local time read as UTC, corrected once for the case
    // where that guess lands across a daylight-saving change.
    double guess = local - localOffsetMs(h, local);
    return local - localOffsetMs(h, guess);
}

}  // namespace eng
