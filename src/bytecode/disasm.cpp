#include "config.h"
#include "bytecode/disasm.h"

#include <string.h>

#include "bytecode/image.h"
#include "bytecode/line_table.h"
#include "bytecode/opcodes.h"
#include "strings/format.h"
#include "strings/numconv.h"

namespace eng {

namespace {

// printf of uint32_t, which is `unsigned long` on some targets.
inline unsigned U(uint32_t v) { return static_cast<unsigned>(v); }

enum Form { FORM_A, FORM_ABC, FORM_ABX, FORM_ASBX, FORM_SJ };

Form opcodeForm(Opcode op) {
    static const uint8_t forms[] = {
#define ENG_OPCODE_FORM(name, form) FORM_##form,
#define FORM_A FORM_A
#define FORM_ABx FORM_ABX
#define FORM_AsBx FORM_ASBX
#define FORM_sJ FORM_SJ
        ENG_OPCODES(ENG_OPCODE_FORM)
#undef FORM_ABx
#undef FORM_AsBx
#undef FORM_sJ
#undef ENG_OPCODE_FORM
    };
    return op < OP__COUNT ? static_cast<Form>(forms[op]) : FORM_A;
}

struct Reader {
    const uint8_t *image;
    size_t size;
    bool ok(uint64_t offset, uint64_t length) const { return offset + length <= size; }
    uint32_t u32(uint64_t offset) const {
        uint32_t v;
        memcpy(&v, image + offset, 4);
        return v;
    }
};

struct Function {
    Reader r;
    uint32_t start;
    FunctionHeader h;
    uint32_t codeOffset, innerOffset, upvalOffset, upvalNameOffset, lineOffset, evalOffset, constTableOffset;
};

// Describes constant k of f into buf.
void describeConstant(const Function &f, uint32_t k, char *buf, size_t n) {
    if (k >= f.h.constCount) {
        formatText(buf, n, "<bad constant %u>", U(k));
        return;
    }
    uint32_t off = f.r.u32(f.constTableOffset + 4ull * k);
    if (!f.r.ok(off, 4)) {
        formatText(buf, n, "<bad offset>");
        return;
    }
    uint8_t tag = f.r.image[off];
    if (tag == CONST_NUMBER && f.r.ok(off + 4, 8)) {
        double d;
        memcpy(&d, f.r.image + off + 4, 8);
        char text[NUMBER_TEXT_MAX];
        numberToText(d, text);
        formatText(buf, n, "%s", text);
        return;
    }
    if (ENG_BIGINT && tag == CONST_BIGINT && f.r.ok(off + 4, 4) && f.r.ok(off + 8, f.r.u32(off + 4))) {
        uint32_t len = f.r.u32(off + 4);
        formatText(buf, n, "%.*sn", static_cast<int>(len < 40 ? len : 40), reinterpret_cast<const char *>(f.r.image + off + 8));
        return;
    }
    if ((tag == CONST_STRING8 || tag == CONST_STRING16) && f.r.ok(off + 4, 4)) {
        uint32_t len = f.r.u32(off + 4);
        uint32_t unit = tag == CONST_STRING8 ? 1 : 2;
        if (!f.r.ok(off + 8, static_cast<uint64_t>(len) * unit)) {
            formatText(buf, n, "<bad string>");
            return;
        }
        size_t pos = 0;
        buf[pos++] = '"';
        for (uint32_t i = 0; i < len && pos + 12 < n; i++) {
            uint32_t c;
            if (unit == 1) c = f.r.image[off + 8 + i];
            else {
                uint16_t u;
                memcpy(&u, f.r.image + off + 8 + 2 * i, 2);
                c = u;
            }
            if (c == '"' || c == '\\') {
                buf[pos++] = '\\';
                buf[pos++] = static_cast<char>(c);
            } else if (c >= 0x20 && c < 0x7f) {
                buf[pos++] = static_cast<char>(c);
            } else {
                pos += static_cast<size_t>(formatText(buf + pos, n - pos, "\\u%04x", U(c)));
            }
            if (i + 1 < len && pos + 16 >= n) {
                pos += static_cast<size_t>(formatText(buf + pos, n - pos, "..."));
                break;
            }
        }
        buf[pos++] = '"';
        buf[pos] = 0;
        return;
    }
    formatText(buf, n, "<bad tag %u>", U(tag));
}

const char *kindName(uint32_t kind) {
    switch (kind) {
    case UPVAL_PARENT_REGISTER: return "parent-register";
    case UPVAL_PARENT_UPVAL: return "parent-upval";
    case UPVAL_GLOBAL: return "global";
    default: return "?";
    }
}

void listFunction(const Function &f, uint32_t index, void (*out)(void *, const char *), void *user) {
    char line[1024], k1[420], k2[200];
    const FunctionHeader &h = f.h;
    if (h.nameConst != NO_NAME) describeConstant(f, h.nameConst, k1, sizeof k1);
    else formatText(k1, sizeof k1, "(anonymous)");
    char argsReg[16];
    if (h.argumentsReg == NO_REGISTER) formatText(argsReg, sizeof argsReg, "-");
    else formatText(argsReg, sizeof argsReg, "r%u", U(h.argumentsReg));
    formatText(line, sizeof line, "function %u %s nregs=%u nparams=%u flags=%s%s%s%s%s arguments=%s source=%u..%u", U(index), k1, U(h.nregs), U(h.nparams), (h.flags & FN_STRICT) ? "strict " : "",
               (h.flags & FN_SCRIPT) ? "script " : "", (h.flags & FN_ARROW) ? "arrow " : "",
               (h.flags & FN_USES_ARGUMENTS) ? "uses-arguments" : "", (h.flags & FN_MAPPED_ARGUMENTS) ? " mapped" : "",
               argsReg, U(h.sourceStart), U(h.sourceEnd));
    out(user, line);
    for (uint32_t pc = 0; pc < h.codeCount; pc++) {
        Instr i = f.r.u32(f.codeOffset + 4ull * pc);
        Opcode op = instrOp(i);
        const char *name = opcodeName(op);
        uint32_t a = instrA(i), b = instrB(i), c = instrC(i);
        char operands[64];
        k1[0] = 0;
        switch (opcodeForm(op)) {
        case FORM_A: formatText(operands, sizeof operands, "%u", U(a)); break;
        case FORM_ABC: formatText(operands, sizeof operands, "%u %u %u", U(a), U(b), U(c)); break;
        case FORM_ABX: formatText(operands, sizeof operands, "%u %u", U(a), U(instrBx(i))); break;
        case FORM_ASBX: formatText(operands, sizeof operands, "%u %d", U(a), static_cast<int>(instrSBx(i))); break;
        case FORM_SJ: formatText(operands, sizeof operands, "%d", static_cast<int>(instrSJ(i))); break;
        }
        switch (op) {
        case OP_LOADK: case OP_GETGLOBAL: case OP_SETGLOBAL: case OP_TYPEOFGLOBAL: case OP_DELGLOBAL:
        case OP_DECLVAR: case OP_DECLFUNC: case OP_WITHHAS: case OP_DECLVARIN: case OP_CHECKTDZ:
        case OP_DECLLEX: case OP_INITLEX:
            describeConstant(f, instrBx(i), k2, sizeof k2);
            formatText(k1, sizeof k1, "; %s", k2);
            break;
        case OP_GETFIELD:
            describeConstant(f, c, k2, sizeof k2);
            formatText(k1, sizeof k1, "; %s", k2);
            break;
        case OP_SETFIELD: case OP_INITPROP: case OP_INITGET: case OP_INITSET:
            describeConstant(f, b, k2, sizeof k2);
            formatText(k1, sizeof k1, "; %s", k2);
            break;
        case OP_REGEXP: {
            char k3[200];
            describeConstant(f, b, k2, sizeof k2);
            describeConstant(f, c, k3, sizeof k3);
            formatText(k1, sizeof k1, "; /%s/%s", k2, k3);
            break;
        }
        case OP_JMP:
            formatText(k1, sizeof k1, "; -> %d", static_cast<int>(pc + 1 + instrSJ(i)));
            break;
        case OP_JMPIF: case OP_JMPIFNOT: case OP_TRY: case OP_TRYFINALLY: case OP_LOADPC: case OP_DELEGATED:
            formatText(k1, sizeof k1, "; -> %d", static_cast<int>(pc + 1 + instrSBx(i)));
            break;
        case OP_CLOSURE:
            if (instrBx(i) < h.innerCount)
                formatText(k1, sizeof k1, "; function %u", U(f.r.u32(f.innerOffset + 4ull * instrBx(i))));
            break;
        case OP_GETUPVAL: case OP_SETUPVAL: case OP_TYPEOFUPVAL: case OP_DELUPVAL: case OP_GETUPVALCHK:
        case OP_SETUPVALCHK: case OP_SETUPVALCONST: case OP_TYPEOFUPVALCHK:
            if (b < h.upvalCount) {
                describeConstant(f, f.r.u32(f.upvalNameOffset + 4ull * b), k2, sizeof k2);
                formatText(k1, sizeof k1, "; %s", k2);
            }
            break;
        default:
            break;
        }
        formatText(line, sizeof line, "  %4u  %-12s %-14s %s", U(pc), name, operands, k1);
        size_t len = strlen(line);
        while (len > 0 && line[len - 1] == ' ') line[--len] = 0;
        out(user, line);
    }
    for (uint32_t k = 0; k < h.innerCount; k++) {
        formatText(line, sizeof line, "  inner %u: function %u", U(k), U(f.r.u32(f.innerOffset + 4ull * k)));
        out(user, line);
    }
    for (uint32_t k = 0; k < h.upvalCount; k++) {
        uint32_t d = f.r.u32(f.upvalOffset + 4ull * k);
        describeConstant(f, f.r.u32(f.upvalNameOffset + 4ull * k), k2, sizeof k2);
        if (upvalDescKind(d) == UPVAL_GLOBAL)
            formatText(line, sizeof line, "  upval %u: %s %s", U(k), k2, kindName(upvalDescKind(d)));
        else
            formatText(line, sizeof line, "  upval %u: %s %s %u", U(k), k2, kindName(upvalDescKind(d)), U(upvalDescIndex(d)));
        out(user, line);
    }
    static const char *const evalKinds[] = {"binding", "varenv", "with", "varobj", "vars", "const", "lexical", "?"};
    for (uint32_t s = 0; s < h.evalSiteCount; s++) {
        uint32_t from = f.r.u32(f.evalOffset + 4ull * s), to = f.r.u32(f.evalOffset + 4ull * (s + 1));
        uint64_t bindings = f.evalOffset + 4ull * (h.evalSiteCount + 1);
        for (uint32_t k = from; k < to && k < h.evalBindingCount; k++) {
            uint32_t d = f.r.u32(bindings + 8ull * k + 4);
            describeConstant(f, f.r.u32(bindings + 8ull * k), k2, sizeof k2);
            formatText(line, sizeof line, "  eval site %u: %s %s %s %u", U(s), k2, evalKinds[evalDescKind(d) & 7],
                     kindName(upvalDescKind(d)), U(upvalDescIndex(d)));
            out(user, line);
        }
    }
    for (uint32_t k = 0; k < h.constCount; k++) {
        describeConstant(f, k, k2, sizeof k2);
        formatText(line, sizeof line, "  const %u: %s", U(k), k2);
        out(user, line);
    }
    LineTableReader lines(f.r.image + f.lineOffset, h.lineBytes);
    while (!lines.atEnd()) {
        if (!lines.next()) {
            out(user, "  line table: malformed");
            break;
        }
        formatText(line, sizeof line, "  line pc %u: %u:%u", U(lines.entry.pc), U(lines.entry.line), U(lines.entry.column));
        out(user, line);
    }
}

}  // namespace

void disassemble(const uint8_t *image, size_t size, void (*out)(void *user, const char *line), void *user) {
    Reader r = {image, size};
    ImageHeader ih;
    if (!r.ok(0, sizeof ih)) {
        out(user, "error: image too small");
        return;
    }
    memcpy(&ih, image, sizeof ih);
    char line[160];
    if (ih.magic != IMAGE_MAGIC || ih.version != IMAGE_VERSION) {
        out(user, "error: bad magic or version");
        return;
    }
    formatText(line, sizeof line, "image version %u %s-endian, %u functions, %u bytes", U(ih.version),
               ih.endianness == IMAGE_LITTLE_ENDIAN ? "little" : "big", U(ih.functionCount), U(ih.totalSize));
    out(user, line);
    if (!r.ok(sizeof ih, 4ull * ih.functionCount)) {
        out(user, "error: function table out of bounds");
        return;
    }
    for (uint32_t i = 0; i < ih.functionCount; i++) {
        Function f;
        f.r = r;
        f.start = r.u32(sizeof ih + 4ull * i);
        if (!r.ok(f.start, sizeof(FunctionHeader))) {
            out(user, "error: function record out of bounds");
            return;
        }
        memcpy(&f.h, image + f.start, sizeof f.h);
        uint64_t p = f.start + sizeof(FunctionHeader);
        f.codeOffset = static_cast<uint32_t>(p);
        p += 4ull * f.h.codeCount;
        f.innerOffset = static_cast<uint32_t>(p);
        p += 4ull * f.h.innerCount;
        f.upvalOffset = static_cast<uint32_t>(p);
        p += 4ull * f.h.upvalCount;
        f.upvalNameOffset = static_cast<uint32_t>(p);
        p += 4ull * f.h.upvalCount;
        f.lineOffset = static_cast<uint32_t>(p);
        p += (static_cast<uint64_t>(f.h.lineBytes) + 3) & ~3ull;
        p += 4ull * f.h.localNameCount;
        f.evalOffset = static_cast<uint32_t>(p);
        p += f.h.evalSiteCount ? 4ull * (f.h.evalSiteCount + 1) : 0;
        p += static_cast<uint64_t>(sizeof(EvalBinding)) * f.h.evalBindingCount;
        f.constTableOffset = f.h.constTableAt;
        if (p > size || !r.ok(f.h.constTableAt, 4ull * f.h.constCount)) {
            out(user, "error: function record out of bounds");
            return;
        }
        listFunction(f, i, out, user);
    }
}

}  // namespace eng
