// Checks automatic semicolon insertion after return followed by a newline.
function f() {
  return
  42;
}
print(f());
function g() {
  return 42
}
print(g());
function h() {
  return (
    43
  );
}
print(h());
function k(x) {
  if (x) return
  return "no"
}
print(k(true), k(false));
