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

// Where each atom's string is in romStrings, in bytes: the members follow
// one another without padding (each is a multiple of 8 bytes long;
// rom_strings.cpp checks). A constant atom's string is then a link-time
// constant address (one literal), and the table is half the size of a
// table of pointers.
struct RomAtomOffsets {
    uint16_t at[ATOM__COUNT];
};
constexpr RomAtomOffsets romAtomOffsetsOf() {
    constexpr uint32_t size[ATOM__COUNT] = {
#define ENG_ROM_STRING_SIZE(id, txt) sizeof(RomString<sizeof(txt)>),
        ENG_ATOMS(ENG_ROM_STRING_SIZE)
#undef ENG_ROM_STRING_SIZE
    };
    RomAtomOffsets offsets{};
    uint32_t at = 0;
    for (uint32_t a = 0; a < ATOM__COUNT; a++) {
        offsets.at[a] = static_cast<uint16_t>(at);
        at += size[a];
    }
    return offsets;
}
inline constexpr RomAtomOffsets romAtomOffsets = romAtomOffsetsOf();

// The string of atom a, in flash.
inline const HString *romAtom(Atom a) {
    return reinterpret_cast<const HString *>(reinterpret_cast<const char *>(&romStrings) + romAtomOffsets.at[a]);
}

// The atoms grouped by intern hash: bucket b (hash & (ROM_STRING_BUCKETS -
// 1)) holds the atoms atom[start[b]] .. atom[start[b + 1] - 1], two on
// average. Most strings looked up are no atom (every string made is looked
// up first): `present` has bit (hash & (ROM_STRING_FILTER_BITS - 1)) set
// only when some atom's hash has those low bits, so that seven in ten of
// them cost one bit test. 1,402 bytes instead of the 2,048 of an open
// addressing table at most half full (380 atoms), and no more probes.
constexpr uint32_t romStringBucketCount(uint32_t atoms) {
    uint32_t size = 16;
    while (size * 2 < atoms) size *= 2;
    return size;
}
constexpr uint32_t ROM_STRING_BUCKETS = romStringBucketCount(ATOM__COUNT);
constexpr uint32_t ROM_STRING_FILTER_BITS = ROM_STRING_BUCKETS * 4;
using RomAtomNumber = std::conditional_t<(ATOM__COUNT <= 256), uint8_t, uint16_t>;
using RomBucketStart = std::conditional_t<(ATOM__COUNT <= 255), uint8_t, uint16_t>;
struct RomStringIndex {
    uint32_t present[ROM_STRING_FILTER_BITS / 32];
    RomBucketStart start[ROM_STRING_BUCKETS + 1];
    RomAtomNumber atom[ATOM__COUNT];
};
extern const RomStringIndex romStringIndex;

// The key of a deleted slot of a hashed property table (objects/object.cpp):
// a read-only string interning never returns (it is not in the index), so
// no lookup matches it, it is no array index, and with no attribute bits
// set it is never enumerable.
extern const HString *const deletedPropertyKey;

}  // namespace eng

#endif
