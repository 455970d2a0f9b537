// The input is pattern NUL flags NUL subject: new RegExp(pattern, flags),
// then exec, replace and split on the subject.
#include "fuzz_heap.h"

#include <cstdint>
#include <cstring>

namespace {

// Calls subject.<method>(regexp, extra...) or regexp.exec(subject); errors
// (a thrown SyntaxError, the memory limit) are expected and dropped.
void callMethod(eng_heap *heap, int target, const char *method, int firstArg, int nargs) {
    int top = eng_get_top(heap);
    if (eng_get_prop_string(heap, target, method) == ENG_OK && eng_dup(heap, target) == ENG_OK) {
        bool pushed = true;
        for (int i = 0; i < nargs && pushed; i++) pushed = eng_dup(heap, firstArg + i) == ENG_OK;
        if (pushed) eng_pcall(heap, nargs);
    }
    eng_set_top(heap, top);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *text = reinterpret_cast<const char *>(data);
    const char *end = text + size;
    const char *nul1 = static_cast<const char *>(memchr(text, 0, size));
    if (!nul1) return 0;
    const char *flags = nul1 + 1;
    const char *nul2 = static_cast<const char *>(memchr(flags, 0, end - flags));
    if (!nul2) return 0;
    const char *subject = nul2 + 1;

    fuzz::CheckedHeap checked;
    eng_heap *heap = checked.get();
    // Stack: 0 subject, 1 regexp, 2 replacement, 3 limit.
    if (eng_push_lstring(heap, subject, end - subject) != ENG_OK) return 0;
    bool built = eng_get_global_string(heap, "RegExp") == ENG_OK &&
                 eng_push_lstring(heap, text, nul1 - text) == ENG_OK &&
                 eng_push_lstring(heap, flags, nul2 - flags) == ENG_OK;
    if (built) {
        // A bad pattern or flags: eng_new pushes the SyntaxError and the
        // run ends here.
        if (eng_new(heap, 2) == ENG_OK && eng_push_string(heap, "<$&|$1|$`>") == ENG_OK &&
            eng_push_number(heap, 5) == ENG_OK) {
            callMethod(heap, 1, "exec", 0, 1);
            callMethod(heap, 1, "exec", 0, 1);  // again: lastIndex moved with g or y
            callMethod(heap, 0, "replace", 1, 2);
            callMethod(heap, 0, "split", 1, 1);
            callMethod(heap, 0, "split", 1, 1);
            callMethod(heap, 0, "match", 1, 1);
        }
    }
    fuzz::checkHeapStillWorks(heap);
    return 0;
}
