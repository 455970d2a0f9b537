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
        error->message[0] = 0;
        error->line = 0;
        error->column = 0;
        error->rangeError = false;
    }
    Context ctx;
    ctx.allocator = &allocator;
    ctx.error = error;
    ctx.stackLimit = options.stackLimit;
    bool ok;
#if ENG_MODULES
    ModuleState module(&ctx);
#endif
    {
        Parser parser(&ctx, source, length, options.strict);
        parser.setEvalCode(options.evalCode);
        parser.setLineTables(options.lineTables);
        parser.setOuter(options.outer, options.outerCount);
#if ENG_MODULES
        if (options.module) parser.setModule(&module);
#endif
        ok = parser.compileScript(image, imageSize);
    }
#if ENG_MODULES
    // The module's records leave in a block of their own.
    if (ok && !ctx.failed() && options.module) {
        uint32_t n = module.words.size();
        uint32_t *words = static_cast<uint32_t *>(ctx.allocate(4u * (n ? n : 1)));
        if (words) {
            memcpy(words, module.words.data(), 4u * n);
            options.module->words = words;
            options.module->count = n ? n : 1;
        }
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
            error->message[0] = 0;
            error->line = error->column = 0;
        }
        return CompileStatus::OutOfMemory;
    }
    return CompileStatus::SyntaxError;
}

}  // namespace eng
