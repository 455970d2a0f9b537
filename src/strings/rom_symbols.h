// The well-known symbols (ES2023 6.1.5.1): read-only symbols in flash,
// shared by every heap, so a fresh heap allocates nothing for them.
#ifndef ENG_STRINGS_ROM_SYMBOLS_H
#define ENG_STRINGS_ROM_SYMBOLS_H

#include "config.h"
#include "objects/object.h"

namespace eng {

// id, the property of Symbol (its description is "Symbol." + name).
#define ENG_WELL_KNOWN_SYMBOLS(X)                                                  \
    X(asyncIterator) X(hasInstance) X(isConcatSpreadable) X(iterator) X(match)     \
    X(matchAll) X(replace) X(search) X(species) X(split) X(toPrimitive)            \
    X(toStringTag) X(unscopables) ENG_WELL_KNOWN_SYMBOLS_RESOURCES(X)
#if ENG_RESOURCE_MANAGEMENT
#define ENG_WELL_KNOWN_SYMBOLS_RESOURCES(X) X(asyncDispose) X(dispose)
#else
#define ENG_WELL_KNOWN_SYMBOLS_RESOURCES(X)
#endif

enum WellKnownSymbol {
#define ENG_WKS_ENUM(id) WKS_##id,
    ENG_WELL_KNOWN_SYMBOLS(ENG_WKS_ENUM)
#undef ENG_WKS_ENUM
    WKS__COUNT
};

// Every well-known symbol by name (romSymbolTable.iterator.s is
// Symbol.iterator): laid out as a heap symbol, an HString of type Symbol,
// followed by its description. A member's address is a link-time constant,
// so property tables in flash can be keyed by them (builtins/flash_props.h).
template <size_t N>
struct alignas(8) RomSymbol {
    HString s;
    char text[N];
};
struct RomSymbolTable {
#define ENG_ROM_SYMBOL_MEMBER(id) RomSymbol<sizeof("Symbol." #id)> id;
    ENG_WELL_KNOWN_SYMBOLS(ENG_ROM_SYMBOL_MEMBER)
#undef ENG_ROM_SYMBOL_MEMBER
};
extern const RomSymbolTable romSymbolTable;

// A symbol's hash (what a property table's index files it under).
constexpr uint32_t romSymbolHash(const char *t) {
    uint32_t h = 2166136261u;  // HASH_SEED, hashStep of strings/string.h
    for (; *t; t++) h = (h ^ static_cast<uint8_t>(*t)) * 16777619u;
    return h;
}

extern const HString *const romSymbols[WKS__COUNT];
extern const char *const wellKnownSymbolNames[WKS__COUNT];  // "iterator", ...

inline HString *wellKnownSymbol(WellKnownSymbol s) { return const_cast<HString *>(romSymbols[s]); }

// The well-known symbol whose name follows "@@" in a MethodSpec name
// (builtins.h: "@@iterator" names the method keyed by Symbol.iterator), or
// null.
HString *symbolOfSpecName(const char *name);

}  // namespace eng

#endif
