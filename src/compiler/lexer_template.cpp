// Template literal chunks (ES2023 12.9.6): the text between '`' or '}' and
// the next '`' or "${". The cooked value goes to Lexer::value, the raw text
// to Lexer::raw. An invalid escape does not stop the chunk: tagged templates
// get undefined as its cooked value (ES2018), untagged ones report
// templateError as a SyntaxError.
#include "compiler/lexer.h"

namespace eng {

namespace {

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

int hexDigit(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

}  // namespace

// At a backslash inside a chunk. False only on an unterminated literal or
// out of memory; an invalid escape sets *invalid and skips "\x" so that the
// rest is read as ordinary characters.
bool Lexer::templateEscape(bool *invalid) {
    uint32_t size;
    int32_t e = peekCodePoint(pos_ + 1, &size);
    if (e < 0) {
        advanceBytes(1);
        fail("Unterminated template literal");
        return false;
    }
    auto bad = [&](const char *message) {
        if (!*invalid) templateError = message;
        *invalid = true;
        advanceBytes(2);
        return true;
    };
    uint32_t cp;
    switch (e) {
    case 'n': cp = '\n'; break;
    case 't': cp = '\t'; break;
    case 'b': cp = '\b'; break;
    case 'f': cp = '\f'; break;
    case 'v': cp = '\v'; break;
    case 'r': cp = '\r'; break;
    case '\r':
        // Line continuation: nothing in the cooked value.
        pos_ += 1;
        newline(pos_ + 1 < len_ && src_[pos_ + 1] == '\n' ? 2 : 1);
        return true;
    case '\n': case 0x2028: case 0x2029:
        pos_ += 1;
        newline(size);
        return true;
    case 'x':
        if (pos_ + 3 < len_ && isHex(src_[pos_ + 2]) && isHex(src_[pos_ + 3])) {
            uint16_t unit = static_cast<uint16_t>(hexDigit(src_[pos_ + 2]) * 16 + hexDigit(src_[pos_ + 3]));
            advanceBytes(4);
            return value.push(unit);
        }
        return bad("Invalid hexadecimal escape sequence");
    case 'u':
        if (!readUnicodeEscape(&cp)) return bad("Invalid Unicode escape sequence");
        return appendCodePoint(value, cp);
    case '0':
        if (!(pos_ + 2 < len_ && src_[pos_ + 2] >= '0' && src_[pos_ + 2] <= '9')) {
            cp = 0;
            break;
        }
        return bad("Octal escape sequences are not allowed in template strings.");
    default:
        if (e >= '1' && e <= '7') return bad("Octal escape sequences are not allowed in template strings.");
        if (e == '8' || e == '9') return bad("\\8 and \\9 are not allowed in template strings.");
        advanceBytes(1 + size);  // identity escape
        return appendCodePoint(value, static_cast<uint32_t>(e));
    }
    advanceBytes(2);
    return value.push(static_cast<uint16_t>(cp));
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
            fail(c == -1 ? "Unterminated template literal" : "Invalid or unexpected token");
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
