// An uncaught ReferenceError: exit status 1, report with file:line:column.
print("before");
print(notDefinedAnywhere);
print("never printed");
