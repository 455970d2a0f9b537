// inspect.h - node-style formatting of values for the REPL and console.log,
// written against include/engine.h only.
#ifndef ENGINE_CLI_INSPECT_H
#define ENGINE_CLI_INSPECT_H

#include "engine.h"

#include <string>

namespace cli {

// Evaluates the small JS helper the printer needs (own keys, descriptors,
// tags: the public API has no way to list keys) once, and keeps it in a
// non-enumerable global whose name is not an identifier. False when the
// heap ran out of memory.
bool install_inspector(eng_heap *heap);

// Formats the value at index as node's util.inspect does with its defaults
// (depth 2, arrays cut at 100 items, lines broken at 80 columns). Strings
// are quoted unless quote_strings is false and the value itself is a
// string (console.log's arguments). Returns false with the error that the
// formatting threw left pending (a getter or toString may throw).
bool inspect(eng_heap *heap, int index, bool quote_strings, std::string *out);

} // namespace cli

#endif
