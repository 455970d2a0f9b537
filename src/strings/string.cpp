// The intern table: every string is unique by contents, so property keys and
// equality compare pointers. Buckets chain through GcHeader::next. A string
// that only one register holds may be appended to in place (appendToString):
// it is re-filed under its new text, so the table stays exact.
#include "strings/string.h"

#include "heap/refcount.h"
#include "strings/rom_strings.h"
#include "strings/utf8_copies.h"
#if ENG_USE_PTR16
#include "vm/errors.h"
#endif

#include <string.h>

namespace eng {

namespace {

// The built-ins' names are in flash (rom_strings.cpp): a fresh heap holds
// no string, and the table grows as scripts make them.
constexpr uint32_t INITIAL_BUCKETS = 16;
// Strings per bucket before the table doubles: two makes the table 2 bytes
// a string instead of 4 (2 KB less at 1,000 strings), for about one more
// hash compare on a lookup that walks a whole chain.
constexpr uint32_t STRINGS_PER_BUCKET = 2;
inline bool tableFull(const Heap &h) { return h.stringCount >= STRINGS_PER_BUCKET * h.stringBuckets && !h.gcRunning; }

// Equal bytes. Most lookups compare short keys: overlapping word loads
// (fixed-size memcpy compiles to plain loads) instead of a call.
bool sameBytes(const uint8_t *a, const uint8_t *b, uint32_t n) {
    if (n > 16) return memcmp(a, b, n) == 0;
    if (n >= 8) {
        uint64_t x, y, z, w;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        memcpy(&z, a + n - 8, 8);
        memcpy(&w, b + n - 8, 8);
        return x == y && z == w;
    }
    if (n >= 4) {
        uint32_t x, y, z, w;
        memcpy(&x, a, 4);
        memcpy(&y, b, 4);
        memcpy(&z, a + n - 4, 4);
        memcpy(&w, b + n - 4, 4);
        return x == y && z == w;
    }
    for (uint32_t i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

// Compares a string's units from `offset` on with a run; the caller has
// checked that the string is long enough.
bool sameUnits(const HString *s, uint32_t offset, const TextRun &r) {
    if (r.length == 0) return true;  // an empty builder's buffer may be null
    if (s->is8bit() && r.narrow) return sameBytes(s->data8() + offset, r.chars8(), r.length);
    if (!s->is8bit() && !r.narrow)
        return memcmp(s->data16() + offset, r.chars16(), static_cast<size_t>(r.length) * 2) == 0;
    for (uint32_t i = 0; i < r.length; i++)
        if (s->at(offset + i) != r.at(i)) return false;
    return true;
}

// s holds the runs' units one after another (hash and length: of them all).
bool sameRuns(const HString *s, const TextRun *runs, uint32_t count, uint32_t hash, uint32_t length) {
    if (s->hash != hash || s->length != length) return false;
    uint32_t offset = 0, i = 0;
    for (; i < count && sameUnits(s, offset, runs[i]); i++) offset += runs[i].length;
    return i == count;
}

// Copies a run into a string's storage at `offset` (narrowing or widening).
// Inline: interning, on every string's path, pays no call for it.
inline __attribute__((always_inline)) void copyUnits(HString *s, uint32_t offset, const TextRun &r) {
    if (r.length == 0) return;
    if (s->is8bit()) {
        uint8_t *d = const_cast<uint8_t *>(s->data8()) + offset;
        if (r.narrow) {
            memcpy(d, r.chars8(), r.length);
        } else {
            for (uint32_t i = 0; i < r.length; i++) d[i] = static_cast<uint8_t>(r.chars16()[i]);
        }
    } else {
        uint16_t *d = const_cast<uint16_t *>(s->data16()) + offset;
        if (r.narrow) {
            for (uint32_t i = 0; i < r.length; i++) d[i] = r.chars8()[i];
        } else {
            memcpy(d, r.chars16(), static_cast<size_t>(r.length) * 2);
        }
    }
}

void growTable(Heap &h) {
    uint32_t newCount = h.stringBuckets * 2;
    HeapPtr<GcHeader> *table = static_cast<HeapPtr<GcHeader> *>(heapAlloc(h, newCount * sizeof(*table)));
    if (!table) return;  // keep the longer chains; still correct
    memset(static_cast<void *>(table), 0, newCount * sizeof(*table));
    for (uint32_t i = 0; i < h.stringBuckets; i++) {
        HString *s = static_cast<HString *>(h.strings[i]);
        while (s) {
            HString *next = static_cast<HString *>(s->next);
            uint32_t b = s->hash & (newCount - 1);
            s->next = table[b];
            table[b] = s;
            s = next;
        }
    }
    heapFree(h, h.strings, h.stringBuckets * sizeof(*h.strings));
    h.strings = table;
    h.stringBuckets = newCount;
}

void linkString(Heap &h, HString *s) {
    uint32_t b = s->hash & (h.stringBuckets - 1);
    s->next = h.strings[b];
    h.strings[b] = s;
}

void unlinkString(Heap &h, HString *s) {
    HeapPtr<GcHeader> *link = &h.strings[s->hash & (h.stringBuckets - 1)];
    while (*link != s) link = &(*link)->next;
    *link = s->next;
}

// The string (in RAM or in flash) whose units are the runs one after
// another, or null.
inline __attribute__((always_inline)) HString *findRuns(Heap &h, const TextRun *runs, uint32_t count, uint32_t hash, uint32_t length) {
    for (HString *s = static_cast<HString *>(h.strings[hash & (h.stringBuckets - 1)]); s; s = static_cast<HString *>(s->next))
        if (sameRuns(s, runs, count, hash, length)) return s;
    // Not in RAM: maybe in flash (then never in RAM, so this runs only
    // when a string is about to be made, or for a flash one).
    uint32_t bit = hash & (ROM_STRING_FILTER_BITS - 1);
    if (!(romStringIndex.present[bit / 32] & (1u << (bit % 32)))) return nullptr;
    uint32_t b = hash & (ROM_STRING_BUCKETS - 1);
    for (uint32_t k = romStringIndex.start[b], end = romStringIndex.start[b + 1]; k < end; k++) {
        const HString *s = romAtom(static_cast<Atom>(romStringIndex.atom[k]));
        if (sameRuns(s, runs, count, hash, length)) return const_cast<HString *>(s);
    }
    return nullptr;
}

HString *insert(Heap &h, uint32_t hash, uint32_t length, bool narrow) {
    size_t bytes = sizeof(HString) + static_cast<size_t>(length) * (narrow ? 1 : 2);
    if (tableFull(h)) growTable(h);
    HString *s = static_cast<HString *>(heapAlloc(h, bytes));
    if (!s) {
        (void)throwOutOfMemory(h);
        return nullptr;
    }
    memset(s, 0, sizeof(HString));
    s->type = HeapType::String;
    s->extra = narrow ? STR_8BIT : 0;
    s->hash = hash;
    s->length = length;
    linkString(h, s);
    h.stringCount++;
    zctAdd(h, s);
    return s;
}

// The string whose units are the runs one after another (hash: of all of
// them; narrow: every unit fits in a byte; hashed: how many units the
// caller hashed to get it). The runs' storage must survive
// an allocation (strings among them rooted by the caller). The new string
// is filled before anything else can run, so the collector never sees it
// half made.
HString *internRuns(Heap &h, const TextRun *runs, uint32_t count, uint32_t hash, bool narrow, uint32_t hashed) {
    uint32_t length = 0;
    for (uint32_t i = 0; i < count; i++) {
        length += runs[i].length;
        if (length < runs[i].length || length > STRING_MAX_LENGTH) {
            (void)throwStringTooLong(h);
            return nullptr;
        }
    }
    // The caller's hashing is work the instruction budget pays for
    // (vm/interrupt_state.h); copying is paid with the allocation.
    chargeBulkWork(h.interrupt, hashed / STRING_UNITS_PER_WEIGHT);
    if (HString *found = findRuns(h, runs, count, hash, length)) return found;
    HString *s = insert(h, hash, length, narrow);
    if (!s) return nullptr;
    uint32_t offset = 0;
    for (uint32_t i = 0; i < count; i++) {
        copyUnits(s, offset, runs[i]);
        offset += runs[i].length;
    }
    return s;
}

}  // namespace

bool initStrings(Heap &h) {
    h.strings = static_cast<HeapPtr<GcHeader> *>(heapAlloc(h, INITIAL_BUCKETS * sizeof(*h.strings)));
    if (!h.strings) return false;
    memset(static_cast<void *>(h.strings), 0, INITIAL_BUCKETS * sizeof(*h.strings));
    h.stringBuckets = INITIAL_BUCKETS;
    return true;
}

void freeStrings(Heap &h) {
    if (!h.strings) return;
    for (uint32_t i = 0; i < h.stringBuckets; i++) {
        HString *s = static_cast<HString *>(h.strings[i]);
        while (s) {
            HString *next = static_cast<HString *>(s->next);
            heapFree(h, s, stringAllocSize(s));
            s = next;
        }
    }
    heapFree(h, h.strings, h.stringBuckets * sizeof(*h.strings));
    h.strings = nullptr;
    h.stringCount = 0;
}

void sweepStrings(Heap &h) {
    for (uint32_t i = 0; i < h.stringBuckets; i++) {
        HeapPtr<GcHeader> *link = &h.strings[i];
        while (HString *s = static_cast<HString *>(*link)) {
            if (s->gcFlags & GC_MARKED) {
                s->gcFlags &= static_cast<uint8_t>(~GC_MARKED);
                if ((s->gcFlags & RC_MAX) == 0) zctAdd(h, s);
                link = &s->next;
            } else {
                *link = s->next;
                if (s->extra & STR_HAS_UTF8_COPY) dropUtf8Copy(h, s);
                heapFree(h, s, stringAllocSize(s));
                h.stringCount--;
            }
        }
    }
}

void freeInternedString(Heap &h, HString *s) {
    unlinkString(h, s);
    h.stringCount--;
    if (s->extra & STR_HAS_UTF8_COPY) dropUtf8Copy(h, s);
    heapFree(h, s, stringAllocSize(s));
}

HString *internLatin1(Heap &h, const uint8_t *chars, uint32_t length) {
    TextRun r = TextRun::latin1(chars, length);
    return internRuns(h, &r, 1, hashRun(HASH_SEED, r), true, length);
}

HString *internUtf16(Heap &h, const uint16_t *units, uint32_t length) {
    uint32_t hash = HASH_SEED, wide = 0;
    for (uint32_t i = 0; i < length; i++) {
        wide |= units[i];
        hash = hashStep(hash, units[i]);
    }
    TextRun r = TextRun::utf16(units, length);
    return internRuns(h, &r, 1, hash, wide < 256, length);
}

HString *internText(Heap &h, const TextRun &text, uint32_t hash, bool narrow) {
    return internRuns(h, &text, 1, hash, narrow, text.length);
}

HString *internCString(Heap &h, const char *ascii) {
    return internLatin1(h, reinterpret_cast<const uint8_t *>(ascii),
                        static_cast<uint32_t>(strlen(ascii)));
}

HString *internUtf8(Heap &h, const char *utf8, size_t length) {
    const uint8_t *p = reinterpret_cast<const uint8_t *>(utf8);
    bool ascii = true;
    for (size_t i = 0; i < length && ascii; i++) ascii = p[i] < 0x80;
    if (ascii) return internLatin1(h, p, static_cast<uint32_t>(length));
    // At most one UTF-16 unit per byte.
    uint16_t *units = static_cast<uint16_t *>(heapAlloc(h, length * 2));
    if (!units) {
        (void)throwOutOfMemory(h);
        return nullptr;
    }
    uint32_t n = 0;
    size_t i = 0;
    while (i < length) {
        uint32_t c = p[i];
        uint32_t need = 0, cp = 0xfffd;
        if (c < 0x80) { cp = c; need = 0; }
        else if ((c & 0xe0) == 0xc0) { cp = c & 0x1f; need = 1; }
        else if ((c & 0xf0) == 0xe0) { cp = c & 0x0f; need = 2; }
        else if ((c & 0xf8) == 0xf0) { cp = c & 0x07; need = 3; }
        else { units[n++] = 0xfffd; i++; continue; }
        if (i + need >= length + (need ? 0 : 1)) { units[n++] = 0xfffd; i++; continue; }
        bool ok = true;
        for (uint32_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xc0) != 0x80) { ok = false; break; }
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if (!ok) { units[n++] = 0xfffd; i++; continue; }
        i += need + 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            units[n++] = static_cast<uint16_t>(0xd800 + (cp >> 10));
            units[n++] = static_cast<uint16_t>(0xdc00 + (cp & 0x3ff));
        } else {
            units[n++] = static_cast<uint16_t>(cp);
        }
    }
    HString *s = internUtf16(h, units, n);
    heapFree(h, units, length * 2);
    return s;
}

HString *concatStrings(Heap &h, HString *a, HString *b) {
    if (a->length == 0) return b;
    if (b->length == 0) return a;
    // The hash is a left fold over the units, so a's part is already done.
    TextRun runs[2] = {TextRun::of(a), TextRun::of(b)};
    return internRuns(h, runs, 2, hashRun(a->hash, runs[1]), a->is8bit() && b->is8bit(), b->length);
}

HString *concatLatin1(Heap &h, HString *s, const uint8_t *chars, uint32_t n, bool charsFirst) {
    if (n == 0) return s;
    TextRun text = TextRun::latin1(chars, n);
    TextRun str = TextRun::of(s);
    if (charsFirst) {
        TextRun runs[2] = {text, str};
        return internRuns(h, runs, 2, hashRun(hashRun(HASH_SEED, text), str), s->is8bit(), n + s->length);
    }
    TextRun runs[2] = {str, text};
    return internRuns(h, runs, 2, hashRun(s->hash, text), s->is8bit(), n);
}

HString *appendToString(Heap &h, HString *s, const TextRun &text, bool textNarrow, bool sole) {
    if (text.length == 0) return s;
    uint32_t length = s->length + text.length;
    if (length < s->length || length > STRING_MAX_LENGTH) {
        (void)throwStringTooLong(h);
        return nullptr;
    }
    TextRun runs[2] = {TextRun::of(s), text};
    uint32_t hash = hashRun(s->hash, text);
    // Interned: if the text exists, it is the answer, and s stays as it is.
    if (HString *found = findRuns(h, runs, 2, hash, length)) return found;
    bool narrow = s->is8bit() && textNarrow;
    sole = sole && !isReadOnly(s) && !(s->extra & STR_HAS_UTF8_COPY);
    if (sole && isGrownString(s) && narrow == s->is8bit() && stringCapacity(s->length) >= length) {
        // In place: re-filed under the new hash; an index it was is gone.
        unlinkString(h, s);
        copyUnits(s, s->length, text);
        s->length = length;
        s->hash = hash;
        s->extra = static_cast<uint16_t>(s->extra & ~(STR_INDEX_CHECKED | STR_IS_INDEX));
        linkString(h, s);
        return s;
    }
    if (!sole && tableFull(h)) growTable(h);
    size_t bytes = sizeof(HString) + static_cast<size_t>(stringCapacity(length)) * (narrow ? 1 : 2);
    // May collect: s (and the text) are rooted by the caller, and a
    // collection makes no string, so the lookup above still holds.
    HString *g = static_cast<HString *>(heapAlloc(h, bytes));
    if (!g) return internRuns(h, runs, 2, hash, narrow, text.length);  // without the room it may fit
    memset(g, 0, sizeof(HString));
    g->type = HeapType::String;
    g->extra = static_cast<uint16_t>((narrow ? STR_8BIT : 0) | STR_GROWN);
    g->hash = hash;
    g->length = length;
    copyUnits(g, 0, runs[0]);
    copyUnits(g, runs[0].length, text);
    if (sole) {
        // g takes s's place everywhere s is known to the heap: the intern
        // table and the zero-count table (its count is zero, as s's was).
        g->gcFlags = s->gcFlags;
        if (s->gcFlags & GC_IN_ZCT) zctReplace(h, s, g);
        unlinkString(h, s);
        heapFree(h, s, stringAllocSize(s));
        linkString(h, g);
        return g;
    }
    linkString(h, g);
    h.stringCount++;
    zctAdd(h, g);
    return g;
}

HString *substring(Heap &h, HString *s, uint32_t start, uint32_t end) {
    if (start >= end) return atom(h, ATOM_empty);
    if (s->is8bit()) return internLatin1(h, s->data8() + start, end - start);
    return internUtf16(h, s->data16() + start, end - start);
}

bool stringArrayIndex(HString *s, uint32_t *index) {
    if (s->extra & STR_INDEX_CHECKED) {
        if (!(s->extra & STR_IS_INDEX)) return false;
    }
    uint32_t n = s->length;
    bool ok = n > 0 && n <= 10;
    uint64_t v = 0;
    for (uint32_t i = 0; ok && i < n; i++) {
        uint16_t c = s->at(i);
        if (c < '0' || c > '9' || (i == 0 && c == '0' && n > 1)) ok = false;
        else v = v * 10 + (c - '0');
    }
    ok = ok && v < 0xffffffffull;
    if (!isReadOnly(s))  // flash strings come checked
        s->extra = static_cast<uint16_t>(s->extra | STR_INDEX_CHECKED | (ok ? STR_IS_INDEX : 0));
    if (ok) *index = static_cast<uint32_t>(v);
    return ok;
}

bool stringEquals(const HString *s, const char *ascii) {
    size_t n = strlen(ascii);
    return s->length == n && sameUnits(s, 0, TextRun::latin1(reinterpret_cast<const uint8_t *>(ascii), s->length));
}

int compareStrings(const HString *a, const HString *b, uint32_t *compared) {
    uint32_t n = a->length < b->length ? a->length : b->length;
    uint32_t i = 0;
    int d = 0;
    if (a == b) {
        i = n;  // interned: the same text is the same string
    } else if (a->is8bit() && b->is8bit()) {
        const uint8_t *x = a->data8(), *y = b->data8();
        while (i < n && x[i] == y[i]) i++;
        if (i < n) d = static_cast<int>(x[i]) - static_cast<int>(y[i]);
    } else {
        while (i < n && a->at(i) == b->at(i)) i++;
        if (i < n) d = static_cast<int>(a->at(i)) - static_cast<int>(b->at(i));
    }
    if (compared) *compared = i;
    if (d) return d;
    return a->length < b->length ? -1 : (a->length > b->length ? 1 : 0);
}

size_t putUtf8(uint32_t cp, uint8_t *out) {
    if (cp < 0x80) {
        if (out) out[0] = static_cast<uint8_t>(cp);
        return 1;
    }
    if (cp < 0x800) {
        if (out) {
            out[0] = static_cast<uint8_t>(0xc0 | (cp >> 6));
            out[1] = static_cast<uint8_t>(0x80 | (cp & 0x3f));
        }
        return 2;
    }
    if (cp < 0x10000) {
        if (out) {
            out[0] = static_cast<uint8_t>(0xe0 | (cp >> 12));
            out[1] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3f));
            out[2] = static_cast<uint8_t>(0x80 | (cp & 0x3f));
        }
        return 3;
    }
    if (out) {
        out[0] = static_cast<uint8_t>(0xf0 | (cp >> 18));
        out[1] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3f));
        out[2] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3f));
        out[3] = static_cast<uint8_t>(0x80 | (cp & 0x3f));
    }
    return 4;
}

uint32_t codePointAt(const HString *s, uint32_t i, uint32_t *width) {
    uint32_t c = s->at(i);
    *width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s->length) {
        uint32_t d = s->at(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
            *width = 2;
            return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        }
    }
    return c;
}

namespace {

// UTF-8 has no lone surrogates: they are written as U+FFFD.
uint32_t scalarAt(const HString *s, uint32_t i, uint32_t *width) {
    uint32_t c = codePointAt(s, i, width);
    return c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
}

}  // namespace

size_t utf8Length(const HString *s) {
    size_t n = 0;
    for (uint32_t i = 0; i < s->length;) {
        uint32_t w;
        n += putUtf8(scalarAt(s, i, &w), nullptr);
        i += w;
    }
    return n;
}

void toUtf8(const HString *s, char *out) {
    uint8_t *o = reinterpret_cast<uint8_t *>(out);
    for (uint32_t i = 0; i < s->length;) {
        uint32_t w;
        o += putUtf8(scalarAt(s, i, &w), o);
        i += w;
    }
    *o = 0;
}

#if ENG_USE_PTR16
Status throwStringTooLong(Heap &h) { return throwError(h, PROTO_RANGE_ERROR, "Invalid string length"); }
#endif

}  // namespace eng
