// Human-readable listing of a bytecode image (for tests and debugging).
#ifndef ENG_BYTECODE_DISASM_H
#define ENG_BYTECODE_DISASM_H

#include <stddef.h>
#include <stdint.h>

namespace eng {

// Calls `out` once per line (without newline). Malformed images are reported
// with an "error:" line instead of being read out of bounds.
void disassemble(const uint8_t *image, size_t size, void (*out)(void *user, const char *line), void *user);

}  // namespace eng

#endif
