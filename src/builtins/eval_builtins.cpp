// Code from strings: the global eval function and the Function constructor.
// Both compile with the ordinary compiler and run in the global scope.
// Direct eval inside a function (which sees the caller's variables) is not
// built yet: eval always behaves as indirect (global) eval.
#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/loader.h"

namespace eng {

namespace {

// Compiles and runs source held in a JS string; the completion value is
// the result.
Status evaluateString(Heap &h, HString *source, const char *fileName, bool strict, bool evalCode, Value *result) {
    LocalRoot sr(h, Value::pointer(source));
    size_t n = utf8Length(source);
    char *text = static_cast<char *>(heapAlloc(h, n + 1));
    if (!text) return throwOutOfMemory(h);
    toUtf8(source, text);
    HString *file = internCString(h, fileName);
    FunctionTemplate *script = nullptr;
    Status st = file ? compileScript(h, text, n, file, strict, &script, evalCode) : Status::Error;
    heapFree(h, text, n + 1);
    ENG_TRY(st);
    return runScript(h, script, result);
}

// A direct eval (the caller's CALL was written `eval(...)`) in strict code
// is strict too (ES5 10.1.1).
bool calledAsStrictDirectEval(Heap &h) {
    if (h.frameCount < 2) return false;
    const Frame &caller = h.frames[h.frameCount - 2];
    if (caller.flags & FRAME_NATIVE) return false;
    const FunctionTemplate *t = static_cast<JSClosure *>(caller.callee)->tmpl;
    Instr call = caller.pc[-1];
    return instrOp(call) == OP_CALL && instrC(call) == 1 && (t->header->flags & FN_STRICT);
}

Status globalEval(NativeCall &c) {
    Value x = c.arg(0);
    if (!isString(x)) {
        c.setResult(x);
        return Status::Ok;
    }
    Value result;
    ENG_TRY(evaluateString(c.heap, asString(x), "eval", calledAsStrictDirectEval(c.heap), true, &result));
    c.setResult(result);
    return Status::Ok;
}

const MethodSpec evalFunctions[] = {
    {"eval", globalEval, 1, 0},
};

}  // namespace

Status constructFunction(NativeCall &c) {
    Heap &h = c.heap;
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("(function anonymous("));
    uint32_t paramCount = c.argc > 0 ? c.argc - 1 : 0;
    for (uint32_t i = 0; i < paramCount; i++) {
        HString *p;
        ENG_TRY(toString(h, c.arg(i), &p));
        if (i) ENG_TRY(b.appendAscii(","));
        ENG_TRY(b.append(p));
    }
    ENG_TRY(b.appendAscii("\n) {\n"));
    if (c.argc > 0) {
        HString *body;
        ENG_TRY(toString(h, c.arg(c.argc - 1), &body));
        ENG_TRY(b.append(body));
    }
    ENG_TRY(b.appendAscii("\n})"));
    HString *source = b.finish();
    if (!source) return Status::Error;
    Value fn;
    // The Function constructor's wrapper script is not eval code.
    ENG_TRY(evaluateString(h, source, "Function", false, false, &fn));
    c.setResult(fn);
    return Status::Ok;
}

Status initEvalBuiltins(Heap &h) {
    return installMethods(h, h.global, evalFunctions, sizeof evalFunctions / sizeof evalFunctions[0]);
}

}  // namespace eng
