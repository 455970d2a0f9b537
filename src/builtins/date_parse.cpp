// Parsing date strings. ISO strings are checked strictly; anything else goes
// through a tolerant reader of month names, numbers, times and zones.
#include "builtins/date_parse.h"

#include <math.h>

#include "builtins/date_math.h"
#include "config.h"
#include "value/libm.h"
#include "vm/interrupt.h"

namespace eng {

namespace {

struct Cursor {
    const HString *s;
    uint32_t i;
    bool done() const { return i >= s->length; }
    uint16_t peek() const { return i < s->length ? s->at(i) : 0; }
};

bool isDigit(uint16_t c) { return c >= '0' && c <= '9'; }

// Exactly n digits.
bool digits(Cursor &c, int n, double *out) {
    double v = 0;
    for (int k = 0; k < n; k++) {
        if (!isDigit(c.peek())) return false;
        v = v * 10 + (c.peek() - '0');
        c.i++;
    }
    *out = v;
    return true;
}

bool accept(Cursor &c, uint16_t ch) {
    if (c.peek() != ch) return false;
    c.i++;
    return true;
}

// Fraction digits after a '.': milliseconds are the first three.
bool fraction(Cursor &c, double *ms) {
    if (!isDigit(c.peek())) return false;
    double scale = 100, v = 0;
    while (isDigit(c.peek())) {
        v += (c.peek() - '0') * scale;
        scale /= 10;
        c.i++;
    }
    *ms = floor(v);
    return true;
}

double parseIso(const Heap &h, const HString *s) {
    Cursor c{s, 0};
    double year, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0;
    if (c.peek() == '+' || c.peek() == '-') {
        bool negative = c.peek() == '-';
        c.i++;
        if (!digits(c, 6, &year)) return NAN;
        if (negative && year == 0) return NAN;
        if (negative) year = -year;
    } else if (!digits(c, 4, &year)) {
        return NAN;
    }
    bool hasTime = false, hasZone = false;
    double offset = 0;
    if (accept(c, '-')) {
        if (!digits(c, 2, &month)) return NAN;
        if (accept(c, '-') && !digits(c, 2, &day)) return NAN;
    }
    if (accept(c, 'T')) {
        hasTime = true;
        if (!digits(c, 2, &hour) || !accept(c, ':') || !digits(c, 2, &minute)) return NAN;
        if (accept(c, ':')) {
            if (!digits(c, 2, &second)) return NAN;
            if (accept(c, '.') && !fraction(c, &ms)) return NAN;
        }
        if (accept(c, 'Z')) {
            hasZone = true;
        } else if (c.peek() == '+' || c.peek() == '-') {
            double sign = c.peek() == '-' ? -1 : 1, oh, om;
            c.i++;
            if (!digits(c, 2, &oh) || !accept(c, ':') || !digits(c, 2, &om)) return NAN;
            hasZone = true;
            offset = sign * (oh * 60 + om) * 60000.0;
        }
    }
    if (!c.done()) return NAN;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) return NAN;
    if (hour == 24 && (minute || second || ms)) return NAN;
    double t = makeDate(makeDay(year, month - 1, day), makeTime(hour, minute, second, ms));
    // Date-only forms are UTC; date-time forms without a zone are local time.
    if (hasZone) t -= offset;
    else if (hasTime) t = utcFromLocal(h, t);
    return timeClip(t);
}

const char *const monthWords[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};

#if ENG_USE_DATE_LOOSE_PARSE

bool isAlpha(uint16_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
uint16_t lower(uint16_t c) { return c >= 'A' && c <= 'Z' ? static_cast<uint16_t>(c + 32) : c; }

double parseLoose(const Heap &h, const HString *s) {
    Cursor c{s, 0};
    double year = NAN, month = NAN, day = NAN, hour = 0, minute = 0, second = 0, ms = 0;
    double offset = 0;
    bool hasZone = false, pm = false, am = false;
    double numbers[3];
    int numberCount = 0;
    while (!c.done()) {
        uint16_t ch = c.peek();
        if (ch == '(') {  // comment, e.g. "(Coordinated Universal Time)"
            int depth = 0;
            do {
                if (c.peek() == '(') depth++;
                if (c.peek() == ')') depth--;
                c.i++;
            } while (!c.done() && depth > 0);
            continue;
        }
        if (isAlpha(ch)) {
            char word[16];
            int n = 0;
            while (isAlpha(c.peek())) {
                if (n < 15) word[n++] = static_cast<char>(lower(c.peek()));
                c.i++;
            }
            word[n] = 0;
            if (n >= 3) {
                for (int m = 0; m < 12; m++)
                    if (word[0] == monthWords[m][0] && word[1] == monthWords[m][1] && word[2] == monthWords[m][2])
                        month = m;
            }
            if ((n == 3 && word[0] == 'g' && word[1] == 'm' && word[2] == 't') ||
                (n == 3 && word[0] == 'u' && word[1] == 't' && word[2] == 'c') || (n == 1 && word[0] == 'z'))
                hasZone = true;
            if (n == 2 && word[0] == 'a' && word[1] == 'm') am = true;
            if (n == 2 && word[0] == 'p' && word[1] == 'm') pm = true;
            continue;
        }
        if ((ch == '+' || ch == '-') && hasZone && c.i + 1 < s->length && isDigit(s->at(c.i + 1))) {
            double sign = ch == '-' ? -1 : 1, v = 0;
            c.i++;
            int n = 0;
            while (isDigit(c.peek())) {
                v = v * 10 + (c.peek() - '0');
                c.i++;
                n++;
            }
            if (accept(c, ':')) {
                double mm;
                if (!digits(c, 2, &mm)) return NAN;
                v = v * 100 + mm;
                n = 4;
            }
            offset = sign * (n <= 2 ? v * 60 : floor(v / 100) * 60 + libmFmod(v, 100)) * 60000.0;
            continue;
        }
        if (isDigit(ch)) {
            double v = 0;
            int n = 0;
            while (isDigit(c.peek())) {
                v = v * 10 + (c.peek() - '0');
                c.i++;
                n++;
            }
            if (c.peek() == ':') {  // a time h:mm[:ss[.mmm]]
                hour = v;
                c.i++;
                if (!digits(c, 2, &minute)) return NAN;
                if (accept(c, ':') && !digits(c, 2, &second)) return NAN;
                if (accept(c, '.') && !fraction(c, &ms)) return NAN;
                continue;
            }
            if (c.peek() == '/') {  // m/d/y
                month = v - 1;
                c.i++;
                if (!isDigit(c.peek())) return NAN;
                day = 0;
                while (isDigit(c.peek())) {
                    day = day * 10 + (c.peek() - '0');
                    c.i++;
                }
                if (accept(c, '/')) {
                    year = 0;
                    while (isDigit(c.peek())) {
                        year = year * 10 + (c.peek() - '0');
                        c.i++;
                    }
                }
                continue;
            }
            if (n >= 3 || v > 31) year = v;
            else if (numberCount < 3) numbers[numberCount++] = v;
            continue;
        }
        c.i++;  // separators: spaces, commas, dots, dashes
    }
    for (int k = 0; k < numberCount; k++) {
        if (day != day) day = numbers[k];
        else if (year != year) year = numbers[k] < 50 ? 2000 + numbers[k] : 1900 + numbers[k];
    }
    if (year != year || month != month || day != day) return NAN;
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
    if (day < 1 || day > 31 || hour > 24 || minute > 59 || second > 59) return NAN;
    double t = makeDate(makeDay(year, month, day), makeTime(hour, minute, second, ms));
    t = hasZone ? t - offset : utcFromLocal(h, t);
    return timeClip(t);
}

#endif

}  // namespace

double parseDateString(Heap &h, const HString *text) {
    // Both readers walk the whole text: a long one costs budget.
    chargeElements(h, text->length);
    double t = parseIso(h, text);
    if (t == t) return t;
#if ENG_USE_DATE_LOOSE_PARSE
    return parseLoose(h, text);
#else
    return NAN;  // only the ISO format is read in this build
#endif
}

}  // namespace eng
