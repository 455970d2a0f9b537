// Destructuring patterns (ES2023 8.6.2 BindingInitialization, 13.15.5
// DestructuringAssignmentEvaluation): `[a, , b = 1, ...r]` and
// `{a, b: {c}, [k]: d = 2, ...r}` in var/let/const declarations, for-in
// heads, assignments, parameters and catch clauses.
//
// Without a syntax tree the value must be computed before the pattern's
// code, while the pattern comes first in the text: the parser skips the
// pattern (brackets balanced), compiles the value into a register, then
// seeks back and compiles the pattern from that register, and seeks on
// again. Both passes do the same, so inner functions, hazards and scopes
// keep one order.
//
// Array patterns step through the value with ITERINIT/ITERNEXT/ITERREST,
// which list what spread lists (vm/spread.cpp, the one place the iteration
// protocol will replace). Object patterns check the value (REQOBJ) and read
// each property; a rest property copies the others (COPYREST), with the
// keys read so far collected in an array.
#include "compiler/parser.h"

namespace eng {

namespace {

// The pattern's own positions are kept as a token plus its newline flag,
// which a seek does not recompute.
struct SavedToken {
    LexerPosition at;
    bool newlineBefore;
};

SavedToken saveToken(const Token &t) { return {{t.start, t.line, t.column}, t.newlineBefore}; }

bool isPatternEnd(TokenType t) { return t == T_ASSIGN || t == T_COMMA || t == T_RBRACKET || t == T_RBRACE; }

}  // namespace

bool Parser::seekToken(const LexerPosition &at, bool newlineBefore) {
    lex_.seek(at);
    if (!next()) return false;
    lex_.token.newlineBefore = newlineBefore;
    return true;
}

// Inside brackets `depth` deep (the current token is the first one inside,
// after `previous`): skips to the token after the matching closing bracket
// (*closed), reading template literals and regular expression literals as
// such. *closed stays false at the end of the input or an invalid token,
// which the real parse then reports.
bool Parser::skipToClose(uint32_t depth, TokenType previous, bool *closed, bool *sawAssign) {
    *closed = false;
    uint16_t templates[16];  // (16-bit: this frame is on the C stack of every lookahead)
    uint32_t open = 0;       // template substitutions open, at which depth
    for (;;) {
        if (check(T_EOF) || check(T_ERROR)) return true;
        TokenType t = lex_.token.type;
        if ((t == T_SLASH || t == T_SLASH_ASSIGN) &&
            !(previous == T_IDENT || previous == T_NUMBER || previous == T_STRING || previous == T_TEMPLATE ||
              previous == T_RPAREN || previous == T_RBRACKET || previous == T_RBRACE || previous == T_THIS ||
              previous == T_NULL_ || previous == T_TRUE_ || previous == T_FALSE_)) {
            lex_.rescanAsRegex();
            if (ctx_->outOfMemory) return false;
            if (check(T_ERROR)) return true;
        } else if (t == T_TEMPLATE && !lex_.token.templateTail) {
            if (open == 16) return true;
            templates[open++] = static_cast<uint16_t>(depth);
        } else if (t == T_RBRACE && open && templates[open - 1] == depth) {
            lex_.rescanTemplateContinuation();
            if (ctx_->outOfMemory) return false;
            if (check(T_ERROR)) return true;
            if (lex_.token.templateTail) open--;
        } else if (t == T_LPAREN || t == T_LBRACKET || t == T_LBRACE) {
            if (++depth > 0xffff) return true;
        } else if (t == T_ASSIGN && sawAssign) {
            *sawAssign = true;
        } else if (t == T_RPAREN || t == T_RBRACKET || t == T_RBRACE) {
            if (--depth == 0) {
                *closed = true;
                return next();
            }
        }
        previous = lex_.token.type;
        if (!next()) return false;
    }
}

// At `[` or `{`: the token that follows the matching bracket (T_ERROR if
// none); the lexer is put back.
bool Parser::tokenAfterBrackets(TokenType *after, bool *afterOf) {
    SavedToken start = saveToken(lex_.token);
    TokenType open = lex_.token.type;
    bool closed, sawAssign = false;
    if (!next() || !skipToClose(1, open, &closed, &sawAssign)) return false;
    *after = closed ? lex_.token.type : T_ERROR;
    if (afterOf) *afterOf = closed && atOf();
    if (closed && !sawAssign && *after != T_ASSIGN) {
        plainStart_ = start.at.offset;
        plainEnd_ = lex_.token.start;
    }
    return seekToken(start.at, start.newlineBefore);
}

// parseAssignment at `[` or `{`: `pattern = value` (13.15.1: the literal
// is then reparsed as an AssignmentPattern). e gets the value. Out of
// line, so that parseAssignment's frame (nested per expression level)
// does not grow.
#if defined(__GNUC__)
__attribute__((noinline))
#endif
int Parser::parseDestructuringAssignment(ExprDesc &e, bool noIn) {
    uint32_t at = lex_.token.start;
    if (at > plainStart_ && at < plainEnd_) return 0;  // inside a literal without `=`
    TokenType after;
    if (!tokenAfterBrackets(&after)) return -1;
    if (after != T_ASSIGN) return 0;
    return parsePatternAssignment(e, noIn) ? 1 : -1;
}

bool Parser::parsePatternAssignment(ExprDesc &e, bool noIn) {
    SavedToken pattern = saveToken(lex_.token);
    bool closed;
    TokenType open = lex_.token.type;
    if (!next() || !skipToClose(1, open, &closed) || !next()) return false;
    ExprDesc value;
    if (!parseAssignment(value, noIn)) return false;
    uint32_t r = toNextReg(value);  // a copy: the pattern may assign the variable it came from
    SavedToken end = saveToken(lex_.token);
    if (!seekToken(pattern.at, pattern.newlineBefore) || !parsePattern(PAT_ASSIGN, r)) return false;
    if (!seekToken(end.at, end.newlineBefore)) return false;
    fs_->freeReg = r + 1;
    e = ExprDesc();
    e.kind = E_REG;
    e.a = r;
    return !ctx_->failed();
}

// A declaration's pattern with its initializer (`[a, b] = v`), at the
// pattern: the value first, then the bindings. Ends after the initializer.
bool Parser::parsePatternDeclaration(uint8_t mode, bool noIn) {
    const Token start = lex_.token;
    SavedToken pattern = saveToken(start);
    bool closed;
    if (!next() || !skipToClose(1, start.type, &closed)) return false;
    if (!closed) return unexpected();
    if (!check(T_ASSIGN))
        return failAt(ENG_MESSAGE("Missing initializer in destructuring declaration"), start.line, start.column);
    if (!next()) return false;
    uint32_t base = fs_->freeReg;
    ExprDesc value;
    if (!parseAssignment(value, noIn)) return false;
    compact(value);
    uint32_t r = toNextReg(value);
    SavedToken end = saveToken(lex_.token);
    if (!seekToken(pattern.at, pattern.newlineBefore) || !parsePattern(mode, r)) return false;
    if (!seekToken(end.at, end.newlineBefore)) return false;
    fs_->freeReg = base;
    return !ctx_->failed();
}

// The pattern at the current token (`[` or `{`) takes the value in
// register `value`; ends after its closing bracket.
bool Parser::parsePattern(uint8_t mode, uint32_t value) {
    if (!enter()) return false;
    bool ok = check(T_LBRACKET) ? parseArrayPattern(mode, value) : parseObjectPattern(mode, value);
    leave();
    return ok;
}

bool Parser::parseArrayPattern(uint8_t mode, uint32_t value) {
    FuncState *f = fs_;
    const Token open = lex_.token;
    if (!next()) return false;
    uint32_t base = f->freeReg;
    uint32_t iter = allocReg();
    allocReg();
    setPos(open.line, open.column);
    emitABC(OP_ITERINIT, iter, value, 0);
    // The elements run under a finally handler that closes the iterator
    // when one of them throws (its registers sit above the iteration's, as
    // handlers need; only a throw can leave an expression early).
    uint32_t completion = allocReg();
    allocReg();
    uint32_t protect = emit(makeAsBx(OP_TRYFINALLY, completion, 0));
    while (!check(T_RBRACKET)) {
        if (check(T_COMMA)) {
            // An elision still takes a step.
            uint32_t t = allocReg();
            setPos(lex_.token.line, lex_.token.column);
            emitABC(OP_ITERNEXT, t, iter, 0);
            f->freeReg = t;
            if (!next()) return false;
            continue;
        }
        PatternSource src = {PSRC_ITER, iter, NO_ATOM, NO_REG};
        if (check(T_ELLIPSIS)) {
            const Token dots = lex_.token;
            if (!next()) return false;
            src.kind = PSRC_ITER_REST;
            if (!parsePatternElement(mode, src, false)) return false;
            if (!check(T_RBRACKET))
                return failAt(ENG_MESSAGE("Rest element must be last element"), dots.line, dots.column);
            break;
        }
        if (!parsePatternElement(mode, src, true)) return false;
        if (check(T_COMMA)) {
            if (!next()) return false;
        } else if (!check(T_RBRACKET)) {
            return unexpected();
        }
    }
    // A pattern that stopped before the end closes the iterator (a rest
    // element or an exhausted iteration leaves nothing to close).
    emitABC(OP_POPTRY, 0, 0, 0);
    emit(makeAsBx(OP_LOADI, completion, COMPLETION_NORMAL));
    patchTo(protect, here());
    emitABC(OP_ITERCLOSE, iter, completion, 1);
    emitABC(OP_ENDFINALLY, completion, 0, 0);
    f->freeReg = base;
    return next();
}

bool Parser::parseObjectPattern(uint8_t mode, uint32_t value) {
    FuncState *f = fs_;
    const Token open = lex_.token;
    // A rest property needs the keys read before it: look for one first.
    bool hasRest = false;
    {
        SavedToken start = saveToken(open);
        if (!next()) return false;
        uint32_t depth = 1;
        while (depth && !check(T_EOF) && !check(T_ERROR)) {
            if (depth == 1 && check(T_ELLIPSIS)) hasRest = true;
            if (check(T_LBRACKET) || check(T_LBRACE) || check(T_LPAREN)) {
                // Skip nested brackets whole (templates and regular expressions in them).
                bool closed;
                TokenType t = lex_.token.type;
                if (!next() || !skipToClose(1, t, &closed)) return false;
                if (!closed) break;
                continue;
            }
            if (check(T_RBRACE)) depth--;
            if (!next()) return false;
        }
        if (!seekToken(start.at, start.newlineBefore)) return false;
    }
    if (!next()) return false;
    uint32_t base = f->freeReg;
    setPos(open.line, open.column);
    uint32_t reqPc = emitABx(OP_REQOBJ, value, 0);
    bool first = true;
    uint32_t keys = NO_REG;
    if (hasRest) {
        keys = allocReg();
        emitABC(OP_NEWARR, keys, 0, 0);
    }
    while (!check(T_RBRACE)) {
        const Token tok = lex_.token;
        PatternSource src = {PSRC_FIELD, value, NO_ATOM, NO_REG};
        if (check(T_ELLIPSIS)) {
            if (!next()) return false;
            if (check(T_LBRACKET) || check(T_LBRACE)) return unexpected();
            src.kind = PSRC_OBJECT_REST;
            src.keyReg = keys;
            if (!parsePatternElement(mode, src, false)) return false;
            if (!check(T_RBRACE)) return failAt(ENG_MESSAGE("Rest element must be last element"), tok.line, tok.column);
            break;
        }
        uint32_t mark = f->freeReg;
        if (check(T_LBRACKET)) {
            // [expression]: ToPropertyKey once, before the value is read.
            if (!next()) return false;
            ExprDesc k;
            if (!parseAssignment(k, false) || !expect(T_RBRACKET)) return false;
            uint32_t r = compactToAnyReg(k);
            freeExpr(k);
            src.keyReg = allocReg();
            setPos(tok.line, tok.column);
            emitABC(OP_TOKEY, src.keyReg, r, value);
            if (keys != NO_REG) emitABC(OP_APPEND, keys, src.keyReg, 0);
            if (!expect(T_COLON)) return false;
            if (!parsePatternElement(mode, src, true)) return false;
        } else {
            bool shorthand = false;
            if (check(T_IDENT)) {
                // `{a}` and `{a = 1}`: the name is the key and the target.
                TokenType after;
                SavedToken at = saveToken(tok);
                if (!next()) return false;
                after = lex_.token.type;
                shorthand = after == T_COMMA || after == T_RBRACE || after == T_ASSIGN;
                if (!seekToken(at.at, at.newlineBefore)) return false;
            }
            uint32_t key;
            if (shorthand) {
                key = tokenAtom();
            } else {
                if (!parsePropertyName(&key) || !expect(T_COLON)) return false;
            }
            src.key = key;
            if (first) {
                uint32_t k = stringConst(key);
                if (f->pass == 2 && k + 1 <= 0xffff) f->code[reqPc] = makeABx(OP_REQOBJ, value, k + 1);
            }
            if (keys != NO_REG) {
                uint32_t t = allocReg();
                emitABx(OP_LOADK, t, stringConst(key));
                emitABC(OP_APPEND, keys, t, 0);
                f->freeReg = t;
            }
            if (!parsePatternElement(mode, src, true)) return false;
        }
        first = false;
        f->freeReg = mark;
        if (check(T_COMMA)) {
            if (!next()) return false;
        } else if (!check(T_RBRACE)) {
            return unexpected();
        }
    }
    f->freeReg = base;
    return next();
}

// The value the source gives, into register t.
void Parser::emitPatternFetch(const PatternSource &src, uint32_t t) {
    switch (src.kind) {
    case PSRC_ITER: emitABC(OP_ITERNEXT, t, src.reg, 0); break;
    case PSRC_ITER_REST:
        emitABC(OP_NEWARR, t, 0, 0);
        emitABC(OP_ITERREST, t, src.reg, 0);
        break;
    case PSRC_OBJECT_REST:
        emitABC(OP_NEWOBJ, t, 0, 0);
        if (src.keyReg != NO_REG) emitABC(OP_COPYREST, t, src.reg, src.keyReg);
        else emitABC(OP_COPYPROPS, t, src.reg, 0);
        break;
    case PSRC_FIELD:
        if (src.key == NO_ATOM) {
            emitABC(OP_GETPROP, t, src.reg, src.keyReg);
        } else {
            emitGetNamed(t, src.reg, src.key);
        }
        break;
    }
}

// `= initializer` after a target: used when the value in t is undefined.
bool Parser::emitPatternDefault(uint32_t t, uint32_t hint) {
    FuncState *f = fs_;
    if (!next()) return false;
    uint32_t u = allocReg();
    emitABC(OP_LOADUNDEF, u, 0, 0);
    emitABC(OP_SEQ, u, t, u);
    uint32_t skip = emitCondJump(OP_JMPIFNOT, u);
    f->freeReg = u;
    nameHint_ = hint;  // [f = function () {}]: f.name is "f"
    ExprDesc v;
    if (!parseAssignment(v, false)) return false;
    freeExpr(v);
    dischargeTo(v, t);
    f->freeReg = t + 1;
    patchTo(skip, here());
    return !ctx_->failed();
}

// One element: a nested pattern, a binding name or (assignments) any
// simple target, then an optional initializer (not after `...`).
bool Parser::parsePatternElement(uint8_t mode, const PatternSource &src, bool allowDefault) {
    FuncState *f = fs_;
    const Token tok = lex_.token;
    uint32_t base = f->freeReg;
    bool nested = check(T_LBRACKET) || check(T_LBRACE);
    if (nested && mode == PAT_ASSIGN && src.kind != PSRC_OBJECT_REST) {
        // `[[a][0]] = v` assigns to a member of an array literal.
        TokenType after;
        if (!tokenAfterBrackets(&after)) return false;
        nested = isPatternEnd(after);
    }
    if (nested) {
        if (src.kind == PSRC_OBJECT_REST) return unexpected();
        // The value goes through a register of its own below the pattern's temporaries.
        uint32_t t = allocReg();
        SavedToken pattern = saveToken(tok);
        bool closed;
        if (!next() || !skipToClose(1, tok.type, &closed)) return false;
        if (!closed) return unexpected();
        setPos(tok.line, tok.column);
        emitPatternFetch(src, t);
        if (check(T_ASSIGN)) {
            if (!allowDefault) return fail(ENG_MESSAGE("Invalid destructuring assignment target"));
            if (!emitPatternDefault(t, NO_ATOM)) return false;
        }
        SavedToken end = saveToken(lex_.token);
        if (!seekToken(pattern.at, pattern.newlineBefore) || !parsePattern(mode, t)) return false;
        if (!seekToken(end.at, end.newlineBefore)) return false;
        f->freeReg = base;
        return !ctx_->failed();
    }
    if (mode == PAT_ASSIGN) {
        // The target's reference is evaluated before the value is read.
        ExprDesc target;
        if (!parseLeftHandSide(target)) return false;
        if (!checkAssignable(target, ENG_MESSAGE("Invalid destructuring assignment target"), tok.line, tok.column))
            return false;
        resolveWithBase(target);
        if (target.kind == E_INDEX) convertKeyOnce(target);
        uint32_t t = allocReg();
        setPos(tok.line, tok.column);
        emitPatternFetch(src, t);
        if (check(T_ASSIGN)) {
            if (!allowDefault) return fail(ENG_MESSAGE("Invalid destructuring assignment target"));
            if (!emitPatternDefault(t, target.isName && !target.parenthesized ? target.atom : NO_ATOM)) return false;
        }
        if (target.isName) f->nameWrites++;
        storeTo(target, t);
        f->freeReg = base;
        return !ctx_->failed();
    }
    // A binding: an identifier.
    if (!check(T_IDENT)) return unexpected();
    uint32_t atom = tokenAtom();
    uint32_t slot = NO_REG;
    if (!declarePatternName(mode, atom, tok, &slot) || !next()) return false;
    uint32_t t = allocReg();
    setPos(tok.line, tok.column);
    emitPatternFetch(src, t);
    if (check(T_ASSIGN)) {
        if (!allowDefault) return fail(ENG_MESSAGE("Invalid destructuring assignment target"));
        if (!emitPatternDefault(t, atom)) return false;
    }
    if (!bindPatternName(mode, atom, tok, slot, t)) return false;
    f->freeReg = base;
    return !ctx_->failed();
}

// At a bound name: the declaration's early checks, and its slot (let/const).
bool Parser::declarePatternName(uint8_t mode, uint32_t atom, const Token &tok, uint32_t *slot) {
    FuncState *f = fs_;
    *slot = NO_REG;
    switch (mode) {
    case PAT_VAR: return checkBinding(atom, tok) && checkVarAgainstBlocks(atom, tok) && declareVar(atom);
    case PAT_LET:
    case PAT_CONST:
        return checkBinding(atom, tok) && declareLexical(atom, mode == PAT_CONST ? LEX_CONST : LEX_LET, tok, slot);
    case PAT_PARAM: {
        // Strictness and duplicates are checked with the other parameters (checkParams).
        if (tok.escapedKeyword) return failAt(kEscapedKeyword, tok.line, tok.column);
        if (!checkAwaitName(atom, tok.line, tok.column)) return false;  // yield in a generator's parameters
        if (f->pass != 1) return true;
        PatternName n = {atom, {tok.start, tok.line, tok.column}};
        return patternNames_.push(n);
    }
    default: return true;
    }
}

// The value in register t initialises the bound name.
bool Parser::bindPatternName(uint8_t mode, uint32_t atom, const Token &tok, uint32_t slot, uint32_t t) {
    FuncState *f = fs_;
    f->nameWrites++;
    setPos(tok.line, tok.column);
    if (mode == PAT_VAR) {
        ExprDesc target = resolveName(atom, tok.line, tok.column);
        resolveWithBase(target);
        storeTo(target, t);
        return !ctx_->failed();
    }
    if (mode == PAT_PARAM) {
        if (f->pass == 1) return true;
        for (uint32_t i = f->params.size() - f->patternCount; i < f->params.size(); i++) {
            if (f->params[i] != atom) continue;
            const LocalVar &l = f->locals[i];
            emitABC(l.captured ? OP_SETBOX : OP_MOV, l.reg, t, 0);
            break;
        }
        f->patternsBound++;
        return !ctx_->failed();
    }
    // let / const (catch parameters too)
    if (f->pass == 2) {
        if (slot == NO_REG) {
#if ENG_MODULES
            if (module_) emitModuleInit(atom, t);
            else
#endif
            emitABx(OP_INITLEX, t, stringConst(atom));
        } else {
            const CatchScope &c = f->catchScopes[slot];
            emitABC(c.boxed ? OP_SETBOX : OP_MOV, c.reg, t, 0);
        }
    }
    return completeLexical(slot);
}

}  // namespace eng

namespace eng {

// for (var [a, b] in o), for (const {x} of list), for ([o.a, o.b] in o):
// at the pattern, which `in` or `of` follows. Each key or value is
// destructured on every iteration (a fresh box first for captured let/const
// bindings):
//       FORIN it, obj                 ITERINIT it, obj
//   L:  FORNEXT key, it               ITERNEXT key, it, done
//       JMP end                       JMPIF done, end
//       <pattern code from key>
//       body
//       JMP L
bool Parser::parseForInPattern(uint8_t mode, uint32_t labels, bool of) {
    FuncState *f = fs_;
    uint32_t base = f->nactive;
    SavedToken pattern = saveToken(lex_.token);
    TokenType open = lex_.token.type;
    bool closed;
    if (!next() || !skipToClose(1, open, &closed)) return false;
    if (of && !atOf()) return unexpected();
    if (!(of ? next() : expect(T_IN))) return false;
    uint32_t regs = reserveRegs(2), iter = regs, flag = 0, key = regs + 1;
    if (!parseForObject(of, &iter, &flag)) return false;
    SavedToken body = saveToken(lex_.token);
    f->freeReg = f->nactive;
    uint32_t loop = here();
    uint32_t exit = emitForStep(of, key, iter, flag);
    if ((mode == PAT_LET || mode == PAT_CONST) && !f->openScopes.empty()) {
        for (uint32_t i = f->openScopes.back().bindingMark; i < f->catchScopes.size(); i++) {
            const CatchScope &c = f->catchScopes[i];
            if (c.boxed && c.lexical != LEX_NONE) emitABC(OP_NEWBOX, c.reg, 0, 0);
        }
    }
    if (!seekToken(pattern.at, pattern.newlineBefore) || !parsePattern(mode, key)) return false;
    if (of ? !atOf() : !check(T_IN)) return unexpected();
    if (!seekToken(body.at, body.newlineBefore)) return false;
    if (!parseLoopBody(labels, loop, exit, of ? iter : NO_REG)) return false;
    releaseRegs(base);
    return true;
}

}  // namespace eng

namespace eng {

// catch ({message}) { ... }: at the block's `{`. The pattern's names are
// let bindings of the block itself (so the block may not redeclare them),
// initialised from the exception before its statements run.
bool Parser::parseCatchPatternBlock(const LexerPosition &pattern, uint32_t catchReg, bool boxed) {
    FuncState *f = fs_;
    if (!next() || !openBlock(NO_ATOM, SCOPE_BLOCK)) return false;
    SavedToken body = saveToken(lex_.token);
    uint32_t base = f->freeReg;
    uint32_t t = allocReg();
    emitABC(boxed ? OP_GETBOX : OP_MOV, t, catchReg, 0);
    if (!seekToken(pattern, false) || !parsePattern(PAT_LET, t) || !expect(T_RPAREN)) return false;
    f->freeReg = base;
    if (!seekToken(body.at, body.newlineBefore)) return false;
    return parseStatementsUntil(T_RBRACE) && closeBlock() && next();
}

}  // namespace eng
