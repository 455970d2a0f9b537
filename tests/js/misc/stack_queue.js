// Checks stack and queue implementations built on arrays and objects.
function Stack() { this.items = []; }
Stack.prototype.push = function (x) { this.items.push(x); return this; };
Stack.prototype.pop = function () { return this.items.pop(); };
Stack.prototype.size = function () { return this.items.length; };
var s = new Stack();
s.push(1).push(2).push(3);
print(s.pop(), s.size(), s.pop(), s.pop(), s.pop(), s.size());
function Queue() { this.head = 0; this.tail = 0; this.store = {}; }
Queue.prototype.enqueue = function (x) { this.store[this.tail++] = x; };
Queue.prototype.dequeue = function () {
  if (this.head === this.tail) return undefined;
  var v = this.store[this.head]; delete this.store[this.head]; this.head++; return v;
};
var q = new Queue();
q.enqueue("a"); q.enqueue("b"); q.enqueue("c");
print(q.dequeue(), q.dequeue());
q.enqueue("d");
print(q.dequeue(), q.dequeue(), q.dequeue());
function balanced(str) {
  var st = [], pairs = { ")": "(", "]": "[", "}": "{" };
  for (var i = 0; i < str.length; i++) {
    var c = str[i];
    if (c === "(" || c === "[" || c === "{") st.push(c);
    else if (pairs.hasOwnProperty(c)) { if (st.pop() !== pairs[c]) return false; }
  }
  return st.length === 0;
}
print(balanced("([]{()})"), balanced("(]"), balanced("(("), balanced(""));
