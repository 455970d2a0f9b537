// Checks `this` in method calls, bracket method calls and detached calls.
var o = {
  name: "obj",
  get: function () { return this.name; },
  self: function () { return this; }
};
print(o.get(), o["get"](), o.self() === o);
var p = { name: "other", get: o.get };
print(p.get());
var nested = { inner: { name: "inner", get: o.get } };
print(nested.inner.get());
function plain() { return typeof this; }
print(plain());
var detached = o.self;
print(detached() === o, typeof detached());
o.chain = function () { this.count = (this.count || 0) + 1; return this; };
o.chain().chain().chain();
print(o.count);
var arr = [function () { return this.length; }, 2, 3];
print(arr[0]());
