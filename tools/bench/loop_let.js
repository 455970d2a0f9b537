// loop.js with let and const: the bindings are not captured, so they are
// plain registers and the loop compiles to the same instructions.
function run() {
    let sum = 0;
    for (let i = 0; i < 1000000; i++) {
        const t = i * 3;
        sum = (sum + t) % 1000003;
    }
    return sum;
}
print(run());
