#include "compiler/atoms.h"

namespace eng {

namespace {
uint32_t hashUnits(const uint16_t *units, uint32_t length) {
    uint32_t h = 2166136261u;  // FNV-1a over code units
    for (uint32_t i = 0; i < length; i++) {
        h ^= units[i];
        h *= 16777619u;
    }
    return h;
}
}  // namespace

AtomTable::AtomTable(Context *ctx) : ctx_(ctx), atoms_(ctx), pool_(ctx), buckets_(ctx) {}

bool AtomTable::init() {
    return internAscii("arguments") == ATOM_ARGUMENTS && internAscii("eval") == ATOM_EVAL &&
           internAscii("") == ATOM_EMPTY;
}

uint32_t AtomTable::internAscii(const char *text) {
    uint16_t buf[32];
    uint32_t n = 0;
    while (text[n] && n < 32) {
        buf[n] = static_cast<uint8_t>(text[n]);
        n++;
    }
    return intern(buf, n);
}

bool AtomTable::equalsAscii(uint32_t atom, const char *text) const {
    if (atom >= atoms_.size()) return false;
    const Atom &a = atoms_[atom];
    const uint16_t *u = pool_.data() + a.offset;
    for (uint32_t i = 0; i < a.length; i++)
        if (text[i] == 0 || static_cast<uint8_t>(text[i]) != u[i]) return false;
    return text[a.length] == 0;
}

bool AtomTable::growBuckets() {
    uint32_t newSize = buckets_.size() ? buckets_.size() * 2 : 64;
    Vec<uint32_t> fresh(ctx_);
    if (!fresh.resize(newSize, 0)) return false;
    for (uint32_t id = 0; id < atoms_.size(); id++) {
        uint32_t mask = newSize - 1;
        uint32_t i = atoms_[id].hash & mask;
        while (fresh[i]) i = (i + 1) & mask;
        fresh[i] = id + 1;
    }
    buckets_.take(fresh);
    return true;
}

uint32_t AtomTable::intern(const uint16_t *units, uint32_t length) {
    if (ctx_->outOfMemory) return NO_ATOM;
    uint32_t h = hashUnits(units, length);
    if ((atoms_.size() + 1) * 2 >= buckets_.size() && !growBuckets()) return NO_ATOM;
    uint32_t mask = buckets_.size() - 1;
    uint32_t i = h & mask;
    for (; buckets_[i]; i = (i + 1) & mask) {
        const Atom &a = atoms_[buckets_[i] - 1];
        if (a.hash == h && a.length == length &&
            (length == 0 || memcmp(pool_.data() + a.offset, units, length * 2) == 0))
            return buckets_[i] - 1;
    }
    Atom atom;
    atom.offset = pool_.size();
    atom.length = length;
    atom.hash = h;
    atom.latin1 = true;
    for (uint32_t k = 0; k < length; k++)
        if (units[k] > 0xff) atom.latin1 = false;
    if (!pool_.append(units, length) || !atoms_.push(atom)) return NO_ATOM;
    buckets_[i] = atoms_.size();
    return atoms_.size() - 1;
}

}  // namespace eng
