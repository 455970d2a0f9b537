// Atomics.wait on a shared buffer that no agent will ever notify, with no
// timeout: it waits for good, until the heap's interrupt stops it.
Atomics.wait(new Int32Array(new SharedArrayBuffer(8)), 0, 0);
print("not reached");
