// JSON.rawJSON and JSON.isRawJSON (ES2026 JSON.parse source text access).
// Node 20 has neither: the expected lines are written by hand from the spec.
const big = JSON.rawJSON('12345678901234567890');
print(JSON.isRawJSON(big), Object.getPrototypeOf(big), Object.isFrozen(big), big.rawJSON);
print(JSON.stringify({ n: big, s: JSON.rawJSON('"x\\u0041"'), t: JSON.rawJSON('true'), z: JSON.rawJSON('null') }));
print(JSON.stringify([JSON.rawJSON('-1.5e+3')]), JSON.stringify(JSON.rawJSON('0')));
print(JSON.isRawJSON({ rawJSON: '1' }), JSON.isRawJSON(1), JSON.isRawJSON());
for (const bad of ['', ' 1', '1 ', '{}', '[]', '01', '1.', '"\n"', 'nul', '"x', 'undefined']) {
  try { JSON.rawJSON(bad); print('no error', JSON.stringify(bad)); } catch (e) { print(JSON.stringify(bad), e.name); }
}
print(JSON.rawJSON(42).rawJSON, JSON.rawJSON.length, JSON.isRawJSON.length);
