/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: event_emitter.log, serializer.log, matrix.log.
 * 10 classes, 16408 bytes of blocks; BOARD_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef BOARD_POOL_CONFIG_H
#define BOARD_POOL_CONFIG_H

#include "engine_alloc.h"

#define BOARD_POOL_BUFFER_BYTES 16767u

static const eng_pool_class board_pool_classes[] = {
    {24, 56},
    {32, 28},
    {64, 38},
    {128, 9},
    {192, 4},
    {256, 5},
    {512, 4},
    {1008, 3},
    {1032, 1},
    {2432, 1},
};

static const eng_pool_config board_pool_config = {board_pool_classes, 10, 1};

#endif
