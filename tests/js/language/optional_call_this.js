// An optional call of a super property or a private method keeps this.
var foo;
class Base { method() { return this === foo; } }
class Foo extends Base {
    method() { return super.method?.(); }
    #p() { return this === foo; }
    q() { return [this.#p?.(), super.missing?.(), super['method']?.()].join(' '); }
}
foo = new Foo();
print(foo.method(), foo.q());
var a = { b() { return this._b; }, _b: { c: 42 } };
print(a.b?.().c, a?.b?.().c, a['b']?.().c, a.x?.().c);
