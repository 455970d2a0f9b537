// BigInt values (ES2020 6.1.6.2): arbitrary-precision integers.
//
// A BigInt is an immutable heap allocation (HeapType::BigInt): its
// magnitude in 32-bit limbs, least significant first, with no leading zero
// limb (0n has none), and its sign in the header's extra field. A value
// below 2^32 takes one limb: 12 bytes on a 32-bit target. Two BigInts are
// the same value when their limbs are (strictEquals and sameValue compare
// them; nothing is interned).
//
// The arithmetic is schoolbook (multiplication O(n*m), Knuth's division,
// conversion to text by repeated division): small code, fine for the
// sizes a microcontroller holds.
#ifndef ENG_VALUE_BIGINT_H
#define ENG_VALUE_BIGINT_H

#include "config.h"

#include <stddef.h>

#include "bytecode/opcodes.h"
#include "heap/heap.h"

namespace eng {

struct HString;

struct HBigInt {
    GcHeader gc;  // extra: limb count (bits 0..14), BIGINT_NEGATIVE
    uint32_t limbs[1];
};

constexpr uint16_t BIGINT_NEGATIVE = 0x8000;
// 32,767 limbs (about a million bits); larger results are a RangeError.
constexpr uint32_t BIGINT_MAX_LIMBS = 0x7fff;

inline bool isBigInt(Value v) { return ENG_BIGINT && isHeapType(v, HeapType::BigInt); }
inline HBigInt *asBigInt(Value v) { return reinterpret_cast<HBigInt *>(v.asPointer()); }
inline uint32_t bigIntLimbCount(const HBigInt *b) { return b->gc.extra & BIGINT_MAX_LIMBS; }
inline bool bigIntNegative(const HBigInt *b) { return (b->gc.extra & BIGINT_NEGATIVE) != 0; }
inline bool bigIntIsZero(const HBigInt *b) { return bigIntLimbCount(b) == 0; }
// Block size of a BigInt of n limbs (room for a dead block's size word).
inline size_t bigIntAllocSize(uint32_t n) {
    size_t size = offsetof(HBigInt, limbs) + 4u * n;
    return size < sizeof(GcHeader) + sizeof(size_t) ? sizeof(GcHeader) + sizeof(size_t) : size;
}

Status bigIntFromInt64(Heap &h, int64_t v, Value *out);
Status bigIntFromUint64(Heap &h, uint64_t v, Value *out);
// NumberToBigInt (ES2024 21.2.1.1.1): RangeError unless d is an integer.
Status numberToBigInt(Heap &h, double d, Value *out);
// StringToBigInt: *out is undefined when s is not a StringIntegerLiteral.
Status stringToBigInt(Heap &h, const HString *s, Value *out);
// A literal's text from the compiler: decimal digits or 0x/0o/0b and
// digits, no separators and no `n`. False (nothing pending) if malformed.
Status bigIntFromLiteral(Heap &h, const uint8_t *text, uint32_t length, Value *out, bool *valid);
// ToBigInt (ES2024 7.1.13): booleans, strings and BigInts; TypeError else.
Status toBigInt(Heap &h, Value v, Value *out);

double bigIntToDouble(const HBigInt *b);
uint64_t bigIntToUint64(const HBigInt *b);  // modulo 2^64 (BigInt64 stores it as two's complement)
// The 64 bits of b as a BigInt64 (isSigned) or BigUint64 element; false
// when b is outside that element's range.
bool bigIntElementBits(const HBigInt *b, bool isSigned, uint64_t *bits);
HString *bigIntToString(Heap &h, const HBigInt *b, uint32_t radix);  // null with an error pending

bool bigIntEquals(const HBigInt *a, const HBigInt *b);
int bigIntCompare(const HBigInt *a, const HBigInt *b);  // -1, 0, 1
// a compared with a number: -1, 0, 1, or 2 when d is NaN.
int bigIntCompareNumber(const HBigInt *a, double d);
uint32_t bigIntHash(const HBigInt *b);

// ADD SUB MUL DIV MOD POW BAND BOR BXOR SHL SHR on two BigInts (USHR is a
// TypeError); RangeError for division by zero, a negative exponent or a
// result beyond BIGINT_MAX_LIMBS.
Status bigIntBinary(Heap &h, Opcode op, Value a, Value b, Value *out);
// NEG BNOT INC DEC.
Status bigIntUnary(Heap &h, Opcode op, Value a, Value *out);
// BigInt.asIntN / asUintN: a modulo 2^bits, signed or not.
Status bigIntAsN(Heap &h, Value a, double bits, bool isSigned, Value *out);

}  // namespace eng

#endif
