// The pc-to-position table of the function being emitted, packed while it
// grows (the format of bytecode/line_table.h, about 3 bytes an entry instead
// of the 12 of a LineEntry). Only the last entries stay unpacked, where the
// emitter and its peephole may still change or drop them; should they reach
// further back, the last packed entry is unpacked again.
#ifndef ENG_COMPILER_LINE_BUILDER_H
#define ENG_COMPILER_LINE_BUILDER_H

#include <stdint.h>

#include "bytecode/line_table.h"
#include "compiler/compile_context.h"

namespace eng {

class LineTableBuilder {
public:
    explicit LineTableBuilder(Context *ctx) : bytes_(ctx), tail_(ctx) {}

    bool empty() const { return packedCount_ == 0 && tail_.empty(); }
    uint32_t size() const { return packedCount_ + tail_.size(); }
    // Entry size() - 1 - k (k < size(), k < kKeep).
    LineEntry &fromBack(uint32_t k) {
        while (tail_.size() <= k && packedCount_ && unpackLast()) {
        }
        return tail_.size() > k ? tail_[tail_.size() - 1 - k] : scratch_;  // scratch_: out of memory
    }
    LineEntry &back() { return fromBack(0); }
    bool push(const LineEntry &e) {
        if (!tail_.push(e)) return false;
        return tail_.size() < 2 * kKeep || packOldest();
    }
    void pop() {
        if (tail_.empty() && packedCount_ && !unpackLast()) return;
        tail_.pop();
    }
    void clear() {
        bytes_.clear();
        tail_.clear();
        packedCount_ = 0;
        lastPacked_ = LineEntry{0, 0, 0};
    }
    // Bytes of the whole packed table.
    uint32_t packedSize() const {
        uint32_t size = bytes_.size();
        LineEntry prev = lastPacked_;
        for (uint32_t i = 0; i < tail_.size(); i++) {
            size += entrySize(prev, tail_[i]);
            prev = tail_[i];
        }
        return size;
    }
    // Writes the whole packed table; returns the end.
    uint8_t *write(uint8_t *out) const {
        if (bytes_.size()) memcpy(out, bytes_.data(), bytes_.size());
        out += bytes_.size();
        LineEntry prev = lastPacked_;
        for (uint32_t i = 0; i < tail_.size(); i++) {
            out = putEntry(out, prev, tail_[i]);
            prev = tail_[i];
        }
        return out;
    }

private:
    static constexpr uint32_t kKeep = 8;  // entries left unpacked after packing

    static uint32_t entrySize(const LineEntry &prev, const LineEntry &e) {
        return varintSize(e.pc - prev.pc) + varintSize(zigzag(static_cast<int32_t>(e.line - prev.line))) +
               varintSize(e.column);
    }
    static uint8_t *putEntry(uint8_t *out, const LineEntry &prev, const LineEntry &e) {
        out = putVarint(out, e.pc - prev.pc);
        out = putVarint(out, zigzag(static_cast<int32_t>(e.line - prev.line)));
        return putVarint(out, e.column);
    }

    // Packs all but the last kKeep entries of the tail.
    bool packOldest() {
        uint32_t n = tail_.size() - kKeep;
        uint32_t size = 0;
        LineEntry prev = lastPacked_;
        for (uint32_t i = 0; i < n; i++) {
            size += entrySize(prev, tail_[i]);
            prev = tail_[i];
        }
        uint32_t at = bytes_.size();
        if (!bytes_.resize(at + size, 0)) return false;
        uint8_t *out = bytes_.data() + at;
        for (uint32_t i = 0; i < n; i++) {
            out = putEntry(out, lastPacked_, tail_[i]);
            lastPacked_ = tail_[i];
        }
        packedCount_ += n;
        memmove(tail_.data(), tail_.data() + n, sizeof(LineEntry) * kKeep);
        tail_.truncate(kKeep);
        return true;
    }

    // Moves the last packed entry back to the front of the tail (decoding
    // the packed part from its start: only a fallback, the emitter never
    // looks that far back in practice).
    bool unpackLast() {
        if (!tail_.reserve(tail_.size() + 1)) return false;
        LineTableReader reader(bytes_.data(), bytes_.size());
        LineEntry before{0, 0, 0}, last{0, 0, 0};
        uint32_t lastAt = 0;
        while (!reader.atEnd()) {
            uint32_t at = static_cast<uint32_t>(reader.pos - bytes_.data());
            before = last;
            if (!reader.next()) break;
            last = reader.entry;
            lastAt = at;
        }
        bytes_.truncate(lastAt);
        packedCount_--;
        lastPacked_ = packedCount_ ? before : LineEntry{0, 0, 0};
        tail_.push(last);
        memmove(tail_.data() + 1, tail_.data(), sizeof(LineEntry) * (tail_.size() - 1));
        tail_[0] = last;
        return true;
    }

    Vec<uint8_t> bytes_;    // entries [0, packedCount_)
    Vec<LineEntry> tail_;   // the entries after them
    uint32_t packedCount_ = 0;
    LineEntry lastPacked_{0, 0, 0};
    LineEntry scratch_{0, 0, 0};
};

}  // namespace eng

#endif
