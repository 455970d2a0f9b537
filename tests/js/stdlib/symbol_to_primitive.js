// ToPrimitive calls @@toPrimitive with the hint "default", "number" or
// "string" (ES2024 7.1.1); Date.prototype[@@toPrimitive] and
// Symbol.prototype[@@toPrimitive].
function attempt(label, f) {
  try { print(label, f()) } catch (e) { print(label, e.name, e instanceof TypeError) }
}
var hints = [];
var o = {};
o[Symbol.toPrimitive] = function (hint) { hints.push(hint); return hint === 'number' ? 42 : 'str'; };
print(+o, `${o}`, o + '', o == 'str', o * 2, String(o), [o].join(), o < 50);
print(hints.join(','));
o.valueOf = function () { return 'never' };
print(o + 1);

// This is the object, the one argument is the hint.
var seen;
var p = { [Symbol.toPrimitive]: function () { seen = [this === p, arguments.length]; return 1; } };
print(p + 0, seen);

// GetMethod: undefined and null fall back to valueOf/toString; anything
// else that is not callable is a TypeError.
attempt('undefined method', function () { return +{ [Symbol.toPrimitive]: undefined, valueOf: function () { return 3 } } });
attempt('null method', function () { return +{ [Symbol.toPrimitive]: null, valueOf: function () { return 4 } } });
attempt('number method', function () { return +{ [Symbol.toPrimitive]: 1 } });
attempt('object method', function () { return +{ [Symbol.toPrimitive]: {} } });
attempt('returns object', function () { return +{ [Symbol.toPrimitive]: function () { return {} } } });
attempt('returns array', function () { return '' + { [Symbol.toPrimitive]: function () { return [] } } });
attempt('returns symbol', function () { return typeof { [Symbol.toPrimitive]: function () { return Symbol() } }[Symbol.toPrimitive]() });
attempt('throws', function () { return +{ [Symbol.toPrimitive]: function () { throw new RangeError('x') } } });
attempt('getter throws', function () { return +Object.defineProperty({}, Symbol.toPrimitive, { get: function () { throw new SyntaxError('g') } }) });

// Inherited methods count; functions have one too when given.
function F() {}
F.prototype[Symbol.toPrimitive] = function (h) { return 'F:' + h };
print(new F() + '', `${new F()}`, +new F());
var fn = function () {};
fn[Symbol.toPrimitive] = function () { return 'fn' };
print(fn + '!');
