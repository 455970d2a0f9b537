// Strings in flash: the atoms (heap/atoms.h) as const HStrings, and the
// index interning looks them up in before it makes a string in RAM, so a
// string with an atom's text is always the atom.
#ifndef ENG_STRINGS_ROM_STRINGS_H
#define ENG_STRINGS_ROM_STRINGS_H

#include <stdint.h>

#include "objects/object.h"

namespace eng {

// Open addressing on the intern hash, linear probing; empty slots are null.
constexpr uint32_t ROM_STRING_INDEX_SIZE = 256;
struct RomStringIndex {
    const HString *slot[ROM_STRING_INDEX_SIZE];
};
extern const RomStringIndex romStringIndex;

}  // namespace eng

#endif
