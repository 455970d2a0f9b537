/* The measured image of the runtime without the compiler (ENG_COMPILER=OFF):
 * a heap over a static buffer, one bytecode image run in place from flash
 * (fp_app_image, written by footprint_measure --image-c), the heap
 * destroyed. */
#include "engine.h"
#include "engine_alloc.h"

extern const unsigned int fp_app_image[];
extern const unsigned long fp_app_image_size;

static unsigned char heap_buffer[64 * 1024] __attribute__((aligned(8)));

int main(void) {
    eng_allocator allocator = eng_tlsf_allocator(eng_tlsf_init(heap_buffer, sizeof heap_buffer));
    eng_config config = {0};
    config.allocator = &allocator;
    eng_heap *heap = eng_create(&config);
    if (!heap) return 1;
    eng_status status = eng_run_image(heap, fp_app_image, fp_app_image_size);
    eng_destroy(heap);
    return status == ENG_OK ? 0 : 2;
}
