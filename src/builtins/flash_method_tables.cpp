// The method tables that property tables in flash name (flash_props.h):
// a lightfunc's descriptor holds an index here, so it means the same
// method in every heap.
#include "builtins/flash_props.h"

namespace eng {

const MethodSpec *const flashMethodTables[FLASH_METHODS__COUNT] = {
    mathMethods,  // FLASH_METHODS_MATH
    jsonMethods,  // FLASH_METHODS_JSON
};

}  // namespace eng
