#!/usr/bin/env node
// Runs the npm package test262-parser-tests against `engine --check`.
//   node tools/parser-tests/run.js [path/to/test262-parser-tests] [path/to/engine]
// (install with: npm install --prefix /tmp/ptests test262-parser-tests acorn@8)
// Which cases are ES5 cases is decided with acorn at ecmaVersion 5: a pass/
// case acorn-ES5 cannot parse needs ES2015+ syntax; a fail/ or early/ case
// acorn-ES5 accepts is only invalid under later editions. Both kinds are
// counted separately, not dropped. Module cases (*.module.js) are out of scope.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const suite = process.argv[2] || '/tmp/ptests/node_modules/test262-parser-tests';
const engine = process.argv[3] || path.join(__dirname, '../../build/host/engine');
const acorn = require(require.resolve('acorn', { paths: [suite, path.dirname(suite), process.cwd()] }));

// Cases where acorn's ES5 mode is stricter than the ES5.1 grammar itself:
// counted separately with the reason, and expected to parse.
const es51Allows = {
  // ES5.1 12.6.4 allows an initialiser in `for (var x = e in o)`; ES2015
  // removed it and ES2017 Annex B.3.6 brought it back for sloppy code.
  'fail/e3fbcf63d7e43ead.js': 'for-in var initialiser (ES5.1 12.6.4, Annex B.3.6)',
};

function es5Parses(src) {
  try { acorn.parse(src, { ecmaVersion: 5, sourceType: 'script' }); return true; } catch (e) { return false; }
}

const counts = {};
const failures = [];
function bump(k) { counts[k] = (counts[k] || 0) + 1; }

for (const dir of ['pass', 'fail', 'early']) {
  for (const name of fs.readdirSync(path.join(suite, dir)).sort()) {
    if (!name.endsWith('.js')) continue;
    if (name.endsWith('.module.js')) { bump(`${dir}: module (out of scope)`); continue; }
    const file = path.join(suite, dir, name);
    const src = fs.readFileSync(file, 'utf8');
    const key = `${dir}/${name}`;
    if (es51Allows[key]) {
      const r = spawnSync(engine, ['--check', file], { encoding: 'utf8', timeout: 10000 });
      bump(`${dir}: valid in ES5.1 though acorn-ES5 rejects it, ${r.status === 0 ? 'parsed' : 'REJECTED'}`);
      if (r.status !== 0) failures.push(`${key}: ${es51Allows[key]}: exit ${r.status}`);
      continue;
    }
    const valid = dir === 'pass';
    if (es5Parses(src) !== valid) { bump(`${dir}: needs ES2015+ rules (out of scope)`); continue; }
    const r = spawnSync(engine, ['--check', file], { encoding: 'utf8', timeout: 10000 });
    const syntaxError = r.status === 1 && /SyntaxError/.test(r.stderr);
    const ok = valid ? r.status === 0 : syntaxError;
    const crashed = r.status === null || (r.status !== 0 && r.status !== 1);
    bump(`${dir}: ES5 ${ok ? 'classified correctly' : crashed ? 'CRASH' : 'misclassified'}`);
    if (!ok) failures.push(`${dir}/${name}: exit ${r.status} ${(r.stderr || '').split('\n')[0]}`);
  }
}
for (const k of Object.keys(counts).sort()) console.log(`${k}: ${counts[k]}`);
if (failures.length) {
  console.log('\nmisclassified:');
  for (const f of failures.slice(0, 60)) console.log('  ' + f);
  if (failures.length > 60) console.log(`  ... and ${failures.length - 60} more`);
}
