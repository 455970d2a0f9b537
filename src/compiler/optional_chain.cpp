// Optional chaining (ES2020): a?.b, a?.[k], a?.(args). Each `?.` tests the
// value before it and, if it is null or undefined, jumps to the end of the
// whole chain (the member and call suffixes that follow), where the result
// is undefined (true for the operand of delete).
#include "compiler/parser.h"

namespace eng {

// At `?.`: one optional link.
bool Parser::parseOptionalLink(ExprDesc &e, uint32_t *chain) {
    uint32_t line = lex_.token.line, column = lex_.token.column;
    if (!next()) return false;
    auto jumpIfNullish = [&](uint32_t reg) {
        uint32_t t = allocReg();
        emitABC(OP_LOADNULL, t, 0, 0);
        emitABC(OP_EQ, t, reg, t);  // == null: no conversion can run
        *chain = addPatch(*chain, emitCondJump(OP_JMPIF, t));
        fs_->freeReg = t;
    };
    if (check(T_LPAREN)) {
        // a?.(args), a.b?.(args): the callee is tested, this kept.
        compact(e);
        uint32_t base, owned = NO_REG;
        if (e.kind == E_FIELD || e.kind == E_INDEX || e.kind == E_SUPER || e.kind == E_PRIVATE) {
            // (super.m?.() and o.#m?.() keep this too.)
            if (!e.line) {
                e.line = line;
                e.column = column;
            }
            base = loadCallee(e, &owned);
        } else {
            base = toNextReg(e);
            allocReg();
            emitABC(OP_LOADUNDEF, base + 1, 0, 0);
        }
        jumpIfNullish(base);
        uint32_t count = 0;
        bool spread = false;
        if (!parseArguments(base, &count, &spread)) return false;
        setPos(line, column);
        if (spread) emitABC(OP_CALLSPREAD, base, 0, 0);
        else emitABC(OP_CALL, base, count, 0);
        fs_->freeReg = base + 1;
        e = ExprDesc();
        e.kind = E_REG;
        e.a = base;
        e.floor = owned;
        return !ctx_->failed();
    }
    if (e.kind != E_LOCAL) {
        compact(e);
        toAnyReg(e);
    }
    jumpIfNullish(e.a);
    if (check(T_TEMPLATE)) return fail(ENG_MESSAGE("Invalid tagged template on optional chain"));
    if (check(T_LBRACKET)) {
        if (!next()) return false;
        ExprDesc key;
        if (!parseExpression(key, false)) return false;
        if (!expect(T_RBRACKET)) return false;
        makeIndex(e, key, line, column);
        return !ctx_->failed();
    }
    if (!isIdentifierName()) return unexpected();
    uint32_t atom = tokenAtom();
    makeMember(e, atom, line, column);
    return next();
}

// The end of a chain: its value in one register, undefined where it was
// cut short.
void Parser::closeOptionalChain(ExprDesc &e, uint32_t chain, bool forDelete) {
    uint32_t r;
    if (forDelete && (e.kind == E_FIELD || e.kind == E_INDEX)) {
        uint32_t key = e.b;
        if (e.kind == E_FIELD) {
            key = allocReg();
            emitABx(OP_LOADK, key, e.b);
        }
        freeExpr(e);
        r = allocReg();
        emitABC(OP_DELPROP, r, e.a, key);
        deletedInChain_ = true;
    } else {
        r = toNextReg(e);
    }
    uint32_t over = emitJump();
    patchListTo(chain, here());
    emitABC(forDelete && deletedInChain_ ? OP_LOADTRUE : OP_LOADUNDEF, r, 0, 0);
    patchTo(over, here());
    fs_->freeReg = r + 1;
    e = ExprDesc();
    e.kind = E_REG;
    e.a = r;
}

}  // namespace eng
