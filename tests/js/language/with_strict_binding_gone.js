// Strict code assigning a with binding whose property is gone by then gets
// a ReferenceError (SetMutableBinding of an object environment).
var scope = { x: 1, get y() { delete this.y; return 2; }, z: 0 };
with (scope) {
    (function () {
        'use strict';
        try { x = (delete scope.x, 2); print('assigned'); } catch (e) { print(e.name, e.message); }
        try { y ^= 3; print('assigned'); } catch (e) { print(e.name, e.message); }
        try { z++; print('z', scope.z); } catch (e) { print(e.name); }
    })();
}
print(scope.x, scope.z, 'x' in scope);
