/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: alloc-sorting.log.
 * 18 classes, 89032 bytes of blocks; SOAK_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef SOAK_POOL_CONFIG_H
#define SOAK_POOL_CONFIG_H

#include "engine_alloc.h"

#define SOAK_POOL_BUFFER_BYTES 89647u

static const eng_pool_class soak_pool_classes[] = {
    {16, 23},
    {32, 76},
    {40, 39},
    {48, 26},
    {56, 232},
    {64, 6},
    {80, 26},
    {144, 14},
    {160, 1},
    {328, 13},
    {744, 11},
    {768, 1},
    {1024, 2},
    {1680, 3},
    {1800, 1},
    {2048, 1},
    {3784, 5},
    {5680, 4},
};

static const eng_pool_config soak_pool_config = {soak_pool_classes, 18, 1};

#endif
