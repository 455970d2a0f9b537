// Strings in flash: the atoms (heap/atoms.h) as const HStrings, and the
// index interning looks them up in before it makes a string in RAM, so a
// string with an atom's text is always the atom.
#ifndef ENG_STRINGS_ROM_STRINGS_H
#define ENG_STRINGS_ROM_STRINGS_H

#include <stdint.h>

#include "objects/object.h"

namespace eng {

// Open addressing on the intern hash, linear probing: a slot holds the
// atom's number + 1 (romAtoms), 0 when empty. One byte a slot keeps the
// index a quarter of a pointer table's flash.
constexpr uint32_t ROM_STRING_INDEX_SIZE = 256;
struct RomStringIndex {
    uint8_t slot[ROM_STRING_INDEX_SIZE];
};
extern const RomStringIndex romStringIndex;

// The key of a deleted slot of a hashed property table (objects/object.cpp):
// a read-only string interning never returns (it is not in the index), so
// no lookup matches it, it is no array index, and with no attribute bits
// set it is never enumerable.
extern const HString *const deletedPropertyKey;

}  // namespace eng

#endif
