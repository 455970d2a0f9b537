// Shared state of one compilation and the small containers the compiler uses.
//
// All memory comes from the CompileAllocator. Containers free themselves in
// their destructors so that an error anywhere simply unwinds the parser and
// everything is released. A failed allocation sets Context::outOfMemory; the
// parser notices it at its next token and stops.
#ifndef ENG_COMPILER_COMPILE_CONTEXT_H
#define ENG_COMPILER_COMPILE_CONTEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "compiler/compiler.h"
#include "config.h"

// The text of a compiler error message: "" when ENG_USE_COMPILER_MESSAGES
// is 0, which keeps the texts out of flash (the error then says "Syntax
// error", Context::setSyntaxError; its position stays).
#if ENG_USE_COMPILER_MESSAGES
#define ENG_MESSAGE(text) text
#else
#define ENG_MESSAGE(text) ""
#endif

namespace eng {

struct Context {
    const CompileAllocator *allocator = nullptr;
    CompileError *error = nullptr;
    bool outOfMemory = false;
    bool syntaxError = false;
    uintptr_t stackLimit = 0;  // CompileOptions::stackLimit

    bool failed() const { return outOfMemory || syntaxError; }

    void *allocate(size_t size) {
        if (outOfMemory) return nullptr;
        void *p = allocator->alloc(allocator->user, size);
        if (!p) outOfMemory = true;
        return p;
    }
    void *reallocate(void *ptr, size_t oldSize, size_t size) {
        if (outOfMemory) return nullptr;
        void *p = ptr ? allocator->realloc(allocator->user, ptr, oldSize, size)
                      : allocator->alloc(allocator->user, size);
        if (!p) outOfMemory = true;
        return p;
    }
    // A shrinking reallocation; nullptr (the block is kept) is no failure.
    void *shrink(void *ptr, size_t oldSize, size_t size) {
        return outOfMemory ? nullptr : allocator->realloc(allocator->user, ptr, oldSize, size);
    }
    void release(void *ptr, size_t size) {
        if (ptr) allocator->free(allocator->user, ptr, size);
    }

    // Records the first syntax error only; later ones are consequences.
    void setSyntaxError(const char *message, uint32_t line, uint32_t column);
};

// The storage of a Vec, managed by element size so that every Vec<T>
// shares one copy of the growing and freeing code (compile_context.cpp).
class VecStorage {
public:
    VecStorage(const VecStorage &) = delete;
    VecStorage &operator=(const VecStorage &) = delete;

protected:
    explicit VecStorage(Context *ctx) : ctx_(ctx) {}
    // Capacity for `wanted` elements (growing by half from 2 or 4); false when out of
    // memory (recorded in the context).
    bool grow(uint32_t wanted, size_t elemSize);
    void release(size_t elemSize);  // frees the storage, if any
    void shrink(size_t elemSize);
    void take(VecStorage &other, size_t elemSize);

    Context *ctx_;
    void *data_ = nullptr;
    uint32_t size_ = 0;
    uint32_t cap_ = 0;
};

// Growable array of trivially copyable elements.
template <typename T>
class Vec : private VecStorage {
public:
    explicit Vec(Context *ctx = nullptr) : VecStorage(ctx) {}
    ~Vec() { reset(); }

    void setContext(Context *ctx) { ctx_ = ctx; }
    uint32_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    T *data() { return static_cast<T *>(data_); }
    const T *data() const { return static_cast<const T *>(data_); }
    T &operator[](uint32_t i) { return data()[i]; }
    const T &operator[](uint32_t i) const { return data()[i]; }
    T &back() { return data()[size_ - 1]; }

    bool reserve(uint32_t wanted) { return wanted <= cap_ || grow(wanted, sizeof(T)); }
    bool push(const T &value) {
        if (size_ == cap_ && !grow(size_ + 1, sizeof(T))) return false;
        data()[size_++] = value;
        return true;
    }
    bool append(const T *values, uint32_t count) {
        if (count == 0) return true;
        if (!reserve(size_ + count)) return false;
        memcpy(data() + size_, values, sizeof(T) * count);
        size_ += count;
        return true;
    }
    bool resize(uint32_t n, const T &fill) {
        if (!reserve(n)) return false;
        for (uint32_t i = size_; i < n; i++) data()[i] = fill;
        size_ = n;
        return true;
    }
    void pop() {
        if (size_) size_--;
    }
    void truncate(uint32_t n) {
        if (n < size_) size_ = n;
    }
    void clear() { size_ = 0; }
    void reset() { release(sizeof(T)); }
    // Gives the unused capacity back (a shrinking reallocation).
    void shrinkToFit() { shrink(sizeof(T)); }
    // Moves the storage of `other` into this (this must be empty).
    void take(Vec &other) { VecStorage::take(other, sizeof(T)); }
};

// Open-addressing hash map from a 32- or 64-bit key to a uint32_t value
// below kEmpty (the value of an unused slot, so slots need no flag).
template <typename K>
class HashMap {
public:
    static constexpr uint32_t kEmpty = 0xffffffffu;

    explicit HashMap(Context *ctx = nullptr) : slots_(ctx) {}
    void setContext(Context *ctx) { slots_.setContext(ctx); }

    // Returns a pointer to the value or nullptr.
    uint32_t *find(K key) {
        if (count_ == 0) return nullptr;
        uint32_t mask = slots_.size() - 1;
        for (uint32_t i = hash(key) & mask;; i = (i + 1) & mask) {
            Slot &s = slots_[i];
            if (s.value == kEmpty) return nullptr;
            if (s.key == key) return &s.value;
        }
    }
    bool contains(K key) { return find(key) != nullptr; }
    // Inserts or overwrites.
    bool put(K key, uint32_t value) {
        if ((count_ + 1) * 4 >= slots_.size() * 3 && !grow()) return false;
        uint32_t mask = slots_.size() - 1;
        for (uint32_t i = hash(key) & mask;; i = (i + 1) & mask) {
            Slot &s = slots_[i];
            if (s.value == kEmpty) {
                s.key = key;
                s.value = value;
                count_++;
                return true;
            }
            if (s.key == key) {
                s.value = value;
                return true;
            }
        }
    }
    uint32_t count() const { return count_; }
    void clear() {
        slots_.reset();
        count_ = 0;
    }

private:
    struct Slot {
        K key;
        uint32_t value;
    };
    static uint32_t hash(K key) {
        uint64_t k = static_cast<uint64_t>(key);
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdull;
        k ^= k >> 33;
        return static_cast<uint32_t>(k);
    }
    bool grow() {
        // Four slots first (two names before the first growth): most
        // maps of a function hold a name or two.
        uint32_t newSize = slots_.size() ? slots_.size() * 2 : 4;
        Vec<Slot> old(nullptr);
        old.take(slots_);
        Slot empty;
        memset(&empty, 0, sizeof empty);
        empty.value = kEmpty;
        if (!slots_.resize(newSize, empty)) {
            slots_.take(old);
            return false;
        }
        count_ = 0;
        for (uint32_t i = 0; i < old.size(); i++)
            if (old[i].value != kEmpty) put(old[i].key, old[i].value);
        return true;
    }
    Vec<Slot> slots_;
    uint32_t count_ = 0;
};

}  // namespace eng

#endif
