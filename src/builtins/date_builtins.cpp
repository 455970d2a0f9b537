// Date (ES5.1 15.9 and Annex B): the constructor, Date.parse/UTC/now and
// every prototype method. A Date is a wrapper object holding its time value.
#include <math.h>
#include <string.h>

#include "heap/refcount.h"
#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "builtins/date_math.h"
#include "builtins/date_parse.h"
#include "objects/object_ops.h"
#include "strings/format.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

const char *const dayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char *const monthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isDate(Value v) { return isObject(v) && asObject(v)->cls() == ObjectClass::Date; }

double timeValueOf(Value v) { return numberOf(static_cast<JSPrimitiveWrapper *>(asObject(v))->primitive); }

Status thisTime(NativeCall &c, double *t) {
    if (!isDate(c.thisValue())) return throwError(c.heap, PROTO_TYPE_ERROR, "this is not a Date object.");
    *t = timeValueOf(c.thisValue());
    return Status::Ok;
}

Status setThisTime(NativeCall &c, double t) {
    Value v;
    ENG_TRY(makeNumber(c.heap, timeClip(t), &v));
    rcStore(c.heap, static_cast<JSPrimitiveWrapper *>(asObject(c.thisValue()))->primitive, v);
    c.setResult(v);
    return Status::Ok;
}

Status returnNumber(NativeCall &c, double d) {
    Value v;
    ENG_TRY(makeNumber(c.heap, d, &v));
    c.setResult(v);
    return Status::Ok;
}

Status returnText(NativeCall &c, const char *text) {
    HString *s = internCString(c.heap, text);
    if (!s) return Status::Error;
    c.setResult(Value::pointer(s));
    return Status::Ok;
}

// "+0100"-style offset and, for UTC, node's zone name.
void formatZone(double offsetMs, char *out, size_t size) {
    int minutes = static_cast<int>(offsetMs / 60000.0);
    char sign = minutes < 0 ? '-' : '+';
    if (minutes < 0) minutes = -minutes;
    if (minutes == 0) formatText(out, size, "GMT+0000 (Coordinated Universal Time)");
    else formatText(out, size, "GMT%c%02d%02d", sign, minutes / 60, minutes % 60);
}

void formatYear(double year, char *out, size_t size) {
    if (year < 0) formatText(out, size, "-%04.0f", -year);
    else formatText(out, size, "%04.0f", year);
}

// Format kinds, selected by the magic number of the method.
enum DateFormat {
    FORMAT_FULL, FORMAT_DATE, FORMAT_TIME, FORMAT_UTC, FORMAT_ISO,
    FORMAT_LOCALE, FORMAT_LOCALE_DATE, FORMAT_LOCALE_TIME
};

void formatDate(const Heap &h, double t, int format, char *out, size_t size) {
    char year[16], zone[64];
    if (format == FORMAT_UTC) {
        formatYear(yearFromTime(t), year, sizeof year);
        formatText(out, size, "%s, %02d %s %s %02.0f:%02.0f:%02.0f GMT", dayNames[weekDay(t)], dateFromTime(t),
                   monthNames[monthFromTime(t)], year, hourFromTime(t), minFromTime(t), secFromTime(t));
        return;
    }
    if (format == FORMAT_ISO) {
        double y = yearFromTime(t);
        if (y >= 0 && y <= 9999) formatText(year, sizeof year, "%04.0f", y);
        else formatText(year, sizeof year, "%c%06.0f", y < 0 ? '-' : '+', fabs(y));
        formatText(out, size, "%s-%02d-%02dT%02.0f:%02.0f:%02.0f.%03.0fZ", year, monthFromTime(t) + 1,
                   dateFromTime(t), hourFromTime(t), minFromTime(t), secFromTime(t), msFromTime(t));
        return;
    }
    double offset = localOffsetMs(h, t);
    double lt = t + offset;
    formatYear(yearFromTime(lt), year, sizeof year);
    formatZone(offset, zone, sizeof zone);
    double hour = hourFromTime(lt);
    int hour12 = static_cast<int>(hour) % 12 == 0 ? 12 : static_cast<int>(hour) % 12;
    const char *ampm = hour < 12 ? "AM" : "PM";
    switch (format) {
    case FORMAT_DATE:
        formatText(out, size, "%s %s %02d %s", dayNames[weekDay(lt)], monthNames[monthFromTime(lt)], dateFromTime(lt), year);
        break;
    case FORMAT_TIME:
        formatText(out, size, "%02.0f:%02.0f:%02.0f %s", hour, minFromTime(lt), secFromTime(lt), zone);
        break;
    case FORMAT_LOCALE:
        formatText(out, size, "%d/%d/%.0f, %d:%02.0f:%02.0f %s", monthFromTime(lt) + 1, dateFromTime(lt),
                   yearFromTime(lt), hour12, minFromTime(lt), secFromTime(lt), ampm);
        break;
    case FORMAT_LOCALE_DATE:
        formatText(out, size, "%d/%d/%.0f", monthFromTime(lt) + 1, dateFromTime(lt), yearFromTime(lt));
        break;
    case FORMAT_LOCALE_TIME:
        formatText(out, size, "%d:%02.0f:%02.0f %s", hour12, minFromTime(lt), secFromTime(lt), ampm);
        break;
    default:
        formatText(out, size, "%s %s %02d %s %02.0f:%02.0f:%02.0f %s", dayNames[weekDay(lt)],
                   monthNames[monthFromTime(lt)], dateFromTime(lt), year, hour, minFromTime(lt), secFromTime(lt), zone);
        break;
    }
}

Status dateToText(NativeCall &c) {
    double t = NAN;
    ENG_TRY(thisTime(c, &t));
    int format = c.magic;
    if (t != t) {
        if (format == FORMAT_ISO) return throwError(c.heap, PROTO_RANGE_ERROR, "Invalid time value");
        return returnText(c, "Invalid Date");
    }
    char text[96];
    formatDate(c.heap, t, format, text, sizeof text);
    return returnText(c, text);
}

Status newDateObject(Heap &h, double t, Value *out) {
    Value time;
    ENG_TRY(makeNumber(h, timeClip(t), &time));
    LocalRoot tr(h, time);
    JSObject *proto = builtinProto(h, PROTO_DATE);
    if (!proto) return Status::Error;
    JSPrimitiveWrapper *d =
        static_cast<JSPrimitiveWrapper *>(newObjectOfSize(h, proto, ObjectClass::Date, sizeof(JSPrimitiveWrapper)));
    if (!d) return Status::Error;
    rcInit(d->primitive, time);
    *out = Value::pointer(d);
    return Status::Ok;
}

// Date(y, m[, d, h, min, s, ms]) fields to a time value (local or UTC).
Status timeFromFields(NativeCall &c, bool utc, double *out) {
    double f[7] = {NAN, 0, 1, 0, 0, 0, 0};
    uint32_t n = c.argc < 7 ? c.argc : 7;
    for (uint32_t i = 0; i < n; i++) ENG_TRY(toNumber(c.heap, c.arg(i), &f[i]));
    if (f[0] == f[0]) {
        double y = trunc(f[0]);
        if (y >= 0 && y <= 99) f[0] = 1900 + y;
    }
    double t = makeDate(makeDay(f[0], f[1], f[2]), makeTime(f[3], f[4], f[5], f[6]));
    *out = utc ? t : utcFromLocal(c.heap, t);
    return Status::Ok;
}

Status dateConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.construct) {
        double now = currentTimeMs(h);
        char text[96];
        formatDate(h, now, FORMAT_FULL, text, sizeof text);
        return returnText(c, text);
    }
    double t = NAN;
    if (c.argc == 0) {
        t = currentTimeMs(h);
    } else if (c.argc == 1 && isDate(c.arg(0))) {
        t = timeValueOf(c.arg(0));  // ES2015: copy the time value exactly
    } else if (c.argc == 1) {
        Value prim;
        ENG_TRY(toPrimitive(h, c.arg(0), Hint::None, &prim));
        if (isString(prim)) t = parseDateString(h, asString(prim));
        else ENG_TRY(toNumber(h, prim, &t));
    } else {
        ENG_TRY(timeFromFields(c, false, &t));
    }
    Value d;
    ENG_TRY(newDateObject(h, t, &d));
    c.setResult(d);
    return Status::Ok;
}

Status dateParse(NativeCall &c) {
    HString *s;
    ENG_TRY(toString(c.heap, c.arg(0), &s));
    return returnNumber(c, parseDateString(c.heap, s));
}

Status dateUTC(NativeCall &c) {
    double t = NAN;
    ENG_TRY(timeFromFields(c, true, &t));
    return returnNumber(c, timeClip(t));
}

Status dateNow(NativeCall &c) { return returnNumber(c, currentTimeMs(c.heap)); }

Status dateValueOf(NativeCall &c) {
    double t = NAN;
    ENG_TRY(thisTime(c, &t));
    return returnNumber(c, t);
}

// Getters: magic = field * 2 + (1 for UTC).
enum Field { F_YEAR, F_MONTH, F_DATE, F_DAY, F_HOURS, F_MINUTES, F_SECONDS, F_MS, F_TZ, F_SHORT_YEAR };

Status dateGetter(NativeCall &c) {
    double t = NAN;
    ENG_TRY(thisTime(c, &t));
    int field = c.magic / 2;
    bool utc = (c.magic & 1) != 0;
    if (t != t) return returnNumber(c, NAN);
    if (field == F_TZ) return returnNumber(c, (t - localTime(c.heap, t)) / 60000.0);
    double lt = utc ? t : localTime(c.heap, t);
    double r;
    switch (field) {
    case F_YEAR: r = yearFromTime(lt); break;
    case F_SHORT_YEAR: r = yearFromTime(lt) - 1900; break;
    case F_MONTH: r = monthFromTime(lt); break;
    case F_DATE: r = dateFromTime(lt); break;
    case F_DAY: r = weekDay(lt); break;
    case F_HOURS: r = hourFromTime(lt); break;
    case F_MINUTES: r = minFromTime(lt); break;
    case F_SECONDS: r = secFromTime(lt); break;
    default: r = msFromTime(lt); break;
    }
    return returnNumber(c, r);
}

Status dateSetTime(NativeCall &c) {
    double t = NAN, v;
    ENG_TRY(thisTime(c, &t));
    ENG_TRY(toNumber(c.heap, c.arg(0), &v));
    return setThisTime(c, v);
}

// Setters: magic = first field * 2 + (1 for UTC). They take up to as many
// arguments as fields from the first one down to milliseconds (dates: down
// to the day), as ES5 15.9.5.28-41 list them.
Status dateSetter(NativeCall &c) {
    double t = NAN;
    ENG_TRY(thisTime(c, &t));
    int field = c.magic / 2;
    bool utc = (c.magic & 1) != 0;
    int maxArgs = field == F_YEAR ? 3 : field == F_MONTH ? 2 : field == F_DATE ? 1
                : field == F_HOURS ? 4 : field == F_MINUTES ? 3 : field == F_SECONDS ? 2 : 1;
    double args[4];
    uint32_t given = c.argc < static_cast<uint32_t>(maxArgs) ? c.argc : static_cast<uint32_t>(maxArgs);
    if (given == 0) given = 1;  // a missing first argument is undefined -> NaN
    for (uint32_t i = 0; i < given; i++) ENG_TRY(toNumber(c.heap, c.arg(i), &args[i]));
    if (t != t) {
        if (field != F_YEAR) return setThisTime(c, NAN);
        t = 0;  // setFullYear on an invalid date starts from +0
    } else if (!utc) {
        t = localTime(c.heap, t);
    }
    double year = yearFromTime(t), month = monthFromTime(t), date = dateFromTime(t);
    double hour = hourFromTime(t), minute = minFromTime(t), second = secFromTime(t), ms = msFromTime(t);
    double *slots[] = {&year, &month, &date, nullptr, &hour, &minute, &second, &ms};
    for (uint32_t i = 0; i < given; i++) *slots[field + static_cast<int>(i)] = args[i];
    double r = makeDate(makeDay(year, month, date), makeTime(hour, minute, second, ms));
    return setThisTime(c, utc ? r : utcFromLocal(c.heap, r));
}

// Annex B setYear: two-digit years mean 19xx.
Status dateSetYear(NativeCall &c) {
    double t = NAN, y;
    ENG_TRY(thisTime(c, &t));
    ENG_TRY(toNumber(c.heap, c.arg(0), &y));
    if (y != y) return setThisTime(c, NAN);
    double yi = trunc(y);
    if (yi >= 0 && yi <= 99) yi += 1900;
    double lt = t != t ? 0 : localTime(c.heap, t);
    double r = makeDate(makeDay(yi, monthFromTime(lt), dateFromTime(lt)), timeWithinDay(lt));
    return setThisTime(c, utcFromLocal(c.heap, r));
}

Status dateToJSON(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    c.setThis(Value::pointer(o));
    Value prim;
    ENG_TRY(toPrimitive(h, c.thisValue(), Hint::Number, &prim));
    if (isNumber(prim) && !isfinite(numberOf(prim))) {
        c.setResult(Value::null());
        return Status::Ok;
    }
    Value fn;
    ENG_TRY(getValuePropertyStr(h, c.thisValue(), internCString(h, "toISOString"), &fn));
    if (!isCallable(fn)) return throwError(h, PROTO_TYPE_ERROR, "toISOString is not a function");
    Value result;
    ENG_TRY(callValue(h, fn, c.thisValue(), nullptr, 0, &result));
    c.setResult(result);
    return Status::Ok;
}

// Date.prototype[@@toPrimitive] (ES2024 21.4.4.45): "default" converts as
// "string"; any other hint than the three is a TypeError.
Status dateToPrimitive(NativeCall &c) {
    Heap &h = c.heap;
    if (!isObjectType(c.thisValue()))
        return throwError(h, PROTO_TYPE_ERROR, "Date.prototype[Symbol.toPrimitive] called on a non-object");
    Value hint = c.arg(0);
    Hint tryFirst;
    if (hint == Value::pointer(atom(h, ATOM_string)) || hint == Value::pointer(atom(h, ATOM_default_)))
        tryFirst = Hint::String;
    else if (hint == Value::pointer(atom(h, ATOM_number)))
        tryFirst = Hint::Number;
    else
        return throwError(h, PROTO_TYPE_ERROR, "Invalid hint for Date.prototype[Symbol.toPrimitive]");
    Value prim;
    ENG_TRY(ordinaryToPrimitive(h, c.thisValue(), tryFirst, &prim));
    c.setResult(prim);
    return Status::Ok;
}

#define DATE_PROTO_METHODS(M, X) \
    M(X, toString, dateToText, 0, FORMAT_FULL) M(X, toDateString, dateToText, 0, FORMAT_DATE)        \
    M(X, toTimeString, dateToText, 0, FORMAT_TIME)                                                   \
    M(X, toLocaleString, dateToText, 0, FORMAT_LOCALE)                                               \
    M(X, toLocaleDateString, dateToText, 0, FORMAT_LOCALE_DATE)                                      \
    M(X, toLocaleTimeString, dateToText, 0, FORMAT_LOCALE_TIME)                                      \
    M(X, toUTCString, dateToText, 0, FORMAT_UTC)                                                     \
    M(X, toISOString, dateToText, 0, FORMAT_ISO) M(X, toJSON, dateToJSON, 1, 0)                      \
    M(X, valueOf, dateValueOf, 0, 0) M(X, getTime, dateValueOf, 0, 0)                                \
    M(X, getFullYear, dateGetter, 0, F_YEAR * 2) M(X, getUTCFullYear, dateGetter, 0, F_YEAR * 2 + 1) \
    M(X, getYear, dateGetter, 0, F_SHORT_YEAR * 2) M(X, getMonth, dateGetter, 0, F_MONTH * 2)        \
    M(X, getUTCMonth, dateGetter, 0, F_MONTH * 2 + 1) M(X, getDate, dateGetter, 0, F_DATE * 2)       \
    M(X, getUTCDate, dateGetter, 0, F_DATE * 2 + 1) M(X, getDay, dateGetter, 0, F_DAY * 2)           \
    M(X, getUTCDay, dateGetter, 0, F_DAY * 2 + 1) M(X, getHours, dateGetter, 0, F_HOURS * 2)         \
    M(X, getUTCHours, dateGetter, 0, F_HOURS * 2 + 1) M(X, getMinutes, dateGetter, 0, F_MINUTES * 2) \
    M(X, getUTCMinutes, dateGetter, 0, F_MINUTES * 2 + 1)                                            \
    M(X, getSeconds, dateGetter, 0, F_SECONDS * 2)                                                   \
    M(X, getUTCSeconds, dateGetter, 0, F_SECONDS * 2 + 1)                                            \
    M(X, getMilliseconds, dateGetter, 0, F_MS * 2)                                                   \
    M(X, getUTCMilliseconds, dateGetter, 0, F_MS * 2 + 1)                                            \
    M(X, getTimezoneOffset, dateGetter, 0, F_TZ * 2) M(X, setTime, dateSetTime, 1, 0)                \
    M(X, setMilliseconds, dateSetter, 1, F_MS * 2)                                                   \
    M(X, setUTCMilliseconds, dateSetter, 1, F_MS * 2 + 1)                                            \
    M(X, setSeconds, dateSetter, 2, F_SECONDS * 2)                                                   \
    M(X, setUTCSeconds, dateSetter, 2, F_SECONDS * 2 + 1)                                            \
    M(X, setMinutes, dateSetter, 3, F_MINUTES * 2)                                                   \
    M(X, setUTCMinutes, dateSetter, 3, F_MINUTES * 2 + 1) M(X, setHours, dateSetter, 4, F_HOURS * 2) \
    M(X, setUTCHours, dateSetter, 4, F_HOURS * 2 + 1) M(X, setDate, dateSetter, 1, F_DATE * 2)       \
    M(X, setUTCDate, dateSetter, 1, F_DATE * 2 + 1) M(X, setMonth, dateSetter, 2, F_MONTH * 2)       \
    M(X, setUTCMonth, dateSetter, 2, F_MONTH * 2 + 1) M(X, setFullYear, dateSetter, 3, F_YEAR * 2)   \
    M(X, setUTCFullYear, dateSetter, 3, F_YEAR * 2 + 1) M(X, setYear, dateSetYear, 1, 0)
#define DATE_STATIC_METHODS(M, X) \
    M(X, parse, dateParse, 1, 0) M(X, UTC, dateUTC, 7, 0) M(X, now, dateNow, 0, 0)
// toGMTString is the very function toUTCString is (Annex B.2.4.3).
#define DATE_PROTO_PROPS(P)                                  \
    P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_DATE)) \
    P(toGMTString, ATTR_HIDDEN, ENG_FLASH_METHOD(FLASH_METHODS_DATE_PROTO, DATE_PROTO_toUTCString))
#define DATE_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_DATE))
#define DATE_PROTO_SYMBOLS(S) S(toPrimitive, ATTR_CONFIGURABLE, ENG_FLASH_METHOD(FLASH_METHODS_DATE_PROTO_SYMBOLS, 0))

}  // namespace

extern const MethodSpec dateProtoSymbolMethods[];
const MethodSpec dateProtoSymbolMethods[] = {{"@@toPrimitive", dateToPrimitive, 1, 0}};

ENG_FLASH_METHOD_TABLE(dateProtoMethods, DATE_PROTO, DATE_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(dateStaticMethods, DATE_STATIC, DATE_STATIC_METHODS)

namespace {
ENG_FLASH_OBJECT_SYMBOLS(dateProtoProps, DATE_PROTO_PROPS, DATE_PROTO, DATE_PROTO_METHODS, DATE_PROTO_SYMBOLS)
ENG_FLASH_OBJECT(dateCtorProps, DATE_CTOR_PROPS, DATE_STATIC, DATE_STATIC_METHODS)
}  // namespace

Status initDateBuiltins(Heap &h) {
    return flashConstructor(h, PROTO_DATE, ATOM_Date, dateConstructor, 7, dateCtorProps, dateProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng
