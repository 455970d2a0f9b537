// with is a SyntaxError in strict code.
'use strict';
print('not reached');
with ({}) {}
