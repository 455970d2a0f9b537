// Recursion through C with no bound ends in a catchable RangeError (the C
// stack check or a level limit, whichever comes first), and the engine
// keeps working afterwards.
function attempt(name, fn) {
    try {
        fn();
        print(name, 'no error');
    } catch (e) {
        print(name, e instanceof RangeError, e.name);
    }
}

attempt('reviver', function () {
    var s = Array(3001).join('[') + Array(3001).join(']');
    JSON.parse(s, function (k, v) { return v; });
});
attempt('stringify', function () {
    // Each level is a new array (no cycle), made only as deep as it gets.
    var o = { toJSON: function () { return [o]; } };
    JSON.stringify(o);
});
attempt('getter', function () {
    var o = {};
    Object.defineProperty(o, 'x', { get: function () { return o.x; } });
    return o.x;
});
attempt('map', function () {
    function f() { [0].map(f); }
    f();
});
attempt('toString', function () {
    var o = {}, p = {};
    o.toString = function () { return String(p); };
    p.toString = function () { return String(o); };
    String(o);
});
attempt('valueOf', function () {
    var o = { valueOf: function () { return o * 2; } };
    return +o;
});
attempt('sort', function () {
    function c(a, b) { [2, 1].sort(c); return a - b; }
    [2, 1].sort(c);
});
attempt('eval', function () {
    function e() { return eval('e()'); }
    e();
});
attempt('call', function () {
    function g() { return g.call(null); }
    g();
});

print([3, 1, 2].sort().map(function (x) { return x * 2; }).join());
