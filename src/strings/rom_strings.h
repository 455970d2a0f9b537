// Strings in flash: the atoms (heap/atoms.h) as const HStrings, and the
// index interning looks them up in before it makes a string in RAM, so a
// string with an atom's text is always the atom.
#ifndef ENG_STRINGS_ROM_STRINGS_H
#define ENG_STRINGS_ROM_STRINGS_H

#include <stddef.h>
#include <stdint.h>

#include <type_traits>

#include "heap/atoms.h"
#include "objects/object.h"

namespace eng {

// One string in flash: a heap HString's layout followed by its Latin-1
// text and a NUL (so the C API can hand the text out as UTF-8 in place).
template <size_t N>
struct alignas(8) RomString {
    HString s;
    char text[N];
};

// Every atom, by name: romStrings.push.s is the atom "push". A member's
// address is a link-time constant, so const tables elsewhere (property
// tables of built-ins in flash, builtins/flash_props.h) can point at the
// atoms and still be data the compiler lays out, with no code to run.
struct RomStringTable {
#define ENG_ROM_STRING_MEMBER(id, txt) RomString<sizeof(txt)> id;
    ENG_ATOMS(ENG_ROM_STRING_MEMBER)
#undef ENG_ROM_STRING_MEMBER
};
extern const RomStringTable romStrings;

// Open addressing on the intern hash, linear probing: a slot holds the
// atom's number + 1 (romAtoms), 0 when empty; at most half full. A byte a
// slot while the atoms are few.
constexpr uint32_t romStringIndexSize(uint32_t atoms) {
    uint32_t size = 16;
    while (size < atoms * 2) size *= 2;
    return size;
}
constexpr uint32_t ROM_STRING_INDEX_SIZE = romStringIndexSize(ATOM__COUNT);
using RomStringSlot = std::conditional_t<(ATOM__COUNT < 255), uint8_t, uint16_t>;
struct RomStringIndex {
    RomStringSlot slot[ROM_STRING_INDEX_SIZE];
};
extern const RomStringIndex romStringIndex;

// The key of a deleted slot of a hashed property table (objects/object.cpp):
// a read-only string interning never returns (it is not in the index), so
// no lookup matches it, it is no array index, and with no attribute bits
// set it is never enumerable.
extern const HString *const deletedPropertyKey;

}  // namespace eng

#endif
