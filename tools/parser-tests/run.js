#!/usr/bin/env node
// Runs the npm package test262-parser-tests against `engine --check`
// (`engine --check --module` for *.module.js).
//   node tools/parser-tests/run.js [path/to/test262-parser-tests] [path/to/engine]
// (install with: npm install --prefix /tmp/ptests test262-parser-tests acorn@8)
// Every case of pass/, pass-explicit/, fail/ and early/ is run: a pass case
// must compile, a fail or early case must be a SyntaxError. The package
// predates ES2016-ES2022, which made some of its fail/early cases valid:
// those are listed below with the rule that changed, expected to parse and
// counted apart. Cases acorn cannot parse as ES5 are counted as ES2015+
// (for the figures only). Exit status 1 when a case is misclassified.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const suite = process.argv[2] || '/tmp/ptests/node_modules/test262-parser-tests';
const engine = process.argv[3] || path.join(__dirname, '../../build/host/engine');
const acorn = require(require.resolve('acorn', { paths: [suite, path.dirname(suite), process.cwd()] }));

// Cases of fail/ and early/ that later editions made valid.
const validToday = {
  // ES5.1 12.6.4 allows an initialiser in `for (var x = e in o)`; ES2015
  // removed it and ES2017 Annex B.3.6 brought it back for sloppy code.
  'fail/e3fbcf63d7e43ead.js': 'for-in var initialiser (ES5.1 12.6.4, Annex B.3.6)',
  // ES2021 12.9.4: \8 and \9 are NonOctalDecimalEscapeSequences of sloppy strings.
  'fail/0d5e450f1da8a92a.js': '\\9 in a sloppy string (ES2021)',
  'fail/748656edbfb2d0bb.js': '\\8 in a sloppy string (ES2021)',
  'fail/79f882da06f88c9f.js': '\\8 in a sloppy string (ES2021)',
  'fail/92b6af54adef3624.js': '\\9 in a sloppy string (ES2021)',
  // ES2019 (JSON superset): U+2028 and U+2029 may stand in string literals.
  'fail/647e21f8f157c338.js': 'U+2028/U+2029 in a string literal (ES2019)',
  'fail/8af69d8f15295ed2.js': 'U+2028/U+2029 in a string literal (ES2019)',
  // ES2022 class fields.
  'fail/98204d734f8c72b3.js': 'class field (ES2022)',
  'fail/ef81b93cf9bdb4ec.js': 'class field with initialiser (ES2022)',
  // Annex B.3.4 (ES2022 on): a for-of var may redeclare a simple catch
  // parameter too (test262 annexB/language/statements/try/catch-redeclared-for-of-var.js).
  'early/0f5f47108da5c34e.js': 'for-of var redeclaring a catch parameter (Annex B.3.4, ES2022)',
  // Annex B.3.2.4 (ES2016 on): sloppy blocks may declare a function twice.
  'early/12a74c60f52a60de.js': 'duplicate function declarations in a sloppy block (Annex B.3.2.4)',
  'early/1aff49273f3e3a98.js': 'duplicate function declarations in a sloppy block (Annex B.3.2.4)',
  'early/be7329119eaa3d47.js': 'duplicate function declarations in a sloppy block (Annex B.3.2.4)',
  'early/ec31fa5e521c5df4.js': 'duplicate function declarations in a sloppy block (Annex B.3.2.4)',
};

function es5Parses(src) {
  try { acorn.parse(src, { ecmaVersion: 5, sourceType: 'script' }); return true; } catch (e) { return false; }
}

const counts = {};
const failures = [];
function bump(k) { counts[k] = (counts[k] || 0) + 1; }

for (const dir of ['pass', 'pass-explicit', 'fail', 'early']) {
  if (!fs.existsSync(path.join(suite, dir))) continue;
  for (const name of fs.readdirSync(path.join(suite, dir)).sort()) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(suite, dir, name);
    const key = `${dir}/${name}`;
    const module = name.endsWith('.module.js');
    const valid = dir.startsWith('pass') || key in validToday;
    const args = module ? ['--check', '--module', file] : ['--check', file];
    const r = spawnSync(engine, args, { encoding: 'utf8', timeout: 10000 });
    const syntaxError = r.status === 1 && /SyntaxError/.test(r.stderr);
    const ok = valid ? r.status === 0 : syntaxError;
    const crashed = r.status === null || (r.status !== 0 && r.status !== 1);
    const kind = module ? 'module' : validToday[key] ? 'valid since a later edition'
      : es5Parses(fs.readFileSync(file, 'utf8')) === dir.startsWith('pass') ? 'ES5' : 'ES2015+';
    bump(`${dir}: ${kind}: ${ok ? 'classified correctly' : crashed ? 'CRASH' : 'misclassified'}`);
    if (!ok) failures.push(`${key}${validToday[key] ? ' (' + validToday[key] + ')' : ''}: exit ${r.status} ${(r.stderr || '').split('\n')[0]}`);
  }
}
for (const k of Object.keys(counts).sort()) console.log(`${k}: ${counts[k]}`);
if (failures.length) {
  console.log('\nmisclassified:');
  for (const f of failures.slice(0, 60)) console.log('  ' + f);
  if (failures.length > 60) console.log(`  ... and ${failures.length - 60} more`);
  process.exitCode = 1;
}
