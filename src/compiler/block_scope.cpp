// Block scoping (ES2015 13.2, 13.3.1): let, const and functions declared in
// blocks, their scopes, temporal dead zones, per-iteration bindings of for
// loops, the global lexical declarations of scripts and Annex B.3.3.
//
// Pass 1 finds each scope's declarations and, for each, whether a closure
// captures it and whether it is used before its declaration. Pass 2 makes
// all the bindings of a scope when it enters it: registers (boxes when
// captured, a fresh one on every entry) below the temporaries, holding the
// empty special while in their TDZ when something may read them early.
// Uses the compiler cannot prove to come after the initialisation get a
// CHECKTDZ; a closure made before the initialisation gets checking upvalue
// instructions (its code is patched here, as the parent knows only then).
#include "compiler/parser.h"

namespace eng {

// At `let`: a declaration if an identifier, `[` or `{` follows (ES2015
// 13.3.1, and the `let [` lookahead restriction of expression statements).
bool Parser::letDeclarationAhead(bool *isDeclaration) {
    const Token tok = lex_.token;
    *isDeclaration = false;
    if (tok.end - tok.start != 3) return true;  // l\u0065t is an identifier, never the keyword
    LexerPosition at = {tok.start, tok.line, tok.column};
    if (!next()) return false;
    bool bracket = check(T_LBRACKET);
    *isDeclaration = bracket || check(T_IDENT) || check(T_LBRACE);
    // In a single-statement context `let` and a line break end an expression
    // statement, unless `[` follows (`let [` never starts one).
    if (!bracket && lex_.token.newlineBefore && stmtContext_ != STMT_LIST) *isDeclaration = false;
    lex_.seek(at);
    if (!next()) return false;
    lex_.token.newlineBefore = tok.newlineBefore;
    return true;
}

bool Parser::openScope(uint8_t kind, uint32_t catchParam) {
    FuncState *f = fs_;
    FuncState::OpenScope os = {f->scopeCounter++, 0, f->catchScopes.size(), f->useSeq,
                               f->annexCandidates.size(), f->nactive, kind};
    if (f->pass == 1) {
        FuncState::BlockMark m = {f->blockLex.size(), f->blockVars.size(), catchParam,
                                  kind == SCOPE_FUNCTION || kind == SCOPE_SCRIPT};
        os.lexMark = f->lexStack.size();
        return f->blockMarks.push(m) && f->openScopes.push(os);
    }
    LexScope ls = {0, 0};
    if (os.scope < f->lexScopes.size()) ls = f->lexScopes[os.scope];
    os.lexMark = ls.start;
    if (!f->openScopes.push(os)) return false;
    if (kind == SCOPE_SCRIPT || ls.count == 0) return !ctx_->failed();
    uint32_t base = reserveRegs(ls.count);
    for (uint32_t i = 0; i < ls.count; i++) {
        const LexDecl &d = f->lexDecls[ls.start + i];
        uint32_t reg = base + i;
        bool boxed = (d.flags & LEXF_CAPTURED) || f->ownEval;
        CatchScope c = {d.atom, reg, boxed, ls.start + i, false, d.kind, d.kind == LEX_FUNCTION};
        if (!f->catchScopes.push(c)) return false;
        if (d.kind == LEX_FUNCTION) {
            if (boxed) emitABC(OP_NEWBOX, reg, 0, 0);
            continue;
        }
        if (boxed || (d.flags & LEXF_EARLY) || kind == SCOPE_SWITCH) emitABC(OP_LOADEMPTY, reg, 0, 0);
        if (boxed) emitABC(OP_NEWBOX, reg, 0, 0);
    }
    return emitScopeFunctions(os.bindingMark);
}

// Functions declared in the scope are made on entry (hoisted in the block).
bool Parser::emitScopeFunctions(uint32_t from) {
    FuncState *f = fs_;
    for (uint32_t i = from; i < f->catchScopes.size(); i++) {
        CatchScope c = f->catchScopes[i];
        if (c.lexical != LEX_FUNCTION) continue;
        uint32_t k = f->lexDecls[c.index].inner;
        uint32_t saved = f->freeReg;
        uint32_t t = c.boxed ? allocReg() : c.reg;
        emitClosure(k, t);
        if (c.boxed) emitABC(OP_SETBOX, c.reg, t, 0);
        f->freeReg = saved;
    }
    return !ctx_->failed();
}

bool Parser::closeScope() {
    FuncState *f = fs_;
    if (f->openScopes.empty()) return true;
#if ENG_RESOURCE_MANAGEMENT
    if (f->openScopes.back().disposeReg != NO_DISPOSE_REG && !closeDisposeRegion()) return false;  // using.cpp
#endif
    FuncState::OpenScope os = f->openScopes.back();
    f->openScopes.pop();
    // Its bindings' registers (and a for-in's iterator) are free again.
    if (os.kind != SCOPE_SCRIPT) releaseRegs(os.regBase);
    if (f->pass == 2) {
        f->catchScopes.truncate(os.bindingMark);
        return !ctx_->failed();
    }
    uint32_t count = f->lexStack.size() - os.lexMark;
    // Annex B.3.3: a function of an inner block whose var would clash with
    // a lexical declaration of this scope stays in its block only.
    for (uint32_t i = os.annexMark; i < f->annexCandidates.size(); i++) {
        const FuncState::AnnexCandidate &c = f->annexCandidates[i];
        if (c.depth <= f->openScopes.size() + 1 || !f->annexEligible[c.occurrence]) continue;
        for (uint32_t k = 0; k < count; k++)
            if (f->lexStack[os.lexMark + k].atom == c.atom) f->annexEligible[c.occurrence] = 0;
    }
    if (os.kind == SCOPE_FUNCTION || os.kind == SCOPE_SCRIPT) {
        for (uint32_t i = os.annexMark; i < f->annexCandidates.size(); i++)
            if (f->annexEligible[f->annexCandidates[i].occurrence] && !declareVar(f->annexCandidates[i].atom))
                return false;
    }
    LexScope ls = {f->lexDecls.size(), count};
    if (!f->lexDecls.append(f->lexStack.data() + os.lexMark, count)) return false;
    if (f->lexScopes.size() <= os.scope) {
        LexScope none = {0, 0};
        if (!f->lexScopes.resize(os.scope + 1, none)) return false;
    }
    f->lexScopes[os.scope] = ls;
    f->lexStack.truncate(os.lexMark);
    f->catchScopes.truncate(os.bindingMark);
    if (!f->blockMarks.empty()) {
        // The block's lexical names go; its vars stay visible to enclosing blocks.
        f->blockLex.truncate(f->blockMarks.back().lex);
        f->blockMarks.pop();
        if (f->blockMarks.empty()) f->blockVars.clear();
    }
    return !ctx_->failed();
}

// A lexical declaration of the innermost scope. Pass 1 checks the early
// errors (ES2015 13.2.1.1, 13.3.1.1, 14.1.2, B.3.3.4, B.3.5) and records it;
// *slot is its place on lexStack. Pass 2: *slot indexes catchScopes, or is
// NO_REG for a global lexical declaration.
bool Parser::declareLexical(uint32_t atom, uint8_t kind, const Token &token, uint32_t *slot) {
    FuncState *f = fs_;
    *slot = NO_REG;
    if (f->openScopes.empty()) return fail(ENG_MESSAGE("Internal error: no scope"));
    const FuncState::OpenScope &os = f->openScopes.back();
    if (f->pass == 2) {
        if (os.kind == SCOPE_SCRIPT) return true;
        for (uint32_t i = f->catchScopes.size(); i-- > os.bindingMark;) {
            const CatchScope &c = f->catchScopes[i];
            if (c.atom == atom && c.lexical == kind && !c.isWith) {
                *slot = i;
                // Two functions of one name in a sloppy block: the last one binds.
                if (kind != LEX_FUNCTION) break;
                return true;
            }
        }
        if (*slot == NO_REG) return fail(ENG_MESSAGE("Internal error: lexical binding not found"));
        return true;
    }
    if (kind != LEX_FUNCTION && atom == letAtom_)
        return failAt(ENG_MESSAGE("let is disallowed as a lexically bound name"), token.line, token.column);
    const FuncState::BlockMark &m = f->blockMarks.back();
    if (atom == m.catchParam) return failRedeclared(atom, token);
    for (uint32_t i = m.var; i < f->blockVars.size(); i++)
        if (f->blockVars[i] == atom) return failRedeclared(atom, token);
    for (uint32_t i = os.lexMark; i < f->lexStack.size(); i++) {
        const LexDecl &d = f->lexStack[i];
        if (d.atom != atom) continue;
        // Sloppy code allows two plain functions of one name in a block
        // (B.3.3.4): not generators or async functions.
        if (kind == LEX_FUNCTION && d.kind == LEX_FUNCTION && !f->strict && plainFunctionDecl_ &&
            !(d.flags & LEXF_NOT_PLAIN))
            continue;
        return failRedeclared(atom, token);
    }
    if (m.varScope)
        for (uint32_t i = 0; i < f->params.size(); i++)
            if (f->params[i] == atom) return failRedeclared(atom, token);
#if ENG_MODULES
    noteModuleDeclaration(atom);  // export let x, export class C
#endif
    LexDecl d = {atom, kind, static_cast<uint8_t>(kind == LEX_FUNCTION && !plainFunctionDecl_ ? LEXF_NOT_PLAIN : 0), 0};
    if (!f->blockLex.push(atom) || !f->lexStack.push(d)) return false;
    *slot = f->lexStack.size() - 1;
    return true;
}

// The declaration has been evaluated: from here on the binding is
// initialised (not in a switch, whose clauses can be jumped over).
bool Parser::completeLexical(uint32_t slot) {
    FuncState *f = fs_;
    if (slot == NO_REG || f->openScopes.empty()) return !ctx_->failed();
    const FuncState::OpenScope &os = f->openScopes.back();
    if (f->pass == 2) {
        if (slot < f->catchScopes.size() && os.kind != SCOPE_SWITCH) f->catchScopes[slot].initialized = true;
        return true;
    }
    LexDecl &d = f->lexStack[slot];
    uint32_t *used = f->nameUses.find(d.atom);
    uint32_t *captured = f->innerUses.find(d.atom);
    if (used && *used > os.refSeqMark) d.flags |= LEXF_EARLY;
    if (captured && *captured > os.refSeqMark) d.flags |= LEXF_CAPTURED | LEXF_EARLY;
    if (os.kind == SCOPE_SCRIPT) return true;  // global: names resolve to it at run time
    CatchScope c = {d.atom, 0, false, slot, false, d.kind, true};
    return f->catchScopes.push(c);
}

// let/const declarations up to the end of the list (the caller consumes the
// semicolon). *count is the number of bindings.
bool Parser::parseLexicalDeclarations(bool isConst, bool noIn, uint32_t *count, uint32_t *lastAtom,
                                      bool *hadInit) {
    FuncState *f = fs_;
    *count = 0;
    *hadInit = false;
    for (;;) {
#if ENG_RESOURCE_MANAGEMENT
        if (usingMode_ && (check(T_LBRACKET) || check(T_LBRACE))) return unexpected();  // no patterns in using
#endif
        if (check(T_LBRACKET) || check(T_LBRACE)) {
            // A pattern (destructuring.cpp).
            if (!parsePatternDeclaration(isConst ? PAT_CONST : PAT_LET, noIn)) return false;
            *hadInit = true;
            (*count)++;
            if (!check(T_COMMA)) return !ctx_->failed();
            if (!next()) return false;
            continue;
        }
        if (!check(T_IDENT)) return unexpected();
        const Token tok = lex_.token;
        uint32_t atom = tokenAtom();
        uint32_t slot;
        if (!checkBinding(atom, tok) || !declareLexical(atom, isConst ? LEX_CONST : LEX_LET, tok, &slot) ||
            !next())
            return false;
        *lastAtom = atom;
        ExprDesc value;
        value.kind = E_UNDEF;
        if (check(T_ASSIGN)) {
            *hadInit = true;
            if (!next()) return false;
            nameHint_ = atom;  // let f = () => {}: f.name is "f" (ES2023 14.3.1.2)
            if (!parseAssignment(value, noIn)) return false;
        } else if (isConst) {
#if ENG_RESOURCE_MANAGEMENT
            if (usingMode_) return failAt(ENG_MESSAGE("Missing initializer in using declaration"), tok.line, tok.column);
#endif
            return failAt(ENG_MESSAGE("Missing initializer in const declaration"), tok.line, tok.column);
        }
        f->nameWrites++;
        setPos(tok.line, tok.column);
        if (f->pass == 1) {
            discard(value);
        } else if (slot == NO_REG) {
            uint32_t r = compactToAnyReg(value);
            setPos(tok.line, tok.column);
#if ENG_MODULES
            if (module_) emitModuleInit(atom, r);
            else
#endif
            emitABx(OP_INITLEX, r, stringConst(atom));
#if ENG_RESOURCE_MANAGEMENT
            if (usingMode_ && !emitDisposeAdd(r)) return false;
#endif
            freeExpr(value);
        } else {
            CatchScope c = f->catchScopes[slot];
            if (!c.boxed) {
                moveToLocal(c.reg, value);
#if ENG_RESOURCE_MANAGEMENT
                if (usingMode_ && !emitDisposeAdd(c.reg)) return false;
#endif
            } else {
                uint32_t r = compactToAnyReg(value);
                emitABC(OP_SETBOX, c.reg, r, 0);
#if ENG_RESOURCE_MANAGEMENT
                if (usingMode_ && !emitDisposeAdd(r)) return false;
#endif
                freeExpr(value);
            }
        }
        if (!completeLexical(slot)) return false;
        (*count)++;
        if (!check(T_COMMA)) return !ctx_->failed();
        if (!next()) return false;
    }
}

// CreatePerIterationEnvironment (ES2015 13.7.4.9): captured loop variables
// get a fresh box holding the current value, so closures made in one
// iteration keep that iteration's binding. Uncaptured ones need nothing.
bool Parser::emitPerIterationCopies() {
    FuncState *f = fs_;
    if (f->openScopes.empty()) return false;
    bool any = false;
    for (uint32_t i = f->openScopes.back().bindingMark; i < f->catchScopes.size(); i++) {
        const CatchScope &c = f->catchScopes[i];
        if (!c.boxed || c.lexical == LEX_NONE) continue;
        any = true;
        emitABC(OP_GETBOX, c.reg, c.reg, 0);
        emitABC(OP_NEWBOX, c.reg, 0, 0);
    }
    return any;
}

// Script prologue (GlobalDeclarationInstantiation): every check first, then
// the bindings, so that a script that fails declares nothing.
bool Parser::emitGlobalLexicalPrologue() {
    FuncState *f = fs_;
    LexScope ls = {0, 0};
    if (!f->lexScopes.empty()) ls = f->lexScopes[0];
    for (uint32_t i = 0; i < f->declOrder.size(); i++) emitABx(OP_DECLLEX, 0, stringConst(f->declOrder[i]));
    for (uint32_t i = 0; i < ls.count; i++) emitABx(OP_DECLLEX, 1, stringConst(f->lexDecls[ls.start + i].atom));
    for (uint32_t i = 0; i < ls.count; i++) {
        const LexDecl &d = f->lexDecls[ls.start + i];
        emitABx(OP_DECLLEX, d.kind == LEX_CONST ? 3 : 2, stringConst(d.atom));
    }
    return !ctx_->failed();
}

// Pass 2, when a closure is made: its upvalues bound to a let or const of
// this function that is not initialised yet get checking instructions, and
// a const's stores throw.
void Parser::patchInnerTdz(uint32_t innerIndex) {
    FuncState *f = fs_;
    if (f->pass != 2 || innerIndex >= f->inners.size()) return;
    uint32_t fnIndex = f->inners[innerIndex].functionIndex;
    const FunctionRecord &fn = functions_[fnIndex];
    for (uint32_t i = 0, n = fn.upvalCount; i < n; i++) {
        uint32_t atom = fn.upvalAtom(i);
        bool bound = false;
        for (uint32_t k = f->catchScopes.size(); k-- > 0 && !bound;) {
            const CatchScope &c = f->catchScopes[k];
            if (c.isWith || c.atom != atom) continue;
            bool isConst = c.lexical == LEX_CONST;
            if (c.lexical != LEX_NONE && (!c.initialized || isConst)) patchUpvalTdz(fnIndex, i, isConst, 0);
            bound = true;
        }
#if ENG_MODULES
        if (!bound) patchModuleTdz(fnIndex, i, atom);  // a top-level binding of a module
#endif
    }
}

// Upvalue `upval` of function fnIndex may be in its TDZ: rewrite the
// instructions that use it, and those of inner functions reaching it.
void Parser::patchUpvalTdz(uint32_t fnIndex, uint32_t upval, bool isConst, uint32_t depth) {
    if (fnIndex >= functions_.size() || depth > ENG_COMPILER_MAX_DEPTH) return;
    FunctionRecord &fn = functions_[fnIndex];
    if (!fn.bytes) return;
    FunctionHeader h = fn.header();
    uint8_t *code = fn.bytes + fn.recordAt() + sizeof h;
    for (uint32_t pc = 0; pc < h.codeCount; pc++) {
        Instr ins;
        memcpy(&ins, code + 4 * pc, 4);
        if (instrB(ins) != upval) continue;
        Opcode op = instrOp(ins), to = op;
        if (op == OP_GETUPVAL) to = OP_GETUPVALCHK;
        else if (op == OP_TYPEOFUPVAL) to = OP_TYPEOFUPVALCHK;
        else if (op == OP_SETUPVAL || op == OP_SETUPVALCHK) to = isConst ? OP_SETUPVALCONST : OP_SETUPVALCHK;
        if (to == op) continue;
        ins = (ins & ~0xffu) | to;
        memcpy(code + 4 * pc, &ins, 4);
    }
    const uint8_t *inner = code + 4 * h.codeCount;
    for (uint32_t j = 0; j < h.innerCount; j++) {
        uint32_t childIndex;
        memcpy(&childIndex, inner + 4 * j, 4);
        if (childIndex >= functions_.size() || !functions_[childIndex].bytes) continue;
        const FunctionRecord &child = functions_[childIndex];
        FunctionHeader ch = child.header();
        const uint8_t *descs = child.bytes + child.recordAt() + sizeof ch + 4 * (ch.codeCount + ch.innerCount);
        for (uint32_t u = 0; u < ch.upvalCount; u++) {
            uint32_t d;
            memcpy(&d, descs + 4 * u, 4);
            if (upvalDescKind(d) == UPVAL_PARENT_UPVAL && upvalDescIndex(d) == upval)
                patchUpvalTdz(childIndex, u, isConst, depth + 1);
        }
    }
}

// Annex B.3.3: when a sloppy block function's declaration is evaluated, the
// function-level var of its name receives the block binding's value.
bool Parser::annexBAssign(uint32_t atom, uint32_t occurrence, const Token &token) {
    FuncState *f = fs_;
    if (f->pass != 2 || occurrence >= f->annexEligible.size() || !f->annexEligible[occurrence])
        return !ctx_->failed();
    uint32_t saved = f->freeReg;
    ExprDesc block = resolveName(atom, token.line, token.column);
    uint32_t r = toAnyReg(block);
    ExprDesc var = resolveName(atom, token.line, token.column, true);
    resolveWithBase(var);
    storeTo(var, r);
    f->freeReg = saved;
    return !ctx_->failed();
}

}  // namespace eng
