// Top-level await: a dependency that awaits finishes before this module runs.
import { steps } from './tla_fixture.mjs';
print(steps.join(','));
const value = await new Promise(resolve => resolve('resolved'));
print(value);
for await (const x of [Promise.resolve(1), 2]) print('for await', x);
print(typeof import.meta, Object.getPrototypeOf(import.meta));
