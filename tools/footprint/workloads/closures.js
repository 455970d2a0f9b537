// expect: 100
var fs=[]; for (var i=0;i<100;i++){ (function(){ var c=0; fs.push(function(){ return ++c; }); })(); } var t=0; for (var j=0;j<fs.length;j++) t+=fs[j](); t
