// Template literals (ES2023 13.2.8) and tagged templates (13.3.11).
//
// An untagged template is a string concatenation: each substitution goes
// through TOSTR (ToString, not the ToPrimitive-default of `+`) before it is
// appended. A tagged template is a call whose first argument is the site's
// template object: made once per site and load (the image is loaded once
// per realm) and cached in a slot constant that TEMPLATEOBJ fills, so every
// evaluation of the site gets the same frozen object.
#include "compiler/parser.h"

namespace eng {

namespace {

ExprDesc regValue(uint32_t reg) {
    ExprDesc e;
    e.kind = E_REG;
    e.a = reg;
    return e;
}

}  // namespace

// Appends the current chunk's cooked text to the string being built in
// dest (*started: dest already holds a string).
bool Parser::appendTemplateChunk(uint32_t dest, bool *started) {
    if (lex_.token.templateInvalid) return fail(lex_.templateError);
    if (lex_.value.empty()) return true;
    uint32_t atom = atoms_.intern(lex_.value.data(), lex_.value.size());
    if (!*started) {
        emitABx(OP_LOADK, dest, stringConst(atom));
        *started = true;
        return !ctx_->failed();
    }
    uint32_t t = allocReg();
    emitABx(OP_LOADK, t, stringConst(atom));
    emitABC(OP_ADD, dest, dest, t);
    fs_->freeReg = dest + 1;
    return !ctx_->failed();
}

// After a substitution: the '}' is read again as the next chunk.
bool Parser::nextTemplateChunk() {
    if (!check(T_RBRACE)) return unexpected();
    lex_.rescanTemplateContinuation();
    if (ctx_->outOfMemory) return false;
    if (check(T_ERROR)) return unexpected();
    return true;
}

bool Parser::parseTemplateLiteral(ExprDesc &e) {
    const Token tok = lex_.token;
    if (tok.templateTail) {
        if (tok.templateInvalid) return fail(lex_.templateError);
        e = ExprDesc();
        e.kind = E_STRING;
        e.atom = atoms_.intern(lex_.value.data(), lex_.value.size());
        return next();
    }
    uint32_t dest = allocReg();
    bool started = false;
    if (!appendTemplateChunk(dest, &started)) return false;
    for (;;) {
        if (!next()) return false;
        ExprDesc sub;
        if (!parseExpression(sub, false)) return false;
        uint32_t r = compactToAnyReg(sub);
        freeExpr(sub);
        setPos(tok.line, tok.column);
        if (started) {
            uint32_t t = allocReg();
            emitABC(OP_TOSTR, t, r, 0);
            emitABC(OP_ADD, dest, dest, t);
        } else {
            emitABC(OP_TOSTR, dest, r, 0);
            started = true;
        }
        fs_->freeReg = dest + 1;
        if (!nextTemplateChunk() || !appendTemplateChunk(dest, &started)) return false;
        if (lex_.token.templateTail) break;
    }
    e = regValue(dest);
    return next();
}

// Tagged template arguments: R[base+2] = the template object, then one
// register per substitution. The object is looked up (and made on the first
// evaluation) after the substitutions, which is not observable.
bool Parser::parseTemplateArguments(uint32_t base, uint32_t *count) {
    uint32_t objReg = allocReg();
    Vec<uint32_t> cooked(ctx_), raws(ctx_);
    uint32_t n = 0;
    for (;;) {
        uint32_t c = lex_.token.templateInvalid ? NO_ATOM : atoms_.intern(lex_.value.data(), lex_.value.size());
        uint32_t r = atoms_.intern(lex_.raw.data(), lex_.raw.size());
        if (!cooked.push(c) || !raws.push(r)) return false;
        if (lex_.token.templateTail) break;
        if (!next()) return false;
        ExprDesc sub;
        if (!parseExpression(sub, false)) return false;
        toNextReg(sub);
        if (++n > 254) return fail(ENG_MESSAGE("Too many arguments in function call"));
        if (!nextTemplateChunk()) return false;
    }
    uint32_t slot = slotConst();
    uint32_t s = allocReg();
    allocReg();
    emitABx(OP_LOADK, s, slot);
    uint32_t done = emitCondJump(OP_JMPIF, s);
    for (uint32_t list = 0; list < 2; list++) {
        const Vec<uint32_t> &atoms = list == 0 ? cooked : raws;
        emitABC(OP_NEWARR, s + list, 0, 0);
        uint32_t t = allocReg();
        for (uint32_t i = 0; i < atoms.size(); i++) {
            if (atoms[i] == NO_ATOM) emitABC(OP_LOADUNDEF, t, 0, 0);
            else emitABx(OP_LOADK, t, stringConst(atoms[i]));
            emitABC(OP_APPEND, s + list, t, 0);
        }
        fs_->freeReg = t;
    }
    emitABx(OP_TEMPLATEOBJ, s, slot);
    patchTo(done, here());
    emitABC(OP_MOV, objReg, s, 0);
    fs_->freeReg = base + 3 + n;
    *count = n + 1;
    return next() && !ctx_->failed();
}

}  // namespace eng
