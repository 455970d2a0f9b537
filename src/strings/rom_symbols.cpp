// The well-known symbols as const data, laid out as a heap symbol (an
// HString of type Symbol) followed by its description.
#include "strings/rom_symbols.h"

#include <string.h>

#include "strings/string.h"

namespace eng {

static_assert(romSymbolHash("ab") == hashStep(hashStep(HASH_SEED, 'a'), 'b'), "romSymbolHash must be the strings' hash");

// Never an array index (STR_INDEX_CHECKED without STR_IS_INDEX).
constexpr RomSymbolTable romSymbolTable = {
#define ENG_ROM_SYMBOL(id)                                                                    \
    {{{ENG_READ_ONLY_NEXT, HeapType::Symbol, ROM_GC_FLAGS, STR_8BIT | STR_INDEX_CHECKED},     \
      ENG_STRING_HASH_LENGTH(romSymbolHash("Symbol." #id), sizeof("Symbol." #id) - 1)},       \
     "Symbol." #id},
    ENG_WELL_KNOWN_SYMBOLS(ENG_ROM_SYMBOL)
#undef ENG_ROM_SYMBOL
};

const HString *const romSymbols[WKS__COUNT] = {
#define ENG_ROM_SYMBOL_ADDRESS(id) &romSymbolTable.id.s,
    ENG_WELL_KNOWN_SYMBOLS(ENG_ROM_SYMBOL_ADDRESS)
#undef ENG_ROM_SYMBOL_ADDRESS
};

const char *const wellKnownSymbolNames[WKS__COUNT] = {
#define ENG_ROM_SYMBOL_NAME(id) #id,
    ENG_WELL_KNOWN_SYMBOLS(ENG_ROM_SYMBOL_NAME)
#undef ENG_ROM_SYMBOL_NAME
};

HString *symbolOfSpecName(const char *name) {
    if (name[0] != '@' || name[1] != '@') return nullptr;
    for (uint32_t i = 0; i < WKS__COUNT; i++)
        if (strcmp(name + 2, wellKnownSymbolNames[i]) == 0) return wellKnownSymbol(static_cast<WellKnownSymbol>(i));
    return nullptr;
}

}  // namespace eng
