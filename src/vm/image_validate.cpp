// Validation of bytecode images (see image_validate.h). Everything is read
// with memcpy from inside the bounds checked just before, and every sum is
// done in 64 bits, so that no count of a hostile image can wrap an offset on
// a 32-bit target.
#include "vm/image_validate.h"

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "bytecode/crc32.h"
#include "bytecode/image.h"
#include "bytecode/line_table.h"
#include "config.h"
#include "strings/format.h"
#include "value/value.h"

namespace eng {

static_assert((IMAGE_BUILD_CONFIG & IMAGE_CONFIG_NAN_BOXED) == (ENG_VALUE_NAN_BOXED ? static_cast<uint32_t>(IMAGE_CONFIG_NAN_BOXED) : 0u),
              "image.h and value.h disagree on the value representation");

namespace {

// Numbers for the messages: uint32_t is unsigned long on some targets.
inline unsigned U(uint64_t v) { return static_cast<unsigned>(v); }

// ---- operand rules ------------------------------------------------------
//
// What each operand field of an opcode names. THE TABLE BELOW MUST LIST
// EVERY OPCODE OF bytecode/opcodes.h: a new opcode needs one line here, and
// the static_assert after the table fails until it has it. For the wide
// forms (ABx, AsBx) the rule in the `b` column applies to Bx/sBx; for JMP
// (sJ) the rule in `a` applies to sJ.
enum Operand : uint8_t {
    O_ANY,      // unused, or any value is fine (a count, an integer)
    O_REG,      // a register: < nregs
    O_REG2,     // a register and the next one: A + 1 < nregs
    O_CALL,     // CALL/NEW window: callee A, this A + 1, B arguments from A + 2
    O_CALL3,    // CALLSPREAD window: A, A + 1 and the argument array A + 2 (any
                // field naming three registers in a row)
    O_DELEGATE, // yield*: the seven registers A .. A + 6
    O_SUPERCALL, // SUPERCALL: A, A + 1, then B arguments from A + 2, or with C
                // set the argument array at A + 2
    O_CONST1,   // Bx: 0, or 1 + a constant index (REQOBJ's property name)
    O_CONST,    // any constant: < constCount
    O_STRING,   // a string constant
    O_SLOT,     // a slot constant (CONST_SLOT)
    O_UPVAL,    // an upvalue of the function: < upvalCount
    O_INNER,    // an inner function: < innerCount
    O_JUMP,     // sBx: pc + 1 + sBx is an instruction of the function
    O_JUMP24,   // sJ (JMP): the same for the 24-bit offset
    O_SKIP,     // FORNEXT skips the next instruction: pc + 2 exists
    O_MAX1,     // a small enumeration: 0..1
    O_MAX2,     // 0..2
    O_MAX3      // 0..3
};

struct OperandRule {
    Opcode op;
    Operand a, b, c;
};

constexpr OperandRule kRules[] = {
    {OP_NOP, O_ANY, O_ANY, O_ANY},
    {OP_LOADK, O_REG, O_CONST, O_ANY},
    {OP_LOADI, O_REG, O_ANY, O_ANY},
    {OP_LOADUNDEF, O_REG, O_ANY, O_ANY},
    {OP_LOADNULL, O_REG, O_ANY, O_ANY},
    {OP_LOADTRUE, O_REG, O_ANY, O_ANY},
    {OP_LOADFALSE, O_REG, O_ANY, O_ANY},
    {OP_MOV, O_REG, O_REG, O_ANY},
    {OP_LOADTHIS, O_REG, O_ANY, O_ANY},
    {OP_LOADCALLEE, O_REG, O_ANY, O_ANY},
    {OP_CLOSURE, O_REG, O_INNER, O_ANY},
    {OP_NEWOBJ, O_REG, O_ANY, O_ANY},
    {OP_NEWARR, O_REG, O_ANY, O_ANY},
    {OP_GETGLOBAL, O_REG, O_STRING, O_ANY},
    {OP_SETGLOBAL, O_REG, O_STRING, O_ANY},
    {OP_TYPEOFGLOBAL, O_REG, O_STRING, O_ANY},
    {OP_DELGLOBAL, O_REG, O_STRING, O_ANY},
    {OP_DECLVAR, O_ANY, O_STRING, O_ANY},
    {OP_DECLFUNC, O_REG, O_STRING, O_ANY},
    {OP_NEWBOX, O_REG, O_ANY, O_ANY},
    {OP_GETBOX, O_REG, O_REG, O_ANY},
    {OP_SETBOX, O_REG, O_REG, O_ANY},
    {OP_GETUPVAL, O_REG, O_UPVAL, O_ANY},
    {OP_SETUPVAL, O_REG, O_UPVAL, O_ANY},
    {OP_TYPEOFUPVAL, O_REG, O_UPVAL, O_ANY},
    {OP_DELUPVAL, O_REG, O_UPVAL, O_ANY},
    {OP_GETPROP, O_REG, O_REG, O_REG},
    {OP_SETPROP, O_REG, O_REG, O_REG},
    {OP_GETFIELD, O_REG, O_REG, O_STRING},
    {OP_SETFIELD, O_REG, O_STRING, O_REG},
    {OP_DELPROP, O_REG, O_REG, O_REG},
    {OP_INITPROP, O_REG, O_STRING, O_REG},
    {OP_INITPROPR, O_REG, O_REG, O_REG},
    {OP_APPEND, O_REG, O_REG, O_ANY},
    {OP_APPENDHOLE, O_REG, O_ANY, O_ANY},
    {OP_INITGET, O_REG, O_STRING, O_REG},
    {OP_INITSET, O_REG, O_STRING, O_REG},
    {OP_REGEXP, O_REG, O_STRING, O_STRING},
    {OP_ADD, O_REG, O_REG, O_REG},
    {OP_SUB, O_REG, O_REG, O_REG},
    {OP_MUL, O_REG, O_REG, O_REG},
    {OP_DIV, O_REG, O_REG, O_REG},
    {OP_MOD, O_REG, O_REG, O_REG},
    {OP_BAND, O_REG, O_REG, O_REG},
    {OP_BOR, O_REG, O_REG, O_REG},
    {OP_BXOR, O_REG, O_REG, O_REG},
    {OP_SHL, O_REG, O_REG, O_REG},
    {OP_SHR, O_REG, O_REG, O_REG},
    {OP_USHR, O_REG, O_REG, O_REG},
    {OP_EQ, O_REG, O_REG, O_REG},
    {OP_NE, O_REG, O_REG, O_REG},
    {OP_SEQ, O_REG, O_REG, O_REG},
    {OP_SNE, O_REG, O_REG, O_REG},
    {OP_LT, O_REG, O_REG, O_REG},
    {OP_LE, O_REG, O_REG, O_REG},
    {OP_GT, O_REG, O_REG, O_REG},
    {OP_GE, O_REG, O_REG, O_REG},
    {OP_INSTANCEOF, O_REG, O_REG, O_REG},
    {OP_IN, O_REG, O_REG, O_REG},
    {OP_NEG, O_REG, O_REG, O_ANY},
    {OP_TONUM, O_REG, O_REG, O_ANY},
    {OP_NOT, O_REG, O_REG, O_ANY},
    {OP_BNOT, O_REG, O_REG, O_ANY},
    {OP_TYPEOF, O_REG, O_REG, O_ANY},
    {OP_INC, O_REG, O_REG, O_ANY},
    {OP_DEC, O_REG, O_REG, O_ANY},
    {OP_JMP, O_JUMP24, O_ANY, O_ANY},
    {OP_JMPIF, O_REG, O_JUMP, O_ANY},
    {OP_JMPIFNOT, O_REG, O_JUMP, O_ANY},
    {OP_LOADPC, O_REG, O_JUMP, O_ANY},
    {OP_CALL, O_CALL, O_ANY, O_ANY},  // C: eval call site, checked when the eval runs
    {OP_NEW, O_CALL, O_ANY, O_ANY},
    {OP_RET, O_REG, O_ANY, O_ANY},
    {OP_RETUNDEF, O_ANY, O_ANY, O_ANY},
    {OP_THROW, O_REG, O_ANY, O_ANY},
    {OP_TRY, O_REG, O_JUMP, O_ANY},
    {OP_TRYFINALLY, O_REG2, O_JUMP, O_ANY},
    {OP_POPTRY, O_ANY, O_ANY, O_ANY},
    {OP_ENDFINALLY, O_REG2, O_ANY, O_ANY},
    {OP_FORIN, O_REG, O_REG, O_ANY},
    {OP_FORNEXT, O_REG, O_REG, O_SKIP},
    {OP_DEBUGGER, O_ANY, O_ANY, O_ANY},
    {OP_TOKEY, O_REG, O_REG, O_REG},
    {OP_TOOBJECT, O_REG, O_REG, O_ANY},
    {OP_WITHHAS, O_REG, O_STRING, O_ANY},
    {OP_DECLVARIN, O_REG, O_STRING, O_ANY},
    {OP_LOADEMPTY, O_REG, O_ANY, O_ANY},
    {OP_CHECKTDZ, O_REG, O_STRING, O_ANY},
    {OP_THROWCONST, O_ANY, O_ANY, O_ANY},
    {OP_GETUPVALCHK, O_REG, O_UPVAL, O_ANY},
    {OP_SETUPVALCHK, O_REG, O_UPVAL, O_ANY},
    {OP_SETUPVALCONST, O_REG, O_UPVAL, O_ANY},
    {OP_TYPEOFUPVALCHK, O_REG, O_UPVAL, O_ANY},
    {OP_DECLLEX, O_MAX3, O_STRING, O_ANY},
    {OP_INITLEX, O_REG, O_STRING, O_ANY},
    {OP_TOSTR, O_REG, O_REG, O_ANY},
    {OP_TEMPLATEOBJ, O_REG2, O_SLOT, O_ANY},
    {OP_SPREAD, O_REG, O_REG, O_ANY},
    {OP_CALLSPREAD, O_CALL3, O_ANY, O_ANY},  // C > 1: as CALL's C - 1
    {OP_SETNAME, O_REG, O_REG, O_MAX2},
    {OP_INITGETR, O_REG, O_REG, O_REG},
    {OP_INITSETR, O_REG, O_REG, O_REG},
    {OP_INITPROTO, O_REG, O_REG, O_ANY},
    {OP_COPYPROPS, O_REG, O_REG, O_ANY},
    {OP_POW, O_REG, O_REG, O_REG},
    {OP_THROWTDZ, O_ANY, O_CONST, O_ANY},
    // destructuring (vm/destructuring.cpp)
    {OP_ITERINIT, O_REG2, O_REG, O_MAX1},
    {OP_ITERNEXT, O_REG, O_REG2, O_REG},  // C: for-of's done flag, or 0
    {OP_ITERREST, O_REG, O_REG2, O_ANY},
    {OP_REQOBJ, O_REG, O_CONST1, O_ANY},
    {OP_COPYREST, O_REG, O_REG, O_REG},
    // classes (vm/class.cpp); SETHOME's slot is checked against the
    // closure when it runs
    {OP_NEWTARGET, O_REG, O_ANY, O_ANY},
    {OP_CHECKTHIS, O_REG, O_ANY, O_ANY},
    {OP_SUPERCALL, O_SUPERCALL, O_ANY, O_MAX1},
    {OP_CHECKSUPER, O_REG, O_ANY, O_ANY},
    {OP_CLASS, O_REG2, O_ANY, O_MAX1},
    {OP_DEFMETHOD, O_REG, O_REG, O_REG},
    {OP_DEFGET, O_REG, O_REG, O_REG},
    {OP_DEFSET, O_REG, O_REG, O_REG},
    {OP_SETHOME, O_REG, O_REG, O_ANY},
    {OP_INITFIELDS, O_REG, O_REG, O_ANY},
    {OP_GETSUPER, O_REG, O_CALL3, O_ANY},
    {OP_SETSUPER, O_CALL3, O_REG, O_ANY},
    {OP_NEWPRIVATE, O_REG, O_STRING, O_ANY},
    {OP_GETPRIVATE, O_REG, O_REG, O_REG},
    {OP_SETPRIVATE, O_REG, O_REG, O_REG},
    {OP_HASPRIVATE, O_REG, O_REG, O_REG},
    {OP_INITGEN, O_REG2, O_ANY, O_MAX1},
    {OP_YIELD, O_REG2, O_REG, O_MAX2},
    {OP_RESUME, O_REG2, O_ANY, O_MAX3},  // C = 1 skips one, C = 3 reads R[B] (checkCode)
    {OP_DELEGATE, O_DELEGATE, O_ANY, O_MAX3},  // C = 2 skips two (checkCode)
    {OP_DELEGATED, O_DELEGATE, O_JUMP, O_ANY},
    {OP_ITERCLOSE, O_REG2, O_REG, O_MAX2},  // C = 2 reads A + 2 and skips two (checkCode)
    {OP_AITERNEXT, O_REG2, O_CALL3, O_REG},
    {OP_AITERRESULT, O_REG, O_REG, O_REG},
    {OP_IMPORTCALL, O_REG, O_REG, O_ANY},
#if ENG_RESOURCE_MANAGEMENT
    {OP_DISPOSE, O_REG2, O_REG, O_MAX3},  // C >= 2 reads B + 1 (checkCode)
#endif
};
static_assert(sizeof kRules / sizeof kRules[0] == OP__COUNT,
              "every opcode of bytecode/opcodes.h needs its operand rule in kRules");

// Which fields an opcode has, from the form column of the opcode list
// itself: wide forms (ABx, AsBx) check their `b` rule on Bx/sBx, sJ its `a`
// rule on the 24-bit offset.
enum Form : uint8_t { FORM_A, FORM_ABC, FORM_ABx, FORM_AsBx, FORM_sJ };
constexpr Form kForms[OP__COUNT] = {
#define ENG_OPCODE_FORM(name, form) FORM_##form,
    ENG_OPCODES(ENG_OPCODE_FORM)
#undef ENG_OPCODE_FORM
};

// The rules indexed by opcode, made at compile time (no start-up cost, no
// RAM): the table above may list the opcodes in any order, and a missing or
// duplicated one stops the build.
struct RuleTable {
    OperandRule byOp[OP__COUNT];
    bool complete;
};

constexpr RuleTable makeRuleTable() {
    RuleTable t{};
    bool seen[OP__COUNT] = {};
    t.complete = true;
    for (const OperandRule &r : kRules) {
        if (r.op >= OP__COUNT || seen[r.op]) t.complete = false;
        else seen[r.op] = true;
        if (r.op < OP__COUNT) t.byOp[r.op] = r;
    }
    for (bool s : seen)
        if (!s) t.complete = false;
    return t;
}

constexpr RuleTable kRuleTable = makeRuleTable();
static_assert(kRuleTable.complete, "kRules must list every opcode exactly once");

// ---- reading --------------------------------------------------------------

struct Check {
    const uint8_t *bytes;
    size_t size;
    char *message;
    size_t messageSize;

    bool in(uint64_t offset, uint64_t length) const { return offset <= size && length <= size - offset; }
    uint32_t u32(uint64_t offset) const {
        uint32_t v;
        memcpy(&v, bytes + offset, 4);
        return v;
    }
    bool fail(const char *format, ...) __attribute__((format(printf, 2, 3))) {
        static const char prefix[] = "invalid image: ";
        if (messageSize > sizeof prefix) {
            memcpy(message, prefix, sizeof prefix);
            va_list args;
            va_start(args, format);
            formatTextV(message + sizeof prefix - 1, messageSize - (sizeof prefix - 1), format, args);
            va_end(args);
        }
        return false;
    }
};

// Where each section of a function record is (see image.h).
struct Sections {
    FunctionHeader fh;
    uint64_t code, inner, upvals, upvalNames, lines, localNames, evalSites, evalBindings, end;
};

void locate(uint64_t offset, const FunctionHeader &fh, Sections *s) {
    s->fh = fh;
    uint64_t pos = offset + sizeof(FunctionHeader);
    s->code = pos;
    pos += static_cast<uint64_t>(fh.codeCount) * sizeof(Instr);
    s->inner = pos;
    pos += static_cast<uint64_t>(fh.innerCount) * 4;
    s->upvals = pos;
    pos += static_cast<uint64_t>(fh.upvalCount) * 4;
    s->upvalNames = pos;
    pos += static_cast<uint64_t>(fh.upvalCount) * 4;
    s->lines = pos;
    pos += (static_cast<uint64_t>(fh.lineBytes) + 3) & ~static_cast<uint64_t>(3);
    s->localNames = pos;
    pos += static_cast<uint64_t>(fh.localNameCount) * 4;
    s->evalSites = pos;
    pos += fh.evalSiteCount ? (static_cast<uint64_t>(fh.evalSiteCount) + 1) * 4 : 0;
    s->evalBindings = pos;
    pos += static_cast<uint64_t>(fh.evalBindingCount) * sizeof(EvalBinding);
    s->end = pos;
}

// Tag of constant k of a function whose constants were checked.
uint8_t constTag(const Check &c, const FunctionHeader &fh, uint32_t k) { return c.bytes[c.u32(fh.constTableAt + 4ull * k)]; }

bool checkConstants(Check &c, const ImageHeader &ih, uint32_t fn, const FunctionHeader &fh) {
    if ((fh.constTableAt & 3) || fh.constTableAt < ih.loadOnlyStart || !c.in(fh.constTableAt, 4ull * fh.constCount))
        return c.fail("constant table out of range at function %u", U(fn));
    for (uint32_t k = 0; k < fh.constCount; k++) {
        uint32_t at = c.u32(fh.constTableAt + 4ull * k);
        if ((at & 3) || at < ih.loadOnlyStart || !c.in(at, sizeof(ConstHeader)))
            return c.fail("constant %u out of range at function %u", U(k), U(fn));
        uint64_t payload = at + sizeof(ConstHeader);
        switch (c.bytes[at]) {
        case CONST_NUMBER:
            if (!c.in(payload, 8)) return c.fail("constant %u truncated at function %u", U(k), U(fn));
            break;
        case CONST_SLOT:
            break;
#if ENG_BIGINT
        case CONST_BIGINT:
#endif
        case CONST_STRING8:
        case CONST_STRING16: {
            if (!c.in(payload, 4)) return c.fail("constant %u truncated at function %u", U(k), U(fn));
            uint64_t units = c.u32(payload);
            if (!c.in(payload + 4, units * (c.bytes[at] == CONST_STRING8 ? 1 : 2)))
                return c.fail("string constant %u longer than the image at function %u", U(k), U(fn));
            break;
        }
        default:
            return c.fail("unknown constant tag %u at function %u constant %u", U(c.bytes[at]), U(fn), U(k));
        }
    }
    return true;
}

bool isStringConst(const Check &c, const FunctionHeader &fh, uint32_t k) {
    if (k >= fh.constCount) return false;
    uint8_t tag = constTag(c, fh, k);
    return tag == CONST_STRING8 || tag == CONST_STRING16;
}

bool checkOperand(Check &c, const Sections &s, uint32_t fn, uint32_t pc, Operand kind, uint32_t value, int32_t jump,
                  Instr ins) {
    const FunctionHeader &fh = s.fh;
    const char *op = opcodeName(instrOp(ins));
    switch (kind) {
    case O_ANY:
        return true;
    case O_REG:
        if (value < fh.nregs) return true;
        return c.fail("register %u out of range (%u registers) at function %u pc %u (%s)", U(value), U(fh.nregs), U(fn), U(pc), op);
    case O_REG2:
        if (value + 1 < fh.nregs) return true;
        return c.fail("register pair %u out of range at function %u pc %u (%s)", U(value), U(fn), U(pc), op);
    case O_CALL:
        if (value + 2 + instrB(ins) <= fh.nregs) return true;
        return c.fail("call window out of range at function %u pc %u (%s)", U(fn), U(pc), op);
    case O_CALL3:
        if (value + 3 <= fh.nregs) return true;
        return c.fail("call window out of range at function %u pc %u (%s)", U(fn), U(pc), op);
    case O_DELEGATE:
        if (value + 7 <= fh.nregs) return true;
        return c.fail("yield* registers out of range at function %u pc %u (%s)", U(fn), U(pc), op);
    case O_SUPERCALL: {
        uint32_t args = instrC(ins) ? 1 : instrB(ins);
        if (value + 2 + args <= fh.nregs) return true;
        return c.fail("call window out of range at function %u pc %u (%s)", U(fn), U(pc), op);
    }
    case O_CONST1:
        if (value == 0 || value - 1 < fh.constCount) return true;
        return c.fail("constant index %u out of range at function %u pc %u (%s)", U(value - 1), U(fn), U(pc), op);
    case O_CONST:
        if (value < fh.constCount) return true;
        return c.fail("constant index %u out of range at function %u pc %u (%s)", U(value), U(fn), U(pc), op);
    case O_STRING:
        if (isStringConst(c, fh, value)) return true;
        return c.fail("constant %u is not a string at function %u pc %u (%s)", U(value), U(fn), U(pc), op);
    case O_SLOT:
        if (value < fh.constCount && constTag(c, fh, value) == CONST_SLOT) return true;
        return c.fail("constant %u is not a slot at function %u pc %u (%s)", U(value), U(fn), U(pc), op);
    case O_UPVAL:
        if (value < fh.upvalCount) return true;
        return c.fail("upvalue %u out of range at function %u pc %u (%s)", U(value), U(fn), U(pc), op);
    case O_INNER:
        if (value < fh.innerCount) return true;
        return c.fail("inner function %u out of range at function %u pc %u (%s)", U(value), U(fn), U(pc), op);
    case O_JUMP:
    case O_JUMP24: {
        int64_t target = static_cast<int64_t>(pc) + 1 + jump;
        if (target >= 0 && target < static_cast<int64_t>(fh.codeCount)) return true;
        return c.fail("jump target out of range at function %u pc %u (%s)", U(fn), U(pc), op);
    }
    case O_SKIP:
        if (static_cast<uint64_t>(pc) + 2 < fh.codeCount) return true;
        return c.fail("skipped instruction out of range at function %u pc %u (%s)", U(fn), U(pc), op);
    case O_MAX1:
    case O_MAX2:
    case O_MAX3:
        if (value <= static_cast<uint32_t>(kind - O_MAX1 + 1)) return true;
        return c.fail("operand %u out of range at function %u pc %u (%s)", U(value), U(fn), U(pc), op);
    }
    return c.fail("unknown operand rule at function %u pc %u", U(fn), U(pc));
}

bool checkCode(Check &c, const Sections &s, uint32_t fn) {
    const FunctionHeader &fh = s.fh;
    for (uint32_t pc = 0; pc < fh.codeCount; pc++) {
        Instr ins = c.u32(s.code + 4ull * pc);
        uint32_t op = ins & 0xff;
        if (op >= OP__COUNT) return c.fail("unknown opcode %u at function %u pc %u", U(op), U(fn), U(pc));
        const OperandRule &r = kRuleTable.byOp[op];
        bool ok;
        switch (kForms[op]) {
        case FORM_sJ:
            ok = checkOperand(c, s, fn, pc, r.a, 0, instrSJ(ins), ins);
            break;
        case FORM_ABx:
        case FORM_AsBx:
            ok = checkOperand(c, s, fn, pc, r.a, instrA(ins), 0, ins) &&
                 checkOperand(c, s, fn, pc, r.b, instrBx(ins), instrSBx(ins), ins);
            break;
        default:
            ok = checkOperand(c, s, fn, pc, r.a, instrA(ins), 0, ins) &&
                 checkOperand(c, s, fn, pc, r.b, instrB(ins), 0, ins) &&
                 checkOperand(c, s, fn, pc, r.c, instrC(ins), 0, ins);
            break;
        }
        if (!ok) return false;
        // Operands whose meaning depends on C (async generators, for await).
        uint32_t c3 = instrC(ins);
        if (op == OP_RESUME && ((c3 == 1 && pc + 2 >= fh.codeCount) || (c3 == 3 && instrB(ins) >= fh.nregs)))
            return c.fail("RESUME operands out of range at function %u pc %u", U(fn), U(pc));
        if (!ENG_ASYNC_GENERATORS && (op == OP_AITERNEXT || op == OP_AITERRESULT || (op == OP_ITERINIT && c3) ||
                                      (op == OP_ITERCLOSE && c3 == 2) || (op == OP_RESUME && c3 == 3)))
            return c.fail("for await at function %u pc %u: not supported by this build", U(fn), U(pc));
        if (!ENG_MODULES && op == OP_IMPORTCALL)
            return c.fail("import() at function %u pc %u: not supported by this build", U(fn), U(pc));
        if (op == OP_DELEGATE && c3 == 2 && pc + 3 >= fh.codeCount)
            return c.fail("DELEGATE skips past the code at function %u pc %u", U(fn), U(pc));
        if (op == OP_ITERCLOSE && c3 == 2 && (pc + 3 >= fh.codeCount || instrA(ins) + 2u >= fh.nregs))
            return c.fail("ITERCLOSE operands out of range at function %u pc %u", U(fn), U(pc));
#if ENG_RESOURCE_MANAGEMENT
        if (op == OP_DISPOSE && c3 >= 2 && instrB(ins) + 1u >= fh.nregs)
            return c.fail("DISPOSE operands out of range at function %u pc %u", U(fn), U(pc));
#endif
    }
    // Falling off the end would run whatever follows the code.
    uint32_t last = c.u32(s.code + 4ull * (fh.codeCount - 1)) & 0xff;
    if (last != OP_RET && last != OP_RETUNDEF && last != OP_THROW && last != OP_JMP)
        return c.fail("code does not end with a return, throw or jump at function %u", U(fn));
    return true;
}

bool checkFunction(Check &c, const ImageHeader &ih, uint32_t fn, const ImageCheck &check, Sections *s) {
    uint32_t offset = c.u32(sizeof(ImageHeader) + 4ull * fn);
    if ((offset & 3) || offset < sizeof(ImageHeader) + 4ull * ih.functionCount ||
        !c.in(offset, sizeof(FunctionHeader)))
        return c.fail("function %u record out of range", U(fn));
    FunctionHeader fh;
    memcpy(&fh, c.bytes + offset, sizeof fh);
    locate(offset, fh, s);
    // Records end before the load-only part: a loader owning the image in
    // RAM cuts that part off after loading.
    if (s->end > ih.loadOnlyStart) return c.fail("function %u record longer than the image's code part", U(fn));
    if (fh.codeCount == 0) return c.fail("function %u has no code", U(fn));
    if (fh.nregs == 0 || fh.nregs > 256) return c.fail("function %u needs %u registers (1 to 256)", U(fn), U(fh.nregs));
    if (fh.nparams > fh.nregs || ((fh.flags & FN_REST) && fh.nparams >= fh.nregs))
        return c.fail("function %u has more parameters than registers", U(fn));
    if (fh.flags & ~0xfffu) return c.fail("unknown function flags at function %u", U(fn));
    if ((fh.flags & FN_ASYNC) && (!ENG_ASYNC_FUNCTIONS || ((fh.flags & FN_GENERATOR) && !ENG_ASYNC_GENERATORS)))
        return c.fail("async function %u: not supported by this build", U(fn));
    if (!ENG_GENERATORS && (fh.flags & FN_GENERATOR))
        return c.fail("function %u is a generator (this build has ENG_GENERATORS=0)", U(fn));
    if ((fh.flags & FN_DERIVED) && fh.thisReg >= fh.nregs)
        return c.fail("function %u keeps its this binding in register %u of %u", U(fn), U(fh.thisReg), U(fh.nregs));
    if ((fh.flags & FN_USES_ARGUMENTS) ? fh.argumentsReg >= fh.nregs : fh.argumentsReg != NO_REGISTER)
        return c.fail("arguments register out of range at function %u", U(fn));
    if (fh.localNameCount != 0 && fh.localNameCount != fh.nregs)
        return c.fail("local name table of function %u does not match its registers", U(fn));
    if (fn == 0 && !(fh.flags & FN_SCRIPT)) return c.fail("function 0 is not a script");
    if (fn != 0 && (fh.flags & (FN_SCRIPT | FN_EVAL_CODE))) return c.fail("function %u is marked as a script", U(fn));
    if (fn == 0 && check.topLevel && (fh.upvalCount || (fh.flags & FN_EVAL_CODE)))
        return c.fail("the top level of the image is eval code");
    if (!checkConstants(c, ih, fn, fh)) return false;
    if (fh.nameConst != NO_NAME && !isStringConst(c, fh, fh.nameConst))
        return c.fail("name of function %u is not a string constant", U(fn));
    for (uint32_t i = 0; i < fh.upvalCount; i++) {
        if (!isStringConst(c, fh, c.u32(s->upvalNames + 4ull * i)))
            return c.fail("upvalue %u of function %u has no name", U(i), U(fn));
        uint32_t kind = (c.u32(s->upvals + 4ull * i) >> 16) & 0xff;
        if (kind > UPVAL_GLOBAL || (c.u32(s->upvals + 4ull * i) >> 24))
            return c.fail("upvalue %u of function %u has an unknown kind", U(i), U(fn));
    }
    for (uint32_t i = 0; i < fh.localNameCount; i++) {
        uint32_t k = c.u32(s->localNames + 4ull * i);
        if (k != NO_NAME && !isStringConst(c, fh, k)) return c.fail("register %u of function %u has a bad name", U(i), U(fn));
    }
    for (uint32_t i = 0; i < fh.evalSiteCount; i++) {
        uint32_t first = c.u32(s->evalSites + 4ull * i), next = c.u32(s->evalSites + 4ull * (i + 1));
        if (first > next || next > fh.evalBindingCount) return c.fail("eval site %u out of range at function %u", U(i), U(fn));
    }
    for (uint32_t i = 0; i < fh.evalBindingCount; i++) {
        EvalBinding b;
        memcpy(&b, c.bytes + s->evalBindings + sizeof(EvalBinding) * i, sizeof b);
        UpvalKind kind = upvalDescKind(b.desc);
        if (!isStringConst(c, fh, b.nameConst) || evalDescKind(b.desc) > EVAL_CALLEE ||
            (kind == UPVAL_PARENT_REGISTER && upvalDescIndex(b.desc) >= fh.nregs) ||
            (kind == UPVAL_PARENT_UPVAL && upvalDescIndex(b.desc) >= fh.upvalCount) || kind >= UPVAL_GLOBAL)
            return c.fail("eval binding %u out of range at function %u", U(i), U(fn));
    }
    // Positions are looked up when errors are made: the table must decode,
    // in pc order, inside the code.
    LineTableReader lines(c.bytes + s->lines, fh.lineBytes);
    while (!lines.atEnd()) {
        uint32_t previous = lines.entry.pc;
        if (!lines.next() || lines.entry.pc < previous || lines.entry.pc >= fh.codeCount)
            return c.fail("line table out of range at function %u", U(fn));
    }
    return checkCode(c, *s, fn);
}

// Nesting: inner indexes name functions of the image other than the top
// level, and each inner function's upvalues name registers or upvalues that
// the parent creating it has (checked for every parent that lists it).
// Order and cycles do not matter to safety: templates are collected objects.
// Run after every function record was checked.
bool checkNesting(Check &c, const ImageHeader &ih) {
    uint32_t n = ih.functionCount;
    for (uint32_t p = 0; p < n; p++) {
        Sections s;
        uint32_t offset = c.u32(sizeof(ImageHeader) + 4ull * p);
        FunctionHeader fh;
        memcpy(&fh, c.bytes + offset, sizeof fh);
        locate(offset, fh, &s);
        for (uint32_t k = 0; k < fh.innerCount; k++) {
            uint32_t child = c.u32(s.inner + 4ull * k);
            if (child == 0 || child >= n) return c.fail("inner function %u of function %u out of range", U(k), U(p));
            Sections cs;
            uint32_t childOffset = c.u32(sizeof(ImageHeader) + 4ull * child);
            FunctionHeader cfh;
            memcpy(&cfh, c.bytes + childOffset, sizeof cfh);
            locate(childOffset, cfh, &cs);
            for (uint32_t u = 0; u < cfh.upvalCount; u++) {
                uint32_t d = c.u32(cs.upvals + 4ull * u);
                if ((upvalDescKind(d) == UPVAL_PARENT_REGISTER && upvalDescIndex(d) >= fh.nregs) ||
                    (upvalDescKind(d) == UPVAL_PARENT_UPVAL && upvalDescIndex(d) >= fh.upvalCount))
                    return c.fail("upvalue %u of function %u out of range of its parent %u", U(u), U(child), U(p));
            }
        }
    }
    return true;
}

}  // namespace

uint32_t imageChecksum(const uint8_t *bytes, size_t size) {
    const size_t at = offsetof(ImageHeader, checksum);
    static const uint8_t zero[4] = {0, 0, 0, 0};
    if (size < at + 4) return crc32Update(0, bytes, size);
    uint32_t crc = crc32Update(0, bytes, at);
    crc = crc32Update(crc, zero, 4);
    return crc32Update(crc, bytes + at + 4, size - at - 4);
}

bool validateImage(const uint8_t *bytes, size_t size, const ImageCheck &check, char *message, size_t messageSize) {
    Check c = {bytes, size, message, messageSize};
    if (messageSize) message[0] = 0;
    if (reinterpret_cast<uintptr_t>(bytes) & 3) return c.fail("not 4-byte aligned in memory");
    if (size < 8) return c.fail("truncated (%u bytes)", U(static_cast<unsigned>(size)));
    uint32_t magic = c.u32(0);
    uint32_t swapped = ((IMAGE_MAGIC & 0xffu) << 24) | ((IMAGE_MAGIC & 0xff00u) << 8) | ((IMAGE_MAGIC >> 8) & 0xff00u) |
                       (IMAGE_MAGIC >> 24);
    if (magic == swapped) return c.fail("written for the other byte order");
    if (magic != IMAGE_MAGIC) return c.fail("not a bytecode image (bad magic)");
    ImageHeader ih;
    memcpy(&ih.version, bytes + offsetof(ImageHeader, version), 2);
    if (ih.version != IMAGE_VERSION)
        return c.fail("version %u, this engine reads version %u", U(ih.version), U(IMAGE_VERSION));
    if (size < sizeof ih) return c.fail("truncated header");
    memcpy(&ih, bytes, sizeof ih);
    uint8_t endianness = IMAGE_LITTLE_ENDIAN;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    endianness = IMAGE_BIG_ENDIAN;
#endif
    if (ih.endianness != endianness) return c.fail("written for the other byte order");
    if (ih.wordSize != sizeof(void *))
        return c.fail("made by a %u-bit build, this one is %u-bit", U(ih.wordSize * 8u), U(static_cast<unsigned>(sizeof(void *) * 8)));
    if (ih.config != IMAGE_BUILD_CONFIG)
        return c.fail("made by a build with other options (configuration %#x, this build %#x)", U(ih.config), U(IMAGE_BUILD_CONFIG));
    if (ih.flags & ~static_cast<uint32_t>(IMAGE_NO_LINES)) return c.fail("unknown flags %#x", U(ih.flags));
    if (ih.totalSize != size)
        return c.fail("size %u in the header, %u bytes given", U(ih.totalSize), U(static_cast<unsigned>(size)));
    if (size & 3) return c.fail("size not a multiple of 4");
    if (check.checksum && imageChecksum(bytes, size) != ih.checksum) return c.fail("checksum mismatch");
    if (ih.functionCount == 0 || !c.in(sizeof ih, 4ull * ih.functionCount)) return c.fail("function table out of range");
    if (ih.loadOnlyStart > size || (ih.loadOnlyStart & 3) || ih.loadOnlyStart < sizeof ih + 4ull * ih.functionCount)
        return c.fail("code part out of range");
    if (ih.fileNameAt != 0 && (ih.fileNameAt < ih.loadOnlyStart || !c.in(ih.fileNameAt, ih.fileNameLength)))
        return c.fail("file name out of range");
    for (uint32_t i = 0; i < ih.functionCount; i++) {
        Sections s;
        if (!checkFunction(c, ih, i, check, &s)) return false;
    }
    return checkNesting(c, ih);
}

}  // namespace eng
