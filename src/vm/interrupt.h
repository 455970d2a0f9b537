// Execution control (docs/execution-control.md): checkpoints that let an
// embedder stop a runaway script.
//
// The interpreter's checkpoints are its backward jumps and its calls; native
// loops that may run long poll once per step. A checkpoint only subtracts
// its weight from a countdown in the heap; when the countdown is used up the
// slow check (interruptCheck) calls the callback, reads the request flag,
// charges the budget and reads the clock. Once a run is stopped it stays
// stopped until its outermost API call returns: the interpreter unwinds
// past every catch and finally handler, and any attempt to run JavaScript
// (a native function calling back) fails at once.
#ifndef ENG_VM_INTERRUPT_H
#define ENG_VM_INTERRUPT_H

#include "heap/heap.h"

namespace eng {

// The slow check is rare: marked cold so that the dispatch loop keeps its
// registers for the common path (measured: without it GCC spilled the pc).
#if defined(__GNUC__)
#define ENG_INTERRUPT_COLD __attribute__((cold, noinline))
#define ENG_INTERRUPT_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define ENG_INTERRUPT_COLD
#define ENG_INTERRUPT_UNLIKELY(x) (x)
#endif

// From eng_config at heap creation (config may be null).
void interruptInit(Heap &h, const eng_config *config);

// The slow check: Ok to go on, or Error with the interrupt's error pending
// (and the run marked stopped).
ENG_INTERRUPT_COLD Status interruptCheck(Heap &h);

// True while an interrupted run unwinds.
inline bool interrupted(const Heap &h) { return h.interrupt.stopped != INTERRUPT_NONE; }

// Status::Error with an error pending: the interrupt's own when native
// code dropped it. For callers that find the run stopped.
Status rethrowInterrupt(Heap &h);

// A checkpoint of weight w (>= 1): true when the slow check is due. The
// test is for a negative count, which x86 and ARM read from the flags of
// the subtraction itself (measured: `<= 0` cost two more instructions).
#define ENG_INTERRUPT_DUE(h, w) ENG_INTERRUPT_UNLIKELY(((h).interrupt.countdown -= static_cast<int32_t>(w)) < 0)

// Weights of native steps, in interpreter instructions of about the same
// time (host build, docs/execution-control.md): one loop instruction takes
// about 8 ns, a RegExp backtrack 44 ns, a join index 50 ns, a sort
// comparison 57 ns; a JSON value 370 ns (parse) to 600 ns (stringify).
constexpr int32_t NATIVE_STEP_WEIGHT = 8;
constexpr int32_t JSON_VALUE_WEIGHT = 64;

// One step of a native loop that may run long: Error when the script must
// stop (the caller frees what it holds and returns the error).
inline Status interruptPoll(Heap &h, int32_t weight = NATIVE_STEP_WEIGHT) {
    if (!ENG_INTERRUPT_UNLIKELY((h.interrupt.countdown -= weight) < 0)) return Status::Ok;
    return interruptCheck(h);
}

// Elements of a typed array read, written or compared per weight unit.
constexpr double ELEMENTS_PER_WEIGHT = 4;

// Native work on n elements or string units done in one go (a typed
// array's fill, a string search): charged, and checked at the next
// checkpoint (chargeBulkWork in vm/interrupt_state.h).
inline void chargeElements(Heap &h, double n) {
    if (n > 0) chargeBulkWork(h.interrupt, static_cast<size_t>(n / ELEMENTS_PER_WEIGHT));
}
inline void chargeStringUnits(Heap &h, size_t n) { chargeBulkWork(h.interrupt, n / STRING_UNITS_PER_WEIGHT); }

// Start and end of an outermost API call: the budget and the deadline start
// afresh, and the stopped state is cleared when the call returns.
void interruptRunBegin(Heap &h);
void interruptRunEnd(Heap &h);

// eng_set_interrupt / eng_set_limits: store, and restart the count when a
// run is in progress.
void interruptSetCallback(Heap &h, eng_interrupt_fn fn, void *user, uint32_t interval);
void interruptSetLimits(Heap &h, uint64_t maxInstructions, uint32_t timeLimitMs);

// Put at the top of every API function that can run JavaScript, before the
// C stack entry (vm/c_stack.h): the outermost call is the one that finds no
// C stack limit set yet.
class InterruptRun {
public:
    explicit InterruptRun(Heap &h) : h_(h), outer_(h.cStackLimit == 0) {
        if (outer_) interruptRunBegin(h);
    }
    ~InterruptRun() {
        if (outer_) interruptRunEnd(h_);
    }
    InterruptRun(const InterruptRun &) = delete;
    InterruptRun &operator=(const InterruptRun &) = delete;

private:
    Heap &h_;
    bool outer_;
};

}  // namespace eng

#endif
