// let and const: block scoping, shadowing, initialisation.
let a = 1;
const b = 2;
{
  let a = 10;
  const b = 20;
  print('inner', a, b);
  {
    let a = 100;
    print('innermost', a, b);
  }
  print('inner again', a);
}
print('outer', a, b);

function f(x) {
  let y = x + 1;
  {
    let x = 'shadow';
    y = y + x;
  }
  return [x, y].join(' ');
}
print(f(1));

// let without initialiser is undefined
let u;
print(typeof u, u);
{ let v; print(v === undefined); }

// multiple declarators, later ones see earlier ones
let p = 1, q = p + 1, r = q * 2;
print(p, q, r);
const s1 = 'x', s2 = s1 + 'y';
print(s1, s2);

// re-entering a block makes fresh bindings
for (var i = 0; i < 3; i++) {
  let fresh;
  print('fresh', fresh);
  fresh = i;
}

// let as an identifier in sloppy code
var let = 5;
print(let);
let = 6;
print(let);
let
x = 7;
print(x);

// function-body lets and params
function g(n) { let m = n * 2; const k = m + 1; return k; }
print(g(4));

// nested functions see enclosing lets
function outer() {
  let count = 0;
  function inc() { count++; return count; }
  inc(); inc();
  return count;
}
print(outer());

// const object is mutable
const obj = {v: 1};
obj.v = 2;
print(obj.v);

// typeof an undeclared name still works next to lets
print(typeof notDeclaredAnywhere);

// let in a labeled block and break out of it
lbl: {
  let inside = 'in';
  print(inside);
  break lbl;
}
print('after label');

// completion values of declarations (eval)
print(eval('1; let z = 2;'));
print(eval('3; const w = 4;'));
