// Module code at compile time (ES2023 16.2): import and export
// declarations, import() and import.meta, the module's top-level bindings
// as upvalues of function 0, and the ModuleInfo the runtime links with
// (compiler/module.h, vm/module.cpp).
#include "compiler/parser.h"
#include "strings/format.h"

namespace eng {

#if ENG_MODULES

namespace {

constexpr const char *kNotTopLevel = ENG_MESSAGE("import and export may only appear at the top level of a module");

}  // namespace

// The contextual words `as` and `from` (never written with escapes).
static bool isWord(AtomTable &atoms, const Token &t, uint32_t atom, const char *word) {
    return t.type == T_IDENT && !t.escaped && atoms.equalsAscii(atom, word);
}

// `import` at the start of a statement: a declaration at the top of a
// module, or import(...) / import.meta starting an expression statement.
bool Parser::parseImportStatement(bool listContext) {
    const Token start = lex_.token;
    if (!next()) return false;
    bool expression = check(T_LPAREN) || check(T_DOT);
    if (!backTo(start)) return false;
    if (expression) return parseExpressionStatement();
    if (!module_) return fail(ENG_MESSAGE("Cannot use import statement outside a module"));
    if (!listContext || !fs_->isScript || fs_->openScopes.size() != 1) return fail(kNotTopLevel);
    if (!next()) return false;
    uint32_t request;
    if (check(T_STRING)) return parseModuleSpecifier(&request) && consumeSemicolon();  // import 'm';
    uint32_t first = module_->imports.size();
    bool more = true;
    if (check(T_IDENT)) {  // import d ...
        if (!parseImportBinding(module_->defaultNameAtom)) return false;
        more = check(T_COMMA);
        if (more && !next()) return false;
    }
    if (more) {
        if (check(T_STAR)) {  // * as ns
            if (!next()) return false;
            if (!isWord(atoms_, lex_.token, check(T_IDENT) ? tokenAtom() : NO_ATOM, "as")) return unexpected();
            if (!next() || !parseImportBinding(NO_ATOM)) return false;
        } else if (check(T_LBRACE)) {  // { a, b as c, "s" as d }
            if (!next()) return false;
            while (!check(T_RBRACE)) {
                const Token nameTok = lex_.token;
                uint32_t name = NO_ATOM;
                bool isString = false;
                if (!parseExportName(&name, &isString)) return false;
                if (check(T_IDENT) && isWord(atoms_, lex_.token, tokenAtom(), "as")) {
                    if (!next() || !parseImportBinding(name)) return false;
                } else {
                    // { a }: the name is the binding too.
                    if (isString || nameTok.type != T_IDENT) return failAt(ENG_MESSAGE("Unexpected token"), nameTok.line, nameTok.column);
                    if (!checkBinding(name, nameTok)) return false;
                    ModuleImport im = {name, MODULE_NONE, name, nameTok.line, nameTok.column};
                    if (fs_->pass == 1 && !module_->imports.push(im)) return false;
                }
                if (!check(T_COMMA)) break;
                if (!next()) return false;
            }
            if (!expect(T_RBRACE)) return false;
        } else {
            return unexpected();
        }
    }
    if (!parseFromClause(&request)) return false;
    for (uint32_t i = first; fs_->pass == 1 && i < module_->imports.size(); i++) module_->imports[i].request = request;
    return consumeSemicolon();
}

// The binding of an import (the current token); name: what it imports.
bool Parser::parseImportBinding(uint32_t name) {
    if (!check(T_IDENT)) return unexpected();
    const Token tok = lex_.token;
    uint32_t atom = tokenAtom();
    if (!checkBinding(atom, tok) || !next()) return false;
    ModuleImport im = {atom, MODULE_NONE, name, tok.line, tok.column};
    return fs_->pass != 1 || module_->imports.push(im);
}

bool Parser::parseFromClause(uint32_t *request) {
    if (!check(T_IDENT) || !isWord(atoms_, lex_.token, tokenAtom(), "from")) return unexpected();
    return next() && parseModuleSpecifier(request);
}

bool Parser::parseModuleSpecifier(uint32_t *request) {
    if (!check(T_STRING)) return unexpected();
    uint32_t atom = tokenAtom();
    Vec<uint32_t> &requests = module_->requests;
    *request = requests.size();
    for (uint32_t i = 0; i < requests.size(); i++)
        if (requests[i] == atom) *request = i;
    if (*request == requests.size() && fs_->pass == 1 && !requests.push(atom)) return false;
    return next();
}

// IdentifierName or a string (ES2022 ModuleExportName).
bool Parser::parseExportName(uint32_t *atom, bool *isString) {
    *atom = NO_ATOM;
    *isString = check(T_STRING);
    if (!*isString && !isIdentifierName()) return unexpected();
    *atom = tokenAtom();
    // A string name must be well-formed UTF-16 (ES2022 16.2.2.1).
    for (uint32_t i = 0, n = atoms_.length(*atom); *isString && i < n; i++) {
        uint16_t u = atoms_.unit(*atom, i);
        bool lead = u >= 0xd800 && u <= 0xdbff, trail = u >= 0xdc00 && u <= 0xdfff;
        uint16_t next = i + 1 < n ? atoms_.unit(*atom, i + 1) : 0;
        if (trail || (lead && !(next >= 0xdc00 && next <= 0xdfff)))
            return fail(ENG_MESSAGE("Export name is not well-formed Unicode"));
        if (lead) i++;
    }
    return next();
}

bool Parser::addModuleExport(uint32_t name, uint32_t local, uint32_t request, uint32_t importName, const Token &at) {
    if (fs_->pass != 1) return true;
    ModuleExport ex = {name, local, request, importName, at.line, at.column};
    return module_->exports.push(ex);
}

void Parser::noteModuleDeclaration(uint32_t atom) {
    if (!module_ || !module_->capture || fs_->pass != 1 || !fs_->isScript || fs_->openScopes.size() != 1) return;
    addModuleExport(atom, atom, MODULE_NONE, NO_ATOM, lex_.token);
}

bool Parser::parseExportDeclaration(bool listContext) {
    if (!module_) return unexpected();
    if (!listContext || !fs_->isScript || fs_->openScopes.size() != 1) return fail(kNotTopLevel);
    const Token at = lex_.token;
    if (!next()) return false;
    uint32_t request;
    bool isString;
    if (check(T_STAR)) {  // export * from 'm'; export * as ns from 'm';
        if (!next()) return false;
        uint32_t name = NO_ATOM;
        Token nameTok = at;
        if (check(T_IDENT) && isWord(atoms_, lex_.token, tokenAtom(), "as")) {
            if (!next()) return false;
            nameTok = lex_.token;
            if (!parseExportName(&name, &isString)) return false;
        }
        return parseFromClause(&request) && addModuleExport(name, NO_ATOM, request, NO_ATOM, nameTok) &&
               consumeSemicolon();
    }
    if (check(T_LBRACE)) {  // export { a, b as c } [from 'm'];
        if (!next()) return false;
        uint32_t first = module_->exports.size();
        Token bad = at;
        bool badLocal = false;
        while (!check(T_RBRACE)) {
            const Token localTok = lex_.token;
            uint32_t local = NO_ATOM, name;
            if (!parseExportName(&local, &isString)) return false;
            // Without `from`, the local name is an IdentifierReference.
            if (!badLocal && (isString || localTok.type != T_IDENT || localTok.strictReserved ||
                              localTok.escapedKeyword || atoms_.equalsAscii(local, "await"))) {
                badLocal = true;
                bad = localTok;
            }
            name = local;
            Token nameTok = localTok;
            if (check(T_IDENT) && isWord(atoms_, lex_.token, tokenAtom(), "as")) {
                if (!next()) return false;
                nameTok = lex_.token;
                if (!parseExportName(&name, &isString)) return false;
            }
            if (!addModuleExport(name, local, MODULE_NONE, NO_ATOM, nameTok)) return false;
            if (!check(T_COMMA)) break;
            if (!next()) return false;
        }
        if (!expect(T_RBRACE)) return false;
        if (check(T_IDENT) && isWord(atoms_, lex_.token, tokenAtom(), "from")) {
            if (!parseFromClause(&request)) return false;
            for (uint32_t i = first; fs_->pass == 1 && i < module_->exports.size(); i++) {
                ModuleExport &ex = module_->exports[i];
                ex.importName = ex.local;
                ex.local = NO_ATOM;
                ex.request = request;
            }
        } else if (badLocal) {
            return failAt(ENG_MESSAGE("Unexpected token in export list"), bad.line, bad.column);
        }
        return consumeSemicolon();
    }
    if (check(T_DEFAULT)) return parseExportDefault(at);
    // export var/let/const/function/async function/class: what it declares.
    bool declaration = check(T_VAR) || check(T_CONST) || check(T_CLASS) || check(T_FUNCTION);
    if (check(T_IDENT) && !lex_.token.escaped) {
        uint32_t word = tokenAtom();
        declaration = word == letAtom_ || atoms_.equalsAscii(word, "async");
    }
    if (!declaration) return unexpected();
    module_->capture = true;
    stmtContext_ = STMT_LIST;
    bool ok = parseStatement();
    module_->capture = false;
    return ok;
}

// export default: a function or class declaration (named or not), or an
// expression whose value *default* holds.
bool Parser::parseExportDefault(const Token &at) {
    ModuleState &m = *module_;
    FuncState *f = fs_;
    if (f->pass == 1 && m.hasDefault) return failAt(ENG_MESSAGE("Duplicate export of 'default'"), at.line, at.column);
    m.hasDefault = true;
    if (!next()) return false;
    const Token tok = lex_.token;
    TokenType type = tok.type;
    if (type == T_IDENT && !asyncFunctionStart(true, &type)) return false;  // reads `async` of `async function`
    if (type == T_FUNCTION || type == T_CLASS) {
        const Token kw = lex_.token;
        if (!next()) return false;
        bool star = type == T_FUNCTION && check(T_STAR);
        if (star && !next()) return false;
        if (check(T_IDENT)) {  // named: an ordinary declaration, exported as default
            uint32_t name = tokenAtom();
            if (!backTo(kw)) return false;
            stmtContext_ = STMT_LIST;
            if (!(type == T_CLASS ? parseClassDeclaration() : parseStatement())) return false;
            return addModuleExport(m.defaultNameAtom, name, MODULE_NONE, NO_ATOM, at);
        }
        if (type == T_FUNCTION) {
            // Hoisted like a declaration, bound to *default*, named "default".
            if (f->pass == 1 && !f->declared.contains(m.defaultAtom) &&
                (!f->declared.put(m.defaultAtom, 2) || !f->declOrder.push(m.defaultAtom)))
                return false;
            generatorNext_ = star;
            uint32_t inner;
            if (!parseFunction(true, 0, m.defaultNameAtom, tok.start, &inner)) return false;
            if (f->pass == 1) f->inners[inner].nameAtom = m.defaultAtom;
            return addModuleExport(m.defaultNameAtom, m.defaultAtom, MODULE_NONE, NO_ATOM, at);
        }
        // An anonymous class: made where it stands, named "default".
        uint32_t slot;
        if (!declareLexical(m.defaultAtom, LEX_CLASS, tok, &slot)) return false;
        ExprDesc value;
        if (!parseClassTail(value, NO_ATOM, m.defaultNameAtom, false, tok.start)) return false;
        if (f->pass == 1) {
            discard(value);
        } else {
            uint32_t r = toAnyReg(value);
            emitModuleInit(m.defaultAtom, r);
            freeExpr(value);
        }
        return completeLexical(slot) && addModuleExport(m.defaultNameAtom, m.defaultAtom, MODULE_NONE, NO_ATOM, at);
    }
    uint32_t slot;
    if (!declareLexical(m.defaultAtom, LEX_LET, tok, &slot)) return false;
    ExprDesc value;
    nameHint_ = m.defaultNameAtom;  // export default function () {} in parentheses, arrows
    if (!parseAssignment(value, false)) return false;
    setPos(tok.line, tok.column);
    if (f->pass == 1) {
        discard(value);
    } else {
        uint32_t r = compactToAnyReg(value);
        emitModuleInit(m.defaultAtom, r);
        freeExpr(value);
    }
    return completeLexical(slot) && addModuleExport(m.defaultNameAtom, m.defaultAtom, MODULE_NONE, NO_ATOM, at) &&
           consumeSemicolon();
}

// import(specifier [, options]) and import.meta.
bool Parser::parseImportExpression(ExprDesc &e) {
    const Token tok = lex_.token;
    if (!next()) return false;
    if (check(T_DOT)) {
        if (!next()) return false;
        if (!check(T_IDENT) || lex_.token.escaped || !atoms_.equalsAscii(tokenAtom(), "meta")) return unexpected();
        if (!module_) return failAt(ENG_MESSAGE("Cannot use 'import.meta' outside a module"), tok.line, tok.column);
        e = resolveName(module_->metaAtom, tok.line, tok.column);
        e.isName = false;  // not an assignment target
        return next();
    }
    if (!check(T_LPAREN)) return unexpected();
    if (!next()) return false;
    ExprDesc spec;
    if (!parseAssignment(spec, false)) return false;
    uint32_t r = toNextReg(spec);
    if (check(T_COMMA)) {  // the options argument (import attributes): evaluated, not used
        if (!next()) return false;
        if (!check(T_RPAREN)) {
            ExprDesc options;
            if (!parseAssignment(options, false)) return false;
            discard(options);
            if (check(T_COMMA) && !next()) return false;
        }
    }
    if (!check(T_RPAREN)) return unexpected();
    setPos(tok.line, tok.column);
    emitABC(OP_IMPORTCALL, r, r, 0);
    e = ExprDesc();
    e.kind = E_REG;
    e.a = r;
    return next();
}

// After pass 1 of a module: its environment, one upvalue of function 0 per
// top-level binding, and the early errors of its imports and exports
// (ES2023 16.2.1.1).
bool Parser::buildModuleEnvironment(FuncState &script) {
    ModuleState &m = *module_;
    outer_.clear();
    m.kinds.clear();
    auto add = [&](uint32_t atom, uint8_t kind) -> bool {
        OuterEntry e = {atom, static_cast<uint8_t>(kind == MB_CONST || kind == MB_IMPORT ? EVAL_CONST : EVAL_BINDING)};
        return outer_.push(e) && m.kinds.push(kind);
    };
    for (uint32_t i = 0; i < script.declOrder.size(); i++) {
        uint32_t atom = script.declOrder[i];
        if (!add(atom, *script.declared.find(atom) == 2 ? MB_FUNCTION : MB_VAR)) return false;
    }
    LexScope ls = {0, 0};
    if (!script.lexScopes.empty()) ls = script.lexScopes[0];
    for (uint32_t i = 0; i < ls.count; i++) {
        const LexDecl &d = script.lexDecls[ls.start + i];
        uint8_t kind = d.kind == LEX_CONST ? MB_CONST : d.kind == LEX_CLASS ? MB_CLASS : MB_LET;
        if (!add(d.atom, kind)) return false;
    }
    // Module functions are lexical declarations: one name once.
    for (uint32_t k = 0; k < script.inners.size(); k++) {
        const InnerRecord &a = script.inners[k];
        if (!a.isDeclaration || a.inBlock) continue;
        for (uint32_t j = 0; j < k; j++) {
            const InnerRecord &b = script.inners[j];
            if (b.isDeclaration && !b.inBlock && b.nameAtom == a.nameAtom)
                return failRedeclared(a.nameAtom, lex_.token);
        }
    }
    for (uint32_t i = 0; i < m.imports.size(); i++) {
        const ModuleImport &im = m.imports[i];
        for (uint32_t j = 0; j < outer_.size(); j++) {
            if (outer_[j].atom != im.local) continue;
            Token at = lex_.token;
            at.line = im.line;
            at.column = im.column;
            return failRedeclared(im.local, at);
        }
        if (!add(im.local, MB_IMPORT)) return false;
    }
    if (script.referenced.contains(m.metaAtom) && !add(m.metaAtom, MB_META)) return false;
    if (outer_.size() > 256) return fail(ENG_MESSAGE("Too many top-level bindings in module (256 at most)"));
    script.hasOuter = true;
    for (uint32_t i = 0; i < outer_.size(); i++)
        if (!script.upvalIndex.put(outer_[i].atom, i) || !script.upvalAtoms.push(outer_[i].atom)) return false;
    // "<before>'<name>'<after>": the early errors of exports name the name.
    auto failNamed = [&](const char *before, uint32_t atom, const char *after, uint32_t line, uint32_t column) {
        char buf[160];
        size_t n = formatText(buf, sizeof buf, "%s'", before);
        for (uint32_t k = 0; k < atoms_.length(atom) && n < 120; k++) {
            uint16_t u = atoms_.unit(atom, k);
            buf[n++] = u < 128 ? static_cast<char>(u) : '?';
        }
        formatText(buf + n, sizeof buf - n, "'%s", after);
        return failAt(buf, line, column);
    };
    for (uint32_t i = 0; i < m.exports.size(); i++) {
        const ModuleExport &ex = m.exports[i];
        for (uint32_t j = 0; ex.name != NO_ATOM && j < i; j++)
            if (m.exports[j].name == ex.name)
                return failNamed(ENG_MESSAGE("Duplicate export of "), ex.name, "", ex.line, ex.column);
        if (ex.request == MODULE_NONE && !script.upvalIndex.contains(ex.local))
            return failNamed(ENG_MESSAGE("Export "), ex.local, ENG_MESSAGE(" is not defined in module"), ex.line,
                             ex.column);
    }
    return !ctx_->failed();
}

// Module prologue: no code makes its bindings (the runtime does, when it
// links the module); its function declarations are made then too, so only
// their upvalue descriptors are written here.
bool Parser::emitModulePrologue() {
    FuncState *f = fs_;
    for (uint32_t i = 0; i < f->locals.size(); i++) {
        if (f->locals[i].atom == thisAtom_) emitABC(OP_LOADTHIS, f->locals[i].reg, 0, 0);
        if (f->locals[i].captured) emitABC(OP_NEWBOX, f->locals[i].reg, 0, 0);
    }
    for (uint32_t k = 0; k < f->inners.size(); k++) {
        const InnerRecord &rec = f->inners[k];
        if (!rec.isDeclaration || rec.inBlock) continue;
        fillUpvalDescs(k, false);
        patchInnerTdz(k);
    }
    return !ctx_->failed();
}

void Parser::emitModuleInit(uint32_t atom, uint32_t reg) {
    uint32_t *up = fs_->upvalIndex.find(atom);
    if (!up) {
        fail(ENG_MESSAGE("Internal error: module binding not found"));
        return;
    }
    emitABC(OP_SETUPVAL, reg, *up, 0);
}

// A closure made by the module's top level uses a binding that may be in
// its TDZ (let, const, class, an import) or is read-only (const, import).
void Parser::patchModuleTdz(uint32_t fnIndex, uint32_t upval, uint32_t atom) {
    FuncState *f = fs_;
    if (!module_ || !f->isScript || !f->hasOuter) return;
    uint32_t *up = f->upvalIndex.find(atom);
    if (!up || *up >= module_->kinds.size()) return;
    uint8_t kind = module_->kinds[*up];
    if (kind == MB_VAR || kind == MB_FUNCTION || kind == MB_META) return;
    patchUpvalTdz(fnIndex, upval, kind == MB_CONST || kind == MB_IMPORT, 0);
}

// End of pass 2: the ModuleInfo words (layout in compiler/module.h).
bool Parser::writeModuleInfo() {
    ModuleState &m = *module_;
    FuncState *f = fs_;
    Vec<uint32_t> &w = m.words;
    w.clear();
    auto name = [&](uint32_t atom) { return atom == NO_ATOM ? MODULE_NONE : stringConst(atom); };
    auto binding = [&](uint32_t atom) {
        uint32_t *up = atom == NO_ATOM ? nullptr : f->upvalIndex.find(atom);
        return up ? *up : MODULE_NONE;
    };
    w.push(m.requests.size());
    for (uint32_t i = 0; i < m.requests.size(); i++) w.push(name(m.requests[i]));
    uint32_t envAt = w.size() + 1;
    w.push(m.kinds.size());
    for (uint32_t i = 0; i < m.kinds.size(); i++) w.push(m.kinds[i]);
    for (uint32_t k = 0; k < f->inners.size(); k++) {
        const InnerRecord &rec = f->inners[k];
        uint32_t b = rec.isDeclaration && !rec.inBlock ? binding(rec.nameAtom) : MODULE_NONE;
        if (b != MODULE_NONE && envAt + b < w.size()) w[envAt + b] |= (k + 1) << 8;
    }
    w.push(m.imports.size());
    for (uint32_t i = 0; i < m.imports.size(); i++) {
        const ModuleImport &im = m.imports[i];
        w.push(binding(im.local));
        w.push(im.request);
        w.push(name(im.name));
    }
    w.push(m.exports.size());
    for (uint32_t i = 0; i < m.exports.size(); i++) {
        const ModuleExport &ex = m.exports[i];
        w.push(name(ex.name));
        w.push(binding(ex.local));
        w.push(ex.request);
        w.push(name(ex.importName));
    }
    w.push(f->isAsync ? MODULE_ASYNC : 0);
    return !ctx_->failed();
}

#endif  // ENG_MODULES

}  // namespace eng
