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

// Work done in bulk by native code (copying bytes into a new block,
// moving or scanning a run of elements) charged to the countdown without a
// check: the next checkpoint finds the slow check due and the budget pays
// for it. Without it a loop of a few instructions that each allocate,
// copy or scan O(n) (`s = 'x' + s`, `a.unshift(x)`, `a.indexOf(y)`) ran
// O(n^2) under one instruction budget. The floor keeps the countdown
// arithmetic of the slow check far from int32 overflow.
inline void chargeBulkWork(InterruptState &s, size_t weight) {
    constexpr int32_t FLOOR = -0x40000000;
    int32_t w = weight > 0x20000000u ? 0x20000000 : static_cast<int32_t>(weight);
    s.countdown = s.countdown > FLOOR + w ? s.countdown - w : FLOOR;
}

// What an allocation charges: a block of n bytes weighs
// ALLOC_WEIGHT + n / ALLOC_BYTES_PER_WEIGHT (the allocator's own work,
// then filling or copying the block: on the host 256 bytes copy in about
// an interpreter instruction's time, fewer on a microcontroller); a
// collection weighs the bytes it walks divided by GC_BYTES_PER_WEIGHT
// (docs/execution-control.md).
constexpr size_t ALLOC_WEIGHT = 2;
constexpr size_t ALLOC_BYTES_PER_WEIGHT = 256;
constexpr size_t GC_BYTES_PER_WEIGHT = 16;
// String units hashed, compared or scanned per weight unit.
constexpr size_t STRING_UNITS_PER_WEIGHT = 8;

}  // namespace eng

#endif
