// Execution control: the slow check behind the interpreter's and the native
// loops' countdown, and the per-run budget and deadline (vm/interrupt.h).
#include "vm/interrupt.h"

#include "builtins/date_math.h"
#include "vm/errors.h"

namespace eng {

namespace {

// Keeps countdown arithmetic far from int32 overflow whatever the weights.
constexpr uint32_t MAX_INTERVAL = 0x40000000u;

uint32_t intervalOrDefault(uint32_t interval) {
    if (interval == 0) return ENG_DEFAULT_INTERRUPT_INTERVAL;
    return interval > MAX_INTERVAL ? MAX_INTERVAL : interval;
}

// The next slice: the interval, or less when the budget has less left (so
// that the check runs exactly when it is used up).
void startSlice(InterruptState &s) {
    uint64_t slice = s.interval;
    if (s.maxInstructions.get() && s.remaining.get() < slice) slice = s.remaining.get();
    s.slice = static_cast<int32_t>(slice);
    s.countdown = s.slice;
}

void restartCounts(Heap &h) {
    InterruptState &s = h.interrupt;
    s.remaining.set(s.maxInstructions.get());
    if (s.timeLimitMs) s.deadline.setDouble(currentTimeMs(h) + s.timeLimitMs);
    startSlice(s);
}

const char *reasonText(InterruptReason why) {
    switch (why) {
    case INTERRUPT_REQUESTED: return "interrupt requested";
    case INTERRUPT_CALLBACK: return "stopped by the interrupt callback";
    case INTERRUPT_BUDGET: return "instruction budget exhausted";
    case INTERRUPT_TIME: return "time limit exceeded";
    default: return "stopped";
    }
}

Status stop(Heap &h, InterruptReason why) {
    InterruptState &s = h.interrupt;
    s.stopped = why;
    s.countdown = 0;  // every later checkpoint comes back here at once
    // No handler of the run may catch the error or run: forgetting them
    // lets the interpreter unwind every frame to the outermost call
    // without a test of its own on the throw path.
    if (h.catchCount > s.runCatchBase) h.catchCount = s.runCatchBase;
    return throwError(h, PROTO_ERROR, "interrupted: %s", reasonText(why));
}

}  // namespace

void interruptInit(Heap &h, const eng_config *config) {
    InterruptState &s = h.interrupt;
    s.requested.store(0, std::memory_order_relaxed);
    s.stopped = INTERRUPT_NONE;
    s.callback = config ? config->interrupt : nullptr;
    s.callbackUser = config ? config->interrupt_user : nullptr;
    s.interval = intervalOrDefault(config ? config->interrupt_interval : 0);
    s.maxInstructions.set(config ? config->max_instructions : 0);
    s.timeLimitMs = config ? config->time_limit_ms : 0;
    s.remaining.set(s.maxInstructions.get());
    s.deadline.setDouble(0);
    startSlice(s);
}

Status interruptCheck(Heap &h) {
    InterruptState &s = h.interrupt;
    if (s.stopped) {
        s.countdown = 0;
        return rethrowInterrupt(h);
    }
    if (s.maxInstructions.get()) {
        // What the slice used: its length plus the overshoot of the last
        // checkpoint's weight.
        uint64_t used = static_cast<uint64_t>(static_cast<int64_t>(s.slice) - s.countdown);
        uint64_t remaining = s.remaining.get();
        if (used >= remaining) {
            s.remaining.set(0);
            return stop(h, INTERRUPT_BUDGET);
        }
        s.remaining.set(remaining - used);
    }
    if (s.requested.load(std::memory_order_relaxed)) {
        s.requested.store(0, std::memory_order_relaxed);
        return stop(h, INTERRUPT_REQUESTED);
    }
    if (s.callback && s.callback(s.callbackUser)) return stop(h, INTERRUPT_CALLBACK);
    // A clock that cannot tell the time (NaN) never stops the run.
    if (s.timeLimitMs && currentTimeMs(h) >= s.deadline.getDouble()) return stop(h, INTERRUPT_TIME);
    startSlice(s);
    return Status::Ok;
}

Status rethrowInterrupt(Heap &h) {
    if (h.hasPending) return Status::Error;
    return throwError(h, PROTO_ERROR, "interrupted: %s", reasonText(h.interrupt.stopped));
}

void interruptRunBegin(Heap &h) {
    h.interrupt.stopped = INTERRUPT_NONE;
    h.interrupt.runCatchBase = h.catchCount;
    restartCounts(h);
}

void interruptRunEnd(Heap &h) {
    h.interrupt.stopped = INTERRUPT_NONE;
    startSlice(h.interrupt);
}

void interruptSetCallback(Heap &h, eng_interrupt_fn fn, void *user, uint32_t interval) {
    InterruptState &s = h.interrupt;
    s.callback = fn;
    s.callbackUser = user;
    s.interval = intervalOrDefault(interval);
    if (!s.stopped) startSlice(s);
}

void interruptSetLimits(Heap &h, uint64_t maxInstructions, uint32_t timeLimitMs) {
    InterruptState &s = h.interrupt;
    s.maxInstructions.set(maxInstructions);
    s.timeLimitMs = timeLimitMs;
    if (!s.stopped) restartCounts(h);
}

}  // namespace eng
