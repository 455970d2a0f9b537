// The compiler's entry point: ECMAScript source text in, bytecode image out.
//
// It depends on nothing of the runtime heap: memory comes from the allocator
// given (the heap passes one that counts bytes and honours its limit), and
// the result is a self-contained image (see bytecode/image.h) that the
// executor loads.
#ifndef ENG_COMPILER_COMPILER_H
#define ENG_COMPILER_COMPILER_H

#include <stddef.h>
#include <stdint.h>

namespace eng {

struct CompileAllocator {
    void *(*alloc)(void *user, size_t size);
    void *(*realloc)(void *user, void *ptr, size_t oldSize, size_t size);
    void (*free)(void *user, void *ptr, size_t size);
    void *user;
};

enum class CompileStatus { Ok, SyntaxError, OutOfMemory };

// A SyntaxError's text and position. The text is allocated from the
// compile's allocator when the error is found (the caller's frame, under the
// whole descent on the C stack, holds only this): free it with
// releaseCompileError.
struct CompileError {
    char *message;         // e.g. "Unexpected token ')'" (no position in the text), or null
    uint32_t messageSize;  // bytes allocated for message
    uint32_t line;         // 1-based
    uint32_t column;       // 1-based, counted in code points
    bool rangeError;       // the C stack ran out (RangeError), not a syntax error
};

// A binding around direct eval code (see EvalBinding in bytecode/image.h):
// the script gets upvalue i for outer[i].
struct OuterBinding {
    const uint16_t *name;  // UTF-16 code units
    uint32_t length;
    uint8_t kind;          // EvalBindingKind
};

// What a module's code imports and exports (module goal, ES2023 16.2.1):
// `words` (allocated through the compile allocator, `count` of them; free
// with allocator.free(user, words, 4 * count)) in the layout that
// compiler/module.h describes, naming strings by function 0's constants.
struct ModuleInfo {
    uint32_t *words = nullptr;
    uint32_t count = 0;
};

struct CompileOptions {
    bool strict = false;    // compile as if the code started with "use strict"
    bool evalCode = false;  // eval code: its var and function bindings are deletable (ES5 10.5)
    const OuterBinding *outer = nullptr;  // direct eval: the caller's bindings, innermost first
    uint32_t outerCount = 0;
    // Write each function's pc-to-position table (errors and stack traces
    // give file:line:column); false strips them from the image.
    bool lineTables = true;
    // Nesting stops with a RangeError when the C stack gets below this
    // address (the runtime's limit, vm/c_stack.h); 0: no check.
    uintptr_t stackLimit = 0;
    // Non-null: compile module code (strict, import/export, top-level
    // bindings as upvalues of function 0) and fill this in.
    ModuleInfo *module = nullptr;
};

// On Ok, *image and *imageSize receive a buffer from `allocator`
// (free it with allocator.free(user, image, imageSize)). On SyntaxError,
// *error is filled (its message from `allocator`); on OutOfMemory nothing is
// allocated.
CompileStatus compile(const CompileAllocator &allocator, const char *source, size_t length,
                      const CompileOptions &options, uint8_t **image, size_t *imageSize,
                      CompileError *error);

// Frees error->message (none: nothing to do) and clears it.
void releaseCompileError(const CompileAllocator &allocator, CompileError *error);

}  // namespace eng

#endif
