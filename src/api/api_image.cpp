// The C API of bytecode images (include/engine.h, docs/images.md): writing
// one from source, and running images in place from the embedder's buffer.
#include <stddef.h>
#include <string.h>

#include "../../include/engine.h"
#include "bytecode/image.h"
#include "heap/heap.h"
#include "strings/string.h"
#include "vm/c_stack.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/image_validate.h"
#include "vm/loader.h"

using namespace eng;

namespace {

eng_status pushPending(Heap &h) {
    Value e = h.hasPending ? h.pending : Value::undefined();
    h.pending = Value::undefined();
    h.hasPending = false;
    if (push(h, e) != Status::Ok) {
        if (h.stackTop > 0) h.stack[h.stackTop - 1] = h.outOfMemoryError;
        h.hasPending = false;
    }
    return ENG_ERROR;
}

// Appends the file name (padded to 4 bytes), sets the flags and the
// checksum: the compiler's image becomes one that can be stored.
Status finishImage(Heap &h, uint8_t **image, size_t *size, const char *fileName, size_t nameLength, uint32_t flags) {
    size_t total = (*size + nameLength + 3) & ~static_cast<size_t>(3);
    if (total > 0x7fffffffu) return throwError(h, PROTO_RANGE_ERROR, "image too large");
    uint8_t *grown = static_cast<uint8_t *>(heapRealloc(h, *image, *size, total));
    if (!grown) return throwOutOfMemory(h);
    memcpy(grown + *size, fileName, nameLength);
    memset(grown + *size + nameLength, 0, total - *size - nameLength);
    ImageHeader ih;
    memcpy(&ih, grown, sizeof ih);
    ih.fileNameAt = nameLength ? static_cast<uint32_t>(*size) : 0;
    ih.fileNameLength = static_cast<uint32_t>(nameLength);
    ih.flags = flags;
    ih.totalSize = static_cast<uint32_t>(total);
    ih.checksum = 0;
    memcpy(grown, &ih, sizeof ih);
    ih.checksum = imageChecksum(grown, total);
    memcpy(grown, &ih, sizeof ih);
    *image = grown;
    *size = total;
    return Status::Ok;
}

// Size of the image at the start of bytes[0..size) as its header says (the
// whole rest when the header is cut or absurd: validation then refuses it).
size_t nextImageSize(const uint8_t *bytes, size_t size) {
    uint32_t total;
    if (size < sizeof(ImageHeader)) return size;
    memcpy(&total, bytes + offsetof(ImageHeader, totalSize), 4);
    return total == 0 || total > size ? size : total;
}

}  // namespace

extern "C" {

eng_status eng_compile_image(eng_heap *heap, const char *source, size_t length, const char *file_name,
                             unsigned flags, eng_image_writer write, void *user) {
    ENG_C_STACK_ENTRY(*heap);
    Heap &h = *heap;
    const char *name = file_name ? file_name : "input";
    HString *file = internUtf8(h, name, strlen(name));
    if (!file) return pushPending(h);
    LocalRoot fr(h, Value::pointer(file));
    if (!write) {
        (void)throwError(h, PROTO_TYPE_ERROR, "eng_compile_image: no writer given");
        return pushPending(h);
    }
    CompileOptions options;
    options.lineTables = !(flags & ENG_IMAGE_STRIP_LINES);
    uint8_t *image;
    size_t size;
    if (compileToImage(h, source, length, file, options, &image, &size) != Status::Ok) return pushPending(h);
    if (finishImage(h, &image, &size, name, strlen(name), (flags & ENG_IMAGE_STRIP_LINES) ? static_cast<uint32_t>(IMAGE_NO_LINES) : 0u) !=
        Status::Ok) {
        heapFree(h, image, size);
        return pushPending(h);
    }
    int written = write(user, image, size);
    heapFree(h, image, size);
    if (written != 0) {
        (void)throwError(h, PROTO_ERROR, "eng_compile_image: the writer failed (%d)", written);
        return pushPending(h);
    }
    return ENG_OK;
}

eng_status eng_run_image(eng_heap *heap, const void *image, size_t size) {
    ENG_C_STACK_ENTRY(*heap);
    Heap &h = *heap;
    const uint8_t *bytes = static_cast<const uint8_t *>(image);
    if (!bytes || size == 0) {
        (void)throwError(h, PROTO_ERROR, "invalid image: empty");
        return pushPending(h);
    }
    // Every script of the buffer is checked before the first one runs.
    char message[128];
    uint32_t count = 0;
    for (size_t at = 0; at < size; count++) {
        size_t n = nextImageSize(bytes + at, size - at);
        if (!validateImage(bytes + at, n, ImageCheck(), message, sizeof message)) {
            if (count == 0) (void)throwError(h, PROTO_ERROR, "%s", message);
            else (void)throwError(h, PROTO_ERROR, "%s (script %u of the image)", message, static_cast<unsigned>(count + 1));
            return pushPending(h);
        }
        at += n;
    }
    Value result = Value::undefined();
    for (size_t at = 0; at < size;) {
        size_t n = nextImageSize(bytes + at, size - at);
        FunctionTemplate *script;
        Value fn;
        if (loadImageInPlace(h, bytes + at, n, &script) != Status::Ok) return pushPending(h);
        if (makeScriptFunction(h, script, &fn) != Status::Ok) return pushPending(h);
        LocalRoot fnr(h, fn);
        if (callValue(h, fn, Value::pointer(h.global), nullptr, 0, &result) != Status::Ok) return pushPending(h);
        at += n;
    }
    if (push(h, result) != Status::Ok) return pushPending(h);
    return ENG_OK;
}

int eng_is_image(const void *bytes, size_t size) {
    uint32_t magic;
    if (!bytes || size < 4) return 0;
    memcpy(&magic, bytes, 4);
    return magic == IMAGE_MAGIC;
}

}  // extern "C"
