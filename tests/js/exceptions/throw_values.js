// Checks throwing non-Error values: numbers, strings, objects, null, undefined, functions.
var values = [42, "str", true, null, undefined, { code: 7 }, [1, 2], NaN];
for (var i = 0; i < values.length; i++) {
  try { throw values[i]; } catch (e) { print(typeof e, e === values[i] || e !== e, String(e)); }
}
try { throw { name: "Custom", message: "not an Error" }; } catch (e) { print(e.name, e.message, e instanceof Error); }
try { throw function () { return "thrown fn"; }; } catch (f) { print(f()); }
