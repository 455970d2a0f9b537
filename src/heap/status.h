// The one status type threaded through every fallible internal call.
// On Status::Error the thrown value is pending in the heap (Heap::pending).
#ifndef ENG_HEAP_STATUS_H
#define ENG_HEAP_STATUS_H

#include <stdint.h>

namespace eng {

enum class [[nodiscard]] Status : uint8_t { Ok = 0, Error = 1 };

#define ENG_TRY(expr)                                         \
    do {                                                      \
        if ((expr) != ::eng::Status::Ok) return ::eng::Status::Error; \
    } while (0)

}  // namespace eng

#endif
