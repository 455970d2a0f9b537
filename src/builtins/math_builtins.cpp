// Math: the functions and constants of this stage.
#include <math.h>

#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/convert.h"

namespace eng {

namespace {

Status mathFloor(NativeCall &c) {
    double x;
    ENG_TRY(toNumber(c.heap, c.arg(0), &x));
    Value v;
    ENG_TRY(makeNumber(c.heap, floor(x), &v));
    c.setResult(v);
    return Status::Ok;
}

Status mathAbs(NativeCall &c) {
    double x;
    ENG_TRY(toNumber(c.heap, c.arg(0), &x));
    Value v;
    ENG_TRY(makeNumber(c.heap, fabs(x), &v));
    c.setResult(v);
    return Status::Ok;
}

// max (magic 1) and min (magic 0): NaN wins, +0 is larger than -0.
Status mathMinMax(NativeCall &c) {
    bool isMax = c.callee->magic == 1;
    double result = isMax ? -INFINITY : INFINITY;
    bool sawNaN = false;
    for (uint32_t i = 0; i < c.argc; i++) {
        double x;
        ENG_TRY(toNumber(c.heap, c.arg(i), &x));
        if (x != x) sawNaN = true;
        else if (isMax ? (x > result || (x == 0 && result == 0 && !signbit(x)))
                       : (x < result || (x == 0 && result == 0 && signbit(x))))
            result = x;
    }
    Value v;
    ENG_TRY(makeNumber(c.heap, sawNaN ? NAN : result, &v));
    c.setResult(v);
    return Status::Ok;
}

const MethodSpec mathMethods[] = {
    {"floor", mathFloor, 1, 0},
    {"abs", mathAbs, 1, 0},
    {"max", mathMinMax, 2, 1},
    {"min", mathMinMax, 2, 0},
};

struct ConstantSpec {
    const char *name;
    double value;
};

const ConstantSpec mathConstants[] = {
    {"PI", 3.141592653589793}, {"E", 2.718281828459045}, {"LN2", 0.6931471805599453},
    {"LN10", 2.302585092994046}, {"LOG2E", 1.4426950408889634}, {"LOG10E", 0.4342944819032518},
    {"SQRT2", 1.4142135623730951}, {"SQRT1_2", 0.7071067811865476},
};

}  // namespace

Status initMathBuiltins(Heap &h) {
    JSObject *math = newPlainObject(h);
    if (!math) return Status::Error;
    ENG_TRY(defineGlobalValue(h, "Math", Value::pointer(math), ATTR_HIDDEN));
    ENG_TRY(installMethods(h, math, mathMethods, sizeof mathMethods / sizeof mathMethods[0]));
    for (const ConstantSpec &k : mathConstants) {
        Value v;
        ENG_TRY(makeNumber(h, k.value, &v));
        LocalRoot vr(h, v);
        HString *name = internCString(h, k.name);
        if (!name) return Status::Error;
        ENG_TRY(defineOwn(h, math, name, v, 0));
    }
    return Status::Ok;
}

}  // namespace eng
