// A class expression in a parameter's default value opens a scope of its
// own (its name binding) while the parameter list is compiled: the body's
// block scopes must still line up with what the first pass recorded, and
// the class's methods must reach its name.
function f(a = class X {}, b = class { static k = 2 }) {
    let inner = 1;
    { let block = a.name + b.k; inner += block.length; }
    return a.name + ':' + typeof b + ':' + inner;
}
print(f());
var g = ([cls = class {}, xCls = class Y { m() { return Y.name; } }]) => cls.name + '/' + new xCls().m();
print(g([]));
function h({ p = class Z { static who() { return Z.name; } } } = {}) {
    var q;
    for (let i = 0; i < 2; i++) { const c = p.who(); q = c + i; }
    return q;
}
print(h(), h({ p: { who: function () { return 'given'; } } }));
var o = { m(a = class W {}) { { let t = a; return t.name; } } };
print(o.m());
