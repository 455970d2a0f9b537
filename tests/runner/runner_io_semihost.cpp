// runner_io.h over Arm semihosting calls: the boards' runner. QEMU opens,
// reads and writes the host's files for the firmware; ":tt" is its console
// (opened for writing it is stdout, for appending stderr).
#include "runner_io.h"

#include <stdint.h>
#include <string.h>

#include "../firmware/semihost.h"

namespace runner_io {

// A File is the semihosting handle, stored in the pointer (+1, so that a
// handle 0 is not the null pointer that means failure).
struct File;

namespace {

enum : uint32_t { SYS_OPEN = 0x01, SYS_CLOSE = 0x02, SYS_WRITE = 0x05, SYS_READ = 0x06 };
enum : uint32_t { MODE_READ_BINARY = 1, MODE_WRITE = 4, MODE_WRITE_BINARY = 5, MODE_APPEND = 8 };

constexpr int32_t NOT_OPENED = -2;
int32_t stdout_handle = NOT_OPENED, stderr_handle = NOT_OPENED;

int32_t handle_of(File *f) { return static_cast<int32_t>(reinterpret_cast<uintptr_t>(f) - 1); }

File *open(const char *path, uint32_t mode) {
    const uint32_t args[3] = {static_cast<uint32_t>(reinterpret_cast<uintptr_t>(path)), mode,
                              static_cast<uint32_t>(strlen(path))};
    int32_t handle = semihost_call(SYS_OPEN, args);
    if (handle < 0) return nullptr;
    return reinterpret_cast<File *>(static_cast<uintptr_t>(handle) + 1);
}

// SYS_WRITE answers the number of bytes NOT written.
bool write_handle(int32_t handle, const char *bytes, size_t n) {
    const uint32_t args[3] = {static_cast<uint32_t>(handle),
                              static_cast<uint32_t>(reinterpret_cast<uintptr_t>(bytes)),
                              static_cast<uint32_t>(n)};
    return semihost_call(SYS_WRITE, args) == 0;
}

int32_t console(uint32_t mode) {
    File *f = open(":tt", mode);
    return f ? handle_of(f) : -1;
}

}  // namespace

File *open_read(const char *path) { return open(path, MODE_READ_BINARY); }
File *open_write(const char *path) { return open(path, MODE_WRITE_BINARY); }

// SYS_READ answers the number of bytes NOT read: size when at the end.
long read(File *f, char *out, size_t size) {
    const uint32_t args[3] = {static_cast<uint32_t>(handle_of(f)),
                              static_cast<uint32_t>(reinterpret_cast<uintptr_t>(out)),
                              static_cast<uint32_t>(size)};
    int32_t left = semihost_call(SYS_READ, args);
    if (left < 0 || static_cast<size_t>(left) > size) return -1;
    return static_cast<long>(size - static_cast<size_t>(left));
}

bool write(File *f, const char *bytes, size_t n) { return write_handle(handle_of(f), bytes, n); }

double clock_ms(void *) {
    enum : uint32_t { SYS_TIME = 0x11 };
    return static_cast<double>(semihost_call(SYS_TIME, nullptr)) * 1000.0;
}

bool close(File *f) {
    const uint32_t args[1] = {static_cast<uint32_t>(handle_of(f))};
    return semihost_call(SYS_CLOSE, args) == 0;
}

void out(const char *bytes, size_t n) {
    if (stdout_handle == NOT_OPENED) stdout_handle = console(MODE_WRITE);  // "w": stdout
    if (stdout_handle >= 0) write_handle(stdout_handle, bytes, n);
}

void err(const char *bytes, size_t n) {
    if (stderr_handle == NOT_OPENED) stderr_handle = console(MODE_APPEND);  // "a": stderr
    if (stderr_handle >= 0) write_handle(stderr_handle, bytes, n);
}

}  // namespace runner_io
