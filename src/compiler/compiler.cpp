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
    bool ok = false;
#if ENG_MODULES
    // Module state on the compile allocator: scripts' compiles pay no C stack for it.
    ModuleState *module = nullptr;
    if (options.module) {
        void *p = ctx.allocate(sizeof(ModuleState));
        if (!p) return CompileStatus::OutOfMemory;
        module = new (p) ModuleState(&ctx);
    }
#endif
    // The parser lives on the allocator, not under the descent on the C
    // stack (a few hundred bytes; docs/c-stack.md).
    void *memory = ctx.allocate(sizeof(Parser));
    if (memory) {
        Parser *parser = new (memory) Parser(&ctx, source, length, options.strict);
        parser->setEvalCode(options.evalCode);
        parser->setLineTables(options.lineTables);
        parser->setOuter(options.outer, options.outerCount);
#if ENG_MODULES
        if (module) parser->setModule(module);
#endif
        ok = parser->compileScript(image, imageSize);
        parser->~Parser();
        ctx.release(memory, sizeof(Parser));
    }
#if ENG_MODULES
    // The module's records leave in a block of their own.
    if (module) {
        uint32_t n = module->words.size();
        uint32_t *words = ok && !ctx.failed() ? static_cast<uint32_t *>(ctx.allocate(4u * (n ? n : 1))) : nullptr;
        if (words) {
            memcpy(words, module->words.data(), 4u * n);
            options.module->words = words;
            options.module->count = n ? n : 1;
        }
        module->~ModuleState();
        ctx.release(module, sizeof(ModuleState));
    }
#endif
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
