// Building a string piece by piece in one growing buffer, interned at the end
// (repeated concatenation would intern every intermediate string). The buffer
// holds Latin-1 bytes until a wider unit arrives, so a Latin-1 result is
// copied with memcpy and hashed in one pass at the end.
#ifndef ENG_STRINGS_BUILDER_H
#define ENG_STRINGS_BUILDER_H

#include "heap/heap.h"

namespace eng {

class StringBuilder {
public:
    explicit StringBuilder(Heap &h) : h_(h) {}
    ~StringBuilder();
    StringBuilder(const StringBuilder &) = delete;
    StringBuilder &operator=(const StringBuilder &) = delete;

    Status append(const HString *s);
    // Units [from, to) of s.
    Status appendRange(const HString *s, uint32_t from, uint32_t to);
    Status appendAscii(const char *text);
    // ToString(d), without interning it as a string of its own.
    Status appendNumber(double d);
    Status appendUnit(uint16_t unit);
    Status appendCodePoint(uint32_t cp);  // a surrogate pair above U+FFFF
    // The interned result; the builder is left empty.
    HString *finish();

private:
    // Room for `more` units; growing may collect.
    Status reserve(uint32_t more) { return more <= capacity_ - length_ ? Status::Ok : grow(more); }
    Status grow(uint32_t more);
    Status widen();
    void appendUnits(const HString *s, uint32_t from, uint32_t to);
    size_t bytes() const { return static_cast<size_t>(capacity_) * (wide_ ? 2 : 1); }
    Heap &h_;
    void *units_ = nullptr;  // uint8_t[capacity_], or uint16_t[capacity_] once wide_
    uint32_t length_ = 0;
    uint32_t capacity_ = 0;
    bool wide_ = false;      // some unit is above 0xff
};

}  // namespace eng

#endif
