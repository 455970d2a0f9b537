// The C stack bound: the limit computed at API entry and the error thrown
// when a recursion point finds it crossed (vm/c_stack.h).
#include "vm/c_stack.h"

#include "vm/errors.h"

namespace eng {

uintptr_t cStackLimitFor(const Heap &h, uintptr_t base) {
    uintptr_t size = h.cStackSize ? h.cStackSize : C_STACK_DEFAULT_SIZE;
    uintptr_t bottom;
    if (h.cStackFixedLimit) bottom = h.cStackFixedLimit;
    else bottom = base > size ? base - size : 0;
    // Never 0 (that means "not entered"), and a stack smaller than the
    // margin throws at the first check rather than not at all.
    uintptr_t limit = bottom + C_STACK_MARGIN;
    return limit ? limit : 1;
}

Status throwCStackOverflow(Heap &h) {
    return throwError(h, PROTO_RANGE_ERROR, "Maximum call stack size exceeded");
}

}  // namespace eng
