// delete of a super reference is a ReferenceError once this and the key
// are evaluated, before ToPropertyKey (ES2023 13.5.1.2 step 4.b).
var key = { toString: function () { throw new Error('ToPropertyKey ran'); } };
var order = [];
var o = {
    x: 1,
    dot() { delete super.x; },
    keyed() { delete super[key]; },
    evaluated() { delete super[(order.push('key'), 'x')]; },
};
try { o.dot(); } catch (e) { print(e.name, e.message); }
try { o.keyed(); } catch (e) { print(e.name); }
try { o.evaluated(); } catch (e) { print(e.name, order.join()); }
class A { static m() { delete super.x; } }
A.__proto__ = null;
try { A.m(); } catch (e) { print(e.name); }
class B extends A { constructor() { try { delete super.x; } catch (e) { print('before super()', e.name); } super(); } }
try { new B(); } catch (e) { print(e.name); }
print(o.x);
