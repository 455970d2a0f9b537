// Functions: the two passes over each body, the directive prologue and the
// finished function records.

#include "compiler/parser.h"
#include "config.h"
#include "strings/format.h"

namespace eng {

namespace {

// After a string literal at the start of a statement, does this token carry
// the expression on (so the string is not a directive on its own)?
bool continuesExpression(TokenType t) {
    if (t == T_IN || t == T_INSTANCEOF || t == T_TEMPLATE) return true;
    if (t >= T_STAR_STAR && t <= T_OPTIONAL) return true;  // ES2016+ operators
    if (t < T_LBRACE || t > T_SLASH_ASSIGN) return false;
    return t != T_LBRACE && t != T_RBRACE && t != T_SEMICOLON && t != T_INC && t != T_DEC &&
           t != T_BANG && t != T_TILDE;
}

}  // namespace

// Between the passes: pass 2 emits from scratch with the same counters.
void resetEmission(FuncState &f) {
    f.code.clear();
    f.constWords.clear();
    f.constCount = 0;
    f.numberConsts.clear();
    f.stringConsts.clear();
    f.lines.clear();
    f.catchScopes.clear();
    f.targets.clear();
    f.labels.clear();
    f.handlers.clear();
    f.patches.clear();
    f.withCands.clear();
    f.withCursor = 0;
    f.classCursor = 0;
    f.innerCursor = 0;
    f.catchCounter = 0;
    f.tryCounter = 0;
    f.hazardCounter = 0;
    f.nameWrites = 0;
    f.lastLabelPc = 0;
    f.labelSetStart = 0;
    f.openScopes.clear();
    f.scopeCounter = 0;
    f.blockFunctionCounter = 0;
}

bool Parser::parseDirectives() {
    bool sawOctal = false;
    while (check(T_STRING)) {
        const Token str = lex_.token;
        LexerPosition at = {str.start, str.line, str.column};
        if (!next()) return false;
        bool isDirective = check(T_SEMICOLON) || check(T_RBRACE) || check(T_EOF) ||
                           (lex_.token.newlineBefore && !continuesExpression(lex_.token.type));
        lex_.seek(at);
        if (!next()) return false;
        lex_.token.newlineBefore = str.newlineBefore;
        if (!isDirective) break;
        const char *raw = lex_.source() + str.start;
        if (str.end - str.start == 12 && (memcmp(raw, "\"use strict\"", 12) == 0 ||
                                          memcmp(raw, "'use strict'", 12) == 0)) {
            if (!fs_->isScript && !fs_->simpleParams)
                return failAt(ENG_MESSAGE("Illegal 'use strict' directive in function with non-simple parameter list"),
                              str.line, str.column);
            fs_->strict = true;
            lex_.strict = true;
            if (sawOctal) return fail(ENG_MESSAGE("Octal escape sequences are not allowed in strict mode."));
        }
        if (str.legacyOctal) sawOctal = true;
        stmtContext_ = STMT_LIST;
        if (!parseStatement()) return false;
    }
    return !ctx_->failed();
}

bool Parser::parseStatementsUntil(TokenType end) {
    while (!check(end)) {
        if (check(T_EOF)) return unexpected();
        stmtContext_ = STMT_LIST;
        if (!parseStatement()) return false;
    }
    return !ctx_->failed();
}

bool Parser::parseFunction(bool isDeclaration, int accessor, uint32_t nameAtom, uint32_t startOffset,
                           uint32_t *innerIndex) {
    bool generator = generatorNext_;
    generatorNext_ = false;
    bool async = asyncNext_;
    asyncNext_ = false;
    FuncState *parent = fs_;
    bool inBlock = blockFunction_;
    blockFunction_ = false;
    if (parent->pass == 2) return skipCompiledInner(innerIndex) && next();  // compiled in pass 1
    if (async && generator && !ENG_ASYNC_GENERATORS)
        return fail(ENG_MESSAGE("Async generators are not supported in this build (ENG_ASYNC_GENERATORS=0)"));
    if (generator && !ENG_GENERATORS) return fail(ENG_MESSAGE("Generators are not supported in this build (ENG_GENERATORS=0)"));
    if (async && !ENG_ASYNC_FUNCTIONS)
        return fail(ENG_MESSAGE("Async functions are not supported in this build (ENG_ASYNC_FUNCTIONS=0)"));
    OwnedFuncState owned(ctx_);
    FuncState *childState = beginInnerFunction(owned, lex_.token);
    if (!childState) return false;
    FuncState &child = *childState;
    child.nameAtom = nameAtom;
    child.isExpression = !isDeclaration && accessor == 0;
    child.isMethod = accessor != 0 && accessor < 4;
    child.classCtor = static_cast<uint8_t>(accessor >= 4 ? accessor - 3 : 0);
    child.isGenerator = generator;
    child.isAsync = async;
    if (accessor >= 4) child.strict = true;
    child.sourceStart = startOffset;
    bool ok = true;
    uint32_t functionIndex = 0;
    LexerPosition end = {0, 0, 0};
    do {
        if (!(ok = expect(T_LPAREN))) break;
        child.paramsStart = {lex_.token.start, lex_.token.line, lex_.token.column};
        applyDiscovery(child);
        if (!(ok = parseFormalParameters(child, false))) break;
        if (accessor == 1 && child.params.size() - child.patternCount != 0) {
            ok = failAt(ENG_MESSAGE("Getter must not have any formal parameters."), child.startLine, child.startColumn);
            break;
        }
        if (accessor == 2 && child.hasRest) {
            ok = failAt(ENG_MESSAGE("Setter function argument must not be a rest parameter"),
                        child.startLine, child.startColumn);
            break;
        }
        if (accessor == 2 && child.params.size() - child.patternCount != 1) {
            ok = failAt(ENG_MESSAGE("Setter must have exactly one formal parameter."),
                        child.startLine, child.startColumn);
            break;
        }
        if (!(ok = next())) break;  // ')'
        if (!check(T_LBRACE)) {
            ok = unexpected();
            break;
        }
        LexerPosition bodyStart = lex_.position();
        if (!(ok = next())) break;
        if (!(ok = compileFunctionBody(child, bodyStart, &end))) break;
        ok = finishFunction(child, lex_.token.end, &functionIndex);
    } while (false);
    InnerRecord rec = {functionIndex, end, nameAtom, isDeclaration, false, false, inBlock};
    return endInnerFunction(parent, ok, rec, innerIndex) && next();
}

FuncState *Parser::beginInnerFunction(OwnedFuncState &owned, const Token &at) {
    if (!enter()) return nullptr;
    FuncState *child = owned.create();
    if (!child) {
        leave();
        return nullptr;  // out of memory: ctx_ has recorded it
    }
    child->parent = fs_;
    child->strict = fs_->strict;
    child->sourceStart = at.start;
    child->startLine = child->line = at.line;
    child->startColumn = child->column = at.column;
    fs_ = child;
    return child;
}

const InnerRecord *Parser::skipCompiledInner(uint32_t *innerIndex) {
    uint32_t k = fs_->innerCursor++;
    if (k >= fs_->inners.size()) {
        fail(ENG_MESSAGE("Internal error: function records out of step"));
        return nullptr;
    }
    lex_.seek(fs_->inners[k].end);
    *innerIndex = k;
    return &fs_->inners[k];
}

bool Parser::endInnerFunction(FuncState *parent, bool ok, const InnerRecord &rec, uint32_t *innerIndex) {
    fs_ = parent;
    lex_.strict = parent->strict;
    leave();
    if (!ok) return false;
    if (!parent->inners.push(rec)) return false;
    if (parent->inners.size() > 0x10000) return fail(ENG_MESSAGE("Too many functions"));
    *innerIndex = parent->inners.size() - 1;
    noteInnerFree(rec.functionIndex, rec.isDeclaration && !rec.inBlock);
    return true;
}

bool Parser::compileFunctionBody(FuncState &child, LexerPosition bodyStart, LexerPosition *end) {
    // Scopes are numbered in source order in pass 1, where the parameter
    // list (a class in a default value opens one) comes before the body's
    // scope; pass 2 opens the body's scope first, so it numbers them by hand
    // the same way.
    uint32_t paramScopes = child.scopeCounter;
    // Pass 1.
    child.pass = 1;
    lex_.strict = child.strict;
    applyDiscovery(child);
    if (!openScope(SCOPE_FUNCTION)) return false;
    if (child.classCtor == 1 && !emitFieldInit(NO_REG)) return false;
    if (!parseDirectives()) return false;
    if (child.strict) child.varObjAtom = NO_ATOM;
    if (!checkParams(child)) return false;
    if (!parseStatementsUntil(T_RBRACE) || !closeScope()) return false;
    *end = lex_.position();
    if (discovering_) recordDiscovery(child);
    if (child.ownEval) noteEvalReferences();
    if (!computeLayout()) return false;
    // Pass 2.
    resetEmission(child);
    child.pass = 2;
    lex_.seek(child.simpleParams ? bodyStart : child.paramsStart);
    if (!next()) return false;
    for (uint32_t i = 0; i < child.narrowAtoms.size(); i++) stringConst(child.narrowAtoms[i]);
    setPos(child.startLine, child.startColumn);
    // The body's block scope opens first: the prologue makes the hoisted
    // function declarations, which may close over the body's let/const.
    // Parameter expressions resolve names past those bindings (resolveName).
    child.scopeCounter = paramScopes;
    if (!openScope(SCOPE_FUNCTION) || !emitPrologue()) return false;
    // An async generator starts as a generator does (below): errors of its
    // parameters are thrown by the call.
    if (ENG_ASYNC_FUNCTIONS && child.isAsync && !child.isGenerator && !emitAsyncStart()) return false;
    if (child.classCtor == 1 && !emitFieldInit(NO_REG)) return false;  // fields before the body (ES2023 10.2.2)
    if (!child.simpleParams) {
        // Parameter initializers, then on to the body.
        setPos(lex_.token.line, lex_.token.column);
        uint32_t bodyScopes = child.scopeCounter;
        child.scopeCounter = 0;
        child.paramScopeMark = child.catchScopes.size();
        if (!emitParameterPrologue(child, child.isArrow)) return false;
        child.scopeCounter = bodyScopes;
        if (!expect(T_RPAREN)) return false;
        if (child.isArrow && !expect(T_ARROW)) return false;
        if (!check(T_LBRACE)) return unexpected();
        if (!next()) return false;
    }
    uint32_t line = lex_.token.line, column = lex_.token.column;
    setPos(line, column);
    if (ENG_GENERATORS && child.isGenerator && !emitGeneratorStart()) return false;
    if (!parseDirectives() || !parseStatementsUntil(T_RBRACE) || !closeScope()) return false;
    setPos(lex_.token.line, lex_.token.column);
    emitABC(OP_RETUNDEF, 0, 0, 0);
    return !ctx_->failed();
}

// Strict mode rules on the function's name and parameters are known only
// once the directive prologue has been read. Arrow functions never allow
// duplicate parameters.
bool Parser::checkParams(FuncState &child) {
    if ((child.isArrow || child.isMethod || !child.simpleParams) && !child.strict) {
        for (uint32_t i = 0; i < child.params.size(); i++)
            for (uint32_t j = 0; j < i; j++)
                if (child.params[j] == child.params[i])
                    return failAt(ENG_MESSAGE("Duplicate parameter name not allowed in this context"),
                                  child.paramPositions[i].line, child.paramPositions[i].column);
    }
    if (child.strict) {
        static const char *const reserved[] = {"implements", "interface", "let",    "package", "private",
                                               "protected",  "public",    "static", "yield"};
        if (!child.isMethod && (child.nameAtom == ATOM_EVAL || child.nameAtom == ATOM_ARGUMENTS))
            return failAt(ENG_MESSAGE("Unexpected eval or arguments in strict mode"),
                          child.startLine, child.startColumn);
        if (child.nameAtom != NO_ATOM && !child.isMethod)
            for (const char *word : reserved)
                if (atoms_.equalsAscii(child.nameAtom, word))
                    return failAt(ENG_MESSAGE("Unexpected strict mode reserved word"),
                                  child.startLine, child.startColumn);
        for (uint32_t i = 0; i < child.params.size(); i++) {
            const LexerPosition &p = child.paramPositions[i];
            uint32_t atom = child.params[i];
            if (atom == ATOM_EVAL || atom == ATOM_ARGUMENTS)
                return failAt(ENG_MESSAGE("Unexpected eval or arguments in strict mode"), p.line, p.column);
            for (uint32_t j = 0; j < i; j++)
                if (child.params[j] == atom)
                    return failAt(ENG_MESSAGE("Duplicate parameter name not allowed in this context"),
                                  p.line, p.column);
            for (const char *word : reserved)
                if (atoms_.equalsAscii(atom, word))
                    return failAt(ENG_MESSAGE("Unexpected strict mode reserved word"), p.line, p.column);
        }
    }
    return true;
}

bool Parser::finishFunction(FuncState &f, uint32_t sourceEnd, uint32_t *functionIndex) {
    uint32_t index;
    FunctionRecord blank = {nullptr, 0, 0, 0};
    if (f.isScript) {
        index = 0;
    } else {
        if (!functions_.push(blank)) return false;
        index = functions_.size() - 1;
    }
    uint32_t nameConst = f.nameAtom != NO_ATOM ? stringConst(f.nameAtom) : NO_NAME;
    // The names the record lists become constants first (in the order the
    // record lists them), so that the constants are complete when it is
    // stored; storeRecord then finds the same indexes.
    for (uint32_t i = 0; i < f.upvalAtoms.size(); i++) stringConst(f.upvalAtoms[i]);
    // Which variable each register holds, so errors can name it.
    uint32_t nregs = f.maxReg ? f.maxReg : 1;
    for (uint32_t i = 0; !f.isScript && i < f.locals.size(); i++)
        if (f.locals[i].reg < nregs && f.locals[i].kind != LOCAL_HIDDEN) stringConst(f.locals[i].atom);
    if (ctx_->failed() || !storeRecord(f, index, nameConst, sourceEnd)) return false;
    *functionIndex = index;
    return true;
}

bool Parser::compileScript(uint8_t **image, size_t *imageSize) {
    if (!atoms_.init()) return false;
    thisAtom_ = atoms_.internAscii("%this");
    letAtom_ = atoms_.internAscii("let");
#if ENG_MODULES
    if (module_) {
        module_->defaultAtom = atoms_.internAscii("*default*");
        module_->defaultNameAtom = atoms_.internAscii("default");
        module_->metaAtom = atoms_.internAscii("%meta");
    }
#endif
    // The bindings around eval code: objects get names of their own, which
    // cannot clash with the hidden names of this compilation.
    for (uint32_t i = 0; i < optionOuterCount_; i++) {
        const OuterBinding &b = optionOuter_[i];
        OuterEntry e = {NO_ATOM, b.kind};
        if (b.kind == EVAL_WITH || b.kind == EVAL_VAROBJ || b.kind == EVAL_VARS) {
            char name[24];
            formatText(name, sizeof name, "%%outer%u", static_cast<unsigned>(i));
            e.atom = atoms_.internAscii(name);
        } else {
            e.atom = atoms_.intern(b.name, b.length);
        }
        if (!outer_.push(e)) return false;
    }
    // A text that mentions eval or with is compiled in discovery mode first;
    // only if it has a direct eval call or a with statement is it compiled
    // again with what the first compile learnt.
    const char *src = lex_.source();
    size_t length = lex_.length();
    bool mentions = false;
    for (size_t i = 0; i + 4 <= length && !mentions; i++)
        mentions = (src[i] == 'e' && memcmp(src + i, "eval", 4) == 0) ||
                   (src[i] == 'w' && memcmp(src + i, "with", 4) == 0);
    if (mentions) {
        discovering_ = true;
        bool ok = compileProgram();
        discovering_ = false;
        fs_ = nullptr;  // the script's FuncState is gone
        if (!ok) return false;
        if (!sawDynamicScope_) return writeImage(image, imageSize);
        releaseRecords();
        functions_.clear();
        withCounter_ = 0;
        LexerPosition start = {0, 1, 1};
        lex_.seek(start);
    }
    bool ok = compileProgram();
    fs_ = nullptr;
    return ok && writeImage(image, imageSize);
}

// The script's FuncState lives on the compile allocator, as inner
// functions' do: about a kilobyte that would otherwise sit under the whole
// descent on the C stack (docs/c-stack.md).
bool Parser::compileProgram() {
    FunctionRecord blank = {nullptr, 0, 0, 0};
    if (!functions_.push(blank)) return false;
    OwnedFuncState owned(ctx_);
    if (!owned.create()) return false;
    FuncState &script = *owned.get();
    script.isScript = true;
    script.strict = optionStrict_;
    script.hasOuter = outer_.size() > 0;
    // Upvalue i is outer binding i (a name listed twice resolves to the first).
    for (uint32_t i = 0; i < outer_.size(); i++) {
        if (!script.upvalIndex.contains(outer_[i].atom) && !script.upvalIndex.put(outer_[i].atom, i)) return false;
        if (!script.upvalAtoms.push(outer_[i].atom)) return false;
    }
    fs_ = &script;
    lex_.strict = script.strict;
    applyDiscovery(script);
    if (!next()) return false;
    // Eval code's lexical declarations are its own (ES2015 18.2.1.1); a
    // script's are global ones.
    uint8_t scopeKind = optionEvalCode_ ? SCOPE_FUNCTION : SCOPE_SCRIPT;
    if (!openScope(scopeKind)) return false;
    if (!parseDirectives()) return false;
    // Strict eval code keeps its declarations to itself (ES5 10.4.2).
    script.scriptLocals = optionEvalCode_ && script.strict;
#if ENG_MODULES
    if (module_) {
        module_->requests.clear();
        module_->imports.clear();
        module_->exports.clear();
        module_->hasDefault = false;
        module_->topLevelAwait = false;
        // Pass 1 reads await as an operator; only a body that uses it is
        // compiled as an async function (ES2022 top-level await).
        script.isAsync = ENG_ASYNC_FUNCTIONS;
    }
#endif
    if (!parseStatementsUntil(T_EOF) || !closeScope()) return false;
    if (optionEvalCode_ && !script.strict && !checkEvalVarsAgainstLexical()) return false;
    // Eval code of a field initialiser (its site has the marker) may not use
    // arguments, arrow functions in it included (19.2.1.1 step 5.f).
    if (optionEvalCode_ && script.nameUses.contains(ATOM_ARGUMENTS) && internClassAtoms() &&
        script.upvalIndex.contains(fieldInitAtom_))
        return failAt(ENG_MESSAGE("'arguments' is not allowed in class field initializer or static initialization block"),
                      1, 1);
#if ENG_MODULES
    if (module_ && !buildModuleEnvironment(script)) return false;
    if (module_) script.isAsync = module_->topLevelAwait;
#endif
    if (discovering_) recordDiscovery(script);
    if (!computeLayout()) return false;
    resetEmission(script);
    script.pass = 2;
    LexerPosition start = {0, 1, 1};
    lex_.seek(start);
    lex_.strict = script.strict;
    if (!next()) return false;
    for (uint32_t i = 0; i < script.narrowAtoms.size(); i++) stringConst(script.narrowAtoms[i]);
    setPos(1, 1);
    if (!openScope(scopeKind) || !emitPrologue()) return false;
#if ENG_MODULES && ENG_ASYNC_FUNCTIONS
    if (script.isAsync && !emitAsyncStart()) return false;
#endif
    if (!parseDirectives() || !parseStatementsUntil(T_EOF) || !closeScope()) return false;
    setPos(lex_.token.line, lex_.token.column);
    emitABC(OP_RET, script.completionReg, 0, 0);
#if ENG_MODULES
    if (module_ && !writeModuleInfo()) return false;
#endif
    uint32_t index;
    if (!finishFunction(script, lex_.token.end, &index)) return false;
    fs_ = nullptr;
    return true;
}

}  // namespace eng
