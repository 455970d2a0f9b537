// Math.sumPrecise(items) (ES2026 21.3.2.34): the sum of the numbers an
// iterable gives, as if computed exactly and rounded once. The exact sum is
// kept as Shewchuk's non-overlapping partials (each addition split into the
// rounded sum and its exact error); a partial that would overflow is
// brought back by 2^1024, counted in `overflow`, and the partials are
// rounded once at the end, half-way cases decided by the next partial.
#include "config.h"

#if ENG_MATH_SUM_PRECISE

#include <float.h>
#include <math.h>

#include "builtins/math_sum_precise.h"

#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/literal_ops.h"

namespace eng {

namespace {

// Non-overlapping doubles span at most the 2098 binary places of the
// double range, 53 at a time.
constexpr int MAX_PARTIALS = 48;
constexpr double TWO_1023 = 8.98846567431158e307;  // 2^1023

struct ExactSum {
    double partials[MAX_PARTIALS];
    int count = 0;
    int overflow = 0;  // the sum is the partials plus overflow * 2^1024
};

// x87 code (FLT_EVAL_METHOD 2, as in the -m32 host builds) keeps sums in
// 80 bits, which breaks the exactness below: each one is rounded to a
// double by a store through volatile.
inline double toDouble(double v) {
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD != 0
    volatile double rounded = v;
    return rounded;
#else
    return v;
#endif
}

// x + y = hi + lo exactly (|x| >= |y|).
inline void fastTwoSum(double x, double y, double *hi, double *lo) {
    double sum = toDouble(x + y);
    *hi = sum;
    *lo = toDouble(y - toDouble(sum - x));
}

void addExact(ExactSum &s, double x) {
    int used = 0;
    for (int i = 0; i < s.count; i++) {
        double y = s.partials[i];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi, lo;
        fastTwoSum(x, y, &hi, &lo);
        if (isinf(hi)) {
            // x and y have x's sign: take 2^1024 off x (in two exact halves).
            int sign = hi > 0 ? 1 : -1;
            s.overflow += sign;
            x = toDouble(toDouble(x - sign * TWO_1023) - sign * TWO_1023);
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            fastTwoSum(x, y, &hi, &lo);
        }
        if (lo != 0) s.partials[used++] = lo;
        x = hi;
    }
    if (x != 0 && used < MAX_PARTIALS) s.partials[used++] = x;
    s.count = used;
}

// The exact sum rounded to the nearest double (ties to even).
double roundExact(ExactSum &s) {
    int n = s.count - 1;
    double hi = 0, lo = 0;
    if (s.overflow != 0) {
        double top = n >= 0 ? s.partials[n] : 0;
        n--;
        if (s.overflow > 1 || s.overflow < -1 || (s.overflow > 0 && top > 0) || (s.overflow < 0 && top < 0))
            return s.overflow > 0 ? INFINITY : -INFINITY;
        // overflow * 2^1024 + top, halved so that it can be computed.
        fastTwoSum(s.overflow * TWO_1023, top / 2, &hi, &lo);
        lo *= 2;
        if (isinf(2 * hi)) {
            // Only the largest double can round down from here: when the rest
            // is exactly half its unit away and the next partial pulls back.
            const double maxUlp = 1.99584030953472e292;  // 2^971
            if (hi > 0)
                return hi == TWO_1023 && lo == -maxUlp / 2 && n >= 0 && s.partials[n] < 0 ? 1.7976931348623157e308
                                                                                           : INFINITY;
            return hi == -TWO_1023 && lo == maxUlp / 2 && n >= 0 && s.partials[n] > 0 ? -1.7976931348623157e308
                                                                                      : -INFINITY;
        }
        if (lo != 0) {
            s.partials[++n] = lo;
            lo = 0;
        }
        hi *= 2;
    }
    while (n >= 0) {
        double x = hi, y = s.partials[n--];
        fastTwoSum(x, y, &hi, &lo);
        if (lo != 0) break;
    }
    // A rounding error of exactly half a unit: the partial below decides.
    if (n >= 0 && ((lo < 0 && s.partials[n] < 0) || (lo > 0 && s.partials[n] > 0))) {
        double y = lo * 2, x = toDouble(hi + y);
        if (toDouble(x - hi) == y) hi = x;
    }
    return hi;
}

enum SumState { SUM_MINUS_ZERO, SUM_FINITE, SUM_PLUS_INF, SUM_MINUS_INF, SUM_NAN };

}  // namespace

Status mathSumPrecise(NativeCall &c) {
    Heap &h = c.heap;
    if (c.arg(0).isNullish()) return throwError(h, PROTO_TYPE_ERROR, "Math.sumPrecise: items is null or undefined");
    LocalRoot iter(h), state(h);
    ENG_TRY(iterationOpen(h, c.arg(0), &iter.value, &state.value));
    ExactSum sum;
    SumState st = SUM_MINUS_ZERO;
    double count = 0;
    for (;;) {
        Value v;
        bool done;
        ENG_TRY(iterationNext(h, &iter.value, &state.value, &v, &done));
        if (done) break;
        if (++count >= 9007199254740992.0 || !isNumber(v)) {
            if (count >= 9007199254740992.0) (void)throwError(h, PROTO_RANGE_ERROR, "Math.sumPrecise: too many values");
            else (void)throwError(h, PROTO_TYPE_ERROR, "Math.sumPrecise: a value is not a number");
            Value e = h.pending;
            LocalRoot re(h, e);
            (void)iterationClose(h, &iter.value, &state.value, true);
            h.pending = re.value;
            h.hasPending = true;
            return Status::Error;
        }
        double n = numberOf(v);
        if (st == SUM_NAN) continue;
        if (isnan(n)) st = SUM_NAN;
        else if (isinf(n) && n > 0) st = st == SUM_MINUS_INF ? SUM_NAN : SUM_PLUS_INF;
        else if (isinf(n)) st = st == SUM_PLUS_INF ? SUM_NAN : SUM_MINUS_INF;
        else if (!(n == 0 && signbit(n)) && (st == SUM_MINUS_ZERO || st == SUM_FINITE)) {
            st = SUM_FINITE;
            if (n != 0) addExact(sum, n);
        }
    }
    double result;
    switch (st) {
    case SUM_NAN: result = NAN; break;
    case SUM_PLUS_INF: result = INFINITY; break;
    case SUM_MINUS_INF: result = -INFINITY; break;
    case SUM_MINUS_ZERO: result = -0.0; break;
    default: result = roundExact(sum) + 0.0; break;  // an exact zero is +0
    }
    Value r;
    ENG_TRY(makeNumber(h, result, &r));
    c.setResult(r);
    return Status::Ok;
}

}  // namespace eng

#endif
