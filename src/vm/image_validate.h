// Validation of a bytecode image before anything of it is used: every
// offset, length, count, opcode, operand, jump target, line table and the
// nesting of functions (docs/images.md says what is and is not checked).
#ifndef ENG_VM_IMAGE_VALIDATE_H
#define ENG_VM_IMAGE_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

namespace eng {

struct ImageCheck {
    bool checksum = true;   // the header's CRC-32 must match (images from outside)
    bool topLevel = true;   // function 0 is a script that runs on its own: no
                            // upvalues, not eval code
};

// CRC-32 of an image with its checksum field read as 0.
uint32_t imageChecksum(const uint8_t *bytes, size_t size);

// True if bytes[0..size) is a valid image for this build; otherwise false
// and message receives why ("invalid image: jump target out of range at
// function 3 pc 17"). bytes must be 4-byte aligned. Reads nothing outside
// bytes[0..size).
bool validateImage(const uint8_t *bytes, size_t size, const ImageCheck &check, char *message, size_t messageSize);

}  // namespace eng

#endif
