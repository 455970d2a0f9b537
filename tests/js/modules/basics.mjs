// Imports of every form, live bindings, immutable import bindings and the
// forms of export default.
import count, { value, increment as inc, Point, "string name" as fromString } from './basics_fixture.mjs';
import * as ns from './basics_fixture.mjs';
import anonymous from './default_function_fixture.mjs';
import AnonClass from './default_class_fixture.mjs';
import arrow from './default_arrow_fixture.mjs';
import './side_effect_fixture.mjs';
import { first, second, rest } from './destructuring_fixture.mjs';

print(count, value, fromString);
inc();
inc();
print('live:', value, ns.value);
print(new Point(1, 2).sum());
print(typeof anonymous, anonymous.name, anonymous());
print(typeof AnonClass, AnonClass.name, new AnonClass().kind);
print(arrow.name, arrow());
print(first, second, rest.join(','));
print('side effect ran:', globalThis.sideEffect);

try {
    value = 10;
} catch (e) {
    print(e.name, e.message);
}
function assignLater() { inc = null; }
try {
    assignLater();
} catch (e) {
    print(e.name, e.message);
}
try {
    ns.value = 1;
} catch (e) {
    print(e.name);
}
print(value);

// Module code is strict and its this is undefined.
print(this === undefined, (function () { return this; })() === undefined);
var declared = 1;
print('declared' in globalThis);
