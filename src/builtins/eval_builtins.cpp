// Code from strings: the global eval function and the Function constructor.
// Both compile with the ordinary compiler. Indirect eval and the Function
// constructor run in the global scope; a direct eval (ES5 10.4.2) sees the
// caller's bindings through the table the compiler made for its call site
// (EvalBinding, bytecode/image.h): the eval code runs as a script closure
// whose upvalues are the caller's boxes, with the caller's this.
#include "builtins/builtins.h"
#include "builtins/global_object.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/loader.h"

namespace eng {

namespace {

// The source as WTF-8 (UTF-8 that also encodes lone surrogates, which the
// lexer reads back as themselves): out null only measures. Returns the bytes.
size_t sourceToWtf8(const HString *s, uint8_t *out) {
    size_t n = 0;
    for (uint32_t i = 0; i < s->length;) {
        uint32_t width;
        n += putUtf8(codePointAt(s, i, &width), out ? out + n : nullptr);
        i += width;
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

// CALL's C operand, or what CALLSPREAD has of it: 1 + the eval site, or
// 0 if the callee was not written `eval`.
uint32_t evalMarker(Instr call) {
    if (instrOp(call) == OP_CALL) return instrC(call);
    return instrOp(call) == OP_CALLSPREAD && instrC(call) > 1 ? instrC(call) - 1 : 0;
}

// The frame that called eval, if the call was written `eval(...)` in
// bytecode (CALL's C operand): a direct eval.
bool directCaller(Heap &h, uint32_t *callerIndex) {
    if (h.frameCount < 2) return false;
    const Frame &caller = h.frames[h.frameCount - 2];
    if (caller.flags & FRAME_NATIVE) return false;
    if (evalMarker(caller.pc[-1]) == 0) return false;
    *callerIndex = h.frameCount - 2;
    return true;
}

// The Box behind binding b of the caller: made when missing, and for the
// caller's eval variables object, the object too (on first use).
Status outerBox(Heap &h, uint32_t callerIndex, const EvalBinding &b, Box **out) {
    const Frame &fr = h.frames[callerIndex];
    JSClosure *caller = static_cast<JSClosure *>(fr.callee);
    uint32_t index = upvalDescIndex(b.desc);
    Box *box = nullptr;
    if (upvalDescKind(b.desc) == UPVAL_PARENT_REGISTER) {
        Value v = h.stack[fr.base + index];
        if (isHeapType(v, HeapType::Box)) box = static_cast<Box *>(v.asPointer());
    } else if (index < caller->upvalCount) {
        box = caller->upvals[index];
    }
    EvalBindingKind kind = evalDescKind(b.desc);
    if (!box) {
        if (kind != EVAL_WITH && kind != EVAL_VAROBJ && kind != EVAL_VARS) {
            *out = nullptr;  // a global by name
            return Status::Ok;
        }
        box = newBox(h, Value::undefined());
        if (!box) return Status::Error;
    }
    if (kind == EVAL_VAROBJ && !isObject(box->value)) {
        LocalRoot rb(h, Value::pointer(box));
        JSObject *vars = newObject(h, nullptr);  // no prototype: only declared names
        if (!vars) return Status::Error;
        rcStore(h, box->value, Value::pointer(vars));
    }
    *out = box;
    return Status::Ok;
}

// Compiles the eval code with the bindings of call site `site` and runs it
// with the caller's this.
Status directEval(Heap &h, HString *source, uint32_t callerIndex, Value *result) {
    LocalRoot sr(h, Value::pointer(source));
    const Frame &fr = h.frames[callerIndex];
    FunctionTemplate *t = static_cast<JSClosure *>(fr.callee)->tmpl;
    bool strict = (t->header->flags & FN_STRICT) != 0;
    uint32_t site = evalMarker(fr.pc[-1]) - 1;
    uint32_t first = 0, count = 0;
    if (site < t->header->evalSiteCount) {
        first = t->evalSites[site];
        count = t->evalSites[site + 1] - first;
    }
    // The names, as UTF-16 for the compiler, in one buffer.
    size_t units = 0;
    for (uint32_t i = 0; i < count; i++) units += asString(t->consts[t->evalBindings[first + i].nameConst])->length;
    size_t bindingBytes = (count ? count : 1) * sizeof(OuterBinding), unitBytes = (units ? units : 1) * sizeof(uint16_t);
    OuterBinding *outer = static_cast<OuterBinding *>(heapAlloc(h, bindingBytes));
    uint16_t *names = static_cast<uint16_t *>(heapAlloc(h, unitBytes));
    size_t n = sourceToWtf8(source, nullptr);
    char *text = static_cast<char *>(heapAlloc(h, n + 1));
    Status st = Status::Ok;
    if (!outer || !names || !text) {
        st = throwOutOfMemory(h);
    } else {
        uint16_t *p = names;
        for (uint32_t i = 0; i < count; i++) {
            const EvalBinding &b = t->evalBindings[first + i];
            HString *name = asString(t->consts[b.nameConst]);
            for (uint32_t k = 0; k < name->length; k++) p[k] = name->at(k);
            outer[i].name = p;
            outer[i].length = name->length;
            outer[i].kind = static_cast<uint8_t>(evalDescKind(b.desc));
            p += name->length;
        }
        sourceToWtf8(source, reinterpret_cast<uint8_t *>(text));
        text[n] = 0;
    }
    FunctionTemplate *script = nullptr;
    if (st == Status::Ok) {
        HString *file = internCString(h, "eval");
        st = file ? compileScript(h, text, n, file, strict, &script, true, outer, count) : Status::Error;
    }
    if (text) heapFree(h, text, n + 1);
    if (names) heapFree(h, names, unitBytes);
    if (outer) heapFree(h, outer, bindingBytes);
    ENG_TRY(st);
    Value fn;
    ENG_TRY(makeScriptFunction(h, script, &fn, count));
    LocalRoot rf(h, fn);
    for (uint32_t i = 0; i < count; i++) {
        Box *box;
        ENG_TRY(outerBox(h, callerIndex, t->evalBindings[first + i], &box));
        rcInit(static_cast<JSClosure *>(asObject(rf.value))->upvals[i], box);
    }
    Value thisValue = h.stack[h.frames[callerIndex].base - 1];
    return callValue(h, rf.value, thisValue, nullptr, 0, result);
}

Status globalEval(NativeCall &c) {
    Value x = c.arg(0);
    if (!isString(x)) {
        c.setResult(x);
        return Status::Ok;
    }
    Value result;
    uint32_t callerIndex;
    if (directCaller(c.heap, &callerIndex)) {
        ENG_TRY(directEval(c.heap, asString(x), callerIndex, &result));
    } else {
        ENG_TRY(evaluateString(c.heap, asString(x), "eval", false, true, &result));
    }
    c.setResult(result);
    return Status::Ok;
}

}  // namespace

ENG_FLASH_METHOD_SPECS(evalMethods, EVAL, EVAL_METHODS)

Status constructFunction(NativeCall &c) { return createDynamicFunction(c, "function"); }

Status createDynamicFunction(NativeCall &c, const char *kind) {
    Heap &h = c.heap;
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("("));
    ENG_TRY(b.appendAscii(kind));
    ENG_TRY(b.appendAscii(" anonymous("));
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


}  // namespace eng
