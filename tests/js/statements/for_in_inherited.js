// Checks that for-in visits inherited enumerable properties, own first, without duplicates.
function Base() { this.own1 = 1; }
Base.prototype.inh1 = "i1";
Base.prototype.inh2 = "i2";
var b = new Base();
b.own2 = 2;
var keys = [];
for (var k in b) keys.push(k);
print(keys.join(","));
var own = [];
for (k in b) if (b.hasOwnProperty(k)) own.push(k);
print(own.join(","));
function Derived() { this.d = 1; }
Derived.prototype = new Base();
Derived.prototype.inh1 = "shadow";
var d = new Derived();
keys = [];
for (k in d) keys.push(k + "=" + d[k]);
print(keys.join(","));
keys = [];
for (k in {}) keys.push(k);
print(keys.length);
