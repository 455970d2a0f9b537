// Glue between the compiler (which knows nothing of the heap) and the loader;
// in a build without the compiler (ENG_COMPILER=OFF), the error that
// compiling source gives there.
#include <string.h>

#include "config.h"

#include "compiler/compiler.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/errors.h"
#include "vm/loader.h"

namespace eng {

#if ENG_USE_COMPILER

namespace {

void *compilerAlloc(void *user, size_t size) { return heapAlloc(*static_cast<Heap *>(user), size); }
void *compilerRealloc(void *user, void *p, size_t oldSize, size_t size) {
    return heapRealloc(*static_cast<Heap *>(user), p, oldSize, size);
}
void compilerFree(void *user, void *p, size_t size) { heapFree(*static_cast<Heap *>(user), p, size); }

}  // namespace

// The pending error of a failed compile (after the compiler's frames are
// gone: not on the deep path of the parser's C stack).
static Status compileFailed(Heap &h, const CompileAllocator &allocator, CompileStatus cs, CompileError &error,
                            HString *fileName) {
    if (cs == CompileStatus::OutOfMemory) return throwOutOfMemory(h);
    const char *text = error.message ? error.message : "Syntax error";
    HString *message = internUtf8(h, text, strlen(text));
    releaseCompileError(allocator, &error);
    if (!message) return Status::Error;
    JSObject *e = newError(h, error.rangeError ? PROTO_RANGE_ERROR : PROTO_SYNTAX_ERROR, message);
    if (!e) return Status::Error;
    LocalRoot er(h, Value::pointer(e));
    if (fileName) ENG_TRY(defineOwn(h, e, atom(h, ATOM_fileName), Value::pointer(fileName), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, e, atom(h, ATOM_lineNumber), Value::smallInt(static_cast<int32_t>(error.line)), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, e, atom(h, ATOM_columnNumber), Value::smallInt(static_cast<int32_t>(error.column)), ATTR_HIDDEN));
    return throwValue(h, Value::pointer(e));
}

// Both entry points call the compiler directly: one frame less under the
// parser's recursion, whose depth sets the C stack peak (docs/c-stack.md).
Status compileToImage(Heap &h, const char *source, size_t length, HString *fileName, const CompileOptions &given,
                      uint8_t **image, size_t *imageSize) {
    CompileAllocator allocator{compilerAlloc, compilerRealloc, compilerFree, &h};
    CompileOptions options = given;
    options.stackLimit = h.cStackLimit;
    CompileError error;
    memset(&error, 0, sizeof error);
    LocalRoot fr(h, fileName ? Value::pointer(fileName) : Value());
    *image = nullptr;
    *imageSize = 0;
    CompileStatus cs = compile(allocator, source, length, options, image, imageSize, &error);
    return cs == CompileStatus::Ok ? Status::Ok : compileFailed(h, allocator, cs, error, fileName);
}

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
    if (cs != CompileStatus::Ok) return compileFailed(h, allocator, cs, error, fileName);
    return loadImage(h, image, imageSize, fileName, script);
}

#else  // ENG_USE_COMPILER

namespace {

Status noCompiler(Heap &h) {
    return throwError(h, PROTO_ERROR, "compiler not included: this build runs bytecode images only (ENG_COMPILER=OFF)");
}

}  // namespace

Status compileToImage(Heap &h, const char *, size_t, HString *, const CompileOptions &, uint8_t **image,
                      size_t *imageSize) {
    *image = nullptr;
    *imageSize = 0;
    return noCompiler(h);
}

Status compileScript(Heap &h, const char *, size_t, HString *, bool, FunctionTemplate **, bool, const OuterBinding *,
                     uint32_t) {
    return noCompiler(h);
}

#endif  // ENG_USE_COMPILER

}  // namespace eng
