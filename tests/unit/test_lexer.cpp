// Lexer tests: tokens, positions, literal values, regex rescanning, errors.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

#include "compiler/compile_context.h"
#include "compiler/lexer.h"
#include "strings/decimal_parse.h"
#include "strings/numconv.h"

using namespace eng;

namespace {

double parseDecimal(const char *text, size_t length) {
    return decimalToDouble(reinterpret_cast<const uint8_t *>(text), length);
}

// Compares through memory so that x87 excess precision plays no part.
bool sameDouble(double a, double b) {
    volatile double x = a, y = b;
    return x == y;
}

void *testAlloc(void *, size_t n) { return malloc(n); }
void *testRealloc(void *, void *p, size_t, size_t n) { return realloc(p, n); }
void testFree(void *, void *p, size_t) { free(p); }

struct LexFixture {
    CompileAllocator allocator{testAlloc, testRealloc, testFree, nullptr};
    Context ctx;
    std::string source;
    Lexer lexer;
    explicit LexFixture(const char *src, bool strict = false)
        : source(src), lexer((ctx.allocator = &allocator, &ctx), source.data(), source.size()) {
        lexer.strict = strict;
        lexer.next();
    }
    std::u16string value() const {
        return std::u16string(reinterpret_cast<const char16_t *>(lexer.value.data()), lexer.value.size());
    }
    std::vector<TokenType> types() {
        std::vector<TokenType> out;
        while (lexer.token.type != T_EOF && lexer.token.type != T_ERROR) {
            out.push_back(lexer.token.type);
            lexer.next();
        }
        out.push_back(lexer.token.type);
        return out;
    }
};

double lexNumber(const char *src) {
    LexFixture f(src);
    REQUIRE(f.lexer.token.type == T_NUMBER);
    return f.lexer.token.number;
}

std::u16string lexString(const char *src, bool strict = false) {
    LexFixture f(src, strict);
    REQUIRE(f.lexer.token.type == T_STRING);
    return f.value();
}

std::string lexError(const char *src, bool strict = false) {
    LexFixture f(src, strict);
    while (f.lexer.token.type != T_ERROR && f.lexer.token.type != T_EOF) f.lexer.next();
    REQUIRE(f.lexer.token.type == T_ERROR);
    return f.lexer.errorMessage;
}

}  // namespace

TEST_CASE("lexer: punctuators use the longest match", "[lexer]") {
    LexFixture f(">>>= >>> >>= >> >= > === == = !== != ! ++ + += -- - -= && & &= || | |= ^ ^= ~ ? : ; , . [ ] ( ) { } * *= % %= << <<= / /=");
    std::vector<TokenType> expected = {
        T_USHR_ASSIGN, T_USHR, T_SHR_ASSIGN, T_SHR, T_GE, T_GT, T_SEQ, T_EQ, T_ASSIGN, T_SNE, T_NE, T_BANG,
        T_INC, T_PLUS, T_PLUS_ASSIGN, T_DEC, T_MINUS, T_MINUS_ASSIGN, T_AND, T_AMP, T_AMP_ASSIGN, T_OR,
        T_PIPE, T_PIPE_ASSIGN, T_CARET, T_CARET_ASSIGN, T_TILDE, T_QUESTION, T_COLON, T_SEMICOLON,
        T_COMMA, T_DOT, T_LBRACKET, T_RBRACKET, T_LPAREN, T_RPAREN, T_LBRACE, T_RBRACE, T_STAR,
        T_STAR_ASSIGN, T_PERCENT, T_PERCENT_ASSIGN, T_SHL, T_SHL_ASSIGN, T_SLASH, T_SLASH_ASSIGN, T_EOF};
    CHECK(f.types() == expected);
}

TEST_CASE("lexer: keywords, future reserved words and identifiers", "[lexer]") {
    LexFixture f("var if instanceof typeof null true false class enum super foo $ _x x1 let yield");
    std::vector<TokenType> expected = {T_VAR,   T_IF,   T_INSTANCEOF, T_TYPEOF, T_NULL_, T_TRUE_,
                                       T_FALSE_, T_CLASS, T_ENUM,      T_SUPER,  T_IDENT, T_IDENT,
                                       T_IDENT, T_IDENT, T_IDENT,      T_IDENT,  T_EOF};
    CHECK(f.types() == expected);

    LexFixture g("let");
    CHECK(g.lexer.token.type == T_IDENT);
    CHECK(g.lexer.token.strictReserved);
    LexFixture h("lets");
    CHECK_FALSE(h.lexer.token.strictReserved);
}

TEST_CASE("lexer: identifiers with escapes and Unicode letters", "[lexer]") {
    LexFixture f("\\u0061bc");
    CHECK(f.lexer.token.type == T_IDENT);
    CHECK(f.lexer.token.escaped);
    CHECK(f.value() == u"abc");

    LexFixture g("caf\xc3\xa9 \xce\xb1\xce\xb2 x\xe2\x80\x8c");  // café αβ x<ZWNJ>
    CHECK(g.lexer.token.type == T_IDENT);
    CHECK(g.value() == u"caf\u00e9");
    g.lexer.next();
    CHECK(g.value() == u"\u03b1\u03b2");
    CHECK(g.lexer.token.column == 6);
    g.lexer.next();
    CHECK(g.value() == u"x\u200c");

    LexFixture astral("\xf0\x9d\x90\x80");  // U+1D400 MATHEMATICAL BOLD CAPITAL A
    CHECK(astral.lexer.token.type == T_IDENT);
    CHECK(astral.value() == u"\U0001D400");

    // An escaped keyword is not a keyword: an identifier token flagged so
    // that the parser accepts it only as an IdentifierName.
    LexFixture kw("v\\u0061r bre\\u0061k tru\\u0065 impl\\u0065ments var");
    CHECK(kw.lexer.token.type == T_IDENT);
    CHECK(kw.lexer.token.escapedKeyword);
    CHECK(kw.value() == u"var");
    kw.lexer.next();
    CHECK(kw.lexer.token.type == T_IDENT);
    CHECK(kw.lexer.token.escapedKeyword);
    kw.lexer.next();
    CHECK(kw.lexer.token.escapedKeyword);
    kw.lexer.next();
    CHECK(kw.lexer.token.type == T_IDENT);
    CHECK_FALSE(kw.lexer.token.escapedKeyword);
    CHECK(kw.lexer.token.strictReserved);
    kw.lexer.next();
    CHECK(kw.lexer.token.type == T_VAR);
    CHECK_FALSE(kw.lexer.token.escapedKeyword);
    CHECK(lexError("\\u0031abc") == "Invalid Unicode escape sequence");

    // \u{...} escapes (ES2015 syntax that test262's ES5 selection uses).
    LexFixture braces("a\\u{62}\\u{1D400} \\u{0000000063}");
    CHECK(braces.lexer.token.type == T_IDENT);
    CHECK(braces.value() == u"ab\U0001D400");
    braces.lexer.next();
    CHECK(braces.value() == u"c");
    CHECK(lexError("\\u{}") == "Invalid Unicode escape sequence");
    CHECK(lexError("\\u{110000}") == "Invalid Unicode escape sequence");
    CHECK(lexError("\\u{61") == "Invalid Unicode escape sequence");
    CHECK(lexString("'\\u{1F600}'") == u"\U0001F600");

    // U+00B7 MIDDLE DOT continues an identifier but does not start one;
    // U+2E2F VERTICAL TILDE (Pattern_Syntax) is not an identifier character.
    LexFixture dot("a\xc2\xb7" "b");
    CHECK(dot.value() == u"a\u00b7b");
    CHECK(lexError("\xc2\xb7") == "Invalid or unexpected token");
    CHECK(lexError("\xe2\xb8\xaf") == "Invalid or unexpected token");
    CHECK(lexError("a\xe2\xb8\xaf") == "Invalid or unexpected token");
}

TEST_CASE("lexer: non-ASCII white space and line terminators after numbers", "[lexer]") {
    // NBSP, LS, PS, ideographic space and BOM right after a numeric literal.
    LexFixture f("1\xc2\xa0+\xe2\x80\xa8" "2\xe2\x80\xa9-0x1F\xe3\x80\x80*017\xef\xbb\xbf.5");
    std::vector<TokenType> expected = {T_NUMBER, T_PLUS, T_NUMBER, T_MINUS, T_NUMBER,
                                       T_STAR,   T_NUMBER, T_NUMBER, T_EOF};
    CHECK(f.types() == expected);
    LexFixture g("1\xe2\x80\xa8" "2");
    g.lexer.next();
    CHECK(g.lexer.token.newlineBefore);
    CHECK(g.lexer.token.line == 2);
    // An identifier character right after a number is still an error.
    CHECK(lexError("3\xc3\xa9") == "Invalid or unexpected token");
    CHECK(lexError("0x1\xce\xb1") == "Invalid or unexpected token");
}

TEST_CASE("lexer: line and column tracking", "[lexer]") {
    LexFixture f("a\n  b\r\nc\rd\xe2\x80\xa8" "e\xe2\x80\xa9 f /* x\n y */ g // c\nh \xc3\xa9 i");
    struct Pos {
        uint32_t line, column;
        bool newline;
    };
    std::vector<Pos> expected = {{1, 1, false}, {2, 3, true}, {3, 1, true},  {4, 1, true}, {5, 1, true},
                                 {6, 2, true},  {7, 7, true}, {8, 1, true}, {8, 3, false}, {8, 5, false}};
    for (const Pos &p : expected) {
        INFO("token at " << p.line << ":" << p.column);
        CHECK(f.lexer.token.type == T_IDENT);
        CHECK(f.lexer.token.line == p.line);
        CHECK(f.lexer.token.column == p.column);
        CHECK(f.lexer.token.newlineBefore == p.newline);
        f.lexer.next();
    }
    CHECK(f.lexer.token.type == T_EOF);
}

TEST_CASE("lexer: byte offsets of tokens", "[lexer]") {
    LexFixture f("  foo = 'x';");
    CHECK(f.lexer.token.start == 2);
    CHECK(f.lexer.token.end == 5);
    f.lexer.next();
    f.lexer.next();
    CHECK(f.lexer.token.type == T_STRING);
    CHECK(f.lexer.token.start == 8);
    CHECK(f.lexer.token.end == 11);
}

TEST_CASE("lexer: numeric literals", "[lexer]") {
    CHECK(lexNumber("0") == 0);
    CHECK(lexNumber("42") == 42);
    CHECK(lexNumber("3.25") == 3.25);
    CHECK(lexNumber(".5") == 0.5);
    CHECK(lexNumber("5.") == 5);
    CHECK(lexNumber("1e3") == 1000);
    CHECK(lexNumber("1E+3") == 1000);
    CHECK(lexNumber("25e-2") == 0.25);
    CHECK(lexNumber("0x1F") == 31);
    CHECK(lexNumber("0XFF") == 255);
    CHECK(lexNumber("017") == 15);
    CHECK(lexNumber("019") == 19);  // not octal: has a 9
    CHECK(lexNumber("0.1") == 0.1);
    CHECK(lexNumber("1.7976931348623157e308") == 1.7976931348623157e308);
    CHECK(lexNumber("5e-324") == 5e-324);
    CHECK(lexNumber("1e400") == HUGE_VAL);
    CHECK(lexNumber("1e-400") == 0);
    CHECK(lexNumber("9007199254740993") == 9007199254740992.0);  // ties to even
    CHECK(lexNumber("0x20000000000001") == 9007199254740992.0);
    CHECK(lexNumber("0.30000000000000004") == 0.30000000000000004);
    CHECK(lexNumber("123456789012345678901234567890") == 123456789012345678901234567890.0);
    LexFixture octal("010");
    CHECK(octal.lexer.token.legacyOctal);
}

TEST_CASE("lexer: decimal conversion is correctly rounded", "[lexer]") {
    // Compare with the C library on random and tricky inputs.
    const char *inputs[] = {"2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324",
                            "1.00000000000000011102230246251565404236316680908203125",
                            "1.00000000000000011102230246251565404236316680908203124",
                            "8.988465674311579e307", "0.000001", "123.456e-5", "7e22", "1e23"};
    for (const char *s : inputs) {
        INFO(s);
        CHECK(sameDouble(parseDecimal(s, strlen(s)), strtod(s, nullptr)));
    }
    srand(12345);
    for (int i = 0; i < 20000; i++) {
        char buf[64];
        int digits = 1 + rand() % 20;
        int n = 0;
        for (int d = 0; d < digits; d++) buf[n++] = static_cast<char>('0' + rand() % 10);
        if (rand() % 2) {
            int at = rand() % (n + 1);
            memmove(buf + at + 1, buf + at, static_cast<size_t>(n - at));
            buf[at] = '.';
            n++;
        }
        n += snprintf(buf + n, sizeof buf - static_cast<size_t>(n), "e%d", rand() % 700 - 350);
        buf[n] = 0;
        if (buf[0] == '.' && buf[1] == 'e') continue;
        INFO(buf);
        CHECK(sameDouble(parseDecimal(buf, static_cast<size_t>(n)), strtod(buf, nullptr)));
    }
}

TEST_CASE("lexer: number to string for property keys", "[lexer]") {
    char buf[40];
    auto str = [&](double v) {
        eng::numberToText(v, buf);
        return std::string(buf);
    };
    CHECK(str(0) == "0");
    CHECK(str(-0.0) == "0");
    CHECK(str(16) == "16");
    CHECK(str(1.5) == "1.5");
    CHECK(str(0.1) == "0.1");
    CHECK(str(1e21) == "1e+21");
    CHECK(str(1e-7) == "1e-7");
    CHECK(str(123e-20) == "1.23e-18");
    CHECK(str(0.000001) == "0.000001");
    CHECK(str(-2.5) == "-2.5");
}

TEST_CASE("lexer: numeric literal errors", "[lexer]") {
    CHECK(lexError("3in x") == "Invalid or unexpected token");
    CHECK(lexError("0x") == "Invalid or unexpected token");
    CHECK(lexError("1e") == "Invalid or unexpected token");
    CHECK(lexError("1e+") == "Invalid or unexpected token");
    CHECK(lexError("017", true) == "Octal literals are not allowed in strict mode.");
    CHECK(lexError("09", true) == "Decimals with leading zeros are not allowed in strict mode.");
}

TEST_CASE("lexer: string literals and escapes", "[lexer]") {
    CHECK(lexString("'abc'") == u"abc");
    CHECK(lexString("\"a'b\"") == u"a'b");
    CHECK(lexString("'\\n\\t\\b\\f\\v\\r\\0'") == std::u16string(u"\n\t\b\f\v\r") + char16_t(0));
    CHECK(lexString("'\\x41\\u0042\\u00e9'") == u"AB\u00e9");
    CHECK(lexString("'a\\\nb\\\r\nc\\\rd'") == u"abcd");  // line continuations
    CHECK(lexString("'\\q\\'\\\"\\\\'") == u"q'\"\\");
    CHECK(lexString("'\\101\\7\\08'") == std::u16string(u"A\u0007") + char16_t(0) + u"8");
    CHECK(lexString("'\xc3\xa9\xf0\x9f\x98\x80'") == u"\u00e9\U0001F600");
    LexFixture octal("'\\101'");
    CHECK(octal.lexer.token.legacyOctal);
    LexFixture nul("'\\0'");
    CHECK_FALSE(nul.lexer.token.legacyOctal);
}

TEST_CASE("lexer: string literal errors", "[lexer]") {
    CHECK(lexError("'abc") == "Invalid or unexpected token");
    CHECK(lexError("'ab\ncd'") == "Invalid or unexpected token");
    CHECK(lexError("'\\x4'") == "Invalid hexadecimal escape sequence");
    CHECK(lexError("'\\u12'") == "Invalid Unicode escape sequence");
    CHECK(lexError("'\\101'", true) == "Octal escape sequences are not allowed in strict mode.");
    CHECK(lexError("@") == "Invalid or unexpected token");
    CHECK(lexError("/* unterminated") == "Invalid or unexpected token");
    CHECK(lexError("\xff") == "Invalid or unexpected token");
}

TEST_CASE("lexer: regular expressions are rescanned on request", "[lexer]") {
    LexFixture f("/a[/]b\\/c/gi.x");
    CHECK(f.lexer.token.type == T_SLASH);
    f.lexer.rescanAsRegex();
    CHECK(f.lexer.token.type == T_REGEX);
    CHECK(f.value() == u"a[/]b\\/c");
    CHECK(std::u16string(reinterpret_cast<const char16_t *>(f.lexer.flags.data()), f.lexer.flags.size()) == u"gi");
    CHECK(f.lexer.token.end == 12);
    f.lexer.next();
    CHECK(f.lexer.token.type == T_DOT);

    LexFixture g("/=x/");
    CHECK(g.lexer.token.type == T_SLASH_ASSIGN);
    g.lexer.rescanAsRegex();
    CHECK(g.lexer.token.type == T_REGEX);
    CHECK(g.value() == u"=x");

    LexFixture h("/abc\n/");
    h.lexer.rescanAsRegex();
    CHECK(h.lexer.token.type == T_ERROR);
    CHECK(std::string(h.lexer.errorMessage) == "Invalid regular expression: missing /");
}

TEST_CASE("lexer: seek re-reads from a saved position", "[lexer]") {
    LexFixture f("a\nbc + d");
    f.lexer.next();
    LexerPosition p = {f.lexer.token.start, f.lexer.token.line, f.lexer.token.column};
    f.lexer.next();
    f.lexer.next();
    CHECK(f.lexer.token.type == T_IDENT);
    f.lexer.seek(p);
    f.lexer.next();
    CHECK(f.value() == u"bc");
    CHECK(f.lexer.token.line == 2);
    CHECK(f.lexer.token.column == 1);
}
