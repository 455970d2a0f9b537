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
           internAscii("") == ATOM_EMPTY && internAscii("yield") == ATOM_YIELD;
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

uint16_t AtomTable::unit(uint32_t atom, uint32_t k) const {
    const Atom &a = atoms_[atom];
    const uint8_t *p = pool_.data() + a.offset;
    if (a.latin1) return p[k];
    uint16_t u;
    memcpy(&u, p + 2 * k, 2);
    return u;
}

void AtomTable::copyLatin1(uint32_t atom, uint8_t *out) const {
    if (atom < atoms_.size()) memcpy(out, pool_.data() + atoms_[atom].offset, atoms_[atom].length);
}

void AtomTable::copyUnits(uint32_t atom, uint8_t *out) const {
    if (atom >= atoms_.size()) return;
    const Atom &a = atoms_[atom];
    const uint8_t *p = pool_.data() + a.offset;
    if (!a.latin1) {
        memcpy(out, p, 2u * a.length);
        return;
    }
    for (uint32_t k = 0; k < a.length; k++) {
        uint16_t u = p[k];
        memcpy(out + 2 * k, &u, 2);
    }
}

bool AtomTable::equalsAscii(uint32_t atom, const char *text) const {
    if (atom >= atoms_.size()) return false;
    uint32_t n = atoms_[atom].length;
    for (uint32_t i = 0; i < n; i++)
        if (text[i] == 0 || static_cast<uint8_t>(text[i]) != unit(atom, i)) return false;
    return text[n] == 0;
}

bool AtomTable::growBuckets() {
    uint32_t newSize = buckets_.size() ? buckets_.size() * 2 : 16;  // grows with the script
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
    if (length >= 0x80000000u) {
        ctx_->outOfMemory = true;
        return NO_ATOM;
    }
    uint32_t h = hashUnits(units, length);
    bool latin1 = true;
    for (uint32_t k = 0; k < length && latin1; k++) latin1 = units[k] <= 0xff;
    if ((atoms_.size() + 1) * 2 >= buckets_.size() && !growBuckets()) return NO_ATOM;
    uint32_t mask = buckets_.size() - 1;
    uint32_t i = h & mask;
    for (; buckets_[i]; i = (i + 1) & mask) {
        const Atom &a = atoms_[buckets_[i] - 1];
        if (a.hash != h || a.length != length || a.latin1 != latin1) continue;
        const uint8_t *p = pool_.data() + a.offset;
        bool same = true;
        if (latin1) {
            for (uint32_t k = 0; k < length && same; k++) same = p[k] == units[k];
        } else {
            same = memcmp(p, units, 2u * length) == 0;
        }
        if (same) return buckets_[i] - 1;
    }
    Atom atom;
    atom.offset = pool_.size();
    atom.length = length;
    atom.latin1 = latin1;
    atom.hash = h;
    uint32_t bytes = latin1 ? length : 2 * length;
    if (!pool_.resize(atom.offset + bytes, 0)) return NO_ATOM;
    uint8_t *text = pool_.data() + atom.offset;
    if (latin1) {
        for (uint32_t k = 0; k < length; k++) text[k] = static_cast<uint8_t>(units[k]);
    } else {
        memcpy(text, units, bytes);
    }
    if (!atoms_.push(atom)) return NO_ATOM;
    buckets_[i] = atoms_.size();
    return atoms_.size() - 1;
}

}  // namespace eng
