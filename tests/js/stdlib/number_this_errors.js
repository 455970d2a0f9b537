// Number.prototype methods on values that are not numbers: TypeError, while
// Number wrappers work.
var methods = ["toFixed", "toExponential", "toPrecision", "toString", "toLocaleString", "valueOf"];
var thisValues = ["x", true, null, undefined, {}, [], new String("1"), new Boolean(false)];
for (var i = 0; i < methods.length; i++) {
    var line = [methods[i]];
    for (var j = 0; j < thisValues.length; j++) {
        try {
            Number.prototype[methods[i]].call(thisValues[j], 2);
            line.push("ok");
        } catch (e) {
            line.push(e.name);
        }
    }
    print(line.join(" "));
}
try { Number.prototype.toFixed.call("x"); } catch (e) { print(e.name + ": " + e.message); }
try { Number.prototype.toString.call({}); } catch (e) { print(e.name + ": " + e.message); }
print(Number.prototype.toFixed.call(new Number(1.5), 3), Number.prototype.toString.call(new Number(255), 16));
print(Number.prototype.toFixed(2), Number.prototype.toPrecision(2));
// the argument is converted before the this-less value checks
var order = [];
try { (5).toFixed({ valueOf: function () { order.push("valueOf"); return 200; } }); } catch (e) { order.push(e.name); }
print(order.join(","));
