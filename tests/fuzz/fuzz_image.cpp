// The bytecode image loader (vm/image_validate.cpp, vm/loader.cpp) on
// arbitrary bytes. The input's checksum is made to match first, so that
// the fuzzer reaches the structural checks instead of stopping at the
// CRC-32; the image is then validated and loaded in place (constants made,
// regular expression literals compiled) and the heap destroyed, which must
// give every block back. Images are loaded, not run: the validator guarantees bounds, not the types of
// register contents (docs/images.md). Seeds: images of the JS corpus
// (make_seeds.sh image).
#include "fuzz_heap.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include "bytecode/image.h"
#include "heap/heap.h"
#include "vm/image_validate.h"
#include "vm/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    // 4-byte aligned, as images must be in memory.
    std::vector<uint32_t> words(size / 4 + 1);
    uint8_t *bytes = reinterpret_cast<uint8_t *>(words.data());
    if (size) memcpy(bytes, data, size);
    if (size >= sizeof(eng::ImageHeader)) {
        uint32_t crc = eng::imageChecksum(bytes, size);
        memcpy(bytes + offsetof(eng::ImageHeader, checksum), &crc, 4);
    }
    fuzz::CheckedHeap checked;
    eng::Heap &h = *checked.get();
    eng::FunctionTemplate *script;
    if (eng::loadImageInPlace(h, bytes, size, &script) != eng::Status::Ok) {
        if (!h.hasPending) fuzz::fail("an image was refused without an error");
        h.hasPending = false;
        h.pending = eng::Value::undefined();
    }
    fuzz::checkHeapStillWorks(checked.get());
    return 0;
}
