// Error objects: creation with a formatted message, source positions, throwing.
#include "vm/errors.h"

#include <stdarg.h>
#include <string.h>

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "strings/format.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/lightfunc.h"
#include "vm/lines.h"

namespace eng {

JSObject *newError(Heap &h, Proto kind, HString *message) {
    LocalRoot mr(h, message ? Value::pointer(message) : Value());
    JSObject *proto = builtinProto(h, kind);
    if (!proto) return nullptr;
    JSObject *e = newObjectOfSize(h, proto, ObjectClass::Error, sizeof(JSObject));
    if (!e) return nullptr;
    if (message) {
        LocalRoot er(h, Value::pointer(e));
        if (defineOwn(h, e, atom(h, ATOM_message), Value::pointer(message), ATTR_HIDDEN) != Status::Ok)
            return nullptr;
    }
    return e;
}

namespace {

constexpr uint32_t STACK_FRAMES_MAX = 16;

// file:line:column, or "file, pc N" when line is 0 (no line table).
Status appendPosition(StringBuilder &b, const SourcePosition &pos) {
    char text[32];
    if (pos.file) ENG_TRY(b.append(pos.file));
    if (pos.line == 0)
        formatText(text, sizeof text, "%spc %u", pos.file ? ", " : "", static_cast<unsigned>(pos.column));
    else
        formatText(text, sizeof text, ":%u:%u", static_cast<unsigned>(pos.line), static_cast<unsigned>(pos.column));
    return b.appendAscii(text);
}

// One "    at function (file:line:column)" line per frame, innermost
// first, as V8 prints it.
Status appendFrames(Heap &h, StringBuilder &b) {
    uint32_t shown = 0;
    bool skippingNatives = true;  // the Error constructor itself is not a frame to show
    for (uint32_t i = h.frameCount; i-- > 0 && shown < STACK_FRAMES_MAX;) {
        Frame &f = h.frames[i];
        if (f.flags & FRAME_NATIVE) {
            if (skippingNatives) continue;
            HString *fnName = f.callee ? static_cast<JSNative *>(f.callee)->name : nullptr;
            if (!f.callee && !(fnName = lightFuncName(h, Value::lightFunc(f.lightFunc)))) return Status::Error;
            LocalRoot nr(h, fnName ? Value::pointer(fnName) : Value());  // a lightfunc's name may be new
            ENG_TRY(b.appendAscii("\n    at "));
            if (fnName && fnName->length) ENG_TRY(b.append(fnName));
            else ENG_TRY(b.appendAscii("<native>"));
            ENG_TRY(b.appendAscii(" (native)"));
            shown++;
            continue;
        }
        skippingNatives = false;
        const FunctionTemplate *t = static_cast<JSClosure *>(f.callee)->tmpl;
        uint32_t pcIndex = static_cast<uint32_t>(f.pc - t->code);
        SourcePosition pos;
        if (!positionAt(t, pcIndex ? pcIndex - 1 : 0, &pos)) {
            // An image without line tables (ENG_IMAGE_STRIP_LINES): the
            // file and the instruction instead of line and column.
            pos.file = t->image ? t->image->fileName : nullptr;
            pos.line = 0;
            pos.column = pcIndex ? pcIndex - 1 : 0;
        }
        ENG_TRY(b.appendAscii("\n    at "));
        if (t->header->flags & FN_SCRIPT) {
            ENG_TRY(appendPosition(b, pos));
        } else {
            if (t->name) ENG_TRY(b.append(t->name));
            else ENG_TRY(b.appendAscii("<anonymous>"));
            ENG_TRY(b.appendAscii(" ("));
            ENG_TRY(appendPosition(b, pos));
            ENG_TRY(b.appendAscii(")"));
        }
        shown++;
    }
    return Status::Ok;
}

// "Name: message" then the frames.
Status buildStack(Heap &h, JSObject *error, HString **out) {
    StringBuilder b(h);
    Value name, message;
    ENG_TRY(getValuePropertyStr(h, Value::pointer(error), atom(h, ATOM_name), &name));
    if (isString(name)) ENG_TRY(b.append(asString(name)));
    ENG_TRY(getValuePropertyStr(h, Value::pointer(error), atom(h, ATOM_message), &message));
    if (isString(message) && asString(message)->length) {
        ENG_TRY(b.appendAscii(": "));
        ENG_TRY(b.append(asString(message)));
    }
    ENG_TRY(appendFrames(h, b));
    *out = b.finish();
    return *out ? Status::Ok : Status::Error;
}

// Overwrites an existing writable data property in place (no allocation).
void overwriteOwn(Heap &h, JSObject *o, HString *key, Value v) {
    PropRef p = findOwnProp(o, key);
    if (p && !p->isAccessor() && (p->attrs() & ATTR_WRITABLE)) rcStore(h, p->value(), v);
}

}  // namespace

Status annotateError(Heap &h, JSObject *error) {
    SourcePosition pos;
    if (!innermostPosition(h, &pos)) {
        // Bytecode running without line tables still gets its stack.
        bool bytecode = false;
        for (uint32_t i = 0; i < h.frameCount && !bytecode; i++) bytecode = !(h.frames[i].flags & FRAME_NATIVE);
        if (!bytecode) return Status::Ok;
        LocalRoot er(h, Value::pointer(error));
        HString *stack;
        ENG_TRY(buildStack(h, error, &stack));
        return defineOwn(h, error, atom(h, ATOM_stack), Value::pointer(stack), ATTR_HIDDEN);
    }
    LocalRoot er(h, Value::pointer(error));
    if (pos.file) ENG_TRY(defineOwn(h, error, atom(h, ATOM_fileName), Value::pointer(pos.file), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, error, atom(h, ATOM_lineNumber), Value::smallInt(static_cast<int32_t>(pos.line)), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, error, atom(h, ATOM_columnNumber), Value::smallInt(static_cast<int32_t>(pos.column)), ATTR_HIDDEN));
    HString *stack;
    ENG_TRY(buildStack(h, error, &stack));
    return defineOwn(h, error, atom(h, ATOM_stack), Value::pointer(stack), ATTR_HIDDEN);
}

Status prepareOutOfMemoryError(Heap &h, JSObject *error) {
    LocalRoot er(h, Value::pointer(error));
    const Atom keys[] = {ATOM_fileName, ATOM_lineNumber, ATOM_columnNumber, ATOM_stack};
    for (Atom key : keys) ENG_TRY(defineOwn(h, error, atom(h, key), Value::undefined(), ATTR_HIDDEN));
    return Status::Ok;
}

void annotateOutOfMemory(Heap &h) {
    if (!h.outOfMemoryError.isPointer() || h.gcRunning || h.annotatingOutOfMemory) return;
    JSObject *e = static_cast<JSObject *>(h.outOfMemoryError.asPointer());
    SourcePosition pos;
    bool located = innermostPosition(h, &pos);
    overwriteOwn(h, e, atom(h, ATOM_fileName), located && pos.file ? Value::pointer(pos.file) : Value::undefined());
    overwriteOwn(h, e, atom(h, ATOM_lineNumber),
                 located ? Value::smallInt(static_cast<int32_t>(pos.line)) : Value::undefined());
    overwriteOwn(h, e, atom(h, ATOM_columnNumber),
                 located ? Value::smallInt(static_cast<int32_t>(pos.column)) : Value::undefined());
    overwriteOwn(h, e, atom(h, ATOM_stack), Value::undefined());
    if (!located) return;
    // The stack text: the fixed name and message (no getter of a script's
    // runs here), then the frames. Nothing may be collected (the caller's
    // temporaries may be unrooted), and a failure here must not come back.
    bool wasDisabled = h.gcDisabled, wasOpen = h.reserveOpen;
    h.gcDisabled = true;
    h.reserveOpen = true;
    h.annotatingOutOfMemory = true;
    HString *stack = nullptr;
    {
        StringBuilder b(h);
        if (b.appendAscii("RangeError: Out of memory") == Status::Ok && appendFrames(h, b) == Status::Ok)
            stack = b.finish();
    }
    if (stack) overwriteOwn(h, e, atom(h, ATOM_stack), Value::pointer(stack));
    h.annotatingOutOfMemory = false;
    h.reserveOpen = wasOpen;
    h.gcDisabled = wasDisabled;
}

Status throwValue(Heap &h, Value v) {
    h.pending = v;
    h.hasPending = true;
    return Status::Error;
}

Status throwError(Heap &h, Proto kind, const char *fmt, ...) {
    char text[200];
    va_list ap;
    va_start(ap, fmt);
    formatTextV(text, sizeof text, fmt, ap);
    va_end(ap);
    HString *message = internUtf8(h, text, strlen(text));
    if (!message) return Status::Error;
    JSObject *e = newError(h, kind, message);
    if (!e) return Status::Error;
    LocalRoot er(h, Value::pointer(e));
    if (annotateError(h, e) != Status::Ok) return Status::Error;
    return throwValue(h, Value::pointer(e));
}

namespace {

void copyUtf8(const HString *s, char *out, size_t size) {
    size_t n = 0;
    for (uint32_t i = 0; i < s->length && n + 4 < size; i++) {
        uint16_t c = s->at(i);
        if (c < 0x80) {
            out[n++] = static_cast<char>(c);
        } else if (c < 0x800) {
            out[n++] = static_cast<char>(0xc0 | (c >> 6));
            out[n++] = static_cast<char>(0x80 | (c & 0x3f));
        } else {
            out[n++] = static_cast<char>(0xe0 | (c >> 12));
            out[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            out[n++] = static_cast<char>(0x80 | (c & 0x3f));
        }
    }
    out[n] = 0;
}

}  // namespace

void describeValue(Heap &h, Value v, char *out, size_t size) {
    if (size == 0) return;
    out[0] = 0;
    if (isString(v)) return copyUtf8(asString(v), out, size);
    if (isSymbol(v)) {  // as String(symbol) shows it
        char text[48];
        copyUtf8(asString(v), text, sizeof text);
        formatText(out, size, "Symbol(%s)", text);
        return;
    }
    if (isObjectType(v)) {
        formatText(out, size, "%s", isCallable(v) ? "function" : "#<Object>");
        return;
    }
    HString *s = nullptr;
    if (toString(h, v, &s) != Status::Ok || !s) {
        h.hasPending = false;
        h.pending = Value::undefined();
        formatText(out, size, "value");
        return;
    }
    describeValue(h, Value::pointer(s), out, size);
}

}  // namespace eng
