// The method tables that property tables in flash name (flash_props.h):
// a lightfunc's descriptor holds an index here, so it means the same
// method in every heap.
#include "builtins/flash_props.h"

namespace eng {

const MethodSpec *const flashMethodTables[FLASH_METHODS__COUNT] = {
#define ENG_FLASH_METHODS_ADDRESS(X, specs) specs,
    ENG_FLASH_METHOD_TABLES(ENG_FLASH_METHODS_ADDRESS)
#undef ENG_FLASH_METHODS_ADDRESS
};

}  // namespace eng
