export let b = 'B';
export const a = 'A';
export function bump() { b = 'bumped'; }
export * as nested from './namespace_inner_fixture.mjs';
export * from './namespace_inner_fixture.mjs';
export { inner as renamed } from './namespace_inner_fixture.mjs';
