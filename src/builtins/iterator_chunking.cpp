// Iterator.prototype.chunks and windows (ES2026 iterator chunking): Iterator
// Helpers over this iterator whose closure (runChunks) fills an internal
// buffer (the helper's fn): chunks yields it whole every size values (and
// what is left at the end), windows a copy of the last size values after
// each value (and, "allow-partial", the short window of an iterator that
// ends first). remaining holds the size, counter 1 for "allow-partial".
#include "config.h"

#if ENG_ITERATOR_CHUNKING

#include <math.h>

#include "builtins/builtins.h"
#include "builtins/iterator_proposals.h"
#include "builtins/iterator_protocol.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

bool isText(Value v, const char *text) {
    if (!isString(v)) return false;
    const HString *s = asString(v);
    uint32_t i = 0;
    for (; text[i]; i++)
        if (i >= s->length || s->at(i) != static_cast<uint8_t>(text[i])) return false;
    return i == s->length;
}

JSArray *bufferOf(Value helper) { return static_cast<JSArray *>(asObject(static_cast<JSIteratorHelper *>(asObject(helper))->fn)); }

}  // namespace

// chunks(chunkSize) (magic 0) and windows(windowSize, undersized) (1).
Status iteratorChunks(NativeCall &c) {
    Heap &h = c.heap;
    bool windows = c.magic != 0;
    const char *name = windows ? "windows" : "chunks";
    ENG_TRY(iteratorThisObject(c, name));
    Value size = c.arg(0);
    if (!isNumber(size) || !isfinite(numberOf(size)) || numberOf(size) != trunc(numberOf(size))) {
        (void)throwError(h, PROTO_TYPE_ERROR, "Iterator.prototype.%s: the size must be an integral number", name);
        return iteratorCloseThrowing(h, c.thisValue());
    }
    double n = numberOf(size);
    if (n < 1 || n > 4294967295.0) {
        (void)throwError(h, PROTO_RANGE_ERROR, "Iterator.prototype.%s: the size must be between 1 and 2^32 - 1", name);
        return iteratorCloseThrowing(h, c.thisValue());
    }
    bool allowPartial = false;
    if (windows && !c.arg(1).isUndefined()) {
        allowPartial = isText(c.arg(1), "allow-partial");
        if (!allowPartial && !isText(c.arg(1), "only-full")) {
            (void)throwError(h, PROTO_TYPE_ERROR, "undersized must be \"only-full\" or \"allow-partial\"");
            return iteratorCloseThrowing(h, c.thisValue());
        }
    }
    Value next;
    ENG_TRY(getValueProperty(h, c.thisValue(), Value::pointer(atom(h, ATOM_next)), &next));
    LocalRoot rn(h, next);
    JSArray *buffer = newArray(h, 0);
    if (!buffer) return Status::Error;
    LocalRoot rb(h, Value::pointer(buffer));
    Value helper;
    ENG_TRY(newProposalHelper(h, windows ? HELPER_WINDOWS : HELPER_CHUNKS, c.thisValue(), rn.value, rb.value, &helper));
    JSIteratorHelper *it = static_cast<JSIteratorHelper *>(asObject(helper));
    it->remaining = n;
    it->counter = allowPartial ? 1 : 0;
    c.setResult(helper);
    return Status::Ok;
}

Status runChunks(Heap &h, Value helper, Value *out, bool *done) {
    LocalRoot root(h, helper);
#define IT static_cast<JSIteratorHelper *>(asObject(root.value))
    *done = false;
    for (;;) {
        if (IT->iterated.isUndefined()) {  // exhausted, its last values yielded
            *done = true;
            return Status::Ok;
        }
        Value value;
        bool end;
        ENG_TRY(iteratorStepValue(h, IT->iterated, IT->nextMethod, &value, &end));
        LocalRoot rv(h, value);
        JSArray *buffer = bufferOf(root.value);
        bool windows = IT->kind == HELPER_WINDOWS;
        uint32_t size = static_cast<uint32_t>(IT->remaining);
        if (end) {
            *done = true;
            bool partial = windows ? IT->counter != 0 && buffer->length > 0 && buffer->length < size : buffer->length > 0;
            if (!partial) return Status::Ok;
            // The last chunk or window: yielded with no underlying iterator
            // left to close.
            LocalRoot ro(h, Value::pointer(buffer));
            rcStore(h, IT->iterated, Value::undefined());
            rcStore(h, IT->fn, Value::undefined());
            *done = false;
            *out = ro.value;
            return Status::Ok;
        }
        if (!windows) {
            ENG_TRY(arrayPush(h, buffer, rv.value));
            if (buffer->length < size) continue;
            JSArray *fresh = newArray(h, 0);  // the full chunk is yielded itself
            if (!fresh) return Status::Error;
            *out = Value::pointer(bufferOf(root.value));
            LocalRoot ro(h, *out);
            rcStore(h, IT->fn, Value::pointer(fresh));
            *out = ro.value;
            return Status::Ok;
        }
        if (buffer->length == size) {  // drop the oldest value
            for (uint32_t i = 0; i + 1 < size; i++) ENG_TRY(setElement(h, buffer, i, buffer->elems[i + 1]));
            ENG_TRY(setArrayLength(h, buffer, size - 1));
        }
        ENG_TRY(arrayPush(h, buffer, rv.value));
        if (buffer->length < size) continue;
        JSArray *copy = newArray(h, size);
        if (!copy) return Status::Error;
        LocalRoot rc(h, Value::pointer(copy));
        buffer = bufferOf(root.value);
        for (uint32_t i = 0; i < size; i++) ENG_TRY(arrayPush(h, copy, buffer->elems[i]));
        *out = rc.value;
        return Status::Ok;
    }
#undef IT
}

}  // namespace eng

#endif
