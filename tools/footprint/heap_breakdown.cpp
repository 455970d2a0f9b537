// Where the bytes of a fresh heap go: walks a new heap (the heap struct,
// the intern table and its strings, every object with its property table
// and array part) and prints each part next to the heap statistics, so
// docs/memory.md can be checked against the build (tools/footprint.sh).
#include <stdio.h>
#include <string.h>

#include "engine.h"
#include "heap/heap.h"
#include "objects/object.h"
#include "objects/object_ops.h"
#include "regexp/regexp_object.h"
#include "strings/string.h"

using namespace eng;

namespace {

struct Row {
    const char *what;
    size_t count;
    size_t bytes;
};

size_t objectBlock(const JSObject *o) {
    switch (o->cls()) {
    case ObjectClass::Array: return sizeof(JSArray);
    case ObjectClass::Native: return sizeof(JSNative);
    case ObjectClass::Boolean:
    case ObjectClass::Number:
    case ObjectClass::String: return sizeof(JSPrimitiveWrapper);
    case ObjectClass::RegExp: return sizeof(JSRegExp);
    case ObjectClass::Global: return sizeof(JSGlobal);
    default: return sizeof(JSObject);
    }
}

void add(Row *r, size_t bytes) {
    r->count++;
    r->bytes += bytes;
}

}  // namespace

// --objects: one line per object (class, own properties / capacity, bytes).
int main(int argc, char **argv) {
    bool listObjects = argc > 1 && strcmp(argv[1], "--objects") == 0;
    eng_heap *heap = eng_create(nullptr);
    if (!heap) return 1;
    Heap &h = *heap;
    eng_heap_stats stats;
    eng_get_stats(heap, &stats);

    Row heapStruct{"Heap struct (eng_heap)", 1, sizeof(eng_heap)};
    Row zct{"  of which zero-count table", 1, sizeof(h.zct)};
    // The mark stack proper is allocated for each marking, then freed.
    Row markStack{"  of which mark stack reserve", GC_MARK_RESERVE, sizeof(h.markReserve)};
    Row protoArr{"  of which core prototypes", 5, sizeof(h.coreProtos)};
    // Allocated with the first built-in made on first use.
    Row late{"late block (built-ins made on first use)", h.late ? 1u : 0u,
             h.late ? sizeof(LateIntrinsics) : 0};
    Row table{"intern table buckets", h.stringBuckets, h.stringBuckets * sizeof(HString *)};
    // Atoms (the built-ins' names among them) are in flash: any string
    // here was made at run time.
    Row ramStrings{"strings in RAM", 0, 0};
    for (uint32_t b = 0; b < h.stringBuckets; b++)
        for (GcHeader *g = h.strings[b]; g; g = g->next) {
            HString *s = static_cast<HString *>(g);
            add(&ramStrings, stringAllocSize(s));  // room to grow included
            if (listObjects)
                printf("  string %.*s\n", static_cast<int>(s->length),
                       s->is8bit() ? reinterpret_cast<const char *>(s->data8()) : "?");
        }
    Row natives{"objects: constructors and other JSNative", 0, 0}, protos{"objects: prototypes", 0, 0},
        plain{"objects: global, Math, JSON, errors", 0, 0}, props{"property tables", 0, 0},
        elems{"array parts", 0, 0}, numbers{"boxed numbers (NaN, Infinity)", 0, 0},
        accessors{"accessors", 0, 0}, other{"other allocations", 0, 0};
    size_t slack = 0;  // unused slots of linear property tables
    size_t flashTables = 0;  // objects whose table is in flash (no RAM)
    for (GcHeader *g = h.objects; g; g = g->next) {
        switch (g->type) {
        case HeapType::Object: {
            JSObject *o = static_cast<JSObject *>(g);
            bool isProto = false;
            for (int i = 0; i < PROTO__COUNT; i++) isProto = isProto || protoOf(h, static_cast<Proto>(i)) == o;
            add(isProto ? &protos : o->cls() == ObjectClass::Native ? &natives : &plain, objectBlock(o));
            if (o->propCap()) add(&props, propsBytes(o->propCap()));
            if (o->propCap() && o->propCap() <= PROP_LINEAR_LIMIT) slack += propsBytes(o->propCap()) - propsBytes(o->propCount());
            if (o->propCap() == 0 && o->propCount() != 0) flashTables++;  // hasFlashProps
            if (listObjects) {
                const char *name = "";
                for (uint32_t i = 0; i < o->propCount() && !*name; i++)
                    if (propAt(o, i).key() == atom(h, ATOM_name) && isString(propAt(o, i).value())) name = "(named)";
                if (o->cls() == ObjectClass::Native && static_cast<JSNative *>(o)->name) {
                    HString *n = static_cast<JSNative *>(o)->name;
                    printf("  native %-20.*s", static_cast<int>(n->length), n->is8bit() ? reinterpret_cast<const char *>(n->data8()) : "?");
                } else {
                    printf("  class %-3d%s%-18s", static_cast<int>(o->cls()), isProto ? " proto" : "      ", name);
                }
                printf(" props %2u/%-2u  %4zu bytes\n", o->propCount(), o->propCap(), objectBlock(o) + propsBytes(o->propCap()));
            }
            if (o->elemCap()) add(&elems, sizeof(ElementsHeader) + o->elemCap() * sizeof(Value));
            break;
        }
        case HeapType::Number: add(&numbers, sizeof(HeapNumber)); break;
        case HeapType::Accessor: add(&accessors, sizeof(Accessor)); break;
        default: add(&other, 0); break;
        }
    }
    Row stacks{"value stack, frames, catch records", 0,
               h.stackCap * sizeof(Value) + h.frameCap * sizeof(Frame) + h.catchCap * sizeof(CatchRecord)};
    const Row rows[] = {heapStruct, late, zct, markStack, protoArr, table, ramStrings,
                        protos, natives, plain, props, elems, numbers, accessors, stacks, other};
    size_t total = 0;
    printf("%-52s %6s %7s\n", "part", "count", "bytes");
    for (const Row &r : rows) {
        printf("%-52s %6zu %7zu\n", r.what, r.count, r.bytes);
        if (r.what[0] != ' ') total += r.bytes;
    }
    printf("%-52s %6s %7zu\n", "sum of the parts", "", total);
    printf("%-52s %6s %7zu\n", "  (unused slots in linear property tables)", "", slack);
    printf("%-52s %6zu %7s\n", "  (objects whose property table is in flash)", flashTables, "0");
    printf("%-52s %6lu %7lu\n", "heap statistics (allocations, bytes in use)", (unsigned long)stats.live_allocations,
           (unsigned long)stats.bytes_in_use);
    eng_destroy(heap);
    return total == stats.bytes_in_use ? 0 : 2;
}
