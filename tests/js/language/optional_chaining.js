// Optional chaining (ES2020): a?.b, a?.[k], a?.(): null or undefined before
// ?. makes the whole chain undefined without evaluating the rest.
var o = { a: { b: { c: 1 } }, f: function () { return this === o; }, n: null, arr: [10, 20] };
var u, nul = null;
print(o?.a?.b?.c, u?.a, u?.a.b.c, nul?.x, o.n?.x, o.a?.['b'].c, o.arr?.[1], u?.[1]);
print(o.f?.(), o?.f(), o.g?.(), u?.(), o.f?.call(o), o['f']?.());
var calls = 0;
function side() { calls++; return 'k'; }
print(u?.[side()], u?.a[side()], u?.a(side()), calls);
print((u?.a)?.b, typeof u?.a, u?.a === undefined);
print(delete u?.a, delete o?.n, 'n' in o, delete o.a?.b.c, o.a.b.c);
print(true ? .5 : 1, o?.arr.length, false?.5:6);
var f = null;
print(f?.(), o.arr?.length ?? 'none', u?.b ?? 'default');
try {
  o.missing?.();
  print('not called');
} catch (e) {
  print(e.name);
}
try {
  o.n.x?.y;
} catch (e) {
  print(e.name);
}
try {
  (u?.a).b;
} catch (e) {
  print(e.name);
}
try {
  o.a?.b();
} catch (e) {
  print(e.name);
}
var str = 'abc';
print(str?.length, str?.toString?.(), 0?.toString(), ''?.length);
var obj2 = { g: function () { return this; } };
print(obj2?.g() === obj2, obj2.g?.() === obj2);
var bad = ['o?.a = 1', 'o?.a++', 'new o?.f()', 'o?.a`t`', 'o?.`t`', '++o?.a', 'for (o?.a in {}) ;', 'o?.a += 1'];
for (var i = 0; i < bad.length; i++) {
  try {
    eval(bad[i]);
    print('no error', bad[i]);
  } catch (e) {
    print(e.name);
  }
}
