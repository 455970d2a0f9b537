// Checks comparing floating point results and accumulating small steps.
var x = 0;
for (var i = 0; i < 10; i++) x += 0.1;
print(x, x === 1, x < 1, Math.abs(x - 1) < 1e-15);
var y = 1;
for (i = 0; i < 10; i++) y -= 0.1;
print(y);
print(0.1 + 0.7, (0.1 + 0.7) * 10, Math.floor((0.1 + 0.7) * 10));
print(1.1 + 2.2, 3.3 === 1.1 + 2.2);
