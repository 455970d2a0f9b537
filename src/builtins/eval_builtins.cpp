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

// The source as WTF-8 (UTF-8 that also encodes lone surrogates, which the
// lexer reads back as themselves): out null only measures. Returns the bytes.
size_t sourceToWtf8(const HString *s, uint8_t *out) {
    size_t n = 0;
    for (uint32_t i = 0; i < s->length; i++) {
        uint32_t cp = s->at(i);
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s->length && s->at(i + 1) >= 0xdc00 && s->at(i + 1) <= 0xdfff)
            cp = 0x10000 + ((cp - 0xd800) << 10) + (s->at(++i) - 0xdc00u);
        if (cp < 0x80) {
            if (out) out[n] = static_cast<uint8_t>(cp);
            n += 1;
        } else if (cp < 0x800) {
            if (out) {
                out[n] = static_cast<uint8_t>(0xc0 | (cp >> 6));
                out[n + 1] = static_cast<uint8_t>(0x80 | (cp & 0x3f));
            }
            n += 2;
        } else if (cp < 0x10000) {
            if (out) {
                out[n] = static_cast<uint8_t>(0xe0 | (cp >> 12));
                out[n + 1] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3f));
                out[n + 2] = static_cast<uint8_t>(0x80 | (cp & 0x3f));
            }
            n += 3;
        } else {
            if (out) {
                out[n] = static_cast<uint8_t>(0xf0 | (cp >> 18));
                out[n + 1] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3f));
                out[n + 2] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3f));
                out[n + 3] = static_cast<uint8_t>(0x80 | (cp & 0x3f));
            }
            n += 4;
        }
    }
    return n;
}

// Compiles and runs source held in a JS string; the completion value is
// the result.
Status evaluateString(Heap &h, HString *source, const char *fileName, bool strict, bool evalCode, Value *result) {
    LocalRoot sr(h, Value::pointer(source));
    size_t n = sourceToWtf8(source, nullptr);
    char *text = static_cast<char *>(heapAlloc(h, n + 1));
    if (!text) return throwOutOfMemory(h);
    sourceToWtf8(source, reinterpret_cast<uint8_t *>(text));
    text[n] = 0;
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
