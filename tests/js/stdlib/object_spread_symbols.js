// Object spread and rest copy symbol-keyed own enumerable properties
// (CopyDataProperties, ES2023 7.3.25): after the string keys.
var s = Symbol('s'), hidden = Symbol('hidden');
var source = { b: 1, a: 2 };
source[s] = 3;
Object.defineProperty(source, hidden, { value: 4, enumerable: false });
var copy = { ...source };
print(copy[s], copy[hidden], Object.getOwnPropertySymbols(copy).length, Object.keys(copy).join());
var { b, ...rest } = source;
print(b, rest[s], Object.keys(rest).join(), Object.getOwnPropertySymbols(rest).length);
var { [s]: picked, ...others } = source;
print(picked, others[s], Object.keys(others).join());
var order = [];
var watched = {};
watched.z = 1;
watched[s] = 2;
watched.y = 3;
var spreadTarget = { ...watched };
print(Reflect.ownKeys(spreadTarget).map(String).join());
function args(o) { return o[s]; }
print(args({ ...source }));
