// runner_io.h over C stdio: the host's runner.
#include "runner_io.h"

#include <stdio.h>
#include <time.h>

namespace runner_io {

struct File {
    FILE *stream;
};

namespace {
File *wrap(FILE *stream) {
    if (!stream) return nullptr;
    File *f = new File{stream};
    return f;
}
}  // namespace

File *open_read(const char *path) { return wrap(fopen(path, "rb")); }
File *open_write(const char *path) { return wrap(fopen(path, "wb")); }

long read(File *f, char *out, size_t size) {
    size_t n = fread(out, 1, size, f->stream);
    if (n == 0 && ferror(f->stream)) return -1;
    return static_cast<long>(n);
}

bool write(File *f, const char *bytes, size_t n) { return fwrite(bytes, 1, n, f->stream) == n; }

bool close(File *f) {
    bool ok = !ferror(f->stream);
    if (fclose(f->stream) != 0) ok = false;
    delete f;
    return ok;
}

double clock_ms(void *) { return static_cast<double>(time(nullptr)) * 1000.0; }

void out(const char *bytes, size_t n) { fwrite(bytes, 1, n, stdout); }
void err(const char *bytes, size_t n) { fwrite(bytes, 1, n, stderr); }

}  // namespace runner_io
