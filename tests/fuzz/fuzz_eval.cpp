// Evaluates the input as a script, then checks that the heap still works.
// Runaway loops end with ENG_INTERRUPTED at the heap's instruction budget
// (fuzz_heap.h), and the second script then shows the heap survived it.
#include "fuzz_heap.h"

#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // An exact-size copy: ASan reports any read past the end of the source.
    std::unique_ptr<char[]> source(new char[size ? size : 1]);
    if (size) memcpy(source.get(), data, size);
    fuzz::CheckedHeap heap;
    eng_eval(heap.get(), source.get(), size, "fuzz.js");
    fuzz::checkHeapStillWorks(heap.get());
    return 0;
}
