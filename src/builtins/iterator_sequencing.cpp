// Iterator.concat (ES2026, iterator sequencing). The items and their
// @@iterator methods are checked at the call and kept in an internal array
// (the helper's fn: method, item, method, item, ...); counter is the next
// item; inner and innerNext the iterator being read.
#include "config.h"

#if ENG_ITERATOR_SEQUENCING

#include "builtins/iterator_proposals.h"

#include "builtins/builtins.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

Status iteratorConcat(NativeCall &c) {
    Heap &h = c.heap;
    JSArray *items = newArray(h, c.argc * 2);
    if (!items) return Status::Error;
    LocalRoot ri(h, Value::pointer(items));
    for (uint32_t i = 0; i < c.argc; i++) {
        Value item = c.arg(i);
        char what[64];
        if (!isObjectType(item)) {
            describeValue(h, item, what, sizeof what);
            return throwError(h, PROTO_TYPE_ERROR, "Iterator.concat: %s is not an object", what);
        }
        Value method;
        ENG_TRY(getSymbolMethod(h, item, WKS_iterator, &method));
        if (method.isUndefined()) {
            describeValue(h, c.arg(i), what, sizeof what);
            return throwError(h, PROTO_TYPE_ERROR, "Iterator.concat: %s is not iterable", what);
        }
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(ri.value)), method));
        ENG_TRY(arrayPush(h, static_cast<JSArray *>(asObject(ri.value)), c.arg(i)));
    }
    Value helper;
    ENG_TRY(newProposalHelper(h, HELPER_SEQUENCE, Value::undefined(), Value::undefined(), ri.value, &helper));
    c.setResult(helper);
    return Status::Ok;
}

Status runSequence(Heap &h, Value helper, Value *out, bool *done) {
    LocalRoot root(h, helper);
#define IT static_cast<JSIteratorHelper *>(asObject(root.value))
    for (;;) {
        if (!IT->inner.isUndefined()) {
            // IteratorStepValue of the open iterator: its errors end the helper.
            Value result;
            ENG_TRY(callValue(h, IT->innerNext, IT->inner, nullptr, 0, &result));
            if (!isObjectType(result)) return throwError(h, PROTO_TYPE_ERROR, "Iterator result is not an object");
            LocalRoot rr(h, result);
            Value d;
            ENG_TRY(getValueProperty(h, rr.value, Value::pointer(atom(h, ATOM_done)), &d));
            if (!toBoolean(d)) {
                *done = false;
                return getValueProperty(h, rr.value, Value::pointer(atom(h, ATOM_value)), out);
            }
            rcStore(h, IT->inner, Value::undefined());
            rcStore(h, IT->innerNext, Value::undefined());
            continue;
        }
        JSObject *items = asObject(IT->fn);
        uint32_t i = static_cast<uint32_t>(IT->counter) * 2;
        if (i >= items->elemCount()) {
            *done = true;
            return Status::Ok;
        }
        IT->counter++;
        LocalRoot iter(h);
        ENG_TRY(callValue(h, items->elems[i], items->elems[i + 1], nullptr, 0, &iter.value));
        if (!isObjectType(iter.value))
            return throwError(h, PROTO_TYPE_ERROR, "Result of the Symbol.iterator method is not an object");
        Value next;
        ENG_TRY(getValueProperty(h, iter.value, Value::pointer(atom(h, ATOM_next)), &next));
        rcStore(h, IT->innerNext, next);
        rcStore(h, IT->inner, iter.value);
    }
#undef IT
}

}  // namespace eng

#endif
