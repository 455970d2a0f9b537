// Error.isError (ES2026 20.5.2.1): the list of Error's own methods, here so
// that error_builtins.cpp lays out Error's table with it (the function is
// in error_is_error.cpp).
#ifndef ENG_BUILTINS_ERROR_IS_ERROR_H
#define ENG_BUILTINS_ERROR_IS_ERROR_H

#include "config.h"

#if ENG_ERROR_IS_ERROR

#include "builtins/flash_props.h"

#define ERROR_STATIC_METHODS(M, X) M(X, isError, errorIsError, 1, 0)

namespace eng {
ENG_FLASH_METHOD_ENTRIES(ERROR_STATIC, ERROR_STATIC_METHODS)
}  // namespace eng

#endif
#endif
