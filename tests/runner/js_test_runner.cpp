// js_test_runner - runs one script of the JS corpus and compares its output.
//
//   js_test_runner [--memory-limit BYTES] [--allocator malloc|tlsf|pool]
//                  [--arena BYTES] [--pools SIZE:COUNT,...] [--alloc-log FILE]
//                  script.js expected.txt
//
// --allocator runs the engine on the library's TLSF or pool allocator over
// one arena (tools/alloc/arena.h; TLSF is the default on the boards, over
// what the C library's heap has left after the files are read, minus room
// for the output); the arena must be whole again after eng_destroy.
// --pools runs it on pools of the given classes (with borrowing), e.g. a
// configuration tools/pool-tuner chose. --alloc-log writes the allocation
// log (on a board through semihosting).
//
// script.js may also be a bytecode image (engine --compile), recognised by
// its magic: it then runs in place through eng_run_image.
//
// The script's print() output is captured; an uncaught error appends
// "Uncaught Name: message\n" (the first line of eng_push_error_report).
// The capture must equal expected.txt byte for byte, except that one missing
// final newline on either side is ignored. Built with
// ENG_RUNNER_GENERIC_SYNTAX_ERRORS (profiles whose compiler leaves out its
// message texts, ENG_USE_COMPILER_MESSAGES=0), a line may also end in
// "SyntaxError: Syntax error" where the expected line ends in another
// SyntaxError message, the rest of the line the same.
//
// Exit status: 0 match, 1 mismatch or engine misbehaviour, 2 unreadable
// file, 3 bad arguments (so that a wrapper that drops arguments fails).
//
// Uses only engine.h and runner_io.h: the same source runs on the host
// (C stdio) and as QEMU firmware (semihosting calls, no stdio linked).
#include "engine.h"
#include "runner_io.h"
#include "../../tools/alloc/arena.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#ifdef ENG_RUNNER_BOARD
extern "C" void *_sbrk(ptrdiff_t increment);  // tests/firmware/memory.c
extern "C" char __heap_end[];                 // the board's linker script
#endif

namespace {

enum { EXIT_MATCH = 0, EXIT_MISMATCH = 1, EXIT_UNREADABLE = 2, EXIT_USAGE = 3 };

struct Buffer {
    char *data = nullptr;
    size_t length = 0;
    size_t capacity = 0;
    bool failed = false; // an allocation failed: the content is incomplete
};

bool append(Buffer *b, const char *bytes, size_t n) {
    if (b->failed) return false;
    if (b->length + n + 1 > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 256;
        while (b->length + n + 1 > capacity) capacity *= 2;
        char *grown = static_cast<char *>(realloc(b->data, capacity));
        if (!grown) {
            b->failed = true;
            return false;
        }
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, bytes, n);
    b->length += n;
    b->data[b->length] = '\0';
    return true;
}

bool append_str(Buffer *b, const char *s) { return append(b, s, strlen(s)); }

// Text out: a string, a string of known length, a number.
void out(const char *s) { runner_io::out(s, strlen(s)); }
void out(const char *s, size_t n) { runner_io::out(s, n); }
void out(unsigned long value) {
    char text[21];
    size_t i = sizeof text;
    do {
        text[--i] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value);
    runner_io::out(text + i, sizeof text - i);
}
void err(const char *s) { runner_io::err(s, strlen(s)); }

// A positive decimal number with nothing after it; 0 when malformed.
unsigned long long parse_bytes(const char *text) {
    unsigned long long value = 0;
    if (!*text) return 0;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9' || value > (~0ull - 9) / 10) return 0;
        value = value * 10 + static_cast<unsigned>(*p - '0');
    }
    return value;
}

// Reads a whole file; false if it cannot be opened or read.
bool read_file(const char *path, Buffer *out) {
    runner_io::File *f = runner_io::open_read(path);
    if (!f) return false;
    // Static: on a board with an 8 KiB stack a 4 KiB local would take half
    // of what the engine may use (the runner reads one file at a time).
    static char chunk[1024];
    long n = 0;
    bool ok = append(out, "", 0); // a NUL-terminated buffer even when empty
    while (ok && (n = runner_io::read(f, chunk, sizeof chunk)) > 0) ok = append(out, chunk, static_cast<size_t>(n));
    if (n < 0) ok = false;
    if (!runner_io::close(f)) ok = false;
    return ok;
}

// --alloc-log: every allocator event, a line each (engine_alloc.h).
void write_alloc_event(void *user, const eng_alloc_event *event) {
    char line[ENG_ALLOC_LOG_LINE_MAX];
    size_t n = eng_alloc_log_line(event, line, sizeof line);
    runner_io::write(static_cast<runner_io::File *>(user), line, n);
}

Buffer g_output; // what the script printed

// print(...): arguments converted to strings, separated by spaces, newline.
int js_print(eng_heap *heap) {
    int argc = eng_get_top(heap);
    for (int i = 0; i < argc; i++) {
        if (eng_dup(heap, i) != ENG_OK) return ENG_RET_ERROR;
        if (eng_to_string(heap, -1) != ENG_OK) return ENG_RET_ERROR;
        size_t length = 0;
        const char *s = eng_get_string(heap, -1, &length);
        if (i > 0) append(&g_output, " ", 1);
        if (s) append(&g_output, s, length);
        eng_pop(heap, 1);
    }
    append(&g_output, "\n", 1);
    if (g_output.failed)
        return eng_throw_error(heap, ENG_ERR_ERROR, "js_test_runner: out of memory");
    return 0;
}

// Appends "Uncaught " + the first line of the report of the value on top.
void append_uncaught(eng_heap *heap) {
    append_str(&g_output, "Uncaught ");
    if (eng_push_error_report(heap, -1) != ENG_OK) {
        append_str(&g_output, "<eng_push_error_report failed>\n");
        return;
    }
    size_t length = 0;
    const char *report = eng_get_string(heap, -1, &length);
    if (!report) {
        append_str(&g_output, "<error report is not a string>\n");
    } else {
        const char *newline = static_cast<const char *>(memchr(report, '\n', length));
        append(&g_output, report, newline ? static_cast<size_t>(newline - report) : length);
        append(&g_output, "\n", 1);
    }
    eng_pop(heap, 1);
}

size_t without_final_newline(const Buffer &b) {
    return (b.length > 0 && b.data[b.length - 1] == '\n') ? b.length - 1 : b.length;
}

// Line [a, a + a_len) of the output against line [e, e + e_len) expected.
bool line_matches(const char *a, size_t a_len, const char *e, size_t e_len) {
    if (a_len == e_len && memcmp(a, e, a_len) == 0) return true;
#ifdef ENG_RUNNER_GENERIC_SYNTAX_ERRORS
    static const char kName[] = "SyntaxError: ", kGeneric[] = "Syntax error";
    const size_t name_len = sizeof kName - 1, generic_len = sizeof kGeneric - 1;
    for (size_t at = 0; at + name_len <= e_len; at++) {
        if (memcmp(e + at, kName, name_len) != 0) continue;
        size_t prefix = at + name_len;
        return a_len == prefix + generic_len && memcmp(a, e, prefix) == 0 &&
               memcmp(a + prefix, kGeneric, generic_len) == 0;
    }
#endif
    return false;
}

bool output_matches(const Buffer &actual, const Buffer &expected) {
    size_t a_len = without_final_newline(actual), e_len = without_final_newline(expected);
    if (!actual.data || !expected.data) return a_len == e_len;
    size_t a = 0, e = 0;
    for (;;) {
        const char *a_nl = static_cast<const char *>(memchr(actual.data + a, '\n', a_len - a));
        const char *e_nl = static_cast<const char *>(memchr(expected.data + e, '\n', e_len - e));
        size_t a_end = a_nl ? static_cast<size_t>(a_nl - actual.data) : a_len;
        size_t e_end = e_nl ? static_cast<size_t>(e_nl - expected.data) : e_len;
        if (!line_matches(actual.data + a, a_end - a, expected.data + e, e_end - e)) return false;
        if (!a_nl || !e_nl) return !a_nl && !e_nl;
        a = a_end + 1;
        e = e_end + 1;
    }
}

// Prints the first differing line of both texts, then both texts in full.
void report_mismatch(const char *script, const Buffer &actual, const Buffer &expected) {
    size_t a_len = without_final_newline(actual), e_len = without_final_newline(expected);
    size_t i = 0, line = 1, line_start = 0;
    while (i < a_len && i < e_len && actual.data[i] == expected.data[i]) {
        if (actual.data[i] == '\n') {
            line++;
            line_start = i + 1;
        }
        i++;
    }
    size_t a_end = line_start, e_end = line_start;
    while (a_end < a_len && actual.data[a_end] != '\n') a_end++;
    while (e_end < e_len && expected.data[e_end] != '\n') e_end++;
    out("FAIL ");
    out(script);
    out(": output differs at line ");
    out(static_cast<unsigned long>(line));
    out("\n-expected: ");
    out(expected.data + line_start, e_end - line_start);
    out(line_start >= e_len ? "<end of output>\n+actual:   " : "\n+actual:   ");
    out(actual.data + line_start, a_end - line_start);
    out(line_start >= a_len ? "<end of output>\n" : "\n");
    out("--- expected output ---\n");
    out(expected.data, e_len);
    out("\n--- actual output ---\n");
    out(actual.data, a_len);
    out("\n-----------------------\n");
}

// "FAIL script: what" on standard output.
void fail(const char *script, const char *what) {
    out("FAIL ");
    out(script);
    out(": ");
    out(what);
    out("\n");
}

// "FAIL script: stack top is N <when>".
void fail_top(const char *script, int top, const char *when) {
    out("FAIL ");
    out(script);
    out(": stack top is ");
    if (top < 0) out("-");
    out(static_cast<unsigned long>(top < 0 ? -static_cast<long>(top) : top));
    out(" ");
    out(when);
    out("\n");
}

int usage(const char *message) {
    err("js_test_runner: ");
    err(message);
    err("\nusage: js_test_runner [--memory-limit BYTES] [--allocator malloc|tlsf|pool]\n"
        "                      [--arena BYTES] [--pools SIZE:COUNT,...] [--alloc-log FILE]\n"
        "                      script.js expected.txt\n");
    return EXIT_USAGE;
}

// Registers the runner's globals; false on failure.
#ifndef ENG_RUNNER_BOARD
// --module: the script is an ES module; "./name" imports are the files
// next to the importing one (tests/js/modules).
int module_resolve(void *, const char *referrer, const char *specifier, char *name, size_t size) {
    if (strncmp(specifier, "./", 2) != 0) return 1;
    const char *slash = referrer ? strrchr(referrer, '/') : nullptr;
    size_t dir = slash ? static_cast<size_t>(slash - referrer) + 1 : 0;
    size_t rest = strlen(specifier + 2);
    if (dir + rest + 1 > size) return 1;
    memcpy(name, referrer, dir);
    memcpy(name + dir, specifier + 2, rest + 1);
    return 0;
}

int module_load(void *, const char *name, const char **source, size_t *length) {
    Buffer text;
    if (!read_file(name, &text)) {
        free(text.data);
        return 1;
    }
    *source = text.data;
    *length = text.length;
    return 0;
}

void module_release(void *, const char *, const char *source) { free(const_cast<char *>(source)); }
#endif

bool register_globals(eng_heap *heap) {
    if (eng_push_c_function(heap, js_print, ENG_VARARGS, "print") != ENG_OK) return false;
    return eng_put_global_string(heap, "print") == ENG_OK;
}

} // namespace

int main(int argc, char **argv) {
    eng_config config = {};
    arena::Arena memory;
#ifdef ENG_RUNNER_BOARD
    memory.kind = arena::TLSF;
    // The board's library is built without the C library's defaults
    // (ENG_LIBC_DEFAULTS=OFF, as a firmware would): Date reads the host's
    // clock through semihosting.
    static const eng_clock host_clock = {runner_io::clock_ms, nullptr, nullptr};
    config.clock = &host_clock;
#endif
    const char *log_path = nullptr;
    bool module = false;
    (void)module;  // (boards run no module tests)
    int arg = 1;
    while (arg < argc && argv[arg][0] == '-' && argv[arg][1] == '-') {
        const char *option = argv[arg];
        if (strcmp(option, "--module") == 0) {  // (ignored on a board)
            module = true;
            arg++;
            continue;
        }
        if (arg + 1 >= argc) return usage("an option needs a value");
        const char *value = argv[arg + 1];
        arg += 2;
        if (strcmp(option, "--allocator") == 0) {
            if (!arena::parse_kind(value, &memory.kind)) return usage("--allocator: malloc, tlsf or pool");
            continue;
        }
        if (strcmp(option, "--pools") == 0) {
            if (!arena::parse_pools(value, &memory)) return usage("--pools: SIZE:COUNT,... with sizes multiples of 8, increasing");
            continue;
        }
        if (strcmp(option, "--alloc-log") == 0) {
            log_path = value;
            continue;
        }
        unsigned long long bytes = parse_bytes(value);
        if (bytes == 0) return usage("a positive number of bytes expected");
        if (strcmp(option, "--memory-limit") == 0) config.memory_limit = static_cast<size_t>(bytes);
        else if (strcmp(option, "--arena") == 0) memory.bytes = static_cast<size_t>(bytes);
        else return usage("unknown option");
    }
    if (argc - arg != 2) return usage("expected exactly a script and an expected-output file");
    const char *script_path = argv[arg];
    const char *expected_path = argv[arg + 1];

    Buffer script, expected;
    const char *const paths[2] = {script_path, expected_path};
    Buffer *const contents[2] = {&script, &expected};
    for (int i = 0; i < 2; i++) {
        const char *path = paths[i];
        if (!read_file(path, contents[i])) {
            err("js_test_runner: cannot read ");
            err(path);
            err("\n");
            return EXIT_UNREADABLE;
        }
    }

#ifdef ENG_RUNNER_BOARD
    // The rest of the board's heap region, taken from the break up
    // (tests/firmware/memory.c) rather than with malloc, whose page-sized
    // steps would leave up to 4 KiB unused; the C library keeps room for
    // the captured output (grown by doubling) and stdout's buffer.
    if (memory.kind == arena::TLSF && memory.bytes == 0) {
        size_t room = 2048 + 2 * expected.length;
        char *start = static_cast<char *>(_sbrk(0));
        // On a large board, more: a script may print far more than it
        // should before it fails, and malloc grows in page-sized steps.
        if (start != reinterpret_cast<char *>(-1) && __heap_end - start > 1024 * 1024) room += 1024 * 1024;
        if (start != reinterpret_cast<char *>(-1) && __heap_end - start > static_cast<ptrdiff_t>(room + 4096)) {
            size_t bytes = static_cast<size_t>(__heap_end - start) - room;
            if (_sbrk(static_cast<ptrdiff_t>(bytes)) == start) {
                memory.memory = start;
                memory.bytes = bytes;
            }
        }
    }
#endif
    if (!arena::open(&memory, &config)) {
        err("js_test_runner: ");
        err(memory.error);
        err("\n");
        return EXIT_UNREADABLE;
    }
    runner_io::File *log = nullptr;
    if (log_path) {
        log = runner_io::open_write(log_path);
        if (!log) {
            err("js_test_runner: cannot write ");
            err(log_path);
            err("\n");
            return EXIT_UNREADABLE;
        }
        config.alloc_log = write_alloc_event;
        config.alloc_log_user = log;
    }
    eng_heap *heap = eng_create(&config);
    if (!heap) {
        fail(script_path, "eng_create returned NULL");
        arena::close(&memory);
        if (log) runner_io::close(log);
        return EXIT_MISMATCH;
    }
    bool sane = true;
    if (!register_globals(heap)) {
        fail(script_path, "cannot register print");
        sane = false;
    }
    if (sane && eng_get_top(heap) != 0) {
        fail_top(script_path, eng_get_top(heap), "after setup, expected 0");
        sane = false;
    }

    if (sane) {
        // read_file's buffer comes from realloc: aligned as images need.
        eng_status status;
#ifndef ENG_RUNNER_BOARD  // (boards run no module tests: their flash is short)
        if (module) {
            eng_module_loader loader = {module_resolve, module_load, module_release, nullptr, nullptr};
            eng_set_module_loader(heap, &loader);
            status = eng_eval_module(heap, script_path, script.data, script.length);
        } else
#endif
#ifndef ENG_RUNNER_NO_IMAGES
        status = eng_is_image(script.data, script.length)
                                ? eng_run_image(heap, script.data, script.length)
                                : eng_eval(heap, script.data, script.length, script_path);
#else  // a board whose flash cannot also hold the image loader's validator
        status = eng_eval(heap, script.data, script.length, script_path);
#endif
        // eng_eval pushes exactly one value: the completion value or the error.
        if (eng_get_top(heap) != 1) {
            fail_top(script_path, eng_get_top(heap), "after eng_eval, expected 1");
            sane = false;
        } else {
            if (status == ENG_ERROR) append_uncaught(heap);
            eng_pop(heap, 1);
            // Then-callbacks and async functions' continuations, as node
            // runs them after the script (the expected output has theirs).
            if (status == ENG_OK) {
                while ((status = eng_run_jobs(heap)) == ENG_ERROR) {
                    append_uncaught(heap);
                    eng_pop(heap, 1);
                }
            }
            if (eng_get_top(heap) != 0) {
                fail_top(script_path, eng_get_top(heap), "at the end, expected 0");
                sane = false;
            }
        }
    }
    eng_destroy(heap);
    bool whole = arena::close(&memory);
    if (log && !runner_io::close(log)) {
        fail(script_path, "cannot write the allocation log");
        whole = false;
    }

    int result = EXIT_MATCH;
    if (!whole) {
        fail(script_path, "the allocator's arena is not whole after eng_destroy");
        result = EXIT_MISMATCH;
    } else if (!sane) {
        result = EXIT_MISMATCH;
    } else if (g_output.failed) {
        fail(script_path, "out of memory while capturing the output");
        result = EXIT_MISMATCH;
    } else {
        if (!g_output.data) append(&g_output, "", 0);
        if (!output_matches(g_output, expected)) {
            report_mismatch(script_path, g_output, expected);
            result = EXIT_MISMATCH;
        }
    }
    free(g_output.data);
    free(script.data);
    free(expected.data);
    return result;
}
