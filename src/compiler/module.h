// Module code at compile time (ES2023 16.2): what the parser collects from
// import and export declarations, and the layout of the ModuleInfo words
// (compiler/compiler.h) that the runtime (vm/module.cpp) links with.
//
// A module's top-level bindings (var, let, const, class, function, the
// imports, *default* and import.meta) are not locals of function 0 but its
// upvalues, one per binding, in the order of the environment table below:
// the runtime makes a box for each own binding before any code runs and
// gives an import the exporter's box itself, so an importer reads the
// exporter's later assignments (live bindings) and a binding in its TDZ
// holds the empty value (checked reads throw ReferenceError).
//
// ModuleInfo words, names as constant indexes of function 0:
//   requestCount, then the specifier of each requested module
//   envCount (= function 0's upvalue count), then per binding:
//       kind (ModuleBindingKind) | (inner index of its hoisted function + 1) << 8
//   importCount, then per import: binding, request, imported name (or NONE: namespace)
//   exportCount, then per export: exported name (NONE: export *), binding (NONE:
//       indirect), request (NONE: local), imported name (NONE: all, a namespace)
//   flags: MODULE_ASYNC when the module uses top-level await (function 0 is
//       then an async function, its promise settles when the body has run)
#ifndef ENG_COMPILER_MODULE_H
#define ENG_COMPILER_MODULE_H

#include <stdint.h>

#include "compiler/compile_context.h"

namespace eng {

constexpr uint32_t MODULE_NONE = 0xffffffffu;
constexpr uint32_t MODULE_ASYNC = 1;

enum ModuleBindingKind : uint8_t {
    MB_VAR,       // var: undefined until assigned
    MB_FUNCTION,  // a function declaration: made when the module is linked
    MB_LET,       // let (and *default* of an expression): in its TDZ until initialised
    MB_CONST,
    MB_CLASS,
    MB_IMPORT,    // the exporter's box (or a namespace object)
    MB_META       // import.meta
};

struct ModuleImport {
    uint32_t local;    // atom of the binding
    uint32_t request;  // index in requests
    uint32_t name;     // imported name, NO_ATOM for `* as ns`
    uint32_t line, column;
};

struct ModuleExport {
    uint32_t name;        // exported name, NO_ATOM for `export *`
    uint32_t local;       // local binding, NO_ATOM for an indirect export
    uint32_t request;     // MODULE_NONE for a local export
    uint32_t importName;  // NO_ATOM: all (export * / export * as ns)
    uint32_t line, column;
};

struct ModuleState {
    explicit ModuleState(Context *ctx) : requests(ctx), imports(ctx), exports(ctx), kinds(ctx), words(ctx) {}
    Vec<uint32_t> requests;  // specifier atoms, each once
    Vec<ModuleImport> imports;
    Vec<ModuleExport> exports;
    Vec<uint8_t> kinds;      // ModuleBindingKind of each environment binding
    Vec<uint32_t> words;     // the ModuleInfo being written
    bool capture = false;    // `export` declaration: the names it binds are exported
    bool hasDefault = false;
    bool topLevelAwait = false;    // pass 1 met await (or for await) in the module's own code
    uint32_t defaultAtom = 0;      // *default*
    uint32_t defaultNameAtom = 0;  // default
    uint32_t metaAtom = 0;         // %meta, the hidden binding of import.meta
};

}  // namespace eng

#endif
