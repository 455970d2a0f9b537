/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: event_emitter.log, serializer.log, matrix.log.
 * 12 classes, 15784 bytes of blocks; BOARD_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef BOARD_POOL_CONFIG_H
#define BOARD_POOL_CONFIG_H

#include "engine_alloc.h"

#define BOARD_POOL_BUFFER_BYTES 16207u

static const eng_pool_class board_pool_classes[] = {
    {8, 23},
    {24, 65},
    {32, 28},
    {64, 37},
    {136, 10},
    {168, 2},
    {264, 8},
    {384, 2},
    {520, 3},
    {1064, 1},
    {1144, 1},
    {2432, 1},
};

static const eng_pool_config board_pool_config = {board_pool_classes, 12, 1};

#endif
