// Building a string piece by piece in one growing buffer, interned at the end
// (repeated concatenation would intern every intermediate string).
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
    Status appendAscii(const char *text);
    Status appendUnit(uint16_t unit);
    // The interned result; the builder is left empty.
    HString *finish();

private:
    Status reserve(uint32_t more);
    Heap &h_;
    uint16_t *units_ = nullptr;
    uint32_t length_ = 0;
    uint32_t capacity_ = 0;
};

}  // namespace eng

#endif
