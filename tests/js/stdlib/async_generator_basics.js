// Async generators (ES2024 27.6): the objects and their prototype chain,
// the request queue (next/throw/return called before earlier ones
// settle), await inside, yield awaiting its operand, return awaiting its
// value, and what a completed generator answers.
var log = [];
function say() { log.push(Array.prototype.join.call(arguments, ' ')); }
function show(tag) {
  return function (r) { say(tag, 'value=' + String(r.value), 'done=' + r.done); };
}
function fail(tag) { return function (e) { say(tag, 'rejected', String(e)); }; }

async function* g1() { say('g1 start'); var x = yield 1; say('g1 got', x); yield 2; return 3; }
var AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(g1);
var AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
var AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);
var it = g1();
print('proto chain', Object.getPrototypeOf(it) === g1.prototype,
      Object.getPrototypeOf(g1.prototype) === AsyncGeneratorPrototype,
      Object.getPrototypeOf(AsyncIteratorPrototype) === Object.prototype,
      Object.getPrototypeOf(AsyncGeneratorFunctionPrototype) === Function.prototype);
print('tags', AsyncGeneratorPrototype[Symbol.toStringTag], AsyncGeneratorFunctionPrototype[Symbol.toStringTag],
      Object.prototype.toString.call(it));
print('asyncIterator returns this', it[Symbol.asyncIterator]() === it,
      typeof AsyncIteratorPrototype[Symbol.asyncIterator], AsyncIteratorPrototype[Symbol.asyncIterator].name);
print('constructor', AsyncGeneratorPrototype.constructor === AsyncGeneratorFunctionPrototype,
      g1.prototype.hasOwnProperty('constructor'));
var d = Object.getOwnPropertyDescriptor(g1, 'prototype');
print('prototype property', d.writable, d.enumerable, d.configurable);
print('methods', AsyncGeneratorPrototype.next.length, AsyncGeneratorPrototype.return.name,
      AsyncGeneratorPrototype.throw.name, Object.keys(AsyncGeneratorPrototype).length);
print('not a constructor', (function () { try { new g1(); return 'made'; } catch (e) { return e.constructor.name; } })());
print('next returns a promise', it.next('a') instanceof Promise);
it.next('b').then(show('g1 #2'));
it.next('c').then(show('g1 #3'));
it.next('d').then(show('g1 #4'));
say('sync end');

// The object literal and class forms, static too; this and arguments.
var o = { async *m(a) { yield this.name + a; yield arguments.length; }, name: 'o' };
o.m('!', 2).next().then(show('object method'));
class C {
  async *m() { yield 'instance ' + (this instanceof C); }
  static async *s() { yield 'static ' + (this === C); }
  async *[('comp' + 'uted')]() { yield 'computed'; }
}
new C().m().next().then(show('class method'));
C.s().next().then(show('static method'));
new C().computed().next().then(show('computed method'));
var expr = async function* named() { yield typeof named; };
expr().next().then(show('expression'));
print('names', o.m.name, C.s.name, expr.name, C.prototype.computed.name);

// await inside, and yield awaiting its operand (a promise or a thenable).
async function* g2() {
  var a = await Promise.resolve('awaited');
  say('g2', a);
  yield Promise.resolve('yielded promise');
  yield { then: function (r) { r('yielded thenable'); } };
  try { yield Promise.reject('bad'); } catch (e) { say('g2 caught', e); }
  return Promise.resolve('returned promise');
}
var i2 = g2();
i2.next().then(show('g2 #1'));
i2.next().then(show('g2 #2'));
i2.next().then(show('g2 #3'));
i2.next().then(show('g2 #4'));
i2.next().then(show('g2 #5'));

// return() and throw() at the start, while suspended and after the end.
async function* g3() { try { yield 'a'; yield 'b'; } finally { say('g3 finally'); } }
g3().return('early').then(show('return at start'));
g3().return(Promise.resolve('early promise')).then(show('return promise at start'));
g3().throw(new Error('early')).then(show('throw at start'), fail('throw at start'));
var i3 = g3();
i3.next().then(show('g3 #1'));
i3.return('late').then(show('g3 return'));
i3.next().then(show('g3 after return'));
i3.throw('x').then(show('g3 throw after'), fail('g3 throw after'));
var i4 = g3();
i4.next().then(show('g4 #1'));
i4.throw('boom').then(show('g4 throw'), fail('g4 throw'));
var i5 = g3();
i5.next();
i5.return(Promise.reject('rejected return')).then(show('g5 return'), fail('g5 return'));

// An error thrown by the body rejects the request, later ones see done.
async function* g6() { yield 1; throw new TypeError('body error'); }
var i6 = g6();
i6.next().then(show('g6 #1'));
i6.next().then(show('g6 #2'), fail('g6 #2'));
i6.next().then(show('g6 #3'));

// A finally block that yields after return(): the generator goes on.
async function* g7() { try { yield 1; } finally { yield 'from finally'; say('g7 finally end'); } }
var i7 = g7();
i7.next().then(show('g7 #1'));
i7.return('r').then(show('g7 return'));
i7.next().then(show('g7 #3'));

// Wrong receivers reject, they do not throw.
AsyncGeneratorPrototype.next.call({}).then(show('bad this'), function (e) { say('bad this', e.constructor.name); });
AsyncGeneratorPrototype.next.call((function* () {})()).then(show('sync gen'), function (e) { say('sync gen', e.constructor.name); });

// Parameters: errors of defaults are thrown by the call.
async function* g8(a = (function () { throw new RangeError('param'); })()) { yield a; }
try { g8(); say('g8 no error'); } catch (e) { say('g8 call threw', e.constructor.name); }
g8(5).next().then(show('g8'));

Promise.resolve().then(function () {}).then(function () {}).then(function () {}).then(function () {})
  .then(function () {}).then(function () {}).then(function () {}).then(function () {}).then(function () {
    print(log.join('\n'));
  });
