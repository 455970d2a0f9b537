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

// Dates: "default" converts as a string, so + concatenates and - subtracts.
var d = new Date(0);
print(typeof (d + 1), typeof (d - 1), d - 1);
var desc = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
print(typeof desc.value, desc.writable, desc.enumerable, desc.configurable);
print(desc.value.name, desc.value.length);
print(d[Symbol.toPrimitive]('number'), typeof d[Symbol.toPrimitive]('string'), typeof d[Symbol.toPrimitive]('default'));
attempt('bad hint', function () { return d[Symbol.toPrimitive]('bogus') });
attempt('no hint', function () { return d[Symbol.toPrimitive]() });
attempt('hint object', function () { return d[Symbol.toPrimitive]({ toString: function () { return 'number' } }) });
attempt('this primitive', function () { return Date.prototype[Symbol.toPrimitive].call(1, 'number') });
attempt('this undefined', function () { return Date.prototype[Symbol.toPrimitive].call(undefined, 'number') });
// It works on any object, not only dates.
var any = { valueOf: function () { return 1 }, toString: function () { return 'two' } };
print(Date.prototype[Symbol.toPrimitive].call(any, 'number'), Date.prototype[Symbol.toPrimitive].call(any, 'default'));
attempt('neither', function () { return Date.prototype[Symbol.toPrimitive].call({ valueOf: null, toString: null }, 'number') });
// Without it a date converts by default as a number.
delete Date.prototype[Symbol.toPrimitive];
print(typeof (d + 1));
Date.prototype[Symbol.toPrimitive] = desc.value;
print(typeof (d + 1));

// Symbol.prototype[@@toPrimitive]: read-only, returns the symbol.
var s = Symbol('s');
var sd = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
print(sd.writable, sd.enumerable, sd.configurable, sd.value.name, sd.value.length);
print(Object(s)[Symbol.toPrimitive]() === s, sd.value.call(s) === s);
attempt('symbol wrapper concat', function () { return Object(s) + '' });
attempt('symbol toPrimitive on string', function () { return sd.value.call('s') });
print(Object(s) == s);
