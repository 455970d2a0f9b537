// Interned strings (identifiers and string literals) of one compilation.
//
// Names are compared by atom id everywhere in the compiler; constants refer
// to atoms until the image is written.
#ifndef ENG_COMPILER_ATOMS_H
#define ENG_COMPILER_ATOMS_H

#include <stdint.h>

#include "compiler/compile_context.h"

namespace eng {

// Atoms interned at start-up, in this order.
enum WellKnownAtom : uint32_t { ATOM_ARGUMENTS = 0, ATOM_EVAL = 1, ATOM_EMPTY = 2, ATOM_YIELD = 3 };

constexpr uint32_t NO_ATOM = 0xffffffffu;

// An atom's text is stored one byte a code unit when every unit fits in
// Latin-1 (nearly always), two bytes a unit otherwise.
class AtomTable {
public:
    explicit AtomTable(Context *ctx);
    bool init();  // interns the well-known atoms
    // Returns the atom id, or NO_ATOM when out of memory.
    uint32_t intern(const uint16_t *units, uint32_t length);
    uint32_t internAscii(const char *text);
    // NO_ATOM (left by a failed intern) reads as the empty string.
    uint32_t length(uint32_t atom) const { return atom < atoms_.size() ? atoms_[atom].length : 0; }
    bool isLatin1(uint32_t atom) const { return atom >= atoms_.size() || atoms_[atom].latin1; }
    uint16_t unit(uint32_t atom, uint32_t k) const;
    // The text as length() Latin-1 bytes (isLatin1 only), or as length()
    // UTF-16 code units in host byte order.
    void copyLatin1(uint32_t atom, uint8_t *out) const;
    void copyUnits(uint32_t atom, uint8_t *out) const;
    bool equalsAscii(uint32_t atom, const char *text) const;
    // Once nothing more will be interned: frees the hash index and the
    // arrays' unused capacity.
    void finishInterning() {
        buckets_.reset();
        atoms_.shrinkToFit();
        pool_.shrinkToFit();
    }

private:
    struct Atom {
        uint32_t offset;  // in pool_, bytes
        uint32_t length : 31;
        uint32_t latin1 : 1;
        uint32_t hash;
    };
    bool growBuckets();
    Context *ctx_;
    Vec<Atom> atoms_;
    Vec<uint8_t> pool_;
    Vec<uint32_t> buckets_;  // atom id + 1, 0 = empty
};

}  // namespace eng

#endif
