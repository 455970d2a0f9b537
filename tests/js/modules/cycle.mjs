// A cycle: the dependency runs first and sees this module's functions
// (made when the graph is linked) but not its let (TDZ) until it has run.
import { fromB, readA } from './cycle_b_fixture.mjs';
export let a = 'A';
export function hoisted() { return 'hoisted from A'; }
print('A runs;', fromB, readA());
