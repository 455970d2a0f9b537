// The regexp compiler and matcher: syntax errors, captures, backreferences,
// lookahead, quantifiers, flags, termination and stack bounds.
#include <catch2/catch.hpp>

#include <string>

#include "heap/heap.h"
#include "objects/object_ops.h"
#include "regexp/regexp.h"
#include "strings/string.h"

using namespace eng;

namespace {

std::string utf8Of(const HString *s) {
    std::string out(utf8Length(s) + 1, '\0');
    toUtf8(s, &out[0]);
    out.resize(out.size() - 1);
    return out;
}

// The pending exception's "Name: message", and clears it.
std::string takeError(Heap &h) {
    REQUIRE(h.hasPending);
    LocalRoot er(h, h.pending);
    h.hasPending = false;
    h.pending = Value::undefined();
    Value name, message;
    REQUIRE(getValuePropertyStr(h, er.value, atom(h, ATOM_name), &name) == Status::Ok);
    REQUIRE(getValuePropertyStr(h, er.value, atom(h, ATOM_message), &message) == Status::Ok);
    return utf8Of(asString(name)) + ": " + utf8Of(asString(message));
}

uint32_t flagBits(const char *flags) {
    uint32_t f = 0;
    for (const char *p = flags; *p; p++) {
        if (*p == 'g') f |= RE_GLOBAL;
        if (*p == 'i') f |= RE_IGNORE_CASE;
        if (*p == 'm') f |= RE_MULTILINE;
    }
    return f;
}

// "error: <message>", "null", or the captures ("<u>" for undefined) joined
// with "," followed by "@index".
std::string run(Heap &h, const std::u16string &pattern, const char *flags, const std::u16string &input,
                uint32_t start = 0) {
    RegExpProgram prog;
    if (regexpCompile(h, reinterpret_cast<const uint16_t *>(pattern.data()), static_cast<uint32_t>(pattern.size()),
                      flagBits(flags), &prog) != Status::Ok)
        return "error: " + takeError(h);
    HString *s = internUtf16(h, reinterpret_cast<const uint16_t *>(input.data()), static_cast<uint32_t>(input.size()));
    REQUIRE(s);
    LocalRoot sr(h, Value::pointer(s));
    MatchResult m;
    Status st = regexpRun(h, prog, s, start, &m);
    regexpFreeProgram(h, &prog);
    if (st != Status::Ok) return "error: " + takeError(h);
    if (!m.matched) return "null";
    std::string out;
    for (uint32_t i = 0; i < m.groupCount; i++) {
        if (i) out += ",";
        int32_t a = m.captures[2 * i], b = m.captures[2 * i + 1];
        if (a < 0) {
            out += "<u>";
            continue;
        }
        for (int32_t k = a; k < b; k++) {
            uint16_t c = s->at(static_cast<uint32_t>(k));
            if (c < 128) out += static_cast<char>(c);
            else out += "?";
        }
    }
    out += "@" + std::to_string(m.captures[0]);
    matchResultFree(h, &m);
    return out;
}

struct HeapFixture {
    Heap *h = heapCreate(nullptr);
    HeapFixture() { REQUIRE(h); }
    ~HeapFixture() { heapDestroy(h); }
};

}  // namespace

TEST_CASE("regexp syntax errors use node's wording", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    CHECK(run(h, u"(", "", u"") == "error: SyntaxError: Invalid regular expression: /(/: Unterminated group");
    CHECK(run(h, u"a)", "", u"") == "error: SyntaxError: Invalid regular expression: /a)/: Unmatched ')'");
    CHECK(run(h, u"a**", "", u"") == "error: SyntaxError: Invalid regular expression: /a**/: Nothing to repeat");
    CHECK(run(h, u"{2}", "", u"") == "error: SyntaxError: Invalid regular expression: /{2}/: Nothing to repeat");
    CHECK(run(h, u"[z-a]", "", u"") ==
          "error: SyntaxError: Invalid regular expression: /[z-a]/: Range out of order in character class");
    CHECK(run(h, u"a{3,2}", "", u"") ==
          "error: SyntaxError: Invalid regular expression: /a{3,2}/: numbers out of order in {} quantifier");
    CHECK(run(h, u"ab\\", "", u"") == "error: SyntaxError: Invalid regular expression: /ab\\/: \\ at end of pattern");
    CHECK(run(h, u"[ab", "gi", u"") ==
          "error: SyntaxError: Invalid regular expression: /[ab/gi: Unterminated character class");
    CHECK(run(h, u"(?<x>a)(?<x>b)", "", u"") ==
          "error: SyntaxError: Invalid regular expression: /(?<x>a)(?<x>b)/: Duplicate capture group name");
    CHECK(run(h, u"(?<1>a)", "", u"") == "error: SyntaxError: Invalid regular expression: /(?<1>a)/: Invalid capture group name");
}

TEST_CASE("regexp nesting depth is limited", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    std::u16string ok, deep;
    for (int i = 0; i < 90; i++) ok += u"(";
    ok += u"a";
    for (int i = 0; i < 90; i++) ok += u")";
    CHECK(run(h, ok, "", u"a").substr(0, 4) == "a,a,");
    std::u16string deepOk;  // the parser does not recurse: 900 levels are fine
    for (int i = 0; i < 900; i++) deepOk += i % 2 ? u"(?:" : u"(";
    deepOk += u"a";
    for (int i = 0; i < 900; i++) deepOk += u")";
    CHECK(run(h, deepOk, "", u"a").substr(0, 4) == "a,a,");
    for (int i = 0; i < 5000; i++) deep += u"(";
    CHECK(run(h, deep, "", u"").find("too deeply nested") != std::string::npos);
    std::u16string looks;
    for (int i = 0; i < 5000; i++) looks += u"(?=";
    CHECK(run(h, looks, "", u"").find("too deeply nested") != std::string::npos);
}

TEST_CASE("regexp captures and alternation", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    CHECK(run(h, u"a(b)?c", "", u"xacx") == "ac,<u>@1");
    CHECK(run(h, u"(a|ab)(c|bcd)(d*)", "", u"abcd") == "abcd,a,bcd,@0");
    CHECK(run(h, u"(z)((a+)?(b+)?(c))*", "", u"zaacbbbcac") == "zaacbbbcac,z,ac,a,<u>,c@0");
    CHECK(run(h, u"(a)|b", "", u"b") == "b,<u>@0");
    CHECK(run(h, u"(?:ab){2}", "", u"abababx") == "abab@0");
    CHECK(run(h, u"x", "", u"abc") == "null");
    CHECK(run(h, u"b", "", u"abcb", 2) == "b@3");
    CHECK(run(h, u"", "", u"abc", 3) == "@3");
    CHECK(run(h, u"a", "", u"abc", 4) == "null");
}

TEST_CASE("regexp backreferences", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    CHECK(run(h, u"(\\w+)\\s\\1", "", u"hello hello world") == "hello hello,hello@0");
    CHECK(run(h, u"\\1(a)", "", u"aa") == "a,a@0");
    CHECK(run(h, u"(a)\\1", "i", u"aA") == "aA,a@0");
    CHECK(run(h, u"(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)\\10", "", u"abcdefghijj").substr(0, 11) == "abcdefghijj");
    CHECK(run(h, u"\\2(a)", "", u"\x02" u"a") == "\x02" "a,a@0");  // no group 2: octal escape
    CHECK(run(h, u"\\8", "", u"8") == "8@0");
}

TEST_CASE("regexp lookahead", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    CHECK(run(h, u"(?=(a+))a*b\\1", "", u"baaabac") == "aba,a@3");
    CHECK(run(h, u"(?!abc)\\w\\w\\w", "", u"abcabd") == "bca@1");
    CHECK(run(h, u"(.*?)a(?!(a+)b\\2c)\\2(.*)", "", u"baaabaac") == "baaabaac,ba,<u>,abaac@0");
    CHECK(run(h, u"a(?=b)", "", u"acab") == "a@2");
    CHECK(run(h, u"(?=(a))?b", "", u"ab") == "b,<u>@1");
}

TEST_CASE("regexp quantifiers, greedy and lazy", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    CHECK(run(h, u"a*?b", "", u"aaab") == "aaab@0");
    CHECK(run(h, u"a{2,3}", "", u"aaaa") == "aaa@0");
    CHECK(run(h, u"a{2,}?", "", u"aaaa") == "aa@0");
    CHECK(run(h, u"a[a-z]{2,4}?", "", u"abcdefghi") == "abc@0");
    CHECK(run(h, u"(a|b)*?c", "", u"abac") == "abac,a@0");
    CHECK(run(h, u"(aa|aabaac|ba|b|c)*", "", u"aabaac") == "aaba,ba@0");
    CHECK(run(h, u"(a*)*", "", u"b") == ",<u>@0");
    CHECK(run(h, u"(a*)+", "", u"b") == ",@0");
    CHECK(run(h, u"(?:a|b)+?", "", u"ab") == "a@0");
    CHECK(run(h, u"a{0}b", "", u"ab") == "b@1");
}

TEST_CASE("regexp classes and escapes", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    CHECK(run(h, u"[^\\d\\s]+", "", u"12 ab3") == "ab@3");
    CHECK(run(h, u"[\\d-z]+", "", u"a-9z") == "-9z@1");
    CHECK(run(h, u"\\u0041\\x42\\cJ\\t\\v\\f\\r\\0", "", std::u16string(u"AB\n\t\v\f\r\0", 8)).substr(0, 2) == "AB");
    CHECK(run(h, u"[\\b]", "", u"a\b") == "\b@1");
    CHECK(run(h, u"\\s+", "", u"x \u00a0\u2028\ufeffy") == " ???@1");
    CHECK(run(h, u"\\W", "", u"ab_9-") == "-@4");
    CHECK(run(h, u".", "", u"\n\r\u2028\u2029a") == "a@4");
    CHECK(run(h, u"[]", "", u"a") == "null");
    CHECK(run(h, u"[^]", "", u"\n") == "\n@0");
    CHECK(run(h, u"\\bfoo\\b", "", u"afoo foo") == "foo@5");
    CHECK(run(h, u"\\Boo", "", u"foo") == "oo@1");
}

TEST_CASE("regexp ignoreCase and multiline", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    CHECK(run(h, u"hello", "i", u"HeLLo") == "HeLLo@0");
    CHECK(run(h, u"[a-z]+", "i", u"12AbC") == "AbC@2");
    CHECK(run(h, u"[^a]", "i", u"Ab") == "b@1");
    CHECK(run(h, u"\u00e9", "i", u"\u00c9") == "?@0");
    CHECK(run(h, u"\u0431", "i", u"\u0411") == "?@0");
    CHECK(run(h, u"\u03c3", "i", u"\u03a3") == "?@0");
    CHECK(run(h, u"\u017f", "i", u"s") == "null");  // never maps to ASCII
    CHECK(run(h, u"^b", "", u"a\nb") == "null");
    CHECK(run(h, u"^b", "m", u"a\nb") == "b@2");
    CHECK(run(h, u"a$", "m", u"a\u2028b") == "a@0");
    CHECK(run(h, u"a$", "", u"a\nb") == "null");
}

TEST_CASE("regexp catastrophic patterns terminate", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    std::u16string a30(30, u'a');
    CHECK(run(h, u"(a*)*b", "", a30) == "null");
    CHECK(run(h, u"(a*)*b", "", std::u16string(14, u'a')) == "null");
    CHECK(run(h, u"(?:a?)*?b", "", std::u16string(20, u'a')) == "null");
    CHECK(run(h, u"(a|b|)*c", "", u"abababababababab") == "null");
    CHECK(run(h, u"(?:)*x", "", u"y") == "null");
    CHECK(run(h, u"(a*?)*?$", "", u"aa") == "aa,a@0");
    CHECK(run(h, u"(){2}x", "", u"x") == "x,@0");
}

TEST_CASE("regexp long inputs do not use the C stack", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    std::u16string big(100000, u'a');
    CHECK(run(h, u"a*b", "", big) == "null");
    CHECK(run(h, u"^a+$", "", big).size() == 100000 + 2);
    CHECK(run(h, u"^[a-z]*?$", "", big).size() == 100000 + 2);
    CHECK(run(h, u"^.*a$", "", big).size() == 100000 + 2);
    // A group per iteration needs backtrack records: bounded, then RangeError.
    std::string r = run(h, u"(?:(a)|b)*", "", big);
    CHECK(r == "error: RangeError: Maximum call stack size exceeded");
    std::u16string mid(2000, u'a');
    CHECK(run(h, u"(?:(a)|b)*", "", mid).size() == 2000 + 4);
}

TEST_CASE("regexp compile and match free their memory", "[regexp]") {
    HeapFixture f;
    Heap &h = *f.h;
    h.gcDisabled = true;
    size_t before = h.stats.bytes_in_use;
    RegExpProgram prog;
    const std::u16string p = u"(a|b)*c(?=d)[x-z]{2,5}?\\1";
    REQUIRE(regexpCompile(h, reinterpret_cast<const uint16_t *>(p.data()), static_cast<uint32_t>(p.size()), 0,
                          &prog) == Status::Ok);
    CHECK(prog.groupCount == 2);
    regexpFreeProgram(h, &prog);
    CHECK(h.stats.bytes_in_use == before);
    h.gcDisabled = false;
}
