// Checks return interaction with finally: finally overriding return, and side effects ordering.
function f1() { try { return "try"; } finally { print("finally runs"); } }
print(f1());
function f2() { try { return "try"; } finally { return "finally"; } }
print(f2());
function f3() { try { throw new Error("e"); } finally { return "finally swallows"; } }
print(f3());
function f4() { var x = 1; try { return x; } finally { x = 2; } }
print(f4());
function f5() { try { throw 1; } catch (e) { return "catch"; } finally { print("f5 finally"); } }
print(f5());
function f6() { try { return "a"; } catch (e) { return "b"; } finally { } }
print(f6());
function f7() { try { } finally { return "only finally"; } }
print(f7());
function f8() { for (var i = 0; i < 3; i++) { try { if (i == 1) return i; } finally { print("f8 finally", i); } } }
print(f8());
