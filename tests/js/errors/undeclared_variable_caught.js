// Checks ReferenceError for undeclared names in expressions and calls; assignment creates a global instead.
try { print(notDefined + 1); } catch (e) { print(e.name, e.message, e instanceof ReferenceError); }
try { notDefinedFn(); } catch (e) { print(e.name, e.message); }
try { notDefinedVar.prop; } catch (e) { print(e.message); }
try { notDefinedCounter++; } catch (e) { print(e.message); }
try { notDefinedAcc += 1; } catch (e) { print(e.message); }
createdByAssignment = "ok";
print(createdByAssignment, typeof alsoNotDefined);
function inner() { return hiddenVar; }
try { inner(); } catch (e) { print(e.message); }
