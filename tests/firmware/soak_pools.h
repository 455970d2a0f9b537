/* Pool configuration for eng_pool_init (include/engine_alloc.h), written
 * by tools/pool-tuner/pool_tuner.py from: alloc-soak-m3.log.
 * 15 classes, 40432 bytes of blocks; SOAK_POOL_BUFFER_BYTES is what eng_pool_init
 * needs on a 32-bit target (control data and alignment included). */
#ifndef SOAK_POOL_CONFIG_H
#define SOAK_POOL_CONFIG_H

#include "engine_alloc.h"

#define SOAK_POOL_BUFFER_BYTES 40951u

static const eng_pool_class soak_pool_classes[] = {
    {16, 80},
    {24, 117},
    {32, 111},
    {48, 32},
    {72, 25},
    {104, 54},
    {120, 27},
    {128, 10},
    {136, 6},
    {168, 12},
    {256, 7},
    {600, 6},
    {648, 2},
    {1024, 6},
    {3656, 1},
};

static const eng_pool_config soak_pool_config = {soak_pool_classes, 15, 1};

#endif
