#!/usr/bin/env node
// Writes <name>.expected for each module test (tests/js/modules/<name>.mjs,
// the *_fixture.mjs files aside) by running it in node, with print() as
// the engine's runner has it:
//   node tests/js/modules/gen_expected.mjs [name.mjs ...]
import { readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const names = process.argv.length > 2 ? process.argv.slice(2)
    : readdirSync(here).filter(f => f.endsWith('.mjs') && !f.endsWith('_fixture.mjs') && f !== 'gen_expected.mjs');
const prelude = "globalThis.print = (...a) => process.stdout.write(a.map(String).join(' ') + '\\n');" +
    'try { await import(process.argv[1]); } catch (e) {' +
    " print('Uncaught ' + (e instanceof Error ? e.name + ': ' + e.message : String(e))); }";
for (const name of names) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', prelude, join(here, name)],
                             { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    writeFileSync(join(here, name.replace(/\.mjs$/, '.expected')), out);
    process.stdout.write(name + '\n');
}
