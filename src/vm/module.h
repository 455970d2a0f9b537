// ES modules at run time (ES2023 16.2.1): module records, loading through
// the embedder's loader (eng_set_module_loader), linking with live bindings,
// evaluation in the order of the spec's depth-first search, module
// namespace objects and import(). docs/modules.md describes the design.
#ifndef ENG_VM_MODULE_H
#define ENG_VM_MODULE_H

#include "config.h"
#include "heap/heap.h"
#include "objects/object.h"
#include "objects/object_ops.h"

#if ENG_MODULES

namespace eng {

// What eng_set_module_loader keeps (Heap::moduleHost).
struct ModuleHost {
    eng_module_loader loader;
    uint32_t asyncOrder;  // the last [[AsyncEvaluation]] order given
};
// The loader (all members null when the embedder set none).
const eng_module_loader &moduleLoader(const Heap &h);
// eng_set_module_loader: Error when out of memory.
Status setModuleLoader(Heap &h, const eng_module_loader *loader);

// Compiles a module's text with its early errors and nothing more: no
// record, no loading of what it imports (the CLI's --check).
Status checkModule(Heap &h, HString *name, const char *source, size_t length);
// Loads (once per resolved name: the heap's module map), links and
// evaluates the module `specifier` names for `referrer` (a module's
// resolved name, a script's file name, or null). source, when given, is
// the text of a root module named `specifier` exactly (no resolution, no
// loading). On Ok *ns is the module's namespace object.
// *pending: undefined, or (top-level await) a promise that settles when the
// module graph has finished running.
Status importModule(Heap &h, HString *referrer, HString *specifier, const char *source, size_t length, Value *ns,
                    Value *pending);
// The reaction of an async module body's promise (RECORD_MODULE_ASYNC).
Status asyncModuleSettled(Heap &h, Value module, bool rejected, Value value);

// import(specifier) in code whose function template is tmpl: a promise
// settled by a job (the import runs from the job queue).
Status dynamicImport(Heap &h, FunctionTemplate *tmpl, Value specifier, Value *promise);
// The job that import() queued (vm/promise.cpp runs it).
Status runDynamicImportJob(Heap &h, Value promise, Value referrer, Value specifier);

// The executor's CLOSURE for a function declaration of the module whose
// function 0 is `module` (vm/interp.cpp).
Status makeModuleFunction(Heap &h, JSClosure *module, FunctionTemplate *t, Value *out);

// Module namespace exotic objects (ES2023 10.4.6), hooks of the property
// algorithms (objects/property.cpp, objects/define_property.cpp). An
// export is an own accessor property whose getter slot holds the binding's
// Box; these present it as the writable, enumerable, non-configurable data
// property the spec has, reading the binding when asked.
inline bool isModuleNamespace(const JSObject *o) { return o->cls() == ObjectClass::ModuleNamespace; }
// getOwnDataOrAccessor of a namespace's export (attrs had ATTR_ACCESSOR):
// false with a ReferenceError pending when the binding is in its TDZ.
bool namespaceBindingValue(Heap &h, Value accessor, Value *value, uint8_t *attrs);
// [[DefineOwnProperty]] of a string key: *accepted as the spec's 10.4.6.6.
Status namespaceDefineOwn(Heap &h, JSObject *o, const PropertyKey &key, const PropertyDescriptor &desc,
                          bool *accepted);

}  // namespace eng

#endif  // ENG_MODULES

#endif
