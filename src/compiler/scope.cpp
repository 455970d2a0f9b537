// Names: what each identifier means, the register layout of a function and
// the upvalue descriptors of its inner functions.

#include "compiler/parser.h"
#include "strings/format.h"

namespace eng {

void Parser::noteReference(uint32_t atom) {
    FuncState *f = fs_;
    if (atom == NO_ATOM || f->referenced.contains(atom)) return;
    if (f->referenced.put(atom, 1)) f->refOrder.push(atom);
}

bool Parser::declareVar(uint32_t atom) {
    FuncState *f = fs_;
#if ENG_MODULES
    noteModuleDeclaration(atom);  // export var x
    // Module functions are lexical: no var of their name (ES2023 16.2.1.1).
    uint32_t *kind = module_ && f->isScript && f->pass == 1 ? f->declared.find(atom) : nullptr;
    if (kind && *kind == 2) return failRedeclared(atom, lex_.token);
#endif
    if (f->pass != 1 || atom == NO_ATOM || f->declared.contains(atom)) return !ctx_->failed();
    return f->declared.put(atom, 1) && f->declOrder.push(atom);
}

namespace {

// Whether an enclosing function, still in its pass 1, binds the name
// (declarations seen so far: a later `var` is not known yet).
bool bindsInPass1(FuncState *p, uint32_t atom) {
    if (p->isScript) return p->scriptLocals && p->declared.contains(atom);
    if (p->declared.contains(atom) || p->knownNames.contains(atom) || (atom == ATOM_ARGUMENTS && !p->isArrow))
        return true;
    for (uint32_t i = 0; i < p->params.size(); i++)
        if (p->params[i] == atom) return true;
    return p->isExpression && p->nameAtom == atom;
}

}  // namespace

// A `with` object that may hold the name being resolved, read from the
// hidden variable hiddenAtom (a local of this function or an upvalue).
// Pass 1 only makes sure the hidden variable reaches this function.
void Parser::addWithCandidate(uint32_t hiddenAtom, bool plainThis) {
    FuncState *f = fs_;
    if (f->pass == 1) {
        noteReference(hiddenAtom);
        return;
    }
    WithCandidate c;
    c.plainThis = plainThis;
    if (uint32_t *index = f->localIndex.find(hiddenAtom)) {
        const LocalVar &l = f->locals[*index];
        c.kind = l.captured ? E_BOX : E_LOCAL;
        c.index = l.reg;
    } else if (uint32_t *up = f->upvalIndex.find(hiddenAtom)) {
        c.kind = E_UPVAL;
        c.index = *up;
    } else {
        fail(ENG_MESSAGE("Internal error: with scope not found"));
        return;
    }
    f->withCands.push(c);
}

// Static resolution (catch parameter, local, upvalue, global), except that
// `with` statements between the reference and its binding, in this function
// or in enclosing ones, make it an E_WITHREF that checks their objects first.
// varScope: the binding of the function's var scope (Annex B.3.3), past
// block scopes and with statements.
ExprDesc Parser::resolveName(uint32_t atom, uint32_t line, uint32_t column, bool varScope) {
    FuncState *f = fs_;
    ExprDesc e;
    e.isName = true;
    e.atom = atom;
    e.line = line;
    e.column = column;
    uint32_t first = f->withCands.size();
    bool found = false;
    if (f->pass == 1 && atom != NO_ATOM) f->nameUses.put(atom, ++f->useSeq);
    // Parameter expressions have a scope of their own: the body's let/const
    // (already entered in pass 2) are not visible there, the scopes opened
    // inside the parameter list (a class's name) are.
    uint32_t floor = f->inParams ? f->paramScopeMark : 0;
    for (uint32_t i = varScope ? 0 : f->catchScopes.size(); i-- > floor && !found;) {
        const CatchScope &c = f->catchScopes[i];
        if (c.isWith) {
            addWithCandidate(c.atom);
        } else if (c.atom == atom) {
            e.kind = c.boxed ? E_BOX : E_LOCAL;
            e.a = c.reg;
            found = true;
            if (c.lexical != LEX_NONE) {
                e.constant = e.readOnly = c.lexical == LEX_CONST;
                if (!c.initialized && f->pass == 2) {
                    // A register is checked where the name is used, a box when read or written.
                    if (c.boxed) {
                        e.tdz = true;
                    } else {
                        setPos(line, column);
                        emitABx(OP_CHECKTDZ, c.reg, stringConst(atom));
                    }
                }
            }
        }
    }
    if (!found && f->pass == 1) noteReference(atom);
    if (!found && f->inParams) {
        // Parameter expressions: the parameters, never the body's variables.
        if (f->pass == 1) noteParamRef(atom);
        else found = resolveParam(atom, e);
    }
    if (!found && f->pass == 2 && (!f->isScript || f->scriptLocals)) {
        uint32_t *index = f->localIndex.find(atom);
        if (index && f->inParams && f->locals[*index].kind == LOCAL_VAR) index = nullptr;
        if (index) {
            const LocalVar &l = f->locals[*index];
            e.kind = l.captured ? E_BOX : E_LOCAL;
            e.a = l.reg;
            e.readOnly = l.kind == LOCAL_CALLEE;
            found = true;
            // Eval code may have declared a var that shadows the function's name.
            if (e.readOnly && f->varObjAtom != NO_ATOM) addWithCandidate(f->varObjAtom, true);
        }
    }
    if (!found) {
        // Variables eval code declared in this function, then the with
        // statements and eval variables of enclosing functions (and of the
        // code around eval code), up to the scope that binds the name. Pass 1
        // of this function goes on past its own locals, which it does not
        // know yet: a superset is harmless.
        if (f->varObjAtom != NO_ATOM) addWithCandidate(f->varObjAtom, true);
        bool bound = f->isScript && outerCandidates(atom);
        for (FuncState *p = f->isScript ? nullptr : f->parent; p && !bound; p = p->parent) {
            for (uint32_t i = p->catchScopes.size(); i-- > 0 && !bound;) {
                const CatchScope &c = p->catchScopes[i];
                if (c.isWith) addWithCandidate(c.atom);
                else if (c.atom == atom) bound = true;
            }
            if (p->inParams) {
                // Made in a parameter expression: the parameters, then the
                // variables eval code declared there, then the function's name.
                for (uint32_t i = 0; i < p->params.size(); i++) bound = bound || p->params[i] == atom;
                bound = bound || (atom == ATOM_ARGUMENTS && !p->isArrow);
                if (!bound && p->varObjAtom != NO_ATOM) addWithCandidate(p->varObjAtom, true);
                bound = bound || (p->isExpression && p->nameAtom == atom);
            } else if (!bound) {
                bound = bindsInPass1(p, atom);
                // (A var of eval code shadows a function expression's own name.)
                bool nameOnly = bound && p->isExpression && p->nameAtom == atom && !p->declared.contains(atom);
                if ((!bound || nameOnly) && p->varObjAtom != NO_ATOM) addWithCandidate(p->varObjAtom, true);
            }
            if (!bound && p->isScript) bound = outerCandidates(atom);
        }
        uint32_t *up = f->pass == 2 && (!f->isScript || f->hasOuter) ? f->upvalIndex.find(atom) : nullptr;
        if (up) {
            e.kind = E_UPVAL;
            e.a = *up;
            // Eval code: a const of the code around it, or a function's name.
            if (f->isScript && *up < outer_.size() && outer_[*up].kind == EVAL_CONST)
                e.readOnly = e.constant = true;
            if (f->isScript && *up < outer_.size() && outer_[*up].kind == EVAL_CALLEE) e.readOnly = true;
        } else {
            e.kind = E_GLOBAL;
            e.a = stringConst(atom);
        }
    }
    uint32_t count = f->withCands.size() - first;
    if (count && f->pass == 2) {
        e.fbKind = e.kind;
        e.fbReadOnly = e.readOnly;
        e.b = e.a;
        e.readOnly = false;
        e.kind = E_WITHREF;
        e.candStart = first;
        e.candCount = count;
    }
    return e;
}

// A compiler-made variable (not subject to with or eval scopes): a local or
// an upvalue of this function.
ExprDesc Parser::resolveHidden(uint32_t atom) {
    FuncState *f = fs_;
    ExprDesc e;
    e.kind = E_UNDEF;
    if (f->pass == 1) {
        noteReference(atom);
    } else if (uint32_t *index = f->localIndex.find(atom)) {
        const LocalVar &l = f->locals[*index];
        e.kind = l.captured ? E_BOX : E_LOCAL;
        e.a = l.reg;
    } else if (uint32_t *up = f->upvalIndex.find(atom)) {
        e.kind = E_UPVAL;
        e.a = *up;
    }
    return e;
}

// A name no identifier can spell, for a compiler-made variable.
uint32_t Parser::hiddenAtom(const char *prefix) {
    char name[32];
    formatText(name, sizeof name, "%s%u", prefix, static_cast<unsigned>(withCounter_++));
    return atoms_.internAscii(name);
}

// Pass 1: the free names of an inner function become references of this
// one, unless a catch parameter around the function expression binds them.
void Parser::noteInnerFree(uint32_t functionIndex, bool isDeclaration) {
    FuncState *f = fs_;
    const FunctionRecord &fn = functions_[functionIndex];
    for (uint32_t i = 0, n = fn.upvalCount; i < n; i++) {
        uint32_t atom = fn.upvalAtom(i);
        bool bound = false;
        f->innerUses.put(atom, ++f->useSeq);
        f->nameUses.put(atom, f->useSeq);
        // (Function declarations at the top of a function see only its
        // lexical declarations there; those in blocks are made in the block.)
        for (uint32_t k = f->catchScopes.size(); k-- > 0;) {
            const CatchScope &c = f->catchScopes[k];
            if (c.atom != atom || c.isWith) continue;
            if (c.lexical != LEX_NONE) {
                if (c.index < f->lexStack.size()) f->lexStack[c.index].flags |= LEXF_CAPTURED;
            } else if (!isDeclaration) {
                if (f->catchCaptured.size() <= c.index) f->catchCaptured.resize(c.index + 1, 0);
                if (c.index < f->catchCaptured.size()) f->catchCaptured[c.index] = 1;
            } else {
                continue;
            }
            bound = true;
            break;
        }
        if (bound) continue;
        if (!f->innerFree.contains(atom)) f->innerFree.put(atom, 1);
        noteReference(atom);
        if (f->inParams) noteParamRef(atom);
    }
}

bool Parser::computeLayout() {
    FuncState *f = fs_;
    // Script code keeps register 0 for the completion value; its only
    // locals are hidden ones.
    uint32_t firstReg = f->isScript ? 1 : 0;
    auto addLocal = [&](uint32_t atom, uint8_t kind) -> bool {
        LocalVar l = {atom, static_cast<uint16_t>(firstReg + f->locals.size()), false, kind};
        if (firstReg + f->locals.size() >= MAX_REGISTERS) return fail(ENG_MESSAGE("Too many local variables"));
        return f->locals.push(l) && f->localIndex.put(atom, f->locals.size() - 1);
    };
    if (f->isScript) {
        f->completionReg = 0;
        for (uint32_t i = 0; i < f->withRecords.size(); i++)
            if (!addLocal(f->withRecords[i].atom, LOCAL_HIDDEN)) return false;
        for (uint32_t i = 0; f->scriptLocals && i < f->declOrder.size(); i++)
            if (!addLocal(f->declOrder[i], LOCAL_VAR)) return false;
        // (Eval code called from an arrow function gets this from outside.)
        if (f->innerFree.contains(thisAtom_) && !f->upvalIndex.contains(thisAtom_) &&
            !addLocal(thisAtom_, LOCAL_HIDDEN))
            return false;
        for (uint32_t i = 0; i < f->locals.size(); i++)
            f->locals[i].captured = f->ownEval || f->innerFree.contains(f->locals[i].atom);
        f->nactive = f->freeReg = f->maxReg = firstReg + f->locals.size();
        return !ctx_->failed();
    }
    // Eval code may use `arguments` and the function's own name.
    if (f->ownEval && !f->isArrow) {
        if (!f->referenced.contains(ATOM_ARGUMENTS) && !f->referenced.put(ATOM_ARGUMENTS, 1)) return false;
        if (f->isExpression && f->nameAtom != NO_ATOM && !f->referenced.contains(f->nameAtom) &&
            !f->referenced.put(f->nameAtom, 1))
            return false;
    }
    for (uint32_t i = 0; i < f->params.size(); i++)
        if (!addLocal(f->params[i], LOCAL_PARAM)) return false;
    // The arguments object (10.2.11 steps 15-18): not when a parameter has
    // the name, nor, in a simple list, a function of the body. With
    // parameter expressions it belongs to the parameter scope, as a
    // parameter does.
    uint32_t *declaredAs = f->declared.find(ATOM_ARGUMENTS);
    if (f->referenced.contains(ATOM_ARGUMENTS) && !f->isArrow && !f->localIndex.contains(ATOM_ARGUMENTS) &&
        !(declaredAs && *declaredAs == 2 && f->simpleParams)) {
        f->usesArguments = true;
        if (!f->simpleParams && !addLocal(ATOM_ARGUMENTS, LOCAL_ARGUMENTS)) return false;
    }
    for (uint32_t i = 0; i < f->declOrder.size(); i++) {
        uint32_t atom = f->declOrder[i];
        uint32_t *existing = f->localIndex.find(atom);
        if (existing && f->simpleParams) continue;
        // With parameter expressions a body variable named like a parameter
        // is a variable of its own, which starts with the parameter's value.
        uint32_t param = existing ? *existing : NO_REG;
        if (existing && f->locals[param].kind != LOCAL_PARAM && f->locals[param].kind != LOCAL_ARGUMENTS) continue;
        if (!addLocal(atom, LOCAL_VAR)) return false;
        if (param != NO_REG && *f->declared.find(atom) == 1 &&
            (!f->paramCopies.push(param) || !f->paramCopies.push(f->locals.size() - 1)))
            return false;
    }
    if (f->usesArguments && f->simpleParams) {
        uint32_t *index = f->localIndex.find(ATOM_ARGUMENTS);
        if (index) {
            f->locals[*index].kind = LOCAL_ARGUMENTS;
        } else if (!addLocal(ATOM_ARGUMENTS, LOCAL_ARGUMENTS)) {
            return false;
        }
    }
    if (f->usesArguments) f->argumentsReg = paramScopeLocal(ATOM_ARGUMENTS)->reg;
    for (uint32_t i = 0; i < f->withRecords.size(); i++)
        if (!addLocal(f->withRecords[i].atom, LOCAL_HIDDEN)) return false;
    if (f->varObjAtom != NO_ATOM && !addLocal(f->varObjAtom, LOCAL_HIDDEN)) return false;
    // Arrow functions inside use this function's this (and new.target, and
    // a derived constructor's this binding and itself, for super()).
    if (!f->isArrow && (f->innerFree.contains(thisAtom_) || f->classCtor == 2) && !addLocal(thisAtom_, LOCAL_HIDDEN))
        return false;
    if (!f->isArrow && (f->innerFree.contains(newTargetAtom_) || (f->ownEval && newTargetAtom_ != NO_ATOM)) &&
        !addLocal(newTargetAtom_, LOCAL_HIDDEN))
        return false;
    if (!f->isArrow && f->innerFree.contains(ctorAtom_) && !addLocal(ctorAtom_, LOCAL_HIDDEN)) return false;
    if (f->isExpression && f->nameAtom != NO_ATOM && !f->localIndex.contains(f->nameAtom) &&
        f->referenced.contains(f->nameAtom) && !(f->nameAtom == ATOM_ARGUMENTS && f->usesArguments)) {
        if (!addLocal(f->nameAtom, LOCAL_CALLEE)) return false;
    }
    // A sloppy function that uses `arguments` gets a mapped arguments object:
    // its parameters live in boxes that the executor makes (see image.h).
    f->mappedArguments = f->usesArguments && !f->strict && f->params.size() > 0 && f->simpleParams;
    for (uint32_t i = 0; i < f->locals.size(); i++) {
        LocalVar &l = f->locals[i];
        uint32_t *bound = f->localIndex.find(l.atom);
        bool mapped = f->mappedArguments && l.kind == LOCAL_PARAM;
        // (a body variable may have taken the name)
        bool shadowedParam = !f->simpleParams && (l.kind == LOCAL_PARAM || l.kind == LOCAL_ARGUMENTS);
        l.captured = (shadowedParam || (bound && *bound == i)) && (mapped || f->ownEval || f->innerFree.contains(l.atom));
    }
    for (uint32_t i = 0; i < f->refOrder.size(); i++) {
        uint32_t atom = f->refOrder[i];
        if (f->localIndex.contains(atom)) continue;
        if (f->upvalAtoms.size() >= 256) return fail(ENG_MESSAGE("Too many closure variables"));
        if (!f->upvalIndex.put(atom, f->upvalAtoms.size()) || !f->upvalAtoms.push(atom)) return false;
    }
    // Parameter expressions reach the enclosing scopes past the body's variables.
    for (uint32_t i = 0; i < f->paramRefOrder.size(); i++) {
        uint32_t atom = f->paramRefOrder[i];
        uint32_t *index = f->localIndex.find(atom);
        if (!index || f->locals[*index].kind != LOCAL_VAR || f->upvalIndex.contains(atom)) continue;
        bool isParam = false;
        for (uint32_t k = 0; k < f->params.size(); k++) isParam = isParam || f->params[k] == atom;
        if (isParam) continue;
        if (f->upvalAtoms.size() >= 256) return fail(ENG_MESSAGE("Too many closure variables"));
        if (!f->upvalIndex.put(atom, f->upvalAtoms.size()) || !f->upvalAtoms.push(atom)) return false;
    }
    f->nactive = f->freeReg = f->maxReg = f->locals.size();
    return !ctx_->failed();
}

uint32_t Parser::resolveUpvalDesc(uint32_t atom, bool inFunctionScope) {
    FuncState *f = fs_;
    if (f->inParams) {
        // A function made by a parameter expression: the scopes opened in
        // the parameter list (a class's name), the parameters, then what is
        // not a body variable, then the enclosing scopes.
        for (uint32_t i = f->catchScopes.size(); i-- > f->paramScopeMark;)
            if (f->catchScopes[i].atom == atom && !f->catchScopes[i].isWith)
                return makeUpvalDesc(UPVAL_PARENT_REGISTER, f->catchScopes[i].reg);
        if (const LocalVar *l = paramScopeLocal(atom)) return makeUpvalDesc(UPVAL_PARENT_REGISTER, l->reg);
        uint32_t *index = f->localIndex.find(atom);
        if (index && f->locals[*index].kind != LOCAL_VAR) return makeUpvalDesc(UPVAL_PARENT_REGISTER, f->locals[*index].reg);
        if (uint32_t *up = f->upvalIndex.find(atom)) return makeUpvalDesc(UPVAL_PARENT_UPVAL, *up);
        return makeUpvalDesc(UPVAL_GLOBAL, 0);
    }
    if (!inFunctionScope) {
        for (uint32_t i = f->catchScopes.size(); i-- > 0;)
            if (f->catchScopes[i].atom == atom)
                return makeUpvalDesc(UPVAL_PARENT_REGISTER, f->catchScopes[i].reg);
    }
    if (uint32_t *index = f->localIndex.find(atom))
        return makeUpvalDesc(UPVAL_PARENT_REGISTER, f->locals[*index].reg);
    if (uint32_t *index = f->upvalIndex.find(atom)) return makeUpvalDesc(UPVAL_PARENT_UPVAL, *index);
    return makeUpvalDesc(UPVAL_GLOBAL, 0);
}

bool Parser::fillUpvalDescs(uint32_t innerIndex, bool inFunctionScope) {
    if (fs_->pass != 2 || innerIndex >= fs_->inners.size()) return true;
    FunctionRecord &fn = functions_[fs_->inners[innerIndex].functionIndex];
    for (uint32_t i = 0, n = fn.upvalCount; i < n; i++)
        fn.setUpvalDesc(i, resolveUpvalDesc(fn.upvalAtom(i), inFunctionScope));
    return true;
}

bool Parser::emitPrologue() {
    FuncState *f = fs_;
#if ENG_MODULES
    if (module_ && f->isScript) return emitModulePrologue();
#endif
    if (f->isScript) {
        for (uint32_t i = 0; i < f->locals.size(); i++) {
            if (f->locals[i].atom == thisAtom_) emitABC(OP_LOADTHIS, f->locals[i].reg, 0, 0);
            if (f->locals[i].captured) emitABC(OP_NEWBOX, f->locals[i].reg, 0, 0);
        }
        if (!optionEvalCode_ && !emitGlobalLexicalPrologue()) return false;
        for (uint32_t k = 0; k < f->inners.size(); k++) {
            const InnerRecord &rec = f->inners[k];
            if (!rec.isDeclaration || rec.inBlock) continue;
            uint32_t t = allocReg();
            emitClosure(k, t);
            emitEvalDeclaration(rec.nameAtom, t);
            f->freeReg = t;
        }
        for (uint32_t i = 0; i < f->declOrder.size(); i++) {
            uint32_t atom = f->declOrder[i];
            if (*f->declared.find(atom) == 1) emitEvalDeclaration(atom, NO_REG);
        }
        return !ctx_->failed();
    }
    for (uint32_t i = 0; i < f->locals.size(); i++) {
        const LocalVar &l = f->locals[i];
        if (l.kind == LOCAL_CALLEE || l.atom == ctorAtom_) emitABC(OP_LOADCALLEE, l.reg, 0, 0);
        if (l.atom == thisAtom_) emitABC(OP_LOADTHIS, l.reg, 0, 0);
        if (l.atom == newTargetAtom_) emitABC(OP_NEWTARGET, l.reg, 0, 0);
        if (l.captured && !(f->mappedArguments && l.kind == LOCAL_PARAM)) emitABC(OP_NEWBOX, l.reg, 0, 0);
    }
    for (uint32_t k = 0; k < f->inners.size(); k++) {
        const InnerRecord &rec = f->inners[k];
        if (!rec.isDeclaration || rec.inBlock) continue;
        const LocalVar &l = f->locals[*f->localIndex.find(rec.nameAtom)];
        if (l.captured) {
            uint32_t t = allocReg();
            emitClosure(k, t);
            emitABC(OP_SETBOX, l.reg, t, 0);
            f->freeReg = t;
        } else {
            emitClosure(k, l.reg);
        }
    }
    return !ctx_->failed();
}

}  // namespace eng
