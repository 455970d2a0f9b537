// Direct eval in a parameter expression runs in the parameter scope
// (ES2023 10.2.11 step 20): its vars live beside the parameters, are seen by
// closures made in the parameter list, and are not the body's variables.
var x = 'outer';
function bodyVarSeparate(p = eval("var x = 'param'"), q = () => x) {
    var x = 'body';
    return [x, q()].join(' ');
}
print(bodyVarSeparate());

function laterParameter(p = eval("var y = 1"), q = y + 1) { return q; }
print(laterParameter());

function reachedFromBody(p = eval("var z = 'from eval'")) { return z; }
print(reachedFromBody(), typeof z);

// Concise arrow bodies: the eval code's var stays in the arrow.
var concise = (p = eval("var w = 5")) => w * 2;
print(concise(), typeof w);
var conciseBody = (a) => eval("var v = a + 1; v");
print(conciseBody(1), typeof v);

// A var of eval code may not have a parameter's name (19.2.1.3 step 3.d).
function shadowsParameter(a, p = eval("var a = 5")) { return a; }
try { shadowsParameter(1); } catch (e) { print('shadowsParameter', e.name); }
var arrowShadows = (p = eval("var arguments = 1"), arguments) => 0;
try { arrowShadows(); } catch (e) { print('arrowShadows', e.name); }

// An arrow has no arguments binding of its own: the eval code declares one.
var arrowArguments = (p = eval("var arguments = 'param'"), q = () => arguments) => {
    var arguments = 'body';
    return arguments + ' ' + q();
};
print(arrowArguments());
var arrowFunctionArguments = (p = eval("var arguments = 'param'")) => {
    function arguments() {}
    return typeof arguments;
};
print(arrowFunctionArguments());
var arrowLetArguments = (p = eval("var arguments = 'param'")) => {
    let arguments = 'local';
    return arguments;
};
print(arrowLetArguments());

// With parameter expressions the arguments object is the parameter scope's.
function argumentsInParameters(a, b = () => arguments) {
    function arguments() {}
    return [typeof arguments, b().length, b()[0]].join(' ');
}
print(argumentsInParameters(7));
function argumentsVarCopy(a, b = () => arguments) {
    var arguments;
    return [typeof arguments, arguments === b(), b()[0]].join(' ');
}
print(argumentsVarCopy(8));

// Eval in the body sees the body's variable, not the parameter it shadows.
function bodyEval(a, b = 1) { var a = 2; return eval("a"); }
print(bodyEval(1));
