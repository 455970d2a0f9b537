// expect: 499500
var a = []; for (var i = 0; i < 1000; i++) a.push({i: i, s: 'x' + i}); var t = 0; for (var j = 0; j < a.length; j++) t += a[j].i; t
