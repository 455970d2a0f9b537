var log = [];
function it(n) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return { next: function () { return { value: ++i, done: i > n } }, return: function () { log.push('return'); return {} } } }; return o }
function thrower() { throw new RangeError('t') }
try { var [a = thrower()] = (function () { var o = {}; o[Symbol.iterator] = function () { return { next: function () { return { value: undefined, done: false } }, return: function () { log.push('closed'); return {} } } }; return o })() } catch (e) { log.push(e.name) }
var tgt = { set x(v) { throw new EvalError('set') } };
try { [tgt.x] = it(3) } catch (e) { log.push(e.name) }
try { [[tgt.x]] = [it(3)] } catch (e) { log.push('nested ' + e.name) }
var [p, q] = it(5); log.push(p + q);
print(log.join());
