// Checks that Error messages are converted to strings and String(e) combines name and message.
print(String(new Error(null)), String(new Error(0)), String(new Error(false)));
print(String(new TypeError([1, 2])), String(new RangeError({})));
var o = { toString: function () { return "from toString"; } };
print(new Error(o).message);
print(new SyntaxError("s").name + "|" + new ReferenceError("r").message);
print(String(new Error("multi word message here")));
