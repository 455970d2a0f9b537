// One event of the allocation log as one line of text (engine_alloc.h).
// Written by hand, not with snprintf: bare-metal builds link no printf.
#include "../../include/engine_alloc.h"

namespace {

struct Line {
    char *out;
    size_t capacity, length;
    bool overflow;
    void put(char c) {
        if (length + 1 < capacity) out[length++] = c;
        else overflow = true;
    }
    void number(unsigned long long v, unsigned base) {
        char digits[24];
        int n = 0;
        do {
            digits[n++] = "0123456789abcdef"[v % base];
            v /= base;
        } while (v);
        put(' ');
        while (n > 0) put(digits[--n]);
    }
    void pointer(const void *p) { number(static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(p)), 16); }
};

}  // namespace

extern "C" size_t eng_alloc_log_line(const eng_alloc_event *e, char *out, size_t capacity) {
    if (!e || !out || capacity == 0) return 0;
    Line line{out, capacity, 0, false};
    line.put(e->kind);
    line.number(e->seq, 10);
    if (e->kind == 'r') {
        line.pointer(e->old_ptr);
        line.pointer(e->ptr);
        line.number(e->old_size, 10);
    } else {
        line.pointer(e->ptr);
    }
    line.number(e->size, 10);
    line.put('\n');
    if (line.overflow) {
        out[0] = '\0';
        return 0;
    }
    out[line.length] = '\0';
    return line.length;
}
