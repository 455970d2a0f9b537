// A finished function, held until the image is written.
//
// As soon as a function is compiled, everything of it that the image needs
// is stored in one exact-size block and the growable arrays it was compiled
// in are freed, so that the finished functions of a script take little more
// than their share of the image:
//   uint32_t upvalAtoms[upvalCount]  names of the upvalues, which the parent
//     resolves into the record's upvalue descriptors in its pass 2,
//   uint32_t constWords[constWords]  the constants, compactly: an atom for a
//     string (its text is copied from the atom table when the image is
//     written), or kConstNumberMark and the 8 bytes of a number, or
//     kConstBigIntMark and the atom of a BigInt literal's text,
//   the function record exactly as bytecode/image.h lays it out (line table
//     packed, constTableAt still 0: it is known only once every record is).
// The record comes last so that once it is copied into the image a
// shrinking reallocation gives its bytes back (see writeImage).
#ifndef ENG_COMPILER_FUNCTION_RECORD_H
#define ENG_COMPILER_FUNCTION_RECORD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "bytecode/image.h"
#include "compiler/compile_context.h"

namespace eng {

// Not an atom: atoms are numbered from 0 and NO_ATOM is 0xffffffff.
constexpr uint32_t kConstNumberMark = 0xfffffffeu;
// A slot constant (CONST_SLOT): one word, no payload.
constexpr uint32_t kConstSlotMark = 0xfffffffdu;
// A BigInt constant (CONST_BIGINT): the mark, then the atom of its text.
constexpr uint32_t kConstBigIntMark = 0xfffffffcu;

struct FunctionRecord {
    uint8_t *bytes;       // nullptr until stored (or once written into the image)
    uint32_t upvalCount;
    uint32_t constWords;
    uint32_t recordSize;  // bytes of the image record (a multiple of 4); 0 once copied

    uint32_t recordAt() const { return 4 * (upvalCount + constWords); }
    FunctionHeader header() const {
        FunctionHeader h;
        memcpy(&h, bytes + recordAt(), sizeof h);
        return h;
    }
    uint32_t upvalAtom(uint32_t i) const {
        uint32_t v;
        memcpy(&v, bytes + 4 * i, 4);
        return v;
    }
    void setUpvalDesc(uint32_t i, uint32_t desc) {
        FunctionHeader h = header();
        memcpy(bytes + recordAt() + sizeof h + 4 * (h.codeCount + h.innerCount + i), &desc, 4);
    }
    const uint8_t *constants() const { return bytes + 4 * upvalCount; }
    size_t blockSize() const { return static_cast<size_t>(recordAt()) + recordSize; }

    void release(Context *ctx) {
        if (bytes) ctx->release(bytes, blockSize());
        bytes = nullptr;
    }
};

}  // namespace eng

#endif
