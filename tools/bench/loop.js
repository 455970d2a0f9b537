// A tight loop over local integer arithmetic.
function run() {
    var sum = 0;
    for (var i = 0; i < 1000000; i++) sum = (sum + i * 3) % 1000003;
    return sum;
}
print(run());
