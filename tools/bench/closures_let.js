// Per-iteration bindings: a closure captures the loop variable of each
// iteration (a fresh box per iteration).
function run() {
    let total = 0;
    for (let round = 0; round < 1000; round++) {
        const fs = [];
        for (let i = 0; i < 100; i++) fs.push(() => i);
        for (let k = 0; k < fs.length; k++) total += fs[k]();
    }
    return total;
}
print(run());
