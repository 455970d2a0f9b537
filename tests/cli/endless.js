// Never ends on its own: --timeout and --max-instructions stop it, and the
// finally block must not run.
print("started");
try {
    while (true) {}
} finally {
    print("finally ran");
}
