// engine - command line shell of the engine, built on include/engine.h only.
//
//   engine [options] [script.js | -] [arguments...]
//
// See usage() below and docs/cli.md. With a script (or -e, or `-`, or a
// stdin that is not a terminal): runs it; exit 0, or 1 after an uncaught
// error (reported on stderr as "Uncaught " and the whole stack trace), or 2
// when the file cannot be read or the arguments are wrong. Without a script
// on a terminal, or with -i: a read-eval-print loop.
#include "engine.h"
#include "../alloc/arena.h"
#include "inspect.h"
#include "lineedit.h"
#include "module_loader.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

namespace {

enum { EXIT_OK = 0, EXIT_UNCAUGHT = 1, EXIT_USAGE = 2 };

const char kUsage[] =
    "usage: engine [options] [script.js | -] [arguments...]\n"
    "\n"
    "Runs script.js (or the script read from stdin with `-`, or from a stdin\n"
    "that is not a terminal), or a bytecode image (whatever its name);\n"
    "\n"
    "usage: engine --compile [--strip-lines] -o app.jsbc app.js [more.js...]\n"
    "\n"
    "that is not a terminal); without a script on a terminal, starts a REPL.\n"
    "Arguments after the script are given to it in the global array\n"
    "scriptArgs (scriptArgs[0] is the script's name).\n"
    "\n"
    "options:\n"
    "  -e, --eval CODE          evaluate CODE (several -e run in order)\n"
    "  -i, --interactive        start the REPL even when stdin is not a terminal\n"
    "  --check                  compile only: report syntax errors, run nothing\n"
    "                           (with --module: imports are not loaded)\n"
    "  --module                 run the script as an ES module (also any *.mjs):\n"
    "                           relative imports are read from disk\n"
    "  --compile -o OUT FILE... compile the scripts into the bytecode image OUT\n"
    "                           (their top levels run in order); run nothing\n"
    "  --strip-lines            with --compile: leave the line tables out\n"
    "  --memory-limit BYTES     cap the heap at BYTES\n"
    "  --timeout MS             stop a script (each REPL input) after MS milliseconds\n"
    "  --max-instructions N     stop a script (each REPL input) after about N\n"
    "                           instructions (docs/execution-control.md)\n"
    "  --allocator KIND         malloc (default), tlsf or pool: the library's\n"
    "                           allocators over one arena (docs/memory-tuning.md)\n"
    "  --arena BYTES            the arena's size (default 256 MiB tlsf, 64 MiB pool)\n"
    "  --pools SIZE:COUNT,...   pools of these classes, with borrowing (what\n"
    "                           tools/pool-tuner prints as classes:)\n"
    "  --alloc-log FILE         write every allocation, reallocation and free to\n"
    "                           FILE, one line each (docs/memory-tuning.md)\n"
    "  --stats                  print heap statistics on stderr at exit\n"
    "  -h, --help               print this help and exit\n"
    "  -v, --version            print the engine's version and exit\n"
    "  --                       end of options\n"
    "\n"
    "exit status: 0 success, 1 uncaught error, 2 bad arguments or unreadable file\n";

// print(...): String() of each argument, separated by spaces.
int js_print(eng_heap *heap) {
    int argc = eng_get_top(heap);
    std::string line;
    for (int i = 0; i < argc; i++) {
        if (eng_dup(heap, i) != ENG_OK) return ENG_RET_ERROR;
        if (eng_to_string(heap, -1) != ENG_OK) return ENG_RET_ERROR;
        size_t length = 0;
        const char *s = eng_get_string(heap, -1, &length);
        if (i > 0) line += ' ';
        if (s) line.append(s, length);
        eng_pop(heap, 1);
    }
    line += '\n';
    fwrite(line.data(), 1, line.size(), stdout);
    return 0;
}

// console.*: strings as they are, other values as node's util.inspect
// formats them, separated by spaces.
int console_write(eng_heap *heap, FILE *out) {
    int argc = eng_get_top(heap);
    std::string line, item;
    for (int i = 0; i < argc; i++) {
        if (!cli::inspect(heap, i, false, &item)) return ENG_RET_ERROR;
        if (i > 0) line += ' ';
        line += item;
    }
    line += '\n';
    if (out == stderr) fflush(stdout); // keep the two streams in order on a terminal
    fwrite(line.data(), 1, line.size(), out);
    if (out == stderr) fflush(stderr);
    return 0;
}
int js_console_out(eng_heap *heap) { return console_write(heap, stdout); }
int js_console_err(eng_heap *heap) { return console_write(heap, stderr); }

// print, console and scriptArgs; false if the heap ran out of memory.
bool register_globals(eng_heap *heap, const std::vector<const char *> &scriptArgs) {
    if (eng_push_c_function(heap, js_print, ENG_VARARGS, "print") != ENG_OK) return false;
    if (eng_put_global_string(heap, "print") != ENG_OK) return false;
    if (eng_push_object(heap) != ENG_OK) return false;
    struct {
        const char *name;
        eng_c_function fn;
    } const methods[] = {{"log", js_console_out},
                         {"info", js_console_out},
                         {"warn", js_console_err},
                         {"error", js_console_err}};
    for (const auto &m : methods) {
        if (eng_push_c_function(heap, m.fn, ENG_VARARGS, m.name) != ENG_OK) return false;
        if (eng_put_prop_string(heap, -2, m.name) != ENG_OK) return false;
    }
    if (eng_put_global_string(heap, "console") != ENG_OK) return false;
    if (eng_push_array(heap) != ENG_OK) return false;
    for (size_t i = 0; i < scriptArgs.size(); i++) {
        if (eng_push_string(heap, scriptArgs[i]) != ENG_OK) return false;
        if (eng_put_prop_index(heap, -2, static_cast<uint32_t>(i)) != ENG_OK) return false;
    }
    return eng_put_global_string(heap, "scriptArgs") == ENG_OK;
}

// Whether the value at index is an Error (its report is its stack). The
// API has no instanceof: Object.prototype.toString tells.
bool is_error(eng_heap *heap, int index) {
    if (!eng_is_object(heap, index)) return false;
    index = eng_normalize_index(heap, index);
    int top = eng_get_top(heap);
    static const char kToString[] = "Object.prototype.toString";
    bool error = false;
    if (eng_eval(heap, kToString, sizeof kToString - 1, "<cli>") == ENG_OK &&
        eng_dup(heap, index) == ENG_OK && eng_pcall(heap, 0) == ENG_OK) {
        const char *tag = eng_get_string(heap, -1, nullptr);
        error = tag && strcmp(tag, "[object Error]") == 0;
    }
    eng_set_top(heap, top);
    return error;
}

// Reports the thrown value on top of the stack (left there) on stderr:
// "Uncaught " and, for an Error, its whole stack trace; other values as
// the REPL shows them (node does the same).
void report_uncaught(eng_heap *heap, const char *prefix = "Uncaught ") {
    int top = eng_get_top(heap);
    fflush(stdout);
    std::string text;
    bool error = is_error(heap, -1);
    eng_set_top(heap, top);
    if (!error && cli::inspect(heap, -1, true, &text)) {
        // formatted
    } else {
        eng_set_top(heap, top);
        eng_push_pending_error(heap); // what a failed inspect left pending
        eng_set_top(heap, top);
        if (eng_push_error_report(heap, -1) == ENG_OK) {
            size_t length = 0;
            const char *report = eng_get_string(heap, -1, &length);
            text = report ? std::string(report, length) : "(the error could not be formatted)";
        } else {
            text = "(the error could not be formatted)";
        }
    }
    eng_set_top(heap, top);
    fprintf(stderr, "%s%s\n", prefix, text.c_str());
    fflush(stderr);
}

// A promise rejected with no handler once the jobs ran (eng_config.rejection):
// reported on stderr as node does, "Uncaught (in promise) " and the reason.
// The exit status stays (as with node --unhandled-rejections=warn): a
// rejection may still be handled later, and test262 counts none as an error.
void on_rejection(void *, eng_heap *heap, eng_rejection_event event) {
    if (event == ENG_REJECTION_UNHANDLED) report_uncaught(heap, "Uncaught (in promise) ");
}

// Runs the promise jobs the script queued (then-callbacks, async
// functions' continuations), as node's event loop does after a script.
int run_jobs(eng_heap *heap) {
    int result = EXIT_OK;
    for (;;) {
        eng_status status = eng_run_jobs(heap);
        if (status == ENG_OK) break;
        report_uncaught(heap);
        eng_set_top(heap, 0);
        result = EXIT_UNCAUGHT;
        if (status == ENG_INTERRUPTED) break;
    }
    return result;
}

// Reads a whole stream into *out; false on a read error.
bool read_stream(FILE *f, std::string *out) {
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, f)) > 0) out->append(buffer, n);
    return !ferror(f);
}

bool read_file(const char *path, std::string *out) {
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    bool ok = read_stream(f, out);
    fclose(f);
    return ok;
}

// A module file: loaded, linked and evaluated with what it imports.
int run_module(eng_heap *heap, const std::string &source, const char *path, bool checkOnly) {
    std::string name = cli::normalize_path(path);
    int result = EXIT_OK;
    // --check: compile only, loading none of its imports.
    eng_status status = checkOnly ? eng_check_module(heap, name.c_str(), source.data(), source.size())
                                  : eng_eval_module(heap, name.c_str(), source.data(), source.size());
    if (status != ENG_OK) {
        report_uncaught(heap);
        result = EXIT_UNCAUGHT;
    }
    eng_set_top(heap, 0);
    if (result == EXIT_OK) result = run_jobs(heap);
    return result;
}

int run_source(eng_heap *heap, const std::string &source, const char *name, bool checkOnly) {
    eng_status status;
    // A bytecode image, recognised by its magic: copied to words so that it
    // is 4-byte aligned, and run in place from there. The words outlive the
    // report below, which may call the script's functions (a toString).
    static std::vector<uint32_t> words;
    if (eng_is_image(source.data(), source.size())) {
        words.assign((source.size() + 3) / 4, 0);
        memcpy(words.data(), source.data(), source.size());
        status = checkOnly ? ENG_OK : eng_run_image(heap, words.data(), source.size());
    } else {
        // --check: compile only (syntax errors are reported the same way).
        status = checkOnly ? eng_compile(heap, source.data(), source.size(), name)
                           : eng_eval(heap, source.data(), source.size(), name);
    }
    int result = EXIT_OK;
    if (status != ENG_OK) { // ENG_ERROR, or ENG_INTERRUPTED by a limit
        report_uncaught(heap);
        result = EXIT_UNCAUGHT;
    }
    eng_set_top(heap, 0);
    if (result == EXIT_OK && !checkOnly) result = run_jobs(heap);
    return result;
}

// Line and column (1-based, in code points) just past the end of source.
void end_position(const std::string &source, double *line, double *column) {
    *line = 1;
    *column = 1;
    for (unsigned char c : source) {
        if (c == '\n') {
            *line += 1;
            *column = 1;
        } else if ((c & 0xC0) != 0x80) {
            *column += 1;
        }
    }
}

// The REPL's test for "keep reading": compiling fails with a SyntaxError
// at the very end of the input (an unclosed bracket, function body,
// comment, a trailing operator). Leaves the compiled function, or the
// error, on top of the stack.
bool incomplete(eng_heap *heap, const std::string &source) {
    if (eng_compile(heap, source.data(), source.size(), "<repl>") == ENG_OK) return false;
    bool atEnd = false;
    if (eng_get_prop_string(heap, -1, "message") == ENG_OK && eng_is_string(heap, -1))
        atEnd = strstr(eng_get_string(heap, -1, nullptr), "end of input") != nullptr;
    eng_pop(heap, 1);
    double line = 0, column = 0, errorLine = -1, errorColumn = -1;
    end_position(source, &line, &column);
    if (eng_get_prop_string(heap, -1, "lineNumber") == ENG_OK) errorLine = eng_get_number(heap, -1);
    eng_pop(heap, 1);
    if (eng_get_prop_string(heap, -1, "columnNumber") == ENG_OK)
        errorColumn = eng_get_number(heap, -1);
    eng_pop(heap, 1);
    return atEnd || errorLine > line || (errorLine == line && errorColumn >= column);
}

void print_help_commands() {
    fputs(".exit     leave the REPL (also Ctrl-D on an empty line)\n"
          ".help     print this help\n"
          ".break    drop the lines of an unfinished input (also Ctrl-C)\n"
          "Up/Down browse the history; Left/Right, Home/End, Ctrl-A/Ctrl-E move;\n"
          "Ctrl-C clears the line, or stops the running script.\n",
          stdout);
}

// The heap whose script runs while the REPL waits for it: Ctrl-C (SIGINT)
// asks it to stop. eng_request_interrupt only stores a flag, which is what
// a signal handler may do.
eng_heap *volatile g_running = nullptr;

void on_sigint(int) {
    if (eng_heap *heap = g_running) eng_request_interrupt(heap);
}

// Ctrl-C stops the script while it runs; before and after, SIGINT keeps
// its usual meaning (the line editor reads Ctrl-C as a key meanwhile).
class InterruptOnCtrlC {
public:
    explicit InterruptOnCtrlC(eng_heap *heap) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        g_running = heap;
        sigaction(SIGINT, &sa, &previous_);
    }
    ~InterruptOnCtrlC() {
        sigaction(SIGINT, &previous_, nullptr);
        g_running = nullptr;
    }
    InterruptOnCtrlC(const InterruptOnCtrlC &) = delete;
    InterruptOnCtrlC &operator=(const InterruptOnCtrlC &) = delete;

private:
    struct sigaction previous_;
};

// Evaluates one complete REPL input (its compiled function is on top) and
// prints the value as node does, or "Uncaught ...".
void repl_run(eng_heap *heap) {
    if (!eng_is_function(heap, -1)) {
        report_uncaught(heap); // the SyntaxError from compiling
        eng_set_top(heap, 0);
        return;
    }
    // Printing the value may run getters too: Ctrl-C stops those as well.
    InterruptOnCtrlC ctrlC(heap);
    eng_status status = ENG_ERROR;
    if (eng_push_undefined(heap) == ENG_OK) status = eng_pcall(heap, 0);
    if (status != ENG_OK) { // ENG_INTERRUPTED after Ctrl-C or a limit
        report_uncaught(heap);
    } else {
        std::string text;
        if (cli::inspect(heap, -1, true, &text)) {
            fwrite(text.data(), 1, text.size(), stdout);
            fputc('\n', stdout);
        } else {
            eng_set_top(heap, 0);
            eng_push_pending_error(heap);
            report_uncaught(heap);
        }
    }
    fflush(stdout);
    eng_set_top(heap, 0);
    run_jobs(heap);
    fflush(stdout);
}

// Reads one line from a stdin that is not a terminal (-i with a pipe).
cli::ReadResult read_plain(std::string *line) {
    line->clear();
    int c;
    while ((c = getchar()) != EOF && c != '\n') line->push_back(static_cast<char>(c));
    return c == EOF && line->empty() ? cli::ReadResult::EndOfInput : cli::ReadResult::Line;
}

int repl(eng_heap *heap) {
    // Prompts and editing on a terminal only; piped input (-i) is echoed
    // to nothing, so the output holds the values alone.
    bool terminal = cli::LineEditor::available();
    cli::LineEditor editor;
    std::string pending; // lines of an unfinished input
    if (terminal)
        printf("engine %s REPL. Type \".help\" for more information.\n", eng_version());
    for (;;) {
        std::string line;
        cli::ReadResult r = terminal ? editor.read(pending.empty() ? "> " : "... ", &line)
                                     : read_plain(&line);
        if (r == cli::ReadResult::EndOfInput) break;
        if (r == cli::ReadResult::Interrupted) {
            if (pending.empty() && line.empty())
                puts("(To exit, press Ctrl-D or type .exit)");
            pending.clear();
            continue;
        }
        editor.remember(line);
        // Commands work in the middle of a multi-line input too (as node's).
        if (line == ".exit") break;
        if (line == ".help") {
            print_help_commands();
            continue;
        }
        if (line == ".break") {
            pending.clear();
            continue;
        }
        pending += line;
        if (pending.find_first_not_of(" \t\r") == std::string::npos) {
            pending.clear();
            continue;
        }
        if (incomplete(heap, pending)) {
            pending += '\n';
            eng_set_top(heap, 0);
            continue;
        }
        pending.clear();
        repl_run(heap);
    }
    fflush(stdout);
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

int write_image_part(void *user, const void *bytes, size_t length) {
    static_cast<std::string *>(user)->append(static_cast<const char *>(bytes), length);
    return 0;
}

// --compile: one image per input, written back to back into output.
int compile_images(eng_heap *heap, const std::vector<const char *> &inputs, const char *output, unsigned flags) {
    std::string images;
    for (const char *input : inputs) {
        std::string source;
        if (!read_file(input, &source)) {
            fprintf(stderr, "engine: cannot read %s\n", input);
            return EXIT_USAGE;
        }
        if (eng_compile_image(heap, source.data(), source.size(), input, flags, write_image_part, &images) != ENG_OK) {
            report_uncaught(heap);
            return EXIT_UNCAUGHT;
        }
    }
    FILE *f = fopen(output, "wb");
    bool ok = f && fwrite(images.data(), 1, images.size(), f) == images.size();
    if (f && fclose(f) != 0) ok = false;
    if (!ok) {
        fprintf(stderr, "engine: cannot write %s\n", output);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

int usage_error(const char *format, const char *arg) {
    fputs("engine: ", stderr);
    fprintf(stderr, format, arg);
    fputs("\nTry 'engine --help' for more information.\n", stderr);
    return EXIT_USAGE;
}

} // namespace

int main(int argc, char **argv) {
    eng_config config = {};
    config.rejection = on_rejection;
    arena::Arena memory;
    const char *allocLog = nullptr;
    bool stats = false, checkOnly = false, interactive = false, compile = false, module = false;
    unsigned imageFlags = 0;
    const char *output = nullptr;
    std::vector<const char *> evals, scriptArgs;
    const char *script = nullptr;
    int i = 1;
    for (; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--") == 0) {
            i++;
            break;
        }
        if (arg[0] != '-' || strcmp(arg, "-") == 0) break; // the script: options end
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            fputs(kUsage, stdout);
            return EXIT_OK;
        } else if (strcmp(arg, "-v") == 0 || strcmp(arg, "--version") == 0) {
            printf("engine %s\n", eng_version());
            return EXIT_OK;
        } else if (strcmp(arg, "-e") == 0 || strcmp(arg, "--eval") == 0) {
            if (i + 1 >= argc) return usage_error("%s needs an argument (the code)", arg);
            evals.push_back(argv[++i]);
        } else if (strcmp(arg, "-i") == 0 || strcmp(arg, "--interactive") == 0) {
            interactive = true;
        } else if (strcmp(arg, "--memory-limit") == 0) {
            if (i + 1 >= argc) return usage_error("%s needs an argument (bytes)", arg);
            char *end = nullptr;
            const char *value = argv[++i];
            unsigned long long limit = strtoull(value, &end, 10);
            if (!*value || *end || *value == '-')
                return usage_error("--memory-limit: '%s' is not a number of bytes", value);
            config.memory_limit = static_cast<size_t>(limit);
        } else if (strcmp(arg, "--timeout") == 0 || strcmp(arg, "--max-instructions") == 0) {
            bool timeout = arg[2] == 't';
            if (i + 1 >= argc)
                return usage_error(timeout ? "%s needs an argument (milliseconds)"
                                           : "%s needs an argument (a count)",
                                   arg);
            char *end = nullptr;
            const char *value = argv[++i];
            unsigned long long n = strtoull(value, &end, 10);
            if (!*value || *end || *value == '-' || n == 0 || (timeout && n > 0xFFFFFFFFull))
                return usage_error(timeout ? "--timeout: '%s' is not a number of milliseconds (1 to 4294967295)"
                                           : "--max-instructions: '%s' is not a positive count",
                                   value);
            if (timeout) config.time_limit_ms = static_cast<uint32_t>(n);
            else config.max_instructions = n;
        } else if (strcmp(arg, "--allocator") == 0) {
            if (i + 1 >= argc) return usage_error("%s needs an argument (malloc, tlsf or pool)", arg);
            if (!arena::parse_kind(argv[++i], &memory.kind))
                return usage_error("--allocator: '%s' is not malloc, tlsf or pool", argv[i]);
        } else if (strcmp(arg, "--arena") == 0) {
            if (i + 1 >= argc) return usage_error("%s needs an argument (bytes)", arg);
            char *end = nullptr;
            const char *value = argv[++i];
            unsigned long long bytes = strtoull(value, &end, 10);
            if (!*value || *end || *value == '-' || bytes == 0)
                return usage_error("--arena: '%s' is not a number of bytes", value);
            memory.bytes = static_cast<size_t>(bytes);
        } else if (strcmp(arg, "--pools") == 0) {
            if (i + 1 >= argc) return usage_error("%s needs an argument (SIZE:COUNT,...)", arg);
            if (!arena::parse_pools(argv[++i], &memory))
                return usage_error("--pools: '%s' is not SIZE:COUNT,... (sizes multiples of 8, increasing)", argv[i]);
        } else if (strcmp(arg, "--alloc-log") == 0) {
            if (i + 1 >= argc) return usage_error("%s needs an argument (a file)", arg);
            allocLog = argv[++i];
        } else if (strcmp(arg, "--stats") == 0) {
            stats = true;
        } else if (strcmp(arg, "--check") == 0) {
            checkOnly = true;
        } else if (strcmp(arg, "--module") == 0) {
            module = true;
        } else if (strcmp(arg, "--compile") == 0) {
            compile = true;
        } else if (strcmp(arg, "--strip-lines") == 0) {
            imageFlags |= ENG_IMAGE_STRIP_LINES;
        } else if (strcmp(arg, "-o") == 0) {
            if (i + 1 >= argc) return usage_error("%s needs an argument (the output file)", arg);
            output = argv[++i];
        } else {
            return usage_error("unknown option '%s'", arg);
        }
    }
    // As QuickJS: scriptArgs holds the script's name and what follows it
    // (with -e, every argument left after the options).
    for (int j = i; j < argc; j++) scriptArgs.push_back(argv[j]);
    if (compile && (!output || i >= argc || !evals.empty()))
        return usage_error("%s", "--compile needs -o OUT and at least one script file");
    if (!compile && output) return usage_error("%s", "-o is for --compile");
    if (evals.empty() && i < argc) script = argv[i];
    if (script && strlen(script) > 4 && strcmp(script + strlen(script) - 4, ".mjs") == 0) module = true;
    if (module && (compile || !script || strcmp(script, "-") == 0))
        return usage_error("%s", "--module (or a .mjs file) needs a script file, and not --compile");

    if (!arena::open(&memory, &config)) {
        fprintf(stderr, "engine: %s (%lu bytes)\n", memory.error, static_cast<unsigned long>(memory.bytes));
        return EXIT_USAGE;
    }
    if (allocLog && !arena::open_log(&memory, allocLog, &config)) {
        fprintf(stderr, "engine: cannot write %s\n", allocLog);
        arena::close(&memory);
        return EXIT_USAGE;
    }
    eng_create_error why = ENG_CREATE_OK;
    eng_heap *heap = eng_create_ex(&config, &why);
    if (!heap) {
        fprintf(stderr, "engine: cannot create the heap: %s\n", eng_create_error_text(why));
        arena::close(&memory);
        arena::close_log(&memory);
        return EXIT_USAGE;
    }
    int result = EXIT_OK;
    cli::install_module_loader(heap);
    if (!register_globals(heap, scriptArgs)) {
        fputs("engine: out of memory while setting up the globals\n", stderr);
        result = EXIT_USAGE;
    } else if (compile) {
        result = compile_images(heap, scriptArgs, output, imageFlags);
    } else if (!evals.empty()) {
        for (size_t k = 0; k < evals.size() && result == EXIT_OK; k++)
            result = run_source(heap, evals[k], "<eval>", checkOnly);
    } else if (script) {
        // `-`: the script is stdin (node's and QuickJS's convention).
        bool fromStdin = strcmp(script, "-") == 0;
        std::string source;
        if (fromStdin ? !read_stream(stdin, &source) : !read_file(script, &source)) {
            fprintf(stderr, "engine: cannot read %s\n", fromStdin ? "stdin" : script);
            result = EXIT_USAGE;
        } else if (module) {
            result = run_module(heap, source, script, checkOnly);
        } else {
            result = run_source(heap, source, fromStdin ? "<stdin>" : script, checkOnly);
        }
    } else if (interactive || cli::LineEditor::available()) {
        result = repl(heap);
    } else {
        // stdin is a pipe or a file and no script was named: it is the
        // script, as node does (use -i for a REPL on piped input).
        std::string source;
        if (!read_stream(stdin, &source)) {
            fputs("engine: cannot read stdin\n", stderr);
            result = EXIT_USAGE;
        } else {
            result = run_source(heap, source, "<stdin>", checkOnly);
        }
    }
    fflush(stdout);
    if (stats) print_stats(heap);
    eng_destroy(heap);
    if (stats) arena::print_stats(memory, stderr);
    if (!arena::close(&memory)) {
        fputs("engine: the allocator's arena is not whole after the heap was destroyed\n", stderr);
        if (result == EXIT_OK) result = EXIT_UNCAUGHT;
    }
    arena::close_log(&memory);
    return result;
}
