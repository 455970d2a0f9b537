// Top-level let and const are global lexical bindings, not properties of
// the global object.
var globalObject = this;
let gl = 'lexical';
const gc = 'constant';
var gv = 'var';
print(gl, gc, gv);
print('gl' in globalObject, 'gc' in globalObject, 'gv' in globalObject);
print(typeof globalObject.gl, typeof globalObject.gv);
function readAll() { return [gl, gc, gv].join(); }
print(readAll());
gl = 'changed';
print(readAll());
// a lexical binding shadows a global property of the same name
globalObject.shadow = 'property';
print(eval('shadow'));
// indirect eval sees the global lexical bindings
var indirect = eval;
print(indirect('gl + gc'));
// eval code's own lets stay in the eval
eval('let local = 1; print(typeof local);');
print(typeof local);
indirect('let local2 = 2;');
print(typeof local2);
// a var in eval code may not collide with a global let
try { indirect('var gl = 1;'); } catch (e) { print(e.name); }
// a let shadowing a built-in (configurable) is allowed
let Math2 = 1;
print(delete globalObject.gl, gl);
let undef;
print(undef);
