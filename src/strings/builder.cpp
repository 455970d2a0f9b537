#include "strings/builder.h"

#include <string.h>

#include "strings/numconv.h"
#include "strings/string.h"

namespace eng {

StringBuilder::~StringBuilder() { heapFree(h_, units_, bytes()); }

Status StringBuilder::grow(uint32_t more) {
    if (length_ + more < length_ || length_ + more > STRING_MAX_LENGTH) return throwStringTooLong(h_);
    uint32_t cap = capacity_ ? capacity_ : 16;
    while (cap < length_ + more) cap *= 2;
    size_t unit = wide_ ? 2 : 1;
    void *units = heapRealloc(h_, units_, bytes(), cap * unit);
    if (!units) return throwOutOfMemory(h_);
    units_ = units;
    capacity_ = cap;
    return Status::Ok;
}

// Turns the Latin-1 buffer into UTF-16 in place, from the end backwards.
Status StringBuilder::widen() {
    uint32_t cap = capacity_ ? capacity_ : 16;
    void *units = heapRealloc(h_, units_, bytes(), static_cast<size_t>(cap) * 2);
    if (!units) return throwOutOfMemory(h_);
    const uint8_t *from = static_cast<const uint8_t *>(units);
    uint16_t *to = static_cast<uint16_t *>(units);
    for (uint32_t i = length_; i-- > 0;) to[i] = from[i];
    units_ = units;
    capacity_ = cap;
    wide_ = true;
    return Status::Ok;
}

void StringBuilder::appendUnits(const HString *s, uint32_t from, uint32_t to) {
    uint32_t n = to - from;
    if (s->is8bit()) {
        const uint8_t *src = s->data8() + from;
        if (wide_) {
            uint16_t *d = static_cast<uint16_t *>(units_) + length_;
            for (uint32_t i = 0; i < n; i++) d[i] = src[i];
        } else if (n < 16) {  // cheaper than a call to memcpy
            uint8_t *d = static_cast<uint8_t *>(units_) + length_;
            for (uint32_t i = 0; i < n; i++) d[i] = src[i];
        } else {
            memcpy(static_cast<uint8_t *>(units_) + length_, src, n);
        }
    } else {
        const uint16_t *src = s->data16() + from;
        if (wide_) {
            memcpy(static_cast<uint16_t *>(units_) + length_, src, static_cast<size_t>(n) * 2);
        } else {  // a part of a wide string with no unit above 0xff
            uint8_t *d = static_cast<uint8_t *>(units_) + length_;
            for (uint32_t i = 0; i < n; i++) d[i] = static_cast<uint8_t>(src[i]);
        }
    }
    length_ += n;
}

Status StringBuilder::append(const HString *s) { return appendRange(s, 0, s->length); }

Status StringBuilder::appendRange(const HString *s, uint32_t from, uint32_t to) {
    if (from >= to) return Status::Ok;
    if (to - from > capacity_ - length_ || (!s->is8bit() && !wide_)) {
        // Growing the buffer may collect: s is often a fresh, unrooted string.
        LocalRoot root(h_, Value::pointer(s));
        ENG_TRY(reserve(to - from));
        // The result may be narrow only while every unit is: a wide string
        // has a unit above 0xff (interning narrows the rest), a part of one
        // may not.
        if (!s->is8bit() && !wide_) {
            bool wider = from == 0 && to == s->length;
            for (uint32_t i = from; i < to && !wider; i++) wider = s->data16()[i] > 0xff;
            if (wider) ENG_TRY(widen());
        }
    }
    appendUnits(s, from, to);
    return Status::Ok;
}

Status StringBuilder::appendNumber(double d) {
    char text[NUMBER_TEXT_MAX];
    numberToText(d, text);
    return appendAscii(text);
}

Status StringBuilder::appendAscii(const char *text) {
    uint32_t n = static_cast<uint32_t>(strlen(text));
    ENG_TRY(reserve(n));
    for (uint32_t i = 0; i < n; i++) {
        uint8_t c = static_cast<uint8_t>(text[i]);
        if (wide_) static_cast<uint16_t *>(units_)[length_++] = c;
        else static_cast<uint8_t *>(units_)[length_++] = c;
    }
    return Status::Ok;
}

Status StringBuilder::appendUnit(uint16_t unit) {
    ENG_TRY(reserve(1));
    if (unit > 0xff && !wide_) ENG_TRY(widen());
    if (wide_) static_cast<uint16_t *>(units_)[length_++] = unit;
    else static_cast<uint8_t *>(units_)[length_++] = static_cast<uint8_t>(unit);
    return Status::Ok;
}

Status StringBuilder::appendCodePoint(uint32_t cp) {
    if (cp < 0x10000) return appendUnit(static_cast<uint16_t>(cp));
    cp -= 0x10000;
    ENG_TRY(appendUnit(static_cast<uint16_t>(0xd800 + (cp >> 10))));
    return appendUnit(static_cast<uint16_t>(0xdc00 + (cp & 0x3ff)));
}

HString *StringBuilder::finish() {
    TextRun text = wide_ ? TextRun::utf16(static_cast<const uint16_t *>(units_), length_)
                         : TextRun::latin1(static_cast<const uint8_t *>(units_), length_);
    HString *s = internText(h_, text, hashRun(HASH_SEED, text), !wide_);
    heapFree(h_, units_, bytes());
    units_ = nullptr;
    length_ = capacity_ = 0;
    wide_ = false;
    return s;
}

}  // namespace eng
