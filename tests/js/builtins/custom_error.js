// Checks user-defined error types built with prototypes inheriting from Error.
function MyError(msg) { this.message = msg; }
MyError.prototype = new Error();
MyError.prototype.name = "MyError";
var e = new MyError("custom failure");
print(e instanceof MyError, e instanceof Error, e.name, e.message, String(e));
try { throw new MyError("thrown"); }
catch (x) { print(x.name + ": " + x.message, x instanceof Error); }
function ValidationError(field) { this.field = field; this.message = "invalid " + field; }
ValidationError.prototype = new Error();
ValidationError.prototype.name = "ValidationError";
try { throw new ValidationError("email"); }
catch (x) { print(String(x), x.field); }
