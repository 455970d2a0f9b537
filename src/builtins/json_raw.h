// JSON.rawJSON and JSON.isRawJSON (ES2026 JSON.parse source text access):
// declared for json_builtins.cpp's list of JSON's methods and its
// stringify (the functions are in json_raw.cpp).
#ifndef ENG_BUILTINS_JSON_RAW_H
#define ENG_BUILTINS_JSON_RAW_H

#include "config.h"

#if ENG_JSON_RAW

#include "strings/builder.h"
#include "vm/call.h"

namespace eng {
Status jsonRawJSON(NativeCall &c);
Status jsonIsRawJSON(NativeCall &c);
// SerializeJSONProperty of a raw JSON object: its rawJSON text as it is.
Status appendRawJSON(Heap &h, StringBuilder &out, Value raw);
}  // namespace eng

#define JSON_METHODS_RAW(M, X) M(X, rawJSON, jsonRawJSON, 1, 0) M(X, isRawJSON, jsonIsRawJSON, 1, 0)
#else
#define JSON_METHODS_RAW(M, X)
#endif
#endif
