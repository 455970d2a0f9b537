// The BigInt arithmetic core (value/bigint.h): magnitudes in 32-bit limbs,
// worked on in scratch buffers and turned into a heap BigInt once.
#include "value/bigint.h"

#if ENG_BIGINT

#include <math.h>
#include <string.h>

#include "strings/numconv.h"
#include "strings/string.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

// Limbs to work in: a few on the C stack (small values allocate nothing
// but their result), more from the heap.
struct Scratch {
    explicit Scratch(Heap &heap) : h(heap) {}
    ~Scratch() {
        if (d != local) heapFree(h, d, 4u * cap);
    }
    Scratch(const Scratch &) = delete;
    Scratch &operator=(const Scratch &) = delete;
    // n zeroed limbs; false with out-of-memory (or a RangeError) pending.
    bool alloc(size_t n) {
        if (n > BIGINT_MAX_LIMBS + 2) {
            (void)throwError(h, PROTO_RANGE_ERROR, "Maximum BigInt size exceeded");
            return false;
        }
        if (n > LOCAL) {
            d = static_cast<uint32_t *>(heapAlloc(h, 4u * n));
            if (!d) {
                d = local;
                (void)throwOutOfMemory(h);
                return false;
            }
            cap = static_cast<uint32_t>(n);
        }
        memset(d, 0, 4u * (n ? n : 1));
        return true;
    }
    static constexpr uint32_t LOCAL = 10;
    Heap &h;
    uint32_t local[LOCAL];
    uint32_t *d = local;
    uint32_t cap = LOCAL;
};

uint32_t trimmed(const uint32_t *d, uint32_t n) {
    while (n && d[n - 1] == 0) n--;
    return n;
}

// The result: n limbs of d (leading zeros dropped) with a sign.
Status finish(Heap &h, const uint32_t *d, uint32_t n, bool negative, Value *out) {
    n = trimmed(d, n);
    if (n > BIGINT_MAX_LIMBS) return throwError(h, PROTO_RANGE_ERROR, "Maximum BigInt size exceeded");
    HBigInt *b = reinterpret_cast<HBigInt *>(allocGc(h, HeapType::BigInt, bigIntAllocSize(n)));
    if (!b) return Status::Error;
    b->gc.extra = static_cast<uint16_t>(n | (negative && n ? BIGINT_NEGATIVE : 0));
    if (n) memcpy(b->limbs, d, 4u * n);
    *out = Value::pointer(&b->gc);
    return Status::Ok;
}

int compareMag(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    if (an != bn) return an < bn ? -1 : 1;
    while (an--)
        if (a[an] != b[an]) return a[an] < b[an] ? -1 : 1;
    return 0;
}

// r = a + b (r: max(an, bn) + 1 limbs; may be a).
void addMag(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, uint32_t *r) {
    uint64_t carry = 0;
    uint32_t n = an > bn ? an : bn;
    for (uint32_t i = 0; i < n; i++) {
        carry += static_cast<uint64_t>(i < an ? a[i] : 0) + (i < bn ? b[i] : 0);
        r[i] = static_cast<uint32_t>(carry);
        carry >>= 32;
    }
    r[n] = static_cast<uint32_t>(carry);
}

// r = a - b, a >= b (r: an limbs; may be a).
void subMag(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, uint32_t *r) {
    int64_t borrow = 0;
    for (uint32_t i = 0; i < an; i++) {
        int64_t t = static_cast<int64_t>(a[i]) - (i < bn ? b[i] : 0) - borrow;
        borrow = t < 0;
        r[i] = static_cast<uint32_t>(t);
    }
}

// r += a * b (r: an + bn limbs, zeroed by the caller).
void mulMag(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, uint32_t *r) {
    for (uint32_t i = 0; i < an; i++) {
        uint64_t carry = 0;
        for (uint32_t j = 0; j < bn; j++) {
            carry += static_cast<uint64_t>(a[i]) * b[j] + r[i + j];
            r[i + j] = static_cast<uint32_t>(carry);
            carry >>= 32;
        }
        r[i + bn] = static_cast<uint32_t>(carry);
    }
}

// d = d * m + add in place (d has room for the carry: n + 1 limbs).
void mulAddSmall(uint32_t *d, uint32_t n, uint32_t m, uint32_t add) {
    uint64_t carry = add;
    for (uint32_t i = 0; i < n; i++) {
        carry += static_cast<uint64_t>(d[i]) * m;
        d[i] = static_cast<uint32_t>(carry);
        carry >>= 32;
    }
    d[n] = static_cast<uint32_t>(carry);
}

// d /= m in place; returns the remainder.
uint32_t divSmall(uint32_t *d, uint32_t n, uint32_t m) {
    uint64_t rem = 0;
    while (n--) {
        uint64_t cur = rem << 32 | d[n];
        d[n] = static_cast<uint32_t>(cur / m);
        rem = cur % m;
    }
    return static_cast<uint32_t>(rem);
}

int leadingZeros(uint32_t x) {
    int n = 0;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}

// q = a / b, r = a % b (Knuth, TAOCP 4.3.1 algorithm D); bn >= 2, an >= bn.
// q: an - bn + 1 limbs, r: bn limbs, u: an + 1 limbs and v: bn limbs of
// scratch, all zeroed.
void divMag(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, uint32_t *q, uint32_t *r, uint32_t *u,
            uint32_t *v) {
    int s = leadingZeros(b[bn - 1]);
    // Normalise: the divisor's top bit set.
    for (uint32_t i = bn; i-- > 0;)
        v[i] = (b[i] << s) | (s && i ? b[i - 1] >> (32 - s) : 0);
    u[an] = s ? a[an - 1] >> (32 - s) : 0;
    for (uint32_t i = an; i-- > 0;)
        u[i] = (a[i] << s) | (s && i ? a[i - 1] >> (32 - s) : 0);
    for (uint32_t j = an - bn + 1; j-- > 0;) {
        uint64_t num = static_cast<uint64_t>(u[j + bn]) << 32 | u[j + bn - 1];
        uint64_t qhat = num / v[bn - 1], rhat = num % v[bn - 1];
        while (qhat >> 32 || qhat * v[bn - 2] > (rhat << 32 | u[j + bn - 2])) {
            qhat--;
            rhat += v[bn - 1];
            if (rhat >> 32) break;
        }
        // u[j..j+bn] -= qhat * v
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (uint32_t i = 0; i < bn; i++) {
            carry += qhat * v[i];
            int64_t t = static_cast<int64_t>(u[i + j]) - borrow - static_cast<uint32_t>(carry);
            carry >>= 32;
            u[i + j] = static_cast<uint32_t>(t);
            borrow = t < 0;
        }
        int64_t t = static_cast<int64_t>(u[j + bn]) - borrow - static_cast<int64_t>(carry);
        u[j + bn] = static_cast<uint32_t>(t);
        if (t < 0) {  // qhat was one too big: add v back
            qhat--;
            uint64_t c = 0;
            for (uint32_t i = 0; i < bn; i++) {
                c += static_cast<uint64_t>(u[i + j]) + v[i];
                u[i + j] = static_cast<uint32_t>(c);
                c >>= 32;
            }
            u[j + bn] += static_cast<uint32_t>(c);
        }
        q[j] = static_cast<uint32_t>(qhat);
    }
    for (uint32_t i = 0; i < bn; i++)
        r[i] = (u[i] >> s) | (s ? u[i + 1] << (32 - s) : 0);
}

// A BigInt's magnitude as a sign and limbs (a view, nothing copied).
struct View {
    const uint32_t *d;
    uint32_t n;
    bool neg;
};
View view(Value v) {
    const HBigInt *b = asBigInt(v);
    return {b->limbs, bigIntLimbCount(b), bigIntNegative(b)};
}

// a + b with signs (b's sign flipped for a subtraction).
Status addSigned(Heap &h, View a, View b, Value *out) {
    Scratch r(h);
    uint32_t n = (a.n > b.n ? a.n : b.n) + 1;
    if (!r.alloc(n)) return Status::Error;
    if (a.neg == b.neg) {
        addMag(a.d, a.n, b.d, b.n, r.d);
        return finish(h, r.d, n, a.neg, out);
    }
    if (compareMag(a.d, a.n, b.d, b.n) < 0) {
        View t = a;
        a = b;
        b = t;
    }
    subMag(a.d, a.n, b.d, b.n, r.d);
    return finish(h, r.d, a.n, a.neg, out);
}

Status multiply(Heap &h, View a, View b, Value *out) {
    Scratch r(h);
    if (!r.alloc(static_cast<size_t>(a.n) + b.n)) return Status::Error;
    mulMag(a.d, a.n, b.d, b.n, r.d);
    return finish(h, r.d, a.n + b.n, a.neg != b.neg, out);
}

// Truncating division: the quotient, or the remainder (the dividend's sign).
Status divide(Heap &h, View a, View b, bool remainder, Value *out) {
    if (b.n == 0) return throwError(h, PROTO_RANGE_ERROR, "Division by zero");
    if (compareMag(a.d, a.n, b.d, b.n) < 0) {
        if (remainder) return finish(h, a.d, a.n, a.neg, out);
        return finish(h, nullptr, 0, false, out);
    }
    Scratch q(h), r(h);
    if (!q.alloc(a.n) || !r.alloc(b.n)) return Status::Error;
    if (b.n == 1) {
        memcpy(q.d, a.d, 4u * a.n);
        r.d[0] = divSmall(q.d, a.n, b.d[0]);
    } else {
        Scratch u(h), v(h);
        if (!u.alloc(a.n + 1) || !v.alloc(b.n)) return Status::Error;
        divMag(a.d, a.n, b.d, b.n, q.d, r.d, u.d, v.d);
    }
    if (remainder) return finish(h, r.d, b.n, a.neg, out);
    return finish(h, q.d, a.n, a.neg != b.neg, out);
}

Status power(Heap &h, Value base, View e, Value *out) {
    if (e.neg) return throwError(h, PROTO_RANGE_ERROR, "Exponent must be non-negative");
    View b = view(base);
    uint32_t one = 1;
    if (e.n == 0) return finish(h, &one, 1, false, out);
    // 0, 1 and -1 stay small for any exponent.
    if (b.n == 0 || (b.n == 1 && b.d[0] == 1)) return finish(h, b.d, b.n, b.neg && (e.d[0] & 1), out);
    if (e.n > 1) return throwError(h, PROTO_RANGE_ERROR, "Maximum BigInt size exceeded");
    uint32_t k = e.d[0];
    uint32_t bits = 32 * b.n - static_cast<uint32_t>(leadingZeros(b.d[b.n - 1]));
    if (static_cast<uint64_t>(bits - 1) * k >= 32ull * BIGINT_MAX_LIMBS)
        return throwError(h, PROTO_RANGE_ERROR, "Maximum BigInt size exceeded");
    // Left to right over the exponent's bits: square, multiply.
    LocalRoot rb(h, base), result(h);
    ENG_TRY(finish(h, &one, 1, false, &result.value));
    for (int i = 31 - leadingZeros(k); i >= 0; i--) {
        ENG_TRY(multiply(h, view(result.value), view(result.value), &result.value));
        if (k >> i & 1) ENG_TRY(multiply(h, view(result.value), view(rb.value), &result.value));
    }
    *out = result.value;
    return Status::Ok;
}

// x in two's complement over n limbs (n > x.n).
void toTwos(View x, uint32_t *r, uint32_t n) {
    uint64_t carry = 1;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t l = i < x.n ? x.d[i] : 0;
        if (x.neg) {
            carry += static_cast<uint32_t>(~l);
            l = static_cast<uint32_t>(carry);
            carry >>= 32;
        }
        r[i] = l;
    }
}

// The value of n limbs of two's complement (negated in place if negative).
Status fromTwos(Heap &h, uint32_t *r, uint32_t n, Value *out) {
    bool neg = n && (r[n - 1] >> 31);
    if (neg) toTwos({r, n, true}, r, n);
    return finish(h, r, n, neg, out);
}

Status bitwise(Heap &h, Opcode op, View a, View b, Value *out) {
    uint32_t n = (a.n > b.n ? a.n : b.n) + 1;
    Scratch x(h), y(h);
    if (!x.alloc(n) || !y.alloc(n)) return Status::Error;
    toTwos(a, x.d, n);
    toTwos(b, y.d, n);
    for (uint32_t i = 0; i < n; i++)
        x.d[i] = op == OP_BAND ? x.d[i] & y.d[i] : op == OP_BOR ? x.d[i] | y.d[i] : x.d[i] ^ y.d[i];
    return fromTwos(h, x.d, n, out);
}

// a * 2^shift (shift may be negative: floor division by 2^-shift).
Status shift(Heap &h, View a, View s, bool right, Value *out) {
    if (s.neg) right = !right;
    if (a.n == 0 || s.n == 0) return finish(h, a.d, a.n, a.neg, out);
    if (right) {
        if (s.n > 1 || s.d[0] / 32 >= a.n) {  // every bit goes: 0 or -1
            uint32_t one = 1;
            return finish(h, &one, a.neg ? 1 : 0, a.neg, out);
        }
        uint32_t words = s.d[0] / 32, bits = s.d[0] % 32, n = a.n - words;
        Scratch r(h);
        if (!r.alloc(n + 1)) return Status::Error;
        bool lost = false;
        for (uint32_t i = 0; i < words; i++) lost |= a.d[i] != 0;
        if (bits) lost |= (a.d[words] << (32 - bits)) != 0;
        for (uint32_t i = 0; i < n; i++)
            r.d[i] = (a.d[i + words] >> bits) | (bits && i + words + 1 < a.n ? a.d[i + words + 1] << (32 - bits) : 0);
        // Rounding toward -infinity: a negative value that lost bits is one further.
        if (a.neg && lost) {
            uint32_t one = 1;
            addMag(r.d, n, &one, 1, r.d);
            n++;
        }
        return finish(h, r.d, n, a.neg, out);
    }
    if (s.n > 1 || s.d[0] / 32 > BIGINT_MAX_LIMBS) return throwError(h, PROTO_RANGE_ERROR, "Maximum BigInt size exceeded");
    uint32_t words = s.d[0] / 32, bits = s.d[0] % 32, n = a.n + words + 1;
    Scratch r(h);
    if (!r.alloc(n)) return Status::Error;
    for (uint32_t i = 0; i < a.n; i++) {
        r.d[i + words] |= a.d[i] << bits;
        if (bits) r.d[i + words + 1] = a.d[i] >> (32 - bits);
    }
    return finish(h, r.d, n, a.neg, out);
}

// The limbs of an integral double >= 0 (below 2^1024: r holds 34 zeroed
// limbs); returns how many may be non-zero.
uint32_t integerLimbs(double m, uint32_t *r) {
    if (m < 18446744073709551616.0) {
        uint64_t u = static_cast<uint64_t>(m);
        r[0] = static_cast<uint32_t>(u);
        r[1] = static_cast<uint32_t>(u >> 32);
        return 2;
    }
    // 53 significant bits shifted into place.
    int e;
    uint64_t mant = static_cast<uint64_t>(ldexp(frexp(m, &e), 53));
    uint32_t s = static_cast<uint32_t>(e - 53), w = s / 32, b = s % 32;
    uint32_t mant32[2] = {static_cast<uint32_t>(mant), static_cast<uint32_t>(mant >> 32)};
    for (uint32_t i = 0; i < 2; i++) {
        r[i + w] |= mant32[i] << b;
        if (b) r[i + w + 1] |= mant32[i] >> (32 - b);
    }
    return w + 3;
}

uint32_t digitValue(uint32_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    return 99;
}

// Digits in a radix (2, 8, 10 or 16), read by chunks that fit a limb.
template <typename Unit>
Status parseDigits(Heap &h, const Unit *p, uint32_t count, uint32_t radix, bool negative, Value *out, bool *valid) {
    *valid = false;
    if (count == 0) return Status::Ok;
    Scratch r(h);
    // At most 4 bits a digit (radix <= 16).
    uint32_t n = 0;
    if (!r.alloc(count / 8 + 2)) return Status::Error;
    uint32_t chunkDigits = radix == 10 ? 9 : radix == 16 ? 7 : radix == 8 ? 10 : 31;
    for (uint32_t i = 0; i < count;) {
        uint32_t chunk = 0, scale = 1;
        for (uint32_t k = 0; k < chunkDigits && i < count; k++, i++) {
            uint32_t d = digitValue(p[i]);
            if (d >= radix) return Status::Ok;
            chunk = chunk * radix + d;
            scale *= radix;
        }
        mulAddSmall(r.d, n, scale, chunk);
        n++;
        n = trimmed(r.d, n);
    }
    *valid = true;
    return finish(h, r.d, n, negative, out);
}

// StringIntegerLiteral (ES2024 7.1.14) without the surrounding white space.
template <typename Unit>
Status parseInteger(Heap &h, const Unit *p, uint32_t length, bool literal, Value *out, bool *valid) {
    uint32_t start = 0, end = length;
    if (!literal) {
        while (start < end && isJsWhitespace(p[start])) start++;
        while (end > start && isJsWhitespace(p[end - 1])) end--;
        if (start == end) {
            *valid = true;
            return finish(h, nullptr, 0, false, out);
        }
    }
    uint32_t radix = 10;
    bool negative = false;
    if (end - start > 2 && p[start] == '0') {
        uint32_t c = p[start + 1] | 0x20;
        radix = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        if (radix != 10) start += 2;
    }
    if (radix == 10 && !literal && (p[start] == '+' || p[start] == '-')) {
        negative = p[start] == '-';
        start++;
    }
    return parseDigits(h, p + start, end - start, radix, negative, out, valid);
}

}  // namespace

Status bigIntFromUint64(Heap &h, uint64_t v, Value *out) {
    uint32_t d[2] = {static_cast<uint32_t>(v), static_cast<uint32_t>(v >> 32)};
    return finish(h, d, 2, false, out);
}

Status bigIntFromInt64(Heap &h, int64_t v, Value *out) {
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    uint32_t d[2] = {static_cast<uint32_t>(m), static_cast<uint32_t>(m >> 32)};
    return finish(h, d, 2, v < 0, out);
}

Status numberToBigInt(Heap &h, double d, Value *out) {
    if (!(d == d) || isinf(d) || trunc(d) != d) {
        char text[NUMBER_TEXT_MAX];
        numberToText(d, text);
        return throwError(h, PROTO_RANGE_ERROR, "The number %s cannot be converted to a BigInt because it is not an integer", text);
    }
    uint32_t limbs[34] = {};
    uint32_t n = integerLimbs(fabs(d), limbs);
    return finish(h, limbs, n, d < 0, out);
}

Status stringToBigInt(Heap &h, const HString *s, Value *out) {
    bool valid;
    Status st = s->is8bit() ? parseInteger(h, s->data8(), s->length, false, out, &valid)
                            : parseInteger(h, s->data16(), s->length, false, out, &valid);
    ENG_TRY(st);
    if (!valid) *out = Value::undefined();
    return Status::Ok;
}

Status bigIntFromLiteral(Heap &h, const uint8_t *text, uint32_t length, Value *out, bool *valid) {
    return parseInteger(h, text, length, true, out, valid);
}

Status toBigInt(Heap &h, Value v, Value *out) {
    Value prim;
    ENG_TRY(toPrimitive(h, v, Hint::Number, &prim));
    if (isBigInt(prim)) {
        *out = prim;
        return Status::Ok;
    }
    if (prim.isBoolean()) {
        uint32_t one = 1;
        return finish(h, &one, prim.asBoolean() ? 1 : 0, false, out);
    }
    if (isString(prim)) {
        LocalRoot rp(h, prim);
        ENG_TRY(stringToBigInt(h, asString(prim), out));
        if (!out->isUndefined()) return Status::Ok;
        return throwError(h, PROTO_SYNTAX_ERROR, "Cannot convert string to a BigInt");
    }
    char what[64];
    describeValue(h, prim, what, sizeof what);
    return throwError(h, PROTO_TYPE_ERROR, "Cannot convert %s to a BigInt", what);
}

double bigIntToDouble(const HBigInt *b) {
    uint32_t n = bigIntLimbCount(b);
    const uint32_t *d = b->limbs;
    if (n == 0) return 0;
    // The top 64 bits, the lowest of them made sticky for what lies below:
    // one correctly rounded conversion of the 64-bit integer.
    uint32_t bits = 32 * n - static_cast<uint32_t>(leadingZeros(d[n - 1]));
    uint64_t top = 0;
    int exponent = 0;
    if (bits <= 64) {
        top = n > 1 ? static_cast<uint64_t>(d[1]) << 32 | d[0] : d[0];
    } else {
        uint32_t shift = bits - 64, w = shift / 32, s = shift % 32;
        for (uint32_t i = 0; i < 3 && w + i < n; i++) {
            uint64_t l = d[w + i];
            if (i == 0) top |= l >> s;
            else if (32 * i - s < 64) top |= l << (32 * i - s);
        }
        bool sticky = s && (d[w] << (32 - s)) != 0;
        for (uint32_t i = 0; i < w && !sticky; i++) sticky = d[i] != 0;
        top |= sticky;
        exponent = static_cast<int>(shift);
    }
    double r = ldexp(static_cast<double>(top), exponent);
    return bigIntNegative(b) ? -r : r;
}

uint64_t bigIntToUint64(const HBigInt *b) {
    uint32_t n = bigIntLimbCount(b);
    uint64_t m = n == 0 ? 0 : n == 1 ? b->limbs[0] : static_cast<uint64_t>(b->limbs[1]) << 32 | b->limbs[0];
    return bigIntNegative(b) ? 0 - m : m;
}

bool bigIntElementBits(const HBigInt *b, bool isSigned, uint64_t *bits) {
    if (bigIntLimbCount(b) > 2) return false;
    *bits = bigIntToUint64(b);
    uint64_t m = bigIntNegative(b) ? 0 - *bits : *bits;
    if (!isSigned) return !bigIntNegative(b);
    return bigIntNegative(b) ? m <= (1ull << 63) : m < (1ull << 63);
}

HString *bigIntToString(Heap &h, const HBigInt *b, uint32_t radix) {
    uint32_t n = bigIntLimbCount(b);
    if (n == 0) return internLatin1(h, reinterpret_cast<const uint8_t *>("0"), 1);
    // Chunks of digits: the largest power of the radix in a limb.
    uint32_t chunk = radix, digitsPerChunk = 1;
    while (static_cast<uint64_t>(chunk) * radix <= 0xffffffffu) {
        chunk *= radix;
        digitsPerChunk++;
    }
    LocalRoot rb(h, Value::pointer(&b->gc));  // the scratch may collect: the caller's b may be unrooted
    Scratch q(h), text(h);
    uint32_t maxDigits = 32 * n + 2;  // radix 2 at most, and a sign
    if (!q.alloc(n) || !text.alloc(maxDigits / 4 + 1)) return nullptr;
    memcpy(q.d, b->limbs, 4u * n);
    char *t = reinterpret_cast<char *>(text.d);
    uint32_t at = maxDigits;
    while (n) {
        uint32_t rem = divSmall(q.d, n, chunk);
        n = trimmed(q.d, n);
        for (uint32_t k = 0; k < digitsPerChunk && (n || rem); k++) {
            t[--at] = "0123456789abcdefghijklmnopqrstuvwxyz"[rem % radix];
            rem /= radix;
        }
    }
    if (bigIntNegative(b)) t[--at] = '-';
    return internLatin1(h, reinterpret_cast<const uint8_t *>(t + at), maxDigits - at);
}

bool bigIntEquals(const HBigInt *a, const HBigInt *b) {
    return a->gc.extra == b->gc.extra && memcmp(a->limbs, b->limbs, 4u * bigIntLimbCount(a)) == 0;
}

int bigIntCompare(const HBigInt *a, const HBigInt *b) {
    bool an = bigIntNegative(a), bn = bigIntNegative(b);
    if (an != bn) return an ? -1 : 1;
    int c = compareMag(a->limbs, bigIntLimbCount(a), b->limbs, bigIntLimbCount(b));
    return an ? -c : c;
}

int bigIntCompareNumber(const HBigInt *a, double d) {
    if (d != d) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    bool an = bigIntNegative(a), dn = d < 0;
    if (an != dn) return bigIntIsZero(a) && d == 0 ? 0 : an ? -1 : 1;
    // |a| against floor(|d|), then the fraction.
    double m = fabs(d), whole = floor(m);
    uint32_t limbs[34] = {};
    uint32_t n = trimmed(limbs, integerLimbs(whole, limbs));
    int c = compareMag(a->limbs, bigIntLimbCount(a), limbs, n);
    if (c == 0 && m != whole) c = -1;
    return an ? -c : c;
}

uint32_t bigIntHash(const HBigInt *b) {
    uint32_t x = b->gc.extra * 0x9e3779b1u;
    for (uint32_t i = 0; i < bigIntLimbCount(b); i++) x = (x ^ b->limbs[i]) * 0x01000193u;
    return x;
}

Status bigIntBinary(Heap &h, Opcode op, Value a, Value b, Value *out) {
    LocalRoot ra(h, a), rb(h, b);
    View x = view(a), y = view(b);
    switch (op) {
    case OP_ADD: return addSigned(h, x, y, out);
    case OP_SUB: y.neg = !y.neg && y.n; return addSigned(h, x, y, out);
    case OP_MUL: return multiply(h, x, y, out);
    case OP_DIV: return divide(h, x, y, false, out);
    case OP_MOD: return divide(h, x, y, true, out);
    case OP_POW: return power(h, a, y, out);
    case OP_BAND:
    case OP_BOR:
    case OP_BXOR: return bitwise(h, op, x, y, out);
    case OP_SHL: return shift(h, x, y, false, out);
    case OP_SHR: return shift(h, x, y, true, out);
    default: return throwError(h, PROTO_TYPE_ERROR, "BigInts have no unsigned right shift, use >> instead");
    }
}

Status bigIntUnary(Heap &h, Opcode op, Value a, Value *out) {
    LocalRoot ra(h, a);
    View x = view(a);
    uint32_t one = 1;
    switch (op) {
    case OP_NEG: return finish(h, x.d, x.n, !x.neg, out);
    case OP_INC: return addSigned(h, x, {&one, 1, false}, out);
    case OP_DEC: return addSigned(h, x, {&one, 1, true}, out);
    default: return addSigned(h, {x.d, x.n, !x.neg}, {&one, 1, true}, out);  // ~x is -x - 1
    }
}

Status bigIntAsN(Heap &h, Value a, double bits, bool isSigned, Value *out) {
    LocalRoot ra(h, a);
    View x = view(a);
    if (bits == 0) return finish(h, nullptr, 0, false, out);
    // Wide enough to hold x as it is: x itself (unsigned: when not negative).
    if (bits > 32.0 * x.n + 1 && (isSigned || !x.neg)) return finish(h, x.d, x.n, x.neg, out);
    if (bits > 32.0 * BIGINT_MAX_LIMBS) return throwError(h, PROTO_RANGE_ERROR, "Maximum BigInt size exceeded");
    uint32_t k = static_cast<uint32_t>(bits), n = (k + 31) / 32, wide = (n > x.n ? n : x.n) + 1;
    Scratch r(h);
    if (!r.alloc(wide)) return Status::Error;
    toTwos(x, r.d, wide);
    uint32_t topBits = k - 32 * (n - 1);  // 1..32 bits of the top limb kept
    uint32_t mask = topBits == 32 ? 0xffffffffu : (1u << topBits) - 1;
    r.d[n - 1] &= mask;
    if (!isSigned) return finish(h, r.d, n, false, out);
    if (r.d[n - 1] >> (topBits - 1) & 1) r.d[n - 1] |= ~mask;  // sign-extend from bit k - 1
    return fromTwos(h, r.d, n, out);
}

}  // namespace eng

#endif
