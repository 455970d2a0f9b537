// The number constants of rom_numbers.h, computed by the compiler.
#include "value/rom_numbers.h"

#include <limits>

namespace eng {

#if ENG_VALUE_NAN_BOXED
constexpr double romNumberValues[ROM_NUMBER__COUNT] = {
#define ENG_ROM_NUMBER_VALUE(id, value) value,
    ENG_ROM_NUMBERS(ENG_ROM_NUMBER_VALUE)
#undef ENG_ROM_NUMBER_VALUE
};
#else
constexpr HeapNumber romNumbers[ROM_NUMBER__COUNT] = {
#define ENG_ROM_NUMBER_BOX(id, value) {{ENG_READ_ONLY_NEXT, HeapType::Number, ROM_GC_FLAGS, 0}, value},
    ENG_ROM_NUMBERS(ENG_ROM_NUMBER_BOX)
#undef ENG_ROM_NUMBER_BOX
};
#endif

}  // namespace eng
