// The property escapes' name lookup and the reader of their sets' ranges
// (the tables: unicode_properties.cpp, layout in tools/unicode/gen_regexp_properties.js).
#include "regexp/unicode_properties.h"

#if ENG_REGEXP_PROPERTY_ESCAPES
namespace eng {
namespace re {

namespace {

bool sameName(const uint16_t *s, uint32_t length, const char *ascii) {
    for (uint32_t i = 0; i < length; i++)
        if (!ascii[i] || s[i] != static_cast<uint8_t>(ascii[i])) return false;
    return ascii[length] == 0;
}

// The value bytes of name in a name list (length, characters, value), or null.
const uint8_t *findName(const uint8_t *list, uint32_t size, const uint16_t *name, uint32_t length, uint32_t valueBytes) {
    for (uint32_t i = 0; i < size; i += 1 + list[i] + valueBytes) {
        if (list[i] != length) continue;
        uint32_t k = 0;
        while (k < length && list[i + 1 + k] == name[k]) k++;
        if (k == length) return list + i + 1 + length;
    }
    return nullptr;
}

bool generalCategory(const uint16_t *value, uint32_t length, PropertyRef *out) {
    const uint8_t *v = findName(propGeneralCategoryNames, propGeneralCategoryNamesSize, value, length, 4);
    if (!v) return false;
    out->gcMask = v[0] | v[1] << 8 | v[2] << 16 | static_cast<uint32_t>(v[3]) << 24;
    return true;
}

}  // namespace

bool propertyLookup(const uint16_t *name, uint32_t nameLength, const uint16_t *value, uint32_t valueLength,
                    PropertyRef *out) {
    out->gcMask = 0;
    out->set = 0;
    out->complement = false;
    if (!value) {
        if (generalCategory(name, nameLength, out)) return true;
        const uint8_t *v = findName(propBinaryNames, propBinaryNamesSize, name, nameLength, 2);
        if (!v) return false;
        uint32_t id = v[0] | v[1] << 8;
        out->set = id & ~PROP_COMPLEMENT;
        out->complement = (id & PROP_COMPLEMENT) != 0;
        return true;
    }
    if (sameName(name, nameLength, "General_Category") || sameName(name, nameLength, "gc"))
        return generalCategory(value, valueLength, out);
    bool extensions = sameName(name, nameLength, "Script_Extensions") || sameName(name, nameLength, "scx");
    if (!extensions && !sameName(name, nameLength, "Script") && !sameName(name, nameLength, "sc")) return false;
    const uint8_t *v = findName(propScriptNames, propScriptNamesSize, value, valueLength, 2);
    if (!v) return false;
    out->set = (v[0] | v[1] << 8) + (extensions ? propScriptCount : 0);
    return true;
}

#if ENG_REGEXP_SETS
uint32_t stringPropertyLookup(const uint16_t *name, uint32_t length) {
    const uint8_t *v = findName(propStringNames, propStringNamesSize, name, length, 1);
    return v ? *v : 0;
}

PropertyStrings::PropertyStrings(uint32_t list)
    : p_(propStrings + propStringStart[list]), end_(propStrings + propStringStart[list + 1]) {}

int32_t PropertyStrings::next(uint32_t *cps) {
    if (p_ == end_) return -1;
    uint32_t shared = *p_ >> 4, length = shared + (*p_ & 15);
    p_++;
    for (uint32_t i = shared; i < length; i++) {
        uint32_t b = *p_++;
        if (b < 0xf0) {
            const uint8_t *d = propStringDict + 3 * b;
            prev_[i] = static_cast<uint32_t>(d[0]) << 16 | d[1] << 8 | d[2];
        } else {
            prev_[i] = (b & 15) << 16 | static_cast<uint32_t>(p_[0]) << 8 | p_[1];
            p_ += 2;
        }
    }
    prevLength_ = length;
    for (uint32_t i = 0; i < length; i++) cps[i] = prev_[i];
    return static_cast<int32_t>(length);
}
#endif

void PropertyRanges::Toggles::open(uint32_t set) {
    p = propRanges + propSetStart[set];
    end = propRanges + propSetStart[set + 1];
}

bool PropertyRanges::Toggles::next(uint32_t *t) {
    if (p == end) return false;
    uint32_t v = 0, b;
    do {
        b = *p++;
        v = v << 7 | (b & 0x7f);
    } while (b & 0x80);
    // Each toggle point is stored as its distance from the previous one, less one.
    prev = started ? prev + 1 + v : v;
    started = true;
    *t = prev;
    return true;
}

PropertyRanges::PropertyRanges(uint32_t set) {
    a_.open(set);
    hasA_ = a_.next(&ta_);
    if (propSetBase[set] != PROP_NO_BASE) {
        b_.open(propSetBase[set]);
        hasB_ = b_.next(&tb_);
    }
}

// The next toggle point of the XOR of the two streams (points in both cancel).
bool PropertyRanges::nextToggle(uint32_t *t) {
    for (;;) {
        if (!hasA_ && !hasB_) return false;
        if (hasA_ && hasB_ && ta_ == tb_) {
            hasA_ = a_.next(&ta_);
            hasB_ = b_.next(&tb_);
            continue;
        }
        if (hasA_ && (!hasB_ || ta_ < tb_)) {
            *t = ta_;
            hasA_ = a_.next(&ta_);
        } else {
            *t = tb_;
            hasB_ = b_.next(&tb_);
        }
        return true;
    }
}

bool PropertyRanges::next(uint32_t *lo, uint32_t *hi) {
    uint32_t end;
    if (!nextToggle(lo)) return false;
    *hi = nextToggle(&end) ? end - 1 : 0x10ffff;
    return true;
}

}  // namespace re
}  // namespace eng
#endif
