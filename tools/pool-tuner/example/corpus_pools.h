/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: event_emitter.log, serializer.log, matrix.log.
 * 12 classes, 13984 bytes of blocks; BOARD_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef BOARD_POOL_CONFIG_H
#define BOARD_POOL_CONFIG_H

#include "engine_alloc.h"

#define BOARD_POOL_BUFFER_BYTES 14407u

static const eng_pool_class board_pool_classes[] = {
    {24, 54},
    {32, 24},
    {40, 5},
    {64, 11},
    {144, 8},
    {256, 7},
    {512, 4},
    {576, 2},
    {648, 1},
    {776, 1},
    {1016, 1},
    {2432, 1},
};

static const eng_pool_config board_pool_config = {board_pool_classes, 12, 1};

#endif
