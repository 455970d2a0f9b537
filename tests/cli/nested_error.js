function outer() { inner(); }
function inner() { null.x; }
outer();
