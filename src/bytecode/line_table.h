// The pc-to-position table of a function record, packed: a byte stream of
// entries, each three LEB128-style varints (7 bits per byte, high bit set
// on every byte but the last):
//   pc delta from the previous entry (the first from 0),
//   line delta from the previous entry, zigzag-signed (the first from 0),
//   column (1-based, absolute).
// Entries are in pc order. A typical entry takes 3 bytes instead of the 12
// of a LineEntry; the table is only read when an error or a stack trace
// needs a position, so decoding from the start is fine.
#ifndef ENG_BYTECODE_LINE_TABLE_H
#define ENG_BYTECODE_LINE_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "bytecode/image.h"

namespace eng {

// Bytes the varint encoding of v takes.
inline uint32_t varintSize(uint32_t v) {
    uint32_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        n++;
    }
    return n;
}

inline uint8_t *putVarint(uint8_t *out, uint32_t v) {
    while (v >= 0x80) {
        *out++ = static_cast<uint8_t>(v | 0x80);
        v >>= 7;
    }
    *out++ = static_cast<uint8_t>(v);
    return out;
}

inline uint32_t zigzag(int32_t v) { return (static_cast<uint32_t>(v) << 1) ^ static_cast<uint32_t>(v >> 31); }
inline int32_t unzigzag(uint32_t v) { return static_cast<int32_t>(v >> 1) ^ -static_cast<int32_t>(v & 1); }

// Walks a packed table. next() fails on a truncated or overlong varint.
struct LineTableReader {
    const uint8_t *pos;
    const uint8_t *end;
    LineEntry entry{0, 0, 0};

    LineTableReader(const uint8_t *bytes, size_t size) : pos(bytes), end(bytes + size) {}
    bool atEnd() const { return pos == end; }

    bool next() {
        uint32_t pcDelta, lineDelta, column;
        if (!varint(&pcDelta) || !varint(&lineDelta) || !varint(&column)) return false;
        entry.pc += pcDelta;
        // Unsigned: a hostile image's delta may overflow (wraps, then fails validation).
        entry.line += static_cast<uint32_t>(unzigzag(lineDelta));
        entry.column = column;
        return true;
    }

private:
    bool varint(uint32_t *out) {
        uint32_t v = 0;
        for (uint32_t shift = 0; shift < 35; shift += 7) {
            if (pos == end) return false;
            uint8_t b = *pos++;
            v |= static_cast<uint32_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                *out = v;
                return true;
            }
        }
        return false;
    }
};

// Size of the packed form of entries[0..count).
inline uint32_t packedLineTableSize(const LineEntry *entries, uint32_t count) {
    uint32_t size = 0;
    LineEntry prev{0, 0, 0};
    for (uint32_t i = 0; i < count; i++) {
        size += varintSize(entries[i].pc - prev.pc) +
                varintSize(zigzag(static_cast<int32_t>(entries[i].line - prev.line))) + varintSize(entries[i].column);
        prev = entries[i];
    }
    return size;
}

inline uint8_t *packLineTable(uint8_t *out, const LineEntry *entries, uint32_t count) {
    LineEntry prev{0, 0, 0};
    for (uint32_t i = 0; i < count; i++) {
        out = putVarint(out, entries[i].pc - prev.pc);
        out = putVarint(out, zigzag(static_cast<int32_t>(entries[i].line - prev.line)));
        out = putVarint(out, entries[i].column);
        prev = entries[i];
    }
    return out;
}

}  // namespace eng

#endif
