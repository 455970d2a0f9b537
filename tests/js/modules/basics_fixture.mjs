export var value = 1;
export function increment() { value++; }
export class Point {
    constructor(x, y) { this.x = x; this.y = y; }
    sum() { return this.x + this.y; }
}
const hidden = 'from a string name';
export { hidden as "string name" };
export default 42;
