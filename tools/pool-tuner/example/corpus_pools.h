/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: event_emitter.log, serializer.log, matrix.log.
 * 11 classes, 13976 bytes of blocks; BOARD_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef BOARD_POOL_CONFIG_H
#define BOARD_POOL_CONFIG_H

#include "engine_alloc.h"

#define BOARD_POOL_BUFFER_BYTES 14367u

static const eng_pool_class board_pool_classes[] = {
    {24, 69},
    {32, 9},
    {64, 16},
    {144, 8},
    {256, 7},
    {512, 4},
    {568, 2},
    {656, 1},
    {776, 1},
    {1016, 1},
    {2432, 1},
};

static const eng_pool_config board_pool_config = {board_pool_classes, 11, 1};

#endif
