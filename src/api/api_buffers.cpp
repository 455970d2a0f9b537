// The C API of binary data: ArrayBuffers over the heap or the embedder's
// memory, and the bytes behind a buffer or view (include/engine.h).
#include "api/api_stack.h"
#include "heap/heap.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "vm/call.h"
#include "vm/errors.h"

using namespace eng;

#if ENG_TYPED_ARRAYS
namespace {

eng_status pushBuffer(eng_heap *h, JSArrayBuffer *b) {
    if (!b) return ENG_ERROR;
    return push(*h, Value::pointer(b)) == Status::Ok ? ENG_OK : ENG_ERROR;
}

}  // namespace
#endif

eng_status eng_push_array_buffer(eng_heap *heap, size_t length) {
#if ENG_TYPED_ARRAYS
    JSObject *proto = builtinProto(*heap, PROTO_ARRAY_BUFFER);
    if (!proto) return ENG_ERROR;
    return pushBuffer(heap, newArrayBuffer(*heap, proto, static_cast<double>(length), 0, false));
#else
    (void)length;
    (void)throwError(*heap, PROTO_TYPE_ERROR, "ArrayBuffer is not in this build (ENG_TYPED_ARRAYS=0)");
    return ENG_ERROR;
#endif
}

eng_status eng_push_external_buffer(eng_heap *heap, void *data, size_t length, unsigned flags, eng_buffer_free_fn free_fn,
                                    void *user) {
#if ENG_TYPED_ARRAYS
    if (!data && length) {
        (void)throwError(*heap, PROTO_TYPE_ERROR, "eng_push_external_buffer: no memory given for %lu bytes",
                         static_cast<unsigned long>(length));
        return ENG_ERROR;
    }
    if (length > 0x7fffffff) {
        (void)throwError(*heap, PROTO_RANGE_ERROR, "eng_push_external_buffer: %lu bytes is too long",
                         static_cast<unsigned long>(length));
        return ENG_ERROR;
    }
    JSObject *proto = builtinProto(*heap, PROTO_ARRAY_BUFFER);
    if (!proto) return ENG_ERROR;
    JSArrayBuffer *b = newArrayBuffer(*heap, proto, 0, 0, false);
    if (!b) return ENG_ERROR;
    b->data = static_cast<uint8_t *>(data);
    b->byteLength = static_cast<uint32_t>(length);
    b->maxByteLength = b->byteLength;
    b->freeFn = free_fn;
    b->freeUser = user;
    b->bufFlags = static_cast<uint8_t>(BUF_EXTERNAL | ((flags & ENG_BUFFER_READ_ONLY) ? BUF_READ_ONLY : 0));
    return pushBuffer(heap, b);
#else
    (void)data, (void)length, (void)flags, (void)free_fn, (void)user;
    (void)throwError(*heap, PROTO_TYPE_ERROR, "ArrayBuffer is not in this build (ENG_TYPED_ARRAYS=0)");
    return ENG_ERROR;
#endif
}

int eng_get_buffer_data(eng_heap *heap, int index, void **data, size_t *length) {
    Value v = apiValueAt(heap, index);
    uint8_t *p = nullptr;
    size_t n = 0;
    if (isArrayBuffer(v)) {
        JSArrayBuffer *b = asArrayBuffer(v);
        if (!isDetached(b)) {
            p = b->data;
            n = b->byteLength;
        }
    } else if (isTypedArray(v) || isDataView(v)) {
        JSArrayBufferView *view = asView(v);
        if (!viewOutOfBounds(view)) {
            n = static_cast<size_t>(viewLength(view)) * elementSizes[view->kind];
            p = n ? viewData(view) : nullptr;
        }
    } else {
        return 0;
    }
    if (data) *data = n ? p : nullptr;
    if (length) *length = n;
    return 1;
}
