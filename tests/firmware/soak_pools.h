/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: alloc-soak-m3.log.
 * 18 classes, 40344 bytes of blocks; SOAK_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef SOAK_POOL_CONFIG_H
#define SOAK_POOL_CONFIG_H

#include "engine_alloc.h"

#define SOAK_POOL_BUFFER_BYTES 40959u

static const eng_pool_class soak_pool_classes[] = {
    {8, 25},
    {16, 99},
    {24, 159},
    {32, 151},
    {48, 49},
    {56, 5},
    {64, 15},
    {88, 14},
    {96, 6},
    {120, 15},
    {176, 28},
    {192, 3},
    {256, 8},
    {384, 2},
    {512, 5},
    {1024, 5},
    {1536, 2},
    {3640, 1},
};

static const eng_pool_config soak_pool_config = {soak_pool_classes, 18, 1};

#endif
