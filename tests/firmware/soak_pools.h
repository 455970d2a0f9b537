/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: alloc-soak-m3.log.
 * 15 classes, 40440 bytes of blocks; SOAK_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef SOAK_POOL_CONFIG_H
#define SOAK_POOL_CONFIG_H

#include "engine_alloc.h"

#define SOAK_POOL_BUFFER_BYTES 40959u

static const eng_pool_class soak_pool_classes[] = {
    {8, 26},
    {16, 66},
    {24, 103},
    {32, 100},
    {48, 39},
    {56, 5},
    {72, 22},
    {88, 24},
    {200, 65},
    {264, 7},
    {384, 2},
    {520, 4},
    {1032, 5},
    {1144, 1},
    {3656, 1},
};

static const eng_pool_config soak_pool_config = {soak_pool_classes, 15, 1};

#endif
