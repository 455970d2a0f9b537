// JSON.stringify: primitives, wrappers, objects, arrays, undefined and
// functions, non-finite numbers, number formatting, toJSON.
print(JSON.stringify(1), JSON.stringify(-0), JSON.stringify(1.5e300), JSON.stringify(1e21), JSON.stringify(1e-7), JSON.stringify(0.1));
print(JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(-Infinity), JSON.stringify(5e-324), JSON.stringify(123456789012345680000));
print(JSON.stringify(true), JSON.stringify(false), JSON.stringify(null), JSON.stringify("s"), JSON.stringify(""));
print(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(), typeof JSON.stringify(undefined));
print(JSON.stringify(new Number(3)), JSON.stringify(new String("w")), JSON.stringify(new Boolean(false)), JSON.stringify([new Number(-0), new String("")]));
print(JSON.stringify({}), JSON.stringify([]), JSON.stringify([[]]), JSON.stringify({ a: {} }), JSON.stringify([{}]));
print(JSON.stringify({ a: 1, b: "two", c: true, d: null, e: [1, 2], f: { g: "h" } }));
print(JSON.stringify({ u: undefined, f: function () {}, n: NaN, i: -Infinity, z: 0 }));
print(JSON.stringify([undefined, function () {}, NaN, Infinity, null, 0]));
var sparse = [1, , 3];
sparse[6] = 7;
print(JSON.stringify(sparse), JSON.stringify(new Array(3)));
var withProps = [1, 2];
withProps.extra = "ignored";
print(JSON.stringify(withProps));
print(JSON.stringify({ toJSON: function (key) { return "key=" + key + ":" + typeof this; } }));
print(JSON.stringify({ a: { toJSON: function (key) { return key + "!"; } }, b: [{ toJSON: function (key) { return typeof key + key; } }] }));
print(JSON.stringify({ a: { toJSON: function () { return undefined; } }, b: 1 }), JSON.stringify({ toJSON: null, x: 1 }), JSON.stringify({ toJSON: 5 }));
var proto = { inherited: 1 };
function Make() { this.own = 2; }
Make.prototype = proto;
print(JSON.stringify(new Make()));
var getter = {};
Object.defineProperty(getter, "g", { get: function () { return "got"; }, enumerable: true });
Object.defineProperty(getter, "hidden", { value: 1, enumerable: false });
print(JSON.stringify(getter));
var e = new Error("msg");
print(JSON.stringify(e), JSON.stringify(Math));
var order = { b: 1, 2: 2, a: 3, 1: 4, 10: 5, "-1": 6, "1.5": 7 };
print(JSON.stringify(order));
print(JSON.stringify({ "": "empty", " ": "space", "\n": "nl", "\"q\"": 1 }));
var big = [];
for (var i = 0; i < 1000; i++) big.push(i % 10);
print(JSON.stringify(big).length);
print(JSON.stringify("x", null, 2), JSON.stringify(7, null, "  "), JSON.stringify(new Number(5), null, 4));
