// The Math object: every ES5 function exists with its length, the
// constants are read-only, and the functions convert their arguments.
var names = ["abs", "acos", "asin", "atan", "atan2", "ceil", "cos", "exp", "floor", "log", "max", "min", "pow",
             "random", "round", "sin", "sqrt", "tan"];
for (var i = 0; i < names.length; i++) print(names[i], typeof Math[names[i]], Math[names[i]].length);
var consts = ["E", "LN10", "LN2", "LOG2E", "LOG10E", "PI", "SQRT1_2", "SQRT2"];
for (var i = 0; i < consts.length; i++) {
    var v = Math[consts[i]];
    Math[consts[i]] = 1;
    print(consts[i], v, Math[consts[i]] === v, delete Math[consts[i]]);
}
var keys = [];
for (var k in Math) keys.push(k);
print("enumerable:", keys.length);
var calls = [];
var arg = { valueOf: function () { calls.push("v"); return 0.5; } };
print(Math.sin(arg) === Math.sin(0.5), Math.atan2(arg, arg) === Math.atan2(0.5, 0.5), Math.pow(arg, arg) === Math.pow(0.5, 0.5), calls.length);
try { Math.sqrt({ valueOf: function () { throw new RangeError("boom"); } }); } catch (e) { print(e.name, e.message); }
try { new Math.sin(1); } catch (e) { print(e.name); }
print(String(Math) === "[object Math]" || String(Math) === "[object Object]");
