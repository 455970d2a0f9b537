// Direct eval code sees its caller's new.target, home object (super.x) and
// private names (ES2023 19.2.1.1 steps 5-8).
var seen = null;
var getNewTarget = function () { seen = eval('new.target'); };
getNewTarget();
print(seen);
new getNewTarget();
print(seen === getNewTarget);
function arrowNewTarget() { return (() => eval('new.target'))(); }
print(arrowNewTarget(), new arrowNewTarget() === arrowNewTarget);

var proto = { test: 262, name() { return 'proto'; } };
var o = {
    method() { return eval('super.test'); },
    arrow() { return (() => eval('super["name"]()'))(); },
};
print(o.method());
o.__proto__ = proto;
print(o.method(), o.arrow());

class A { get x() { return 'A.x'; } }
class C extends A {
    fromField = eval('super.x');
    newTargetInField = eval('new.target');
    #secret = 44;
    secretFromEval = eval('this.#secret');
    static #count = 5;
    static count() { return eval('C.#count'); }
    method() { return eval('super.x + " " + (#secret in this)'); }
}
var c = new C();
print(c.fromField, c.newTargetInField, c.secretFromEval, C.count(), c.method());

// Not where the caller has none.
try { eval('new.target'); } catch (e) { print('script new.target', e.name); }
try { eval('super.x'); } catch (e) { print('script super', e.name); }
function plain() { return eval('super.x'); }
try { plain(); } catch (e) { print('function super', e.name); }
try { eval('this.#secret'); } catch (e) { print('script private', e.name); }

// A field initialiser's eval code may not use arguments (step 5.f), arrow
// functions in it included; functions in it have their own.
class D { x = eval('1; () => arguments'); }
try { new D(); } catch (e) { print('field arguments', e.name); }
class F { x = eval('(function () { return arguments.length; })(1, 2)'); }
print(new F().x);
