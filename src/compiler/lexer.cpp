#include "compiler/lexer.h"

#include "config.h"

#include "strings/decimal_parse.h"

namespace eng {

namespace {

const char *const kTokenTexts[T__COUNT] = {
    "end of input", "invalid token", "identifier", "number", "string", "regular expression",
    "template literal", "private name",
#define ENG_TOKEN_TEXT(name, text) text,
    ENG_KEYWORDS(ENG_TOKEN_TEXT) ENG_PUNCTUATORS(ENG_TOKEN_TEXT)
#undef ENG_TOKEN_TEXT
};

struct KeywordEntry {
    const char *text;
    TokenType type;
};

const KeywordEntry kKeywords[] = {
#define ENG_KEYWORD_ENTRY(name, text) {text, T_##name},
    ENG_KEYWORDS(ENG_KEYWORD_ENTRY)
#undef ENG_KEYWORD_ENTRY
};

const char *const kStrictReserved[] = {"implements", "interface", "let",    "package", "private",
                                       "protected",  "public",    "static", "yield"};

bool isDecimalDigit(uint32_t c) { return c >= '0' && c <= '9'; }

int hexValue(uint32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
}


}  // namespace

const char *tokenText(TokenType t) { return t < T__COUNT ? kTokenTexts[t] : "?"; }


Lexer::Lexer(Context *ctx, const char *source, size_t length)
    : value(ctx), flags(ctx), raw(ctx), digitBuffer(ctx), src_(source),
      len_(length > 0xfffffff0u ? 0xfffffff0u : static_cast<uint32_t>(length)) {}

// Decodes the UTF-8 sequence at `at`. Returns -1 at the end, -2 if invalid.
int32_t Lexer::peekCodePoint(uint32_t at, uint32_t *size) const {
    *size = 1;
    if (at >= len_) return -1;
    uint8_t b = static_cast<uint8_t>(src_[at]);
    if (b < 0x80) return b;
    uint32_t n, cp, min;
    if ((b & 0xe0) == 0xc0) {
        n = 2, cp = b & 0x1f, min = 0x80;
    } else if ((b & 0xf0) == 0xe0) {
        n = 3, cp = b & 0x0f, min = 0x800;
    } else if ((b & 0xf8) == 0xf0) {
        n = 4, cp = b & 0x07, min = 0x10000;
    } else {
        return -2;
    }
    if (at + n > len_) return -2;
    for (uint32_t i = 1; i < n; i++) {
        uint8_t c = static_cast<uint8_t>(src_[at + i]);
        if ((c & 0xc0) != 0x80) return -2;
        cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff) return -2;
    *size = n;
    return static_cast<int32_t>(cp);
}

void Lexer::advanceBytes(uint32_t n) {
    for (uint32_t i = 0; i < n && pos_ < len_; i++, pos_++)
        if ((static_cast<uint8_t>(src_[pos_]) & 0xc0) != 0x80) column_++;
}

void Lexer::newline(uint32_t bytes) {
    pos_ += bytes;
    line_++;
    column_ = 1;
}

void Lexer::fail(const char *message) {
    token.type = T_ERROR;
    errorMessage = message;
}

bool Lexer::appendCodePoint(Vec<uint16_t> &out, uint32_t cp) {
    if (cp < 0x10000) return out.push(static_cast<uint16_t>(cp));
    cp -= 0x10000;
    return out.push(static_cast<uint16_t>(0xd800 + (cp >> 10))) &&
           out.push(static_cast<uint16_t>(0xdc00 + (cp & 0x3ff)));
}

// True when the input before `end` is only white space and block comments
// on one line: --> may start a comment there too (as browsers accept).
bool Lexer::onlyTriviaBefore(uint32_t end) const {
    uint32_t i = 0;
    while (i < end) {
        uint8_t b = static_cast<uint8_t>(src_[i]);
        if (b == ' ' || b == '\t' || b == '\v' || b == '\f') {
            i++;
        } else if (b == 0xc2 && i + 1 < end && static_cast<uint8_t>(src_[i + 1]) == 0xa0) {
            i += 2;
        } else if (b == 0xef && i + 2 < end && static_cast<uint8_t>(src_[i + 1]) == 0xbb &&
                   static_cast<uint8_t>(src_[i + 2]) == 0xbf) {
            i += 3;
        } else if (b == '/' && i + 1 < end && src_[i + 1] == '*') {
            i += 2;
            while (i + 1 < end && !(src_[i] == '*' && src_[i + 1] == '/')) {
                if (src_[i] == '\n' || src_[i] == '\r') return false;
                i++;
            }
            if (i + 1 >= end) return false;
            i += 2;
        } else {
            return false;
        }
    }
    return true;
}

void Lexer::skipToLineEnd() {
    for (;;) {
        uint32_t size;
        int32_t d = peekCodePoint(pos_, &size);
        if (d == -1 || (d >= 0 && isLineTerminator(static_cast<uint32_t>(d)))) break;
        advanceBytes(size);
    }
}

bool Lexer::skipSpaceAndComments() {
    for (;;) {
        uint32_t size;
        int32_t c = peekCodePoint(pos_, &size);
        if (c < 0) return true;
        if (c == '\r') {
            newline(pos_ + 1 < len_ && src_[pos_ + 1] == '\n' ? 2 : 1);
            token.newlineBefore = true;
        } else if (isLineTerminator(static_cast<uint32_t>(c))) {
            newline(size);
            token.newlineBefore = true;
        } else if (isWhiteSpace(static_cast<uint32_t>(c))) {
            advanceBytes(size);
        } else if ((c == '/' || (c == '#' && pos_ == 0)) && pos_ + 1 < len_ &&
                   src_[pos_ + 1] == (c == '#' ? '!' : '/')) {
            // A // comment, or the hashbang comment (#!) that only the very
            // start of a script may have (ES2023 12.5).
            advanceBytes(2);
            skipToLineEnd();
        } else if (c == '<' && !module && pos_ + 3 < len_ && src_[pos_ + 1] == '!' && src_[pos_ + 2] == '-' &&
                   src_[pos_ + 3] == '-') {
            // Annex B: <!-- starts a single-line comment (browsers accept it).
            advanceBytes(4);
            skipToLineEnd();
        } else if (c == '-' && !module && pos_ + 2 < len_ && src_[pos_ + 1] == '-' && src_[pos_ + 2] == '>' &&
                   (token.newlineBefore || onlyTriviaBefore(pos_))) {
            // Annex B: --> first on a line starts a single-line comment.
            advanceBytes(3);
            skipToLineEnd();
        } else if (c == '/' && pos_ + 1 < len_ && src_[pos_ + 1] == '*') {
            advanceBytes(2);
            for (;;) {
                int32_t d = peekCodePoint(pos_, &size);
                if (d == -1) return false;
                if (d == '*' && pos_ + 1 < len_ && src_[pos_ + 1] == '/') {
                    advanceBytes(2);
                    break;
                }
                if (d == '\r') {
                    newline(pos_ + 1 < len_ && src_[pos_ + 1] == '\n' ? 2 : 1);
                    token.newlineBefore = true;
                } else if (d >= 0 && isLineTerminator(static_cast<uint32_t>(d))) {
                    newline(size);
                    token.newlineBefore = true;
                } else {
                    advanceBytes(size);
                }
            }
        } else {
            return true;
        }
    }
}

void Lexer::next() {
    token.newlineBefore = false;
    token.escaped = false;
    token.legacyOctal = false;
    token.bigint = false;
    token.strictReserved = false;
    token.escapedKeyword = false;
    token.templateTail = false;
    token.templateInvalid = false;
    bool closed = skipSpaceAndComments();
    token.start = pos_;
    token.line = line_;
    token.column = column_;
    if (!closed) {
        token.end = pos_;
        fail(ENG_MESSAGE("Invalid or unexpected token"));
        return;
    }
    uint32_t size;
    int32_t c = peekCodePoint(pos_, &size);
    if (c == -1) {
        token.type = T_EOF;
    } else if (c == -2) {
        fail(ENG_MESSAGE("Invalid or unexpected token"));
    } else if (c == '\\' || isIdentifierStart(static_cast<uint32_t>(c))) {
        lexIdentifier();
    } else if (c == '#' && pos_ + 1 < len_) {
        // A PrivateIdentifier: '#' then an IdentifierName (no space between).
        advanceBytes(1);
        int32_t d = peekCodePoint(pos_, &size);
        if (d == '\\' || (d >= 0 && isIdentifierStart(static_cast<uint32_t>(d)))) {
            lexIdentifier();
            if (token.type != T_EOF && token.type != T_ERROR) {
                if (!value.push(0)) {
                    token.type = T_EOF;
                } else {
                    for (uint32_t i = value.size() - 1; i > 0; i--) value[i] = value[i - 1];
                    value[0] = '#';
                    token.type = T_PRIVATE_NAME;
                    token.strictReserved = token.escapedKeyword = false;
                }
            }
        } else {
            fail(ENG_MESSAGE("Invalid or unexpected token"));
        }
    } else if (isDecimalDigit(static_cast<uint32_t>(c)) ||
               (c == '.' && pos_ + 1 < len_ && isDecimalDigit(static_cast<uint8_t>(src_[pos_ + 1])))) {
        lexNumber();
    } else if (c == '"' || c == '\'') {
        lexString();
    } else if (c == '`') {
        advanceBytes(1);
        lexTemplate();
    } else {
        lexPunctuator();
    }
    token.end = pos_;
}

bool Lexer::readUnicodeEscape(uint32_t *cp) {
    if (pos_ + 1 >= len_ || src_[pos_ + 1] != 'u') return false;
    if (pos_ + 2 < len_ && src_[pos_ + 2] == '{') {
        // \u{X...} (ES2015 syntax, accepted as test262's ES5 selection uses it).
        uint32_t p = pos_ + 3, v = 0, digits = 0;
        while (p < len_ && hexValue(static_cast<uint8_t>(src_[p])) >= 0) {
            v = v * 16 + static_cast<uint32_t>(hexValue(static_cast<uint8_t>(src_[p])));
            if (v > 0x10ffff) return false;
            p++;
            digits++;
        }
        if (digits == 0 || p >= len_ || src_[p] != '}') return false;
        advanceBytes(p + 1 - pos_);
        *cp = v;
        return true;
    }
    uint32_t v = 0;
    for (uint32_t i = 0; i < 4; i++) {
        if (pos_ + 2 + i >= len_) return false;
        int h = hexValue(static_cast<uint8_t>(src_[pos_ + 2 + i]));
        if (h < 0) return false;
        v = v * 16 + static_cast<uint32_t>(h);
    }
    advanceBytes(6);
    *cp = v;
    return true;
}

void Lexer::lexIdentifier() {
    value.clear();
    bool first = true;
    for (;;) {
        uint32_t size;
        int32_t c = peekCodePoint(pos_, &size);
        uint32_t cp;
        if (c == '\\') {
            if (!readUnicodeEscape(&cp) ||
                !(first ? isIdentifierStart(cp) : isIdentifierPart(cp))) {
                fail(ENG_MESSAGE("Invalid Unicode escape sequence"));
                return;
            }
            token.escaped = true;
        } else if (c >= 0 && (first ? isIdentifierStart(static_cast<uint32_t>(c))
                                    : isIdentifierPart(static_cast<uint32_t>(c)))) {
            cp = static_cast<uint32_t>(c);
            advanceBytes(size);
        } else {
            break;
        }
        if (!appendCodePoint(value, cp)) {
            token.type = T_EOF;  // out of memory: the parser checks the context
            return;
        }
        first = false;
    }
    token.type = T_IDENT;
    uint32_t n = value.size();
    if (n < 2 || n > 10) return;
    char ascii[11];
    for (uint32_t i = 0; i < n; i++) {
        if (value[i] < 'a' || value[i] > 'z') return;
        ascii[i] = static_cast<char>(value[i]);
    }
    ascii[n] = 0;
    for (const KeywordEntry &k : kKeywords) {
        if (strcmp(k.text, ascii) == 0) {
            // An escaped reserved word is an IdentifierName (fine after '.'
            // and as a property key) but never a keyword or an Identifier:
            // the parser rejects it where an Identifier is required.
            if (token.escaped) token.escapedKeyword = true;
            else token.type = k.type;
            return;
        }
    }
    for (const char *word : kStrictReserved)
        if (strcmp(word, ascii) == 0) token.strictReserved = true;
}

// After a numeric literal: an IdentifierStart or DecimalDigit may not follow
// directly (the code point is decoded: non-ASCII white space may follow).
bool Lexer::identifierFollows() const {
    uint32_t size;
    int32_t c = peekCodePoint(pos_, &size);
    if (c < 0) return false;
    uint32_t cp = static_cast<uint32_t>(c);
    return cp == '\\' || isDecimalDigit(cp) || isIdentifierStart(cp);
}

void Lexer::lexNumber() {
    uint32_t start = pos_;
    const uint8_t *s = reinterpret_cast<const uint8_t *>(src_);
    auto at = [&](uint32_t i) -> uint32_t { return i < len_ ? s[i] : 0; };
    uint32_t prefix = at(pos_) == '0' ? (at(pos_ + 1) | 0x20) : 0;
    if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
        // 0x, and ES2015 0o / 0b: one loop, the radix checked per digit.
        uint32_t bits = prefix == 'x' ? 4 : prefix == 'o' ? 3 : 1;
        pos_ += 2;
        double v = 0;
        uint32_t digits = 0;
        bool separators = false;
        uint32_t end = pos_;
        if (!scanDigits(&end, true, &separators)) {
            column_ += end - start;
            pos_ = end;
            fail(ENG_MESSAGE("Numeric separators are allowed only between digits"));
            return;
        }
        const uint8_t *text = s + start + 2;
        if (separators && !withoutSeparators(s + pos_, end - pos_, &text)) return;
        while (pos_ < end) {
            if (at(pos_) != '_') {
                int d = hexValue(at(pos_));
                if (d >= (1 << bits)) break;  // a digit too big for the radix
                v = v * (1 << bits) + d;
                digits++;
            }
            pos_++;
        }
        column_ += pos_ - start;
#if ENG_BIGINT
        if (digits != 0 && pos_ == end && at(pos_) == 'n') {
            token.number = v;
            return lexBigIntSuffix(start);
        }
#endif
        if (digits == 0 || pos_ != end || identifierFollows()) {
            fail(ENG_MESSAGE("Invalid or unexpected token"));
            return;
        }
        if (digits * bits > 52) v = binaryDigitsToDouble(text, digits, bits);  // beyond 2^53: round once
        token.type = T_NUMBER;
        token.number = v;
        return;
    }
    bool leadingZero = at(pos_) == '0' && (isDecimalDigit(at(pos_ + 1)) || at(pos_ + 1) == '_');
    if (at(pos_) == '0' && isDecimalDigit(at(pos_ + 1))) {
        // Legacy octal (017), or decimal if a digit 8 or 9 appears (019).
        uint32_t p = pos_ + 1;
        bool octal = true;
        while (isDecimalDigit(at(p))) {
            if (at(p) >= '8') octal = false;
            p++;
        }
        if (octal) {
            double v = binaryDigitsToDouble(s + pos_ + 1, p - pos_ - 1, 3);
            column_ += p - pos_;
            pos_ = p;
            if (strict) {
                fail(ENG_MESSAGE("Octal literals are not allowed in strict mode."));
                return;
            }
            if (identifierFollows()) {
                fail(ENG_MESSAGE("Invalid or unexpected token"));
                return;
            }
            token.type = T_NUMBER;
            token.legacyOctal = true;
            token.number = v;
            return;
        }
        if (strict) {
            column_ += p - pos_;
            pos_ = p;
            fail(ENG_MESSAGE("Decimals with leading zeros are not allowed in strict mode."));
            return;
        }
    }
    // ES2021 numeric separators: one '_' between two digits, never after a
    // leading 0 (nor in 019-style literals).
    bool separators = false, placed = true;
    placed = scanDigits(&pos_, false, &separators);
#if ENG_BIGINT
    if (placed && at(pos_) == 'n' && at(start) != '.') {
        column_ += pos_ - start;
        // No BigInt literal has a leading zero (08n, 0_1n).
        if (leadingZero) return fail(ENG_MESSAGE("Invalid or unexpected token"));
        token.number = 0;
        return lexBigIntSuffix(start);
    }
#endif
    if (placed && at(pos_) == '.') {
        pos_++;
        if (at(pos_) == '_') placed = false;
        else placed = scanDigits(&pos_, false, &separators);
    }
    if (placed && (at(pos_) == 'e' || at(pos_) == 'E')) {
        uint32_t p = pos_ + 1;
        if (at(p) == '+' || at(p) == '-') p++;
        if (!isDecimalDigit(at(p))) {
            column_ += p - start;
            pos_ = p;
            fail(ENG_MESSAGE("Invalid or unexpected token"));
            return;
        }
        placed = scanDigits(&p, false, &separators);
        pos_ = p;
    }
    if (!placed || (separators && leadingZero)) {
        column_ += pos_ - start;
        fail(ENG_MESSAGE("Numeric separators are allowed only between digits"));
        return;
    }
    column_ += pos_ - start;
    if (identifierFollows()) {
        fail(ENG_MESSAGE("Invalid or unexpected token"));
        return;
    }
    const uint8_t *text = s + start;
    uint32_t length = pos_ - start;
    if (separators) {
        if (!withoutSeparators(s + start, length, &text)) return;
        length = digitBuffer.size();
    }
    token.type = T_NUMBER;
    token.number = decimalToDouble(text, length);
}

#if ENG_BIGINT
// The `n` after the digits from start: a BigInt literal, its text in value.
void Lexer::lexBigIntSuffix(uint32_t start) {
    uint32_t end = pos_;
    pos_++;
    column_++;
    if (identifierFollows()) return fail(ENG_MESSAGE("Invalid or unexpected token"));
    value.clear();
    for (uint32_t i = start; i < end; i++)
        if (src_[i] != '_' && !value.push(static_cast<uint8_t>(src_[i]))) {
            token.type = T_EOF;  // out of memory: the parser checks the context
            return;
        }
    token.type = T_NUMBER;
    token.bigint = true;
}
#endif

// Digits (hex or decimal) with single '_' separators between two of them.
// False, with *p at the separator, if one is misplaced.
bool Lexer::scanDigits(uint32_t *p, bool hex, bool *separators) const {
    const uint8_t *s = reinterpret_cast<const uint8_t *>(src_);
    auto digit = [&](uint32_t i) {
        if (i >= len_) return false;
        return hex ? hexValue(s[i]) >= 0 : isDecimalDigit(s[i]);
    };
    uint32_t q = *p;
    bool afterDigit = false;
    for (;;) {
        if (digit(q)) {
            afterDigit = true;
            q++;
        } else if (q < len_ && s[q] == '_') {
            if (!afterDigit || !digit(q + 1)) {
                *p = q;
                return false;
            }
            *separators = true;
            afterDigit = false;
            q++;
        } else {
            break;
        }
    }
    *p = q;
    return true;
}

// The literal's text without its separators, in digitBuffer.
bool Lexer::withoutSeparators(const uint8_t *text, uint32_t length, const uint8_t **out) {
    digitBuffer.clear();
    for (uint32_t i = 0; i < length; i++)
        if (text[i] != '_' && !digitBuffer.push(text[i])) return false;
    *out = digitBuffer.data();
    return true;
}

// The escapes string and template literals read alike, at the backslash (e:
// the code point after it, size bytes long): \n \t \b \f \v \r, line
// continuations, \xHH and \u.
Lexer::SharedEscape Lexer::readSharedEscape(int32_t e, uint32_t size) {
    uint32_t cp;
    switch (e) {
    case 'n': cp = '\n'; break;
    case 't': cp = '\t'; break;
    case 'b': cp = '\b'; break;
    case 'f': cp = '\f'; break;
    case 'v': cp = '\v'; break;
    case 'r': cp = '\r'; break;
    case '\r':
        // Line continuation: contributes nothing.
        pos_ += 1;
        newline(pos_ + 1 < len_ && src_[pos_ + 1] == '\n' ? 2 : 1);
        return ESC_READ;
    case '\n': case 0x2028: case 0x2029:
        pos_ += 1;
        newline(size);
        return ESC_READ;
    case 'x': {
        int h1 = pos_ + 2 < len_ ? hexValue(static_cast<uint8_t>(src_[pos_ + 2])) : -1;
        int h2 = pos_ + 3 < len_ ? hexValue(static_cast<uint8_t>(src_[pos_ + 3])) : -1;
        if (h1 < 0 || h2 < 0) return ESC_BAD_HEX;
        advanceBytes(4);
        return value.push(static_cast<uint16_t>(h1 * 16 + h2)) ? ESC_READ : ESC_OUT_OF_MEMORY;
    }
    case 'u':
        if (!readUnicodeEscape(&cp)) return ESC_BAD_UNICODE;
        return appendCodePoint(value, cp) ? ESC_READ : ESC_OUT_OF_MEMORY;
    default:
        return ESC_OTHER;
    }
    advanceBytes(2);
    return value.push(static_cast<uint16_t>(cp)) ? ESC_READ : ESC_OUT_OF_MEMORY;
}

void Lexer::lexString() {
    char quote = src_[pos_];
    advanceBytes(1);
    value.clear();
    for (;;) {
        uint32_t size;
        int32_t c = peekCodePoint(pos_, &size);
        if (c < 0 || c == '\n' || c == '\r') {
            fail(ENG_MESSAGE("Invalid or unexpected token"));
            return;
        }
        if (c == quote) {
            advanceBytes(1);
            break;
        }
        if (c != '\\') {
            // (U+2028/2029 may be raw since ES2019, JSON superset.)
            advanceBytes(size);
            if (!appendCodePoint(value, static_cast<uint32_t>(c))) return;
            continue;
        }
        token.escaped = true;
        int32_t e = peekCodePoint(pos_ + 1, &size);
        if (e < 0) {
            advanceBytes(1);
            fail(ENG_MESSAGE("Invalid or unexpected token"));
            return;
        }
        SharedEscape read = readSharedEscape(e, size);
        if (read == ESC_READ) continue;
        if (read == ESC_OUT_OF_MEMORY) return;
        if (read != ESC_OTHER) {
            fail(read == ESC_BAD_HEX ? ENG_MESSAGE("Invalid hexadecimal escape sequence")
                                     : ENG_MESSAGE("Invalid Unicode escape sequence"));
            return;
        }
        if (e >= '0' && e <= '7') {
            // \0 not followed by a digit is NUL; anything else is a
            // legacy octal escape (sloppy mode only).
            uint32_t p = pos_ + 1;
            uint32_t v = 0, n = 0;
            uint32_t maxDigits = e <= '3' ? 3 : 2;
            while (n < maxDigits && p < len_ && src_[p] >= '0' && src_[p] <= '7') {
                v = v * 8 + static_cast<uint32_t>(src_[p] - '0');
                p++;
                n++;
            }
            bool plainNul = e == '0' && n == 1 && !(p < len_ && (src_[p] == '8' || src_[p] == '9'));
            if (!plainNul) {
                token.legacyOctal = true;
                if (strict) {
                    advanceBytes(1);
                    fail(ENG_MESSAGE("Octal escape sequences are not allowed in strict mode."));
                    return;
                }
            }
            advanceBytes(p - pos_);
            if (!value.push(static_cast<uint16_t>(v))) return;
            continue;
        }
        if ((e == '8' || e == '9') && strict) {
            advanceBytes(1);
            fail(ENG_MESSAGE("\\8 and \\9 are not allowed in strict mode."));
            return;
        }
        advanceBytes(1 + size);  // identity escape
        if (!appendCodePoint(value, static_cast<uint32_t>(e))) return;
    }
    token.type = T_STRING;
}

void Lexer::lexPunctuator() {
    // ?. is optional chaining unless a digit follows (a ? .5 : x).
    if (src_[pos_] == '?' && pos_ + 1 < len_ && src_[pos_ + 1] == '.' &&
        !(pos_ + 2 < len_ && src_[pos_ + 2] >= '0' && src_[pos_ + 2] <= '9')) {
        token.type = T_OPTIONAL;
        advanceBytes(2);
        return;
    }
    static const TokenType kLongest[] = {
        // Ordered longest first so the first match wins.
        T_STAR_STAR_ASSIGN, T_NULLISH_ASSIGN, T_AND_ASSIGN, T_OR_ASSIGN, T_STAR_STAR, T_NULLISH,
        T_USHR_ASSIGN, T_SEQ,        T_SNE,          T_USHR,         T_SHL_ASSIGN,
        T_SHR_ASSIGN,  T_LE,         T_GE,           T_EQ,           T_NE,           T_ARROW,
        T_INC,         T_DEC,        T_SHL,          T_SHR,          T_AND,
        T_OR,          T_PLUS_ASSIGN, T_MINUS_ASSIGN, T_STAR_ASSIGN, T_PERCENT_ASSIGN,
        T_AMP_ASSIGN,  T_PIPE_ASSIGN, T_CARET_ASSIGN, T_SLASH_ASSIGN, T_LBRACE,
        T_RBRACE,      T_LPAREN,     T_RPAREN,       T_LBRACKET,     T_RBRACKET,
        T_ELLIPSIS,    T_DOT,         T_SEMICOLON,  T_COMMA,        T_LT,           T_GT,
        T_PLUS,        T_MINUS,      T_STAR,         T_PERCENT,      T_AMP,
        T_PIPE,        T_CARET,      T_BANG,         T_TILDE,        T_QUESTION,
        T_COLON,       T_ASSIGN,     T_SLASH,
    };
    for (TokenType t : kLongest) {
        const char *text = kTokenTexts[t];
        size_t n = strlen(text);
        if (pos_ + n <= len_ && memcmp(src_ + pos_, text, n) == 0) {
            token.type = t;
            advanceBytes(static_cast<uint32_t>(n));
            return;
        }
    }
    uint32_t size;
    peekCodePoint(pos_, &size);
    advanceBytes(size);
    fail(ENG_MESSAGE("Invalid or unexpected token"));
}

void Lexer::rescanAsRegex() {
    pos_ = token.start;
    line_ = token.line;
    column_ = token.column;
    advanceBytes(1);
    value.clear();
    flags.clear();
    bool inClass = false;
    for (;;) {
        uint32_t size;
        int32_t c = peekCodePoint(pos_, &size);
        if (c < 0 || isLineTerminator(static_cast<uint32_t>(c))) {
            fail(ENG_MESSAGE("Invalid regular expression: missing /"));
            token.end = pos_;
            return;
        }
        if (c == '\\') {
            int32_t d = peekCodePoint(pos_ + 1, &size);
            if (d < 0 || isLineTerminator(static_cast<uint32_t>(d))) {
                advanceBytes(1);
                fail(ENG_MESSAGE("Invalid regular expression: missing /"));
                token.end = pos_;
                return;
            }
            advanceBytes(1 + size);
            if (!value.push('\\') || !appendCodePoint(value, static_cast<uint32_t>(d))) return;
            continue;
        }
        advanceBytes(size);
        if (c == '/' && !inClass) break;
        if (c == '[') inClass = true;
        else if (c == ']') inClass = false;
        if (!appendCodePoint(value, static_cast<uint32_t>(c))) return;
    }
    for (;;) {
        uint32_t size;
        int32_t c = peekCodePoint(pos_, &size);
        if (c == '\\') {
            fail(ENG_MESSAGE("Invalid regular expression flags"));
            token.end = pos_;
            return;
        }
        if (c < 0 || !isIdentifierPart(static_cast<uint32_t>(c))) break;
        advanceBytes(size);
        if (!appendCodePoint(flags, static_cast<uint32_t>(c))) return;
    }
    token.type = T_REGEX;
    token.end = pos_;
}

}  // namespace eng
