// compile(): the public entry point.
#include "compiler/compiler.h"

#include "compiler/parser.h"

namespace eng {

CompileStatus compile(const CompileAllocator &allocator, const char *source, size_t length,
                      const CompileOptions &options, uint8_t **image, size_t *imageSize,
                      CompileError *error) {
    *image = nullptr;
    *imageSize = 0;
    if (error) {
        error->message = nullptr;
        error->messageSize = 0;
        error->line = 0;
        error->column = 0;
        error->rangeError = false;
    }
    Context ctx;
    ctx.allocator = &allocator;
    ctx.error = error;
    ctx.stackLimit = options.stackLimit;
    // The parser lives on the allocator, not under the descent on the C
    // stack (a few hundred bytes; docs/c-stack.md).
    bool ok = false;
    void *memory = ctx.allocate(sizeof(Parser));
    if (memory) {
        Parser *parser = new (memory) Parser(&ctx, source, length, options.strict);
        parser->setEvalCode(options.evalCode);
        parser->setLineTables(options.lineTables);
        parser->setOuter(options.outer, options.outerCount);
        ok = parser->compileScript(image, imageSize);
        parser->~Parser();
        ctx.release(memory, sizeof(Parser));
    }
    if (ok && !ctx.failed()) return CompileStatus::Ok;
    if (*image) {
        allocator.free(allocator.user, *image, *imageSize);
        *image = nullptr;
        *imageSize = 0;
    }
    if (ctx.outOfMemory) {
        if (error) {
            releaseCompileError(allocator, error);
            error->line = error->column = 0;
        }
        return CompileStatus::OutOfMemory;
    }
    return CompileStatus::SyntaxError;
}

void releaseCompileError(const CompileAllocator &allocator, CompileError *error) {
    if (error->message) allocator.free(allocator.user, error->message, error->messageSize);
    error->message = nullptr;
    error->messageSize = 0;
}

}  // namespace eng
