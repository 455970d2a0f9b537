// A module whose evaluation throws is evaluated once; later imports get
// the same error. A missing module and a bad export name are errors too.
globalThis.evaluations = 0;
const first = await import('./throws_fixture.mjs').catch(e => e);
const second = await import('./throws_fixture.mjs').catch(e => e);
print(first.message, first === second, globalThis.evaluations);
const missing = await import('./no_such_fixture.mjs').catch(e => e);
print(missing instanceof Error);
const badName = await import('./bad_import_fixture.mjs').catch(e => e);
print(badName.name);
const syntax = await import('./syntax_error_fixture.mjs').catch(e => e);
print(syntax.name);
