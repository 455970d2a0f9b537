// The JS corpus runner's input and output: whole files in, text out.
// Two implementations: C stdio on the host (runner_io_stdio.cpp) and
// semihosting calls on the boards (runner_io_semihost.cpp), so that the
// board's firmware links none of the C library's stdio (about 6 KB of
// flash on lm3s6965evb, whose 256 KiB hold little more than the engine).
#ifndef ENG_TESTS_RUNNER_IO_H
#define ENG_TESTS_RUNNER_IO_H

#include <stddef.h>

namespace runner_io {

// An open file; null when it could not be opened.
struct File;

File *open_read(const char *path);
File *open_write(const char *path);
// Bytes read into `out` (up to `size`); 0 at the end; -1 on an error.
long read(File *f, char *out, size_t size);
bool write(File *f, const char *bytes, size_t n);
// false when an earlier write or the close itself failed.
bool close(File *f);

// The time in ms since 1970 (a board: the host's, whole seconds), for eng_clock.
double clock_ms(void *user);

// Text to standard output and standard error.
void out(const char *bytes, size_t n);
void err(const char *bytes, size_t n);

}  // namespace runner_io

#endif
