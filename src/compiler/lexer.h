// Tokenizer for ES5.1 source text in UTF-8.
//
// The lexer produces one token at a time. A '/' is always returned as a
// punctuator; when the parser is at a place where an expression operand may
// start it calls rescanAsRegex() to re-read the token as a regular expression
// literal. Positions are 1-based lines and columns counted in code points.
#ifndef ENG_COMPILER_LEXER_H
#define ENG_COMPILER_LEXER_H

#include <stddef.h>
#include <stdint.h>

#include "compiler/compile_context.h"
#include "strings/char_classes.h"  // the lexer's character classes

namespace eng {

#define ENG_KEYWORDS(X)                                                                        \
    X(BREAK, "break") X(CASE, "case") X(CATCH, "catch") X(CONTINUE, "continue")                 \
    X(DEBUGGER, "debugger") X(DEFAULT, "default") X(DELETE, "delete") X(DO, "do")               \
    X(ELSE, "else") X(FINALLY, "finally") X(FOR, "for") X(FUNCTION, "function") X(IF, "if")     \
    X(IN, "in") X(INSTANCEOF, "instanceof") X(NEW, "new") X(RETURN, "return")                   \
    X(SWITCH, "switch") X(THIS, "this") X(THROW, "throw") X(TRY, "try") X(TYPEOF, "typeof")     \
    X(VAR, "var") X(VOID, "void") X(WHILE, "while") X(WITH, "with") X(NULL_, "null")            \
    X(TRUE_, "true") X(FALSE_, "false") X(CLASS, "class") X(CONST, "const") X(ENUM, "enum")     \
    X(EXPORT, "export") X(EXTENDS, "extends") X(IMPORT, "import") X(SUPER, "super")

#define ENG_PUNCTUATORS(X)                                                                      \
    X(LBRACE, "{") X(RBRACE, "}") X(LPAREN, "(") X(RPAREN, ")") X(LBRACKET, "[")                \
    X(RBRACKET, "]") X(DOT, ".") X(SEMICOLON, ";") X(COMMA, ",") X(LT, "<") X(GT, ">")         \
    X(LE, "<=") X(GE, ">=") X(EQ, "==") X(NE, "!=") X(SEQ, "===") X(SNE, "!==") X(PLUS, "+")    \
    X(MINUS, "-") X(STAR, "*") X(PERCENT, "%") X(INC, "++") X(DEC, "--") X(SHL, "<<")           \
    X(SHR, ">>") X(USHR, ">>>") X(AMP, "&") X(PIPE, "|") X(CARET, "^") X(BANG, "!")             \
    X(TILDE, "~") X(AND, "&&") X(OR, "||") X(QUESTION, "?") X(COLON, ":") X(ASSIGN, "=")        \
    X(PLUS_ASSIGN, "+=") X(MINUS_ASSIGN, "-=") X(STAR_ASSIGN, "*=") X(PERCENT_ASSIGN, "%=")     \
    X(SHL_ASSIGN, "<<=") X(SHR_ASSIGN, ">>=") X(USHR_ASSIGN, ">>>=") X(AMP_ASSIGN, "&=")        \
    X(PIPE_ASSIGN, "|=") X(CARET_ASSIGN, "^=") X(SLASH, "/") X(SLASH_ASSIGN, "/=") X(ARROW, "=>")           \
    X(ELLIPSIS, "...") X(STAR_STAR, "**") X(STAR_STAR_ASSIGN, "**=") X(NULLISH, "??")            \
    X(NULLISH_ASSIGN, "?\?=") X(AND_ASSIGN, "&&=") X(OR_ASSIGN, "||=") X(OPTIONAL, "?.")

enum TokenType : uint8_t {
    T_EOF,
    T_ERROR,  // message in Lexer::errorMessage
    T_IDENT,
    T_NUMBER,
    T_STRING,
    T_REGEX,
    T_TEMPLATE,  // a template chunk (see Lexer::lexTemplate)
    T_PRIVATE_NAME,  // #name (ES2022): value holds the text with its '#'
#define ENG_TOKEN_ENUM(name, text) T_##name,
    ENG_KEYWORDS(ENG_TOKEN_ENUM) ENG_PUNCTUATORS(ENG_TOKEN_ENUM)
#undef ENG_TOKEN_ENUM
        T__COUNT
};

inline bool isKeywordToken(TokenType t) { return t >= T_BREAK && t <= T_SUPER; }

// Source text of a keyword or punctuator token, or a description.
const char *tokenText(TokenType t);

// 8-aligned on every target, so that the parser (allocated on the heap)
// has one size on 32-bit x86, whose ABI aligns doubles to 4, and on Arm:
// the footprint benchmark compares their heap bytes.
struct alignas(8) Token {
    TokenType type = T_EOF;
    bool newlineBefore = false;  // a line terminator precedes the token (for ASI)
    bool escaped = false;        // identifier or string written with escapes
    bool legacyOctal = false;    // 017-style number or octal escape in a string
    bool bigint = false;         // T_NUMBER is a BigInt literal (123n): value holds
                                 // its digits with any 0x/0o/0b prefix, no '_' or 'n'
    bool strictReserved = false; // identifier reserved in strict mode code
    bool escapedKeyword = false; // T_IDENT spelling a reserved word with escapes:
                                 // an IdentifierName, never an Identifier
    bool templateTail = false;   // T_TEMPLATE ends with '`' (else with "${")
    bool templateInvalid = false; // T_TEMPLATE has an invalid escape: no cooked value
    uint32_t start = 0;          // byte offsets [start, end)
    uint32_t end = 0;
    uint32_t line = 1;
    uint32_t column = 1;
    double number = 0;
};

struct LexerPosition {
    uint32_t offset;
    uint32_t line;
    uint32_t column;
};

class Lexer {
public:
    Lexer(Context *ctx, const char *source, size_t length);

    // Reads the next token into `token`. Lexical errors give T_ERROR.
    void next();
    // The current token is '/' or '/=': read it again as a regex literal.
    // Body goes to `value`, flags to `flags`.
    void rescanAsRegex();
    // The current token is '}' closing a template substitution: read it
    // again as the template chunk that continues there.
    void rescanTemplateContinuation();

    // Where the next token will be read from, and back.
    LexerPosition position() const { return {pos_, line_, column_}; }
    void seek(const LexerPosition &p) {
        pos_ = p.offset;
        line_ = p.line;
        column_ = p.column;
    }

    const char *source() const { return src_; }
    uint32_t length() const { return len_; }

    Token token;
    bool strict = false;           // octal literals and escapes are errors
    bool module = false;           // module code: no HTML-like comments (Annex B.1.1)
    const char *errorMessage = "";
    Vec<uint16_t> value;           // identifier name, string value or regex body
    Vec<uint16_t> flags;           // regex flags
    Vec<uint16_t> raw;             // template chunk: raw text (line ends as LF)
    const char *templateError = ""; // why the chunk's cooked value is missing
    Vec<uint8_t> digitBuffer;      // a numeric literal without its separators

private:
    int32_t peekCodePoint(uint32_t at, uint32_t *size) const;
    void advanceBytes(uint32_t n);   // within one line, counts code points
    void newline(uint32_t bytes);
    bool skipSpaceAndComments();
    void skipToLineEnd();
    bool onlyTriviaBefore(uint32_t end) const;     // false on an unterminated comment
    void lexIdentifier();
    void lexNumber();
    void lexBigIntSuffix(uint32_t start);
    bool identifierFollows() const;
    bool scanDigits(uint32_t *p, bool hex, bool *separators) const;
    bool withoutSeparators(const uint8_t *text, uint32_t length, const uint8_t **out);
    void lexString();
    void lexPunctuator();
    void lexTemplate();  // after '`' or '}': one chunk up to '`' or "${" (lexer_template.cpp)
    bool templateEscape(bool *invalid);
    // What readSharedEscape did: read it (consumed, appended to value), ran
    // out of memory appending, found a bad \x or \u escape (reported by the
    // caller), or left an escape of another kind to the caller.
    enum SharedEscape : uint8_t { ESC_READ, ESC_OUT_OF_MEMORY, ESC_BAD_HEX, ESC_BAD_UNICODE, ESC_OTHER };
    SharedEscape readSharedEscape(int32_t e, uint32_t size);
    void fail(const char *message);
    bool appendCodePoint(Vec<uint16_t> &out, uint32_t cp);
    bool readUnicodeEscape(uint32_t *cp);  // at "\u": consumes \uXXXX or \u{X...}

    const char *src_;
    uint32_t len_;
    uint32_t pos_ = 0;
    uint32_t line_ = 1;
    uint32_t column_ = 1;
};


}  // namespace eng

#endif
