// using and await using declarations (ES2026 14.3.1; ENG_RESOURCE_MANAGEMENT).
//
// The first using declaration of a scope opens a dispose region that lasts
// to the scope's end: a resource list and a finally handler, so that every
// way out (normal end, break, continue, return, throw) disposes of the
// resources the declarations added, last first (builtins/disposable.h):
//       NEWARR list
//       TRYFINALLY c, F
//       ... x = init; DISPOSE list, x, 0 (1: await using) ...
//       POPTRY; LOADI c, NORMAL
//   F:  DISPOSE list, c, 2            (await using: DISPOSE list, c, 3;
//                                      YIELD list, list, 1; RESUME list)
//       ENDFINALLY c
// A disposal that throws turns the completion into that throw (a
// SuppressedError when it was a throw already). for (using x of ...) opens
// the region in each iteration, after the binding.
#include "compiler/parser.h"

namespace eng {

#if ENG_RESOURCE_MANAGEMENT

// At `using` (or at `await` of `await using`): a declaration if a binding
// identifier follows on the same line (`using [x]` is an element access).
bool Parser::usingDeclarationAhead(bool isAwait, bool inForHead, bool *isDeclaration) {
    const Token tok = lex_.token;
    *isDeclaration = false;
    if (tok.escaped) return true;
    if (!isAwait && !atoms_.equalsAscii(tokenAtom(), "using")) return true;
    LexerPosition at = {tok.start, tok.line, tok.column};
    if (!next()) return false;
    bool ok = true;
    if (isAwait)
        ok = check(T_IDENT) && !lex_.token.escaped && !lex_.token.newlineBefore &&
             atoms_.equalsAscii(tokenAtom(), "using") && next();
    *isDeclaration = ok && check(T_IDENT) && !lex_.token.newlineBefore;
    // for (using of of x) is a for-of over `using`; for (using of = x;;)
    // declares `of`, as for (await using of of x) does.
    if (*isDeclaration && inForHead && !isAwait && atOf()) *isDeclaration = next() && check(T_ASSIGN);
    if (ctx_->failed()) return false;
    lex_.seek(at);
    if (!next()) return false;
    lex_.token.newlineBefore = tok.newlineBefore;
    return true;
}

// A using or await using declaration as a statement (at `using`, or at
// `await`).
bool Parser::parseUsingStatement(uint8_t context, bool isAwait) {
    FuncState *f = fs_;
    if (context != STMT_LIST) return fail(ENG_MESSAGE("Lexical declaration cannot appear in a single-statement context"));
    if (f->openScopes.empty()) return fail(ENG_MESSAGE("Internal error: no scope"));
    uint8_t kind = f->openScopes.back().kind;
    if (kind == SCOPE_SWITCH) return fail(ENG_MESSAGE("using declarations may not appear directly in a switch case"));
    bool topLevel = f->isScript && f->openScopes.size() == 1;
#if ENG_MODULES
    if (topLevel && module_) {
        topLevel = false;
        if (isAwait) module_->topLevelAwait = true;
    }
#endif
    if (topLevel) return fail(ENG_MESSAGE("using declarations are not allowed at the top level of a script"));
    if (!next() || (isAwait && !next())) return false;
    if (!openDisposeRegion(isAwait)) return false;
    usingMode_ = isAwait ? 2 : 1;
    uint32_t count, last;
    bool hadInit;
    bool ok = parseLexicalDeclarations(true, false, &count, &last, &hadInit);
    usingMode_ = 0;
    return ok && consumeSemicolon();
}

// Opens the innermost scope's dispose region, unless it has one.
bool Parser::openDisposeRegion(bool isAwait) {
    FuncState *f = fs_;
    if (f->openScopes.empty()) return fail(ENG_MESSAGE("Internal error: no scope"));
    if (isAwait) f->openScopes.back().disposeFlags |= DISPOSE_ASYNC;
    if (f->openScopes.back().disposeReg != NO_DISPOSE_REG) return !ctx_->failed();
    uint32_t r = reserveRegs(4);  // list, the await's second register, completion kind and value
    emitABC(OP_NEWARR, r, 0, 0);
    uint32_t entry = emit(makeAsBx(OP_TRYFINALLY, r + 2, 0));
    Handler hd = {true, false, r + 2, addPatch(NO_PATCH, entry)};
    if (!f->handlers.push(hd)) return false;
    f->openScopes.back().disposeReg = static_cast<uint16_t>(r);  // registers are below 256
    return !ctx_->failed();
}

// Ends the innermost scope's dispose region (the epilogue above).
bool Parser::closeDisposeRegion() {
    FuncState *f = fs_;
    FuncState::OpenScope &os = f->openScopes.back();
    uint32_t r = os.disposeReg;
    bool async = (os.disposeFlags & DISPOSE_ASYNC) != 0;
    os.disposeReg = NO_DISPOSE_REG;
    os.disposeFlags = 0;
    Handler hd = f->handlers.back();
    f->handlers.pop();
    emitABC(OP_POPTRY, 0, 0, 0);
    emit(makeAsBx(OP_LOADI, r + 2, COMPLETION_NORMAL));
    patchListTo(hd.finallyList, here());
    if (async) {
        emitABC(OP_DISPOSE, r, r + 2, 3);
        emitABC(OP_YIELD, r, r, 1);
        emitABC(OP_RESUME, r, 0, 0);
    } else {
        emitABC(OP_DISPOSE, r, r + 2, 2);
    }
    emitABC(OP_ENDFINALLY, r + 2, 0, 0);
    return !ctx_->failed();
}

// The declaration's value (in valueReg) joins the innermost scope's list.
bool Parser::emitDisposeAdd(uint32_t valueReg) {
    FuncState *f = fs_;
    if (f->pass != 2 || f->openScopes.empty()) return !ctx_->failed();
    const FuncState::OpenScope &os = f->openScopes.back();
    if (os.disposeReg == NO_DISPOSE_REG) return fail(ENG_MESSAGE("Internal error: no dispose region"));
    emitABC(OP_DISPOSE, os.disposeReg, valueReg, usingMode_ == 2 ? 1 : 0);
    return !ctx_->failed();
}

#endif

}  // namespace eng
