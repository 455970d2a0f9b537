#include "strings/builder.h"

#include <string.h>

#include "strings/string.h"

namespace eng {

StringBuilder::~StringBuilder() { heapFree(h_, units_, capacity_ * sizeof(uint16_t)); }

Status StringBuilder::reserve(uint32_t more) {
    if (length_ + more < length_ || length_ + more > 0x3fffffffu) return throwOutOfMemory(h_);
    if (length_ + more <= capacity_) return Status::Ok;
    uint32_t cap = capacity_ ? capacity_ : 16;
    while (cap < length_ + more) cap *= 2;
    uint16_t *units = static_cast<uint16_t *>(
        heapRealloc(h_, units_, capacity_ * sizeof(uint16_t), cap * sizeof(uint16_t)));
    if (!units) return throwOutOfMemory(h_);
    units_ = units;
    capacity_ = cap;
    return Status::Ok;
}

Status StringBuilder::append(const HString *s) {
    // Growing the buffer may collect: s is often a fresh, unrooted string.
    LocalRoot root(h_, Value::pointer(s));
    ENG_TRY(reserve(s->length));
    for (uint32_t i = 0; i < s->length; i++) units_[length_++] = s->at(i);
    return Status::Ok;
}

Status StringBuilder::appendAscii(const char *text) {
    uint32_t n = static_cast<uint32_t>(strlen(text));
    ENG_TRY(reserve(n));
    for (uint32_t i = 0; i < n; i++) units_[length_++] = static_cast<uint8_t>(text[i]);
    return Status::Ok;
}

Status StringBuilder::appendUnit(uint16_t unit) {
    ENG_TRY(reserve(1));
    units_[length_++] = unit;
    return Status::Ok;
}

HString *StringBuilder::finish() {
    HString *s = internUtf16(h_, units_, length_);
    heapFree(h_, units_, capacity_ * sizeof(uint16_t));
    units_ = nullptr;
    length_ = capacity_ = 0;
    return s;
}

}  // namespace eng
