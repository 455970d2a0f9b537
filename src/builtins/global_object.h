// The global object's functions, listed here because the global object's
// table in flash (builtins.cpp) names them and their own files
// (global_functions.cpp, eval_builtins.cpp) define them.
#ifndef ENG_BUILTINS_GLOBAL_OBJECT_H
#define ENG_BUILTINS_GLOBAL_OBJECT_H

#include "builtins/flash_props.h"

namespace eng {

#define GLOBAL_FUNCTION_METHODS(M, X)                                                                     \
    M(X, print, printFunction, 0, 0) M(X, isNaN, isNaNFunction, 1, 0) M(X, isFinite, isFiniteFunction, 1, 0) \
    M(X, parseInt, parseIntFunction, 2, 0) M(X, parseFloat, parseFloatFunction, 1, 0)                      \
    M(X, encodeURI, encodeFunction, 1, URI_FULL) M(X, encodeURIComponent, encodeFunction, 1, URI_COMPONENT) \
    M(X, decodeURI, decodeFunction, 1, URI_FULL) M(X, decodeURIComponent, decodeFunction, 1, URI_COMPONENT) \
    M(X, escape, escapeFunction, 1, 0) M(X, unescape, unescapeFunction, 1, 0)
ENG_FLASH_METHOD_ENTRIES(GLOBAL_FUNCTIONS, GLOBAL_FUNCTION_METHODS)

#define EVAL_METHODS(M, X) M(X, eval, globalEval, 1, 0)
ENG_FLASH_METHOD_ENTRIES(EVAL, EVAL_METHODS)

}  // namespace eng

#endif
