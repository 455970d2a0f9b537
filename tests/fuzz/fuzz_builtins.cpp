// Structure-aware fuzzing of the built-in functions: the input is decoded
// into a sequence of calls (which built-in, how it is called, the receiver,
// up to three arguments), each call is written as a small script and run
// with its own eng_eval, so each has the whole instruction budget. The
// receivers and arguments are drawn from a table of edge values made by a
// prelude (NaN, -0, 2^31, 2^32 - 1, 2^53, huge and empty strings, sparse
// and huge-length array-likes, frozen objects, objects whose valueOf,
// toString or getters throw or change the receiver, callbacks that do the
// same) and from the results of the calls before, which are appended to the
// table. Set FUZZ_BUILTINS_PRINT=1 to see the scripts of an input.
//
// Input, per call: [function] [mode] [receiver] [argument count] [argument]...
// (bytes; each taken modulo its table). Modes:
//   0 F.call(T, a...)      1 T.name(a...)        2 new F(a...)
//   3 F.apply(T, a)        4 F.bind(T, a)(b...)  5 T[a] = b (then the value)
//   6 Object.defineProperty(T, a, {get: hook})   (then T)
#include "fuzz_heap.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// The edge values, $v[0] .. (their number is read back after the prelude);
// $cur is the receiver of the call running; $mutate changes it in one of
// several ways, in turn.
const char kPrelude[] = R"JS(
var $cur, $step = 0, $big = "ab";
for (var $i = 0; $i < 15; $i++) $big += $big;
function $mutate() {
    var c = $cur;
    if (c === null || (typeof c !== "object" && typeof c !== "function")) return;
    switch ($step++ % 7) {
    case 0: c.length = 0; break;
    case 1: c.length = 4294967295; break;
    case 2: c[5] = 1; c[1000] = 2; break;
    case 3: delete c[0]; delete c.length; break;
    case 4: Object.freeze(c); break;
    case 5: Array.prototype.push.call(c, 1, 2, 3); break;
    case 6: c[0] = c; break;
    }
}
var $hook = function () { $mutate(); return 7; };
var $nested = [];
for (var $j = 0, $n = $nested; $j < 200; $j++) $n = $n[0] = [];
var $cyclic = { a: 1 }; $cyclic.self = $cyclic; $cyclic.list = [$cyclic, 2];
var $v = [
    undefined, null, true, false, NaN, -0, 0, 1, -1, 0.5, -1e-7, 1e21,
    Infinity, -Infinity, 2147483647, 2147483648, -2147483649, 4294967295,
    4294967296, 9007199254740992, 1.7976931348623157e308, 5e-324,
    "", "abc", "  12.5e1  ", "0x1F", "-0", "\uD800x", "%E0%A4%A", "a-b-c",
    "$&$1$`$'", "1,2", "Infinity", $big,
    [], [1, , 3], [3, 1, 2, "10", undefined, null, -0, NaN],
    { length: 4294967295, 0: "x" }, { length: 9007199254740992, 1: 1 },
    { length: -1, 0: 0 }, { length: "3", 0: "a", 1: "b", 2: "c" },
    Object.freeze([1, 2, 3]), Object.freeze({ a: 1 }), Object.seal([4, 5]),
    { valueOf: function () { throw new Error("valueOf"); } },
    { toString: function () { throw new TypeError("toString"); }, valueOf: null },
    { valueOf: function () { $mutate(); return 2; } },
    { toString: function () { $mutate(); return "2"; } },
    { get 0() { throw 1; }, get length() { return 2; } },
    { get length() { $mutate(); return 3; }, 0: 1, 1: 2, 2: 3 },
    function (x) { return x; }, $hook, function () { throw 0; },
    function (a, b) { $mutate(); return a < b ? 1 : -1; },
    function (k, v) { $mutate(); return v; },
    /a|(b)/g, /x*/, new Date(0), new Date(NaN), new Error("e"), new RangeError(),
    Object.create(null), { a: { b: [1, { c: 2 }] }, toJSON: undefined },
    $cyclic, $nested, new String("xy"), new Number(-0), new Boolean(false),
    (function () { return arguments; })(1, 2), Math, JSON, this,
    { toJSON: function () { $mutate(); return [1]; } },
    (function () { var a = [1, 2]; a.length = 4294967295; return a; })(),
    (function () { var a = []; a[4294967294] = 1; a[0] = -0; return a; })(),
];
)JS";

// The functions called (paths from the global object).
const char *const kFunctions[] = {
    "Object", "Object.keys", "Object.create", "Object.defineProperty", "Object.defineProperties",
    "Object.getOwnPropertyNames", "Object.getOwnPropertyDescriptor", "Object.getPrototypeOf",
    "Object.freeze", "Object.seal", "Object.preventExtensions", "Object.isFrozen",
    "Object.prototype.toString", "Object.prototype.hasOwnProperty", "Object.prototype.valueOf",
    "Object.prototype.propertyIsEnumerable", "Object.prototype.isPrototypeOf",
    "Object.prototype.toLocaleString",
    "Array", "Array.isArray", "Array.prototype.push", "Array.prototype.pop", "Array.prototype.join",
    "Array.prototype.slice", "Array.prototype.toString", "Array.prototype.concat",
    "Array.prototype.reverse", "Array.prototype.shift", "Array.prototype.unshift",
    "Array.prototype.splice", "Array.prototype.sort", "Array.prototype.indexOf",
    "Array.prototype.lastIndexOf", "Array.prototype.every", "Array.prototype.some",
    "Array.prototype.forEach", "Array.prototype.map", "Array.prototype.filter",
    "Array.prototype.reduce", "Array.prototype.reduceRight", "Array.prototype.toLocaleString",
    "String", "String.fromCharCode", "String.prototype.charAt", "String.prototype.charCodeAt",
    "String.prototype.concat", "String.prototype.indexOf", "String.prototype.lastIndexOf",
    "String.prototype.localeCompare", "String.prototype.match", "String.prototype.replace",
    "String.prototype.search", "String.prototype.slice", "String.prototype.split",
    "String.prototype.substring", "String.prototype.substr", "String.prototype.toLowerCase",
    "String.prototype.toUpperCase", "String.prototype.trim", "String.prototype.toString",
    "Number", "Number.prototype.toString", "Number.prototype.toFixed",
    "Number.prototype.toExponential", "Number.prototype.toPrecision", "Number.prototype.valueOf",
    "Number.prototype.toLocaleString", "Boolean", "Boolean.prototype.toString",
    "Math.floor", "Math.max", "Math.min", "Math.pow", "Math.round", "Math.atan2", "Math.abs",
    "Math.sqrt", "Math.ceil",
    "JSON.parse", "JSON.stringify",
    "RegExp", "RegExp.prototype.exec", "RegExp.prototype.test", "RegExp.prototype.toString",
    "Date", "Date.UTC", "Date.parse", "Date.prototype.toISOString", "Date.prototype.toString",
    "Date.prototype.toUTCString", "Date.prototype.toJSON", "Date.prototype.setTime",
    "Date.prototype.setFullYear", "Date.prototype.setMonth", "Date.prototype.getTimezoneOffset",
    "Date.prototype.setHours", "Date.prototype.getDay",
    "Function", "Function.prototype.call", "Function.prototype.apply", "Function.prototype.bind",
    "Function.prototype.toString",
    "Error", "TypeError", "Error.prototype.toString",
    "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURI", "encodeURIComponent",
    "decodeURI", "decodeURIComponent", "escape", "unescape", "eval",
};
constexpr unsigned kFunctionCount = sizeof kFunctions / sizeof kFunctions[0];
constexpr unsigned kMaxCalls = 24;
// Each call runs with its own budget, an eighth of the one the prelude and
// the other targets get: with 24 calls, an input whose every call runs to
// its budget (a join or toLocaleString over 2^32 - 1 indexes, each a
// string key made and freed) then costs about three eval inputs, not 24
// (CI's run wrote an 11-second timeout for one while the machine was
// shared: 1.4 s alone under ASan with the full budget per call).
constexpr uint64_t kCallBudget = fuzz::kInstructionBudget / 8;

class Reader {
public:
    Reader(const uint8_t *data, size_t size) : data_(data), size_(size) {}
    bool more() const { return pos_ < size_; }
    unsigned next(unsigned modulo) { return pos_ < size_ ? data_[pos_++] % modulo : 0; }

private:
    const uint8_t *data_;
    size_t size_;
    size_t pos_ = 0;
};

std::string value(unsigned index) { return "$v[" + std::to_string(index) + "]"; }

// The last part of a path: the method name for mode 1.
std::string methodName(const char *path) {
    std::string p(path);
    size_t dot = p.rfind('.');
    return dot == std::string::npos ? p : p.substr(dot + 1);
}

// One call as a script: the result (or what it threw) is appended to $v.
std::string callScript(Reader &in, unsigned values) {
    const char *fn = kFunctions[in.next(kFunctionCount)];
    unsigned mode = in.next(7);
    std::string self = value(in.next(values));
    unsigned argc = in.next(4);
    std::string args[3];
    for (unsigned i = 0; i < argc; i++) args[i] = value(in.next(values));
    auto list = [&](unsigned from) {
        std::string s;
        for (unsigned i = from; i < argc; i++) s += (i > from ? ", " : "") + args[i];
        return s;
    };
    std::string expr;
    switch (mode) {
    case 0: expr = std::string(fn) + ".call(" + self + (argc ? ", " : "") + list(0) + ")"; break;
    case 1: expr = self + "." + methodName(fn) + "(" + list(0) + ")"; break;
    case 2: expr = "new " + std::string(fn) + "(" + list(0) + ")"; break;
    case 3: expr = std::string(fn) + ".apply(" + self + ", " + (argc ? args[0] : value(0)) + ")"; break;
    case 4:
        expr = std::string(fn) + ".bind(" + self + (argc ? ", " + args[0] : "") + ")(" + list(1) + ")";
        break;
    case 5:
        expr = "(" + self + "[" + (argc ? args[0] : value(0)) + "] = " + (argc > 1 ? args[1] : value(0)) + ")";
        break;
    default:
        expr = "Object.defineProperty(" + self + ", " + (argc ? args[0] : value(0)) +
               ", { get: $hook, set: $hook, configurable: true })";
        break;
    }
    return "var $r; $cur = " + self + ";\ntry { $r = " + expr + "; } catch (e) { $r = e; }\n$v.push($r);\n";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const bool print = getenv("FUZZ_BUILTINS_PRINT") != nullptr;
    fuzz::CheckedHeap checked;
    eng_heap *heap = checked.get();
    if (eng_eval(heap, kPrelude, sizeof kPrelude - 1, "prelude.js") != ENG_OK) {
        // Only the memory limit may stop the prelude.
        fuzz::fail("the prelude failed");
    }
    if (print) fprintf(stderr, "%s", kPrelude);
    eng_set_top(heap, 0);
    static const char count[] = "$v.length";
    if (eng_eval(heap, count, sizeof count - 1, "count.js") != ENG_OK) fuzz::fail("no $v");
    unsigned values = static_cast<unsigned>(eng_get_number(heap, -1));
    eng_set_top(heap, 0);
    Reader in(data, size);
    eng_set_limits(heap, kCallBudget, 0);
    for (unsigned call = 0; call < kMaxCalls && in.more(); call++) {
        std::string script = callScript(in, values + call);
        if (print) fprintf(stderr, "%s", script.c_str());
        // Errors escape only through the instruction budget or the memory
        // limit (the script catches everything else); the next call goes on
        // in the same heap.
        eng_eval(heap, script.data(), script.size(), "call.js");
        eng_push_pending_error(heap);
        eng_set_top(heap, 0);
    }
    fuzz::checkHeapStillWorks(heap);
    return 0;
}
