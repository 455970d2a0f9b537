/* The measured image: a heap over a static buffer (the library's TLSF), one evaluation, and the
 * heap destroyed; what any firmware embedding the engine needs at least. */
#include "engine.h"
#include "engine_alloc.h"

static unsigned char heap_buffer[64 * 1024] __attribute__((aligned(8)));

int main(void) {
    static const char source[] = "var x = 6; x * 7";
#if defined(ENG_USE_PTR16) && ENG_USE_PTR16
    /* 16-bit heap pointers: the buffer is the heap window (engine.h). */
    if (!eng_ptr16_set_window(heap_buffer, sizeof heap_buffer)) return 1;
#endif
    eng_allocator allocator = eng_tlsf_allocator(eng_tlsf_init(heap_buffer, sizeof heap_buffer));
    eng_config config = {0};
    config.allocator = &allocator;
    eng_heap *heap = eng_create(&config);
    if (!heap) return 1;
    eng_status status = eng_eval(heap, source, sizeof source - 1, "main.js");
    eng_destroy(heap);
    return status == ENG_OK ? 0 : 2;
}
