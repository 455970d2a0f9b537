// Direct eval (ES5 10.4.2) at compile time: what a call site of eval
// sees (the table of EvalBinding, bytecode/image.h), the caller-side
// preparations for it, the bindings around eval code being compiled, where
// eval code's declarations go, and the discovery compile that tells the
// real one in advance which functions call eval and what they declare.
#include "compiler/parser.h"

namespace eng {

// The bindings around eval code, in order: objects are candidates until a
// variable of that name is reached.
bool Parser::outerCandidates(uint32_t atom) {
    for (uint32_t i = 0; i < outer_.size(); i++) {
        const OuterEntry &e = outer_[i];
        if (e.kind == EVAL_WITH) addWithCandidate(e.atom);
        else if (e.kind == EVAL_VAROBJ || e.kind == EVAL_VARS) addWithCandidate(e.atom, true);
        else if (e.atom == atom) return true;
    }
    return false;
}

// ES2015 18.2.1.2 step 5: a var (or function) of sloppy eval code may not
// have the name of a let or const of the caller's blocks around the call
// (the bindings listed before the caller's own variables).
bool Parser::checkEvalVarsAgainstLexical() {
    FuncState *f = fs_;
    for (uint32_t d = 0; d < f->declOrder.size(); d++) {
        uint32_t atom = f->declOrder[d];
        for (uint32_t i = 0; i < outer_.size(); i++) {
            uint8_t k = outer_[i].kind;
            if (k == EVAL_VARENV || k == EVAL_VAROBJ) break;
            if ((k == EVAL_LEXICAL || k == EVAL_CONST) && outer_[i].atom == atom) {
                Token at = lex_.token;
                at.line = at.column = 1;
                return failRedeclared(atom, at);
            }
        }
    }
    return true;
}

// Index of the outer binding of this kind and name, or NO_REG.
uint32_t Parser::outerIndexOf(uint8_t kind, uint32_t atom) const {
    for (uint32_t i = 0; i < outer_.size(); i++)
        if (outer_[i].kind == kind && (atom == NO_ATOM || outer_[i].atom == atom)) return i;
    return NO_REG;
}

// End of pass 1 of a function that calls eval: everything the enclosing
// scopes bind becomes an upvalue, so that eval code can reach it.
void Parser::noteEvalReferences() {
    FuncState *f = fs_;
    const FuncState *t = thisFunction();
    // Eval code in an arrow function uses the enclosing this and arguments
    // (not in a field initialiser: it may not use them there, 19.2.1.1 step
    // 5.f), and new.target; in a method, its home object for super.x.
    if (f->isArrow) {
        noteReference(thisAtom_);
        if (!t->fieldInit) noteReference(ATOM_ARGUMENTS);
    }
    if (!t->isScript && internClassAtoms()) {
        if (f->isArrow) noteReference(newTargetAtom_);
        if (t->isMethod || t->classCtor) noteReference(homeAtom_);
    }
    for (FuncState *p = f->parent; p; p = p->parent) {
        for (uint32_t i = p->catchScopes.size(); i-- > 0;) noteReference(p->catchScopes[i].atom);
        if (!p->isScript || p->scriptLocals) {
            for (uint32_t i = 0; i < p->params.size(); i++) noteReference(p->params[i]);
            for (uint32_t i = 0; i < p->declOrder.size(); i++) noteReference(p->declOrder[i]);
            for (uint32_t i = 0; i < p->knownOrder.size(); i++) noteReference(p->knownOrder[i]);
        }
        if (p->isExpression && p->nameAtom != NO_ATOM) noteReference(p->nameAtom);
        if (p->varObjAtom != NO_ATOM) noteReference(p->varObjAtom);
        if (p->isScript)
            for (uint32_t i = 0; i < outer_.size(); i++) noteReference(outer_[i].atom);
    }
}

// Pass 2, at a direct eval call: the table of what the eval code sees
// (EvalBinding, image.h), innermost first, each name once. Returns the
// site index.
uint32_t Parser::buildEvalSite() {
    FuncState *f = fs_;
    uint32_t site = f->evalSites.size();
    if (site >= 254) {
        fail(ENG_MESSAGE("Too many eval calls in function"));
        return 0;
    }
    f->evalSites.push(f->evalBindings.size());
    HashMap<uint32_t> seen(ctx_);
    // (Out of line: it is called from many places.)
    auto add = [&](uint32_t atom, UpvalKind where, uint32_t index, EvalBindingKind kind) ENG_PARSER_OFF_PATH {
        if (atom == NO_ATOM || seen.contains(atom)) return;
        seen.put(atom, 1);
        EvalBinding b = {stringConst(atom), makeEvalDesc(makeUpvalDesc(where, index), kind)};
        f->evalBindings.push(b);
    };
    auto addUpval = [&](uint32_t atom, EvalBindingKind kind) {
        if (uint32_t *up = f->upvalIndex.find(atom)) add(atom, UPVAL_PARENT_UPVAL, *up, kind);
    };
    // Eval code in a parameter expression (sloppy: strict eval code has a
    // variable scope of its own) sees the parameter scope, not the body's:
    // the parameters and `arguments` are bindings its vars may not shadow
    // (ES2023 10.2.11 step 20, 19.2.1.3 step 3.d); its vars go to the
    // function's eval variables.
    bool params = f->inParams;
    EvalBindingKind paramKind = params && !f->strict ? EVAL_LEXICAL : EVAL_VARENV;
    for (uint32_t i = f->catchScopes.size(); i-- > (params ? f->paramScopeMark : 0);) {
        const CatchScope &c = f->catchScopes[i];
        add(c.atom, UPVAL_PARENT_REGISTER, c.reg,
            c.isWith                   ? EVAL_WITH
            : c.lexical == LEX_CONST   ? EVAL_CONST
            : c.lexical != LEX_NONE    ? EVAL_LEXICAL
                                       : EVAL_BINDING);
    }
    for (uint32_t i = 0; i < f->locals.size(); i++) {
        const LocalVar &l = f->locals[i];
        if (l.kind == LOCAL_HIDDEN || !l.captured) continue;
        // A parameter that a body variable shadows is seen only from the parameters.
        if (params ? l.kind == LOCAL_VAR : *f->localIndex.find(l.atom) != i) continue;
        if (l.kind == LOCAL_CALLEE) continue;  // below
        add(l.atom, UPVAL_PARENT_REGISTER, l.reg,
            l.kind == LOCAL_PARAM || l.kind == LOCAL_ARGUMENTS ? paramKind : EVAL_VARENV);
    }
    if (f->varObjAtom != NO_ATOM) {
        const LocalVar &l = f->locals[*f->localIndex.find(f->varObjAtom)];
        add(f->varObjAtom, UPVAL_PARENT_REGISTER, l.reg, EVAL_VAROBJ);
    }
    // A function expression's name is outside its variables: a var of eval
    // code by that name shadows it (ES2023 15.2.5).
    if (!f->isScript && f->isExpression && f->nameAtom != NO_ATOM)
        if (uint32_t *index = f->localIndex.find(f->nameAtom))
            if (f->locals[*index].kind == LOCAL_CALLEE && f->locals[*index].captured)
                add(f->nameAtom, UPVAL_PARENT_REGISTER, f->locals[*index].reg, EVAL_CALLEE);
    // What eval code may use besides names (class.cpp): new.target (a local
    // of a function, an upvalue of an arrow), the home object; in a field
    // initialiser a marker (on the home object's box) that forbids arguments.
    if (!f->isScript && newTargetAtom_ != NO_ATOM) {
        if (uint32_t *index = f->localIndex.find(newTargetAtom_))
            add(newTargetAtom_, UPVAL_PARENT_REGISTER, f->locals[*index].reg, EVAL_BINDING);
        addUpval(newTargetAtom_, EVAL_BINDING);
        addUpval(homeAtom_, EVAL_BINDING);
        if (thisFunction()->fieldInit)
            if (uint32_t *up = f->upvalIndex.find(homeAtom_)) add(fieldInitAtom_, UPVAL_PARENT_UPVAL, *up, EVAL_BINDING);
    }
    if (f->isScript) {
        // Eval code calling eval: the same outer bindings, same kinds.
        for (uint32_t i = 0; i < outer_.size(); i++)
            add(outer_[i].atom, UPVAL_PARENT_UPVAL, *f->upvalIndex.find(outer_[i].atom),
                static_cast<EvalBindingKind>(outer_[i].kind));
        return site;
    }
    if (f->isArrow) {
        addUpval(thisAtom_, EVAL_BINDING);
        addUpval(ATOM_ARGUMENTS, EVAL_BINDING);
    }
    for (FuncState *p = f->parent; p; p = p->parent) {
        for (uint32_t i = p->catchScopes.size(); i-- > 0;)
            addUpval(p->catchScopes[i].atom, p->catchScopes[i].isWith                   ? EVAL_WITH
                                             : p->catchScopes[i].lexical == LEX_CONST ? EVAL_CONST
                                                                                      : EVAL_BINDING);
        if (!p->isScript || p->scriptLocals) {
            for (uint32_t i = 0; i < p->params.size(); i++) addUpval(p->params[i], EVAL_BINDING);
            for (uint32_t i = 0; i < p->knownOrder.size(); i++) addUpval(p->knownOrder[i], EVAL_BINDING);
            for (uint32_t i = 0; i < p->declOrder.size(); i++) addUpval(p->declOrder[i], EVAL_BINDING);
        }
        if (p->isExpression && p->nameAtom != NO_ATOM) addUpval(p->nameAtom, EVAL_BINDING);
        if (p->varObjAtom != NO_ATOM) addUpval(p->varObjAtom, EVAL_VARS);
        if (p->isScript)
            for (uint32_t i = 0; i < outer_.size(); i++) {
                uint8_t k = outer_[i].kind;
                addUpval(outer_[i].atom, k == EVAL_WITH ? EVAL_WITH
                                         : k == EVAL_VAROBJ || k == EVAL_VARS ? EVAL_VARS
                                         : k == EVAL_CONST || k == EVAL_LEXICAL || k == EVAL_CALLEE
                                             ? static_cast<EvalBindingKind>(k)
                                                                              : EVAL_BINDING);
            }
    }
    return site;
}

// A declaration of script code: a global binding; in strict eval code a
// local; in sloppy eval code called from a function, the caller's variable
// of that name or a property of its eval variables object. fnReg holds the
// function of a function declaration, NO_REG for a var.
void Parser::emitEvalDeclaration(uint32_t atom, uint32_t fnReg) {
    FuncState *f = fs_;
    if (f->scriptLocals) {
        if (fnReg == NO_REG) return;
        const LocalVar &l = f->locals[*f->localIndex.find(atom)];
        emitABC(l.captured ? OP_SETBOX : OP_MOV, l.reg, fnReg, 0);
        return;
    }
    uint32_t varObj = f->strict ? NO_REG : outerIndexOf(EVAL_VAROBJ, NO_ATOM);
    if (varObj == NO_REG) {
        if (fnReg == NO_REG) emitABx(OP_DECLVAR, 0, stringConst(atom));
        else emitABx(OP_DECLFUNC, fnReg, stringConst(atom));
        return;
    }
    uint32_t local = outerIndexOf(EVAL_VARENV, atom);
    if (local != NO_REG) {
        if (fnReg != NO_REG) emitABC(OP_SETUPVAL, fnReg, local, 0);
        return;
    }
    uint32_t saved = f->freeReg;
    uint32_t o = allocReg();
    emitABC(OP_GETUPVAL, o, varObj, 0);
    if (fnReg == NO_REG) {
        emitABx(OP_DECLVARIN, o, stringConst(atom));
    } else {
        uint32_t k = allocReg();
        emitABx(OP_LOADK, k, stringConst(atom));
        emitABC(OP_INITPROPR, o, k, fnReg);
    }
    f->freeReg = saved;
}

// The script's record is keyed by an offset no function starts at.
void Parser::recordDiscovery(FuncState &f) {
    uint32_t key = f.isScript ? 0xffffffffu : f.sourceStart;
    Discovered d = {f.ownEval, discoveredNames_.size(), 0};
    for (uint32_t i = 0; i < f.params.size(); i++) discoveredNames_.push(f.params[i]);
    for (uint32_t i = 0; i < f.declOrder.size(); i++) discoveredNames_.push(f.declOrder[i]);
    d.namesCount = discoveredNames_.size() - d.namesStart;
    if (discovered_.push(d)) discoveredIndex_.put(key, discovered_.size() - 1);
}

void Parser::applyDiscovery(FuncState &f) {
    uint32_t key = f.isScript ? 0xffffffffu : f.sourceStart;
    uint32_t *index = discovering_ ? nullptr : discoveredIndex_.find(key);
    if (!index) return;
    const Discovered &d = discovered_[*index];
    f.ownEval = d.ownEval;
    // Known before the parameters: eval code in a parameter expression
    // declares its vars there too (compileFunctionBody drops it if the
    // body turns out strict).
    if (f.ownEval && !f.strict && !f.isScript && f.varObjAtom == NO_ATOM) f.varObjAtom = hiddenAtom("%vars");
    for (uint32_t i = 0; i < d.namesCount; i++) {
        uint32_t atom = discoveredNames_[d.namesStart + i];
        if (!f.knownNames.contains(atom) && f.knownNames.put(atom, 1)) f.knownOrder.push(atom);
    }
}

}  // namespace eng
