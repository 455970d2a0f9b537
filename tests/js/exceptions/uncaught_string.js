// Checks the uncaught report for a thrown string from inside a function after finally runs.
function f() {
  try { throw "plain string"; } finally { print("finally ran"); }
}
f();
