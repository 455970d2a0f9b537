// oom_inject - out-of-memory injection over one script of the JS corpus.
//
//   oom_inject [--max-points N] script.js expected.txt
//
// Runs the script once normally to count its allocations A, then once per
// failure point n (every n up to A when A <= N, else N points spread over
// [1, A]) in two modes:
//   persistent  allocation n and every later one fail: the script must end
//               (normally or with an error), never crash;
//   transient   only allocation n fails: the engine collects and retries, so
//               the output must be exactly the expected output.
// After each run, with failures off: the engine's statistics must equal the
// allocator's own count of live bytes and blocks, a second script must run
// correctly in the same heap, and after eng_destroy nothing may be left.
// Every free and realloc must pass the size the block was allocated with.
// Run under ASan/UBSan (the asan preset), which also catches any bad access.
//
// Exit status: 0 all points passed, 1 a failure (printed), 2 unreadable file.
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>
#include <unordered_map>

namespace {

// The allocator under test: counts, checks sizes, fails on demand.
struct Injector {
    std::unordered_map<void *, size_t> blocks;
    size_t liveBytes = 0;
    size_t requests = 0;     // alloc and growing realloc calls so far
    size_t failAt = 0;       // 0: never fail
    bool persistent = false;
    bool sizeError = false;
    std::string sizeMessage;

    bool shouldFail() {
        requests++;
        if (failAt == 0) return false;
        return persistent ? requests >= failAt : requests == failAt;
    }
    void checkSize(void *p, size_t size, const char *what) {
        auto it = blocks.find(p);
        if (it == blocks.end()) {
            sizeError = true;
            sizeMessage = std::string(what) + " of a block the allocator never gave";
        } else if (it->second != size) {
            sizeError = true;
            sizeMessage = std::string(what) + " with size " + std::to_string(size) + " of a block of " +
                          std::to_string(it->second);
        }
    }
};

void *injAlloc(void *user, size_t size) {
    Injector *in = static_cast<Injector *>(user);
    if (in->shouldFail()) return nullptr;
    void *p = malloc(size ? size : 1);
    if (!p) return nullptr;
    in->blocks[p] = size;
    in->liveBytes += size;
    return p;
}

void injFree(void *user, void *p, size_t size) {
    Injector *in = static_cast<Injector *>(user);
    if (!p) return;
    in->checkSize(p, size, "free");
    auto it = in->blocks.find(p);
    if (it != in->blocks.end()) {
        in->liveBytes -= it->second;
        in->blocks.erase(it);
    }
    free(p);
}

void *injRealloc(void *user, void *p, size_t oldSize, size_t size) {
    Injector *in = static_cast<Injector *>(user);
    if (!p) return injAlloc(user, size);
    in->checkSize(p, oldSize, "realloc");
    if (size > oldSize && in->shouldFail()) return nullptr;
    void *q = realloc(p, size ? size : 1);
    if (!q) return nullptr;
    auto it = in->blocks.find(p);
    if (it != in->blocks.end()) {
        in->liveBytes -= it->second;
        in->blocks.erase(it);
    }
    in->blocks[q] = size;
    in->liveBytes += size;
    return q;
}

std::string g_output;

void capture(void *, const char *utf8, size_t length) { g_output.append(utf8, length); }

bool readFile(const char *path, std::string *out) {
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) out->append(chunk, n);
    bool ok = !ferror(f);
    fclose(f);
    return ok;
}

std::string stripFinalNewline(std::string s) {
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

// Runs the script as the corpus runner does: print output, then
// "Uncaught <first line of the report>" for an uncaught error.
// A bytecode image (recognised by its magic) runs in place through
// eng_run_image, from 4-byte aligned words that outlive the heap.
void runScript(eng_heap *heap, const std::string &source, const char *name) {
    static std::vector<uint32_t> words;
    eng_status status;
    if (eng_is_image(source.data(), source.size())) {
        words.assign((source.size() + 3) / 4, 0);
        memcpy(words.data(), source.data(), source.size());
        status = eng_run_image(heap, words.data(), source.size());
    } else {
        status = eng_eval(heap, source.data(), source.size(), name);
    }
    if (status == ENG_OK) {
        eng_set_top(heap, 0);
        return;
    }
    g_output += "Uncaught ";
    if (eng_push_error_report(heap, -1) == ENG_OK) {
        const char *report = eng_get_string(heap, -1, nullptr);
        std::string text = report ? report : "(no report)";
        g_output += text.substr(0, text.find('\n'));
    } else {
        g_output += "(report failed)";
    }
    g_output += "\n";
    eng_set_top(heap, 0);
}

struct Outcome {
    bool ok = true;
    std::string problem;
    size_t requests = 0;
};

// One run: create the heap with failures off, arm the injector, run the
// script, disarm, check statistics, run a second script, destroy.
Outcome runOnce(const std::string &source, const char *name, size_t failAt, bool persistent,
                const std::string *expected) {
    Outcome r;
    Injector in;
    eng_allocator allocator = {injAlloc, injRealloc, injFree, &in};
    eng_config config;
    memset(&config, 0, sizeof config);
    config.allocator = &allocator;
    config.write = capture;
    eng_heap *heap = eng_create(&config);
    if (!heap) {
        r.ok = false;
        r.problem = "eng_create failed";
        return r;
    }
    g_output.clear();
    size_t base = in.requests;
    in.failAt = failAt ? base + failAt : 0;
    in.persistent = persistent;
    runScript(heap, source, name);
    r.requests = in.requests - base;
    in.failAt = 0;
    if (expected && stripFinalNewline(g_output) != stripFinalNewline(*expected)) {
        r.ok = false;
        r.problem = "output differs:\n" + g_output;
    }
    eng_gc(heap);
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);
    if (r.ok && (stats.bytes_in_use != in.liveBytes || stats.live_allocations != in.blocks.size())) {
        r.ok = false;
        r.problem = "statistics say " + std::to_string(stats.bytes_in_use) + " B in " +
                    std::to_string(stats.live_allocations) + " blocks, the allocator " +
                    std::to_string(in.liveBytes) + " B in " + std::to_string(in.blocks.size());
    }
    // The heap is still usable.
    static const char again[] = "var again = []; for (var i = 0; i < 50; i++) again.push({i: i}); again.length";
    if (eng_eval(heap, again, sizeof again - 1, "again.js") != ENG_OK || eng_get_number(heap, -1) != 50) {
        if (r.ok) {
            r.ok = false;
            r.problem = "the heap does not run a second script";
        }
    }
    eng_destroy(heap);
    if (r.ok && (!in.blocks.empty() || in.liveBytes != 0)) {
        r.ok = false;
        r.problem = std::to_string(in.blocks.size()) + " blocks left after eng_destroy";
    }
    if (in.sizeError && r.ok) {
        r.ok = false;
        r.problem = in.sizeMessage;
    }
    return r;
}

}  // namespace

int main(int argc, char **argv) {
    size_t maxPoints = 400;
    int arg = 1;
    if (arg + 1 < argc && strcmp(argv[arg], "--max-points") == 0) {
        maxPoints = strtoul(argv[arg + 1], nullptr, 10);
        arg += 2;
    }
    if (argc - arg != 2 || maxPoints == 0) {
        fprintf(stderr, "usage: oom_inject [--max-points N] script.js expected.txt\n");
        return 2;
    }
    std::string source, expected;
    if (!readFile(argv[arg], &source) || !readFile(argv[arg + 1], &expected)) {
        fprintf(stderr, "cannot read %s or %s\n", argv[arg], argv[arg + 1]);
        return 2;
    }
    const char *name = argv[arg];
    Outcome clean = runOnce(source, name, 0, false, &expected);
    if (!clean.ok) {
        fprintf(stderr, "%s without injected failures: %s\n", name, clean.problem.c_str());
        return 1;
    }
    size_t total = clean.requests;
    size_t points = total < maxPoints ? total : maxPoints;
    size_t failures = 0, runs = 0;
    for (size_t k = 1; k <= points; k++) {
        // Every point when there are few; else spread evenly, last included.
        size_t n = total <= maxPoints ? k : (k * total + points - 1) / points;
        for (int mode = 0; mode < 2; mode++) {
            bool persistent = mode == 0;
            Outcome o = runOnce(source, name, n, persistent, persistent ? nullptr : &expected);
            runs++;
            if (!o.ok) {
                fprintf(stderr, "%s: allocation %zu of %zu failing %s: %s\n", name, n, total,
                        persistent ? "persistently" : "once", o.problem.c_str());
                if (++failures >= 5) return 1;
            }
        }
    }
    printf("%s: %zu allocations, %zu failure points, %zu runs, %zu problems\n", name, total, points, runs, failures);
    return failures ? 1 : 0;
}
