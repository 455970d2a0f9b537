// Arrow functions (ES2015 14.2): x => e, (a, b) => { ... }, () => e.
var square = x => x * x;
var add = (a, b) => { return a + b; };
var answer = () => 42;
print(square(4), add(2, 3), answer());
print(square.length, add.length, answer.length);
print(typeof square, typeof (() => {})());

// Expression bodies: objects need parentheses; nested arrows; as arguments.
var makeObject = () => ({a: 1});
print(makeObject().a);
var curried = a => b => c => a + b + c;
print(curried(1)(2)(3));
function apply(f, v) { return f(v); }
print(apply(x => x + 1, 1), apply((x) => x * 2, 4));
var pick = true ? x => 'yes ' + x : x => 'no ' + x;
print(pick(1));

// Automatic semicolon insertion after an expression body.
var counter = 0;
var bump = () => counter++
bump()
bump()
print(counter);
var multiline = (a,
                 b) =>
  a - b;
print(multiline(5, 3));

// Closures over parameters and outer variables.
var makers = [];
for (var i = 0; i < 3; i++) makers.push((n => () => n)(i));
print(makers[0](), makers[1](), makers[2]());

// Comments between the parameters and =>.
var commented = x /* the parameter */ => x + 1;
var commented2 = (a /* one */, b) /* two */ => a * b;
var notArrow = 6 /* division follows */ / 2;
print(commented(1), commented2(2, 3), notArrow);
