// Function name inference (ES2023 NamedEvaluation): an anonymous function
// or arrow that is the whole initializer or right-hand side of a binding,
// an assignment to a name, or a property definition takes that name.
// The name is known only once the function is compiled (pass 1 compiles
// inner functions before the parent knows what follows them), so the
// finished record gets its name constant added afterwards.
#include "compiler/parser.h"

namespace eng {

namespace {

// After a function expression: does the assignment expression end here?
// (Otherwise `var f = function () {}.bind(o)` would name the function.)
bool endsAssignment(const Token &t) {
    switch (t.type) {
    case T_COMMA: case T_SEMICOLON: case T_RPAREN: case T_RBRACKET: case T_RBRACE: case T_COLON: case T_EOF:
        return true;
    case T_IN: case T_INSTANCEOF:
        return false;
    default:
        // ASI before a statement on the next line.
        return t.newlineBefore && (t.type == T_IDENT || isKeywordToken(t.type));
    }
}

}  // namespace

uint32_t Parser::prefixedName(const char *prefix, uint32_t atom) {
    uint32_t p = static_cast<uint32_t>(strlen(prefix)), n = atoms_.length(atom);
    Vec<uint16_t> units(ctx_);
    if (!units.resize(p + n, 0)) return NO_ATOM;
    for (uint32_t i = 0; i < p; i++) units[i] = static_cast<uint8_t>(prefix[i]);
    for (uint32_t i = 0; i < n; i++) units[p + i] = atoms_.unit(atom, i);
    return atoms_.intern(units.data(), p + n);
}

// The hint applies: a static name goes into the record (pass 1), a
// computed one is set at run time by the caller (namedAnonymous_).
bool Parser::nameAnonymousFunction(uint32_t innerIndex, uint32_t hint, bool whole, bool defer) {
    if (!whole && !endsAssignment(lex_.token)) return true;
    if (defer) {
        pendingInner_ = innerIndex;
        pendingName_ = hint;
        return true;
    }
    if (hint == kComputedName) {
        namedAnonymous_ = true;
        return true;
    }
    return fs_->pass == 2 || setInnerName(innerIndex, hint);
}

// `( AssignmentExpression )` where the parenthesized expression would be
// named: it is, if it is a lone anonymous function and the parentheses end
// the assignment expression (not `(function () {}).call()`).
bool Parser::parseNamedParenthesized(ExprDesc &e, uint32_t hint, bool outerDefers) {
    if (!next()) return false;
    pendingInner_ = NO_REG;
    nameHint_ = hint;
    deferNext_ = true;
    bool ok = parseAssignment(e, false);
    nameHint_ = NO_ATOM;
    deferNext_ = false;
    if (!ok) return false;
    uint32_t inner = pendingInner_, name = pendingName_;
    pendingInner_ = NO_REG;
    if (check(T_COMMA)) {
        // A comma expression is never a function definition.
        inner = NO_REG;
        while (check(T_COMMA)) {
            discard(e);
            if (!next() || !parseAssignment(e, false)) return false;
        }
        if (e.isName || e.kind == E_FIELD || e.kind == E_INDEX) toNextReg(e);
    }
    if (!expect(T_RPAREN)) return false;
    e.parenthesized = true;
    if (inner == NO_REG) return !ctx_->failed();
    if (outerDefers) {
        pendingInner_ = inner;  // an enclosing parenthesis decides
        pendingName_ = name;
        return true;
    }
    return nameAnonymousFunction(inner, name, false, false);
}

// Adds the name as a new constant of the finished record and points the
// header's nameConst at it (the record block grows by one word).
bool Parser::setInnerName(uint32_t innerIndex, uint32_t atom) {
    if (atom == NO_ATOM || innerIndex >= fs_->inners.size()) return !ctx_->failed();
    FunctionRecord &r = functions_[fs_->inners[innerIndex].functionIndex];
    if (!r.bytes) return true;
    FunctionHeader h = r.header();
    if (h.nameConst != NO_NAME) return true;
    size_t size = r.blockSize();
    uint8_t *p = static_cast<uint8_t *>(ctx_->reallocate(r.bytes, size, size + 4));
    if (!p) return false;
    uint32_t at = r.recordAt();
    memmove(p + at + 4, p + at, r.recordSize);
    memcpy(p + at, &atom, 4);
    r.bytes = p;
    r.constWords++;
    h.nameConst = h.constCount++;
    memcpy(p + r.recordAt(), &h, sizeof h);
    return true;
}

}  // namespace eng
