// Short-circuit operators: the jump of && || ?? (ES2020 nullish coalescing)
// and the logical assignments &&= ||= ??= (ES2021), which assign only when
// the jump is not taken (and then name an anonymous function after the
// target, like =).
#include "compiler/parser.h"

namespace eng {

// Jumps (to be patched) when the value in reg decides the result by itself:
// falsy for &&, truthy for ||, neither null nor undefined for ??.
uint32_t Parser::emitShortCircuit(TokenType op, uint32_t reg) {
    if (op == T_AND || op == T_AND_ASSIGN) return emitCondJump(OP_JMPIFNOT, reg);
    if (op == T_OR || op == T_OR_ASSIGN) return emitCondJump(OP_JMPIF, reg);
    uint32_t t = allocReg();
    emitABC(OP_LOADNULL, t, 0, 0);
    emitABC(OP_EQ, t, reg, t);  // == null: no conversion can run
    uint32_t jump = emitCondJump(OP_JMPIFNOT, t);
    fs_->freeReg = t;
    return jump;
}

// e is the (checked, with-resolved) target; the current token starts the
// right-hand side.
bool Parser::parseLogicalAssignment(ExprDesc &e, TokenType op, bool noIn, uint32_t hazard, uint32_t writesBefore) {
    FuncState *f = fs_;
    ExprDesc value;
    if (e.kind == E_LOCAL && !e.readOnly) {
        protectOperand(e, hazard);
        uint32_t skip = emitShortCircuit(op, e.a);
        if (e.isName && !e.parenthesized) nameHint_ = e.atom;
        bool ok = parseAssignment(value, noIn);
        hazardEnd(hazard, writesBefore);
        if (e.isName) f->nameWrites++;
        if (!ok) return false;
        moveToLocal(e.a, value);
        patchTo(skip, here());
        ExprDesc result;
        result.kind = E_LOCAL;
        result.a = e.a;
        e = result;
        return !ctx_->failed();
    }
    if (e.kind == E_FIELD || e.kind == E_INDEX) protectOperand(e, hazard);
    if (e.kind == E_INDEX) convertKeyOnce(e);
    uint32_t r1 = allocReg();
    ExprDesc current = e;
    dischargeTo(current, r1);
    uint32_t skip = emitShortCircuit(op, r1);
    if (e.isName && !e.parenthesized) nameHint_ = e.atom;
    bool ok = parseAssignment(value, noIn);
    hazardEnd(hazard, writesBefore);
    if (e.isName) f->nameWrites++;
    if (!ok) return false;
    freeExpr(value);
    dischargeTo(value, r1);
    f->freeReg = r1 + 1;
    storeTo(e, r1);
    patchTo(skip, here());
    uint32_t low = lowestTemp(e);
    e = ExprDesc();
    e.kind = E_REG;
    e.a = r1;
    e.floor = low == NO_REG ? r1 : low;
    return !ctx_->failed();
}

}  // namespace eng
