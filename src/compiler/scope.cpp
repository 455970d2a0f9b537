// Names: what each identifier means, the register layout of a function and
// the upvalue descriptors of its inner functions.
#include "compiler/parser.h"

namespace eng {

void Parser::noteReference(uint32_t atom) {
    FuncState *f = fs_;
    if (atom == NO_ATOM || f->referenced.contains(atom)) return;
    if (f->referenced.put(atom, 1)) f->refOrder.push(atom);
}

bool Parser::declareVar(uint32_t atom) {
    FuncState *f = fs_;
    if (f->pass != 1 || atom == NO_ATOM || f->declared.contains(atom)) return !ctx_->failed();
    return f->declared.put(atom, 1) && f->declOrder.push(atom);
}

namespace {

// Whether an enclosing function, still in its pass 1, binds the name
// (declarations seen so far: a later `var` is not known yet).
bool bindsInPass1(FuncState *p, uint32_t atom) {
    if (p->isScript) return false;
    if (p->declared.contains(atom) || atom == ATOM_ARGUMENTS) return true;
    for (uint32_t i = 0; i < p->params.size(); i++)
        if (p->params[i] == atom) return true;
    return p->isExpression && p->nameAtom == atom;
}

}  // namespace

// A `with` object that may hold `atom`, read from the hidden variable
// hiddenAtom (a local of this function or an upvalue). Pass 1 only makes
// sure the hidden variable reaches this function and that the name gets a
// constant index that GETFIELD/SETFIELD can use.
void Parser::addWithCandidate(uint32_t hiddenAtom, uint32_t atom) {
    FuncState *f = fs_;
    if (f->pass == 1) {
        noteReference(hiddenAtom);
        narrowStringConst(atom);
        return;
    }
    WithCandidate c;
    if (uint32_t *index = f->localIndex.find(hiddenAtom)) {
        const LocalVar &l = f->locals[*index];
        c.kind = l.captured ? E_BOX : E_LOCAL;
        c.index = l.reg;
    } else if (uint32_t *up = f->upvalIndex.find(hiddenAtom)) {
        c.kind = E_UPVAL;
        c.index = *up;
    } else {
        fail("Internal error: with scope not found");
        return;
    }
    f->withCands.push(c);
}

// Static resolution (catch parameter, local, upvalue, global), except that
// `with` statements between the reference and its binding, in this function
// or in enclosing ones, make it an E_WITHREF that checks their objects first.
ExprDesc Parser::resolveName(uint32_t atom, uint32_t line, uint32_t column) {
    FuncState *f = fs_;
    ExprDesc e;
    e.isName = true;
    e.atom = atom;
    e.line = line;
    e.column = column;
    uint32_t first = f->withCands.size();
    bool found = false;
    for (uint32_t i = f->catchScopes.size(); i-- > 0 && !found;) {
        const CatchScope &c = f->catchScopes[i];
        if (c.isWith) {
            addWithCandidate(c.atom, atom);
        } else if (c.atom == atom) {
            e.kind = c.boxed ? E_BOX : E_LOCAL;
            e.a = c.reg;
            found = true;
        }
    }
    if (!found && f->pass == 1) noteReference(atom);
    if (!found && f->pass == 2 && !f->isScript) {
        if (uint32_t *index = f->localIndex.find(atom)) {
            const LocalVar &l = f->locals[*index];
            e.kind = l.captured ? E_BOX : E_LOCAL;
            e.a = l.reg;
            e.readOnly = l.kind == LOCAL_CALLEE;
            found = true;
        }
    }
    if (!found) {
        // with statements of enclosing functions, up to the function that
        // binds the name (pass 1 of this function goes on past its own
        // locals, which it does not know yet: a superset is harmless).
        bool bound = false;
        for (FuncState *p = f->isScript ? nullptr : f->parent; p && !bound; p = p->parent) {
            for (uint32_t i = p->catchScopes.size(); i-- > 0 && !bound;) {
                const CatchScope &c = p->catchScopes[i];
                if (c.isWith) addWithCandidate(c.atom, atom);
                else if (c.atom == atom) bound = true;
            }
            if (!bound) bound = bindsInPass1(p, atom);
        }
        uint32_t *up = f->pass == 2 && !f->isScript ? f->upvalIndex.find(atom) : nullptr;
        if (up) {
            e.kind = E_UPVAL;
            e.a = *up;
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

// Pass 1: the free names of an inner function become references of this
// one, unless a catch parameter around the function expression binds them.
void Parser::noteInnerFree(const CompiledFunction &fn, bool isDeclaration) {
    FuncState *f = fs_;
    for (uint32_t i = 0; i < fn.upvalAtoms.size; i++) {
        uint32_t atom = fn.upvalAtoms.data[i];
        bool bound = false;
        if (!isDeclaration) {
            for (uint32_t k = f->catchScopes.size(); k-- > 0;) {
                const CatchScope &c = f->catchScopes[k];
                if (c.atom != atom || c.isWith) continue;
                if (f->catchCaptured.size() <= c.index) f->catchCaptured.resize(c.index + 1, 0);
                if (c.index < f->catchCaptured.size()) f->catchCaptured[c.index] = 1;
                bound = true;
                break;
            }
        }
        if (bound) continue;
        if (!f->innerFree.contains(atom)) f->innerFree.put(atom, 1);
        noteReference(atom);
    }
}

bool Parser::computeLayout() {
    FuncState *f = fs_;
    // Script code keeps register 0 for the completion value; its only
    // locals are hidden ones.
    uint32_t firstReg = f->isScript ? 1 : 0;
    auto addLocal = [&](uint32_t atom, uint8_t kind) -> bool {
        LocalVar l = {atom, static_cast<uint16_t>(firstReg + f->locals.size()), false, kind};
        if (firstReg + f->locals.size() >= MAX_REGISTERS) return fail("Too many local variables");
        return f->locals.push(l) && f->localIndex.put(atom, f->locals.size() - 1);
    };
    if (f->isScript) {
        f->completionReg = 0;
        for (uint32_t i = 0; i < f->withRecords.size(); i++) {
            if (!addLocal(f->withRecords[i].atom, LOCAL_HIDDEN)) return false;
            f->locals.back().captured = f->innerFree.contains(f->withRecords[i].atom);
        }
        f->nactive = f->freeReg = f->maxReg = firstReg + f->locals.size();
        return !ctx_->failed();
    }
    for (uint32_t i = 0; i < f->params.size(); i++)
        if (!addLocal(f->params[i], LOCAL_PARAM)) return false;
    for (uint32_t i = 0; i < f->declOrder.size(); i++)
        if (!f->localIndex.contains(f->declOrder[i]) && !addLocal(f->declOrder[i], LOCAL_VAR))
            return false;
    if (f->referenced.contains(ATOM_ARGUMENTS)) {
        uint32_t *index = f->localIndex.find(ATOM_ARGUMENTS);
        uint32_t *declaredAs = f->declared.find(ATOM_ARGUMENTS);
        bool shadowed = (index && f->locals[*index].kind == LOCAL_PARAM) || (declaredAs && *declaredAs == 2);
        if (!shadowed) {
            f->usesArguments = true;
            if (index) {
                f->locals[*index].kind = LOCAL_ARGUMENTS;
            } else if (!addLocal(ATOM_ARGUMENTS, LOCAL_ARGUMENTS)) {
                return false;
            }
            f->argumentsReg = f->locals[*f->localIndex.find(ATOM_ARGUMENTS)].reg;
        }
    }
    for (uint32_t i = 0; i < f->withRecords.size(); i++)
        if (!addLocal(f->withRecords[i].atom, LOCAL_HIDDEN)) return false;
    if (f->isExpression && f->nameAtom != NO_ATOM && !f->localIndex.contains(f->nameAtom) &&
        f->referenced.contains(f->nameAtom) && !(f->nameAtom == ATOM_ARGUMENTS && f->usesArguments)) {
        if (!addLocal(f->nameAtom, LOCAL_CALLEE)) return false;
    }
    // A sloppy function that uses `arguments` gets a mapped arguments object:
    // its parameters live in boxes that the executor makes (see image.h).
    f->mappedArguments = f->usesArguments && !f->strict && f->params.size() > 0;
    for (uint32_t i = 0; i < f->locals.size(); i++) {
        LocalVar &l = f->locals[i];
        uint32_t *bound = f->localIndex.find(l.atom);
        bool mapped = f->mappedArguments && l.kind == LOCAL_PARAM;
        l.captured = bound && *bound == i && (mapped || f->innerFree.contains(l.atom));
    }
    for (uint32_t i = 0; i < f->refOrder.size(); i++) {
        uint32_t atom = f->refOrder[i];
        if (f->localIndex.contains(atom)) continue;
        if (f->upvalAtoms.size() >= 256) return fail("Too many closure variables");
        if (!f->upvalIndex.put(atom, f->upvalAtoms.size()) || !f->upvalAtoms.push(atom)) return false;
    }
    f->nactive = f->freeReg = f->maxReg = f->locals.size();
    return !ctx_->failed();
}

uint32_t Parser::resolveUpvalDesc(uint32_t atom, bool inFunctionScope) {
    FuncState *f = fs_;
    if (!inFunctionScope) {
        for (uint32_t i = f->catchScopes.size(); i-- > 0;)
            if (f->catchScopes[i].atom == atom)
                return makeUpvalDesc(UPVAL_PARENT_REGISTER, f->catchScopes[i].reg);
    }
    if (uint32_t *index = f->localIndex.find(atom))
        return makeUpvalDesc(UPVAL_PARENT_REGISTER, f->locals[*index].reg);
    if (f->isScript) return makeUpvalDesc(UPVAL_GLOBAL, 0);
    if (uint32_t *index = f->upvalIndex.find(atom)) return makeUpvalDesc(UPVAL_PARENT_UPVAL, *index);
    return makeUpvalDesc(UPVAL_GLOBAL, 0);
}

bool Parser::fillUpvalDescs(uint32_t innerIndex, bool inFunctionScope) {
    if (fs_->pass != 2 || innerIndex >= fs_->inners.size()) return true;
    CompiledFunction &fn = functions_[fs_->inners[innerIndex].functionIndex];
    for (uint32_t i = 0; i < fn.upvalAtoms.size; i++)
        fn.upvalDescs.data[i] = resolveUpvalDesc(fn.upvalAtoms.data[i], inFunctionScope);
    return true;
}

bool Parser::emitPrologue() {
    FuncState *f = fs_;
    if (f->isScript) {
        for (uint32_t i = 0; i < f->locals.size(); i++)
            if (f->locals[i].captured) emitABC(OP_NEWBOX, f->locals[i].reg, 0, 0);
        for (uint32_t k = 0; k < f->inners.size(); k++) {
            const InnerRecord &rec = f->inners[k];
            if (!rec.isDeclaration) continue;
            uint32_t t = allocReg();
            fillUpvalDescs(k, true);
            emitABx(OP_CLOSURE, t, k);
            emitABx(OP_DECLFUNC, t, stringConst(rec.nameAtom));
            f->freeReg = t;
        }
        for (uint32_t i = 0; i < f->declOrder.size(); i++) {
            uint32_t atom = f->declOrder[i];
            if (*f->declared.find(atom) == 1) emitABx(OP_DECLVAR, 0, stringConst(atom));
        }
        return !ctx_->failed();
    }
    for (uint32_t i = 0; i < f->locals.size(); i++) {
        const LocalVar &l = f->locals[i];
        if (l.kind == LOCAL_CALLEE) emitABC(OP_LOADCALLEE, l.reg, 0, 0);
        if (l.captured && !(f->mappedArguments && l.kind == LOCAL_PARAM)) emitABC(OP_NEWBOX, l.reg, 0, 0);
    }
    for (uint32_t k = 0; k < f->inners.size(); k++) {
        const InnerRecord &rec = f->inners[k];
        if (!rec.isDeclaration) continue;
        const LocalVar &l = f->locals[*f->localIndex.find(rec.nameAtom)];
        fillUpvalDescs(k, true);
        if (l.captured) {
            uint32_t t = allocReg();
            emitABx(OP_CLOSURE, t, k);
            emitABC(OP_SETBOX, l.reg, t, 0);
            f->freeReg = t;
        } else {
            emitABx(OP_CLOSURE, l.reg, k);
        }
    }
    return !ctx_->failed();
}

}  // namespace eng
