import { a, hoisted } from './cycle.mjs';
export const fromB = 'B';
export function readA() { return a; }
print('B runs first:', hoisted());
try {
    print(a);
} catch (e) {
    print(e.name, e.message);
}
