// Parser plumbing: errors, token handling, the depth limit.
#include <string.h>

#include "compiler/parser.h"
#include "stack_pointer.h"
#include "strings/format.h"

namespace eng {

bool VecStorage::grow(uint32_t wanted, size_t elemSize) {
    if (wanted <= cap_) return true;
    // A first block of about 64 bytes at most (most lists of a small
    // function hold an element or two), then growth by half: what the
    // compile holds at its heap peak is at most a third more than it uses.
    if (wanted > 0x40000000u) {
        ctx_->outOfMemory = true;
        return false;
    }
    uint32_t newCap = cap_ ? cap_ + cap_ / 2 : elemSize >= 16 ? 2 : 4;
    if (newCap < wanted) newCap = wanted;
    if (newCap > SIZE_MAX / elemSize) {
        ctx_->outOfMemory = true;
        return false;
    }
    void *p = ctx_->reallocate(data_, elemSize * cap_, elemSize * newCap);
    if (!p) return false;
    data_ = p;
    cap_ = newCap;
    return true;
}

void VecStorage::release(size_t elemSize) {
    if (!data_) return;
    ctx_->release(data_, elemSize * cap_);
    data_ = nullptr;
    size_ = cap_ = 0;
}

void VecStorage::shrink(size_t elemSize) {
    if (size_ == cap_) return;
    if (size_ == 0) {
        release(elemSize);
        return;
    }
    void *p = ctx_->shrink(data_, elemSize * cap_, elemSize * size_);
    if (!p) return;
    data_ = p;
    cap_ = size_;
}

void VecStorage::take(VecStorage &other, size_t elemSize) {
    release(elemSize);
    ctx_ = other.ctx_;
    data_ = other.data_;
    size_ = other.size_;
    cap_ = other.cap_;
    other.data_ = nullptr;
    other.size_ = other.cap_ = 0;
}

void Context::setSyntaxError(const char *message, uint32_t line, uint32_t column) {
    if (syntaxError || outOfMemory) return;
    syntaxError = true;
    if (!error) return;
    const char *text = *message ? message : "Syntax error";
    size_t size = strlen(text) + 1;
    char *copy = static_cast<char *>(allocate(size));
    if (!copy) return;  // out of memory instead (recorded)
    memcpy(copy, text, size);
    error->message = copy;
    error->messageSize = static_cast<uint32_t>(size);
    error->line = line;
    error->column = column;
}

FuncState::FuncState(Context *ctx)
    : params(ctx), paramRefs(ctx), paramRefOrder(ctx), paramCopies(ctx), paramPositions(ctx), declared(ctx), declOrder(ctx), referenced(ctx),
      refOrder(ctx), innerFree(ctx), inners(ctx), catchCaptured(ctx), tryShapes(ctx),
      narrowAtoms(ctx), hazards(ctx), withRecords(ctx), classRecords(ctx), knownNames(ctx), knownOrder(ctx), evalSites(ctx),
      evalBindings(ctx), locals(ctx), localIndex(ctx), upvalAtoms(ctx), upvalIndex(ctx), code(ctx),
      constWords(ctx), numberConsts(ctx), stringConsts(ctx), lines(ctx), catchScopes(ctx),
      targets(ctx), labels(ctx), handlers(ctx), patches(ctx), withCands(ctx), blockMarks(ctx), blockLex(ctx), blockVars(ctx),
      openScopes(ctx), lexStack(ctx), lexDecls(ctx), lexScopes(ctx), annexCandidates(ctx), annexEligible(ctx),
      nameUses(ctx), innerUses(ctx) {}

Parser::Parser(Context *ctx, const char *source, size_t length, bool strict)
    : ctx_(ctx), atoms_(ctx), lex_(ctx, source, length), functions_(ctx), optionStrict_(strict),
      privateDecls_(ctx), privateUses_(ctx), privateScopes_(ctx), outer_(ctx), discovered_(ctx),
      discoveredIndex_(ctx), discoveredNames_(ctx), patternNames_(ctx) {}

Parser::~Parser() { releaseRecords(); }

bool Parser::failAt(const char *message, uint32_t line, uint32_t column) {
    ctx_->setSyntaxError(message, line, column);
    return false;
}

bool Parser::fail(const char *message) { return failAt(message, lex_.token.line, lex_.token.column); }

bool Parser::unexpected() {
    const Token &t = lex_.token;
    if (ctx_->outOfMemory) return false;
    char buf[128];
    switch (t.type) {
    case T_EOF:
        return fail(ENG_MESSAGE("Unexpected end of input"));
    case T_ERROR:
        return fail(lex_.errorMessage);
    case T_NUMBER:
        return fail(ENG_MESSAGE("Unexpected number"));
    case T_STRING:
        return fail(ENG_MESSAGE("Unexpected string"));
    case T_REGEX:
        return fail(ENG_MESSAGE("Unexpected regular expression"));
    case T_TEMPLATE:
        return fail(ENG_MESSAGE("Unexpected template string"));
    case T_IDENT: {
        if (fs_ && fs_->strict && t.strictReserved) return fail(ENG_MESSAGE("Unexpected strict mode reserved word"));
        uint32_t n = t.end - t.start;
        if (n > 100) n = 100;
        formatText(buf, sizeof buf, "Unexpected identifier '%.*s'", static_cast<int>(n),
                   lex_.source() + t.start);
        return fail(buf);
    }
    default:
        formatText(buf, sizeof buf, "Unexpected token '%s'", tokenText(t.type));
        return fail(buf);
    }
}

bool Parser::next() {
    if (ctx_->failed()) return false;
    lex_.next();
    if (ctx_->outOfMemory) return false;
    return true;
}

bool Parser::accept(TokenType t, bool *ok) {
    if (!check(t)) return false;
    *ok = next();
    return true;
}

bool Parser::expect(TokenType t) {
    if (!check(t)) return unexpected();
    return next();
}

// Automatic semicolon insertion.
bool Parser::consumeSemicolon() {
    if (check(T_SEMICOLON)) return next();
    if (check(T_RBRACE) || check(T_EOF) || lex_.token.newlineBefore) return true;
    return unexpected();
}

bool Parser::enter() {
    if (++depth_ > ENG_COMPILER_MAX_DEPTH) {
        depth_--;
        return fail("Maximum nesting depth exceeded");  // a RangeError keeps its text in every profile
    }
    // Every recursion of the parser passes here, so this bounds its C stack.
    if (ENG_C_STACK_POINTER() < ctx_->stackLimit) {
        depth_--;
        bool first = !ctx_->syntaxError && !ctx_->outOfMemory;
        fail("Maximum call stack size exceeded");  // likewise
        if (first && ctx_->error) ctx_->error->rangeError = true;
        return false;
    }
    return true;
}

uint32_t Parser::tokenAtom() {
    uint32_t atom = atoms_.intern(lex_.value.data(), lex_.value.size());
    return atom;
}

bool Parser::isIdentifierName() const {
    TokenType t = lex_.token.type;
    return t == T_IDENT || isKeywordToken(t);
}

// Names that strict mode code may not bind.
bool Parser::checkStrictName(uint32_t atom, uint32_t line, uint32_t column) {
    if (!fs_->strict) return true;
    if (atom == ATOM_EVAL || atom == ATOM_ARGUMENTS)
        return failAt(ENG_MESSAGE("Unexpected eval or arguments in strict mode"), line, column);
    return true;
}

}  // namespace eng
