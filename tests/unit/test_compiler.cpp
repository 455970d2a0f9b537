// Compiler tests: the structure of the emitted image (decoded directly and
// through the disassembler), syntax errors with positions, limits and
// allocation failures.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

#include "bytecode/disasm.h"
#include "bytecode/image.h"
#include "bytecode/line_table.h"
#include "bytecode/opcodes.h"
#include "compiler/compiler.h"

using namespace eng;

namespace {

struct CountingAllocator {
    size_t live = 0;
    size_t allocations = 0;
    long failAfter = -1;  // number of successful (re)allocations before failing
    CompileAllocator api{alloc, reallocate, release, this};

    static bool refuse(CountingAllocator *self) {
        if (self->failAfter == 0) return true;
        if (self->failAfter > 0) self->failAfter--;
        return false;
    }
    static void *alloc(void *user, size_t size) {
        auto *self = static_cast<CountingAllocator *>(user);
        if (refuse(self)) return nullptr;
        self->live += size;
        self->allocations++;
        return malloc(size);
    }
    static void *reallocate(void *user, void *p, size_t oldSize, size_t size) {
        auto *self = static_cast<CountingAllocator *>(user);
        if (refuse(self)) return nullptr;
        void *q = realloc(p, size);
        self->live += size;
        self->live -= oldSize;
        self->allocations++;
        return q;
    }
    static void release(void *user, void *p, size_t size) {
        auto *self = static_cast<CountingAllocator *>(user);
        self->live -= size;
        free(p);
    }
};

struct DecodedFunction {
    FunctionHeader header;
    std::vector<Instr> code;
    std::vector<uint32_t> inner, upvals, upvalNames;
    std::vector<LineEntry> lines;
    std::vector<std::string> constants;  // strings as text, numbers as "#<value>"
    std::string constant(uint32_t k) const { return k < constants.size() ? constants[k] : "<bad>"; }
    std::vector<Opcode> ops() const {
        std::vector<Opcode> out;
        for (Instr i : code) out.push_back(instrOp(i));
        return out;
    }
    bool has(Opcode op) const {
        for (Instr i : code)
            if (instrOp(i) == op) return true;
        return false;
    }
    size_t count(Opcode op) const {
        size_t n = 0;
        for (Instr i : code)
            if (instrOp(i) == op) n++;
        return n;
    }
    Instr first(Opcode op) const {
        for (Instr i : code)
            if (instrOp(i) == op) return i;
        FAIL("opcode not found: " << opcodeName(op));
        return 0;
    }
    std::string upvalName(uint32_t i) const { return constant(upvalNames[i]); }
};

struct Compiled {
    CompileStatus status;
    struct {
        std::string message;
        uint32_t line = 0, column = 0;
    } error;  // a SyntaxError's (copied from the CompileError, whose message is then freed)
    std::vector<uint8_t> image;
    std::vector<DecodedFunction> functions;
    std::string listing;
};

uint32_t readU32(const std::vector<uint8_t> &img, size_t at) {
    REQUIRE(at + 4 <= img.size());
    uint32_t v;
    memcpy(&v, img.data() + at, 4);
    return v;
}

void decode(Compiled &c) {
    const std::vector<uint8_t> &img = c.image;
    ImageHeader ih;
    REQUIRE(img.size() >= sizeof ih);
    memcpy(&ih, img.data(), sizeof ih);
    REQUIRE(ih.magic == IMAGE_MAGIC);
    REQUIRE(ih.version == IMAGE_VERSION);
    REQUIRE(ih.totalSize == img.size());
    for (uint32_t f = 0; f < ih.functionCount; f++) {
        uint32_t start = readU32(img, sizeof ih + 4 * f);
        REQUIRE(start % 4 == 0);
        DecodedFunction d;
        REQUIRE(start + sizeof(FunctionHeader) <= img.size());
        memcpy(&d.header, img.data() + start, sizeof d.header);
        size_t p = start + sizeof(FunctionHeader);
        for (uint32_t i = 0; i < d.header.codeCount; i++, p += 4) d.code.push_back(readU32(img, p));
        for (uint32_t i = 0; i < d.header.innerCount; i++, p += 4) d.inner.push_back(readU32(img, p));
        for (uint32_t i = 0; i < d.header.upvalCount; i++, p += 4) d.upvals.push_back(readU32(img, p));
        for (uint32_t i = 0; i < d.header.upvalCount; i++, p += 4) d.upvalNames.push_back(readU32(img, p));
        REQUIRE(p + d.header.lineBytes <= img.size());
        LineTableReader lines(img.data() + p, d.header.lineBytes);
        while (!lines.atEnd()) {
            REQUIRE(lines.next());
            d.lines.push_back(lines.entry);
        }
        p += (d.header.lineBytes + 3u) & ~3u;
        p += 4ull * d.header.localNameCount;  // debug names of the registers
        // Direct eval call sites and their bindings.
        p += (d.header.evalSiteCount ? 4ull * (d.header.evalSiteCount + 1) : 0) +
             sizeof(EvalBinding) * static_cast<uint64_t>(d.header.evalBindingCount);
        REQUIRE(p <= ih.loadOnlyStart);       // what runs comes before the constants
        REQUIRE(d.header.constTableAt >= ih.loadOnlyStart);
        for (uint32_t k = 0; k < d.header.constCount; k++) {
            uint32_t at = readU32(img, d.header.constTableAt + 4 * k);
            REQUIRE(at % 4 == 0);
            uint8_t tag = img[at];
            if (tag == CONST_NUMBER) {
                double v;
                memcpy(&v, img.data() + at + 4, 8);
                d.constants.push_back("#" + std::to_string(v));
            } else if (tag == CONST_STRING8) {
                uint32_t n = readU32(img, at + 4);
                d.constants.push_back(std::string(reinterpret_cast<const char *>(img.data() + at + 8), n));
            } else {
                REQUIRE(tag == CONST_STRING16);
                uint32_t n = readU32(img, at + 4);
                std::string s;
                for (uint32_t i = 0; i < n; i++) {
                    uint16_t u;
                    memcpy(&u, img.data() + at + 8 + 2 * i, 2);
                    s += u < 128 ? static_cast<char>(u) : '?';
                }
                d.constants.push_back(s);
            }
        }
        c.functions.push_back(d);
    }
}

void appendLine(void *user, const char *line) {
    std::string *s = static_cast<std::string *>(user);
    *s += line;
    *s += '\n';
}

Compiled compileSource(const std::string &source, bool strict = false) {
    CountingAllocator allocator;
    Compiled c;
    CompileOptions options;
    options.strict = strict;
    uint8_t *image = nullptr;
    size_t size = 0;
    CompileError error;
    c.status = compile(allocator.api, source.data(), source.size(), options, &image, &size, &error);
    if (c.status == CompileStatus::SyntaxError) {
        REQUIRE(error.message != nullptr);
        c.error.message = error.message;
        c.error.line = error.line;
        c.error.column = error.column;
        releaseCompileError(allocator.api, &error);
    }
    if (c.status == CompileStatus::Ok) {
        c.image.assign(image, image + size);
        disassemble(image, size, appendLine, &c.listing);
        allocator.api.free(allocator.api.user, image, size);
        decode(c);
    }
    CHECK(allocator.live == 0);
    return c;
}

Compiled compileOk(const std::string &source) {
    Compiled c = compileSource(source);
    INFO(source);
    if (c.status == CompileStatus::SyntaxError)
        FAIL("unexpected SyntaxError: " << c.error.message << " at " << c.error.line << ":" << c.error.column);
    REQUIRE(c.status == CompileStatus::Ok);
    return c;
}

struct ErrorAt {
    std::string message;
    uint32_t line, column;
};

ErrorAt compileError(const std::string &source, bool strict = false) {
    Compiled c = compileSource(source, strict);
    INFO(source);
    REQUIRE(c.status == CompileStatus::SyntaxError);
    return {c.error.message, c.error.line, c.error.column};
}

// The inner function `k` of function `f` as an image function.
const DecodedFunction &innerOf(const Compiled &c, const DecodedFunction &f, uint32_t k) {
    REQUIRE(k < f.inner.size());
    REQUIRE(f.inner[k] < c.functions.size());
    return c.functions[f.inner[k]];
}

}  // namespace

TEST_CASE("compiler: script hoists vars and function declarations", "[compiler]") {
    Compiled c = compileOk("x = f(); var x = 1; function f() { return 2; } var y;");
    DecodedFunction script = c.functions[0];
    CHECK((script.header.flags & FN_SCRIPT) != 0);
    CHECK(script.header.nameConst == NO_NAME);
    std::vector<Opcode> ops = script.ops();
    // First the checks against global lexical bindings (one per name, all
    // before any declaration is made), then the declarations.
    REQUIRE(ops.size() > 7);
    for (int i = 0; i < 3; i++) {
        CHECK(ops[i] == OP_DECLLEX);
        CHECK(instrA(script.code[i]) == 0);
    }
    ops.erase(ops.begin(), ops.begin() + 3);
    script.code.erase(script.code.begin(), script.code.begin() + 3);
    CHECK(ops[0] == OP_CLOSURE);
    CHECK(ops[1] == OP_DECLFUNC);
    CHECK(script.constant(instrBx(script.code[1])) == "f");
    CHECK(ops[2] == OP_DECLVAR);
    CHECK(script.constant(instrBx(script.code[2])) == "x");
    CHECK(ops[3] == OP_DECLVAR);
    CHECK(script.constant(instrBx(script.code[3])) == "y");
    CHECK(script.has(OP_GETGLOBAL));
    CHECK(script.has(OP_SETGLOBAL));
    // The completion value is returned from register 0.
    CHECK(ops.back() == OP_RET);
    CHECK(instrA(script.code.back()) == 0);
    const DecodedFunction &f = innerOf(c, script, 0);
    CHECK(f.constant(f.header.nameConst) == "f");
}

TEST_CASE("compiler: script completion value is the last expression statement", "[compiler]") {
    Compiled c = compileOk("1; if (true) { 'a'; } var z = 3;");
    const DecodedFunction &s = c.functions[0];
    // Both expression statements write register 0.
    size_t writes = 0;
    for (Instr i : s.code)
        if ((instrOp(i) == OP_LOADI || instrOp(i) == OP_LOADK) && instrA(i) == 0) writes++;
    CHECK(writes == 2);
}

TEST_CASE("compiler: locals live in registers, parameters first", "[compiler]") {
    Compiled c = compileOk("function add(a, b) { var t = a + b; return t; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK(f.header.nparams == 2);
    CHECK(f.header.upvalCount == 0);
    Instr add = f.first(OP_ADD);
    CHECK(instrA(add) == 2);  // written straight into t
    CHECK(instrB(add) == 0);
    CHECK(instrC(add) == 1);
    CHECK(instrA(f.first(OP_RET)) == 2);
    CHECK(f.header.sourceStart == 0);
    CHECK(f.header.sourceEnd == 47);  // just past the closing brace
}

TEST_CASE("compiler: captured locals are boxed and closures get descriptors", "[compiler]") {
    Compiled c = compileOk(
        "function outer(p) {\n"
        "  var count = 0, plain = 1;\n"
        "  return function middle() {\n"
        "    return function inner() { return count + p + glob; };\n"
        "  };\n"
        "}");
    const DecodedFunction &outer = innerOf(c, c.functions[0], 0);
    // p (register 0) and count (register 1) are captured; plain is not.
    std::vector<Opcode> ops = outer.ops();
    REQUIRE(ops.size() >= 2);
    CHECK(ops[0] == OP_NEWBOX);
    CHECK(instrA(outer.code[0]) == 0);
    CHECK(ops[1] == OP_NEWBOX);
    CHECK(instrA(outer.code[1]) == 1);
    CHECK(outer.count(OP_NEWBOX) == 2);
    CHECK(outer.has(OP_SETBOX));
    CHECK(outer.header.upvalCount == 1);  // glob
    CHECK(outer.upvalName(0) == "glob");
    CHECK(upvalDescKind(outer.upvals[0]) == UPVAL_GLOBAL);

    const DecodedFunction &middle = innerOf(c, outer, 0);
    REQUIRE(middle.header.upvalCount == 3);
    for (uint32_t i = 0; i < 3; i++) {
        std::string name = middle.upvalName(i);
        uint32_t d = middle.upvals[i];
        if (name == "count") {
            CHECK(upvalDescKind(d) == UPVAL_PARENT_REGISTER);
            CHECK(upvalDescIndex(d) == 1);
        } else if (name == "p") {
            CHECK(upvalDescKind(d) == UPVAL_PARENT_REGISTER);
            CHECK(upvalDescIndex(d) == 0);
        } else {
            CHECK(name == "glob");
            CHECK(upvalDescKind(d) == UPVAL_PARENT_UPVAL);
            CHECK(upvalDescIndex(d) == 0);
        }
    }
    const DecodedFunction &inner = innerOf(c, middle, 0);
    REQUIRE(inner.header.upvalCount == 3);
    for (uint32_t i = 0; i < 3; i++) {
        CHECK(upvalDescKind(inner.upvals[i]) == UPVAL_PARENT_UPVAL);
        CHECK(middle.upvalName(upvalDescIndex(inner.upvals[i])) == inner.upvalName(i));
    }
    CHECK(inner.has(OP_GETUPVAL));
    CHECK_FALSE(inner.has(OP_GETGLOBAL));
}

TEST_CASE("compiler: script-level names reach closures as globals", "[compiler]") {
    Compiled c = compileOk("var a = 1; function f() { return a + b; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    REQUIRE(f.header.upvalCount == 2);
    CHECK(upvalDescKind(f.upvals[0]) == UPVAL_GLOBAL);
    CHECK(upvalDescKind(f.upvals[1]) == UPVAL_GLOBAL);
}

TEST_CASE("compiler: function declarations are hoisted in functions", "[compiler]") {
    Compiled c = compileOk("function f() { return g(); function g() { return h; } var h = 1; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    std::vector<Opcode> ops = f.ops();
    // g is not captured (g's body uses h only): CLOSURE straight into its register first.
    REQUIRE(ops.size() > 2);
    CHECK(ops[0] == OP_NEWBOX);  // h is captured by g
    CHECK(ops[1] == OP_CLOSURE);
    const DecodedFunction &g = innerOf(c, f, 0);
    REQUIRE(g.header.upvalCount == 1);
    CHECK(upvalDescKind(g.upvals[0]) == UPVAL_PARENT_REGISTER);
}

TEST_CASE("compiler: recursive inner function declaration captures itself", "[compiler]") {
    Compiled c = compileOk("function f() { function g(n) { return n && g(n - 1); } return g; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    std::vector<Opcode> ops = f.ops();
    REQUIRE(ops.size() >= 3);
    CHECK(ops[0] == OP_NEWBOX);
    CHECK(ops[1] == OP_CLOSURE);
    CHECK(ops[2] == OP_SETBOX);
    CHECK(instrA(f.code[2]) == instrA(f.code[0]));
}

TEST_CASE("compiler: arguments object", "[compiler]") {
    Compiled c = compileOk("function f(a) { return arguments.length; } function g(arguments) { return arguments; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK((f.header.flags & FN_USES_ARGUMENTS) != 0);
    CHECK(f.header.argumentsReg == 1);
    const DecodedFunction &g = innerOf(c, c.functions[0], 1);
    CHECK((g.header.flags & FN_USES_ARGUMENTS) == 0);
    CHECK(g.header.argumentsReg == NO_REGISTER);
}

TEST_CASE("compiler: named function expression binds its own name", "[compiler]") {
    Compiled c = compileOk("var f = function fact(n) { return n ? n * fact(n - 1) : 1; };");
    const DecodedFunction &fact = innerOf(c, c.functions[0], 0);
    CHECK(fact.constant(fact.header.nameConst) == "fact");
    CHECK(fact.code[0] == makeABC(OP_LOADCALLEE, 1, 0, 0));
    CHECK(fact.header.upvalCount == 0);
    Compiled anon = compileOk("(function () {});");
    CHECK(anon.functions[1].header.nameConst == NO_NAME);
}

TEST_CASE("compiler: strict mode is recorded and inherited", "[compiler]") {
    Compiled c = compileOk("function a() { 'use strict'; function b() {} } function c() {}");
    const DecodedFunction &s = c.functions[0];
    CHECK((s.header.flags & FN_STRICT) == 0);
    const DecodedFunction &a = innerOf(c, s, 0);
    CHECK((a.header.flags & FN_STRICT) != 0);
    CHECK((innerOf(c, a, 0).header.flags & FN_STRICT) != 0);
    CHECK((innerOf(c, s, 1).header.flags & FN_STRICT) == 0);
    Compiled st = compileSource("x = 1;", true);
    REQUIRE(st.status == CompileStatus::Ok);
    CHECK((st.functions[0].header.flags & FN_STRICT) != 0);
}

TEST_CASE("compiler: method calls pass the object as this", "[compiler]") {
    Compiled c = compileOk("function f(o, x) { o.m(x); g(x); }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    std::vector<Opcode> ops = f.ops();
    // o.m(x): GETFIELD base, o, "m"; MOV base+1, o; MOV base+2, x; CALL base, 1
    REQUIRE(ops.size() > 8);
    CHECK(ops[0] == OP_GETFIELD);
    CHECK(f.constant(instrC(f.code[0])) == "m");
    CHECK(f.code[1] == makeABC(OP_MOV, instrA(f.code[0]) + 1, 0, 0));
    CHECK(instrOp(f.code[3]) == OP_CALL);
    CHECK(instrB(f.code[3]) == 1);
    // g(x): callee, then undefined as this.
    CHECK(ops[4] == OP_GETUPVAL);
    CHECK(ops[5] == OP_LOADUNDEF);
}

TEST_CASE("compiler: constants are deduplicated, small integers use LOADI", "[compiler]") {
    Compiled c = compileOk("a = 'x'; b = 'x'; c = 1.5; d = 1.5; e = 7; f = 70000; g = -3;");
    const DecodedFunction &s = c.functions[0];
    int xs = 0, halves = 0;
    for (const std::string &k : s.constants) {
        if (k == "x") xs++;
        if (k == "#1.500000") halves++;
    }
    CHECK(xs == 1);
    CHECK(halves == 1);
    CHECK(s.count(OP_LOADI) == 2);  // 7 and -3
}

TEST_CASE("compiler: delete", "[compiler]") {
    Compiled c = compileOk("function f(a) { var o; return [delete a, delete o.p, delete o[a], delete g, delete 1]; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK(f.has(OP_LOADFALSE));
    CHECK(f.count(OP_DELPROP) == 2);
    CHECK(f.has(OP_DELUPVAL));
    CHECK(f.has(OP_LOADTRUE));
    Compiled s = compileOk("delete x;");
    CHECK(s.functions[0].has(OP_DELGLOBAL));
}

TEST_CASE("compiler: typeof of names does not throw", "[compiler]") {
    Compiled c = compileOk("typeof a; function f(l) { return typeof b + typeof l; }");
    CHECK(c.functions[0].has(OP_TYPEOFGLOBAL));
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK(f.has(OP_TYPEOFUPVAL));
    CHECK(f.has(OP_TYPEOF));
}

TEST_CASE("compiler: postfix increment yields the number value", "[compiler]") {
    Compiled c = compileOk("function f(i) { return i++; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    std::vector<Opcode> ops = f.ops();
    REQUIRE(ops.size() >= 3);
    CHECK(ops[0] == OP_TONUM);
    CHECK(ops[1] == OP_INC);
    CHECK(instrA(f.code[1]) == 0);
    CHECK(f.code[2] == makeABC(OP_RET, instrA(f.code[0]), 0, 0));
}

TEST_CASE("compiler: an unused local postfix increment is a single INC", "[compiler]") {
    Compiled c = compileOk("function f(n) { for (var i = 0; i < n; i++) {} i--; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK_FALSE(f.has(OP_TONUM));
    CHECK(f.first(OP_INC) == makeABC(OP_INC, 1, 1, 0));
    CHECK(f.first(OP_DEC) == makeABC(OP_DEC, 1, 1, 0));
}

TEST_CASE("compiler: try/catch/finally emission", "[compiler]") {
    Compiled c = compileOk("function f() { try { a(); } catch (e) { b(e); } finally { c(); } }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    std::vector<Opcode> ops = f.ops();
    REQUIRE(ops.size() > 3);
    CHECK(ops[0] == OP_TRYFINALLY);
    CHECK(ops[1] == OP_TRY);
    CHECK(instrA(f.code[1]) == instrA(f.code[0]) + 2);  // catch register above the completion pair
    CHECK(f.count(OP_POPTRY) == 2);
    CHECK(f.count(OP_ENDFINALLY) == 1);
    CHECK(instrA(f.first(OP_ENDFINALLY)) == instrA(f.code[0]));
    // The finally handler lands after "LOADI f, NORMAL" on the normal path.
    int32_t target = 0 + 1 + instrSBx(f.code[0]);
    REQUIRE(target >= 1);
    CHECK(f.code[target - 1] == makeAsBx(OP_LOADI, instrA(f.code[0]), COMPLETION_NORMAL));

    Compiled onlyCatch = compileOk("try { a(); } catch (e) { }");
    CHECK_FALSE(onlyCatch.functions[0].has(OP_TRYFINALLY));
    CHECK(onlyCatch.functions[0].count(OP_POPTRY) == 1);
    Compiled onlyFinally = compileOk("try { a(); } finally { }");
    CHECK_FALSE(onlyFinally.functions[0].has(OP_TRY));
    CHECK(onlyFinally.functions[0].has(OP_TRYFINALLY));
}

TEST_CASE("compiler: break out of nested finally blocks goes through stubs", "[compiler]") {
    Compiled c = compileOk(
        "function f() { for (;;) { try { try { break; } finally { a(); } } catch (e) {} finally { b(); } } }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK(f.count(OP_LOADPC) == 2);
    // Walk the code at the break: LOADI kind JUMP, LOADPC, POPTRY, JMP finally; stub: POPTRY (catch), ...
    size_t at = 0;
    while (at < f.code.size() && instrOp(f.code[at]) != OP_LOADPC) at++;
    REQUIRE(at + 4 < f.code.size());
    CHECK(f.code[at - 1] == makeAsBx(OP_LOADI, instrA(f.code[at]) - 1, COMPLETION_JUMP));
    CHECK(instrSBx(f.code[at]) == 2);  // resumes right after the jump to the finally block
    CHECK(instrOp(f.code[at + 1]) == OP_POPTRY);
    CHECK(instrOp(f.code[at + 2]) == OP_JMP);
    CHECK(instrOp(f.code[at + 3]) == OP_POPTRY);  // leaves the catch handler
    CHECK(instrOp(f.code[at + 4]) == OP_LOADI);   // then the outer finally
}

TEST_CASE("compiler: return inside finally-protected code is a plain RET", "[compiler]") {
    Compiled c = compileOk("function f() { try { return 1; } finally { g(); } }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK(f.has(OP_RET));
    CHECK_FALSE(f.has(OP_LOADPC));
}

TEST_CASE("compiler: captured catch parameter is boxed", "[compiler]") {
    Compiled c = compileOk("function f() { try {} catch (e) { return function () { return e; }; } }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    Instr tryInstr = f.first(OP_TRY);
    int32_t handler = 1 + instrSBx(tryInstr);
    CHECK(f.code[handler] == makeABC(OP_NEWBOX, instrA(tryInstr), 0, 0));
    const DecodedFunction &g = innerOf(c, f, 0);
    REQUIRE(g.header.upvalCount == 1);
    CHECK(upvalDescKind(g.upvals[0]) == UPVAL_PARENT_REGISTER);
    CHECK(upvalDescIndex(g.upvals[0]) == instrA(tryInstr));
    CHECK(f.header.upvalCount == 0);  // e is not a free name of f
}

TEST_CASE("compiler: for-in forms", "[compiler]") {
    Compiled c = compileOk("function f(o) { var k; for (k in o) {} for (var j in o) {} for (o.p in o) {} }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK(f.count(OP_FORIN) == 3);
    CHECK(f.count(OP_FORNEXT) == 3);
    // The first loop writes the key straight into k (register 1).
    CHECK(instrA(f.first(OP_FORNEXT)) == 1);
    CHECK(f.has(OP_SETFIELD));
    Compiled init = compileOk("for (var x = 1 in o) {}");
    CHECK(init.functions[0].has(OP_FORIN));
}

TEST_CASE("compiler: switch compares strictly", "[compiler]") {
    Compiled c = compileOk("switch (x) { case 1: a(); default: b(); case 2: c(); }");
    CHECK(c.functions[0].count(OP_SEQ) == 2);
}

TEST_CASE("compiler: object and array literals", "[compiler]") {
    Compiled c = compileOk("x = {a: 1, 'b c': 2, 3: 4, if: 5, get g() { return 1; }, set g(v) {}}; y = [1, , 2, ];");
    const DecodedFunction &s = c.functions[0];
    CHECK(s.count(OP_INITPROP) == 4);
    CHECK(s.has(OP_INITGET));
    CHECK(s.has(OP_INITSET));
    CHECK(s.count(OP_APPEND) == 2);
    CHECK(s.count(OP_APPENDHOLE) == 1);
    bool sawThree = false;
    for (const std::string &k : s.constants) sawThree |= k == "3";
    CHECK(sawThree);
}

TEST_CASE("compiler: regular expression literal", "[compiler]") {
    Compiled c = compileOk("x = /a[/]b/gi;");
    const DecodedFunction &s = c.functions[0];
    Instr re = s.first(OP_REGEXP);
    CHECK(s.constant(instrB(re)) == "a[/]b");
    CHECK(s.constant(instrC(re)) == "gi");
}

TEST_CASE("compiler: line table points at the failing operation", "[compiler]") {
    Compiled c = compileOk("var a = 1;\nvar b = a +\n    foo.bar(1);\n");
    const DecodedFunction &s = c.functions[0];
    uint32_t callPc = 0;
    for (uint32_t pc = 0; pc < s.code.size(); pc++)
        if (instrOp(s.code[pc]) == OP_CALL) callPc = pc;
    REQUIRE(callPc > 0);
    const LineEntry *entry = nullptr;
    for (const LineEntry &e : s.lines)
        if (e.pc <= callPc) entry = &e;
    REQUIRE(entry != nullptr);
    CHECK(entry->line == 3);
    CHECK(entry->column == 9);  // the property being called
    for (size_t i = 1; i < s.lines.size(); i++) CHECK(s.lines[i - 1].pc < s.lines[i].pc);
}

TEST_CASE("compiler: operand order survives assignments in the right operand", "[compiler]") {
    // x + (x = 2) must read x before the assignment: a copy is taken.
    Compiled c = compileOk("function f(x) { return x + (x = 2); } function g(x, y) { return x + y; }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK(instrOp(f.code[0]) == OP_MOV);
    CHECK(instrB(f.code[0]) == 0);
    const DecodedFunction &g = innerOf(c, c.functions[0], 1);
    CHECK(instrOp(g.code[0]) == OP_ADD);
}

TEST_CASE("compiler: syntax errors carry V8-style messages and positions", "[compiler]") {
    struct Case {
        const char *source;
        const char *message;
        uint32_t line, column;
    };
    const Case cases[] = {
        {"a b", "Unexpected identifier 'b'", 1, 3},
        {"var 1", "Unexpected number", 1, 5},
        {"var 'x'", "Unexpected string", 1, 5},
        {"if (", "Unexpected end of input", 1, 5},
        {"if (a) else", "Unexpected token 'else'", 1, 8},
        {"f(a b", "missing ) after argument list", 1, 5},
        {"x = (1, 2", "Unexpected end of input", 1, 10},
        {"foo(1))", "Unexpected token ')'", 1, 7},
        {"x = /abc", "Invalid regular expression: missing /", 1, 5},
        {"break;", "Illegal break statement", 1, 1},
        {"while (1) { continue; } continue;", "Illegal continue statement: no surrounding iteration statement", 1, 25},
        {"while (1) { break x; }", "Undefined label 'x'", 1, 19},
        {"x: { continue x; }", "Illegal continue statement: 'x' does not denote an iteration statement", 1, 6},
        {"x: x: ;", "Label 'x' has already been declared", 1, 4},
        {"x: while (1) { (function () { break x; }); }", "Undefined label 'x'", 1, 37},
        {"return 1", "Illegal return statement", 1, 1},
        {"a = 1 = 2", "Invalid left-hand side in assignment", 1, 5},
        {"a() = 1", "Invalid left-hand side in assignment", 1, 1},
        {"++a++", "Invalid left-hand side expression in prefix operation", 1, 3},
        {"for (a() in b);", "Invalid left-hand side in for-in loop", 1, 6},
        {"\"abc", "Invalid or unexpected token", 1, 1},
        {"\n  @", "Invalid or unexpected token", 2, 3},
        {"throw\n1", "Illegal newline after throw", 2, 1},
        {"try {}", "Missing catch or finally after try", 1, 1},
        {"function () {}", "Function statements require a function name", 1, 10},
        {"function f() { 'use strict'; with (a) {} }", "Strict mode code may not include a with statement", 1, 30},
        {"switch (x) { default: default: }", "More than one default clause in switch statement", 1, 23},
        {"({ get a(x) {} })", "Getter must not have any formal parameters.", 1, 9},
        {"({ set a() {} })", "Setter must have exactly one formal parameter.", 1, 9},
        {"a\n++\nb c", "Unexpected identifier 'c'", 3, 3},
        {"var x = 1 +", "Unexpected end of input", 1, 12},
        {"if (a) function", "Unexpected end of input", 1, 16},
        {"new", "Unexpected end of input", 1, 4},
        {"x = {a 1}", "Unexpected number", 1, 8},
        {"function f(a,,) {}", "Unexpected token ','", 1, 14},  // (a,) is ES2017
        {"var \xce\xb1 = 1; \xe2\x86\x92", "Invalid or unexpected token", 1, 12},
    };
    for (const Case &k : cases) {
        INFO(k.source);
        ErrorAt e = compileError(k.source);
        CHECK(e.message == k.message);
        CHECK(e.line == k.line);
        CHECK(e.column == k.column);
    }
}

TEST_CASE("compiler: strict mode errors", "[compiler]") {
    struct Case {
        const char *source;
        const char *message;
    };
    const Case cases[] = {
        {"'use strict'; var let = 1;", "Unexpected strict mode reserved word"},
        {"'use strict'; eval = 1;", "Unexpected eval or arguments in strict mode"},
        {"'use strict'; arguments++;", "Unexpected eval or arguments in strict mode"},
        {"'use strict'; delete x;", "Delete of an unqualified identifier in strict mode."},
        {"'use strict'; x = 010;", "Octal literals are not allowed in strict mode."},
        {"'use strict'; x = '\\01';", "Octal escape sequences are not allowed in strict mode."},
        {"function f() { '\\01'; 'use strict'; }", "Octal escape sequences are not allowed in strict mode."},
        {"function f(a, a) { 'use strict'; }", "Duplicate parameter name not allowed in this context"},
        {"function eval() { 'use strict'; }", "Unexpected eval or arguments in strict mode"},
        {"function f(eval) { 'use strict'; }", "Unexpected eval or arguments in strict mode"},
        {"'use strict'; try {} catch (arguments) {}", "Unexpected eval or arguments in strict mode"},
        {"'use strict'; with (a) {}", "Strict mode code may not include a with statement"},
    };
    for (const Case &k : cases) {
        INFO(k.source);
        CHECK(compileError(k.source).message == k.message);
    }
    CHECK(compileError("x = 010;", true).message == "Octal literals are not allowed in strict mode.");
    // Sloppy mode accepts these.
    compileOk("var let = 1; eval = 2; x = 010; delete x; function f(a, a) {}");
    // A string that is not alone in its statement is not a directive.
    compileOk("function f() { 'use strict' + 1; x = 010; }");
}

TEST_CASE("compiler: more strict mode early errors", "[compiler]") {
    struct Case {
        const char *source;
        const char *message;
    };
    const char *const reservedWord = "Unexpected strict mode reserved word";
    const char *const blockFunction =
        "In strict mode code, functions can only be declared at top level or inside a block.";
    const Case cases[] = {
        {"function static() { 'use strict'; }", reservedWord},
        {"(function package() { 'use strict'; });", reservedWord},
        {"function f(yield) { 'use strict'; }", reservedWord},
        {"'use strict'; var f = function interface() {};", reservedWord},
        {"'use strict'; var impl\\u0065ments;", reservedWord},
        {"'use strict'; private: ;", reservedWord},
        {"'use strict'; if (1) function f() {}", blockFunction},
        {"'use strict'; if (1) ; else function f() {}", blockFunction},
        {"'use strict'; while (0) function f() {}", blockFunction},
        {"'use strict'; l: function f() {}", blockFunction},
        {"function g() { 'use strict'; { l: m: function f() {} } }", blockFunction},
        {"'use strict'; (function arguments() {});", "Unexpected eval or arguments in strict mode"},
        {"'use strict'; eval += 1;", "Unexpected eval or arguments in strict mode"},
        {"'use strict'; for (arguments in {}) ;", "Unexpected eval or arguments in strict mode"},
        {"function f(a, b, a) { 'use strict'; }", "Duplicate parameter name not allowed in this context"},
        {"'use strict'; x = '\\08';", "Octal escape sequences are not allowed in strict mode."},
    };
    for (const Case &k : cases) {
        INFO(k.source);
        CHECK(compileError(k.source).message == k.message);
    }
    // Sloppy code: future reserved words are identifiers; functions may sit in
    // blocks and (Annex B) as the body of if or of a label.
    compileOk("var implements, interface, let, package, private, protected, public, static, yield;"
              "function static() { public: for (;;) break public; } if (1) { function f() {} }"
              "if (1) function g() {} else function h() {} l: function i() {}");
    // Function declarations in statement lists stay fine in strict code.
    compileOk("'use strict'; function f() { function g() {} } var h = function () { function i() {} };"
              "{ function j() {} } if (1) { function k() {} } switch (1) { case 1: function l() {} }"
              "try { function m() {} } catch (e) { function n() {} } finally { function o() {} }");
    // Never as the body of a loop.
    const char *const loopBody =
        "In non-strict mode code, functions can only be declared at top level, inside a block, or as the "
        "body of an if statement.";
    for (const char *source : {"while (0) function f() {}", "do function f() {} while (0)",
                               "for (;;) function f() {}", "for (k in o) function f() {}",
                               "for (;;) l: function f() {}"}) {
        INFO(source);
        CHECK(compileError(source).message == loopBody);
    }
}

TEST_CASE("compiler: function declarations in blocks are lexical (ES2015 early errors)", "[compiler]") {
    const char *const errors[] = {
        "switch (0) { case 1: var f; default: function f() {} }",
        "switch (0) { case 1: function f() {} default: var f; }",
        "'use strict'; switch (0) { case 1: function f() {} default: function f() {} }",
        "'use strict'; { function f() {} function f() {} }",
        "try {} catch (e) { function e() {} }",
        "{ function f() {} { var f; } }",
        "{ { var f; } function f() {} }",
        "function g() { for (;;) { var f; function f() {} } }",
    };
    for (const char *source : errors) {
        INFO(source);
        std::string message = compileError(source).message;
        CHECK((message == "Identifier 'f' has already been declared" ||
               message == "Identifier 'e' has already been declared"));
    }
    ErrorAt e = compileError("{\n  var x;\n  function x() {}\n}");
    CHECK(e.message == "Identifier 'x' has already been declared");
    CHECK(e.line == 3);
    CHECK(e.column == 12);
    // Allowed: sloppy duplicate block functions (Annex B), vars outside the
    // block, catch parameters redeclared by var, inner functions' vars.
    compileOk("var f; { function f() {} } var f; try {} catch (e) { var e; }"
              "{ function g() {} function g() {} } switch (0) { case 1: function h() {} default: function h() {} }"
              "{ function a() {} (function () { var a; }); } function b() { { function q() {} } var q; }");
}

TEST_CASE("compiler: escaped reserved words are IdentifierNames only", "[compiler]") {
    compileOk("a.bre\\u0061k = 1; x = { \\u0069f: 1, n\\u0065w: 2, get \\u0064elete() { return 1; } };"
              "a.\\u{74}his; var \\u{61}b = 1;");
    const char *const escaped = "Keyword must not contain escaped characters";
    const char *const errors[] = {
        "var bre\\u0061k;",           "v\\u0061r x;",
        "x = tru\\u0065;",            "function \\u0069f() {}",
        "(function n\\u0065w() {});",   "function f(\\u0069n) {}",
        "try {} catch (\\u0069f) {}", "d\\u006f: ;",
        "for (;;) break \\u0069f;",    "\\u0074his.x = 1;",
    };
    for (const char *source : errors) {
        INFO(source);
        CHECK(compileError(source).message == escaped);
    }
    ErrorAt e = compileError("x = 1;\n  v\\u0061r y;");
    CHECK(e.line == 2);
    CHECK(e.column == 3);
}

TEST_CASE("compiler: completion values of if, loops, switch and try", "[compiler]") {
    // Statements that complete with UpdateEmpty(result, undefined) first set
    // the completion register to undefined.
    Compiled c = compileOk("1; if (x) {}");
    const DecodedFunction &s = c.functions[0];
    std::vector<Opcode> ops = s.ops();
    size_t undefs = 0;
    for (Instr i : s.code)
        if (instrOp(i) == OP_LOADUNDEF && instrA(i) == 0) undefs++;
    CHECK(undefs == 1);
    for (const char *source : {"1; while (x) ;", "1; do ; while (x)", "1; for (;x;) ;", "1; for (k in x) ;",
                               "1; switch (x) {}", "1; try {} catch (e) {}"}) {
        INFO(source);
        Compiled k = compileOk(source);
        bool found = false;
        for (Instr i : k.functions[0].code)
            if (instrOp(i) == OP_LOADUNDEF && instrA(i) == 0) found = true;
        CHECK(found);
    }
    // A finally block saves and restores the completion value.
    Compiled f = compileOk("try { 1 } finally { 2 }");
    const DecodedFunction &t = f.functions[0];
    size_t saves = 0, restores = 0;
    for (Instr i : t.code) {
        if (instrOp(i) == OP_MOV && instrB(i) == 0) saves++;
        if (instrOp(i) == OP_MOV && instrA(i) == 0) restores++;
    }
    CHECK(saves == 1);
    CHECK(restores == 1);
    // Function code has no completion register: nothing extra is emitted.
    Compiled fn = compileOk("function g(x) { if (x) {} }");
    const DecodedFunction &g = innerOf(fn, fn.functions[0], 0);
    CHECK_FALSE(g.has(OP_LOADUNDEF));
}

TEST_CASE("compiler: a named function expression cannot assign its own name", "[compiler]") {
    // Sloppy: the store is dropped, the value is still computed.
    Compiled c = compileOk("var f = function g() { g = 1; g++; g += 2; return g; };");
    const DecodedFunction &g = innerOf(c, c.functions[0], 0);
    CHECK(g.code[0] == makeABC(OP_LOADCALLEE, 0, 0, 0));
    for (size_t i = 1; i < g.code.size(); i++) {
        INFO(i);
        Opcode op = instrOp(g.code[i]);
        if (op != OP_RET && op != OP_RETUNDEF) CHECK(instrA(g.code[i]) != 0);  // nothing writes R[0]
    }
    CHECK_FALSE(g.has(OP_THROW));
    CHECK(g.has(OP_ADD));
    CHECK(g.has(OP_INC));
    // Strict: a TypeError is constructed from the global and thrown.
    Compiled s = compileOk("var f = function g() { 'use strict'; g = 1; };");
    const DecodedFunction &h = innerOf(s, s.functions[0], 0);
    Instr get = h.first(OP_GETGLOBAL);
    CHECK(h.constant(instrBx(get)) == "TypeError");
    Instr load = h.first(OP_LOADK);
    CHECK(h.constant(instrBx(load)) == "Assignment to constant variable.");
    CHECK(instrA(load) == instrA(get) + 2);
    Instr make = h.first(OP_NEW);
    CHECK(instrA(make) == instrA(get));
    CHECK(instrB(make) == 1);
    CHECK(h.has(OP_THROW));
    // A var or parameter of the same name is an ordinary variable.
    Compiled v = compileOk("var f = function g(x) { var g; g = x; return g; };");
    CHECK(innerOf(v, v.functions[0], 0).first(OP_MOV) != 0);
    CHECK_FALSE(innerOf(v, v.functions[0], 0).has(OP_LOADCALLEE));
}

TEST_CASE("compiler: automatic semicolon insertion", "[compiler]") {
    compileOk("a = 1\nb = 2\n{ c() }\ndo x++; while (x < 3) y()");
    compileOk("function f() { return\n1 }");
    Compiled c = compileOk("a\n++b");  // ++ binds to b
    CHECK(c.functions[0].has(OP_INC));
    Compiled r = compileOk("function f() { return\nx; }");
    const DecodedFunction &f = innerOf(r, r.functions[0], 0);
    CHECK(instrOp(f.code[0]) == OP_RETUNDEF);
    CHECK(compileError("a = 1 b = 2").message == "Unexpected identifier 'b'");
}

TEST_CASE("compiler: keywords as property names", "[compiler]") {
    compileOk("a.if = a.var.new; x = {for: 1, null: 2, class: 3}; a.class.delete();");
}

TEST_CASE("compiler: nesting depth is limited", "[compiler]") {
    std::string deep = std::string(5000, '(') + "1" + std::string(5000, ')');
    CHECK(compileError(deep).message == "Maximum nesting depth exceeded");
    std::string blocks = std::string(5000, '{') + std::string(5000, '}');
    CHECK(compileError(blocks).message == "Maximum nesting depth exceeded");
    std::string unary(5000, '!');
    unary += "x";
    CHECK(compileError(unary).message == "Maximum nesting depth exceeded");
    std::string fns;
    for (int i = 0; i < 500; i++) fns += "function f() {";
    fns += std::string(500, '}');
    CHECK(compileError(fns).message == "Maximum nesting depth exceeded");
    compileOk(std::string(50, '(') + "1" + std::string(50, ')'));
}

TEST_CASE("compiler: register and constant limits", "[compiler]") {
    std::string many = "function f() {";
    for (int i = 0; i < 300; i++) many += "var v" + std::to_string(i) + ";";
    many += "}";
    CHECK(compileError(many).message == "Too many local variables");
    std::string fine = "function f() {";
    for (int i = 0; i < 200; i++) fine += "var v" + std::to_string(i) + " = " + std::to_string(i) + ";";
    fine += "}";
    compileOk(fine);
    // More than 256 distinct constants: field access falls back to GETPROP,
    // regex constants still get small indexes.
    std::string props = "function f(o) { var r = [";
    for (int i = 0; i < 400; i++) props += "o.p" + std::to_string(i) + ",";
    props += "/re/g]; }";
    Compiled c = compileOk(props);
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    CHECK(f.has(OP_GETPROP));
    CHECK(f.has(OP_REGEXP));
    std::string args = "f(";
    for (int i = 0; i < 300; i++) args += "1,";
    args += "1)";
    CHECK(compileError(args).message == "Too many arguments in function call");
}

TEST_CASE("compiler: long inputs", "[compiler]") {
    std::string big = "var s = '" + std::string(200000, 'x') + "';";
    compileOk(big);
    std::string chain = "x = a0";
    for (int i = 1; i < 20000; i++) chain += "+a" + std::to_string(i);
    compileOk(chain);
    std::string stmts;
    for (int i = 0; i < 5000; i++) stmts += "if (x) { y(" + std::to_string(i) + "); } else z();\n";
    compileOk("function f() {" + stmts + "}");
}

TEST_CASE("compiler: out of memory at any allocation is reported cleanly", "[compiler]") {
    const char *source =
        "var o = {a: 1, get b() { return 2; }};\n"
        "function f(x) { var c = 0; try { for (var k in o) c += g(k); } catch (e) { return function () { return e; }; }\n"
        "  switch (x) { case 1: return /re/; default: return [c, 'str', 1.5]; } }\n";
    CountingAllocator probe;
    uint8_t *image;
    size_t size;
    CompileError error;
    CompileOptions options;
    REQUIRE(compile(probe.api, source, strlen(source), options, &image, &size, &error) == CompileStatus::Ok);
    probe.api.free(probe.api.user, image, size);
    size_t needed = probe.allocations;
    for (size_t n = 0; n < needed; n++) {
        CountingAllocator failing;
        failing.failAfter = static_cast<long>(n);
        CompileStatus st = compile(failing.api, source, strlen(source), options, &image, &size, &error);
        INFO("failing after " << n << " allocations");
        CHECK(st == CompileStatus::OutOfMemory);
        CHECK(failing.live == 0);
    }
}

TEST_CASE("compiler: truncated and mutated programs fail cleanly", "[compiler]") {
    const std::string program =
        "function outer(a, b) {\n"
        "  var count = 0, list = [1, 2, 3], o = {x: 'y', get z() { return 1; }};\n"
        "  label: for (var i = 0; i < list.length; i++) {\n"
        "    try { if (a) break label; else continue; } catch (e) { count += e; } finally { count--; }\n"
        "  }\n"
        "  switch (b) { case 1: return typeof a; default: return /x+/g.test(b) ? count : -1; }\n"
        "}\n"
        "var r = outer(1, 2) + (function () { return this; })();\n";
    compileOk(program);
    for (size_t cut = 0; cut < program.size(); cut++) {
        Compiled c = compileSource(program.substr(0, cut));
        INFO("cut at " << cut);
        CHECK(c.status != CompileStatus::OutOfMemory);
    }
    srand(7);
    for (int i = 0; i < 300; i++) {
        std::string mutated = program;
        size_t at = static_cast<size_t>(rand()) % mutated.size();
        mutated[at] = "(){}[];,.=+-*/'\"\\\n!?:x0"[rand() % 24];
        Compiled c = compileSource(mutated);
        CHECK(c.status != CompileStatus::OutOfMemory);
    }
}

TEST_CASE("disassembler lists every function", "[disasm]") {
    Compiled c = compileOk("var s = 'hi'; function f(a) { return function () { return a + s; }; }");
    const std::string &l = c.listing;
    CHECK(l.find("3 functions") != std::string::npos);
    CHECK(l.find("function 0 (anonymous)") != std::string::npos);
    CHECK(l.find("\"f\"") != std::string::npos);
    CHECK(l.find("DECLFUNC") != std::string::npos);
    CHECK(l.find("upval 0: \"a\" parent-register 0") != std::string::npos);
    CHECK(l.find("upval 1: \"s\" parent-upval 0") != std::string::npos);
    CHECK(l.find("upval 0: \"s\" global") != std::string::npos);
    CHECK(l.find("line pc 0:") != std::string::npos);
    CHECK(l.find("const 0:") != std::string::npos);
    std::string bad;
    uint8_t junk[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    disassemble(junk, sizeof junk, appendLine, &bad);
    CHECK(bad.find("error:") == 0);
}

TEST_CASE("names in a with body check the object first", "[compiler][with]") {
    Compiled c = compileOk("function f() { var x; with (o) { x = y; } return x; }");
    const std::string &l = c.listing;
    CHECK(l.find("TOOBJECT") != std::string::npos);
    CHECK(l.find("WITHHAS") != std::string::npos);
    CHECK(l.find("; \"x\"") != std::string::npos);
    // Outside the with statement x is a plain register again.
    CHECK(l.find("RET          0") != std::string::npos);
}

TEST_CASE("a direct eval call site lists what the eval code sees", "[compiler][eval]") {
    Compiled c = compileOk("function f(a) { var b; try {} catch (e) { with (o) { eval(''); } } }");
    const std::string &l = c.listing;
    size_t with = l.find("eval site 0: \"%with");
    size_t e = l.find("eval site 0: \"e\" binding parent-register");
    size_t a = l.find("eval site 0: \"a\" varenv parent-register 0");
    size_t b = l.find("eval site 0: \"b\" varenv parent-register 1");
    size_t vars = l.find("\" varobj parent-register");
    REQUIRE(with != std::string::npos);
    REQUIRE(e != std::string::npos);
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    REQUIRE(vars != std::string::npos);
    CHECK(with < e);  // innermost first
    CHECK(e < a);
    CHECK(b < vars);
    CHECK(l.find("CALL         ") != std::string::npos);
    // The call is marked with 1 + the site index.
    CHECK(c.functions[1].code.size() > 0);
    bool marked = false;
    for (Instr i : c.functions[1].code)
        if (instrOp(i) == OP_CALL && instrC(i) == 1) marked = true;
    CHECK(marked);
}

TEST_CASE("arrow functions", "[compiler][arrow]") {
    Compiled c = compileOk("var f = (a, b) => a + b; var g = x => this;");
    const std::string &l = c.listing;
    CHECK(l.find("flags=arrow") != std::string::npos);
    CHECK(l.find("LOADTHIS") != std::string::npos);  // the script's this, for g
    CHECK(compileSource("(a, a) => 1").error.message == std::string("Duplicate parameter name not allowed in this context"));
    CHECK(compileSource("x\n=> 1").status == CompileStatus::SyntaxError);
}

TEST_CASE("opcode names", "[disasm]") {
    CHECK(std::string(opcodeName(OP_NOP)) == "NOP");
    CHECK(std::string(opcodeName(OP_ENDFINALLY)) == "ENDFINALLY");
    CHECK(std::string(opcodeName(OP_DEBUGGER)) == "DEBUGGER");
    CHECK(std::string(opcodeName(OP__COUNT)) == "?");
}

TEST_CASE("compiler: uncaptured let and const compile to plain registers", "[compiler][let]") {
    Compiled v = compileOk(
        "function run() { var sum = 0; for (var i = 0; i < 10; i++) { var t = i * 3; sum = (sum + t) % 7; } "
        "return sum; }");
    Compiled l = compileOk(
        "function run() { let sum = 0; for (let i = 0; i < 10; i++) { const t = i * 3; sum = (sum + t) % 7; } "
        "return sum; }");
    const DecodedFunction &fv = innerOf(v, v.functions[0], 0);
    const DecodedFunction &fl = innerOf(l, l.functions[0], 0);
    CHECK(fl.ops() == fv.ops());
    CHECK_FALSE(fl.has(OP_CHECKTDZ));
    CHECK_FALSE(fl.has(OP_LOADEMPTY));
    CHECK_FALSE(fl.has(OP_NEWBOX));
}

TEST_CASE("compiler: TDZ checks only where initialisation is not proven", "[compiler][let]") {
    Compiled ok = compileOk("function f() { let x = 1; { let y = x; return y + x; } }");
    CHECK_FALSE(innerOf(ok, ok.functions[0], 0).has(OP_CHECKTDZ));
    Compiled early = compileOk("function f() { { x; let x = 1; } }");
    const DecodedFunction &fe = innerOf(early, early.functions[0], 0);
    CHECK(fe.has(OP_LOADEMPTY));
    CHECK(fe.has(OP_CHECKTDZ));
    // A closure made before the initialisation checks its upvalue; one made
    // after does not.
    Compiled before = compileOk("function f() { function g() { return x; } let x = 1; return g; }");
    const DecodedFunction &gb = innerOf(before, innerOf(before, before.functions[0], 0), 0);
    CHECK(gb.has(OP_GETUPVALCHK));
    Compiled after = compileOk("function f() { let x = 1; return function () { return x; }; }");
    const DecodedFunction &ga = innerOf(after, innerOf(after, after.functions[0], 0), 0);
    CHECK_FALSE(ga.has(OP_GETUPVALCHK));
    CHECK(ga.has(OP_GETUPVAL));
}

TEST_CASE("compiler: captured loop variables get a fresh box per iteration", "[compiler][let]") {
    Compiled c = compileOk("function f(fs) { for (let i = 0; i < 3; i++) fs.push(function () { return i; }); }");
    const DecodedFunction &f = innerOf(c, c.functions[0], 0);
    int newBoxes = 0;
    for (Opcode op : f.ops()) newBoxes += op == OP_NEWBOX;
    // On entry, after the initialisation, and before each update.
    CHECK(newBoxes == 3);
}
