// An anonymous class defined under a computed key is named by the key at
// run time (NamedEvaluation), a symbol as "[description]".
var named = Symbol('desc'), anonymous = Symbol();
var k = 'key';
var o = {
    [k]: class {},
    [k + 2]: (class {}),
    [named]: class {},
    [anonymous]: class {},
    [k + 3]: class Own {},
    [k + 4]: class { static field = 1; },
};
print(o.key.name, o.key2.name, o[named].name, '[' + o[anonymous].name + ']', o.key3.name, o.key4.name);
