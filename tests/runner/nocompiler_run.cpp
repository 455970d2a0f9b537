// nocompiler_run IMAGE: checks a library built without the compiler
// (ENG_COMPILER=OFF): the image of tests/images/nocompiler.js runs and gives
// the expected text (eval and Function throw), and eng_eval/eng_compile of
// source return the "compiler not included" error. Exit 0 when all holds.
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

namespace {

const char kNoCompiler[] = "compiler not included: this build runs bytecode images only (ENG_COMPILER=OFF)";

int failures = 0;

void expect(bool ok, const char *what, const std::string &got) {
    if (ok) return;
    printf("FAIL %s: got \"%s\"\n", what, got.c_str());
    failures++;
}

std::string topText(eng_heap *heap) {
    if (eng_is_object(heap, -1) && eng_get_prop_string(heap, -1, "message") == ENG_OK) {
        size_t n = 0;
        const char *s = eng_get_string(heap, -1, &n);
        std::string text = s ? std::string(s, n) : "<no message>";
        eng_pop(heap, 1);
        return text;
    }
    if (eng_to_string(heap, -1) != ENG_OK) return "<not convertible>";
    size_t n = 0;
    const char *s = eng_get_string(heap, -1, &n);
    return s ? std::string(s, n) : "<null>";
}

}  // namespace

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: nocompiler_run IMAGE\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        fprintf(stderr, "nocompiler_run: cannot read %s\n", argv[1]);
        return 2;
    }
    std::vector<uint32_t> words;
    uint32_t word = 0;
    size_t size = 0, n;
    while ((n = fread(&word, 1, 4, f)) > 0) {
        words.push_back(word);
        size += n;
        word = 0;
    }
    fclose(f);

    eng_heap *heap = eng_create(nullptr);
    eng_status status = eng_run_image(heap, words.data(), size);
    std::string text = topText(heap);
    expect(status == ENG_OK, "eng_run_image", text);
    const std::string expected = std::string("Error: ") + kNoCompiler + "\nError: " + kNoCompiler +
                                 "\nfib 610\nbbb {\"k\":[1,\"two\"]}\nat nocompiler.js:10:12";
    expect(text == expected, "the image's result", text);
    eng_set_top(heap, 0);

    static const char source[] = "1 + 1";
    status = eng_eval(heap, source, sizeof source - 1, "source.js");
    text = topText(heap);
    expect(status == ENG_ERROR && text == kNoCompiler, "eng_eval", text);
    eng_set_top(heap, 0);
    status = eng_compile(heap, source, sizeof source - 1, "source.js");
    text = topText(heap);
    expect(status == ENG_ERROR && text == kNoCompiler, "eng_compile", text);
    eng_set_top(heap, 0);
    eng_destroy(heap);
    if (failures == 0) puts("nocompiler_run: all checks passed");
    return failures ? 1 : 0;
}
