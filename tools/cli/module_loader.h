// The CLI's module loader: relative specifiers ("./x.js", "../x.js", "/x.js")
// name files relative to the importing file's directory (docs/cli.md).
#ifndef ENG_TOOLS_CLI_MODULE_LOADER_H
#define ENG_TOOLS_CLI_MODULE_LOADER_H

#include <string>

#include "engine.h"

namespace cli {

// Installs the loader on heap (modules are read from disk when imported).
void install_module_loader(eng_heap *heap);

// A path in the canonical form the loader keys modules by: "." and ".."
// segments and repeated slashes removed.
std::string normalize_path(const std::string &path);

}  // namespace cli

#endif
