// The executor on hand-assembled bytecode: arithmetic, jumps, calls without
// C recursion, closures through boxes, try/catch/finally, errors.
#include <catch2/catch.hpp>
#include <string.h>

#include "config.h"
#include "heap/heap.h"
#include "image_builder.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "value/number.h"
#include "vm/call.h"
#include "vm/loader.h"

using namespace eng;
using eng_test::FunctionSpec;

namespace {

struct Run {
    Heap *h;
    Status status;
    Value result;
    explicit Run(const std::vector<FunctionSpec> &fns) : h(heapCreate(nullptr)), status(Status::Error) {
        std::vector<uint8_t> image = eng_test::buildImage(fns);
        uint8_t *bytes = static_cast<uint8_t *>(heapAlloc(*h, image.size()));
        memcpy(bytes, image.data(), image.size());
        FunctionTemplate *script;
        HString *file = internCString(*h, "asm.js");
        status = loadImage(*h, bytes, image.size(), file, &script);
        if (status == Status::Ok) status = runScript(*h, script, &result);
        if (status != Status::Ok) result = h->pending;
    }
    ~Run() { heapDestroy(h); }
    double number() const { return isNumber(result) ? numberOf(result) : -12345; }
    std::string errorMessage() {
        Value m;
        if (getValuePropertyStr(*h, result, atom(*h, ATOM_message), &m) != Status::Ok || !isString(m)) return "";
        std::string s(utf8Length(asString(m)), ' ');
        std::vector<char> buf(s.size() + 1);
        toUtf8(asString(m), buf.data());
        return buf.data();
    }
};

FunctionSpec script() {
    FunctionSpec f;
    f.flags = FN_SCRIPT;
    return f;
}

}  // namespace

TEST_CASE("integer arithmetic overflows into doubles", "[vm]") {
    FunctionSpec f = script();
    uint32_t big = f.number(2147483647);
    f.emit(makeABx(OP_LOADK, 0, big));
    f.emit(makeAsBx(OP_LOADI, 1, 1));
    f.emit(makeABC(OP_ADD, 2, 0, 1));
    f.emit(makeABC(OP_RET, 2, 0, 0));
    Run r({f});
    REQUIRE(r.status == Status::Ok);
    CHECK(r.number() == 2147483648.0);
}

TEST_CASE("a counting loop with conditional jumps", "[vm]") {
    // r0 = 0 (sum), r1 = 0 (i); while (i < 100) { sum += i; i++ } return sum
    FunctionSpec f = script();
    f.emit(makeAsBx(OP_LOADI, 0, 0));
    f.emit(makeAsBx(OP_LOADI, 1, 0));
    f.emit(makeAsBx(OP_LOADI, 2, 100));
    f.emit(makeABC(OP_LT, 3, 1, 2));        // 3: loop head
    f.emit(makeAsBx(OP_JMPIFNOT, 3, 3));    // to RET
    f.emit(makeABC(OP_ADD, 0, 0, 1));
    f.emit(makeABC(OP_INC, 1, 1, 0));
    f.emit(makeSJ(OP_JMP, -5));             // back to 3
    f.emit(makeABC(OP_RET, 0, 0, 0));
    Run r({f});
    REQUIRE(r.status == Status::Ok);
    CHECK(r.number() == 4950);
}

TEST_CASE("recursive calls run in one executor loop", "[vm]") {
    // function fib(n) { return n < 2 ? n : fib(n-1) + fib(n-2) } ; fib(20)
    FunctionSpec top = script();
    uint32_t name = top.string("fib");
    top.inner = {1};
    top.emit(makeABx(OP_CLOSURE, 0, 0));
    top.emit(makeABx(OP_DECLFUNC, 0, name));
    top.emit(makeABx(OP_GETGLOBAL, 1, name));
    top.emit(makeABC(OP_LOADUNDEF, 2, 0, 0));
    top.emit(makeAsBx(OP_LOADI, 3, 20));
    top.emit(makeABC(OP_CALL, 1, 1, 0));
    top.emit(makeABC(OP_RET, 1, 0, 0));
    FunctionSpec fib;
    fib.nparams = 1;
    fib.nregs = 8;
    uint32_t fibName = fib.string("fib");
    fib.nameConst = fibName;
    fib.upvals = {makeUpvalDesc(UPVAL_GLOBAL, 0)};
    fib.upvalNames = {fibName};
    fib.emit(makeAsBx(OP_LOADI, 1, 2));
    fib.emit(makeABC(OP_LT, 2, 0, 1));
    fib.emit(makeAsBx(OP_JMPIFNOT, 2, 1));
    fib.emit(makeABC(OP_RET, 0, 0, 0));
    fib.emit(makeABC(OP_GETUPVAL, 2, 0, 0));   // fib
    fib.emit(makeABC(OP_LOADUNDEF, 3, 0, 0));
    fib.emit(makeABC(OP_DEC, 4, 0, 0));        // n - 1
    fib.emit(makeABC(OP_CALL, 2, 1, 0));
    fib.emit(makeABC(OP_GETUPVAL, 3, 0, 0));
    fib.emit(makeABC(OP_LOADUNDEF, 4, 0, 0));
    fib.emit(makeAsBx(OP_LOADI, 6, 2));
    fib.emit(makeABC(OP_SUB, 5, 0, 6));        // n - 2
    fib.emit(makeABC(OP_CALL, 3, 1, 0));
    fib.emit(makeABC(OP_ADD, 2, 2, 3));
    fib.emit(makeABC(OP_RET, 2, 0, 0));
    Run r({top, fib});
    REQUIRE(r.status == Status::Ok);
    CHECK(r.number() == 6765);
}

TEST_CASE("closures share a boxed variable", "[vm]") {
    // function make() { var n = 0; return function () { return ++n; } }
    // var c = make(); c(); c(); return c();
    FunctionSpec top = script();
    top.inner = {1};
    top.emit(makeABx(OP_CLOSURE, 0, 0));
    top.emit(makeABC(OP_LOADUNDEF, 1, 0, 0));
    top.emit(makeABC(OP_CALL, 0, 0, 0));       // r0 = make()
    for (int i = 0; i < 3; i++) {
        top.emit(makeABC(OP_MOV, 1, 0, 0));
        top.emit(makeABC(OP_LOADUNDEF, 2, 0, 0));
        top.emit(makeABC(OP_CALL, 1, 0, 0));
    }
    top.emit(makeABC(OP_RET, 1, 0, 0));
    FunctionSpec make;
    make.inner = {2};
    make.emit(makeAsBx(OP_LOADI, 0, 0));
    make.emit(makeABC(OP_NEWBOX, 0, 0, 0));
    make.emit(makeABx(OP_CLOSURE, 1, 0));
    make.emit(makeABC(OP_RET, 1, 0, 0));
    FunctionSpec inc;
    uint32_t n = inc.string("n");
    inc.upvals = {makeUpvalDesc(UPVAL_PARENT_REGISTER, 0)};
    inc.upvalNames = {n};
    inc.emit(makeABC(OP_GETUPVAL, 0, 0, 0));
    inc.emit(makeABC(OP_INC, 0, 0, 0));
    inc.emit(makeABC(OP_SETUPVAL, 0, 0, 0));
    inc.emit(makeABC(OP_RET, 0, 0, 0));
    Run r({top, make, inc});
    REQUIRE(r.status == Status::Ok);
    CHECK(r.number() == 3);
}

TEST_CASE("throw is caught and finally runs on return", "[vm]") {
    // try { throw 7 } catch (e) { r1 = e } ; try { return r1 } finally { r1 = r1 * 10 ... }
    // The finally overrides nothing: the returned value is the one computed before it.
    FunctionSpec f = script();
    f.emit(makeAsBx(OP_TRY, 0, 2));           // catch target: +2
    f.emit(makeAsBx(OP_LOADI, 2, 7));
    f.emit(makeABC(OP_THROW, 2, 0, 0));
    f.emit(makeABC(OP_MOV, 1, 0, 0));         // catch: r1 = exception
    f.emit(makeAsBx(OP_TRYFINALLY, 3, 2));    // finally entry: +2
    f.emit(makeABC(OP_RET, 1, 0, 0));         // return through finally
    f.emit(makeABC(OP_POPTRY, 0, 0, 0));
    f.emit(makeAsBx(OP_LOADI, 5, 10));        // finally entry
    f.emit(makeABC(OP_MUL, 1, 1, 5));         // r1 = 70, returned value stays 7
    f.emit(makeABC(OP_ENDFINALLY, 3, 0, 0));
    f.emit(makeABC(OP_RETUNDEF, 0, 0, 0));
    Run r({f});
    REQUIRE(r.status == Status::Ok);
    CHECK(r.number() == 7);
}

TEST_CASE("uncaught errors and reference errors reach the caller", "[vm]") {
    FunctionSpec f = script();
    uint32_t name = f.string("nowhere");
    f.lines = {{0, 3, 9}};
    f.emit(makeABx(OP_GETGLOBAL, 0, name));
    f.emit(makeABC(OP_RET, 0, 0, 0));
    Run r({f});
    REQUIRE(r.status == Status::Error);
    CHECK(r.errorMessage() == "nowhere is not defined");
    Value line;
    REQUIRE(getValuePropertyStr(*r.h, r.result, atom(*r.h, ATOM_lineNumber), &line) == Status::Ok);
    CHECK(numberOf(line) == 3);
}

TEST_CASE("calling a non-function names the callee", "[vm]") {
    FunctionSpec f = script();
    uint32_t name = f.string("Math");
    uint32_t field = f.string("nothing");
    f.emit(makeABx(OP_GETGLOBAL, 1, name));
    f.emit(makeABC(OP_GETFIELD, 0, 1, field));
    f.emit(makeABC(OP_MOV, 1, 1, 0));
    f.emit(makeABC(OP_CALL, 0, 0, 0));
    f.emit(makeABC(OP_RET, 0, 0, 0));
    Run r({f});
    REQUIRE(r.status == Status::Error);
    CHECK(r.errorMessage() == "Math.nothing is not a function");
}

TEST_CASE("a corrupt image is rejected, not run", "[vm][loader]") {
    FunctionSpec f = script();
    f.emit(makeABC(OP_RETUNDEF, 0, 0, 0));
    std::vector<uint8_t> image = eng_test::buildImage({f});
    Heap *h = heapCreate(nullptr);
    for (size_t cut : {size_t(4), size_t(20), image.size() - 4}) {
        uint8_t *bytes = static_cast<uint8_t *>(heapAlloc(*h, image.size()));
        memcpy(bytes, image.data(), image.size());
        reinterpret_cast<ImageHeader *>(bytes)->totalSize = static_cast<uint32_t>(cut);
        FunctionTemplate *script;
        CHECK(loadImage(*h, bytes, image.size(), nullptr, &script) == Status::Error);
        h->hasPending = false;
    }
    heapDestroy(h);
}

TEST_CASE("eval call site tables are validated", "[vm][loader]") {
    for (int bad = 0; bad < 4; bad++) {
        FunctionSpec f = script();
        f.nregs = 2;
        uint32_t name = f.string("x");
        f.emit(makeABC(OP_RETUNDEF, 0, 0, 0));
        f.evalSites = {0, 1};
        uint32_t desc = makeEvalDesc(makeUpvalDesc(UPVAL_PARENT_REGISTER, 1), EVAL_BINDING);
        if (bad == 1) desc = makeEvalDesc(makeUpvalDesc(UPVAL_PARENT_REGISTER, 2), EVAL_BINDING);  // past nregs
        if (bad == 2) desc = makeEvalDesc(makeUpvalDesc(UPVAL_PARENT_UPVAL, 0), EVAL_WITH);        // no upvalues
        f.evalBindings = {{bad == 3 ? 7u : name, desc}};                                           // not a constant
        Run r({f});
        if (bad == 0) {
            CHECK(r.status == Status::Ok);
        } else {
            REQUIRE(r.status == Status::Error);
            // The validator's message where it checks compiled images too
            // (sanitizer builds), the loader's own check otherwise.
            CHECK(r.errorMessage() == (ENG_VALIDATE_COMPILER_OUTPUT ? "invalid image: eval binding 0 out of range at function 0"
                                                                     : "Invalid bytecode image"));
        }
    }
}

TEST_CASE("an image with an unknown opcode is rejected, not dispatched", "[vm][loader]") {
    FunctionSpec f = script();
    f.emit(static_cast<Instr>(250));
    f.emit(makeABC(OP_RETUNDEF, 0, 0, 0));
    Run r({f});
    REQUIRE(r.status == Status::Error);
    CHECK(r.errorMessage() == (ENG_VALIDATE_COMPILER_OUTPUT ? "invalid image: unknown opcode 250 at function 0 pc 0"
                                                             : "Invalid bytecode image"));
}
