// The atoms as strings in flash (RomStringTable), and the index interning
// searches. Everything here is computed by the compiler: no code runs to
// set it up.
#include "strings/rom_strings.h"

#include "heap/atoms.h"
#include "strings/string.h"

namespace eng {

namespace {

constexpr uint32_t romHash(const char *t) {
    uint32_t h = HASH_SEED;
    for (; *t; t++) h = hashStep(h, static_cast<uint8_t>(*t));
    return h;
}

constexpr bool isAscii(const char *t) {
    for (; *t; t++)
        if (static_cast<uint8_t>(*t) >= 0x80) return false;
    return true;
}

// The same rule as stringArrayIndex: "0".."4294967294", no leading zero.
constexpr bool isArrayIndex(const char *t, uint32_t n) {
    if (n == 0 || n > 10 || (t[0] == '0' && n > 1)) return false;
    uint64_t v = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (t[i] < '0' || t[i] > '9') return false;
        v = v * 10 + static_cast<uint64_t>(t[i] - '0');
    }
    return v < 0xffffffffull;
}

constexpr uint16_t romStringFlags(const char *t, uint32_t n) {
    return static_cast<uint16_t>(STR_8BIT | STR_INDEX_CHECKED | (isArrayIndex(t, n) ? STR_IS_INDEX : 0));
}

template <size_t N>
constexpr RomString<N> romString(const char (&txt)[N]) {
    RomString<N> r = {{{ENG_READ_ONLY_NEXT, HeapType::String, ROM_GC_FLAGS, romStringFlags(txt, N - 1)},
                       ENG_STRING_HASH_LENGTH(romHash(txt), N - 1)},
                      {}};
    for (size_t i = 0; i < N; i++) r.text[i] = txt[i];
    return r;
}

#define ENG_ROM_ATOM_CHECK(id, txt) static_assert(isAscii(txt), "atoms are ASCII: their text is their UTF-8");
ENG_ATOMS(ENG_ROM_ATOM_CHECK)
#undef ENG_ROM_ATOM_CHECK

}  // namespace

constexpr RomStringTable romStrings = {
#define ENG_ROM_ATOM_STRING(id, txt) romString(txt),
    ENG_ATOMS(ENG_ROM_ATOM_STRING)
#undef ENG_ROM_ATOM_STRING
};

// romAtomOffsets is right when the members are back to back: their sizes
// add up to the table's (each is a multiple of its alignment, 8).
constexpr uint32_t romStringsMemberBytes() {
    uint32_t bytes = 0;
#define ENG_ROM_STRING_BYTES(id, txt) bytes += sizeof(RomString<sizeof(txt)>);
    ENG_ATOMS(ENG_ROM_STRING_BYTES)
#undef ENG_ROM_STRING_BYTES
    return bytes;
}
static_assert(romStringsMemberBytes() == sizeof(RomStringTable), "romStrings has padding: romAtomOffsets is wrong");
static_assert(sizeof(RomStringTable) <= 0xffff, "romAtomOffsets holds 16-bit offsets");

namespace {

// The atoms' addresses, for the index computed below (nothing reads this
// table at run time: romAtom gives them).
constexpr const HString *romAtoms[ATOM__COUNT] = {
#define ENG_ROM_ATOM_ADDRESS(id, txt) &romStrings.id.s,
    ENG_ATOMS(ENG_ROM_ATOM_ADDRESS)
#undef ENG_ROM_ATOM_ADDRESS
};

// The filter, and a counting sort of the atoms by bucket.
constexpr RomStringIndex buildIndex() {
    RomStringIndex index{};
    uint32_t count[ROM_STRING_BUCKETS] = {};
    for (uint32_t a = 0; a < ATOM__COUNT; a++) {
        uint32_t hash = romAtoms[a]->hash;
        count[hash & (ROM_STRING_BUCKETS - 1)]++;
        uint32_t bit = hash & (ROM_STRING_FILTER_BITS - 1);
        index.present[bit / 32] |= 1u << (bit % 32);
    }
    uint32_t at = 0;
    for (uint32_t b = 0; b < ROM_STRING_BUCKETS; b++) {
        index.start[b] = static_cast<RomBucketStart>(at);
        at += count[b];
        count[b] = index.start[b];
    }
    index.start[ROM_STRING_BUCKETS] = static_cast<RomBucketStart>(at);
    for (uint32_t a = 0; a < ATOM__COUNT; a++)
        index.atom[count[romAtoms[a]->hash & (ROM_STRING_BUCKETS - 1)]++] = static_cast<RomAtomNumber>(a);
    return index;
}

}  // namespace

constexpr RomStringIndex romStringIndex = buildIndex();

namespace {
constexpr RomString<10> romDeletedKey = romString("(deleted)");
}  // namespace
constexpr const HString *deletedPropertyKey = &romDeletedKey.s;

}  // namespace eng
