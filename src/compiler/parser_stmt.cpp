// Statements and control flow: loops, switch, labels, break/continue across
// try/finally, exception handlers.
#include "compiler/parser.h"
#include "strings/format.h"

namespace eng {

uint32_t Parser::pushTarget(TargetKind kind) {
    JumpTarget t = {kind, fs_->handlers.size(), NO_PATCH, NO_PATCH};
    fs_->targets.push(t);
    return fs_->targets.size() - 1;
}

void Parser::bindLoopLabels(uint32_t from, uint32_t target) {
    for (uint32_t i = from; i < fs_->labels.size(); i++) fs_->labels[i].loopTarget = target;
}

void Parser::popTarget(uint32_t breakTo) {
    if (fs_->targets.empty()) return;
    patchListTo(fs_->targets.back().breakList, breakTo);
    fs_->targets.pop();
}

// Leaves every handler between here and the target: catch handlers are
// popped, finally blocks are run through the JUMP completion protocol; the
// code after each finally jump is the stub that continues outward.
void Parser::emitJumpOut(uint32_t target, bool isContinue) {
    FuncState *f = fs_;
    uint32_t depth = f->targets[target].handlerDepth;
    for (uint32_t i = f->handlers.size(); i > depth; i--) {
        Handler h = f->handlers[i - 1];
        if (!h.isFinally) {
            emitABC(OP_POPTRY, 0, 0, 0);
            continue;
        }
        emit(makeAsBx(OP_LOADI, h.reg, COMPLETION_JUMP));
        emit(makeAsBx(OP_LOADPC, h.reg + 1, 2));
        emitABC(OP_POPTRY, 0, 0, 0);
        uint32_t j = emitJump();
        f->handlers[i - 1].finallyList = addPatch(f->handlers[i - 1].finallyList, j);
    }
    uint32_t j = emitJump();
    JumpTarget &t = f->targets[target];
    if (isContinue) t.continueList = addPatch(t.continueList, j);
    else t.breakList = addPatch(t.breakList, j);
}

bool Parser::parseStatement() {
    if (!enter()) return false;
    uint8_t context = stmtContext_;
    stmtContext_ = STMT_BODY;
    FuncState *f = fs_;
    f->attachedLabels = f->labelSetStart;
    f->labelSetStart = f->labels.size();
    uint32_t start = lex_.token.start;  // of the statement, for a function declaration
    setPos(lex_.token.line, lex_.token.column);
    // Completion values (script code, observed through eval): R[completionReg]
    // holds the value of the last statement that produced one. if, loops,
    // switch and try complete with UpdateEmpty(result, undefined) (ES2015,
    // as test262 checks), so they start by setting it to undefined; a break
    // or continue leaving them then carries the value produced so far.
    if (f->isScript) {
        switch (lex_.token.type) {
        case T_IF: case T_FOR: case T_WHILE: case T_DO: case T_TRY: case T_SWITCH: case T_WITH:
            emitABC(OP_LOADUNDEF, f->completionReg, 0, 0);
            break;
        default:
            break;
        }
    }
    bool ok;
    // `async function` (no line break between): the async is read here and
    // asyncNext_ set for parseFunction (a member: this frame nests).
    TokenType type = lex_.token.type;
    if (type == T_IDENT && !asyncFunctionStart(context == STMT_LIST, &type)) {
        leave();
        return false;
    }
    switch (type) {
    case T_LBRACE: ok = parseBlock(); break;
    case T_VAR: ok = parseVarStatement(); break;
    case T_SEMICOLON: ok = next(); break;
    case T_IF: ok = parseIf(); break;
    case T_FOR: ok = parseFor(); break;
    case T_WHILE: ok = parseWhile(); break;
    case T_DO: ok = parseDoWhile(); break;
    case T_CONTINUE: ok = parseBreakContinue(true); break;
    case T_BREAK: ok = parseBreakContinue(false); break;
    case T_RETURN: ok = parseReturn(); break;
    case T_THROW: ok = parseThrow(); break;
    case T_TRY: ok = parseTry(); break;
    case T_SWITCH: ok = parseSwitch(); break;
    case T_WITH: ok = parseWith(); break;
#if ENG_MODULES
    case T_IMPORT: ok = parseImportStatement(context == STMT_LIST); break;
    case T_EXPORT: ok = parseExportDeclaration(context == STMT_LIST); break;
#endif
    case T_DEBUGGER:
        emitABC(OP_DEBUGGER, 0, 0, 0);
        ok = next() && consumeSemicolon();
        break;
    case T_FUNCTION: ok = parseFunctionDeclaration(context, start); break;
    case T_CLASS:
        if (context != STMT_LIST) {
            ok = unexpected();
            break;
        }
        ok = parseClassDeclaration();
        break;
    case T_CONST: ok = parseLexicalStatement(context, true); break;
    case T_IDENT: {
        // A label, a let declaration, or an expression statement (the
        // common case: parsed here, not under the frame that looked ahead).
        int head = parseIdentifierStatementHead(context);
        ok = head == 0 ? parseExpressionStatement() : head > 0;
        break;
    }
    default: ok = parseExpressionStatement(); break;
    }
    f->freeReg = f->nactive;
    leave();
    return ok && !ctx_->failed();
}

// var declarations as a statement.
bool Parser::parseVarStatement() {
    uint32_t last, count;
    bool hadInit;
    return next() && parseVarDeclarations(false, &last, &hadInit, &count) && consumeSemicolon();
}

// let or const declarations as a statement (the current token is the let or
// const).
bool Parser::parseLexicalStatement(uint8_t context, bool isConst) {
    if (context != STMT_LIST) return fail(ENG_MESSAGE("Lexical declaration cannot appear in a single-statement context"));
    uint32_t count, last;
    bool hadInit;
    return next() && parseLexicalDeclarations(isConst, false, &count, &last, &hadInit) && consumeSemicolon();
}

// A function declaration (the current token is `function`; start: where the
// declaration starts, at its `async` if any).
bool Parser::parseFunctionDeclaration(uint8_t context, uint32_t start) {
    FuncState *f = fs_;
    bool ok;
    do {
        // Function declarations belong in statement lists (blocks included,
        // as ES2015 and test262 have them); never as a loop body, and as the
        // body of if or of a label only in sloppy code (Annex B).
        if (context == STMT_BODY || ((context == STMT_ANNEXB || context == STMT_IFBODY) && f->strict)) {
            ok = fail(f->strict ? ENG_MESSAGE("In strict mode code, functions can only be declared at top level or "
                                              "inside a block.")
                                : ENG_MESSAGE("In non-strict mode code, functions can only be declared at top level, "
                                              "inside a block, or as the body of an if statement."));
            break;
        }
        ok = next();
        if (!ok) break;
        // In the member parseFunction reads, not a local: this frame nests
        // per statement level.
        generatorNext_ = check(T_STAR);
        if (generatorNext_) {
            // Generator declarations are never Annex B labelled or if bodies.
            if (context != STMT_LIST) {
                ok = unexpected();
                break;
            }
            if (!(ok = next())) break;
        }
        if (!check(T_IDENT)) {
            ok = check(T_LPAREN) ? fail(ENG_MESSAGE("Function statements require a function name")) : unexpected();
            break;
        }
        uint32_t name = tokenAtom();
        const Token nameTok = lex_.token;
        if (!(ok = checkBinding(name, lex_.token))) break;
        // In a block (ES2015 13.2.14): a lexical binding of the block, made
        // on entry; sloppy code also assigns it to a var (Annex B.3.3). The
        // body of an if is a block of its own (B.3.4).
        bool ifBody = context == STMT_IFBODY;
        if (ifBody && !(ok = openScope(SCOPE_BLOCK))) break;
        bool inBlock = ifBody || (context == STMT_LIST && !f->openScopes.empty() &&
                                  f->openScopes.back().kind != SCOPE_FUNCTION &&
                                  f->openScopes.back().kind != SCOPE_SCRIPT);
        uint32_t slot = NO_REG;
        uint32_t occurrence = 0;
        if (inBlock) {
            plainFunctionDecl_ = !generatorNext_ && !asyncNext_;
            ok = declareLexical(name, LEX_FUNCTION, nameTok, &slot);
            plainFunctionDecl_ = true;
            if (!ok) break;
            occurrence = f->blockFunctionCounter++;
            if (f->pass == 1 && !f->strict) {
                bool isParam = false;
                for (uint32_t i = 0; i < f->params.size(); i++) isParam = isParam || f->params[i] == name;
                FuncState::AnnexCandidate c = {name, occurrence, f->openScopes.size()};
                if (!(ok = f->annexCandidates.push(c) && f->annexEligible.resize(occurrence + 1, isParam ? 0 : 1)))
                    break;
            }
        } else {
            if (context == STMT_LIST && !(ok = declareBlockFunction(name, lex_.token))) break;
            if (f->pass == 1 && name != NO_ATOM) {
#if ENG_MODULES
                uint32_t *kind = module_ && f->isScript ? f->declared.find(name) : nullptr;
                if (kind && *kind == 1 && !(ok = failRedeclared(name, nameTok))) break;  // var f; function f
#endif
                if (!f->declared.contains(name)) f->declOrder.push(name);
                f->declared.put(name, 2);
#if ENG_MODULES
                noteModuleDeclaration(name);  // export function f
#endif
            }
        }
        uint32_t inner;
        blockFunction_ = inBlock;
        ok = next() && parseFunction(true, 0, name, start, &inner);
        if (!ok || !inBlock) break;
        if (f->pass == 1 && slot < f->lexStack.size()) f->lexStack[slot].inner = inner;
        ok = completeLexical(f->pass == 1 ? slot : NO_REG) && (f->strict || annexBAssign(name, occurrence, nameTok));
        if (ok && ifBody) ok = closeScope();
    } while (false);
    return ok;
}

// A statement that starts with an identifier: a label or a let declaration
// (parsed here: 1 done, -1 failed), or an expression statement (0: the
// lexer is back at the identifier).
int Parser::parseIdentifierStatementHead(uint8_t context) {
    const Token tok = lex_.token;
    if (tok.escapedKeyword) {
        fail(kEscapedKeyword);
        return -1;
    }
    // A label is an identifier followed by ':'; look one token ahead.
    uint32_t atom = tokenAtom();
#if ENG_RESOURCE_MANAGEMENT
    bool isAwait = fs_->isAsync && isAwaitHere();
    if (isAwait || atoms_.equalsAscii(atom, "using")) {
        bool isDeclaration = false;
        if (!usingDeclarationAhead(isAwait, false, &isDeclaration)) return -1;
        if (isDeclaration) return parseUsingStatement(context, isAwait) ? 1 : -1;
    }
#endif
    if (atom == letAtom_) {
        bool isDeclaration = false;
        stmtContext_ = context;
        if (!letDeclarationAhead(&isDeclaration)) return -1;
        stmtContext_ = STMT_BODY;
        if (isDeclaration) return parseLexicalStatement(context, false) ? 1 : -1;
    }
    LexerPosition at = {tok.start, tok.line, tok.column};
    if (!next()) return -1;
    if (check(T_COLON)) {
        if (fs_->strict && tok.strictReserved) {
            failAt(ENG_MESSAGE("Unexpected strict mode reserved word"), tok.line, tok.column);
            return -1;
        }
        if (!checkAwaitName(atom, tok.line, tok.column)) return -1;  // yield in a generator
        // A labelled function is no if body (ES2023 14.6.1 IsLabelledFunction).
        stmtContext_ = context == STMT_LIST     ? static_cast<uint8_t>(STMT_ANNEXB)
                     : context == STMT_IFBODY ? static_cast<uint8_t>(STMT_BODY)
                                              : context;
        return parseLabelled(atom, tok.line, tok.column) ? 1 : -1;
    }
    lex_.seek(at);
    if (!next()) return -1;
    lex_.token.newlineBefore = tok.newlineBefore;
    return 0;
}

bool Parser::parseExpressionStatement() {
    ExprDesc e;
    if (!parseExpression(e, false)) return false;
    if (fs_->isScript) moveToLocal(fs_->completionReg, e);
    else discard(e);
    return consumeSemicolon();
}

bool Parser::parseBlock(uint32_t catchParam) {
    if (!next() || !openBlock(catchParam, SCOPE_BLOCK)) return false;
    return parseStatementsUntil(T_RBRACE) && closeBlock() && next();
}

// Blocks are scopes (block_scope.cpp).
bool Parser::openBlock(uint32_t catchParam, uint8_t kind) { return openScope(kind, catchParam); }

bool Parser::closeBlock() { return closeScope(); }

bool Parser::failRedeclared(uint32_t atom, const Token &token) {
    char buf[160];
    uint32_t n = 0;
    n += static_cast<uint32_t>(formatText(buf, sizeof buf, "Identifier '"));
    for (uint32_t k = 0; k < atoms_.length(atom) && n < 120; k++) {
        uint16_t u = atoms_.unit(atom, k);
        buf[n++] = u < 128 ? static_cast<char>(u) : '?';
    }
    formatText(buf + n, sizeof buf - n, "' has already been declared");
    return failAt(buf, token.line, token.column);
}

// A function declared at the top of a function or script is var-like: it
// may not share its name with a lexical declaration there. (One in a block
// is a lexical declaration: declareLexical.)
bool Parser::declareBlockFunction(uint32_t atom, const Token &token) {
    FuncState *f = fs_;
    if (f->pass != 1 || f->blockMarks.empty()) return true;
    const FuncState::BlockMark &m = f->blockMarks.back();
    for (uint32_t i = m.lex; i < f->blockLex.size(); i++)
        if (f->blockLex[i] == atom) return failRedeclared(atom, token);
    return f->blockVars.push(atom);
}

// A var may not share its name with a function declared directly in any
// block that encloses it.
bool Parser::checkVarAgainstBlocks(uint32_t atom, const Token &token) {
    FuncState *f = fs_;
    if (f->pass != 1 || f->blockMarks.empty()) return true;
    for (uint32_t i = 0; i < f->blockLex.size(); i++)
        if (f->blockLex[i] == atom) return failRedeclared(atom, token);
    return f->blockVars.push(atom);
}

bool Parser::parseVarDeclarations(bool noIn, uint32_t *lastAtom, bool *hadInit, uint32_t *count) {
    *count = 0;
    *hadInit = false;
    for (;;) {
        if (check(T_LBRACKET) || check(T_LBRACE)) {
            // A pattern (destructuring.cpp): counted as two bindings, so that a
            // for-in head never takes it for a single name (patterns there
            // are parseForInPattern's).
            if (!parsePatternDeclaration(PAT_VAR, noIn)) return false;
            *hadInit = true;
            *count += 2;
            if (!check(T_COMMA)) return !ctx_->failed();
            if (!next()) return false;
            continue;
        }
        if (!check(T_IDENT)) return unexpected();
        const Token tok = lex_.token;
        uint32_t atom = tokenAtom();
        if (!checkBinding(atom, tok) || !checkVarAgainstBlocks(atom, tok) || !declareVar(atom) || !next())
            return false;
        *lastAtom = atom;
        (*count)++;
        if (check(T_ASSIGN)) {
            *hadInit = true;
            if (!next()) return false;
            ExprDesc target = resolveName(atom, tok.line, tok.column);
            resolveWithBase(target);
            ExprDesc value;
            nameHint_ = atom;  // var f = function () {}: f.name is "f"
            if (!parseAssignment(value, noIn)) return false;
            fs_->nameWrites++;
            if (target.kind == E_LOCAL) {
                moveToLocal(target.a, value);
            } else {
                uint32_t r = compactToAnyReg(value);
                storeTo(target, r);
                freeExpr(value);
                freeExpr(target);
            }
        }
        if (!check(T_COMMA)) return !ctx_->failed();
        if (!next()) return false;
    }
}

bool Parser::parseIf() {
    if (!next() || !expect(T_LPAREN)) return false;
    ExprDesc cond;
    if (!parseExpression(cond, false) || !expect(T_RPAREN)) return false;
    uint32_t r = compactToAnyReg(cond);
    freeExpr(cond);
    uint32_t toElse = emitCondJump(OP_JMPIFNOT, r);
    stmtContext_ = STMT_IFBODY;
    if (!parseStatement()) return false;
    if (check(T_ELSE)) {
        if (!next()) return false;
        uint32_t toEnd = emitJump();
        patchTo(toElse, here());
        stmtContext_ = STMT_IFBODY;
        if (!parseStatement()) return false;
        patchTo(toEnd, here());
    } else {
        patchTo(toElse, here());
    }
    return !ctx_->failed();
}

bool Parser::parseLoopBody(uint32_t labels, uint32_t continueAt, uint32_t exit, uint32_t forOfIter) {
    uint32_t t = pushTarget(TARGET_LOOP);
#if ENG_RESOURCE_MANAGEMENT
    // for (using x of ...): break and continue leave the iteration's dispose
    // region through its finally block; the body's end runs it too.
    bool perIteration = forOfIter != NO_REG && !fs_->openScopes.empty() && (fs_->openScopes.back().disposeFlags & DISPOSE_PER_ITERATION);
    if (perIteration) fs_->targets[t].handlerDepth--;
#endif
    bindLoopLabels(labels, t);
    if (!parseStatement()) return false;
#if ENG_RESOURCE_MANAGEMENT
    if (perIteration) {
        if (!closeDisposeRegion()) return false;
        patchListTo(fs_->targets[t].continueList, here());
        fs_->targets[t].continueList = NO_PATCH;
    }
#endif
    patchListTo(fs_->targets[t].continueList, continueAt);
    jumpBackTo(continueAt);
    uint32_t end = here();
    if (exit != NO_PATCH) patchTo(exit, end);
    popTarget(end);
    if (forOfIter != NO_REG) closeForOf(forOfIter);
    return !ctx_->failed();
}

bool Parser::parseWhile() {
    uint32_t labels = fs_->attachedLabels;
    if (!next() || !expect(T_LPAREN)) return false;
    uint32_t start = here();
    ExprDesc cond;
    if (!parseExpression(cond, false) || !expect(T_RPAREN)) return false;
    uint32_t exit = NO_PATCH;
    if (cond.kind != E_TRUE) {
        uint32_t r = compactToAnyReg(cond);
        freeExpr(cond);
        exit = emitCondJump(OP_JMPIFNOT, r);
    }
    return parseLoopBody(labels, start, exit);
}

bool Parser::parseDoWhile() {
    uint32_t labels = fs_->attachedLabels;
    if (!next()) return false;
    uint32_t t = pushTarget(TARGET_LOOP);
    bindLoopLabels(labels, t);
    uint32_t start = here();
    if (!parseStatement() || !expect(T_WHILE) || !expect(T_LPAREN)) return false;
    patchListTo(fs_->targets[t].continueList, here());
    ExprDesc cond;
    if (!parseExpression(cond, false) || !expect(T_RPAREN)) return false;
    uint32_t r = compactToAnyReg(cond);
    freeExpr(cond);
    patchTo(emitCondJump(OP_JMPIF, r), start);
    popTarget(here());
    // A semicolon after do-while is optional even on the same line.
    if (check(T_SEMICOLON)) return next();
    return !ctx_->failed();
}

bool Parser::parseFor() {
    FuncState *f = fs_;
    uint32_t labels = f->attachedLabels;
    if (!next()) return false;
    if (ENG_ASYNC_FUNCTIONS && f->isAsync && isAwaitHere()) {  // for await (... of ...)
#if ENG_MODULES
        if (module_ && f->isScript) module_->topLevelAwait = true;
#endif
        if (!ENG_ASYNC_GENERATORS)
            return fail(ENG_MESSAGE("for await is not supported in this build (ENG_ASYNC_GENERATORS=0)"));
        if (!next()) return false;
        f->forAwaitNext = true;
    }
    if (!expect(T_LPAREN)) return false;
    bool lexical = check(T_CONST);
    if (!lexical && check(T_IDENT) && tokenAtom() == letAtom_) {
        stmtContext_ = STMT_LIST;  // `let` and a line break still declare here
        if (!letDeclarationAhead(&lexical)) return false;
        stmtContext_ = STMT_BODY;
    }
#if ENG_RESOURCE_MANAGEMENT
    if (!lexical && check(T_IDENT)) {
        // for (using x ...), for (await using x ...): parseForLexical reads
        // usingMode_ (the `await` is consumed here).
        bool isAwait = f->isAsync && isAwaitHere();
        if (!usingDeclarationAhead(isAwait, true, &lexical)) return false;
        if (lexical) {
            usingMode_ = isAwait ? 2 : 1;
#if ENG_MODULES
            if (isAwait && module_ && f->isScript) module_->topLevelAwait = true;
#endif
            if (isAwait && !next()) return false;
        }
    }
#endif
    if (lexical) {
        // The head's bindings live in a scope around the whole statement.
        if (!openScope(SCOPE_FOR)) return false;
        bool ok = parseForLexical(labels);
        return ok && closeScope();
    }
    return parseForRest(labels, false);
}

// for (let/const ...): for-in with a fresh binding per iteration, or the
// three-part form with per-iteration copies of captured bindings.
bool Parser::parseForLexical(uint32_t labels) {
    FuncState *f = fs_;
#if ENG_RESOURCE_MANAGEMENT
    uint8_t usingMode = usingMode_;  // for (using ...): const bindings that are disposed of
    usingMode_ = 0;
    bool isConst = check(T_CONST) || usingMode;
#else
    bool isConst = check(T_CONST);
#endif
    if (!next()) return false;
    if (check(T_IDENT)) {
        // for (let x in o): x is in its TDZ while o is evaluated.
        const Token nameTok = lex_.token;
        LexerPosition at = {nameTok.start, nameTok.line, nameTok.column};
        if (!next()) return false;
        bool isForIn = check(T_IN), of = atOf();
        lex_.seek(at);
        if (!next()) return false;
#if ENG_RESOURCE_MANAGEMENT
        if (usingMode && isForIn) return fail(ENG_MESSAGE("using declarations are not allowed in for-in heads"));
#endif
        if (isForIn || of) {
            uint32_t atom = tokenAtom();
            uint32_t slot;
            if (!checkBinding(atom, nameTok) ||
                !declareLexical(atom, isConst ? LEX_CONST : LEX_LET, nameTok, &slot) || !next())
                return false;
            uint32_t regs = reserveRegs(2), iter = regs, flag = 0;
            if (!next() || !parseForObject(of, &iter, &flag) || !completeLexical(slot)) return false;
            uint32_t loop = here();
            CatchScope c = {atom, regs + 1, false, 0, false, LEX_NONE, true};
            if (f->pass == 2 && slot < f->catchScopes.size()) c = f->catchScopes[slot];
            uint32_t exit = emitForStep(of, c.reg, iter, flag);
#if ENG_RESOURCE_MANAGEMENT
            if (usingMode) {
                // Each iteration's binding is disposed of at the end of its body.
                if (!openDisposeRegion(usingMode == 2)) return false;
                f->openScopes.back().disposeFlags |= DISPOSE_PER_ITERATION;
                usingMode_ = usingMode;
                bool ok = emitDisposeAdd(c.reg);
                usingMode_ = 0;
                if (!ok) return false;
            }
#endif
            if (c.boxed) emitABC(OP_NEWBOX, c.reg, 0, 0);
            f->nameWrites++;
            return parseLoopBody(labels, loop, exit, of ? iter : NO_REG);
        }
    }
    TokenType after = T_ERROR;
    bool afterOf = false;
    if ((check(T_LBRACKET) || check(T_LBRACE)) && !tokenAfterBrackets(&after, &afterOf)) return false;
    if (after == T_IN || afterOf) return parseForInPattern(isConst ? PAT_CONST : PAT_LET, labels, afterOf);
    uint32_t count, last;
    bool hadInit;
#if ENG_RESOURCE_MANAGEMENT
    // for (using x = ...; ...): disposed of when the loop ends.
    if (usingMode && !openDisposeRegion(usingMode == 2)) return false;
    usingMode_ = usingMode;
    bool declared = parseLexicalDeclarations(isConst, true, &count, &last, &hadInit);
    usingMode_ = 0;
    if (!declared) return false;
#else
    if (!parseLexicalDeclarations(isConst, true, &count, &last, &hadInit)) return false;
#endif
    if (check(T_IN)) return fail(ENG_MESSAGE("for-in loop variable declaration may not have an initializer."));
    if (atOf()) return fail(ENG_MESSAGE("for-of loop variable declaration may not have an initializer."));
    return parseForRest(labels, true);
}

// The rest of a for statement; lexical: the declarations are parsed.
bool Parser::parseForRest(uint32_t labels, bool lexical) {
    FuncState *f = fs_;
    uint32_t base = f->nactive;
    if (lexical) {
        // Already parsed: the declarations.
    } else if (check(T_VAR)) {
        uint32_t last = NO_ATOM, count = 0;
        bool hadInit;
        if (!next()) return false;
        TokenType after = T_ERROR;
        bool afterOf = false;
        if ((check(T_LBRACKET) || check(T_LBRACE)) && !tokenAfterBrackets(&after, &afterOf)) return false;
        if (after == T_IN || afterOf) return parseForInPattern(PAT_VAR, labels, afterOf);
        const Token nameTok = lex_.token;
        if (!parseVarDeclarations(true, &last, &hadInit, &count)) return false;
        bool of = atOf();
        if (of && (count != 1 || hadInit))
            return fail(ENG_MESSAGE("for-of loop variable declaration may not have an initializer."));
        if ((check(T_IN) && count == 1) || of) {
            ExprDesc target = resolveName(last, nameTok.line, nameTok.column);
            uint32_t regs = reserveRegs(2);
            bool ok = parseForIn(target, regs, regs + 1, labels, of);
            releaseRegs(base);
            return ok;
        }
    } else if (!check(T_SEMICOLON)) {
        TokenType after = T_ERROR;
        bool afterOf = false;
        if ((check(T_LBRACKET) || check(T_LBRACE)) && !tokenAfterBrackets(&after, &afterOf)) return false;
        if (after == T_IN || afterOf) return parseForInPattern(PAT_ASSIGN, labels, afterOf);
        uint32_t regs = reserveRegs(2);
        uint32_t skip = emitJump();  // over the target's code, if this is a for-in
        const Token startTok = lex_.token;
        // for-of's target may not start with `let`, nor be `async` itself
        // (ES2023 14.7.5: `for (async of` would be an arrow's start).
        bool unescaped = check(T_IDENT) && !startTok.escaped;
        bool startsLet = unescaped && tokenAtom() == letAtom_;
        bool asyncOf = false;
        if (unescaped && atoms_.equalsAscii(tokenAtom(), "async")) {
            LexerPosition at = {startTok.start, startTok.line, startTok.column};
            if (!next()) return false;
            asyncOf = atOf();
            lex_.seek(at);
            if (!next()) return false;
            lex_.token.newlineBefore = startTok.newlineBefore;
        }
        // The registers the target's code uses, which run on every
        // iteration of a for-in or for-of, from the high-water mark.
        uint32_t savedMax = f->maxReg;
        f->maxReg = f->freeReg;
        ExprDesc init;
        if (!parseExpression(init, true)) return false;
        uint32_t targetTop = f->maxReg;
        if (savedMax > f->maxReg) f->maxReg = savedMax;
        bool of = atOf();
        if (of && (startsLet || (asyncOf && !f->forAwaitNext)))
            return failAt(startsLet ? ENG_MESSAGE("The left-hand side of a for-of loop may not start with 'let'.")
                                    : ENG_MESSAGE("The left-hand side of a for-of loop may not be 'async'."),
                          startTok.line, startTok.column);
        if (check(T_IN) || of) {
            if (!checkAssignable(init,
                                 of ? ENG_MESSAGE("Invalid left-hand side in for-of loop")
                                    : ENG_MESSAGE("Invalid left-hand side in for-in loop"),
                                 startTok.line, startTok.column))
                return false;
            bool ok;
            if (f->code.size() == skip + 1) {
                f->code[skip] = makeABC(OP_NOP, 0, 0, 0);
                ok = parseForIn(init, regs, regs + 1, labels, of);
            } else {
                ok = parseForInWithLhsCode(skip, init, regs, regs + 1, labels, of, targetTop);
            }
            releaseRegs(base);
            return ok;
        }
        discard(init);
        if (skip < f->code.size()) f->code[skip] = makeABC(OP_NOP, 0, 0, 0);
        releaseRegs(base);
    }
    if (f->forAwaitNext) return fail(ENG_MESSAGE("for await needs a for-of head"));
    if (!expect(T_SEMICOLON)) return false;
    // Captured let bindings are copied after the initialisation and before
    // each update (so the test sees the copy).
    bool copies = lexical && emitPerIterationCopies();
    uint32_t test = here();
    uint32_t exit = NO_PATCH;
    if (!check(T_SEMICOLON)) {
        ExprDesc cond;
        if (!parseExpression(cond, false)) return false;
        if (cond.kind != E_TRUE) {
            uint32_t r = compactToAnyReg(cond);
            freeExpr(cond);
            exit = emitCondJump(OP_JMPIFNOT, r);
        }
    }
    if (!expect(T_SEMICOLON)) return false;
    uint32_t continueAt = test;
    if (!check(T_RPAREN) || copies) {
        // The update runs after the body: emit it here and jump around it.
        uint32_t toBody = emitJump();
        continueAt = here();
        if (copies) emitPerIterationCopies();
        if (!check(T_RPAREN)) {
            ExprDesc update;
            if (!parseExpression(update, false)) return false;
            discard(update);
        }
        f->freeReg = f->nactive;
        jumpBackTo(test);
        patchTo(toBody, here());
    }
    if (!expect(T_RPAREN)) return false;
    return parseLoopBody(labels, continueAt, exit);
}

// `of`: true at the `of` of a for-of head (not `\u006ff`, ES2023 12.7.2).
bool Parser::atOf() {
    return check(T_IDENT) && !lex_.token.escaped && atoms_.equalsAscii(tokenAtom(), "of");
}

// After `in` or `of`: the object through `)`, then the start of the
// iteration. for-in's key iterator goes to *iterReg; for-of reserves three
// registers above everything the head uses (its target's temporaries
// included) and sets *iterReg to them: the iterated value, the position
// and ITERNEXT's done flag (*flagReg). for-of's right-hand side is an
// AssignmentExpression (`for (x of a, b)` is a SyntaxError).
bool Parser::parseForObject(bool of, uint32_t *iterReg, uint32_t *flagReg) {
    if (fs_->forAwaitNext && !of) return fail(ENG_MESSAGE("for await needs a for-of head"));
    // forAwaitNext stays set over the object: a for statement in it is a
    // nested function's (its own FuncState). Not a local: this frame nests.
    ExprDesc object;
    if (!(of ? parseAssignment(object, false) : parseExpression(object, false)) || !expect(T_RPAREN)) return false;
    uint32_t r = compactToAnyReg(object);
    freeExpr(object);
    if (of) {
        *iterReg = reserveRegs(3);  // may be r itself: ITERINIT reads R[B] first
        *flagReg = *iterReg + 2;
    }
    emitABC(of ? OP_ITERINIT : OP_FORIN, *iterReg, r, fs_->forAwaitNext ? 1 : 0);
    if (of) {
        // The loop runs under a finally handler that closes the iterator
        // (closeForOf): the handler is pushed before the loop's jump target,
        // so break and continue stay inside it, while throw, return and
        // jumps to outer statements run it.
        uint32_t completion = reserveRegs(2);
        uint32_t entry = emit(makeAsBx(OP_TRYFINALLY, completion, 0));
        Handler hd = {true, fs_->forAwaitNext, completion, addPatch(NO_PATCH, entry)};
        fs_->handlers.push(hd);
    }
    fs_->forAwaitNext = false;
    return !ctx_->failed();
}

// At the end of a for-of loop, where the loop's exhaustion and its breaks
// arrive: leave the handler, then close the iterator (normally, unless the
// completion that entered the finally block is a throw) and complete as
// that completion says.
//   end: POPTRY; LOADI c, NORMAL
//   F:   ITERCLOSE it, c, 1
//        ENDFINALLY c
void Parser::closeForOf(uint32_t iterReg) {
    FuncState *f = fs_;
    Handler hd = f->handlers.back();
    f->handlers.pop();
    emitABC(OP_POPTRY, 0, 0, 0);
    emit(makeAsBx(OP_LOADI, hd.reg, COMPLETION_NORMAL));
    patchListTo(hd.finallyList, here());
    if (ENG_ASYNC_GENERATORS && hd.asyncIteration) {
        // AsyncIteratorClose: return()'s result is awaited (vm/async_iteration.h).
        emitABC(OP_ITERCLOSE, iterReg, hd.reg, 2);
        emitABC(OP_YIELD, iterReg, iterReg, 1);
        emitABC(OP_RESUME, iterReg, hd.reg, 3);
    } else {
        emitABC(OP_ITERCLOSE, iterReg, hd.reg, 1);
    }
    emitABC(OP_ENDFINALLY, hd.reg, 0, 0);
}

// The loop's step: the next key or value into keyReg, or the jump to the
// loop's end that it returns (patched there).
uint32_t Parser::emitForStep(bool of, uint32_t keyReg, uint32_t iterReg, uint32_t flagReg) {
    if (!of) {
        emitABC(OP_FORNEXT, keyReg, iterReg, 0);
        return emitJump();
    }
    if (ENG_ASYNC_GENERATORS && fs_->handlers.back().asyncIteration) {  // the loop's, pushed by parseForObject
        // for await: the next() result is awaited, then read
        // (vm/async_iteration.h); w, w+1 only live across the await.
        uint32_t saved = fs_->freeReg;
        uint32_t w = allocReg();
        allocReg();
        emitABC(OP_AITERNEXT, w, iterReg, flagReg);
        emitABC(OP_YIELD, w, w, 1);
        emitABC(OP_RESUME, w, 0, 0);
        emitABC(OP_AITERRESULT, keyReg, w, flagReg);
        fs_->freeReg = saved;
    } else {
        emitABC(OP_ITERNEXT, keyReg, iterReg, flagReg);
    }
    return emitCondJump(OP_JMPIF, flagReg);
}

// for (target in object) body, the target needing no code of its own
// (for-of: ITERINIT and ITERNEXT's done flag, see parseForInPattern):
//       FORIN it, obj
//   L:  FORNEXT key, it
//       JMP end
//       target = key
//       body
//       JMP L
bool Parser::parseForIn(const ExprDesc &target, uint32_t iterReg, uint32_t keyReg, uint32_t labels, bool of) {
    uint32_t flag = 0;
    if (!next() || !parseForObject(of, &iterReg, &flag)) return false;
    uint32_t loop = here();
    bool direct = target.kind == E_LOCAL && !target.readOnly;
    uint32_t key = direct ? target.a : keyReg;
    uint32_t exit = emitForStep(of, key, iterReg, flag);
    if (target.isName) fs_->nameWrites++;
    if (!direct) storeTo(target, keyReg);
    return parseLoopBody(labels, loop, exit, of ? iterReg : NO_REG);
}

// for (a.b[c] in object) body (or `of`): the target's code was emitted
// before the object expression and must run on every iteration:
//       JMP O
//   T:  <target code>; target = key
//       JMP B
//   O:  FORIN it, obj
//   L:  FORNEXT key, it
//       JMP end
//       JMP T
//   B:  body
//       JMP L
bool Parser::parseForInWithLhsCode(uint32_t skip, ExprDesc &target, uint32_t iterReg, uint32_t keyReg,
                                   uint32_t labels, bool of, uint32_t targetTop) {
    FuncState *f = fs_;
    uint32_t savedMax = f->maxReg;
    f->maxReg = f->freeReg;
    storeTo(target, keyReg);
    if (f->maxReg > targetTop) targetTop = f->maxReg;
    if (savedMax > f->maxReg) f->maxReg = savedMax;
    uint32_t toBody = emitJump();
    freeExpr(target);
    // for-of's three registers must survive the target's code (targetTop:
    // above every register it uses).
    if (of && fs_->nactive < targetTop) fs_->nactive = targetTop;
    patchTo(skip, here());
    uint32_t flag = 0;
    if (!next() || !parseForObject(of, &iterReg, &flag)) return false;
    uint32_t loop = here();
    uint32_t exit = emitForStep(of, keyReg, iterReg, flag);
    jumpBackTo(skip + 1);
    patchTo(toBody, here());
    return parseLoopBody(labels, loop, exit, of ? iterReg : NO_REG);
}

bool Parser::parseBreakContinue(bool isContinue) {
    FuncState *f = fs_;
    const Token tok = lex_.token;
    if (!next()) return false;
    uint32_t target = NO_PATCH;
    if (check(T_IDENT) && !lex_.token.newlineBefore) {
        const Token labelTok = lex_.token;
        if (labelTok.escapedKeyword) return fail(kEscapedKeyword);
        uint32_t atom = tokenAtom();
        char buf[160];
        uint32_t n = labelTok.end - labelTok.start;
        if (n > 100) n = 100;
        const char *text = lex_.source() + labelTok.start;
        uint32_t i = f->labels.size();
        while (i > 0 && f->labels[i - 1].atom != atom) i--;
        if (i == 0) {
            formatText(buf, sizeof buf, "Undefined label '%.*s'", static_cast<int>(n), text);
            return failAt(buf, labelTok.line, labelTok.column);
        }
        const Label &label = f->labels[i - 1];
        if (isContinue && label.loopTarget == NO_PATCH) {
            formatText(buf, sizeof buf,
                       "Illegal continue statement: '%.*s' does not denote an iteration statement",
                       static_cast<int>(n), text);
            return failAt(buf, tok.line, tok.column);
        }
        target = isContinue ? label.loopTarget : label.target;
        if (!next()) return false;
    } else {
        for (uint32_t i = f->targets.size(); i-- > 0;) {
            TargetKind k = f->targets[i].kind;
            if (k == TARGET_LOOP || (!isContinue && k == TARGET_SWITCH)) {
                target = i;
                break;
            }
        }
        if (target == NO_PATCH)
            return failAt(isContinue ? ENG_MESSAGE("Illegal continue statement: no surrounding iteration statement")
                                     : ENG_MESSAGE("Illegal break statement"),
                          tok.line, tok.column);
    }
    if (!consumeSemicolon()) return false;
    setPos(tok.line, tok.column);
    emitJumpOut(target, isContinue);
    return !ctx_->failed();
}

bool Parser::parseReturn() {
    const Token tok = lex_.token;
    if (fs_->isScript || fs_->staticBlock) return fail(ENG_MESSAGE("Illegal return statement"));
    if (!next()) return false;
    if (check(T_SEMICOLON) || check(T_RBRACE) || check(T_EOF) || lex_.token.newlineBefore) {
        setPos(tok.line, tok.column);
        emitABC(OP_RETUNDEF, 0, 0, 0);
        return consumeSemicolon();
    }
    ExprDesc e;
    if (!parseExpression(e, false)) return false;
    uint32_t r = compactToAnyReg(e);
    setPos(tok.line, tok.column);
#if ENG_ASYNC_GENERATORS
    if (fs_->isAsync && fs_->isGenerator) {
        // An async generator awaits what it returns (ES2024 15.6.2 via
        // 14.10.1), before its finally blocks run: the awaited value is
        // returned by RESUME C = 2 (vm/async_generator.h).
        freeExpr(e);
        uint32_t base = allocReg();
        allocReg();
        emitABC(OP_YIELD, base, r, 1);
        emitABC(OP_RESUME, base, 0, 2);
        fs_->freeReg = base;
        return consumeSemicolon();
    }
#endif
    emitABC(OP_RET, r, 0, 0);
    return consumeSemicolon();
}

bool Parser::parseThrow() {
    const Token tok = lex_.token;
    if (!next()) return false;
    if (lex_.token.newlineBefore) return fail(ENG_MESSAGE("Illegal newline after throw"));
    ExprDesc e;
    if (!parseExpression(e, false)) return false;
    uint32_t r = compactToAnyReg(e);
    setPos(tok.line, tok.column);
    emitABC(OP_THROW, r, 0, 0);
    return consumeSemicolon();
}

//       TRYFINALLY f, F        (if finally)
//       TRY e, C               (if catch)
//       <block>
//       POPTRY                 (catch handler)
//       JMP X
//   C:  <catch block>          (exception in e)
//   X:  POPTRY                 (finally handler)
//       LOADI f, NORMAL
//   F:  <finally block>
//       ENDFINALLY f
// Pass 1 learns which clauses exist; pass 2 emits accordingly.
bool Parser::parseTry() {
    FuncState *f = fs_;
    uint32_t index = f->tryCounter++;
    bool emitCatch = true, emitFinally = true;
    if (f->pass == 2 && index < f->tryShapes.size()) {
        emitCatch = f->tryShapes[index] & 1;
        emitFinally = (f->tryShapes[index] & 2) != 0;
    }
    const Token tryTok = lex_.token;
    if (!next()) return false;
    if (!check(T_LBRACE)) return unexpected();
    uint32_t base = f->nactive;
    uint32_t finallyReg = emitFinally ? reserveRegs(2) : NO_REG;
    uint32_t catchReg = emitCatch ? reserveRegs(1) : NO_REG;
    uint32_t tryFinally = NO_PATCH, tryCatch = NO_PATCH;
    if (emitFinally) {
        tryFinally = emit(makeAsBx(OP_TRYFINALLY, finallyReg, 0));
        Handler h = {true, false, finallyReg, NO_PATCH};
        f->handlers.push(h);
    }
    if (emitCatch) {
        tryCatch = emit(makeAsBx(OP_TRY, catchReg, 0));
        Handler h = {false, false, catchReg, NO_PATCH};
        f->handlers.push(h);
    }
    if (!parseBlock()) return false;
    uint32_t overCatch = NO_PATCH;
    if (emitCatch) {
        emitABC(OP_POPTRY, 0, 0, 0);
        f->handlers.pop();
        overCatch = emitJump();
    }
    bool hasCatch = false, hasFinally = false;
    if (check(T_CATCH)) {
        hasCatch = true;
        if (!next()) return false;
        Token nameTok = lex_.token;
        // ES2019 optional catch binding: `catch {`, the exception unnamed.
        bool unbound = check(T_LBRACE);
        uint32_t atom = unbound ? atoms_.internAscii("%nocatch") : NO_ATOM;
        LexerPosition pattern = {0, 0, 0};  // catch ({a, b}): the pattern, bound in the block
        if (!unbound) {
            if (!expect(T_LPAREN)) return false;
        }
        if (!unbound && (check(T_LBRACKET) || check(T_LBRACE))) {
            nameTok = lex_.token;
            pattern = {nameTok.start, nameTok.line, nameTok.column};
            atom = atoms_.internAscii("%catch");
            TokenType open = nameTok.type;
            bool closed;
            if (!next() || !skipToClose(1, open, &closed)) return false;
            if (!closed) return unexpected();
            if (!expect(T_RPAREN)) return false;
        } else if (!unbound) {
            if (!check(T_IDENT)) return unexpected();
            nameTok = lex_.token;
            atom = tokenAtom();
            if (!checkBinding(atom, nameTok) || !next() || !expect(T_RPAREN)) return false;
        }
        if (!check(T_LBRACE)) return unexpected();
        uint32_t catchIndex = f->catchCounter++;
        bool boxed = f->pass == 2 &&
                     (f->ownEval || (catchIndex < f->catchCaptured.size() && f->catchCaptured[catchIndex]));
        patchTo(tryCatch, here());
        setPos(nameTok.line, nameTok.column);
        if (boxed) emitABC(OP_NEWBOX, catchReg, 0, 0);
        // The catch block's completion replaces the try block's.
        if (f->isScript) emitABC(OP_LOADUNDEF, f->completionReg, 0, 0);
        CatchScope scope = {atom, catchReg, boxed, catchIndex, false};
        if (!f->catchScopes.push(scope)) return false;
        bool ok = pattern.line ? parseCatchPatternBlock(pattern, catchReg, boxed) : parseBlock(unbound ? NO_ATOM : atom);
        f->catchScopes.pop();
        if (!ok) return false;
    }
    if (overCatch != NO_PATCH) patchTo(overCatch, here());
    if (emitFinally) {
        emitABC(OP_POPTRY, 0, 0, 0);
        uint32_t finallyList = f->handlers.back().finallyList;
        f->handlers.pop();
        emit(makeAsBx(OP_LOADI, finallyReg, COMPLETION_NORMAL));
        uint32_t entry = here();
        patchTo(tryFinally, entry);
        patchListTo(finallyList, entry);
    }
    if (check(T_FINALLY)) {
        hasFinally = true;
        if (!next()) return false;
        if (!check(T_LBRACE)) return unexpected();
        // A finally block that completes normally keeps the completion value
        // of the try/catch part: save it, and restore it at the end. A break
        // or continue out of the finally block carries its own value.
        uint32_t saved = NO_REG;
        if (f->isScript) {
            saved = reserveRegs(1);
            emitABC(OP_MOV, saved, f->completionReg, 0);
            emitABC(OP_LOADUNDEF, f->completionReg, 0, 0);
        }
        if (!parseBlock()) return false;
        if (saved != NO_REG) emitABC(OP_MOV, f->completionReg, saved, 0);
    }
    if (emitFinally) emitABC(OP_ENDFINALLY, finallyReg, 0, 0);
    if (!hasCatch && !hasFinally)
        return failAt(ENG_MESSAGE("Missing catch or finally after try"), tryTok.line, tryTok.column);
    if (f->pass == 1) {
        if (f->tryShapes.size() <= index) f->tryShapes.resize(index + 1, 0);
        if (index < f->tryShapes.size())
            f->tryShapes[index] = static_cast<uint8_t>((hasCatch ? 1 : 0) | (hasFinally ? 2 : 0));
    }
    releaseRegs(base);
    return !ctx_->failed();
}

//       d = discriminant
//       c = d === case1; JMPIFNOT c, next1     (each test in source order)
//   B1: body1
//       JMP B2                                 (fall through over the next test)
//   next1: c = d === case2; JMPIFNOT c, next2
//   B2: ...
// Tests that fail at the last case go to the default body, else to the end.
bool Parser::parseSwitch() {
    FuncState *f = fs_;
    if (!next() || !expect(T_LPAREN)) return false;
    uint32_t base = f->nactive;
    uint32_t regs = reserveRegs(2);
    uint32_t disc = regs, cmp = regs + 1;
    ExprDesc d;
    if (!parseExpression(d, false) || !expect(T_RPAREN) || !expect(T_LBRACE)) return false;
    moveToLocal(disc, d);
    f->freeReg = f->nactive;
    pushTarget(TARGET_SWITCH);
    if (!openBlock(NO_ATOM, SCOPE_SWITCH)) return false;
    uint32_t pendingTests = NO_PATCH;
    uint32_t defaultPc = NO_PATCH;
    bool havePrevious = false;
    while (!check(T_RBRACE)) {
        if (check(T_CASE)) {
            const Token caseTok = lex_.token;
            if (!next()) return false;
            uint32_t fall = havePrevious ? emitJump() : NO_PATCH;
            patchListTo(pendingTests, here());
            pendingTests = NO_PATCH;
            ExprDesc v;
            if (!parseExpression(v, false) || !expect(T_COLON)) return false;
            uint32_t r = compactToAnyReg(v);
            setPos(caseTok.line, caseTok.column);
            emitABC(OP_SEQ, cmp, disc, r);
            freeExpr(v);
            pendingTests = addPatch(NO_PATCH, emitCondJump(OP_JMPIFNOT, cmp));
            if (fall != NO_PATCH) patchTo(fall, here());
        } else if (check(T_DEFAULT)) {
            if (defaultPc != NO_PATCH) return fail(ENG_MESSAGE("More than one default clause in switch statement"));
            if (!next() || !expect(T_COLON)) return false;
            // Reached in order, default's body is skipped: the later cases
            // are tested first (only a body before it falls through).
            uint32_t fall = havePrevious ? emitJump() : NO_PATCH;
            pendingTests = addPatch(pendingTests, emitJump());
            defaultPc = here();
            if (fall != NO_PATCH) patchTo(fall, defaultPc);
        } else {
            return unexpected();
        }
        havePrevious = true;
        while (!check(T_CASE) && !check(T_DEFAULT) && !check(T_RBRACE)) {
            if (check(T_EOF)) return unexpected();
            stmtContext_ = STMT_LIST;
            if (!parseStatement()) return false;
        }
    }
    uint32_t end;
    if (defaultPc != NO_PATCH && pendingTests != NO_PATCH) {
        // The last body falls through to the end, past the jump to default.
        uint32_t toEnd = emitJump();
        uint32_t toDefault = here();
        jumpBackTo(defaultPc);
        patchListTo(pendingTests, toDefault);
        end = here();
        patchTo(toEnd, end);
    } else {
        end = here();
        patchListTo(pendingTests, end);
    }
    popTarget(end);
    if (!closeBlock()) return false;
    releaseRegs(base);
    return next();
}

// with (object) body: the object, converted once, lives in a hidden
// variable during the body (a new box on every entry when closures capture
// it); names in the body look at it first (resolveName).
bool Parser::parseWith() {
    FuncState *f = fs_;
    const Token tok = lex_.token;
    if (f->strict) return fail(ENG_MESSAGE("Strict mode code may not include a with statement"));
    uint32_t recIndex;
    if (f->pass == 1) {
        sawDynamicScope_ = true;
        WithRecord rec = {hiddenAtom("%with"), f->inners.size(), f->inners.size()};
        if (!f->withRecords.push(rec)) return false;
        recIndex = f->withRecords.size() - 1;
    } else {
        recIndex = f->withCursor++;
        if (recIndex >= f->withRecords.size()) return fail(ENG_MESSAGE("Internal error: with statements out of step"));
    }
    uint32_t hidden = f->withRecords[recIndex].atom;
    if (!next() || !expect(T_LPAREN)) return false;
    ExprDesc object;
    if (!parseExpression(object, false) || !expect(T_RPAREN)) return false;
    uint32_t r = compactToAnyReg(object);
    freeExpr(object);
    uint32_t reg = 0;
    bool boxed = false;
    if (f->pass == 2) {
        const LocalVar &l = f->locals[*f->localIndex.find(hidden)];
        reg = l.reg;
        boxed = l.captured;
    }
    setPos(tok.line, tok.column);
    emitABC(OP_TOOBJECT, reg, r, 0);
    if (boxed) emitABC(OP_NEWBOX, reg, 0, 0);
    f->freeReg = f->nactive;
    CatchScope scope = {hidden, reg, boxed, 0, true};
    if (!f->catchScopes.push(scope)) return false;
    if (f->pass == 2) {
        // Function declarations in the body close over the with object
        // (ES2015 B.3.3: made when the block is entered), so they are made
        // again here and stored in their variable.
        const WithRecord rec = f->withRecords[recIndex];
        for (uint32_t k = rec.innerStart; k < rec.innerEnd && k < f->inners.size(); k++) {
            const InnerRecord &inner = f->inners[k];
            if (!inner.isDeclaration || inner.inBlock) continue;
            uint32_t t = allocReg();
            emitClosure(k, t);
            uint32_t *index = f->isScript ? nullptr : f->localIndex.find(inner.nameAtom);
            if (!index) {
                emitEvalDeclaration(inner.nameAtom, t);  // script code: where its declarations go
            } else {
                const LocalVar &l = f->locals[*index];
                if (l.captured) emitABC(OP_SETBOX, l.reg, t, 0);
                else emitABC(OP_MOV, l.reg, t, 0);
            }
            f->freeReg = t;
        }
    }
    stmtContext_ = STMT_BODY;
    bool ok = parseStatement();
    f->catchScopes.pop();
    if (f->pass == 1) f->withRecords[recIndex].innerEnd = f->inners.size();
    return ok && !ctx_->failed();
}

bool Parser::parseLabelled(uint32_t atom, uint32_t line, uint32_t column) {
    FuncState *f = fs_;
    uint32_t attached = f->attachedLabels;
    for (uint32_t i = 0; i < f->labels.size(); i++) {
        if (f->labels[i].atom == atom) {
            char buf[160];
            formatText(buf, sizeof buf, "Label '");
            uint32_t n = 7;
            for (uint32_t k = 0; k < atoms_.length(atom) && n < 120; k++) {
                uint16_t u = atoms_.unit(atom, k);
                buf[n++] = u < 128 ? static_cast<char>(u) : '?';
            }
            formatText(buf + n, sizeof buf - n, "' has already been declared");
            return failAt(buf, line, column);
        }
    }
    if (!next()) return false;  // ':'
    uint32_t t = pushTarget(TARGET_LABEL);
    Label label = {atom, t, NO_PATCH};
    if (!f->labels.push(label)) return false;
    f->labelSetStart = attached;
    bool ok = parseStatement();
    f->labels.pop();
    if (!ok) return false;
    popTarget(here());
    return !ctx_->failed();
}

}  // namespace eng
