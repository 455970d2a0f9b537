// Checks constructors that return objects (replacing this) or primitives (ignored).
function RetObj() { this.a = 1; return { b: 2 }; }
var r = new RetObj();
print(r.a, r.b, r instanceof RetObj);
function RetPrim() { this.a = 1; return 42; }
var p = new RetPrim();
print(p.a, p instanceof RetPrim);
function RetNull() { this.a = 3; return null; }
print(new RetNull().a);
function RetArr() { return [1, 2, 3]; }
print(new RetArr().length);
function RetFn() { return function () { return "fn"; }; }
print(new RetFn()());
function RetUndef() { this.z = "z"; return; }
print(new RetUndef().z);
function RetStr() { this.s = "kept"; return "ignored"; }
print(new RetStr().s);
