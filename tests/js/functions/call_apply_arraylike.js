// Checks apply with sparse arrays, empty arrays, null/undefined, and call with many args.
function list() {
  var parts = [];
  for (var i = 0; i < arguments.length; i++) parts.push(String(arguments[i]));
  return arguments.length + ":" + parts.join(",");
}
print(list.apply(null, ["a", "b", "c"]));
print(list.apply(null, []));
print(list.apply(null, [1, , 3]));
print(list.apply(null, new Array(2)));
print(list.call(null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
print(list.apply(null, undefined), list.apply(null, null));
function passArgs() { return list.apply(null, arguments); }
print(passArgs(), passArgs(undefined), passArgs("x", null));
