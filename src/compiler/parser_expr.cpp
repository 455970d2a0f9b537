// Expressions: parsed by recursive descent (precedence climbing for binary
// operators) and emitted on the fly through expression descriptors.
#include "compiler/parser.h"
#include "config.h"
#include "strings/numconv.h"

namespace eng {

namespace {

int binaryPrecedence(TokenType t, bool noIn) {
    switch (t) {
    case T_OR: case T_NULLISH: return 1;
    case T_AND: return 2;
    case T_PIPE: return 3;
    case T_CARET: return 4;
    case T_AMP: return 5;
    case T_EQ: case T_NE: case T_SEQ: case T_SNE: return 6;
    case T_LT: case T_GT: case T_LE: case T_GE: case T_INSTANCEOF: return 7;
    case T_IN: return noIn ? 0 : 7;
    case T_SHL: case T_SHR: case T_USHR: return 8;
    case T_PLUS: case T_MINUS: return 9;
    case T_STAR: case T_SLASH: case T_PERCENT: return 10;
    case T_STAR_STAR: return 11;  // right-associative (parseBinary)
    default: return 0;
    }
}

Opcode binaryOpcode(TokenType t) {
    switch (t) {
    case T_PIPE: case T_PIPE_ASSIGN: return OP_BOR;
    case T_CARET: case T_CARET_ASSIGN: return OP_BXOR;
    case T_AMP: case T_AMP_ASSIGN: return OP_BAND;
    case T_EQ: return OP_EQ;
    case T_NE: return OP_NE;
    case T_SEQ: return OP_SEQ;
    case T_SNE: return OP_SNE;
    case T_LT: return OP_LT;
    case T_GT: return OP_GT;
    case T_LE: return OP_LE;
    case T_GE: return OP_GE;
    case T_INSTANCEOF: return OP_INSTANCEOF;
    case T_IN: return OP_IN;
    case T_SHL: case T_SHL_ASSIGN: return OP_SHL;
    case T_SHR: case T_SHR_ASSIGN: return OP_SHR;
    case T_USHR: case T_USHR_ASSIGN: return OP_USHR;
    case T_PLUS: case T_PLUS_ASSIGN: return OP_ADD;
    case T_MINUS: case T_MINUS_ASSIGN: return OP_SUB;
    case T_STAR: case T_STAR_ASSIGN: return OP_MUL;
    case T_SLASH: case T_SLASH_ASSIGN: return OP_DIV;
    case T_PERCENT: case T_PERCENT_ASSIGN: return OP_MOD;
    case T_STAR_STAR: case T_STAR_STAR_ASSIGN: return OP_POW;
    default: return OP_NOP;
    }
}

bool isAssignmentOperator(TokenType t) {
    switch (t) {
    case T_ASSIGN: case T_PLUS_ASSIGN: case T_MINUS_ASSIGN: case T_STAR_ASSIGN:
    case T_SLASH_ASSIGN: case T_PERCENT_ASSIGN: case T_SHL_ASSIGN: case T_SHR_ASSIGN:
    case T_USHR_ASSIGN: case T_AMP_ASSIGN: case T_PIPE_ASSIGN: case T_CARET_ASSIGN: case T_STAR_STAR_ASSIGN:
    case T_AND_ASSIGN: case T_OR_ASSIGN: case T_NULLISH_ASSIGN:
        return true;
    default:
        return false;
    }
}

ExprDesc regExpr(uint32_t reg, uint32_t floor = NO_REG) {
    ExprDesc e;
    e.kind = E_REG;
    e.a = reg;
    e.floor = floor;
    return e;
}

}  // namespace

bool Parser::checkAssignable(const ExprDesc &e, const char *message, uint32_t line, uint32_t column) {
    bool ok = e.kind == E_FIELD || e.kind == E_INDEX || e.kind == E_SUPER || e.kind == E_PRIVATE ||
              (e.isName && (e.kind == E_LOCAL || e.kind == E_BOX || e.kind == E_UPVAL || e.kind == E_GLOBAL ||
                            e.kind == E_WITHREF || e.kind == E_WITHBASE));
    if (!ok) return failAt(message, line, column);
    if (e.isName && fs_->strict && (e.atom == ATOM_EVAL || e.atom == ATOM_ARGUMENTS))
        return failAt(ENG_MESSAGE("Unexpected eval or arguments in strict mode"), line, column);
    return true;
}

bool Parser::checkBinding(uint32_t atom, const Token &token) {
    if (token.escapedKeyword) return failAt(kEscapedKeyword, token.line, token.column);
    if (!checkAwaitName(atom, token.line, token.column)) return false;
    if (fs_->strict && token.strictReserved)
        return failAt(ENG_MESSAGE("Unexpected strict mode reserved word"), token.line, token.column);
    return checkStrictName(atom, token.line, token.column);
}

// A value register with dead temporaries below it is moved down first, so
// that the descriptors built on it own a contiguous top of the stack.
void Parser::compact(ExprDesc &e) {
    if (e.kind == E_REG && e.floor != NO_REG && e.floor != e.a && isTemp(e.floor)) toNextReg(e);
}

bool Parser::parseExpression(ExprDesc &e, bool noIn) {
    if (!parseAssignment(e, noIn)) return false;
    if (!check(T_COMMA)) return true;
    while (check(T_COMMA)) {
        discard(e);
        if (!next() || !parseAssignment(e, noIn)) return false;
    }
    // A comma expression is never a reference.
    if (e.isName || e.kind == E_FIELD || e.kind == E_INDEX) toNextReg(e);
    return !ctx_->failed();
}

// The frame of parseAssignment is on the C stack once per nesting level of
// expressions (with those of the conditional, binary, unary ... levels
// below it), so it keeps only what the common case needs: what comes before
// a conditional expression (yield, arrows, patterns) and what follows an
// assignment operator are functions of their own (docs/c-stack.md).
bool Parser::parseAssignment(ExprDesc &e, bool noIn) {
    if (!enter()) return false;
    uint32_t line = lex_.token.line, column = lex_.token.column;
    int head = parseAssignmentHead(e, noIn);
    bool ok = head > 0;
    if (head == 0) {
        ok = parseConditional(e, noIn);
        if (ok && isAssignmentOperator(lex_.token.type)) ok = parseAssignmentOperator(e, noIn, line, column);
    }
    leave();
    return ok;
}

// What an AssignmentExpression may be other than a conditional expression
// (or its left-hand side): -1 failed, 1 parsed, 0 none of these (the hints
// for function names are set for the conditional expression).
int Parser::parseAssignmentHead(ExprDesc &e, bool noIn) {
    uint32_t hint = nameHint_;
    nameHint_ = NO_ATOM;
    bool defer = deferNext_;
    deferNext_ = false;
    if (ENG_GENERATORS && fs_->isGenerator && isYieldHere()) {
        return parseYield(e, noIn) ? 1 : -1;
    }
    bool isArrow = false;
    if (isAsyncWord()) {
        if (!asyncArrowAhead(&isArrow)) return -1;
        if (isArrow) {  // async x => ..., async (a, b) => ...
            if (!next()) return -1;
            asyncNext_ = true;
        }
    }
    if (!isArrow && !arrowAhead(&isArrow)) return -1;
    if (isArrow) {
        functionHint_ = hint;
        functionDefer_ = defer;
        return parseArrowFunction(e, noIn) ? 1 : -1;
    }
    if (check(T_LBRACKET) || check(T_LBRACE)) {
        int pattern = parseDestructuringAssignment(e, noIn);
        if (pattern != 0) return pattern > 0 ? 1 : -1;
    }
    functionHint_ = check(T_FUNCTION) || check(T_CLASS) ? hint : NO_ATOM;
    functionDefer_ = defer;
    parenHint_ = check(T_LPAREN) ? hint : NO_ATOM;
    parenDefer_ = defer;
    return 0;
}

// The current token is an assignment operator after the left-hand side e,
// which starts at line:column.
bool Parser::parseAssignmentOperator(ExprDesc &e, bool noIn, uint32_t line, uint32_t column) {
    TokenType op = lex_.token.type;
    bool ok;
    uint32_t opLine = lex_.token.line, opColumn = lex_.token.column;
    if (!checkAssignable(e, ENG_MESSAGE("Invalid left-hand side in assignment"), line, column) || !next())
        return false;
    FuncState *f = fs_;
    uint32_t hazard = hazardBegin();
    uint32_t writesBefore = f->nameWrites;
    ExprDesc value;
    resolveWithBase(e);
    if (op == T_ASSIGN) {
        if (e.kind != E_LOCAL) protectOperand(e, hazard);
        if (e.isName && !e.parenthesized) nameHint_ = e.atom;
        ok = parseAssignment(value, noIn);
        hazardEnd(hazard, writesBefore);
        if (e.isName) f->nameWrites++;
        if (!ok) return false;
        if (e.kind == E_LOCAL && !e.readOnly) {
            moveToLocal(e.a, value);
            ExprDesc result;
            result.kind = E_LOCAL;
            result.a = e.a;
            e = result;
        } else if (value.kind == E_LOCAL) {
            storeTo(e, value.a);
            freeExpr(e);
            e = value;
            e.isName = false;
            e.line = 0;
        } else {
            uint32_t r = toAnyReg(value);
            storeTo(e, r);
            uint32_t low = lowestTemp(e);
            uint32_t valueLow = lowestTemp(value);
            if (valueLow != NO_REG && (low == NO_REG || valueLow < low)) low = valueLow;
            e = regExpr(r, low);
        }
        return !ctx_->failed();
    }
    if (op == T_AND_ASSIGN || op == T_OR_ASSIGN || op == T_NULLISH_ASSIGN) {
        return parseLogicalAssignment(e, op, noIn, hazard, writesBefore);
    }
    Opcode opcode = binaryOpcode(op);
    if (e.kind == E_LOCAL && !e.readOnly) {
        ExprDesc old = e;
        protectOperand(old, hazard);
        ok = parseAssignment(value, noIn);
        hazardEnd(hazard, writesBefore);
        if (e.isName) f->nameWrites++;
        if (ok) {
            uint32_t r2 = toAnyReg(value);
            freeExpr(value);
            freeExpr(old);
            setPos(opLine, opColumn);
            emitABC(opcode, e.a, old.a, r2);
            ExprDesc result;
            result.kind = E_LOCAL;
            result.a = e.a;
            e = result;
        }
        return ok && !ctx_->failed();
    }
    if (e.kind == E_FIELD || e.kind == E_INDEX) protectOperand(e, hazard);
    if (e.kind == E_INDEX) convertKeyOnce(e);
    uint32_t r1 = allocReg();
    ExprDesc current = e;
    dischargeTo(current, r1);
    ok = parseAssignment(value, noIn);
    hazardEnd(hazard, writesBefore);
    if (e.isName) f->nameWrites++;
    if (ok) {
        uint32_t r2 = toAnyReg(value);
        freeExpr(value);
        f->freeReg = r1 + 1;
        setPos(opLine, opColumn);
        emitABC(opcode, r1, r1, r2);
        storeTo(e, r1);
        uint32_t low = lowestTemp(e);
        e = regExpr(r1, low == NO_REG ? r1 : low);
    }
    return ok && !ctx_->failed();
}

bool Parser::parseConditional(ExprDesc &e, bool noIn) {
    if (!parseBinary(e, 0, noIn)) return false;
    return !check(T_QUESTION) || parseConditionalBranches(e, noIn);
}

// e ? ... : ...; the current token is the '?'. A function of its own: its
// locals stay off the frames of conditional expressions without branches.
bool Parser::parseConditionalBranches(ExprDesc &e, bool noIn) {
    if (!next()) return false;
    uint32_t cond = toAnyReg(e);
    freeExpr(e);
    uint32_t toElse = emitCondJump(OP_JMPIFNOT, cond);
    uint32_t dest = allocReg();
    ExprDesc branch;
    if (!parseAssignment(branch, false)) return false;
    freeExpr(branch);
    dischargeTo(branch, dest);
    fs_->freeReg = dest + 1;
    uint32_t toEnd = emitJump();
    if (!expect(T_COLON)) return false;
    patchTo(toElse, here());
    if (!parseAssignment(branch, noIn)) return false;
    freeExpr(branch);
    dischargeTo(branch, dest);
    fs_->freeReg = dest + 1;
    patchTo(toEnd, here());
    e = regExpr(dest);
    return !ctx_->failed();
}

bool Parser::parseBinary(ExprDesc &e, int minPrecedence, bool noIn) {
    if (!parseUnary(e)) return false;
    if (binaryPrecedence(lex_.token.type, noIn) <= minPrecedence) return true;
    return parseBinaryOperators(e, minPrecedence, noIn);
}

// The operators after the left operand e (the current token is one that
// binds tighter than minPrecedence). A function of its own, so that its
// locals are not on the frame that parses the left operand.
bool Parser::parseBinaryOperators(ExprDesc &e, int minPrecedence, bool noIn) {
    bool unaryLeft = unaryOperand_;
    bool sawLogical = false, sawNullish = false;
    for (;;) {
        TokenType op = lex_.token.type;
        int precedence = binaryPrecedence(op, noIn);
        if (precedence <= minPrecedence) return true;
        if (op == T_STAR_STAR) {
            // ES2016: -x ** y is a SyntaxError; (-x) ** y is not.
            if (unaryLeft)
                return fail(ENG_MESSAGE("Unary operator used immediately before exponentiation expression. "
                                        "Parenthesis must be used to disambiguate operator precedence"));
            precedence--;  // the right operand takes a further ** first
        }
        unaryLeft = false;
        uint32_t opLine = lex_.token.line, opColumn = lex_.token.column;
        // ES2020: ?? does not mix with && or || without parentheses.
        if ((op == T_NULLISH && sawLogical) || ((op == T_AND || op == T_OR) && sawNullish))
            return unexpected();
        if (!next()) return false;
        ExprDesc rhs;
        if (op == T_AND || op == T_OR || op == T_NULLISH) {
            uint32_t r = toNextReg(e);
            uint32_t skip = emitShortCircuit(op, r);
            if (op == T_NULLISH) sawNullish = true;
            else sawLogical = true;
            // The operand of ?? is a BitwiseORExpression.
            if (!parseBinary(rhs, op == T_NULLISH ? 2 : precedence, noIn)) return false;
            freeExpr(rhs);
            dischargeTo(rhs, r);
            fs_->freeReg = r + 1;
            patchTo(skip, here());
            e = regExpr(r);
            continue;
        }
        uint32_t hazard = hazardBegin();
        uint32_t writesBefore = fs_->nameWrites;
        if (e.kind == E_LOCAL) protectOperand(e, hazard);
        else {
            compact(e);
            toAnyReg(e);
        }
        if (!parseBinary(rhs, precedence, noIn)) return false;
        if (rhs.privateIn) return failAt(ENG_MESSAGE("Unexpected private name"), opLine, opColumn);
        hazardEnd(hazard, writesBefore);
        uint32_t r2 = toAnyReg(rhs);
        uint32_t r1 = e.a;
        freeExpr(rhs);
        freeExpr(e);
        uint32_t dest = allocReg();
        setPos(opLine, opColumn);
        emitABC(e.privateIn ? OP_HASPRIVATE : binaryOpcode(op), dest, r1, r2);
        e = regExpr(dest);
        if (ctx_->failed()) return false;
    }
}

bool Parser::emitUpdate(ExprDesc &e, bool increment, bool postfix) {
    Opcode op = increment ? OP_INC : OP_DEC;
    if (e.isName) fs_->nameWrites++;
    resolveWithBase(e);
    if (e.kind == E_LOCAL && !e.readOnly) {
        if (postfix) {
            uint32_t t = allocReg();
            emitABC(OP_TONUM, t, e.a, 1);  // C: ToNumeric, not unary +
            emitABC(op, e.a, t, 0);
            e = regExpr(t);
        } else {
            emitABC(op, e.a, e.a, 0);
            ExprDesc result;
            result.kind = E_LOCAL;
            result.a = e.a;
            e = result;
        }
        return !ctx_->failed();
    }
    if (e.kind == E_INDEX) convertKeyOnce(e);
    uint32_t t = allocReg();
    ExprDesc current = e;
    dischargeTo(current, t);
    if (postfix) {
        emitABC(OP_TONUM, t, t, 1);
        uint32_t n = allocReg();
        emitABC(op, n, t, 0);
        storeTo(e, n);
        fs_->freeReg = t + 1;
    } else {
        emitABC(op, t, t, 0);
        storeTo(e, t);
    }
    uint32_t low = lowestTemp(e);
    e = regExpr(t, low == NO_REG ? t : low);
    return !ctx_->failed();
}

bool Parser::parseUnary(ExprDesc &e) {
    if (ENG_ASYNC_FUNCTIONS && awaitIsOperator() && isAwaitHere()) {
        if (!enter()) return false;
        bool awaitOk = parseAwait(e);
        leave();
        return awaitOk;
    }
    switch (lex_.token.type) {
    case T_DELETE: case T_VOID: case T_TYPEOF: case T_PLUS: case T_MINUS: case T_TILDE:
    case T_BANG: case T_INC: case T_DEC:
        return parsePrefixOperator(e);
    default: {
        bool postfixOk = parsePostfix(e);  // not a prefix operator: no recursion here
        unaryOperand_ = false;
        return postfixOk;
    }
    }
}

// A prefix operator and its operand (the current token is the operator).
bool Parser::parsePrefixOperator(ExprDesc &e) {
    // The operator's type and position: not a copy of the token, on this
    // frame of the descent.
    struct {
        TokenType type;
        uint32_t line, column;
    } const tok = {lex_.token.type, lex_.token.line, lex_.token.column};
    if (!enter()) return false;
    bool ok = true;
    switch (tok.type) {
    case T_DELETE: {
        deleteOperand_ = true;
        deletedInChain_ = false;
        if (!next() || !parseUnary(e)) {
            ok = false;
            break;
        }
        deleteOperand_ = false;
        setPos(tok.line, tok.column);
        ok = emitDelete(e, tok.line, tok.column);
        break;
    }
    case T_VOID:
        if (!next() || !parseUnary(e)) {
            ok = false;
            break;
        }
        discard(e);
        e = ExprDesc();
        e.kind = E_UNDEF;
        break;
    case T_TYPEOF: {
        if (!next() || !parseUnary(e)) {
            ok = false;
            break;
        }
        setPos(tok.line, tok.column);
        ok = emitTypeof(e, tok.line, tok.column);
        break;
    }
    case T_PLUS:
    case T_MINUS:
    case T_TILDE:
    case T_BANG: {
        if (!next() || !parseUnary(e)) {
            ok = false;
            break;
        }
        if (tok.type == T_MINUS && e.kind == E_NUMBER) {
            e.number = -e.number;
            break;
        }
        if (tok.type == T_PLUS && e.kind == E_NUMBER) break;
        uint32_t r = compactToAnyReg(e);
        freeExpr(e);
        uint32_t dest = allocReg();
        setPos(tok.line, tok.column);
        Opcode op = tok.type == T_PLUS ? OP_TONUM
                    : tok.type == T_MINUS ? OP_NEG
                    : tok.type == T_TILDE ? OP_BNOT
                                          : OP_NOT;
        emitABC(op, dest, r, 0);
        e = regExpr(dest);
        break;
    }
    case T_INC:
    case T_DEC: {
        if (!next()) {
            ok = false;
            break;
        }
        uint32_t line = lex_.token.line, column = lex_.token.column;
        if (!parseUnary(e) ||
            !checkAssignable(e, ENG_MESSAGE("Invalid left-hand side expression in prefix operation"), line, column)) {
            ok = false;
            break;
        }
        setPos(tok.line, tok.column);
        compact(e);
        ok = emitUpdate(e, tok.type == T_INC, false);
        break;
    }
    default:
        ok = parsePostfix(e);
        break;
    }
    leave();
    // A UnaryExpression may not be the base of ** (++x and x++ may).
    unaryOperand_ = tok.type != T_INC && tok.type != T_DEC;
    return ok && !ctx_->failed();
}

// delete e (its operand parsed), at line:column.
bool Parser::emitDelete(ExprDesc &e, uint32_t line, uint32_t column) {
    if (deletedInChain_) {
        deletedInChain_ = false;  // delete a?.b: done by the chain
        return true;
    }
    if (e.kind == E_PRIVATE) return failAt(ENG_MESSAGE("Private fields can not be deleted"), line, column);
    if (e.isName) {
        if (fs_->strict) return fail(ENG_MESSAGE("Delete of an unqualified identifier in strict mode."));
        uint32_t dest = allocReg();
        uint32_t toEnd = NO_PATCH;
        ExprDesc st = e;
        if (e.kind == E_WITHREF) {
            emitWithBase(e, dest);
            uint32_t toStatic = emitCondJump(OP_JMPIFNOT, dest);
            uint32_t key = allocReg();
            emitABx(OP_LOADK, key, stringConst(e.atom));
            emitABC(OP_DELPROP, dest, dest, key);
            fs_->freeReg = dest + 1;
            toEnd = emitJump();
            patchTo(toStatic, here());
            st = staticBinding(e);
        }
        if (st.kind == E_GLOBAL) emitABx(OP_DELGLOBAL, dest, st.a);
        else if (st.kind == E_UPVAL) emitABC(OP_DELUPVAL, dest, st.a, 0);
        else emitABC(OP_LOADFALSE, dest, 0, 0);
        if (toEnd != NO_PATCH) patchTo(toEnd, here());
        e = regExpr(dest);
    } else if (e.kind == E_FIELD) {
        uint32_t key = allocReg();
        emitABx(OP_LOADK, key, e.b);
        freeExpr(e);
        fs_->freeReg = key < fs_->freeReg ? key : fs_->freeReg;
        uint32_t dest = allocReg();
        emitABC(OP_DELPROP, dest, e.a, key);
        e = regExpr(dest);
    } else if (e.kind == E_INDEX) {
        freeExpr(e);
        uint32_t dest = allocReg();
        emitABC(OP_DELPROP, dest, e.a, e.b);
        e = regExpr(dest);
    } else if (e.kind == E_SUPER) {
        // this and the key are evaluated (not ToPropertyKey), then a
        // ReferenceError (ES2023 13.5.1.2 step 4.b).
        emitABx(OP_THROWTDZ, 1, stringConst(atoms_.internAscii("super")));
        freeExpr(e);
        e = ExprDesc();
        e.kind = E_TRUE;
    } else {
        discard(e);
        e = ExprDesc();
        e.kind = E_TRUE;
    }
    return true;
}

// typeof e (its operand parsed), at line:column.
bool Parser::emitTypeof(ExprDesc &e, uint32_t line, uint32_t column) {
    if (e.isName && e.kind == E_WITHREF) {
        uint32_t dest = allocReg();
        emitWithBase(e, dest);
        uint32_t toStatic = emitCondJump(OP_JMPIFNOT, dest);
        emitWithGet(dest, dest, e);
        emitABC(OP_TYPEOF, dest, dest, 0);
        uint32_t toEnd = emitJump();
        patchTo(toStatic, here());
        ExprDesc st = staticBinding(e);
        if (st.kind == E_GLOBAL) {
            emitABx(OP_TYPEOFGLOBAL, dest, st.a);
        } else if (st.kind == E_UPVAL) {
            emitABC(outerMayBeEmpty() ? OP_TYPEOFUPVALCHK : OP_TYPEOFUPVAL, dest, st.a, 0);
        } else {
            dischargeTo(st, dest);
            emitABC(OP_TYPEOF, dest, dest, 0);
        }
        patchTo(toEnd, here());
        e = regExpr(dest);
    } else if (e.isName && e.kind == E_GLOBAL) {
        uint32_t dest = allocReg();
        emitABx(OP_TYPEOFGLOBAL, dest, e.a);
        e = regExpr(dest);
    } else if (e.isName && e.kind == E_UPVAL) {
        uint32_t dest = allocReg();
        emitABC(outerMayBeEmpty() ? OP_TYPEOFUPVALCHK : OP_TYPEOFUPVAL, dest, e.a, 0);
        e = regExpr(dest);
    } else {
        uint32_t r = compactToAnyReg(e);
        freeExpr(e);
        uint32_t dest = allocReg();
        setPos(line, column);
        emitABC(OP_TYPEOF, dest, r, 0);
        e = regExpr(dest);
    }
    return true;
}

bool Parser::parsePostfix(ExprDesc &e) {
    uint32_t line = lex_.token.line, column = lex_.token.column;
    if (!parseLeftHandSide(e)) return false;
    if ((check(T_INC) || check(T_DEC)) && !lex_.token.newlineBefore) {
        bool increment = check(T_INC);
        if (!checkAssignable(e, ENG_MESSAGE("Invalid left-hand side expression in postfix operation"), line, column))
            return false;
        setPos(lex_.token.line, lex_.token.column);
        if (!next()) return false;
        return emitUpdate(e, increment, true);
    }
    return true;
}

bool Parser::parseLeftHandSide(ExprDesc &e) {
    if (check(T_NEW)) {
        if (!parseNew(e)) return false;
    } else if (!parsePrimary(e)) {
        return false;
    }
    return parseMemberSuffixes(e, true);
}

// `new` MemberExpression Arguments?  (the arguments bind to the innermost new)
bool Parser::parseNew(ExprDesc &e) {
    if (!enter()) return false;
    uint32_t line = lex_.token.line, column = lex_.token.column;
    bool ok = next();
    if (ok && check(T_DOT)) {
        leave();
        return parseNewTarget(e, line, column);
    }
#if ENG_MODULES
    if (ok && check(T_IMPORT)) {  // import(...) is no MemberExpression (import.meta is)
        const Token at = lex_.token;
        ok = next();
        if (ok && check(T_LPAREN)) ok = failAt(ENG_MESSAGE("Cannot use new with import"), at.line, at.column);
        if (ok) ok = backTo(at);
    }
#endif
    if (ok && check(T_SUPER)) {  // super(...) is no MemberExpression (super.x is)
        const Token at = lex_.token;
        ok = next();
        if (ok && check(T_LPAREN)) ok = failAt(ENG_MESSAGE("Cannot use new with super"), at.line, at.column);
        if (ok) ok = backTo(at);
    }
    if (ok) ok = check(T_NEW) ? parseNew(e) : parsePrimary(e);
    if (ok) ok = parseMemberSuffixes(e, false);
    if (ok) {
        uint32_t base = toNextReg(e);
        allocReg();
        uint32_t count = 0;
        bool spread = false;
        if (check(T_LPAREN)) ok = parseArguments(base, &count, &spread);
        setPos(line, column);
        if (spread) emitABC(OP_CALLSPREAD, base, 0, 1);
        else emitABC(OP_NEW, base, count, 0);
        fs_->freeReg = base + 1;
        e = regExpr(base);
    }
    leave();
    return ok && !ctx_->failed();
}

void Parser::makeMember(ExprDesc &e, uint32_t keyAtom, uint32_t line, uint32_t column) {
    uint32_t k = stringConst(keyAtom);
    if (k < 256) return setMember(e, E_FIELD, k, line, column);
    uint32_t r = allocReg();
    emitABx(OP_LOADK, r, k);
    setMember(e, E_INDEX, r, line, column);
}

void Parser::makeIndex(ExprDesc &e, ExprDesc &key, uint32_t line, uint32_t column) {
    compact(key);
    setMember(e, E_INDEX, toAnyReg(key), line, column);
}

void Parser::setMember(ExprDesc &e, ExprKind kind, uint32_t b, uint32_t line, uint32_t column) {
    ExprDesc m;
    m.kind = kind;
    m.a = e.a;
    m.b = b;
    m.line = line;
    m.column = column;
    e = m;
}

bool Parser::parseMemberSuffixes(ExprDesc &e, bool allowCalls) {
    bool forDelete = deleteOperand_;
    deleteOperand_ = false;
    uint32_t chain = NO_PATCH;  // short-circuit jumps of an optional chain
    for (;;) {
        if (check(T_OPTIONAL)) {
            if (!allowCalls) return fail(ENG_MESSAGE("Invalid optional chain from new expression"));
            if (!parseOptionalLink(e, &chain)) return false;
        } else if (check(T_TEMPLATE) && chain != NO_PATCH) {
            return fail(ENG_MESSAGE("Invalid tagged template on optional chain"));
        } else if (check(T_DOT) || check(T_LBRACKET)) {
            if (!parseMemberAccess(e)) return false;
        } else if (check(T_LPAREN) && allowCalls) {
            if (!emitCall(e, lex_.token.line, lex_.token.column)) return false;
        } else if (check(T_TEMPLATE)) {
            if (!emitCall(e, lex_.token.line, lex_.token.column, true)) return false;
        } else {
            if (chain != NO_PATCH) closeOptionalChain(e, chain, forDelete);
            return !ctx_->failed();
        }
    }
}

// `.name`, `.#name` or `[expression]` after e (the current token is the
// '.' or '[').
bool Parser::parseMemberAccess(ExprDesc &e) {
    if (check(T_DOT)) {
        if (!next()) return false;
        if (check(T_PRIVATE_NAME)) return parsePrivateMember(e);
        if (!isIdentifierName()) return unexpected();
        uint32_t atom = tokenAtom();
        uint32_t line = lex_.token.line, column = lex_.token.column;
        if (e.kind != E_LOCAL) {
            compact(e);
            toAnyReg(e);
        }
        makeMember(e, atom, line, column);
        return next();
    }
    uint32_t line = lex_.token.line, column = lex_.token.column;
    if (!next()) return false;
    uint32_t hazard = hazardBegin();
    uint32_t writesBefore = fs_->nameWrites;
    if (e.kind == E_LOCAL) protectOperand(e, hazard);
    else {
        compact(e);
        toAnyReg(e);
    }
    ExprDesc key;
    if (!parseExpression(key, false)) return false;
    hazardEnd(hazard, writesBefore);
    if (!expect(T_RBRACKET)) return false;
    if (key.kind == E_STRING && stringConst(key.atom) < 256) {
        makeMember(e, key.atom, line, column);
    } else {
        makeIndex(e, key, line, column);
    }
    return true;
}

bool Parser::emitCall(ExprDesc &e, uint32_t line, uint32_t column, bool tagged) {
    // eval(...) by its plain name is a direct eval: CALL's C operand says so.
    bool directEval = !tagged && e.isName && e.atom == ATOM_EVAL;
    compact(e);
    uint32_t owned = NO_REG;
    uint32_t callLine = e.line ? e.line : line, callColumn = e.line ? e.column : column;
    uint32_t base = loadCallee(e, &owned);
    uint32_t count = 0;
    bool spread = false;
    if (!(tagged ? parseTemplateArguments(base, &count) : parseArguments(base, &count, &spread))) return false;
    setPos(callLine, callColumn);
    // C = 1 + the index of the call site's table of bindings (image.h);
    // CALLSPREAD's C is one more (eval(...args) is direct too, ES2023 13.3.6.1).
    uint32_t marker = 0;
    if (directEval) {
        if (fs_->pass == 1) fs_->ownEval = sawDynamicScope_ = true;
        marker = fs_->pass == 2 && fs_->ownEval ? 1 + buildEvalSite() : 1;
    }
    if (spread) emitABC(OP_CALLSPREAD, base, 0, marker ? marker + 1 : 0);
    else emitABC(OP_CALL, base, count, marker);
    fs_->freeReg = base + 1;
    e = regExpr(base, owned);
    return !ctx_->failed();
}

// Loads the function to call and its this value into a register pair (the
// callee e, compacted); returns the first. *owned: the lowest temporary the
// result keeps owning.
uint32_t Parser::loadCallee(ExprDesc &e, uint32_t *owned) {
    uint32_t base;
    if (e.kind == E_SUPER || e.kind == E_PRIVATE) {
        // super.m(...): called with the current this (ES2015 12.3.5.1).
        *owned = lowestTemp(e);
        base = allocReg();
        allocReg();
        setPos(e.line, e.column);
        if (e.kind == E_SUPER) emitABC(OP_GETSUPER, base, e.a, 0);
        else emitABC(OP_GETPRIVATE, base, e.a, e.b);
        emitABC(OP_MOV, base + 1, e.kind == E_SUPER ? e.a + 1 : e.a, 0);
    } else if (e.kind == E_FIELD || e.kind == E_INDEX) {
        *owned = lowestTemp(e);
        base = allocReg();
        allocReg();
        setPos(e.line, e.column);
        emitABC(e.kind == E_FIELD ? OP_GETFIELD : OP_GETPROP, base, e.a, e.b);
        emitABC(OP_MOV, base + 1, e.a, 0);
    } else if (e.kind == E_WITHREF) {
        // A function found on a with object is called with it as this; the
        // static binding gets undefined (what WITHHAS leaves).
        // Functions eval code declared are called with undefined this.
        base = allocReg();
        allocReg();
        setPos(e.line, e.column);
        uint32_t found = NO_PATCH, foundVars = NO_PATCH;
        emitWithProbe(e, base + 1, &found, &foundVars);
        ExprDesc st = staticBinding(e);
        dischargeTo(st, base);
        uint32_t toArgs = addPatch(NO_PATCH, emitJump());
        if (found != NO_PATCH) {
            patchListTo(found, here());
            emitWithGet(base, base + 1, e);
            if (foundVars != NO_PATCH) toArgs = addPatch(toArgs, emitJump());
        }
        if (foundVars != NO_PATCH) {
            patchListTo(foundVars, here());
            emitWithGet(base, base + 1, e);
            emitABC(OP_LOADUNDEF, base + 1, 0, 0);
        }
        patchListTo(toArgs, here());
    } else {
        base = toNextReg(e);
        allocReg();
        emitABC(OP_LOADUNDEF, base + 1, 0, 0);
    }
    return base;
}

// Arguments go to R[base+2 ..]. From the first spread argument on they are
// collected in an array at R[base+2] instead (*spread; CALLSPREAD).
bool Parser::parseArguments(uint32_t base, uint32_t *count, bool *spread) {
    if (!expect(T_LPAREN)) return false;
    uint32_t n = 0;
    *spread = false;
    if (!check(T_RPAREN)) {
        for (;;) {
            bool isSpread = check(T_ELLIPSIS);
            uint32_t line = lex_.token.line, column = lex_.token.column;
            if (isSpread && !next()) return false;
            if (isSpread && !*spread) {
                moveArgumentsToArray(base, n);
                *spread = true;
            }
            ExprDesc arg;
            if (!parseAssignment(arg, false)) return false;
            if (*spread) appendArgument(base, arg, isSpread, line, column);
            else toNextReg(arg);
            if (++n > 255 && !*spread) return fail(ENG_MESSAGE("Too many arguments in function call"));
            if (check(T_COMMA)) {
                if (!next()) return false;
                if (check(T_RPAREN)) break;  // ES2017 trailing comma
                continue;
            }
            if (check(T_RPAREN)) break;
            if (check(T_EOF) || check(T_ERROR)) return unexpected();
            return fail(ENG_MESSAGE("missing ) after argument list"));
        }
    }
    fs_->freeReg = *spread ? base + 3 : base + 2 + n;
    *count = n;
    return next();
}

// The first spread argument: the n arguments so far move into the array.
void Parser::moveArgumentsToArray(uint32_t base, uint32_t n) {
    uint32_t list = allocReg();
    emitABC(OP_NEWARR, list, 0, 0);
    for (uint32_t i = 0; i < n; i++) emitABC(OP_APPEND, list, base + 2 + i, 0);
    emitABC(OP_MOV, base + 2, list, 0);
    fs_->freeReg = base + 3;
}

// An argument at or after the first spread one goes into the array.
void Parser::appendArgument(uint32_t base, ExprDesc &arg, bool isSpread, uint32_t line, uint32_t column) {
    uint32_t r = compactToAnyReg(arg);
    setPos(line, column);
    emitABC(isSpread ? OP_SPREAD : OP_APPEND, base + 2, r, 0);
    freeExpr(arg);
    fs_->freeReg = base + 3;
}

bool Parser::emitClosure(uint32_t innerIndex, uint32_t reg) {
    fillUpvalDescs(innerIndex, false);
    patchInnerTdz(innerIndex);
    emitABx(OP_CLOSURE, reg, innerIndex);
    return !ctx_->failed();
}

// parsePrimary's frame is under every nested expression that starts with
// one (parentheses, literals, functions): it only dispatches. The leaves
// (names, literals) and the nesting forms are functions of their own.
bool Parser::parsePrimary(ExprDesc &e) {
    switch (lex_.token.type) {
    case T_IDENT:
    case T_NUMBER:
    case T_STRING:
    case T_NULL_:
    case T_TRUE_:
    case T_FALSE_:
        return parseLeafPrimary(e);
    // These set all of e when they succeed.
    case T_LPAREN:
        if (parenHint_ == NO_ATOM) {
            parenDefer_ = false;
            if (!next() || !parseExpression(e, false) || !expect(T_RPAREN)) return false;
            e.parenthesized = true;
            return true;
        }
        return parsePrimaryForm(e);
    case T_LBRACKET:
        return parseArrayLiteral(e);
    case T_LBRACE:
        return parseObjectLiteral(e);
    default:
        return parsePrimaryForm(e);
    }
}

// A name or a literal without nesting, or (`async function`) a function.
bool Parser::parseLeafPrimary(ExprDesc &e) {
    if (check(T_IDENT) && isAsyncWord()) {
        TokenType type = T_IDENT;
        // `async function`: the async is read here, asyncNext_ set.
        const Token tok = lex_.token;
        if (!asyncFunctionStart(true, &type)) return false;
        if (type != T_IDENT) return parsePrimaryForm(e, &tok);
    }
    const Token &tok = lex_.token;
    e = ExprDesc();
    switch (tok.type) {
    case T_IDENT: {
        if (tok.escapedKeyword) return fail(kEscapedKeyword);
        if (fs_->strict && tok.strictReserved) return fail(ENG_MESSAGE("Unexpected strict mode reserved word"));
        uint32_t atom = tokenAtom();
        if (!checkAwaitName(atom, tok.line, tok.column)) return false;
        e = resolveName(atom, tok.line, tok.column);
        return next();
    }
    case T_NUMBER:
        e.kind = E_NUMBER;
        e.number = tok.number;
#if ENG_BIGINT
        if (tok.bigint) {
            e.kind = E_BIGINT;
            e.atom = tokenAtom();
        }
#endif
        return next();
    case T_STRING:
        e.kind = E_STRING;
        e.atom = tokenAtom();
        return next();
    case T_NULL_:
        e.kind = E_NULL;
        return next();
    case T_TRUE_:
        e.kind = E_TRUE;
        return next();
    default:  // T_FALSE_
        e.kind = E_FALSE;
        return next();
    }
}

// The other PrimaryExpressions. asyncStart: the `async` token of an async
// function expression (already read), else null.
bool Parser::parsePrimaryForm(ExprDesc &e, const Token *asyncStart) {
    const Token &at = asyncStart ? *asyncStart : lex_.token;
    uint32_t line = at.line, column = at.column;
    if (asyncStart || at.type == T_FUNCTION) return parseFunctionExpression(e, at.start, line, column);
    e = ExprDesc();
    switch (at.type) {
#if ENG_MODULES
    case T_IMPORT: return parseImportExpression(e);
#endif
    case T_THIS:
        // A derived constructor's this is checked (compiler/class.cpp).
        if (thisFunction()->classCtor == 2) return parseDerivedThis(e) && next();
        // An arrow function's this is its enclosing function's (a hidden
        // variable there).
        if (fs_->isArrow || (fs_->hasOuter && fs_->upvalIndex.contains(thisAtom_))) e = resolveHidden(thisAtom_);
        else e.kind = E_THIS;
        return next();
    case T_LPAREN: {
        uint32_t hint = parenHint_;
        bool outerDefers = parenDefer_;
        parenHint_ = NO_ATOM;
        parenDefer_ = false;
        if (hint == NO_ATOM) {
            if (!next() || !parseExpression(e, false) || !expect(T_RPAREN)) return false;
            e.parenthesized = true;
            return true;
        }
        return parseNamedParenthesized(e, hint, outerDefers);
    }
    case T_LBRACKET:
        return parseArrayLiteral(e);
    case T_TEMPLATE:
        return parseTemplateLiteral(e);
    case T_LBRACE:
        return parseObjectLiteral(e);
    case T_CLASS:
        return parseClassExpression(e);
    case T_SUPER:
        return parseSuper(e);
    case T_PRIVATE_NAME:
        return parsePrivateIn(e);
    case T_SLASH:
    case T_SLASH_ASSIGN: {
        lex_.rescanAsRegex();
        if (ctx_->outOfMemory) return false;
        if (check(T_ERROR)) return unexpected();
        uint32_t body = atoms_.intern(lex_.value.data(), lex_.value.size());
        uint32_t flags = atoms_.intern(lex_.flags.data(), lex_.flags.size());
        uint32_t kb = narrowStringConst(body), kf = narrowStringConst(flags);
        uint32_t dest = allocReg();
        setPos(line, column);
        emitABC(OP_REGEXP, dest, kb, kf);
        e = regExpr(dest);
        return next();
    }
    default:
        return unexpected();
    }
}

// A function expression (the current token is `function`; an async one's
// `async`, at start, line:column, is read).
bool Parser::parseFunctionExpression(ExprDesc &e, uint32_t start, uint32_t line, uint32_t column) {
    e = ExprDesc();
    if (!next()) return false;
    generatorNext_ = check(T_STAR);  // for parseFunction; no local in this nested frame
    if (generatorNext_ && !next()) return false;
    uint32_t name = NO_ATOM;
    if (check(T_IDENT)) {
        if (lex_.token.escapedKeyword) return fail(kEscapedKeyword);
        name = tokenAtom();
        // A generator expression's own name is bound in generator code.
        if (generatorNext_ && name == ATOM_YIELD) return fail(ENG_MESSAGE("Unexpected identifier 'yield' in a generator"));
        // An async function expression's own name is bound in async code.
        if (asyncNext_ && atoms_.equalsAscii(name, "await"))
            return fail(ENG_MESSAGE("Unexpected identifier 'await' in an async function"));
        if (!next()) return false;
    } else if (!check(T_LPAREN)) {
        return unexpected();
    }
    uint32_t hint = functionHint_;
    bool defer = functionDefer_;
    functionHint_ = NO_ATOM;
    functionDefer_ = false;
    uint32_t inner;
    if (!parseFunction(false, 0, name, start, &inner)) return false;
    if (name == NO_ATOM && hint != NO_ATOM && !nameAnonymousFunction(inner, hint, false, defer)) return false;
    uint32_t dest = allocReg();
    setPos(line, column);
    emitClosure(inner, dest);
    e = regExpr(dest);
    return !ctx_->failed();
}

bool Parser::parseArrayLiteral(ExprDesc &e) {
    if (!next()) return false;
    uint32_t dest = allocReg();
    emitABC(OP_NEWARR, dest, 0, 0);
    while (!check(T_RBRACKET)) {
        if (check(T_COMMA)) {
            emitABC(OP_APPENDHOLE, dest, 0, 0);
            if (!next()) return false;
            continue;
        }
        // SpreadElement: the values an iterable produces (vm/spread.cpp).
        bool isSpread = check(T_ELLIPSIS);
        uint32_t line = lex_.token.line, column = lex_.token.column;
        if (isSpread && !next()) return false;
        ExprDesc v;
        if (!parseAssignment(v, false)) return false;
        uint32_t r = compactToAnyReg(v);
        if (isSpread) setPos(line, column);
        emitABC(isSpread ? OP_SPREAD : OP_APPEND, dest, r, 0);
        freeExpr(v);
        if (check(T_COMMA)) {
            if (!next()) return false;
        } else if (!check(T_RBRACKET)) {
            return unexpected();
        }
    }
    e = regExpr(dest);
    return next();
}

bool Parser::parsePropertyName(uint32_t *atom) {
    if (isIdentifierName() || check(T_STRING)) {
        *atom = tokenAtom();
#if ENG_BIGINT
    } else if (check(T_NUMBER) && lex_.token.bigint) {
        // The key is the value's decimal text: a decimal literal's own
        // (it has no leading zero); a 0x/0o/0b one's from its number.
        const Vec<uint16_t> &text = lex_.value;
        if (text.size() < 2 || (text[1] | 0x20) < 'a') {
            *atom = tokenAtom();
        } else {
            if (lex_.token.number >= 9007199254740992.0)
                return fail(ENG_MESSAGE("BigInt property names above 2^53 must be decimal"));
            char buf[NUMBER_TEXT_MAX];
            size_t n = numberToText(lex_.token.number, buf);
            uint16_t units[NUMBER_TEXT_MAX];
            for (size_t i = 0; i < n; i++) units[i] = static_cast<uint8_t>(buf[i]);
            *atom = atoms_.intern(units, static_cast<uint32_t>(n));
        }
#endif
    } else if (check(T_NUMBER)) {
        char buf[NUMBER_TEXT_MAX];
        size_t n = numberToText(lex_.token.number, buf);
        uint16_t units[NUMBER_TEXT_MAX];
        for (size_t i = 0; i < n; i++) units[i] = static_cast<uint8_t>(buf[i]);
        *atom = atoms_.intern(units, static_cast<uint32_t>(n));
    } else {
        return unexpected();
    }
    return next();
}

}  // namespace eng
