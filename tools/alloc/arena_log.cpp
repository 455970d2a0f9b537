// The allocation log written to a file and the allocator's statistics
// printed (arena.h): C stdio, for the host's tools.
#include "arena.h"

namespace arena {

namespace {

void write_event(void *user, const eng_alloc_event *event) {
    char line[ENG_ALLOC_LOG_LINE_MAX];
    size_t n = eng_alloc_log_line(event, line, sizeof line);
    fwrite(line, 1, n, static_cast<FILE *>(user));
}

}  // namespace

bool open_log(Arena *a, const char *path, eng_config *config) {
    a->log = fopen(path, "w");
    if (!a->log) return false;
    config->alloc_log = write_event;
    config->alloc_log_user = a->log;
    return true;
}

void close_log(Arena *a) {
    if (a->log) fclose(a->log);
    a->log = nullptr;
}

void print_stats(const Arena &a, FILE *out) {
    eng_alloc_stats s{};
    if (a.tlsf) eng_tlsf_get_stats(a.tlsf, &s);
    else if (a.pool) eng_pool_get_stats(a.pool, &s, nullptr, 0);
    else return;
    fprintf(out, "%s: peak %lu of %lu bytes, in use %lu, largest free %lu, failed %lu\n",
            a.tlsf ? "tlsf" : "pool", static_cast<unsigned long>(s.peak_bytes_in_use),
            static_cast<unsigned long>(s.capacity), static_cast<unsigned long>(s.bytes_in_use),
            static_cast<unsigned long>(s.largest_free), static_cast<unsigned long>(s.failed_requests));
}

}  // namespace arena
