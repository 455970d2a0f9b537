// Generators (ES2015 14.4): function* and *method bodies, yield and yield*.
// The body starts with INITGEN (after the parameters are bound, so that
// their defaults run when the generator function is called) and each yield
// is a YIELD/RESUME pair; yield* is a loop of DELEGATE/DELEGATED
// (bytecode/opcodes.h, vm/generator.h).
#include "compiler/parser.h"

namespace eng {

namespace {

// Tokens that can begin an AssignmentExpression: after `yield` on the same
// line they are its operand.
bool startsExpression(TokenType t) {
    switch (t) {
    case T_IDENT: case T_NUMBER: case T_STRING: case T_REGEX: case T_TEMPLATE: case T_PRIVATE_NAME:
    case T_THIS: case T_FUNCTION: case T_CLASS: case T_NEW: case T_TYPEOF: case T_VOID: case T_DELETE:
    case T_NULL_: case T_TRUE_: case T_FALSE_: case T_SUPER: case T_IMPORT:
    case T_LBRACE: case T_LPAREN: case T_LBRACKET: case T_PLUS: case T_MINUS: case T_BANG: case T_TILDE:
    case T_INC: case T_DEC:
        return true;
    default:
        return false;
    }
}

}  // namespace

bool Parser::isYieldHere() {
    return check(T_IDENT) && !lex_.token.escaped && tokenAtom() == ATOM_YIELD;
}

bool Parser::emitGeneratorStart() {
    uint32_t r = allocReg();
    allocReg();
    emitABC(OP_INITGEN, r, 0, 0);
    emitABC(OP_RESUME, r, 0, 0);
    fs_->freeReg = r;
    return !ctx_->failed();
}

// Out of parseYield, whose frame nests per `yield yield ...`.
void Parser::emitYield(uint32_t base, uint32_t operand) {
#if ENG_ASYNC_GENERATORS
    if (fs_->isAsync) {
        // Await the operand, AsyncGeneratorYield, and a return(v) awaits v
        // (vm/async_generator.h).
        emitABC(OP_YIELD, base, operand, 1);
        emitABC(OP_RESUME, base, 0, 0);
        emitABC(OP_YIELD, base, base, 2);
        emitABC(OP_RESUME, base, 0, 1);
        emitABC(OP_RESUME, base, 0, 2);
        return;
    }
#endif
    emitABC(OP_YIELD, base, operand, 0);
    emitABC(OP_RESUME, base, 0, 0);
}

// R[base] iterator, +1 position, +2 received value, +3 mode, +4..+6 the
// window of the iterator method's call.
void Parser::emitDelegation(uint32_t base, uint32_t operand) {
    bool async = ENG_ASYNC_GENERATORS && fs_->isAsync;
    emitABC(OP_ITERINIT, base, operand, async ? 1 : 0);
    emitABC(OP_LOADUNDEF, base + 2, 0, 0);
    emitABx(OP_LOADI, base + 3, 0x8000 + COMPLETION_NORMAL);
    uint32_t loop = here();
    emitABC(OP_DELEGATE, base, 0, 0);
    if (async) {
        // The inner result is awaited; a received return's value too
        // (vm/async_generator.h).
        emitABC(OP_YIELD, base + 4, base + 4, 1);
        emitABC(OP_RESUME, base + 4, 0, 0);
    }
    uint32_t exit = emitCondJump(OP_DELEGATED, base);
    if (async) {
        emitABC(OP_DELEGATE, base, 0, 2);
        emitABC(OP_YIELD, base + 4, base + 2, 1);
        emitABC(OP_DELEGATE, base, 0, 3);
    }
    jumpBackTo(loop);
    patchTo(exit, here());
    emitABC(OP_MOV, base, base + 2, 0);
}

bool Parser::parseYield(ExprDesc &e, bool noIn) {
    const Token tok = lex_.token;
    if (fs_->inParams) return failAt(ENG_MESSAGE("Yield expression not allowed in formal parameter"), tok.line, tok.column);
    if (!next()) return false;
    bool delegate = check(T_STAR) && !lex_.token.newlineBefore;
    if (delegate && !next()) return false;
    // `yield /re/`: after yield a slash starts a regular expression (the
    // primary expression reads it again as one).
    bool slash = check(T_SLASH) || check(T_SLASH_ASSIGN);
    bool hasOperand = delegate || (!lex_.token.newlineBefore && (slash || startsExpression(lex_.token.type)));
    uint32_t operand = NO_REG;
    if (hasOperand) {
        ExprDesc v;
        if (!parseAssignment(v, noIn)) return false;
        compact(v);
        operand = toAnyReg(v);
        freeExpr(v);
    }
    setPos(tok.line, tok.column);
    uint32_t base = allocReg();
    if (!delegate) {
        allocReg();
        if (operand == NO_REG) {
            operand = base;
            emitABC(OP_LOADUNDEF, base, 0, 0);
        }
        emitYield(base, operand);
    } else {
        for (int i = 1; i < 7; i++) allocReg();
        emitDelegation(base, operand);
    }
    fs_->freeReg = base + 1;
    ExprDesc result;
    result.kind = E_REG;
    result.a = base;
    e = result;
    return !ctx_->failed();
}

}  // namespace eng
