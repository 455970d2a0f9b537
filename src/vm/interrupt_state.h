// The execution-control state a heap carries (vm/interrupt.h uses it).
// Apart from the heap so that heap.h can embed it without the functions.
#ifndef ENG_VM_INTERRUPT_STATE_H
#define ENG_VM_INTERRUPT_STATE_H

#include <atomic>
#include <stdint.h>
#include <string.h>

#include "../../include/engine.h"

namespace eng {

enum InterruptReason : uint8_t {
    INTERRUPT_NONE = 0,
    INTERRUPT_REQUESTED,  // eng_request_interrupt
    INTERRUPT_CALLBACK,   // the embedder's callback returned nonzero
    INTERRUPT_BUDGET,     // max_instructions used up
    INTERRUPT_TIME        // time_limit_ms passed
};

// A 64-bit value kept as two words: ARM aligns 64-bit members to 8 bytes
// and i386 to 4, and the heap must have one layout on every 32-bit target
// (the footprint check compares the heap's bytes on both).
class Word64 {
public:
    uint64_t get() const { return static_cast<uint64_t>(high_) << 32 | low_; }
    void set(uint64_t v) {
        high_ = static_cast<uint32_t>(v >> 32);
        low_ = static_cast<uint32_t>(v);
    }
    double getDouble() const {
        uint64_t bits = get();
        double d;
        memcpy(&d, &bits, sizeof d);
        return d;
    }
    void setDouble(double d) {
        uint64_t bits;
        memcpy(&bits, &d, sizeof bits);
        set(bits);
    }

private:
    uint32_t high_;
    uint32_t low_;
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
    uint32_t timeLimitMs;     // 0: no limit
    eng_interrupt_fn callback;
    void *callbackUser;
    Word64 maxInstructions;   // 0: no budget
    Word64 remaining;         // budget left in this outermost call
    Word64 deadline;          // a double: the clock value at which the run stops (with timeLimitMs)
};

}  // namespace eng

#endif
