// engine - command line shell of the engine, built on include/engine.h only.
//
//   engine [--memory-limit BYTES] [--stats] [--check] [script.js]
//
// With a script: runs it; exit 0, or 1 after an uncaught error (reported on
// stderr as "Uncaught Name: message\n    at file:line:column"), or 2 when the
// file cannot be read or the arguments are wrong.
// Without a script: a read-eval-print loop on stdin.
// Globals: print(...) and console.log(...), both writing their arguments
// separated by spaces and a newline to stdout.
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
static bool stdin_is_terminal() { return isatty(0) != 0; }
#else
static bool stdin_is_terminal() { return false; }
#endif

namespace {

enum { EXIT_OK = 0, EXIT_UNCAUGHT = 1, EXIT_USAGE = 2 };

int js_print(eng_heap *heap) {
    int argc = eng_get_top(heap);
    for (int i = 0; i < argc; i++) {
        if (eng_dup(heap, i) != ENG_OK) return ENG_RET_ERROR;
        if (eng_to_string(heap, -1) != ENG_OK) return ENG_RET_ERROR;
        size_t length = 0;
        const char *s = eng_get_string(heap, -1, &length);
        if (i > 0) fputc(' ', stdout);
        if (s) fwrite(s, 1, length, stdout);
        eng_pop(heap, 1);
    }
    fputc('\n', stdout);
    return 0;
}

// print and console.log; false if the heap ran out of memory.
bool register_globals(eng_heap *heap) {
    if (eng_push_c_function(heap, js_print, ENG_VARARGS, "print") != ENG_OK) return false;
    if (eng_put_global_string(heap, "print") != ENG_OK) return false;
    if (eng_push_object(heap) != ENG_OK) return false;
    if (eng_push_c_function(heap, js_print, ENG_VARARGS, "log") != ENG_OK) return false;
    if (eng_put_prop_string(heap, -2, "log") != ENG_OK) return false;
    return eng_put_global_string(heap, "console") == ENG_OK;
}

// Reports the thrown value on top of the stack (left there) on stderr.
void report_uncaught(eng_heap *heap) {
    fflush(stdout);
    const char *report = nullptr;
    size_t length = 0;
    bool pushed = eng_push_error_report(heap, -1) == ENG_OK;
    if (pushed) report = eng_get_string(heap, -1, &length);
    fputs("Uncaught ", stderr);
    if (report)
        fwrite(report, 1, length, stderr);
    else
        fputs("(the error could not be formatted)", stderr);
    fputc('\n', stderr);
    fflush(stderr);
    if (pushed) eng_pop(heap, 1);
}

// Reads a whole file into a malloc'ed, NUL-terminated buffer.
char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) return nullptr;
    size_t size = 0, capacity = 4096;
    char *data = static_cast<char *>(malloc(capacity));
    while (data) {
        size += fread(data + size, 1, capacity - size - 1, f);
        if (size < capacity - 1) break;
        capacity *= 2;
        char *grown = static_cast<char *>(realloc(data, capacity));
        if (!grown) free(data);
        data = grown;
    }
    bool failed = !data || ferror(f);
    fclose(f);
    if (failed) {
        free(data);
        return nullptr;
    }
    data[size] = '\0';
    *length = size;
    return data;
}

int run_script(eng_heap *heap, const char *path, bool checkOnly) {
    size_t length = 0;
    char *source = read_file(path, &length);
    if (!source) {
        fflush(stdout);
        fprintf(stderr, "engine: cannot read %s\n", path);
        return EXIT_USAGE;
    }
    // --check: compile only (syntax errors are reported the same way).
    eng_status status = checkOnly ? eng_compile(heap, source, length, path) : eng_eval(heap, source, length, path);
    free(source);
    int result = EXIT_OK;
    if (status == ENG_ERROR) {
        report_uncaught(heap);
        result = EXIT_UNCAUGHT;
    }
    eng_set_top(heap, 0);
    return result;
}

// Reads one line of any length (without its newline); NULL at end of input.
char *read_line(FILE *in) {
    size_t length = 0, capacity = 256;
    char *line = static_cast<char *>(malloc(capacity));
    if (!line) return nullptr;
    int c;
    while ((c = fgetc(in)) != EOF && c != '\n') {
        if (length + 1 >= capacity) {
            capacity *= 2;
            char *grown = static_cast<char *>(realloc(line, capacity));
            if (!grown) break;
            line = grown;
        }
        line[length++] = static_cast<char>(c);
    }
    if (c == EOF && length == 0) {
        free(line);
        return nullptr;
    }
    line[length] = '\0';
    return line;
}

int repl(eng_heap *heap) {
    bool interactive = stdin_is_terminal();
    for (;;) {
        if (interactive) {
            fputs("> ", stdout);
            fflush(stdout);
        }
        char *line = read_line(stdin);
        if (!line) break;
        eng_status status = eng_eval(heap, line, strlen(line), "<repl>");
        free(line);
        if (status == ENG_ERROR) {
            report_uncaught(heap);
        } else if (!eng_is_undefined(heap, -1)) {
            if (eng_to_string(heap, -1) == ENG_OK) {
                size_t length = 0;
                const char *s = eng_get_string(heap, -1, &length);
                if (s) fwrite(s, 1, length, stdout);
                fputc('\n', stdout);
            } else {
                // The conversion threw: report what it threw.
                eng_set_top(heap, 0);
                eng_push_pending_error(heap);
                report_uncaught(heap);
            }
        }
        fflush(stdout);
        eng_set_top(heap, 0);
    }
    if (interactive) fputc('\n', stdout);
    return EXIT_OK;
}

void print_stats(eng_heap *heap) {
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    fflush(stdout);
    fprintf(stderr,
            "heap stats: bytes_in_use=%lu peak_bytes=%lu alloc_count=%lu "
            "live_allocations=%lu gc_runs=%lu rc_frees=%lu\n",
            static_cast<unsigned long>(stats.bytes_in_use),
            static_cast<unsigned long>(stats.peak_bytes),
            static_cast<unsigned long>(stats.alloc_count),
            static_cast<unsigned long>(stats.live_allocations),
            static_cast<unsigned long>(stats.gc_runs),
            static_cast<unsigned long>(stats.rc_frees));
}

int usage() {
    fputs("usage: engine [--memory-limit BYTES] [--stats] [--check] [script.js]\n", stderr);
    return EXIT_USAGE;
}

} // namespace

int main(int argc, char **argv) {
    eng_config config = {nullptr, 0, nullptr, nullptr, nullptr, 0, nullptr};
    bool stats = false, checkOnly = false;
    const char *script = nullptr;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--memory-limit") == 0 && i + 1 < argc) {
            char *end = nullptr;
            unsigned long long limit = strtoull(argv[++i], &end, 10);
            if (!*argv[i] || *end) return usage();
            config.memory_limit = static_cast<size_t>(limit);
        } else if (strcmp(argv[i], "--stats") == 0) {
            stats = true;
        } else if (strcmp(argv[i], "--check") == 0) {
            checkOnly = true;
        } else if (argv[i][0] == '-' || script) {
            return usage();
        } else {
            script = argv[i];
        }
    }

    eng_heap *heap = eng_create(&config);
    if (!heap) {
        fputs("engine: cannot create the heap\n", stderr);
        return EXIT_USAGE;
    }
    int result;
    if (!register_globals(heap)) {
        fputs("engine: out of memory while setting up the globals\n", stderr);
        result = EXIT_USAGE;
    } else {
        result = script ? run_script(heap, script, checkOnly) : repl(heap);
    }
    fflush(stdout);
    if (stats) print_stats(heap);
    eng_destroy(heap);
    return result;
}
