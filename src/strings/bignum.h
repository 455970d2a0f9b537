// Unsigned integers of fixed capacity for exact decimal <-> binary
// conversion. Every double (and every midpoint between two) is f * 2^e
// with f < 2^54 and -1076 <= e <= 971; the conversions turn such values
// into fractions of integers below 2^1140, so 1280 bits are enough and the
// numbers live on the stack (164 bytes each).
#ifndef ENG_STRINGS_BIGNUM_H
#define ENG_STRINGS_BIGNUM_H

#include <stdint.h>

namespace eng {

class BigUint {
public:
    static constexpr int WORDS = 40;

    BigUint() : n_(0) {}
    explicit BigUint(uint64_t v) { set(v); }

    void set(uint64_t v);
    bool isZero() const { return n_ == 0; }

    void shiftLeft(int bits);
    void multiply(uint32_t factor);
    void multiplyPow5(int exponent);  // exponent >= 0
    void add(const BigUint &b);
    void subtract(const BigUint &b);  // requires *this >= b

    // Sign of (*this - b).
    int compare(const BigUint &b) const;
    // Sign of (*this + b - c), without a temporary.
    int compareSum(const BigUint &b, const BigUint &c) const;

    // Shifts *this and the others so that the top word of *this has one of
    // its four highest bits set, which makes quotient() exact to within one
    // estimate step. Returns the shift.
    int normalizeShift() const;

    // Replaces *this by *this mod d and returns *this / d, which must be
    // below 2^32. d must be normalized (normalizeShift() == 0).
    uint32_t quotient(const BigUint &d);

private:
    uint32_t w_[WORDS];
    int n_;  // words in use; w_[n_ - 1] != 0
    void trim();
};

}  // namespace eng

#endif
