// Fixed-capacity unsigned big integers: only the operations the number
// conversions need, in 32-bit words so that Cortex-M needs no 64-bit divide
// except the one quotient estimate per digit.
#include "strings/bignum.h"

namespace eng {

void BigUint::trim() {
    while (n_ > 0 && w_[n_ - 1] == 0) n_--;
}

void BigUint::set(uint64_t v) {
    w_[0] = static_cast<uint32_t>(v);
    w_[1] = static_cast<uint32_t>(v >> 32);
    n_ = 2;
    trim();
}

void BigUint::shiftLeft(int bits) {
    if (n_ == 0 || bits == 0) return;
    int words = bits / 32, rest = bits % 32;
    int top = n_ + words;  // index of the word that may receive carried bits
    if (top >= WORDS) top = WORDS - 1;  // out of capacity: callers stay below it
    if (rest == 0) {
        for (int i = n_ - 1; i >= 0; i--)
            if (i + words < WORDS) w_[i + words] = w_[i];
        n_ = top;
    } else {
        w_[top] = 0;
        for (int i = n_ - 1; i >= 0; i--) {
            if (i + words + 1 < WORDS) w_[i + words + 1] |= w_[i] >> (32 - rest);
            if (i + words < WORDS) w_[i + words] = w_[i] << rest;
        }
        n_ = top + 1;
    }
    for (int i = 0; i < words && i < WORDS; i++) w_[i] = 0;
    trim();
}

void BigUint::multiply(uint32_t factor) {
    uint64_t carry = 0;
    for (int i = 0; i < n_; i++) {
        uint64_t t = static_cast<uint64_t>(w_[i]) * factor + carry;
        w_[i] = static_cast<uint32_t>(t);
        carry = t >> 32;
    }
    if (carry && n_ < WORDS) w_[n_++] = static_cast<uint32_t>(carry);
    trim();
}

void BigUint::multiplyPow5(int exponent) {
    static const uint32_t small[] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625};
    for (; exponent >= 13; exponent -= 13) multiply(1220703125u);  // 5^13
    if (exponent > 0) multiply(small[exponent]);
}

void BigUint::add(const BigUint &b) {
    int n = n_ > b.n_ ? n_ : b.n_;
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t t = carry + (i < n_ ? w_[i] : 0) + (i < b.n_ ? b.w_[i] : 0);
        w_[i] = static_cast<uint32_t>(t);
        carry = t >> 32;
    }
    n_ = n;
    if (carry && n_ < WORDS) w_[n_++] = 1;
}

void BigUint::subtract(const BigUint &b) {
    uint32_t borrow = 0;
    for (int i = 0; i < n_; i++) {
        uint64_t t = static_cast<uint64_t>(w_[i]) - (i < b.n_ ? b.w_[i] : 0) - borrow;
        w_[i] = static_cast<uint32_t>(t);
        borrow = static_cast<uint32_t>(t >> 63);
    }
    trim();
}

int BigUint::compare(const BigUint &b) const {
    if (n_ != b.n_) return n_ < b.n_ ? -1 : 1;
    for (int i = n_ - 1; i >= 0; i--)
        if (w_[i] != b.w_[i]) return w_[i] < b.w_[i] ? -1 : 1;
    return 0;
}

int BigUint::compareSum(const BigUint &b, const BigUint &c) const {
    int n = n_ > b.n_ ? n_ : b.n_;
    if (c.n_ > n) n = c.n_;
    // Low to high with a signed carry; the final carry and whether any
    // word was nonzero give the sign.
    int64_t carry = 0;
    bool nonzero = false;
    for (int i = 0; i < n; i++) {
        int64_t t = carry + (i < n_ ? w_[i] : 0) + (i < b.n_ ? b.w_[i] : 0) - (i < c.n_ ? c.w_[i] : 0);
        if (static_cast<uint32_t>(t)) nonzero = true;
        carry = t >> 32;  // arithmetic: -1, 0 or 1
    }
    if (carry) return carry < 0 ? -1 : 1;
    return nonzero ? 1 : 0;
}

int BigUint::normalizeShift() const {
    if (n_ == 0) return 0;
    uint32_t top = w_[n_ - 1];
    int shift = 0;
    while (top < (1u << 28)) {
        top <<= 1;
        shift++;
    }
    return shift;
}

uint32_t BigUint::quotient(const BigUint &d) {
    if (n_ < d.n_) return 0;
    int top = d.n_ - 1;
    uint64_t head = w_[top];
    if (n_ > d.n_) head |= static_cast<uint64_t>(w_[d.n_]) << 32;
    // An estimate from the leading words, never too large; with d
    // normalized it is short by at most one.
    uint64_t q = head / (static_cast<uint64_t>(d.w_[top]) + 1);
    if (q) {
        uint64_t carry = 0;
        uint32_t borrow = 0;
        for (int i = 0; i < n_; i++) {
            uint64_t product = (i < d.n_ ? static_cast<uint64_t>(d.w_[i]) * q : 0) + carry;
            carry = product >> 32;
            uint64_t t = static_cast<uint64_t>(w_[i]) - static_cast<uint32_t>(product) - borrow;
            w_[i] = static_cast<uint32_t>(t);
            borrow = static_cast<uint32_t>(t >> 63);
        }
        trim();
    }
    while (compare(d) >= 0) {
        subtract(d);
        q++;
    }
    return static_cast<uint32_t>(q);
}

}  // namespace eng
