// Checks Math.floor, Math.abs, Math.max and Math.min including special values.
print(Math.floor(1.7), Math.floor(-1.2), Math.floor(5), Math.floor(-0.5), Math.floor("3.9"));
print(Math.floor(NaN), Math.floor(Infinity), Math.floor(-Infinity), 1 / Math.floor(-0), Math.floor(null));
print(Math.abs(-5), Math.abs(5), Math.abs(-0.5), Math.abs(-Infinity), Math.abs(NaN), Math.abs("-3"));
print(Math.abs(null), Math.abs(undefined), Math.abs([-2]), 1 / Math.abs(-0));
print(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max(-1, -5), Math.min(-1, -5));
print(Math.max(), Math.min(), Math.max(7), Math.min(7));
print(Math.max(1, NaN, 3), Math.min(NaN, 1), Math.max("10", 9), Math.min("a", 1));
print(1 / Math.max(-0, 0), 1 / Math.min(0, -0), 1 / Math.max(0, -0), 1 / Math.min(-0, 0));
print(Math.max(Infinity, 1), Math.min(-Infinity, 1), Math.max(null, -1), Math.min(undefined, 1));
print(Math.floor(1e21), Math.floor(-1e-300), Math.floor(4294967296.5));
