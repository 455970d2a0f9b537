/* The example's header compiles as C and describes a layout the pool
 * allocator accepts in exactly BOARD_POOL_BUFFER_BYTES on this target's
 * pointer size (the tuner wrote it for 32-bit targets: checked there). */
#include <stdio.h>

#include "corpus_pools.h"

int main(void) {
    size_t need = eng_pool_required_size(&board_pool_config);
    static unsigned char ram[BOARD_POOL_BUFFER_BYTES + 64] __attribute__((aligned(8)));
    if (need == 0 || !eng_pool_init(ram, need, &board_pool_config)) {
        printf("check_header: the configuration is refused\n");
        return 1;
    }
    if (sizeof(void *) == 4 && need != BOARD_POOL_BUFFER_BYTES) {
        printf("check_header: needs %u bytes, the header says %u\n", (unsigned)need, BOARD_POOL_BUFFER_BYTES);
        return 1;
    }
    printf("check_header: %u classes in %u bytes (the header: %u for 32-bit targets)\n",
           (unsigned)board_pool_config.class_count, (unsigned)need, BOARD_POOL_BUFFER_BYTES);
    return 0;
}
