// Classes (ES2015 14.5, ES2022 fields and static blocks), new.target and
// super, compiled in the same single pass as everything else.
//
// A class evaluates, in registers base..base+3 of the enclosing function:
//   base     the constructor F (its CLOSURE is emitted at `{`: pass 1
//            records where the constructor is among the class's inner
//            functions, FuncState::classRecords, as its text may come
//            anywhere in the body, or be implicit and made after it)
//   base+1   the heritage, then the prototype object (CLASS)
//   base+2   the instance field list (key, initialiser pairs), made on the
//            first field; it goes to the constructor's %fields slot
//   base+3   the static field list (static blocks have an undefined key),
//            run on F once the class binding is initialised
// Methods, accessors and field initialisers are functions of their own.
// A function that uses super gets its home object in an upvalue named
// %home, which the parent fills with SETHOME after CLOSURE (no field on
// closures); a constructor gets its field list the same way (%fields).
// Derived constructors keep `this` in a hidden variable (%this) that starts
// empty; super() constructs the parent with new.target, checks it is still
// empty, stores the object there and runs the field list.
#include "compiler/parser.h"
#include "strings/format.h"

namespace eng {

namespace {

constexpr uint32_t kImplicitCtor = 0x80000000u;

ExprDesc inRegister(uint32_t reg) {
    ExprDesc e;
    e.kind = E_REG;
    e.a = reg;
    return e;
}

}  // namespace

bool Parser::internClassAtoms() {
    if (homeAtom_ != NO_ATOM) return true;
    newTargetAtom_ = atoms_.internAscii("%newtarget");
    ctorAtom_ = atoms_.internAscii("%ctor");
    homeAtom_ = atoms_.internAscii("%home");
    fieldsAtom_ = atoms_.internAscii("%fields");
    fieldInitAtom_ = atoms_.internAscii("%fieldinit");
    return !ctx_->failed();
}

// ES2022 15.7.1: `await` may not be an identifier in a class static block,
// nor in the parameter lists of arrow functions there (their bodies may use
// it). Not yet: a lone unparenthesized arrow parameter named await.
bool Parser::checkAwaitName(uint32_t atom, uint32_t line, uint32_t column) {
    // `yield` is an operator in generator code (ES2015 14.4.1), never a name.
    // So it is in the parameters of arrow functions there, whose
    // ArrowParameters take [Yield] from around them (ES2023 15.3).
    const char *message = ENG_MESSAGE("Unexpected identifier 'yield' in a generator");
    bool yieldReserved = fs_->isGenerator;
    for (const FuncState *g = fs_; !yieldReserved && g->isArrow && g->inParams && g->parent;) {
        g = g->parent;
        yieldReserved = g->isGenerator;
    }
    if (!yieldReserved || atom != ATOM_YIELD) {
        const FuncState *f = fs_;
        while (f->isArrow && f->inParams && f->parent) f = f->parent;
        // Nor in async code (ES2017 15.8.1), where it is an operator.
        bool reserved = f->staticBlock || awaitIsOperator();
#if ENG_MODULES
        reserved = reserved || module_;  // module code: always (ES2023 13.1.1)
#endif
        if (!reserved || !atoms_.equalsAscii(atom, "await")) return true;
        message = ENG_MESSAGE("Unexpected reserved word");
#if ENG_MODULES
        if (module_ && fs_->isScript)
            message = ENG_MESSAGE("Unexpected reserved word 'await' (module code; top-level await is not supported)");
#endif
    }
    return failAt(message, line, column);
}

// Eval code (the function that this and new.target are of is the eval
// code itself): whether its caller passed the hidden binding on.
bool Parser::evalOuterHas(uint32_t atom) {
    FuncState *t = fs_;
    while (t->isArrow && t->parent) t = t->parent;
    return t->isScript && t->hasOuter && atom != NO_ATOM && t->upvalIndex.contains(atom);
}

// In async code, and in the parameters of arrow functions there (their
// ArrowParameters take [Await] from around them, ES2023 15.3), await is an
// operator.
bool Parser::awaitIsOperator() const {
    const FuncState *f = fs_;
    bool async = f->isAsync;
    while (!async && f->isArrow && f->inParams && f->parent) {
        f = f->parent;
        async = f->isAsync;
    }
    return async;
}

const FuncState *Parser::thisFunction() const {
    const FuncState *f = fs_;
    while (f->isArrow && f->parent) f = f->parent;
    return f;
}

// The this value for super references: a derived constructor's binding is
// checked (ReferenceError before super()).
void Parser::thisValueTo(uint32_t reg) {
    const FuncState *t = thisFunction();
    if (t->classCtor == 2 || fs_->isArrow) {
        ExprDesc b = resolveHidden(thisAtom_);
        dischargeTo(b, reg);
        if (t->classCtor == 2) emitABC(OP_CHECKTHIS, reg, 0, 0);
    } else {
        emitABC(OP_LOADTHIS, reg, 0, 0);
    }
}

bool Parser::parseDerivedThis(ExprDesc &e) {
    uint32_t r = allocReg();
    setPos(lex_.token.line, lex_.token.column);
    thisValueTo(r);
    e = inRegister(r);
    return !ctx_->failed();
}

// `new` has been read and the token is '.': new.target (ES2015 12.3.8).
bool Parser::parseNewTarget(ExprDesc &e, uint32_t line, uint32_t column) {
    if (!internClassAtoms() || !next()) return false;
    if (!check(T_IDENT) || lex_.token.escaped || !atoms_.equalsAscii(tokenAtom(), "target")) return unexpected();
    // Eval code: only where its caller (not an arrow's) passed it on.
    bool fromOuter = evalOuterHas(newTargetAtom_);
    if (thisFunction()->isScript && !fromOuter)
        return failAt(ENG_MESSAGE("new.target expression is not allowed here"), line, column);
    uint32_t r = allocReg();
    setPos(line, column);
    if (fs_->isArrow || fromOuter) {
        ExprDesc b = resolveHidden(newTargetAtom_);
        dischargeTo(b, r);
    } else {
        emitABC(OP_NEWTARGET, r, 0, 0);
    }
    e = inRegister(r);
    return next();
}

// The field list of the class whose constructor this is (or that an arrow
// function is in) runs on the object (NO_REG: this).
bool Parser::emitFieldInit(uint32_t objectReg) {
    uint32_t saved = fs_->freeReg;
    uint32_t obj = objectReg;
    if (obj == NO_REG) {
        obj = allocReg();
        emitABC(OP_LOADTHIS, obj, 0, 0);
    }
    ExprDesc list = resolveHidden(fieldsAtom_);
    uint32_t r = allocReg();
    dischargeTo(list, r);
    emitABC(OP_INITFIELDS, obj, r, 0);
    fs_->freeReg = saved;
    return !ctx_->failed();
}

// After SUPERCALL left the new object in resultReg: bind this (once) and
// initialise the fields.
bool Parser::emitSuperCallTail(uint32_t resultReg) {
    ExprDesc binding = resolveHidden(thisAtom_);
    ExprDesc current = binding;
    uint32_t saved = fs_->freeReg;
    uint32_t t = allocReg();
    dischargeTo(current, t);
    emitABC(OP_CHECKSUPER, t, 0, 0);
    fs_->freeReg = saved;
    storeTo(binding, resultReg);
    return emitFieldInit(resultReg);
}

// super(...), super.name, super[expr] (ES2015 12.3.5, 12.3.7).
bool Parser::parseSuper(ExprDesc &e) {
    const Token tok = lex_.token;
    if (!internClassAtoms() || !next()) return false;
    const FuncState *t = thisFunction();
    if (check(T_LPAREN)) {
        if (t->classCtor != 2) return failAt(ENG_MESSAGE("'super' keyword unexpected here"), tok.line, tok.column);
        uint32_t base = allocReg();
        allocReg();
        setPos(tok.line, tok.column);
        if (fs_->isArrow) {
            ExprDesc f = resolveHidden(ctorAtom_), nt = resolveHidden(newTargetAtom_);
            dischargeTo(f, base);
            dischargeTo(nt, base + 1);
        } else {
            emitABC(OP_LOADCALLEE, base, 0, 0);
            emitABC(OP_NEWTARGET, base + 1, 0, 0);
        }
        uint32_t count = 0;
        bool spread = false;
        if (!parseArguments(base, &count, &spread)) return false;
        setPos(tok.line, tok.column);
        emitABC(OP_SUPERCALL, base, spread ? 0 : count, spread ? 1 : 0);
        fs_->freeReg = base + 1;
        if (!emitSuperCallTail(base)) return false;
        e = inRegister(base);
        return !ctx_->failed();
    }
    if (!check(T_DOT) && !check(T_LBRACKET)) return failAt(ENG_MESSAGE("'super' keyword unexpected here"),
                                                           tok.line, tok.column);
    if (!t->isMethod && !t->classCtor && !evalOuterHas(homeAtom_))
        return failAt(ENG_MESSAGE("'super' keyword unexpected here"), tok.line, tok.column);
    uint32_t base = allocReg();
    allocReg();
    allocReg();
    setPos(tok.line, tok.column);
    ExprDesc home = resolveHidden(homeAtom_);
    dischargeTo(home, base);
    thisValueTo(base + 1);
    uint32_t line = lex_.token.line, column = lex_.token.column;
    if (check(T_DOT)) {
        if (!next()) return false;
        if (!isIdentifierName()) return unexpected();
        emitABx(OP_LOADK, base + 2, stringConst(tokenAtom()));
        if (!next()) return false;
    } else {
        if (!next()) return false;
        ExprDesc key;
        if (!parseExpression(key, false) || !expect(T_RBRACKET)) return false;
        freeExpr(key);
        dischargeTo(key, base + 2);
        fs_->freeReg = base + 3;
    }
    e = ExprDesc();
    e.kind = E_SUPER;
    e.a = base;
    e.line = line;
    e.column = column;
    return !ctx_->failed();
}

// SETHOME: closureReg's upvalue slotAtom, if the inner function has one,
// gets a box holding valueReg.
void Parser::emitSlot(uint32_t inner, uint32_t closureReg, uint32_t slotAtom, uint32_t valueReg) {
    if (fs_->pass != 2 || inner >= fs_->inners.size()) return;
    const FunctionRecord &fn = functions_[fs_->inners[inner].functionIndex];
    for (uint32_t i = 0; i < fn.upvalCount; i++)
        if (fn.upvalAtom(i) == slotAtom) {
            emitABC(OP_SETHOME, closureReg, valueReg, i);
            return;
        }
}

bool Parser::parseClassDeclaration() {
    const Token tok = lex_.token;
    if (!next()) return false;
    if (!check(T_IDENT)) return unexpected();
    const Token nameTok = lex_.token;
    uint32_t name = tokenAtom();
    FuncState *f = fs_;
    bool strict = f->strict;
    f->strict = true;  // the class name is strict code too
    bool ok = checkBinding(name, nameTok);
    f->strict = strict;
    uint32_t slot;
    if (!ok || !declareLexical(name, LEX_CLASS, nameTok, &slot) || !next()) return false;
    ExprDesc value;
    if (!parseClassTail(value, name, NO_ATOM, false, tok.start)) return false;
    f->nameWrites++;
    setPos(tok.line, tok.column);
    if (f->pass == 1) {
        discard(value);
    } else if (slot == NO_REG) {
        uint32_t r = toAnyReg(value);
#if ENG_MODULES
        if (module_) emitModuleInit(name, r);
        else
#endif
        emitABx(OP_INITLEX, r, stringConst(name));
        freeExpr(value);
    } else {
        CatchScope c = f->catchScopes[slot];
        if (!c.boxed) {
            moveToLocal(c.reg, value);
        } else {
            uint32_t r = toAnyReg(value);
            emitABC(OP_SETBOX, c.reg, r, 0);
            freeExpr(value);
        }
    }
    return completeLexical(slot);
}

bool Parser::parseClassExpression(ExprDesc &e) {
    const Token tok = lex_.token;
    uint32_t hint = functionHint_;
    bool defer = functionDefer_;
    functionHint_ = NO_ATOM;
    functionDefer_ = false;
    if (!next()) return false;
    uint32_t name = NO_ATOM;
    if (check(T_IDENT)) {
        name = tokenAtom();
        FuncState *f = fs_;
        bool strict = f->strict;
        f->strict = true;
        bool ok = checkBinding(name, lex_.token);
        f->strict = strict;
        if (!ok || !next()) return false;
    }
    return parseClassTail(e, name, name == NO_ATOM ? hint : NO_ATOM, defer, tok.start);
}

// From `extends` or `{` on. The value (F) ends in a new register.
bool Parser::parseClassTail(ExprDesc &e, uint32_t name, uint32_t hint, bool defer, uint32_t start) {
    FuncState *f = fs_;
    if (!internClassAtoms() || !enter()) return false;
    bool savedStrict = f->strict;
    f->strict = lex_.strict = true;  // all parts of a class are strict (ES2015 10.2.1)
    uint32_t savedActive = f->nactive;
    uint32_t outerFree = f->freeReg;
    uint32_t slot = NO_REG;
    // The class scope: the inner, immutable name binding and the private
    // names, whose registers sit above the temporaries of the expression
    // around.
    f->nactive = f->freeReg;
    Token nameTok = lex_.token;
    bool ok = openScope(SCOPE_BLOCK);
    if (ok && name != NO_ATOM) ok = declareLexical(name, LEX_CONST, nameTok, &slot);
    uint32_t base = allocReg();
    allocReg();
    allocReg();
    allocReg();
    bool derived = false;
    if (ok && check(T_EXTENDS)) {
        derived = true;
        ExprDesc heritage;
        ok = next() && parseLeftHandSide(heritage);
        if (ok) {
            freeExpr(heritage);
            dischargeTo(heritage, base + 1);
            f->freeReg = base + 4;
        }
    }
    if (ok && !check(T_LBRACE)) ok = unexpected();
    // The heritage sees the private names of the enclosing classes only.
    PrivateScope ps = {privateDecls_.size(), privateUses_.size()};
    if (ok) ok = privateScopes_.push(ps);
    uint32_t ctorInner = NO_REG;
    uint32_t innersStart = f->pass == 1 ? f->inners.size() : f->innerCursor;
    bool implicit = false;
    // The record's place is taken now: classes nested in computed keys
    // finish first but are reached later.
    uint32_t record = f->classRecords.size();
    if (ok && f->pass == 1) ok = f->classRecords.push(0);
    if (ok && f->pass == 2) {
        if (f->classCursor >= f->classRecords.size()) {
            ok = fail(ENG_MESSAGE("Internal error: class records out of step"));
        } else {
            uint32_t rec = f->classRecords[f->classCursor++];
            implicit = (rec & kImplicitCtor) != 0;
            ctorInner = innersStart + (rec & ~kImplicitCtor);
            ok = emitPrivateNames();
            emitClosure(ctorInner, base);
            emitABC(OP_CLASS, base, 0, derived ? 1 : 0);
            emitABC(OP_LOADUNDEF, base + 2, 0, 0);
            emitABC(OP_LOADUNDEF, base + 3, 0, 0);
            emitSlot(ctorInner, base, homeAtom_, base + 1);
        }
    }
    if (ok) ok = next();
    bool sawCtor = false;
    uint32_t lists = 0;  // bit 0: instance fields seen, bit 1: static ones
    while (ok && !check(T_RBRACE)) {
        if (check(T_EOF)) {
            ok = unexpected();
            break;
        }
        uint32_t ctorAt = NO_REG;
        ok = parseClassElement(base, derived, name, &lists, &ctorAt);
        if (ok && ctorAt != NO_REG) {
            if (sawCtor) ok = fail(ENG_MESSAGE("A class may only have one constructor"));
            sawCtor = true;
            if (f->pass == 1) ctorInner = ctorAt;
        }
    }
    if (!ok) {
        leave();
        return false;
    }
    uint32_t endLine = lex_.token.line, endColumn = lex_.token.column;
    if (f->pass == 1) {
        if (!sawCtor && !compileImplicitConstructor(derived, name, start, &ctorInner)) {
            leave();
            return false;
        }
        f->classRecords[record] = (ctorInner - innersStart) | (sawCtor ? 0 : kImplicitCtor);
    } else if (implicit) {
        f->innerCursor++;
    }
    setPos(endLine, endColumn);
    emitSlot(ctorInner, base, fieldsAtom_, base + 2);
    if (f->pass == 2 && slot != NO_REG) {
        CatchScope c = f->catchScopes[slot];
        emitABC(c.boxed ? OP_SETBOX : OP_MOV, c.reg, base, 0);
    }
    if ((slot != NO_REG && !completeLexical(slot)) || !closePrivateScope()) {
        leave();
        return false;
    }
    // Static fields and blocks, in order, with this = F.
    if (lists & 2) emitABC(OP_INITFIELDS, base, base + 3, 0);
    f->strict = savedStrict;
    lex_.strict = savedStrict;
    if (!next()) {
        leave();
        return false;
    }
    if (hint != NO_ATOM && !nameAnonymousFunction(ctorInner, hint, false, defer)) {
        leave();
        return false;
    }
    if (!closeScope()) {
        leave();
        return false;
    }
    f->nactive = savedActive;
    f->freeReg = outerFree;
    uint32_t dest = allocReg();
    if (dest != base) emitABC(OP_MOV, dest, base, 0);
    e = inRegister(dest);
    leave();
    return !ctx_->failed();
}

// One ClassElement (ES2022 15.7): `;`, a method, accessor or field,
// static or not, public or private, a static block, or the constructor
// (*ctorAt: its inner index, which pass 2 already made at the class's
// start). *lists: bit 0 once the instance element list exists, bit 1 the
// static one.
bool Parser::parseClassElement(uint32_t base, bool derived, uint32_t className, uint32_t *lists, uint32_t *ctorAt) {
    FuncState *f = fs_;
    if (check(T_SEMICOLON)) return next();
    const Token tok = lex_.token;
    bool isStatic = false;
    int accessor = 0;
    uint32_t key = NO_ATOM;
    Token keyTok = tok;
    // `static`, `get`, `set` and `async` are modifiers unless a member is named so.
    auto endsName = [&]() {
        return check(T_LPAREN) || check(T_ASSIGN) || check(T_SEMICOLON) || check(T_RBRACE) ||
               (lex_.token.newlineBefore && !check(T_LBRACKET) && !check(T_STRING) && !check(T_NUMBER) &&
                !check(T_PRIVATE_NAME) && !isIdentifierName());
    };
    if (check(T_IDENT) && !tok.escaped && atoms_.equalsAscii(tokenAtom(), "static")) {
        uint32_t word = tokenAtom();
        if (!next()) return false;
        if (endsName()) key = word;
        else isStatic = true;
    }
    uint32_t staticList = base + 3;
    if (key == NO_ATOM && isStatic && check(T_LBRACE)) {
        uint32_t inner;
        if (!parseStaticBlock(&inner)) return false;
        uint32_t saved = f->freeReg;
        if (!(*lists & 2)) emitABC(OP_NEWARR, staticList, 0, 0);
        *lists |= 2;
        uint32_t k = allocReg(), fn = allocReg();
        setPos(tok.line, tok.column);
        emitClosure(inner, fn);
        emitSlot(inner, fn, homeAtom_, base);
        emitABC(OP_LOADUNDEF, k, 0, 0);
        if (!appendElement(staticList, k, fn, 4)) return false;
        f->freeReg = saved;
        return !ctx_->failed();
    }
    bool generator = key == NO_ATOM && check(T_STAR);  // *name() {}: a generator method
    if (generator) {
        if (!next()) return false;
        keyTok = lex_.token;
    }
    bool async = false;  // async name() {}
    if (key == NO_ATOM && !generator && isAsyncWord()) {
        Token t = lex_.token;
        if (!next()) return false;
        if (!endsName() && !lex_.token.newlineBefore) {
            async = true;
            if (check(T_STAR)) {  // async *name() {}
                generator = true;
                if (!next()) return false;
            }
            keyTok = lex_.token;
        } else {
            key = t.type == T_IDENT ? atoms_.internAscii("async") : NO_ATOM;
            keyTok = t;
        }
    }
    if (key == NO_ATOM && !generator && !async && check(T_IDENT) && !lex_.token.escaped &&
        (atoms_.equalsAscii(tokenAtom(), "get") || atoms_.equalsAscii(tokenAtom(), "set"))) {
        uint32_t word = tokenAtom();
        Token wordTok = lex_.token;
        if (!next()) return false;
        if (endsName()) {
            key = word;
            keyTok = wordTok;
        } else {
            accessor = atoms_.equalsAscii(word, "get") ? 1 : 2;
        }
    }
    uint32_t saved = f->freeReg;
    uint32_t keyReg = NO_REG;
    bool isPrivate = false;
    if (key == NO_ATOM) {
        keyTok = lex_.token;
        if (check(T_LBRACKET)) {
            if (!next()) return false;
            ExprDesc k;
            if (!parseAssignment(k, false) || !expect(T_RBRACKET)) return false;
            uint32_t r = toAnyReg(k);
            freeExpr(k);
            keyReg = allocReg();
            setPos(keyTok.line, keyTok.column);
            emitABC(OP_TOKEY, keyReg, r, base);
        } else if (check(T_PRIVATE_NAME)) {
            key = tokenAtom();
            isPrivate = true;
            if (atoms_.equalsAscii(key, "#constructor"))
                return failAt(ENG_MESSAGE("Classes may not have a private field named '#constructor'"),
                              keyTok.line, keyTok.column);
            if (!next()) return false;
            uint8_t kinds = static_cast<uint8_t>((accessor == 1 ? 2 : accessor == 2 ? 4 : 1) | (isStatic ? 8 : 0));
            if (!declarePrivate(key, kinds, keyTok)) return false;
        } else if (!parsePropertyName(&key)) {
            return false;
        }
    }
    bool computed = keyReg != NO_REG;
    bool stringKey = !computed && !isPrivate && keyTok.type != T_NUMBER;
    if (isPrivate) {
        // Its name's binding (made at the class's start) is the key.
        ExprDesc n = resolveName(key, keyTok.line, keyTok.column);
        keyReg = toNextReg(n);
    }
    if ((generator || async) && !check(T_LPAREN)) return unexpected();
    if (accessor || check(T_LPAREN)) {
        bool isCtor = !isStatic && stringKey && atoms_.equalsAscii(key, "constructor");
        if (isCtor) {
            if (accessor) return failAt(ENG_MESSAGE("Class constructor may not be an accessor"), keyTok.line, keyTok.column);
            if (generator) return failAt(ENG_MESSAGE("Class constructor may not be a generator"), keyTok.line, keyTok.column);
            if (async) return failAt(ENG_MESSAGE("Class constructor may not be an async method"), keyTok.line, keyTok.column);
            uint32_t inner;
            if (!parseFunction(false, derived ? 5 : 4, className, tok.start, &inner)) return false;
            *ctorAt = inner;
            return !ctx_->failed();
        }
        if (isStatic && stringKey && atoms_.equalsAscii(key, "prototype"))
            return failAt(ENG_MESSAGE("Classes may not have a static property named 'prototype'"),
                          keyTok.line, keyTok.column);
        uint32_t name = NO_ATOM;
        if (!computed) name = accessor ? prefixedName(accessor == 1 ? "get " : "set ", key) : key;
        uint32_t inner;
        generatorNext_ = generator;
        asyncNext_ = async;
        if (!parseFunction(false, accessor ? accessor : 3, name, keyTok.start, &inner)) return false;
        uint32_t target = isStatic ? base : base + 1;
        uint32_t fn = allocReg();
        setPos(keyTok.line, keyTok.column);
        emitClosure(inner, fn);
        emitSlot(inner, fn, homeAtom_, target);
        if (isPrivate) {
            // Private methods are added to each object (or to the class) by
            // the element list, before its fields.
            uint32_t list = isStatic ? staticList : base + 2;
            uint32_t bit = isStatic ? 2 : 1;
            if (!(*lists & bit)) emitABC(OP_NEWARR, list, 0, 0);
            *lists |= bit;
            if (!appendElement(list, keyReg, fn, accessor == 0 ? 1 : accessor == 1 ? 2 : 3)) return false;
            f->freeReg = saved;
            return !ctx_->failed();
        }
        if (computed) {
            emitABC(OP_SETNAME, fn, keyReg, static_cast<uint32_t>(accessor));
        } else {
            keyReg = allocReg();
            emitABx(OP_LOADK, keyReg, stringConst(key));
        }
        emitABC(accessor == 0 ? OP_DEFMETHOD : accessor == 1 ? OP_DEFGET : OP_DEFSET, target, keyReg, fn);
        f->freeReg = saved;
        return !ctx_->failed();
    }
    // A field: `key = initialiser;` or `key;`
    if (stringKey && (atoms_.equalsAscii(key, "constructor") || (isStatic && atoms_.equalsAscii(key, "prototype"))))
        return failAt(ENG_MESSAGE("Classes may not have a field named 'constructor' or a static one named 'prototype'"),
                      keyTok.line, keyTok.column);
    uint32_t list = isStatic ? staticList : base + 2;
    uint32_t bit = isStatic ? 2 : 1;
    if (!(*lists & bit)) emitABC(OP_NEWARR, list, 0, 0);
    *lists |= bit;
    if (!computed && !isPrivate) {
        keyReg = allocReg();
        emitABx(OP_LOADK, keyReg, stringConst(key));
    }
    uint32_t fn = allocReg();
    if (check(T_ASSIGN)) {
        if (!next()) return false;
        uint32_t inner;
        nameHint_ = computed ? NO_ATOM : key;
        if (!parseFieldInitializer(&inner)) return false;
        setPos(keyTok.line, keyTok.column);
        emitClosure(inner, fn);
        emitSlot(inner, fn, homeAtom_, isStatic ? base : base + 1);
    } else {
        emitABC(OP_LOADUNDEF, fn, 0, 0);
    }
    if (!appendElement(list, keyReg, fn, 0)) return false;
    f->freeReg = saved;
    return consumeSemicolon();
}

// An element list entry: (key, value, kind) (vm/class_ops.h ClassElementKind).
bool Parser::appendElement(uint32_t list, uint32_t key, uint32_t value, int kind) {
    uint32_t saved = fs_->freeReg;
    uint32_t k = allocReg();
    emitABC(OP_APPEND, list, key, 0);
    emitABC(OP_APPEND, list, value, 0);
    loadNumber(k, kind);
    emitABC(OP_APPEND, list, k, 0);
    fs_->freeReg = saved;
    return !ctx_->failed();
}

// Pass 2, at the class's `{`: a new private name in each binding of the
// class scope that holds one (the scope is made with all its names, so
// methods can use names declared after them).
bool Parser::emitPrivateNames() {
    FuncState *f = fs_;
    for (uint32_t i = f->openScopes.back().bindingMark; i < f->catchScopes.size(); i++) {
        CatchScope &c = f->catchScopes[i];
        if (c.lexical == LEX_NONE || atoms_.length(c.atom) == 0 || atoms_.unit(c.atom, 0) != '#') continue;
        if (c.boxed) {
            uint32_t saved = f->freeReg;
            uint32_t t = allocReg();
            emitABx(OP_NEWPRIVATE, t, stringConst(c.atom));
            emitABC(OP_SETBOX, c.reg, t, 0);
            f->freeReg = saved;
        } else {
            emitABx(OP_NEWPRIVATE, c.reg, stringConst(c.atom));
        }
        c.initialized = true;
    }
    return !ctx_->failed();
}

// A private name declared by the class being parsed: its binding in the
// class scope, once (a getter and a setter share one).
bool Parser::declarePrivate(uint32_t atom, uint8_t kinds, const Token &token) {
    const PrivateScope &ps = privateScopes_.back();
    for (uint32_t i = ps.decls; i < privateDecls_.size(); i++) {
        PrivateDecl &d = privateDecls_[i];
        if (d.atom != atom) continue;
        bool pair = ((d.kinds | kinds) & 1) == 0 && (d.kinds & kinds & 6) == 0 && ((d.kinds ^ kinds) & 8) == 0;
        if (!pair) return failRedeclared(atom, token);
        d.kinds |= kinds;
        return true;
    }
    PrivateDecl d = {atom, kinds};
    if (!privateDecls_.push(d)) return false;
    uint32_t slot;
    return declareLexical(atom, LEX_CONST, token, &slot) && completeLexical(slot);
}

bool Parser::failUndeclaredPrivate(uint32_t atom, uint32_t line, uint32_t column) {
    char buf[160];
    uint32_t n = static_cast<uint32_t>(formatText(buf, sizeof buf, "Private field '"));
    for (uint32_t k = 0; k < atoms_.length(atom) && n < 120; k++) {
        uint16_t u = atoms_.unit(atom, k);
        buf[n++] = u < 128 ? static_cast<char>(u) : '?';
    }
    formatText(buf + n, sizeof buf - n, "' must be declared in an enclosing class");
    return failAt(buf, line, column);
}

// Direct eval code sees the private names of the classes around its call
// (ES2023 19.2.1.1 step 8): the caller passed their bindings on.
bool Parser::outerPrivateName(uint32_t atom) {
    FuncState *root = fs_;
    while (root->parent) root = root->parent;
    return root->isScript && root->hasOuter && root->upvalIndex.contains(atom);
}

bool Parser::notePrivateUse(uint32_t atom, uint32_t line, uint32_t column) {
    if (privateScopes_.empty())
        return outerPrivateName(atom) ? true : failUndeclaredPrivate(atom, line, column);
    PrivateUse u = {atom, line, column};
    return privateUses_.push(u);
}

// At the end of a class: its uses of names it does not declare go to the
// enclosing class, or are a SyntaxError (ES2022 15.7.1 AllPrivateIdentifiersValid).
bool Parser::closePrivateScope() {
    PrivateScope ps = privateScopes_.back();
    privateScopes_.pop();
    uint32_t kept = ps.uses;
    for (uint32_t i = ps.uses; i < privateUses_.size(); i++) {
        PrivateUse u = privateUses_[i];
        bool declared = false;
        for (uint32_t k = ps.decls; k < privateDecls_.size() && !declared; k++)
            declared = privateDecls_[k].atom == u.atom;
        if (declared) continue;
        if (privateScopes_.empty() && !outerPrivateName(u.atom)) return failUndeclaredPrivate(u.atom, u.line, u.column);
        if (privateScopes_.empty()) continue;
        privateUses_[kept++] = u;
    }
    privateUses_.truncate(kept);
    privateDecls_.truncate(ps.decls);
    return true;
}

// object.#name (the '.' has been read).
bool Parser::parsePrivateMember(ExprDesc &e) {
    uint32_t atom = tokenAtom();
    uint32_t line = lex_.token.line, column = lex_.token.column;
    if (!notePrivateUse(atom, line, column)) return false;
    if (e.kind != E_LOCAL) {
        compact(e);
        toAnyReg(e);
    }
    ExprDesc n = resolveName(atom, line, column);
    uint32_t nameReg = toNextReg(n);
    ExprDesc m;
    m.kind = E_PRIVATE;
    m.a = e.a;
    m.b = nameReg;
    m.line = line;
    m.column = column;
    e = m;
    return next();
}

// `#name in object` (ES2022): the name, marked for the `in` that must follow.
bool Parser::parsePrivateIn(ExprDesc &e) {
    uint32_t atom = tokenAtom();
    uint32_t line = lex_.token.line, column = lex_.token.column;
    if (!notePrivateUse(atom, line, column) || !next()) return false;
    if (!check(T_IN)) return failAt(ENG_MESSAGE("Unexpected private name"), line, column);
    ExprDesc n = resolveName(atom, line, column);
    uint32_t r = toNextReg(n);
    e = inRegister(r);
    e.privateIn = true;
    return true;
}

// A field's initialiser: a method of its own (this is the object, its home
// the prototype or the class) returning the expression (compiled like an
// arrow function's expression body).
bool Parser::parseFieldInitializer(uint32_t *inner) {
    FuncState *parent = fs_;
    uint32_t hint = nameHint_;
    nameHint_ = NO_ATOM;
    if (parent->pass == 2) {
        const InnerRecord *rec = skipCompiledInner(inner);
        if (!rec || !next()) return false;
        lex_.token.newlineBefore = rec->endNewline;
        return true;
    }
    OwnedFuncState owned(ctx_);
    FuncState *childState = beginInnerFunction(owned, lex_.token);
    if (!childState) return false;
    FuncState &child = *childState;
    child.strict = true;
    child.isMethod = true;
    child.fieldInit = true;
    uint32_t functionIndex = 0;
    LexerPosition end = {0, 0, 0};
    bool endNewline = false;
    nameHint_ = hint;
    uint32_t line = child.startLine, column = child.startColumn;
    bool ok = compileConciseBody(child, false, &end, &endNewline);
    // ES2022 15.7.1: an initialiser may not use `arguments` (arrow functions in it included).
    if (ok && child.nameUses.contains(ATOM_ARGUMENTS))
        ok = failAt(ENG_MESSAGE("'arguments' is not allowed in class field initializer or static initialization block"),
                    line, column);
    if (ok) ok = finishFunction(child, lex_.token.start, &functionIndex);
    InnerRecord rec = {functionIndex, end, NO_ATOM, false, true, endNewline, false};
    return endInnerFunction(parent, ok, rec, inner);
}

// `static { ... }` (ES2022): a method called once with this = the class.
bool Parser::parseStaticBlock(uint32_t *inner) {
    FuncState *parent = fs_;
    if (parent->pass == 2) return skipCompiledInner(inner) && next();
    OwnedFuncState owned(ctx_);
    FuncState *childState = beginInnerFunction(owned, lex_.token);
    if (!childState) return false;
    FuncState &child = *childState;
    child.strict = true;
    child.isMethod = true;
    child.staticBlock = true;
    uint32_t functionIndex = 0;
    LexerPosition end = {0, 0, 0};
    LexerPosition bodyStart = lex_.position();
    bool ok = next() && compileFunctionBody(child, bodyStart, &end);
    if (ok && child.nameUses.contains(ATOM_ARGUMENTS))
        ok = failAt(ENG_MESSAGE("'arguments' is not allowed in class field initializer or static initialization block"),
                    child.startLine, child.startColumn);
    if (ok) ok = finishFunction(child, lex_.token.end, &functionIndex);
    InnerRecord rec = {functionIndex, end, NO_ATOM, false, false, false, false};
    return endInnerFunction(parent, ok, rec, inner) && next();
}

// A class without a constructor gets `constructor() {}` or, derived,
// `constructor(...args) { super(...args); }` (ES2022 15.7.14 step 10),
// written here directly as code: there is no source text to compile.
bool Parser::compileImplicitConstructor(bool derived, uint32_t name, uint32_t start, uint32_t *inner) {
    FuncState *parent = fs_;
    OwnedFuncState owned(ctx_);
    FuncState *childState = beginInnerFunction(owned, lex_.token);
    if (!childState) return false;
    FuncState &child = *childState;
    child.strict = true;
    child.classCtor = derived ? 2 : 1;
    child.nameAtom = name;
    child.sourceStart = start;
    bool ok = true;
    uint32_t functionIndex = 0;
    do {
        if (derived) {
            LexerPosition where = {lex_.token.start, lex_.token.line, lex_.token.column};
            if (!(ok = child.params.push(atoms_.internAscii("%args")) && child.paramPositions.push(where))) break;
            child.hasRest = true;
            child.simpleParams = false;
        }
        noteReference(fieldsAtom_);
        if (!(ok = computeLayout())) break;
        resetEmission(child);
        child.pass = 2;
        setPos(child.startLine, child.startColumn);
        if (!(ok = emitPrologue())) break;
        if (derived) {
            uint32_t base = allocReg();
            allocReg();
            allocReg();
            emitABC(OP_LOADCALLEE, base, 0, 0);
            emitABC(OP_NEWTARGET, base + 1, 0, 0);
            emitABC(OP_MOV, base + 2, child.locals[0].reg, 0);
            emitABC(OP_SUPERCALL, base, 0, 1);
            child.freeReg = base + 1;
            if (!(ok = emitSuperCallTail(base))) break;
        } else if (!(ok = emitFieldInit(NO_REG))) {
            break;
        }
        emitABC(OP_RETUNDEF, 0, 0, 0);
        ok = finishFunction(child, lex_.token.end, &functionIndex);
    } while (false);
    InnerRecord rec = {functionIndex, lex_.position(), name, false, false, false, false};
    return endInnerFunction(parent, ok, rec, inner);
}

}  // namespace eng
