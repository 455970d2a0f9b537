// Symbol values: an HString of type Symbol whose characters are the
// description (see heap/gc_header.h).
#include "vm/symbol.h"

#include <string.h>

#include "objects/object.h"
#include "strings/string.h"

namespace eng {

HString *newSymbol(Heap &h, HString *description, uint16_t flags) {
    HString *text = description ? description : atom(h, ATOM_empty);
    LocalRoot rd(h, Value::pointer(text));
    HString *s = static_cast<HString *>(allocGc(h, HeapType::Symbol, stringAllocSize(text)));
    if (!s) return nullptr;
    text = asString(rd.value);
    // Never an array index; SYM_* flags where a RAM string keeps its hint.
    s->extra = static_cast<uint16_t>((text->extra & STR_8BIT) | STR_INDEX_CHECKED | flags |
                                     (description ? 0 : SYM_NO_DESCRIPTION));
    // The address (allocations do not move) spreads symbols over a hashed
    // property table, where many share one description.
    s->hash = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(s) >> 3) * 2654435761u;
    s->length = text->length;
    memcpy(s + 1, text + 1, stringAllocSize(text) - sizeof(HString));
    return s;
}

Status symbolDescription(Heap &h, const HString *symbol, Value *out) {
    *out = Value::undefined();
    if (symbol->extra & SYM_NO_DESCRIPTION) return Status::Ok;
    uint32_t n = symbol->length;
    HString *s = symbol->is8bit() ? internLatin1(h, symbol->data8(), n) : internUtf16(h, symbol->data16(), n);
    if (!s) return Status::Error;
    *out = Value::pointer(s);
    return Status::Ok;
}

namespace {

HString *wrapDescription(Heap &h, HString *symbol, const char *open, const char *close) {
    Value d;
    if (symbolDescription(h, symbol, &d) != Status::Ok) return nullptr;
    HString *text = d.isUndefined() ? atom(h, ATOM_empty) : asString(d);
    LocalRoot rt(h, Value::pointer(text));
    HString *s = concatLatin1(h, text, reinterpret_cast<const uint8_t *>(open), static_cast<uint32_t>(strlen(open)), true);
    if (!s) return nullptr;
    rt.value = Value::pointer(s);
    return concatLatin1(h, s, reinterpret_cast<const uint8_t *>(close), 1, false);
}

}  // namespace

HString *symbolDescriptiveString(Heap &h, HString *symbol) { return wrapDescription(h, symbol, "Symbol(", ")"); }

HString *symbolFunctionName(Heap &h, HString *symbol) {
    if (symbol->extra & SYM_NO_DESCRIPTION) return atom(h, ATOM_empty);
    return wrapDescription(h, symbol, "[", "]");
}

}  // namespace eng
