// Glue between the compiler (which knows nothing of the heap) and the loader.
#include <string.h>

#include "compiler/compiler.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/errors.h"
#include "vm/loader.h"

namespace eng {

namespace {

void *compilerAlloc(void *user, size_t size) { return heapAlloc(*static_cast<Heap *>(user), size); }
void *compilerRealloc(void *user, void *p, size_t oldSize, size_t size) {
    return heapRealloc(*static_cast<Heap *>(user), p, oldSize, size);
}
void compilerFree(void *user, void *p, size_t size) { heapFree(*static_cast<Heap *>(user), p, size); }

}  // namespace

Status compileScript(Heap &h, const char *source, size_t length, HString *fileName, bool strict,
                     FunctionTemplate **script, bool evalCode, const OuterBinding *outer, uint32_t outerCount) {
    CompileAllocator allocator{compilerAlloc, compilerRealloc, compilerFree, &h};
    CompileOptions options;
    options.strict = strict;
    options.evalCode = evalCode;
    options.outer = outer;
    options.outerCount = outerCount;
    options.stackLimit = h.cStackLimit;
    uint8_t *image = nullptr;
    size_t imageSize = 0;
    CompileError error;
    memset(&error, 0, sizeof error);
    LocalRoot fr(h, fileName ? Value::pointer(fileName) : Value());
    CompileStatus cs = compile(allocator, source, length, options, &image, &imageSize, &error);
    if (cs == CompileStatus::OutOfMemory) return throwOutOfMemory(h);
    if (cs == CompileStatus::SyntaxError) {
        error.message[sizeof error.message - 1] = 0;
        HString *message = internUtf8(h, error.message, strlen(error.message));
        if (!message) return Status::Error;
        JSObject *e = newError(h, error.rangeError ? PROTO_RANGE_ERROR : PROTO_SYNTAX_ERROR, message);
        if (!e) return Status::Error;
        LocalRoot er(h, Value::pointer(e));
        if (fileName) ENG_TRY(defineOwn(h, e, atom(h, ATOM_fileName), Value::pointer(fileName), ATTR_HIDDEN));
        ENG_TRY(defineOwn(h, e, atom(h, ATOM_lineNumber), Value::smallInt(static_cast<int32_t>(error.line)), ATTR_HIDDEN));
        ENG_TRY(defineOwn(h, e, atom(h, ATOM_columnNumber), Value::smallInt(static_cast<int32_t>(error.column)), ATTR_HIDDEN));
        return throwValue(h, Value::pointer(e));
    }
    return loadImage(h, image, imageSize, fileName, script);
}

}  // namespace eng
