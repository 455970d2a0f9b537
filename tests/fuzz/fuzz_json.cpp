// JSON.parse of the input, JSON.stringify of the result, and a second
// parse/stringify round that must give the same text.
#include "fuzz_heap.h"

#include <cstdint>
#include <string>

namespace {

// The JSON object sits at stack index 0 for the whole run.
constexpr int kJson = 0;

// Calls JSON.<method>(value on top) and pushes the result; false (with
// the error or nothing pushed) when it throws or memory runs out.
bool callJson(eng_heap *heap, const char *method) {
    int top = eng_get_top(heap);
    if (eng_get_prop_string(heap, kJson, method) != ENG_OK || eng_dup(heap, kJson) != ENG_OK ||
        eng_dup(heap, top - 1) != ENG_OK) {
        eng_set_top(heap, top);
        return false;
    }
    return eng_pcall(heap, 1) == ENG_OK;
}

// The string on top (stringify may also give undefined).
bool topText(eng_heap *heap, std::string *out) {
    if (!eng_is_string(heap, -1)) return false;
    size_t length = 0;
    const char *text = eng_get_string(heap, -1, &length);
    out->assign(text, length);
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz::CheckedHeap checked;
    eng_heap *heap = checked.get();
    if (eng_get_global_string(heap, "JSON") != ENG_OK) fuzz::fail("no JSON");
    if (eng_push_lstring(heap, reinterpret_cast<const char *>(data), size) != ENG_OK) return 0;
    std::string first, second;
    // The memory limit or the C stack limit may stop any step: only texts
    // produced by completed steps are compared.
    if (callJson(heap, "parse") && callJson(heap, "stringify") && topText(heap, &first) &&
        callJson(heap, "parse") && callJson(heap, "stringify") && topText(heap, &second) &&
        first != second)
        fuzz::fail("JSON.stringify(JSON.parse(text)) is not stable");
    fuzz::checkHeapStillWorks(heap);
    return 0;
}
