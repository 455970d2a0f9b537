// A link from one heap allocation's header to another (the object list's
// `next`, an object's prototype). A plain pointer, except in builds with
// ENG_USE_PTR16 (config.h), where it is a 16-bit code: the target's offset
// in the process-wide heap window in units of 8 bytes (allocations are
// 8-byte aligned), 0 for null. Conversions to and from T * are implicit,
// so code reads and writes these fields as pointers either way.
#ifndef ENG_HEAP_HEAP_PTR_H
#define ENG_HEAP_HEAP_PTR_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"

namespace eng {

#if ENG_USE_PTR16

// 8 bytes below the window's start: code c names ptr16Base + 8 * c, so the
// window's first block has code 1 and 0 stays free for null.
extern uintptr_t ptr16Base;
// Just past the window's last byte.
extern uintptr_t ptr16End;
// The code of readOnlyMark (gc_header.h): never a block in the window.
constexpr uint16_t PTR16_READ_ONLY_CODE = 0xffff;
// The largest window: codes 1 .. 0xfffe.
constexpr size_t PTR16_WINDOW_MAX = 8u * 0xfffeu;

template <class T>
class HeapPtr {
public:
    HeapPtr() = default;
    constexpr HeapPtr(decltype(nullptr)) : code_(0) {}
    HeapPtr(T *p) : code_(encode(p)) {}
    HeapPtr &operator=(T *p) {
        code_ = encode(p);
        return *this;
    }
    operator T *() const { return decode(code_); }
    T *operator->() const { return decode(code_); }
    // Down-casts: static_cast<Derived *>(field).
    template <class U>
    explicit operator U *() const { return static_cast<U *>(decode(code_)); }

    uint16_t code() const { return code_; }
    static constexpr HeapPtr fromCode(uint16_t c) { return HeapPtr(c, 0); }

private:
    constexpr HeapPtr(uint16_t c, int) : code_(c) {}
    static uint16_t encode(T *p) {
        return p ? static_cast<uint16_t>((reinterpret_cast<uintptr_t>(p) - ptr16Base) >> 3) : 0;
    }
    static T *decode(uint16_t c) {
        return c ? reinterpret_cast<T *>(ptr16Base + (static_cast<uintptr_t>(c) << 3)) : nullptr;
    }

    uint16_t code_;
};

// Whether [p, p + size) lies in the window (every heap block must).
inline bool inPtr16Window(const void *p, size_t size) {
    uintptr_t a = reinterpret_cast<uintptr_t>(p);
    return a > ptr16Base && a <= ptr16End && size <= ptr16End - a;
}

#else

template <class T>
using HeapPtr = T *;

#endif

}  // namespace eng

#endif
