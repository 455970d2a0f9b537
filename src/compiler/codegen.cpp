// Instruction emission, jumps, registers, constants and the expression
// descriptors' discharge into registers.
#include "config.h"
#include <string.h>

#include "compiler/parser.h"

namespace eng {

uint32_t Parser::emitABC(Opcode op, uint32_t a, uint32_t b, uint32_t c) { return emit(makeABC(op, a, b, c)); }

uint32_t Parser::emitABx(Opcode op, uint32_t a, uint32_t bx) { return emit(makeABx(op, a, bx)); }

uint32_t Parser::emit(Instr i) {
    FuncState *f = fs_;
    if (f->pass == 2) {
        uint32_t pc = f->code.size();
        if (f->lines.empty() || f->lines.back().line != f->line || f->lines.back().column != f->column) {
            if (!f->lines.empty() && f->lines.back().pc == pc) {
                f->lines.back().line = f->line;
                f->lines.back().column = f->column;
                // Merge with the previous entry if it now says the same.
                if (f->lines.size() >= 2 && f->lines.fromBack(1).line == f->line &&
                    f->lines.fromBack(1).column == f->column)
                    f->lines.pop();
            } else {
                LineEntry e = {pc, f->line, f->column};
                f->lines.push(e);
            }
        }
    }
    f->code.push(i);
    return f->code.size() - 1;
}

uint32_t Parser::emitJump() { return emit(makeSJ(OP_JMP, 0)); }

uint32_t Parser::emitCondJump(Opcode op, uint32_t reg) { return emit(makeAsBx(op, reg, 0)); }

uint32_t Parser::here() {
    fs_->lastLabelPc = fs_->code.size();
    return fs_->code.size();
}

void Parser::patchTo(uint32_t pc, uint32_t target) {
    FuncState *f = fs_;
    if (pc >= f->code.size()) return;  // emission failed earlier (out of memory)
    int64_t offset = static_cast<int64_t>(target) - static_cast<int64_t>(pc) - 1;
    Instr i = f->code[pc];
    Opcode op = instrOp(i);
    if (op == OP_JMP) {
        if (offset < -0x800000 || offset > 0x7fffff) {
            fail(ENG_MESSAGE("Function too large"));
            return;
        }
        f->code[pc] = makeSJ(OP_JMP, static_cast<int32_t>(offset));
    } else {
        if (offset < -0x8000 || offset > 0x7fff) {
            fail(ENG_MESSAGE("Function too large"));
            return;
        }
        f->code[pc] = makeAsBx(op, instrA(i), static_cast<int32_t>(offset));
    }
}

uint32_t Parser::addPatch(uint32_t list, uint32_t pc) {
    PatchNode n = {pc, list};
    if (!fs_->patches.push(n)) return list;
    return fs_->patches.size() - 1;
}

void Parser::patchListTo(uint32_t list, uint32_t target) {
    while (list != NO_PATCH) {
        patchTo(fs_->patches[list].pc, target);
        list = fs_->patches[list].next;
    }
}

void Parser::jumpBackTo(uint32_t target) { patchTo(emitJump(), target); }

uint32_t Parser::allocReg() {
    FuncState *f = fs_;
    uint32_t r = f->freeReg++;
    if (f->freeReg > f->maxReg) f->maxReg = f->freeReg;
    if (f->freeReg > MAX_REGISTERS && f->pass == 2) fail(ENG_MESSAGE("Too many local variables"));
    return r;
}

uint32_t Parser::reserveRegs(uint32_t n) {
    FuncState *f = fs_;
    f->freeReg = f->nactive;
    uint32_t base = f->freeReg;
    for (uint32_t i = 0; i < n; i++) allocReg();
    f->nactive = f->freeReg;
    return base;
}

void Parser::releaseRegs(uint32_t base) { fs_->freeReg = fs_->nactive = base; }

uint32_t Parser::numberConst(double v) {
    FuncState *f = fs_;
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    if (uint32_t *found = f->numberConsts.find(bits)) return *found;
    uint32_t index = f->constCount;
    if (index >= 0x10000) {
        fail(ENG_MESSAGE("Too many constants in function"));
        return 0;
    }
    uint32_t words[3] = {kConstNumberMark, 0, 0};
    memcpy(words + 1, &v, 8);
    if (!f->constWords.append(words, 3) || !f->numberConsts.put(bits, index)) return 0;
    f->constCount++;
    return index;
}

uint32_t Parser::stringConst(uint32_t atom) {
    FuncState *f = fs_;
    if (atom == NO_ATOM) return 0;  // out of memory already reported
    if (uint32_t *found = f->stringConsts.find(atom)) return *found;
    uint32_t index = f->constCount;
    if (index >= 0x10000) {
        fail(ENG_MESSAGE("Too many constants in function"));
        return 0;
    }
    if (!f->constWords.push(atom) || !f->stringConsts.put(atom, index)) return 0;
    f->constCount++;
    return index;
}

#if ENG_BIGINT
uint32_t Parser::bigIntConst(uint32_t atom) {
    FuncState *f = fs_;
    uint32_t index = f->constCount;
    if (index >= 0x10000) {
        fail(ENG_MESSAGE("Too many constants in function"));
        return 0;
    }
    uint32_t words[2] = {kConstBigIntMark, atom};
    if (!f->constWords.append(words, 2)) return 0;
    f->constCount++;
    return index;
}
#endif

uint32_t Parser::slotConst() {
    FuncState *f = fs_;
    uint32_t index = f->constCount;
    if (index >= 0x10000) {
        fail(ENG_MESSAGE("Too many constants in function"));
        return 0;
    }
    if (!f->constWords.push(kConstSlotMark)) return 0;
    f->constCount++;
    return index;
}

// Pass 1 records these strings; pass 2 enters them first so that their
// indexes fit the 8-bit operands.
uint32_t Parser::narrowStringConst(uint32_t atom) {
    if (fs_->pass == 1) fs_->narrowAtoms.push(atom);
    uint32_t k = stringConst(atom);
    if (k >= 256 && fs_->pass == 2) fail(ENG_MESSAGE("Too many constants in function"));
    return k;
}

void Parser::loadNumber(uint32_t reg, double v) {
    if (v >= -32768 && v <= 32767 && v == static_cast<double>(static_cast<int32_t>(v)) &&
        !(v == 0 && 1 / v < 0)) {
        emit(makeAsBx(OP_LOADI, reg, static_cast<int32_t>(v)));
    } else {
        emitABx(OP_LOADK, reg, numberConst(v));
    }
}

uint32_t Parser::lowestTemp(const ExprDesc &e) const {
    uint32_t low = NO_REG;
    auto consider = [&](uint32_t r) {
        if (isTemp(r) && (low == NO_REG || r < low)) low = r;
    };
    switch (e.kind) {
    case E_FIELD:
        consider(e.a);
        break;
    case E_INDEX:
        consider(e.a);
        consider(e.b);
        break;
    case E_REG:
        consider(e.a);
        if (e.floor != NO_REG) consider(e.floor);
        break;
    case E_WITHBASE:
    case E_SUPER:
        consider(e.a);
        break;
    case E_PRIVATE:
        consider(e.a);
        consider(e.b);
        break;
    default:
        break;
    }
    return low;
}

void Parser::freeExpr(const ExprDesc &e) {
    uint32_t low = lowestTemp(e);
    if (low != NO_REG && low < fs_->freeReg) fs_->freeReg = low;
}

void Parser::dischargeTo(ExprDesc &e, uint32_t reg) {
    if (e.line) setPos(e.line, e.column);
    switch (e.kind) {
    case E_VOID:
    case E_UNDEF: emitABC(OP_LOADUNDEF, reg, 0, 0); break;
    case E_NULL: emitABC(OP_LOADNULL, reg, 0, 0); break;
    case E_TRUE: emitABC(OP_LOADTRUE, reg, 0, 0); break;
    case E_FALSE: emitABC(OP_LOADFALSE, reg, 0, 0); break;
    case E_THIS: emitABC(OP_LOADTHIS, reg, 0, 0); break;
    case E_NUMBER: loadNumber(reg, e.number); break;
    case E_STRING: emitABx(OP_LOADK, reg, stringConst(e.atom)); break;
#if ENG_BIGINT
    case E_BIGINT: emitABx(OP_LOADK, reg, bigIntConst(e.atom)); break;
#else
    case E_BIGINT: break;  // never made: the lexer reads no BigInt literal
#endif
    case E_LOCAL:
    case E_REG:
        if (e.a != reg) emitABC(OP_MOV, reg, e.a, 0);
        break;
    case E_BOX:
        emitABC(OP_GETBOX, reg, e.a, 0);
        if (e.tdz) emitABx(OP_CHECKTDZ, reg, stringConst(e.atom));
        break;
    case E_UPVAL: emitABC(outerMayBeEmpty() ? OP_GETUPVALCHK : OP_GETUPVAL, reg, e.a, 0); break;
    case E_GLOBAL: emitABx(OP_GETGLOBAL, reg, e.a); break;
    case E_FIELD: emitABC(OP_GETFIELD, reg, e.a, e.b); break;
    case E_INDEX: emitABC(OP_GETPROP, reg, e.a, e.b); break;
    case E_SUPER: emitABC(OP_GETSUPER, reg, e.a, 0); break;
    case E_PRIVATE: emitABC(OP_GETPRIVATE, reg, e.a, e.b); break;
    case E_WITHREF:
    case E_WITHBASE: {
        // The object register must not be a variable's: the property read
        // may throw after it was written.
        uint32_t saved = fs_->freeReg;
        uint32_t base = e.a;
        if (e.kind == E_WITHREF) {
            base = isTemp(reg) ? reg : allocReg();
            emitWithBase(e, base);
        }
        uint32_t toStatic = emitCondJump(OP_JMPIFNOT, base);
        emitWithGet(reg, base, e);
        uint32_t toEnd = emitJump();
        patchTo(toStatic, here());
        ExprDesc st = staticBinding(e);
        dischargeTo(st, reg);
        patchTo(toEnd, here());
        if (e.kind == E_WITHREF) fs_->freeReg = saved;
        break;
    }
    }
    e.kind = E_REG;
    e.a = reg;
    e.floor = NO_REG;
    e.isName = false;
    e.line = 0;
}

uint32_t Parser::toNextReg(ExprDesc &e) {
    freeExpr(e);
    uint32_t r = allocReg();
    dischargeTo(e, r);
    return r;
}

uint32_t Parser::compactToAnyReg(ExprDesc &e) {
    compact(e);
    return toAnyReg(e);
}

uint32_t Parser::toAnyReg(ExprDesc &e) {
    if (e.kind == E_LOCAL || e.kind == E_REG) return e.a;
    return toNextReg(e);
}

void Parser::discard(ExprDesc &e) {
    FuncState *f = fs_;
    uint32_t n = f->code.size();
    // An unused local x++ is "TONUM t, x; INC x, t": make it "INC x, x".
    if (e.kind == E_REG && isTemp(e.a) && e.floor == NO_REG && n >= 2 && f->lastLabelPc + 1 < n) {
        Instr first = f->code[n - 2], second = f->code[n - 1];
        Opcode op = instrOp(second);
        if (instrOp(first) == OP_TONUM && instrA(first) == e.a && (op == OP_INC || op == OP_DEC) &&
            instrB(second) == e.a && instrA(second) == instrB(first) && instrA(second) != e.a) {
            f->code[n - 2] = makeABC(op, instrA(second), instrA(second), 0);
            f->code.pop();
            if (!f->lines.empty() && f->lines.back().pc >= n - 1) f->lines.pop();
        }
    }
    switch (e.kind) {
    case E_GLOBAL:
    case E_UPVAL:
    case E_FIELD:
    case E_INDEX:
    case E_SUPER:
    case E_PRIVATE:
    case E_WITHREF:
    case E_WITHBASE:
        toNextReg(e);
        break;
    default:
        break;
    }
    freeExpr(e);
    e.kind = E_VOID;
}

// A named function expression's own name is an immutable binding: storing
// to it does nothing in sloppy code and throws a TypeError in strict code.
// The instruction set has no "throw TypeError", so the strict case is
//   GETGLOBAL t, "TypeError"; LOADK t+2, message; NEW t, 1; THROW t
// (it uses the global TypeError, like any script that writes `new TypeError`).
void Parser::emitConstAssignError() {
    FuncState *f = fs_;
    uint32_t saved = f->freeReg;
    uint32_t t = allocReg();
    allocReg();
    uint32_t arg = allocReg();
    uint32_t ctor = atoms_.internAscii("TypeError");
    uint32_t message = atoms_.internAscii("Assignment to constant variable.");
    emitABx(OP_GETGLOBAL, t, stringConst(ctor));
    emitABx(OP_LOADK, arg, stringConst(message));
    emitABC(OP_NEW, t, 1, 0);
    emitABC(OP_THROW, t, 0, 0);
    f->freeReg = saved;
}

void Parser::storeTo(const ExprDesc &t, uint32_t value) {
    if (t.line) setPos(t.line, t.column);
    if (t.kind == E_WITHREF || t.kind == E_WITHBASE) {
        uint32_t saved = fs_->freeReg;
        uint32_t base = t.a;
        if (t.kind == E_WITHREF) {
            base = allocReg();
            emitWithBase(t, base);
        }
        uint32_t toStatic = emitCondJump(OP_JMPIFNOT, base);
        emitWithSet(base, t, value);
        uint32_t toEnd = emitJump();
        patchTo(toStatic, here());
        storeTo(staticBinding(t), value);
        patchTo(toEnd, here());
        fs_->freeReg = saved;
        return;
    }
    // A let or const binding in its TDZ throws a ReferenceError first.
    if (t.tdz && t.kind == E_BOX) {
        uint32_t saved = fs_->freeReg;
        uint32_t r = allocReg();
        emitABC(OP_GETBOX, r, t.a, 0);
        emitABx(OP_CHECKTDZ, r, stringConst(t.atom));
        fs_->freeReg = saved;
    }
    if (t.readOnly) {
        if (t.constant && t.kind == E_UPVAL && outerMayBeEmpty()) {
            uint32_t saved = fs_->freeReg;
            emitABC(OP_GETUPVALCHK, allocReg(), t.a, 0);
            fs_->freeReg = saved;
        }
        if (t.constant) emitABC(OP_THROWCONST, 0, 0, 0);
        else if (fs_->strict) emitConstAssignError();
        return;
    }
    switch (t.kind) {
    case E_LOCAL:
        if (t.a != value) emitABC(OP_MOV, t.a, value, 0);
        break;
    case E_BOX: emitABC(OP_SETBOX, t.a, value, 0); break;
    case E_UPVAL: emitABC(outerMayBeEmpty() ? OP_SETUPVALCHK : OP_SETUPVAL, value, t.a, 0); break;
    case E_GLOBAL: emitABx(OP_SETGLOBAL, value, t.a); break;
    case E_FIELD: emitABC(OP_SETFIELD, t.a, t.b, value); break;
    case E_INDEX: emitABC(OP_SETPROP, t.a, t.b, value); break;
    case E_SUPER: emitABC(OP_SETSUPER, t.a, value, 0); break;
    case E_PRIVATE: emitABC(OP_SETPRIVATE, t.a, t.b, value); break;
    default: break;
    }
}

namespace {
// Instructions that only write R[A] from their operands: their target can be
// changed to a local variable instead of going through a temporary.
bool isRetargetable(Opcode op) {
    switch (op) {
    case OP_LOADK: case OP_LOADI: case OP_LOADUNDEF: case OP_LOADNULL: case OP_LOADTRUE:
    case OP_LOADFALSE: case OP_MOV: case OP_LOADTHIS: case OP_CLOSURE: case OP_NEWOBJ:
    case OP_NEWARR: case OP_GETGLOBAL: case OP_TYPEOFGLOBAL: case OP_DELGLOBAL: case OP_GETBOX:
    case OP_GETUPVAL: case OP_TYPEOFUPVAL: case OP_DELUPVAL: case OP_GETPROP: case OP_GETFIELD:
    case OP_DELPROP: case OP_REGEXP: case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
    case OP_MOD: case OP_BAND: case OP_BOR: case OP_BXOR: case OP_SHL: case OP_SHR: case OP_USHR:
    case OP_EQ: case OP_NE: case OP_SEQ: case OP_SNE: case OP_LT: case OP_LE: case OP_GT:
    case OP_GE: case OP_INSTANCEOF: case OP_IN: case OP_NEG: case OP_TONUM: case OP_NOT:
    case OP_BNOT: case OP_TYPEOF: case OP_INC: case OP_DEC:
        return true;
    default:
        return false;
    }
}
}  // namespace

void Parser::moveToLocal(uint32_t local, ExprDesc &value) {
    FuncState *f = fs_;
    if (value.kind == E_REG) {
        uint32_t n = f->code.size();
        if (isTemp(value.a) && (value.floor == NO_REG || value.floor == value.a) && n > 0 &&
            f->lastLabelPc != n && instrA(f->code[n - 1]) == value.a &&
            isRetargetable(instrOp(f->code[n - 1]))) {
            Instr i = f->code[n - 1];
            f->code[n - 1] = (i & ~0xff00u) | (local << 8);
        } else if (value.a != local) {
            emitABC(OP_MOV, local, value.a, 0);
        }
        freeExpr(value);
        return;
    }
    uint32_t low = lowestTemp(value);
    dischargeTo(value, local);
    if (low != NO_REG && low < f->freeReg) f->freeReg = low;
}

// The binding a with reference falls back to.
ExprDesc Parser::staticBinding(const ExprDesc &e) const {
    ExprDesc s;
    s.kind = e.fbKind;
    s.a = e.b;
    s.isName = true;
    s.readOnly = e.fbReadOnly;
    s.constant = e.constant;
    s.tdz = e.tdz;
    s.atom = e.atom;
    return s;
}

// R[dest] = R[base][name] and R[base][name] = R[value]; a name whose
// constant index does not fit the 8-bit operand goes through a register.
void Parser::emitWithGet(uint32_t dest, uint32_t base, const ExprDesc &e) { emitGetNamed(dest, base, e.atom); }

void Parser::emitWithSet(uint32_t base, const ExprDesc &e, uint32_t value) {
    emitNamed(OP_SETFIELD, OP_SETPROP, base, e.atom, value, false);
}

void Parser::emitGetNamed(uint32_t dest, uint32_t base, uint32_t atom) {
    emitNamed(OP_GETFIELD, OP_GETPROP, dest, atom, base, true);
}

void Parser::emitNamed(Opcode narrow, Opcode wide, uint32_t a, uint32_t atom, uint32_t other, bool keyInC) {
    uint32_t k = stringConst(atom);
    uint32_t saved = fs_->freeReg;
    Opcode op = narrow;
    if (k >= 256) {
        op = wide;
        uint32_t key = allocReg();
        emitABx(OP_LOADK, key, k);
        k = key;
    }
    if (keyInC) emitABC(op, a, other, k);
    else emitABC(op, a, k, other);
    fs_->freeReg = saved;
}

// R[reg] = the innermost candidate object that has the name, or undefined.
//       <candidate 1 into reg>; WITHHAS reg, name; JMPIF reg, done
//       <candidate 2 into reg>; WITHHAS reg, name; ...
//   done:
void Parser::emitWithBase(const ExprDesc &e, uint32_t reg) {
    uint32_t done = NO_PATCH;
    emitWithProbe(e, reg, &done, nullptr);
    patchListTo(done, here());
}

// The candidates in turn; a hit jumps (patch lists *found, or *foundVars
// for eval variables objects when given) with the object in reg. Falls
// through with reg undefined when none has the name; the last candidate
// only jumps when the hits are told apart.
void Parser::emitWithProbe(const ExprDesc &e, uint32_t reg, uint32_t *found, uint32_t *foundVars) {
    FuncState *f = fs_;
    uint32_t name = stringConst(e.atom);
    for (uint32_t i = 0; i < e.candCount; i++) {
        if (e.candStart + i >= f->withCands.size()) break;
        WithCandidate c = f->withCands[e.candStart + i];
        if (c.kind == E_LOCAL) emitABC(OP_MOV, reg, c.index, 0);
        else if (c.kind == E_BOX) emitABC(OP_GETBOX, reg, c.index, 0);
        else emitABC(OP_GETUPVAL, reg, c.index, 0);
        emitABx(OP_WITHHAS, reg, name);
        if (foundVars) {
            uint32_t j = emitCondJump(OP_JMPIF, reg);
            if (c.plainThis) *foundVars = addPatch(*foundVars, j);
            else *found = addPatch(*found, j);
        } else if (i + 1 < e.candCount) {
            *found = addPatch(*found, emitCondJump(OP_JMPIF, reg));
        }
    }
}

// References that are read and written, or called, find their object once,
// before the rest of the expression runs (ES5 11.13, 11.2.3).
void Parser::resolveWithBase(ExprDesc &e) {
    if (e.kind != E_WITHREF) return;
    uint32_t base = allocReg();
    if (e.line) setPos(e.line, e.column);
    emitWithBase(e, base);
    e.kind = E_WITHBASE;
    e.a = base;
}

uint32_t Parser::hazardBegin() { return fs_->hazardCounter++; }

void Parser::hazardEnd(uint32_t index, uint32_t writesBefore) {
    FuncState *f = fs_;
    if (f->pass != 1 || f->nameWrites == writesBefore) return;
    uint32_t byte = index / 8;
    if (f->hazards.size() <= byte && !f->hazards.resize(byte + 1, 0)) return;
    f->hazards[byte] |= static_cast<uint8_t>(1u << (index % 8));
}

bool Parser::hazardSet(uint32_t index) const {
    const FuncState *f = fs_;
    if (f->pass != 2) return false;
    uint32_t byte = index / 8;
    return byte < f->hazards.size() && (f->hazards[byte] >> (index % 8)) & 1;
}

// o[k] op= v and o[k]++ read and write the same property: convert the key
// once (a toString on it must run once), into a temporary if k is a variable.
void Parser::convertKeyOnce(ExprDesc &e) {
    if (isTemp(e.b)) {
        emitABC(OP_TOKEY, e.b, e.b, e.a);
        return;
    }
    uint32_t r = allocReg();
    emitABC(OP_TOKEY, r, e.b, e.a);
    e.b = r;
}

// The operand stays unevaluated in a variable's register while a sibling is
// evaluated; if that sibling assigns to a name, take a copy first.
void Parser::protectOperand(ExprDesc &e, uint32_t hazard) {
    if (!hazardSet(hazard)) return;
    if (e.kind == E_LOCAL) {
        toNextReg(e);
        return;
    }
    if (e.kind == E_FIELD || e.kind == E_INDEX) {
        if (!isTemp(e.a)) {
            uint32_t r = allocReg();
            emitABC(OP_MOV, r, e.a, 0);
            e.a = r;
        }
        if (e.kind == E_INDEX && !isTemp(e.b)) {
            uint32_t r = allocReg();
            emitABC(OP_MOV, r, e.b, 0);
            e.b = r;
        }
    }
}

}  // namespace eng
