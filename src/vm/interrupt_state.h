// The execution-control state a heap carries (vm/interrupt.h uses it).
// Apart from the heap so that heap.h can embed it without the functions.
#ifndef ENG_VM_INTERRUPT_STATE_H
#define ENG_VM_INTERRUPT_STATE_H

#include <atomic>
#include <stdint.h>

#include "../../include/engine.h"

namespace eng {

enum InterruptReason : uint8_t {
    INTERRUPT_NONE = 0,
    INTERRUPT_REQUESTED,  // eng_request_interrupt
    INTERRUPT_CALLBACK,   // the embedder's callback returned nonzero
    INTERRUPT_BUDGET,     // max_instructions used up
    INTERRUPT_TIME        // time_limit_ms passed
};

struct InterruptState {
    // Weight left before the next slow check. Checkpoints subtract their
    // weight and take the slow path once it is negative.
    int32_t countdown;
    int32_t slice;            // the weight the countdown started from
    uint32_t interval;        // slice length between slow checks
    // Set by eng_request_interrupt from anywhere (ISR, signal, thread):
    // relaxed loads and stores only, which are plain word accesses on
    // every target (no read-modify-write, which Cortex-M0 lacks).
    std::atomic<int> requested;
    InterruptReason stopped;  // non-zero while an interrupted run unwinds
    uint32_t runCatchBase;    // catch stack height at the outermost API entry
    eng_interrupt_fn callback;
    void *callbackUser;
    uint64_t maxInstructions; // 0: no budget
    uint64_t remaining;       // budget left in this outermost call
    uint32_t timeLimitMs;     // 0: no limit
    double deadline;          // clock value at which the run stops (valid with timeLimitMs)
};

}  // namespace eng

#endif
