// Checks basic try/catch: catching thrown values and continuing after.
try { throw new Error("boom"); print("never"); } catch (e) { print("caught", e.message); }
try { print("no throw"); } catch (e) { print("never"); }
print("after");
function thrower() { throw new TypeError("from function"); }
try { thrower(); } catch (err) { print(err.name, err.message); }
var r;
try { r = 1; throw 2; } catch (x) { r += x; }
print(r);
try { undefinedFunction(); } catch (e) { print(e instanceof ReferenceError); }
try { null.x; } catch (e) { print(e instanceof TypeError); }
