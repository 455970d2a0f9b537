/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: event_emitter.log, serializer.log, matrix.log.
 * 13 classes, 19856 bytes of blocks; BOARD_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef BOARD_POOL_CONFIG_H
#define BOARD_POOL_CONFIG_H

#include "engine_alloc.h"

#define BOARD_POOL_BUFFER_BYTES 20311u

static const eng_pool_class board_pool_classes[] = {
    {8, 23},
    {24, 127},
    {32, 50},
    {40, 3},
    {48, 18},
    {96, 8},
    {128, 18},
    {192, 4},
    {256, 7},
    {384, 2},
    {512, 4},
    {776, 1},
    {2408, 2},
};

static const eng_pool_config board_pool_config = {board_pool_classes, 13, 1};

#endif
