// A default clause placed before later case clauses is taken only after
// every case has been tested (ES2023 14.12.4 CaseBlockEvaluation).
function first(x) { switch (x) { default: return 'default'; case 0: return 10; case 1: return 11; } }
print(first(0), first(1), first(2));
function issue() { switch (1) { default: case 0: return 10; case 1: return 11; } }
print(issue());
function middle(x) {
  var log = [];
  switch (x) {
    case 'a': log.push('a');
    default: log.push('default');
    case 'b': log.push('b'); break;
    case 'c': log.push('c');
  }
  return log.join(',');
}
print(middle('a'), middle('b'), middle('c'), middle('z'));
function last(x) { switch (x) { case 1: return 'one'; default: return 'default'; } }
print(last(1), last(2));
function tests(x) {
  var log = [];
  function t(v) { log.push('test ' + v); return v; }
  switch (x) { case t(1): log.push('one'); default: log.push('default'); case t(2): log.push('two'); }
  return log.join(',');
}
print(tests(2), '|', tests(3), '|', tests(1));
function onlyDefault(x) { switch (x) { default: return 'only'; } }
print(onlyDefault(1));
