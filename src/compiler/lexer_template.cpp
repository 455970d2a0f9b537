// Template literal chunks (ES2023 12.9.6): the text between '`' or '}' and
// the next '`' or "${". The cooked value goes to Lexer::value, the raw text
// to Lexer::raw. An invalid escape does not stop the chunk: tagged templates
// get undefined as its cooked value (ES2018), untagged ones report
// templateError as a SyntaxError.
#include "compiler/lexer.h"

namespace eng {

// At a backslash inside a chunk. False only on an unterminated literal or
// out of memory; an invalid escape sets *invalid and skips "\x" so that the
// rest is read as ordinary characters.
bool Lexer::templateEscape(bool *invalid) {
    uint32_t size;
    int32_t e = peekCodePoint(pos_ + 1, &size);
    if (e < 0) {
        advanceBytes(1);
        fail(ENG_MESSAGE("Unterminated template literal"));
        return false;
    }
    auto bad = [&](const char *message) {
        if (!*invalid) templateError = message;
        *invalid = true;
        advanceBytes(2);
        return true;
    };
    switch (readSharedEscape(e, size)) {
    case ESC_READ: return true;
    case ESC_OUT_OF_MEMORY: return false;
    case ESC_BAD_HEX: return bad(ENG_MESSAGE("Invalid hexadecimal escape sequence"));
    case ESC_BAD_UNICODE: return bad(ENG_MESSAGE("Invalid Unicode escape sequence"));
    case ESC_OTHER: break;
    }
    if (e == '0' && !(pos_ + 2 < len_ && src_[pos_ + 2] >= '0' && src_[pos_ + 2] <= '9')) {
        advanceBytes(2);
        return value.push(0);
    }
    if (e >= '0' && e <= '7') return bad(ENG_MESSAGE("Octal escape sequences are not allowed in template strings."));
    if (e == '8' || e == '9') return bad(ENG_MESSAGE("\\8 and \\9 are not allowed in template strings."));
    advanceBytes(1 + size);  // identity escape
    return appendCodePoint(value, static_cast<uint32_t>(e));
}

void Lexer::lexTemplate() {
    value.clear();
    raw.clear();
    templateError = "";
    uint32_t rawStart = pos_, rawEnd;
    bool invalid = false;
    for (;;) {
        uint32_t size;
        int32_t c = peekCodePoint(pos_, &size);
        if (c < 0) {
            fail(c == -1 ? ENG_MESSAGE("Unterminated template literal") : ENG_MESSAGE("Invalid or unexpected token"));
            return;
        }
        if (c == '`') {
            rawEnd = pos_;
            advanceBytes(1);
            token.templateTail = true;
            break;
        }
        if (c == '$' && pos_ + 1 < len_ && src_[pos_ + 1] == '{') {
            rawEnd = pos_;
            advanceBytes(2);
            break;
        }
        if (c == '\\') {
            if (!templateEscape(&invalid)) return;
            continue;
        }
        if (c == '\r') {
            // CR and CRLF are read as LF, in both values.
            newline(pos_ + 1 < len_ && src_[pos_ + 1] == '\n' ? 2 : 1);
            if (!value.push('\n')) return;
            continue;
        }
        if (c == '\n' || c == 0x2028 || c == 0x2029) newline(size);
        else advanceBytes(size);
        if (!appendCodePoint(value, static_cast<uint32_t>(c))) return;
    }
    for (uint32_t p = rawStart; p < rawEnd;) {
        uint32_t size;
        int32_t c = peekCodePoint(p, &size);
        if (c == '\r') {
            p += p + 1 < rawEnd && src_[p + 1] == '\n' ? 2 : 1;
            c = '\n';
        } else {
            p += size;
        }
        if (!appendCodePoint(raw, static_cast<uint32_t>(c))) return;
    }
    token.type = T_TEMPLATE;
    token.templateInvalid = invalid;
}

void Lexer::rescanTemplateContinuation() {
    pos_ = token.start;
    line_ = token.line;
    column_ = token.column;
    advanceBytes(1);
    token.templateTail = false;
    token.templateInvalid = false;
    lexTemplate();
    token.end = pos_;
}

}  // namespace eng
