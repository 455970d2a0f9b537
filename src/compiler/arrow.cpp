// Arrow functions (ES2015 14.2, simple parameters): recognised by looking
// ahead at the start of an assignment expression, compiled like function
// expressions; an expression body is parsed in both passes and returned.
#include "compiler/parser.h"

namespace eng {

// An arrow function's expression body: both passes parse the expression
// and return it. Ends at the token after the expression.
bool Parser::compileConciseBody(FuncState &child, bool noIn, LexerPosition *end, bool *endNewline) {
    child.pass = 1;
    lex_.strict = child.strict;
    applyDiscovery(child);
    if (!checkParams(child)) return false;
    LexerPosition bodyStart = {lex_.token.start, lex_.token.line, lex_.token.column};
    uint32_t line = lex_.token.line, column = lex_.token.column;
    ExprDesc e;
    if (!parseAssignment(e, noIn)) return false;
    *end = {lex_.token.start, lex_.token.line, lex_.token.column};
    *endNewline = lex_.token.newlineBefore;
    if (discovering_) recordDiscovery(child);
    if (child.ownEval) noteEvalReferences();
    if (!computeLayout()) return false;
    resetEmission(child);
    child.pass = 2;
    lex_.seek(child.simpleParams ? bodyStart : child.paramsStart);
    if (!next()) return false;
    for (uint32_t i = 0; i < child.narrowAtoms.size(); i++) stringConst(child.narrowAtoms[i]);
    setPos(child.startLine, child.startColumn);
    if (!emitPrologue()) return false;
    if (ENG_ASYNC_FUNCTIONS && child.isAsync && !emitAsyncStart()) return false;
    if (!child.simpleParams) {
        setPos(lex_.token.line, lex_.token.column);
        if (!emitParameterPrologue(child, true) || !expect(T_RPAREN) || !expect(T_ARROW)) return false;
    }
    setPos(line, column);
    if (!parseAssignment(e, noIn)) return false;
    uint32_t r = compactToAnyReg(e);
    emitABC(OP_RET, r, 0, 0);
    return !ctx_->failed();
}

// Does an arrow function start here? `x =>` or `(a, b) =>` / `() =>`
// (simple parameters only); the lexer is put back either way.
bool Parser::arrowAhead(bool *isArrow) {
    *isArrow = false;
    const Token start = lex_.token;
    LexerPosition at = {start.start, start.line, start.column};
    bool ok;
    if (check(T_IDENT)) {
        // Cheap check on the text: blanks, then "=>"; a comment there takes
        // the token lookahead.
        const char *src = lex_.source();
        uint32_t i = start.end, n = lex_.length();
        while (i < n && (src[i] == ' ' || src[i] == '\t')) i++;
        *isArrow = i + 1 < n && src[i] == '=' && src[i + 1] == '>';
        if (*isArrow || i + 1 >= n || src[i] != '/' || (src[i + 1] != '/' && src[i + 1] != '*')) return true;
        ok = next();
        *isArrow = ok && check(T_ARROW) && !lex_.token.newlineBefore;
        if (!ok) return false;
        lex_.seek(at);
        if (!next()) return false;
        lex_.token.newlineBefore = start.newlineBefore;
        return true;
    }
    if (!check(T_LPAREN)) return true;
    ok = next();
    while (ok) {
        if (check(T_RPAREN)) {  // (a, b,) =>: ES2017 trailing comma
            ok = next();
            *isArrow = ok && check(T_ARROW) && !lex_.token.newlineBefore;
            break;
        }
        if (check(T_ELLIPSIS) || check(T_LBRACKET) || check(T_LBRACE)) {
            // A rest parameter or a pattern: balanced skip to the ')'.
            ok = arrowParamsAhead(isArrow);
            break;
        }
        if (!check(T_IDENT)) break;
        if (!(ok = next())) break;
        if (check(T_COMMA)) {
            ok = next();
        } else if (check(T_ASSIGN)) {
            ok = arrowParamsAhead(isArrow);
            break;
        } else if (!check(T_RPAREN)) {
            break;
        }
    }
    if (!ok) return false;
    lex_.seek(at);
    if (!next()) return false;
    lex_.token.newlineBefore = start.newlineBefore;
    return true;
}

// Inside a parenthesized list that may be arrow parameters with initializers
// or a rest parameter: skips to the matching ')' (skipToClose) and looks
// for "=>".
bool Parser::arrowParamsAhead(bool *isArrow) {
    bool closed;
    if (!skipToClose(1, T_LPAREN, &closed)) return false;
    if (closed) *isArrow = check(T_ARROW) && !lex_.token.newlineBefore;
    return true;
}

// ArrowFunction (ES2015 14.2) with simple parameters: compiled like a
// function expression; this and arguments are the enclosing function's.
bool Parser::parseArrowFunction(ExprDesc &e, bool noIn) {
    FuncState *parent = fs_;
    const Token tok = lex_.token;
    uint32_t hint = functionHint_;
    bool defer = functionDefer_;
    functionHint_ = NO_ATOM;
    functionDefer_ = false;
    bool async = asyncNext_;
    asyncNext_ = false;
    uint32_t innerIndex;
    if (parent->pass == 2) {
        const InnerRecord *rec = skipCompiledInner(&innerIndex);
        if (!rec || !next()) return false;
        if (rec->conciseBody) lex_.token.newlineBefore = rec->endNewline;
    } else {
        OwnedFuncState owned(ctx_);
        FuncState *childState = beginInnerFunction(owned, tok);
        if (!childState) return false;
        FuncState &child = *childState;
        child.isArrow = true;
        child.isAsync = async;
        if (async && !ENG_ASYNC_FUNCTIONS)
            return fail(ENG_MESSAGE("Async functions are not supported in this build (ENG_ASYNC_FUNCTIONS=0)"));
        bool ok = true, concise = false, endNewline = false;
        uint32_t functionIndex = 0;
        LexerPosition end = {0, 0, 0};
        do {
            bool parens = check(T_LPAREN);
            if (parens && !(ok = next())) break;
            if (parens) {
                child.paramsStart = {lex_.token.start, lex_.token.line, lex_.token.column};
                applyDiscovery(child);
                if (!(ok = parseFormalParameters(child, true))) break;
            }
            while (!parens && !check(T_RPAREN)) {
                if (!check(T_IDENT) || lex_.token.escapedKeyword) {
                    ok = unexpected();
                    break;
                }
                LexerPosition where = {lex_.token.start, lex_.token.line, lex_.token.column};
                uint32_t atom = tokenAtom();
                child.inParams = true;  // (await as a lone parameter: checkAwaitName)
                ok = checkBinding(atom, lex_.token);
                child.inParams = false;
                if (!ok) break;
                if (!(ok = child.params.push(atom) && child.paramPositions.push(where) && next())) break;
                if (!parens) break;
                if (check(T_COMMA) && !(ok = next())) break;
            }
            if (!ok) break;
            if (parens && !(ok = next())) break;  // ')'
            if (!check(T_ARROW) || lex_.token.newlineBefore) {
                ok = unexpected();
                break;
            }
            if (!(ok = next())) break;
            if (check(T_LBRACE)) {
                LexerPosition bodyStart = lex_.position();
                if (!(ok = next())) break;
                if (!(ok = compileFunctionBody(child, bodyStart, &end))) break;
                ok = finishFunction(child, lex_.token.end, &functionIndex);
            } else {
                concise = true;
                if (!(ok = compileConciseBody(child, noIn, &end, &endNewline))) break;
                ok = finishFunction(child, lex_.token.start, &functionIndex);
            }
        } while (false);
        InnerRecord rec = {functionIndex, end, NO_ATOM, false, concise, endNewline, false};
        if (!endInnerFunction(parent, ok, rec, &innerIndex)) return false;
        if (!concise && !next()) return false;
    }
    if (hint != NO_ATOM && !nameAnonymousFunction(innerIndex, hint, true, defer)) return false;
    uint32_t dest = allocReg();
    setPos(tok.line, tok.column);
    emitClosure(innerIndex, dest);
    e = ExprDesc();
    e.kind = E_REG;
    e.a = dest;
    return !ctx_->failed();
}

}  // namespace eng
