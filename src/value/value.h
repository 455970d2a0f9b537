// The tagged value type.
//
// 32-bit targets (4 bytes):
//   ...xxx1  small integer, 31 bits signed (value << 1 | 1)
//   ...x000  heap pointer (every heap allocation is 8-byte aligned), non-null
//   ...x010  special: undefined, null, false, true, empty (an array hole)
//   ...x110  lightweight native function: a 29-bit descriptor, value >> 3
//   ...x100  a built-in object named in a flash table (never a script's
//            value: builtins/flash_props.h)
//   A double that is not a small integer is boxed in a HeapNumber.
// 64-bit hosts (8 bytes, NaN-boxed, top 16 bits):
//   0x0000  heap pointer (low 48 bits), special or lightweight function
//           (same low patterns and the same 29-bit descriptor as above)
//   0x0001  int32 in the low 32 bits
//   >= 0x0002  a double, stored as its bits + 2^49 (NaN canonicalised first)
// One class hides which form is in use; code above it never looks at bits.
//
// A lightweight function ("lightfunc") is a native function that is a
// value, not an allocation: nothing to mark or count, identity is the bits.
// Its 29-bit descriptor (vm/lightfunc.h decodes it):
//   bit 28 = 0, bit 27 = 1  built-in method of a property table in flash:
//               bits 8..15 the method table (builtins/flash_props.h
//               flashMethodTables), bits 0..7 the entry in it
//   bit 28 = 1  embedder function (eng_push_lightfunc): bits 21..27 a slot
//               in the heap's table of C function pointers, bits 16..20 the
//               declared argument count, bits 0..15 the magic
#ifndef ENG_VALUE_VALUE_H
#define ENG_VALUE_VALUE_H

#include <math.h>
#include <stdint.h>
#include <string.h>

namespace eng {

struct GcHeader;

#if UINTPTR_MAX > 0xffffffffu
#define ENG_VALUE_NAN_BOXED 1
#else
#define ENG_VALUE_NAN_BOXED 0
#endif

class Value {
public:
    Value() : bits_(SPECIAL_UNDEFINED) {}

    static Value undefined() { return fromBits(SPECIAL_UNDEFINED); }
    static Value null() { return fromBits(SPECIAL_NULL); }
    static Value boolean(bool b) { return fromBits(b ? SPECIAL_TRUE : SPECIAL_FALSE); }
    static Value empty() { return fromBits(SPECIAL_EMPTY); }
    static Value pointer(const GcHeader *p) { return fromBits(reinterpret_cast<uintptr_t>(p)); }
    static constexpr uint32_t LIGHTFUNC_PAYLOAD_BITS = 29;
    static Value lightFunc(uint32_t payload) { return fromBits((static_cast<uintptr_t>(payload) << 3) | LIGHTFUNC_TAG); }
    // For const tables in flash (builtins/flash_props.h), which the compiler
    // lays out: a lightfunc, a number constant, a value of given bits.
    static constexpr Value constLightFunc(uint32_t payload) {
        return Value((static_cast<uintptr_t>(payload) << 3) | LIGHTFUNC_TAG);
    }
#if ENG_VALUE_NAN_BOXED
    static constexpr Value constDouble(double d) { return Value(__builtin_bit_cast(uint64_t, d) + DOUBLE_OFFSET); }
#endif
    static constexpr Value constBits(uintptr_t b) { return Value(b); }
    static constexpr Value constUndefined() { return Value(SPECIAL_UNDEFINED); }
    static constexpr Value constTrue() { return Value(SPECIAL_TRUE); }
    // A built-in object named in a flash table (its address is not known
    // to the compiler): readers of tables turn it into the heap's object.
    static constexpr Value constBuiltinRef(uint32_t id) { return Value(static_cast<uintptr_t>(id) << 3 | BUILTIN_REF_TAG); }
    uint32_t builtinRefId() const { return static_cast<uint32_t>(bits_ >> 3) & 0xffff; }
    // Ids from BUILTIN_REF_ACCESSOR name accessor pairs (heap.h).
    static constexpr uint32_t BUILTIN_REF_ACCESSOR = 0x8000;
    bool isAccessorRef() const { return isBuiltinRef() && (builtinRefId() & BUILTIN_REF_ACCESSOR); }

#if ENG_VALUE_NAN_BOXED
    static constexpr int32_t SMALL_INT_MIN = INT32_MIN;
    static constexpr int32_t SMALL_INT_MAX = INT32_MAX;
    static Value smallInt(int32_t i) { return fromBits(INT_TAG | static_cast<uint32_t>(i)); }
    static constexpr Value constSmallInt(uint32_t i) { return Value(INT_TAG | i); }  // i < 2^30, for flash tables
    bool isSmallInt() const { return (bits_ >> 48) == 1; }
    int32_t asSmallInt() const { return static_cast<int32_t>(static_cast<uint32_t>(bits_)); }
    bool isPointer() const { return bits_ != 0 && (bits_ >> 48) == 0 && (bits_ & 7) == 0; }
    bool isLightFunc() const { return (bits_ >> 48) == 0 && (bits_ & 7) == LIGHTFUNC_TAG; }
    bool isBuiltinRef() const { return (bits_ & 0xffff000000000007ull) == BUILTIN_REF_TAG; }
    bool isInlineDouble() const { return (bits_ >> 48) >= 2; }
    double asInlineDouble() const {
        uint64_t raw = bits_ - DOUBLE_OFFSET;
        double d;
        memcpy(&d, &raw, sizeof d);
        return d;
    }
    static Value inlineDouble(double d) {
        uint64_t raw;
        if (d != d) raw = 0x7ff8000000000000ull;
        else memcpy(&raw, &d, sizeof raw);
        return fromBits(raw + DOUBLE_OFFSET);
    }
#else
    static constexpr int32_t SMALL_INT_MIN = -(1 << 30);
    static constexpr int32_t SMALL_INT_MAX = (1 << 30) - 1;
    static Value smallInt(int32_t i) {
        return fromBits((static_cast<uint32_t>(i) << 1) | 1u);
    }
    static constexpr Value constSmallInt(uint32_t i) { return Value((i << 1) | 1u); }  // i < 2^30, for flash tables
    bool isSmallInt() const { return (bits_ & 1) != 0; }
    int32_t asSmallInt() const { return static_cast<int32_t>(bits_) >> 1; }
    bool isPointer() const { return bits_ != 0 && (bits_ & 7) == 0; }
    bool isLightFunc() const { return (bits_ & 7) == LIGHTFUNC_TAG; }
    bool isBuiltinRef() const { return (bits_ & 7) == BUILTIN_REF_TAG; }
    bool isInlineDouble() const { return false; }
    double asInlineDouble() const { return 0; }
#endif
    static bool fitsSmallInt(int32_t i) { return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX; }
    // The integer form of d when d is an integer in small-int range and not -0.
    static bool doubleIsSmallInt(double d, int32_t *out) {
        if (!(d >= SMALL_INT_MIN && d <= SMALL_INT_MAX)) return false;
        int32_t i = static_cast<int32_t>(d);
        if (static_cast<double>(i) != d) return false;
        if (i == 0 && signbit(d)) return false;
        *out = i;
        return true;
    }

    bool isUndefined() const { return bits_ == SPECIAL_UNDEFINED; }
    bool isNull() const { return bits_ == SPECIAL_NULL; }
    bool isNullish() const { return bits_ == SPECIAL_UNDEFINED || bits_ == SPECIAL_NULL; }
    bool isBoolean() const { return bits_ == SPECIAL_TRUE || bits_ == SPECIAL_FALSE; }
    bool isTrue() const { return bits_ == SPECIAL_TRUE; }
    bool isEmpty() const { return bits_ == SPECIAL_EMPTY; }
    bool asBoolean() const { return bits_ == SPECIAL_TRUE; }

    GcHeader *asPointer() const { return reinterpret_cast<GcHeader *>(bits_); }
    uint32_t lightFuncPayload() const { return static_cast<uint32_t>(bits_ >> 3) & ((1u << LIGHTFUNC_PAYLOAD_BITS) - 1); }
    uintptr_t bits() const { return bits_; }
    bool operator==(const Value &o) const { return bits_ == o.bits_; }
    bool operator!=(const Value &o) const { return bits_ != o.bits_; }

private:
    static constexpr uintptr_t SPECIAL_UNDEFINED = 0x02;
    static constexpr uintptr_t SPECIAL_NULL = 0x0a;
    static constexpr uintptr_t SPECIAL_FALSE = 0x12;
    static constexpr uintptr_t SPECIAL_TRUE = 0x1a;
    static constexpr uintptr_t SPECIAL_EMPTY = 0x22;
    static constexpr uintptr_t LIGHTFUNC_TAG = 0x06;
    static constexpr uintptr_t BUILTIN_REF_TAG = 0x04;
#if ENG_VALUE_NAN_BOXED
    static constexpr uint64_t INT_TAG = 1ull << 48;
    static constexpr uint64_t DOUBLE_OFFSET = 2ull << 48;
#endif
    constexpr explicit Value(uintptr_t b) : bits_(b) {}
    static Value fromBits(uintptr_t b) {
        Value v;
        v.bits_ = b;
        return v;
    }
    uintptr_t bits_;
};

static_assert(sizeof(Value) == sizeof(void *), "a value is one machine word");

}  // namespace eng

#endif
