// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) of bytecode
// images. Four bits at a time through a 16-entry table: 64 bytes of flash
// instead of the 1 kB of the byte-wise table; images are checked once, when
// they are loaded.
#ifndef ENG_BYTECODE_CRC32_H
#define ENG_BYTECODE_CRC32_H

#include <stddef.h>
#include <stdint.h>

namespace eng {

// Continues a CRC: start with crc = 0; crc32Update(crc32Update(0, a), b) is
// the CRC of a followed by b.
uint32_t crc32Update(uint32_t crc, const uint8_t *bytes, size_t length);

}  // namespace eng

#endif
