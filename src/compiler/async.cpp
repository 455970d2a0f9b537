// Async functions (ES2017 15.8): `async` is a contextual keyword in front
// of function, an arrow's parameters or a method; `await` is an operator in
// their bodies only. The body starts with INITGEN C = 1 (after the
// prologue, so that errors of parameter defaults reject the promise) and
// each await is a YIELD/RESUME pair with C = 1 (vm/async.h).
#include "compiler/parser.h"

namespace eng {

bool Parser::isAsyncWord() {
    return check(T_IDENT) && !lex_.token.escaped && atoms_.equalsAscii(tokenAtom(), "async");
}

bool Parser::isAwaitHere() {
    return check(T_IDENT) && !lex_.token.escaped && atoms_.equalsAscii(tokenAtom(), "await");
}

// Puts the lexer back on the token `start` (at `at`).
bool Parser::backTo(const Token &start) {
    LexerPosition at = {start.start, start.line, start.column};
    lex_.seek(at);
    if (!next()) return false;
    lex_.token.newlineBefore = start.newlineBefore;
    return true;
}

bool Parser::asyncFunctionAhead(bool *yes) {
    *yes = false;
    const Token start = lex_.token;
    if (!next()) return false;
    *yes = check(T_FUNCTION) && !lex_.token.newlineBefore;
    return backTo(start);
}

bool Parser::asyncFunctionStart(bool allowed, TokenType *type) {
    if (!isAsyncWord()) return true;
    bool yes;
    if (!asyncFunctionAhead(&yes)) return false;
    if (!yes) return true;
    if (!allowed) return unexpected();
    if (!next()) return false;
    asyncNext_ = true;
    *type = T_FUNCTION;
    return true;
}

bool Parser::asyncArrowAhead(bool *yes) {
    *yes = false;
    const Token start = lex_.token;
    if (!next()) return false;
    if (!lex_.token.newlineBefore && (check(T_IDENT) || check(T_LPAREN)) && !arrowAhead(yes)) return false;
    return backTo(start);
}

bool Parser::emitAsyncStart() {
    // A register pair as INITGEN's operand has (the validator checks it;
    // the async start itself does not use it).
    uint32_t r = allocReg();
    allocReg();
    emitABC(OP_INITGEN, r, 0, 1);
    fs_->freeReg = r;
    return !ctx_->failed();
}

bool Parser::parseAwait(ExprDesc &e) {
    const Token tok = lex_.token;
#if ENG_MODULES
    if (module_ && fs_->isScript) module_->topLevelAwait = true;  // the module's body is async
#endif
    if (fs_->inParams)
        return failAt(ENG_MESSAGE("Illegal await-expression in formal parameters of async function"), tok.line,
                      tok.column);
    if (!next()) return false;
    ExprDesc v;
    if (!parseUnary(v)) return false;
    compact(v);
    uint32_t operand = toAnyReg(v);
    freeExpr(v);
    setPos(tok.line, tok.column);
    uint32_t base = allocReg();
    allocReg();
    emitABC(OP_YIELD, base, operand, 1);
    emitABC(OP_RESUME, base, 0, 0);
    fs_->freeReg = base + 1;
    ExprDesc result;
    result.kind = E_REG;
    result.a = base;
    e = result;
    unaryOperand_ = true;  // `await x ** 2` is an error, as `-x ** 2` is
    return !ctx_->failed();
}

}  // namespace eng
