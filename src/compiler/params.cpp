// Formal parameter lists of ES2015 (ES2023 15.1): default initializers, a
// rest parameter and patterns.
//
// A list that is not simple is parsed in both passes of the function: pass
// 1 (with the function's other pass-1 work) records the names and parses
// the initializers, pass 2 parses them again right after the prologue and
// emits `if (p === undefined) p = init` for each. The initializers see the
// parameters (the ones from the current one on are still in their TDZ),
// `arguments` and the function's own name, then the enclosing scopes: not
// the body's variables, which get registers of their own when a parameter
// has the same name (10.2.11 step 28; the body copy starts with the
// parameter's value).
#include "compiler/parser.h"

namespace eng {

// Between '(' and ')': the current token is the first parameter (or ')').
// A pattern parameter is a hidden formal; its pattern is compiled after the
// formal's initializer (destructuring.cpp), binding names that follow the
// formals in params.
bool Parser::parseFormalParameters(FuncState &child, bool arrow) {
    bool pass1 = child.pass == 1;
    uint32_t index = 0;
    bool nonSimple = false, lengthSet = false;
    child.inParams = true;
    child.formalsBound = child.patternsBound = 0;
    uint32_t patternMark = patternNames_.size();
    while (!check(T_RPAREN)) {
        bool rest = false;
        if (check(T_ELLIPSIS)) {
            rest = true;
            if (!next()) return false;
        }
        bool pattern = check(T_LBRACKET) || check(T_LBRACE);
        if (!pattern && !check(T_IDENT)) return unexpected();
        const Token tok = lex_.token;
        if (tok.escapedKeyword) return fail(kEscapedKeyword);
        uint32_t atom;
        if (pattern) {
            nonSimple = true;
            atom = pass1 ? hiddenAtom("%arg") : child.params[index];
        } else {
            atom = tokenAtom();
        }
        if (pass1) {
            if (arrow && !pattern && !checkBinding(atom, tok)) return false;
            if (!arrow && !pattern && !checkAwaitName(atom, tok.line, tok.column)) return false;  // yield in a generator
            LexerPosition where = {tok.start, tok.line, tok.column};
            if (!child.params.push(atom) || !child.paramPositions.push(where)) return false;
        }
        if (pattern) {
            bool closed;
            if (!next() || !skipToClose(1, tok.type, &closed)) return false;
            if (!closed) return unexpected();
        } else if (!next()) {
            return false;
        }
        if (rest) {
            if (!lengthSet) child.paramLength = index;
            lengthSet = nonSimple = true;
            child.hasRest = true;
            if (check(T_ASSIGN)) return fail(ENG_MESSAGE("Rest parameter may not have a default initializer"));
            if (!check(T_RPAREN)) return fail(ENG_MESSAGE("Rest parameter must be last formal parameter"));
        }
        if (check(T_ASSIGN)) {
            if (!lengthSet) child.paramLength = index;
            lengthSet = nonSimple = true;
            if (!next() || !emitDefault(index, !pattern)) return false;
        }
        child.formalsBound++;
        if (pattern) {
            // The pattern takes the formal's value (its register, or its box).
            LexerPosition after = {lex_.token.start, lex_.token.line, lex_.token.column};
            bool newline = lex_.token.newlineBefore;
            uint32_t base = child.freeReg;
            uint32_t t = allocReg();
            if (!pass1) {
                const LocalVar &l = child.locals[index];
                emitABC(l.captured ? OP_GETBOX : OP_MOV, t, l.reg, 0);
            }
            LexerPosition at = {tok.start, tok.line, tok.column};
            if (!seekToken(at, tok.newlineBefore) || !parsePattern(PAT_PARAM, t) || !seekToken(after, newline))
                return false;
            child.freeReg = base;
        }
        index++;
        if (rest) break;
        if (check(T_COMMA)) {
            if (!next()) return false;  // ES2017: a trailing comma may end the list
        } else if (!check(T_RPAREN)) {
            return unexpected();
        }
    }
    if (pass1) {
        child.simpleParams = !nonSimple;
        if (!lengthSet) child.paramLength = index;
        child.patternCount = patternNames_.size() - patternMark;
        for (uint32_t i = patternMark; i < patternNames_.size(); i++)
            if (!child.params.push(patternNames_[i].atom) || !child.paramPositions.push(patternNames_[i].where))
                return false;
        patternNames_.truncate(patternMark);
    }
    child.inParams = false;
    return !ctx_->failed();
}

// Parameter `index` has an initializer (the current token starts it);
// named: a plain name, which an anonymous function gets.
bool Parser::emitDefault(uint32_t index, bool named) {
    FuncState *f = fs_;
    uint32_t base = f->freeReg;
    uint32_t skip = NO_PATCH;
    ExprDesc target;
    if (f->pass == 2) {
        const LocalVar &l = f->locals[index];
        target.kind = l.captured ? E_BOX : E_LOCAL;
        target.a = l.reg;
        uint32_t t = allocReg(), u = allocReg();
        ExprDesc current = target;
        dischargeTo(current, t);
        emitABC(OP_LOADUNDEF, u, 0, 0);
        emitABC(OP_SEQ, t, t, u);
        skip = emitCondJump(OP_JMPIFNOT, t);
        f->freeReg = base;
    }
    nameHint_ = named ? f->params[index] : NO_ATOM;
    ExprDesc v;
    if (!parseAssignment(v, false)) return false;
    if (f->pass == 2) {
        if (target.kind == E_LOCAL) {
            moveToLocal(target.a, v);
        } else {
            uint32_t r = compactToAnyReg(v);
            storeTo(target, r);
        }
        patchTo(skip, here());
    }
    f->freeReg = base;
    return !ctx_->failed();
}

// Pass 2 of a function whose list is not simple, at the token after '(':
// the initializers, then the body variables that share a parameter's name
// get its value.
bool Parser::emitParameterPrologue(FuncState &child, bool arrow) {
    if (!parseFormalParameters(child, arrow)) return false;
    for (uint32_t i = 0; i + 1 < child.paramCopies.size(); i += 2) {
        const LocalVar &p = child.locals[child.paramCopies[i]];
        const LocalVar &v = child.locals[child.paramCopies[i + 1]];
        ExprDesc src, dst;
        src.kind = p.captured ? E_BOX : E_LOCAL;
        src.a = p.reg;
        dst.kind = v.captured ? E_BOX : E_LOCAL;
        dst.a = v.reg;
        uint32_t t = allocReg();
        dischargeTo(src, t);
        storeTo(dst, t);
        child.freeReg = t;
    }
    return !ctx_->failed();
}

void Parser::noteParamRef(uint32_t atom) {
    FuncState *f = fs_;
    if (atom == NO_ATOM || f->paramRefs.contains(atom)) return;
    if (f->paramRefs.put(atom, 1)) f->paramRefOrder.push(atom);
}

// Pass 2: the parameter (the last of that name) or the arguments object
// that the parameter expressions see by that name, or nullptr.
const LocalVar *Parser::paramScopeLocal(uint32_t atom) const {
    const FuncState *f = fs_;
    for (uint32_t i = f->params.size(); i-- > 0;)
        if (f->params[i] == atom) return &f->locals[i];
    if (atom == ATOM_ARGUMENTS && f->usesArguments)
        for (uint32_t i = f->params.size(); i < f->locals.size(); i++)
            if (f->locals[i].kind == LOCAL_ARGUMENTS) return &f->locals[i];
    return nullptr;
}

// Pass 2, inside the parameter list: a parameter by that name (the last
// one: duplicates exist only in simple lists). Names not initialised yet
// are in their TDZ: reaching the reference throws.
bool Parser::resolveParam(uint32_t atom, ExprDesc &e) {
    FuncState *f = fs_;
    for (uint32_t i = f->params.size(); i-- > 0;) {
        if (f->params[i] != atom) continue;
        uint32_t formals = f->params.size() - f->patternCount;
        bool bound = i < formals ? i < f->formalsBound : i - formals < f->patternsBound;
        if (!bound) emitABx(OP_THROWTDZ, 0, stringConst(atom));
        break;
    }
    const LocalVar *l = paramScopeLocal(atom);
    if (!l) return false;
    e.kind = l->captured ? E_BOX : E_LOCAL;
    e.a = l->reg;
    return true;
}

}  // namespace eng
