// Uint8Array to and from base64 and hex (ES2026 23.3.2, 23.3.3): the
// method lists, here so that typedarray_builtins.cpp lays out Uint8Array's
// tables with them (the functions are in uint8array_base64.cpp).
#ifndef ENG_BUILTINS_UINT8ARRAY_BASE64_H
#define ENG_BUILTINS_UINT8ARRAY_BASE64_H

#include "config.h"

#if ENG_UINT8_BASE64

#include "builtins/flash_props.h"

#define UINT8_BASE64_STATIC_METHODS(M, X) M(X, fromBase64, uint8FromBase64, 1, 0) M(X, fromHex, uint8FromHex, 1, 0)
#define UINT8_BASE64_PROTO_METHODS(M, X)                                                             \
    M(X, toBase64, uint8ToBase64, 0, 0) M(X, toHex, uint8ToHex, 0, 0)                                \
    M(X, setFromBase64, uint8SetFromBase64, 1, 0) M(X, setFromHex, uint8SetFromHex, 1, 0)

namespace eng {
ENG_FLASH_METHOD_ENTRIES(UINT8_BASE64_STATIC, UINT8_BASE64_STATIC_METHODS)
ENG_FLASH_METHOD_ENTRIES(UINT8_BASE64_PROTO, UINT8_BASE64_PROTO_METHODS)
}  // namespace eng

#endif
#endif
