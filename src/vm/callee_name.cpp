// "x is not a function": names the callee from the instructions that loaded
// it (a global or free variable, or a property of one), as developers
// expect from browsers. Falls back to describing the value.
#include <string.h>

#include "objects/object_ops.h"
#include "strings/format.h"
#include "vm/errors.h"
#include "vm/frames.h"

namespace eng {

namespace {

constexpr int SCAN_LIMIT = 64;

// Finds the instruction before `from` that wrote register reg.
const Instr *findWriter(const Instr *code, const Instr *from, uint32_t reg) {
    for (int n = 0; from > code && n < SCAN_LIMIT; n++) {
        Instr ins = *--from;
        Opcode op = instrOp(ins);
        if (instrA(ins) != reg) continue;
        switch (op) {
        case OP_SETGLOBAL: case OP_SETUPVAL: case OP_SETBOX: case OP_SETPROP: case OP_SETFIELD:
        case OP_INITPROP: case OP_INITPROPR: case OP_INITGET: case OP_INITSET: case OP_APPEND:
        case OP_APPENDHOLE: case OP_DECLVAR: case OP_DECLFUNC: case OP_DECLVARIN: case OP_JMPIF: case OP_JMPIFNOT:
        case OP_THROW: case OP_RET: case OP_TRY: case OP_TRYFINALLY: case OP_POPTRY: case OP_ENDFINALLY:
        case OP_JMP: case OP_NOP:
            continue;
        default:
            return from;
        }
    }
    return nullptr;
}

void append(char *out, size_t size, const char *text) {
    size_t n = strlen(out);
    if (n + 1 < size) formatText(out + n, size - n, "%s", text);
}

// Writes a source-like name of register reg as loaded before `at`.
// The variable register reg holds, from the image's debug names.
bool nameLocal(Heap &h, const FunctionTemplate *t, uint32_t reg, char *out, size_t size) {
    if (!t->localNames || reg >= t->header->localNameCount || t->localNames[reg] == NO_NAME) return false;
    char text[64];
    describeValue(h, t->consts[t->localNames[reg]], text, sizeof text);
    append(out, size, text);
    return true;
}

bool nameRegister(Heap &h, const FunctionTemplate *t, const Instr *at, uint32_t reg, char *out, size_t size,
                  int depth) {
    if (depth > 4) return false;
    const Instr *w = findWriter(t->code, at, reg);
    if (!w) return nameLocal(h, t, reg, out, size);
    Instr ins = *w;
    char text[64];
    switch (instrOp(ins)) {
    case OP_GETGLOBAL:
        describeValue(h, t->consts[instrBx(ins)], text, sizeof text);
        append(out, size, text);
        return true;
    case OP_GETUPVAL:
        describeValue(h, t->consts[t->upvalNames[instrB(ins)]], text, sizeof text);
        append(out, size, text);
        return true;
    case OP_LOADTHIS:
        append(out, size, "this");
        return true;
    case OP_MOV:
        return nameRegister(h, t, w, instrB(ins), out, size, depth + 1);
    case OP_GETBOX:  // a captured variable
        return nameLocal(h, t, instrB(ins), out, size);
    case OP_GETFIELD: {
        // A name found on a with object reads as the bare name.
        const Instr *objectWriter = findWriter(t->code, w, instrB(ins));
        if (objectWriter && instrOp(*objectWriter) == OP_WITHHAS) {
            describeValue(h, t->consts[instrC(ins)], text, sizeof text);
            append(out, size, text);
            return true;
        }
        if (!nameRegister(h, t, w, instrB(ins), out, size, depth + 1)) append(out, size, "(intermediate value)");
        append(out, size, ".");
        describeValue(h, t->consts[instrC(ins)], text, sizeof text);
        append(out, size, text);
        return true;
    }
    case OP_GETPROP: {
        if (!nameRegister(h, t, w, instrB(ins), out, size, depth + 1)) append(out, size, "(intermediate value)");
        // A constant key reads as o.name or o[number], as browsers print it.
        const Instr *keyWriter = findWriter(t->code, w, instrC(ins));
        if (keyWriter && instrOp(*keyWriter) == OP_LOADI) {
            formatText(text, sizeof text, "[%d]", static_cast<int>(instrSBx(*keyWriter)));
            append(out, size, text);
        } else if (keyWriter && instrOp(*keyWriter) == OP_LOADK && isString(t->consts[instrBx(*keyWriter)])) {
            append(out, size, ".");
            describeValue(h, t->consts[instrBx(*keyWriter)], text, sizeof text);
            append(out, size, text);
        } else {
            append(out, size, "[...]");
        }
        return true;
    }
    default:
        return nameLocal(h, t, reg, out, size);
    }
}

}  // namespace

Status throwNotCallable(Heap &h, uint32_t funcIndex, bool construct) {
    char name[160];
    name[0] = 0;
    bool named = false;
    if (h.frameCount > 0) {
        Frame &f = h.frames[h.frameCount - 1];
        if (!(f.flags & FRAME_NATIVE) && funcIndex >= f.base) {
            const FunctionTemplate *t = static_cast<JSClosure *>(f.callee)->tmpl;
            // The saved pc is just past the CALL/NEW.
            named = nameRegister(h, t, f.pc - 1, funcIndex - f.base, name, sizeof name, 0);
        }
    }
    if (!named) describeValue(h, h.stack[funcIndex], name, sizeof name);
    return throwError(h, PROTO_TYPE_ERROR, construct ? "%s is not a constructor" : "%s is not a function", name);
}

}  // namespace eng
