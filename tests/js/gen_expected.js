#!/usr/bin/env node
// Generates the .expected file for each test script by running it in node.
//
// Usage:
//   node tests/js/gen_expected.js                 # all tests/js/<area>/*.js
//   node tests/js/gen_expected.js a.js b.js ...   # only these scripts
//   node tests/js/gen_expected.js --check [...]   # compare, do not write;
//                                                 # exit 1 on any mismatch
//
// Each script runs in a fresh vm context that exposes only the builtins the
// engine implements (everything else is deleted from the context, so that an
// accidental use of e.g. JSON or String.prototype.slice fails loudly here
// instead of producing an expected file the engine can never match).
// print(...) joins String() of its arguments with single spaces.
// An uncaught Error appends "Uncaught <name>: <message>"; any other uncaught
// value appends "Uncaught " + String(value). SyntaxErrors are reported the
// same way because the source is compiled with new vm.Script().
'use strict';
// Local time in the tests is UTC (ctest sets TZ=UTC for the engine as well).
process.env.TZ = 'UTC';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = __dirname;

// Globals kept in the context (everything else is deleted).
const KEEP_GLOBALS = new Set([
  'NaN', 'Infinity', 'undefined', 'print', 'Object', 'Array', 'Error',
  'TypeError', 'ReferenceError', 'RangeError', 'SyntaxError', 'Math',
  'String', 'Number', 'eval',
]);
// Own properties kept on selected builtin objects (others are deleted).
const KEEP_PROPS = {
  'Object': ['length', 'name', 'prototype'],
  'Object.prototype': ['constructor', 'hasOwnProperty', 'toString',
                       'valueOf', '__proto__'],
  'Function.prototype': ['length', 'name', 'call', 'apply', 'constructor',
                         'toString'],
  'Array': ['length', 'name', 'prototype'],
  'Array.prototype': ['length', 'constructor', 'push', 'pop', 'join', 'slice',
                      'toString'],
  'Math': ['floor', 'abs', 'max', 'min'],
  'String': ['length', 'name', 'prototype'],
  'String.prototype': ['length', 'constructor', 'toString', 'valueOf'],
  'Number': ['length', 'name', 'prototype'],
  'Number.prototype': ['constructor', 'toString', 'valueOf'],
};

// Runs inside the context before the test; arguments are spliced in as JSON.
function setupSource() {
  return `(function (keepGlobals, keepProps) {
  // Collect first, delete afterwards: the helpers used here get deleted too.
  var g = this, todo = [], ownKeys = Reflect.ownKeys, i, j;
  function has(list, k) {
    for (var n = 0; n < list.length; n++) if (list[n] === k) return true;
    return false;
  }
  var roots = { Object: Object, Function: Function, Array: Array, Math: Math,
                String: String, Number: Number };
  for (var name in keepProps) {
    var parts = name.split('.');
    var obj = roots[parts[0]];
    if (parts[1]) obj = obj[parts[1]];
    var keys = ownKeys(obj);
    for (j = 0; j < keys.length; j++)
      if (typeof keys[j] === 'string' && !has(keepProps[name], keys[j]))
        todo.push([obj, keys[j]]);
  }
  var globals = ownKeys(g);
  for (j = 0; j < globals.length; j++)
    if (typeof globals[j] === 'string' && !has(keepGlobals, globals[j]))
      todo.push([g, globals[j]]);
  for (i = 0; i < todo.length; i++) delete todo[i][0][todo[i][1]];
}).call(this, ${JSON.stringify([...KEEP_GLOBALS])}, ${JSON.stringify(KEEP_PROPS)});`;
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]';
}

function run(file) {
  const src = fs.readFileSync(file, 'utf8');
  const out = [];
  // Promise jobs run when the script is done, before the output is taken
  // (the engine's runner drains its job queue at the same point).
  const ctx = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
  // Setup runs with the full builtins before they are removed. Scripts under
  // stdlib/ test the standard library and keep every builtin node has.
  const rel = path.relative(ROOT, file).split(path.sep);
  if (rel[0] !== 'stdlib') vm.runInContext(setupSource(), ctx);
  ctx.print = (...a) => { out.push(a.map(String).join(' ')); };
  try {
    const script = new vm.Script(src, { filename: path.basename(file) });
    script.runInContext(ctx, { timeout: 20000 });
  } catch (e) {
    if (isError(e)) out.push(`Uncaught ${e.name}: ${e.message}`);
    else out.push(`Uncaught ${String(e)}`);
  }
  return out.map((l) => l + '\n').join('');
}

function allScripts() {
  const files = [];
  for (const d of fs.readdirSync(ROOT).sort()) {
    const dir = path.join(ROOT, d);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.js')) files.push(path.join(dir, f));
    }
  }
  return files;
}

let args = process.argv.slice(2);
const check = args[0] === '--check';
if (check) args = args.slice(1);
const files = args.length ? args : allScripts();
let bad = 0;
for (const f of files) {
  const expFile = f.replace(/\.js$/, '.expected');
  const text = run(f);
  if (check) {
    const old = fs.existsSync(expFile) ? fs.readFileSync(expFile, 'utf8') : null;
    if (old !== text) { bad++; console.log('MISMATCH ' + f); }
  } else {
    fs.writeFileSync(expFile, text);
  }
}
if (check) {
  console.log(`${files.length - bad}/${files.length} match`);
  process.exit(bad ? 1 : 0);
} else {
  console.log(`wrote ${files.length} expected file(s)`);
}
