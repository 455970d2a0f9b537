// Functions of the global object: print, isNaN, isFinite.
#include <math.h>
#include <stdio.h>

#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/convert.h"

namespace eng {

namespace {

// print(...): arguments converted with ToString, separated by spaces, on
// the standard output. Hosts usually replace it with their own.
Status printFunction(NativeCall &c) {
    Heap &h = c.heap;
    for (uint32_t i = 0; i < c.argc; i++) {
        HString *s;
        ENG_TRY(toString(h, c.arg(i), &s));
        size_t n = utf8Length(s);
        char *buf = static_cast<char *>(heapAlloc(h, n + 1));
        if (!buf) return throwOutOfMemory(h);
        toUtf8(s, buf);
        if (i) fputc(' ', stdout);
        fwrite(buf, 1, n, stdout);
        heapFree(h, buf, n + 1);
    }
    fputc('\n', stdout);
    return Status::Ok;
}

Status isNaNFunction(NativeCall &c) {
    double d;
    ENG_TRY(toNumber(c.heap, c.arg(0), &d));
    c.setResult(Value::boolean(d != d));
    return Status::Ok;
}

Status isFiniteFunction(NativeCall &c) {
    double d;
    ENG_TRY(toNumber(c.heap, c.arg(0), &d));
    c.setResult(Value::boolean(isfinite(d)));
    return Status::Ok;
}

const MethodSpec globalFunctions[] = {
    {"print", printFunction, 0, 0},
    {"isNaN", isNaNFunction, 1, 0},
    {"isFinite", isFiniteFunction, 1, 0},
};

}  // namespace

Status initGlobalFunctions(Heap &h) {
    return installMethods(h, h.global, globalFunctions, sizeof globalFunctions / sizeof globalFunctions[0]);
}

}  // namespace eng
