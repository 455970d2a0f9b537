// ES modules at run time (ES2023 16.2.1.5-16.2.1.6, docs/modules.md).
//
// A module record is an internal array (no script sees it) in the heap's
// module map (LATE_MODULE_MAP, keyed by resolved name), so the collector
// and the reference counts handle it as any array. Its function 0 is a
// closure whose upvalues are the module's top-level bindings (compiler/
// module.h): a Box per own binding, made when the module is loaded (let,
// const and class ones empty: in their TDZ), and for each import the
// exporter's Box itself, set when the module is linked. So an importer
// reads the exporter's later assignments, and the checking upvalue
// instructions the compiler emits throw ReferenceError while a binding is
// in its TDZ. Loading, linking and evaluation follow the spec's depth-first
// searches (LoadRequestedModules, InnerModuleLinking, InnerModuleEvaluation)
// without the asynchronous parts: top-level await is a SyntaxError.
#include "vm/module.h"

#if ENG_MODULES

#include <string.h>

#include "compiler/compiler.h"
#include "compiler/module.h"
#include "heap/refcount.h"
#include "strings/rom_symbols.h"
#include "strings/string.h"
#include "vm/c_stack.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/loader.h"
#include "vm/promise.h"

namespace eng {


const size_t moduleHostSize = sizeof(ModuleHost);

const eng_module_loader &moduleLoader(const Heap &h) {
    static const eng_module_loader none = {nullptr, nullptr, nullptr, nullptr, nullptr};
    return h.moduleHost ? h.moduleHost->loader : none;
}

static Status ensureModuleHost(Heap &h) {
    if (!h.moduleHost) {
        h.moduleHost = static_cast<ModuleHost *>(heapAlloc(h, sizeof(ModuleHost)));
        if (!h.moduleHost) return throwOutOfMemory(h);
        memset(h.moduleHost, 0, sizeof(ModuleHost));
    }
    return Status::Ok;
}

Status setModuleLoader(Heap &h, const eng_module_loader *loader) {
    if (!h.moduleHost) {
        if (!loader) return Status::Ok;
        h.moduleHost = static_cast<ModuleHost *>(heapAlloc(h, sizeof(ModuleHost)));
        if (!h.moduleHost) return throwOutOfMemory(h);
        memset(h.moduleHost, 0, sizeof(ModuleHost));
    }
    if (loader) h.moduleHost->loader = *loader;
    else memset(&h.moduleHost->loader, 0, sizeof h.moduleHost->loader);
    return Status::Ok;
}

namespace {

enum RecordSlot : uint32_t {
    R_NAME,       // resolved name (string)
    R_STATUS,     // ModuleStatus
    R_FUNC,       // function 0: its upvalues are the bindings
    R_INFO,       // the ModuleInfo words (small integers, MODULE_NONE as -1)
    R_REQUESTED,  // array: the record of each requested module, by request index
    R_NS,         // the namespace object, once made
    R_ERROR,      // what its evaluation threw
    R_DFS,        // [[DFSIndex]], [[DFSAncestorIndex]]
    R_ANCESTOR,
    // Top-level await (ES2022 16.2.1.5.3): the order of [[AsyncEvaluation]]
    // (0: false), [[PendingAsyncDependencies]], [[AsyncParentModules]] (an
    // array), [[CycleRoot]] and [[TopLevelCapability]] (a promise).
    R_ASYNC,
    R_PENDING,
    R_PARENTS,
    R_CYCLE_ROOT,
    R_CAPABILITY,
    R__COUNT
};
// M_FAILED: evaluated, with R_ERROR holding what it threw.
enum ModuleStatus : int32_t {
    M_LOADING, M_NEW, M_LINKING, M_LINKED, M_EVALUATING, M_EVALUATING_ASYNC, M_EVALUATED, M_FAILED
};

constexpr uint32_t NS_BINDING = 0xfffffffeu;  // Resolution: the module's namespace

Value &slot(JSObject *m, uint32_t i) { return m->elems[i]; }
bool isSmallIntNonZero(Value v) { return v.isSmallInt() && v.asSmallInt() != 0; }
int32_t intSlot(JSObject *m, uint32_t i) { return m->elems[i].asSmallInt(); }
void setSlot(Heap &h, JSObject *m, uint32_t i, Value v) { rcStore(h, m->elems[i], v); }
void setInt(Heap &h, JSObject *m, uint32_t i, int32_t v) { setSlot(h, m, i, Value::smallInt(v)); }
JSObject *objSlot(JSObject *m, uint32_t i) { return asObject(m->elems[i]); }
JSClosure *funcOf(JSObject *m) { return static_cast<JSClosure *>(objSlot(m, R_FUNC)); }
JSObject *requested(JSObject *m, uint32_t r) { return asObject(objSlot(m, R_REQUESTED)->elems[r]); }

// The ModuleInfo of a record, decoded (layout in compiler/module.h).
struct Info {
    JSObject *words;
    uint32_t requests, nRequests, env, nEnv, imports, nImports, exports, nExports, flags;
    uint32_t w(uint32_t i) const { return static_cast<uint32_t>(words->elems[i].asSmallInt()); }
};
Info infoOf(JSObject *m) {
    Info in;
    in.words = objSlot(m, R_INFO);
    uint32_t p = 0;
    in.nRequests = in.w(p);
    in.requests = p + 1;
    p += 1 + in.nRequests;
    in.nEnv = in.w(p);
    in.env = p + 1;
    p += 1 + in.nEnv;
    in.nImports = in.w(p);
    in.imports = p + 1;
    p += 1 + 3 * in.nImports;
    in.nExports = in.w(p);
    in.exports = p + 1;
    in.flags = in.w(in.exports + 4 * in.nExports);
    return in;
}
// A name the ModuleInfo gives (a constant of function 0), or null.
HString *nameOf(JSObject *m, uint32_t index) {
    if (index == MODULE_NONE) return nullptr;
    return asString(funcOf(m)->tmpl->consts[index]);
}

Status newRecordArray(Heap &h, uint32_t n, Value fill, JSArray **out) {
    JSArray *a = newArray(h, n);
    if (!a) return Status::Error;
    LocalRoot ra(h, Value::pointer(a));
    for (uint32_t i = 0; i < n; i++) ENG_TRY(arrayPush(h, a, fill));
    *out = a;
    return Status::Ok;
}

// A heap copy of s as NUL-terminated UTF-8 (free with heapFree, *size bytes).
char *utf8Copy(Heap &h, HString *s, size_t *size) {
    size_t n = s ? utf8Length(s) : 0;
    *size = n + 1;
    char *out = static_cast<char *>(heapAlloc(h, *size));
    if (!out) return nullptr;
    if (s) toUtf8(s, out);
    out[n] = 0;
    return out;
}

Status moduleMap(Heap &h, JSObject **out) {
    if (!lateIntrinsic(h, LATE_MODULE_MAP)) {
        JSObject *map = newObject(h, nullptr);
        if (!map) return Status::Error;
        LocalRoot rm(h, Value::pointer(map));
        ENG_TRY(setLateIntrinsic(h, LATE_MODULE_MAP, map));
    }
    *out = lateIntrinsic(h, LATE_MODULE_MAP);
    return Status::Ok;
}

Status noLoader(Heap &h, HString *specifier) {
    char text[96];
    describeValue(h, Value::pointer(specifier), text, sizeof text);
    return throwError(h, PROTO_ERROR, "Cannot import module '%s': no module loader (eng_set_module_loader)", text);
}

// HostLoadImportedModule, first half: the resolved name of specifier.
Status resolveSpecifier(Heap &h, HString *referrer, HString *specifier, HString **out) {
    const eng_module_loader &l = moduleLoader(h);
    if (!l.resolve) return noLoader(h, specifier);
    size_t refSize, specSize;
    char *ref = referrer ? utf8Copy(h, referrer, &refSize) : nullptr;
    if (referrer && !ref) return throwOutOfMemory(h);
    char *spec = utf8Copy(h, specifier, &specSize);
    constexpr size_t kNameSize = 256;
    char *name = spec ? static_cast<char *>(heapAlloc(h, kNameSize)) : nullptr;
    Status st = Status::Ok;
    if (!name) {
        st = throwOutOfMemory(h);
    } else {
        name[0] = 0;
        if (l.resolve(l.user, ref, spec, name, kNameSize) != 0) {
            char a[96], b[96];
            describeValue(h, Value::pointer(specifier), a, sizeof a);
            if (referrer) describeValue(h, Value::pointer(referrer), b, sizeof b);
            st = throwError(h, PROTO_ERROR, "Cannot resolve module '%s' imported from '%s'", a, referrer ? b : "(none)");
        } else {
            name[kNameSize - 1] = 0;
            *out = internUtf8(h, name, strlen(name));
            if (!*out) st = Status::Error;
        }
    }
    if (name) heapFree(h, name, kNameSize);
    if (spec) heapFree(h, spec, specSize);
    if (ref) heapFree(h, ref, refSize);
    return st;
}

// ParseModule: compiles the text into a new record (not yet in the map).
Status parseModule(Heap &h, HString *name, const char *source, size_t length, JSObject **out) {
    CompileOptions options;
    ModuleInfo info;
    options.module = &info;
    uint8_t *image;
    size_t imageSize;
    ENG_TRY(compileToImage(h, source, length, name, options, &image, &imageSize));
    FunctionTemplate *script = nullptr;
    Status st = loadImage(h, image, imageSize, name, &script);  // owns the image from here
    if (st != Status::Ok) {
        heapFree(h, info.words, 4u * info.count);
        return st;
    }
    LocalRoot rs(h, Value::pointer(script));
    JSArray *words = nullptr;
    st = newRecordArray(h, info.count, Value::undefined(), &words);
    if (st == Status::Ok)
        for (uint32_t i = 0; i < info.count; i++) words->elems[i] = Value::smallInt(static_cast<int32_t>(info.words[i]));
    heapFree(h, info.words, 4u * info.count);
    ENG_TRY(st);
    LocalRoot rw(h, Value::pointer(words));
    JSArray *m;
    ENG_TRY(newRecordArray(h, R__COUNT, Value::undefined(), &m));
    LocalRoot rm(h, Value::pointer(m));
    setSlot(h, m, R_NAME, Value::pointer(name));
    setInt(h, m, R_STATUS, M_LOADING);
    setSlot(h, m, R_INFO, Value::pointer(words));
    Value fn;
    ENG_TRY(makeScriptFunction(h, script, &fn, script->header->upvalCount));
    setSlot(h, m, R_FUNC, fn);
    // The own bindings' boxes (imports get the exporters' when linked; a
    // namespace import a box of its own, so that re-exporting it resolves
    // to a binding before this module is linked).
    Info in = infoOf(m);
    JSClosure *c = funcOf(m);
    for (uint32_t b = 0; b < in.nEnv && b < c->upvalCount; b++) {
        uint8_t kind = static_cast<uint8_t>(in.w(in.env + b));
        if (kind == MB_IMPORT) continue;
        bool tdz = kind == MB_LET || kind == MB_CONST || kind == MB_CLASS;
        Box *box = newBox(h, tdz ? Value::empty() : Value::undefined());
        if (!box) return Status::Error;
        rcInit(c->upvals[b], box);
    }
    for (uint32_t i = 0; i < in.nImports; i++) {
        uint32_t b = in.w(in.imports + 3 * i);
        if (in.w(in.imports + 3 * i + 2) != MODULE_NONE || b >= c->upvalCount || c->upvals[b]) continue;
        Box *box = newBox(h, Value::undefined());
        if (!box) return Status::Error;
        rcInit(c->upvals[b], box);
    }
    JSArray *req;
    ENG_TRY(newRecordArray(h, in.nRequests, Value::undefined(), &req));
    setSlot(h, m, R_REQUESTED, Value::pointer(req));
    *out = m;
    return Status::Ok;
}

}  // namespace

Status checkModule(Heap &h, HString *name, const char *source, size_t length) {
    CompileOptions options;
    ModuleInfo info;
    options.module = &info;
    uint8_t *image;
    size_t imageSize;
    ENG_TRY(compileToImage(h, source, length, name, options, &image, &imageSize));
    heapFree(h, image, imageSize);
    heapFree(h, info.words, 4u * info.count);
    return Status::Ok;
}

namespace {

// LoadRequestedModules: the module of `name` and, depth first, every module
// it imports, each loaded once (the map). Records made here are listed in
// `fresh` (M_LOADING until the whole graph has loaded).
Status loadGraph(Heap &h, HString *name, const char *source, size_t length, JSArray *fresh, JSObject **out) {
    ENG_TRY(ENG_CHECK_C_STACK(h));
    JSObject *map;
    ENG_TRY(moduleMap(h, &map));
    if (PropRef p = findOwnProp(map, name)) {
        if (source) {  // eng_eval_module with a text for a name already taken
            char a[96];
            describeValue(h, Value::pointer(name), a, sizeof a);
            return throwError(h, PROTO_ERROR, "Module '%s' is already loaded: its text cannot be given again", a);
        }
        *out = asObject(p->value());
        return Status::Ok;
    }
    const eng_module_loader &l = moduleLoader(h);
    JSObject *m = nullptr;
    if (source) {
        ENG_TRY(parseModule(h, name, source, length, &m));
    } else {
        if (!l.load) return noLoader(h, name);
        size_t nameSize;
        char *text = utf8Copy(h, name, &nameSize);
        if (!text) return throwOutOfMemory(h);
        const char *src = nullptr;
        size_t len = 0;
        Status st;
        if (l.load(l.user, text, &src, &len) != 0 || !src) {
            char a[96];
            describeValue(h, Value::pointer(name), a, sizeof a);
            st = throwError(h, PROTO_ERROR, "Cannot load module '%s'", a);
        } else {
            st = parseModule(h, name, src, len, &m);
            if (l.release) l.release(l.user, text, src);
        }
        heapFree(h, text, nameSize);
        ENG_TRY(st);
    }
    LocalRoot rm(h, Value::pointer(m));
    ENG_TRY(defineOwn(h, map, name, Value::pointer(m), ATTR_DEFAULT));
    ENG_TRY(arrayPush(h, static_cast<JSArray *>(fresh), Value::pointer(m)));
    Info in = infoOf(m);
    for (uint32_t r = 0; r < in.nRequests; r++) {
        HString *resolved;
        ENG_TRY(resolveSpecifier(h, name, nameOf(m, in.w(in.requests + r)), &resolved));
        LocalRoot rr(h, Value::pointer(resolved));
        JSObject *child;
        ENG_TRY(loadGraph(h, resolved, nullptr, 0, fresh, &child));
        setSlot(h, objSlot(m, R_REQUESTED), r, Value::pointer(child));
    }
    *out = m;
    return Status::Ok;
}

// ResolveExport's answer: a binding (module, index of its own binding, or
// NS_BINDING for the module's namespace), none, or an ambiguous star export.
struct Resolution {
    JSObject *module;
    uint32_t binding;
    bool ambiguous;
};

Status resolveExport(Heap &h, JSObject *m, HString *name, JSArray *resolveSet, Resolution *out);

// An import binding of m, resolved (ES2023 16.2.1.6.3 step 4, for a local
// export of an imported name, which the spec turns into an indirect export).
Status resolveImportBinding(Heap &h, JSObject *m, uint32_t binding, JSArray *resolveSet, Resolution *out) {
    Info in = infoOf(m);
    for (uint32_t i = 0; i < in.nImports; i++) {
        if (in.w(in.imports + 3 * i) != binding) continue;
        uint32_t r = in.w(in.imports + 3 * i + 1), imported = in.w(in.imports + 3 * i + 2);
        if (imported == MODULE_NONE) {  // import * as ns; export { ns }: that module's namespace (ES2024)
            *out = {requested(m, r), NS_BINDING, false};
            return Status::Ok;
        }
        return resolveExport(h, requested(m, r), nameOf(m, imported), resolveSet, out);
    }
    *out = {m, binding, false};
    return Status::Ok;
}

Status resolveExport(Heap &h, JSObject *m, HString *name, JSArray *resolveSet, Resolution *out) {
    ENG_TRY(ENG_CHECK_C_STACK(h));
    *out = {nullptr, 0, false};
    for (uint32_t i = 0; i + 1 < resolveSet->length; i += 2)
        if (asObject(resolveSet->elems[i]) == m && asString(resolveSet->elems[i + 1]) == name) return Status::Ok;  // a cycle
    ENG_TRY(arrayPush(h, resolveSet, Value::pointer(m)));
    ENG_TRY(arrayPush(h, resolveSet, Value::pointer(name)));
    Info in = infoOf(m);
    for (uint32_t i = 0; i < in.nExports; i++) {
        uint32_t at = in.exports + 4 * i;
        if (in.w(at) == MODULE_NONE || nameOf(m, in.w(at)) != name) continue;
        uint32_t binding = in.w(at + 1), r = in.w(at + 2), imported = in.w(at + 3);
        if (r == MODULE_NONE) {
            if (static_cast<uint8_t>(in.w(in.env + binding)) == MB_IMPORT)
                return resolveImportBinding(h, m, binding, resolveSet, out);
            *out = {m, binding, false};
            return Status::Ok;
        }
        if (imported == MODULE_NONE) {  // export * as ns from
            *out = {requested(m, r), NS_BINDING, false};
            return Status::Ok;
        }
        return resolveExport(h, requested(m, r), nameOf(m, imported), resolveSet, out);
    }
    if (name == atom(h, ATOM_default_)) return Status::Ok;  // export * never gives default
    Resolution star = {nullptr, 0, false};
    for (uint32_t i = 0; i < in.nExports; i++) {
        uint32_t at = in.exports + 4 * i;
        if (in.w(at) != MODULE_NONE) continue;
        Resolution res;
        ENG_TRY(resolveExport(h, requested(m, in.w(at + 2)), name, resolveSet, &res));
        if (res.ambiguous) {
            *out = res;
            return Status::Ok;
        }
        if (!res.module) continue;
        if (!star.module) {
            star = res;
        } else if (res.module != star.module || res.binding != star.binding) {
            *out = {nullptr, 0, true};
            return Status::Ok;
        }
    }
    *out = star;
    return Status::Ok;
}

Status resolveExportFresh(Heap &h, JSObject *m, HString *name, Resolution *out) {
    JSArray *set = newArray(h, 8);
    if (!set) return Status::Error;
    LocalRoot rs(h, Value::pointer(set));
    return resolveExport(h, m, name, set, out);
}

// GetExportedNames: into names (each once), m's export * chain included.
Status exportedNames(Heap &h, JSObject *m, JSArray *starSet, JSArray *names) {
    ENG_TRY(ENG_CHECK_C_STACK(h));
    for (uint32_t i = 0; i < starSet->length; i++)
        if (asObject(starSet->elems[i]) == m) return Status::Ok;
    ENG_TRY(arrayPush(h, starSet, Value::pointer(m)));
    Info in = infoOf(m);
    auto add = [&](HString *n) -> Status {
        for (uint32_t k = 0; k < names->length; k++)
            if (asString(names->elems[k]) == n) return Status::Ok;
        return arrayPush(h, names, Value::pointer(n));
    };
    for (uint32_t i = 0; i < in.nExports; i++)
        if (in.w(in.exports + 4 * i) != MODULE_NONE) ENG_TRY(add(nameOf(m, in.w(in.exports + 4 * i))));
    for (uint32_t i = 0; i < in.nExports; i++) {
        uint32_t at = in.exports + 4 * i;
        if (in.w(at) != MODULE_NONE) continue;
        JSArray *star = newArray(h, 4);
        if (!star) return Status::Error;
        LocalRoot rs(h, Value::pointer(star));
        ENG_TRY(exportedNames(h, requested(m, in.w(at + 2)), starSet, star));
        for (uint32_t k = 0; k < star->length; k++) {
            HString *n = asString(star->elems[k]);
            if (n != atom(h, ATOM_default_)) ENG_TRY(add(n));
        }
    }
    return Status::Ok;
}

Status moduleNamespace(Heap &h, JSObject *m, JSObject **out);

// The Box a resolution names (a namespace gets a box of its own).
Status resolutionBox(Heap &h, const Resolution &res, Box **out) {
    if (res.binding != NS_BINDING) {
        *out = funcOf(res.module)->upvals[res.binding];
        return Status::Ok;
    }
    JSObject *ns;
    ENG_TRY(moduleNamespace(h, res.module, &ns));
    *out = newBox(h, Value::pointer(ns));
    return *out ? Status::Ok : Status::Error;
}

// GetModuleNamespace: made once; its exports in code unit order.
Status moduleNamespace(Heap &h, JSObject *m, JSObject **out) {
    if (isObject(slot(m, R_NS))) {
        *out = objSlot(m, R_NS);
        return Status::Ok;
    }
    JSObject *ns = newObjectOfSize(h, nullptr, ObjectClass::ModuleNamespace, sizeof(JSObject));
    if (!ns) return Status::Error;
    LocalRoot rn(h, Value::pointer(ns));
    setSlot(h, m, R_NS, Value::pointer(ns));  // before the exports: export * as ns of itself
    JSArray *names = newArray(h, 8);
    if (!names) return Status::Error;
    LocalRoot r1(h, Value::pointer(names));
    JSArray *starSet = newArray(h, 4);
    if (!starSet) return Status::Error;
    LocalRoot r2(h, Value::pointer(starSet));
    ENG_TRY(exportedNames(h, m, starSet, names));
    // Insertion sort: export lists are short.
    for (uint32_t i = 1; i < names->length; i++) {
        Value v = names->elems[i];
        uint32_t k = i;
        for (; k > 0 && compareStrings(asString(names->elems[k - 1]), asString(v)) > 0; k--)
            names->elems[k] = names->elems[k - 1];
        names->elems[k] = v;
    }
    for (uint32_t i = 0; i < names->length; i++) {
        HString *n = asString(names->elems[i]);
        Resolution res;
        ENG_TRY(resolveExportFresh(h, m, n, &res));
        if (!res.module) continue;  // ambiguous: not in the namespace
        Box *box;
        ENG_TRY(resolutionBox(h, res, &box));
        if (!box) continue;
        LocalRoot rb(h, Value::pointer(box));
        Accessor *acc = static_cast<Accessor *>(allocGc(h, HeapType::Accessor, sizeof(Accessor)));
        if (!acc) return Status::Error;
        rcInit(acc->getter, Value::pointer(box));
        acc->setter = Value::undefined();
        LocalRoot ra(h, Value::pointer(acc));
        uint32_t index;
        if (stringArrayIndex(n, &index)) ns->setFlag(OBJ_SPARSE_INDEXES);  // export { x as "0" }
        ENG_TRY(defineOwn(h, ns, n, Value::pointer(acc), ATTR_ACCESSOR | ATTR_ENUMERABLE));
    }
    HString *tag = internCString(h, "Module");
    if (!tag) return Status::Error;
    LocalRoot rt(h, Value::pointer(tag));
    ENG_TRY(defineOwn(h, ns, wellKnownSymbol(WKS_toStringTag), Value::pointer(tag), 0));
    ns->clearFlag(OBJ_EXTENSIBLE);
    *out = ns;
    return Status::Ok;
}

Status throwUnresolved(Heap &h, JSObject *m, uint32_t request, HString *name, bool ambiguous) {
    char a[96], b[96];
    describeValue(h, Value::pointer(nameOf(m, infoOf(m).w(infoOf(m).requests + request))), a, sizeof a);
    describeValue(h, Value::pointer(name), b, sizeof b);
    return throwError(h, PROTO_SYNTAX_ERROR,
                      ambiguous ? "The requested module '%s' has more than one export named '%s'"
                                : "The requested module '%s' does not provide an export named '%s'",
                      a, b);
}

// import.meta: an object with no prototype; the embedder may fill it.
Status makeImportMeta(Heap &h, JSObject *m, Box *box) {
    JSObject *meta = newObject(h, nullptr);
    if (!meta) return Status::Error;
    rcStore(h, box->value, Value::pointer(meta));
    const eng_module_loader &l = moduleLoader(h);
    if (!l.meta) return Status::Ok;
    size_t size;
    char *text = utf8Copy(h, asString(slot(m, R_NAME)), &size);
    if (!text) return throwOutOfMemory(h);
    uint32_t top = h.stackTop;
    if (ensureStack(h, 1) == Status::Ok) {
        h.stack[h.stackTop++] = Value::pointer(meta);
        l.meta(l.user, static_cast<eng_heap *>(&h), text);
        h.stackTop = top;
        h.hasPending = false;  // errors of the hook are ignored
        h.pending = Value::undefined();
    }
    heapFree(h, text, size);
    return Status::Ok;
}

// InitializeEnvironment: imports bound to the exporters' boxes, function
// declarations made, import.meta.
Status initializeEnvironment(Heap &h, JSObject *m) {
    Info in = infoOf(m);
    for (uint32_t i = 0; i < in.nExports; i++) {  // indirect exports must resolve
        uint32_t at = in.exports + 4 * i;
        if (in.w(at) == MODULE_NONE || in.w(at + 2) == MODULE_NONE || in.w(at + 3) == MODULE_NONE) continue;
        Resolution res;
        HString *name = nameOf(m, in.w(at + 3));
        ENG_TRY(resolveExportFresh(h, requested(m, in.w(at + 2)), name, &res));
        if (!res.module) return throwUnresolved(h, m, in.w(at + 2), name, res.ambiguous);
    }
    JSClosure *c = funcOf(m);
    for (uint32_t i = 0; i < in.nImports; i++) {
        uint32_t b = in.w(in.imports + 3 * i), r = in.w(in.imports + 3 * i + 1), imported = in.w(in.imports + 3 * i + 2);
        JSObject *from = requested(m, r);
        if (imported == MODULE_NONE) {
            JSObject *ns;
            ENG_TRY(moduleNamespace(h, from, &ns));
            rcStore(h, c->upvals[b]->value, Value::pointer(ns));
            continue;
        }
        Resolution res;
        HString *name = nameOf(m, imported);
        ENG_TRY(resolveExportFresh(h, from, name, &res));
        if (!res.module) return throwUnresolved(h, m, r, name, res.ambiguous);
        Box *box;
        ENG_TRY(resolutionBox(h, res, &box));
        rcStore(h, c->upvals[b], box);
    }
    for (uint32_t b = 0; b < in.nEnv; b++) {
        uint32_t w = in.w(in.env + b);
        if (static_cast<uint8_t>(w) == MB_META && slot(m, R_STATUS).asSmallInt() != M_FAILED &&
            c->upvals[b]->value.isUndefined())
            ENG_TRY(makeImportMeta(h, m, c->upvals[b]));
        uint32_t k = w >> 8;
        if (!k || k > c->tmpl->innerCount) continue;
        Value fn;
        ENG_TRY(makeModuleFunction(h, c, c->tmpl->inner[k - 1], &fn));
        rcStore(h, c->upvals[b]->value, fn);
    }
    return Status::Ok;
}

// InnerModuleLinking.
Status innerLink(Heap &h, JSObject *m, JSArray *stack, int32_t *index) {
    ENG_TRY(ENG_CHECK_C_STACK(h));
    if (intSlot(m, R_STATUS) != M_NEW) return Status::Ok;
    setInt(h, m, R_STATUS, M_LINKING);
    setInt(h, m, R_DFS, *index);
    setInt(h, m, R_ANCESTOR, *index);
    ++*index;
    ENG_TRY(arrayPush(h, stack, Value::pointer(m)));
    Info in = infoOf(m);
    for (uint32_t r = 0; r < in.nRequests; r++) {
        JSObject *req = requested(m, r);
        ENG_TRY(innerLink(h, req, stack, index));
        if (intSlot(req, R_STATUS) == M_LINKING && intSlot(req, R_ANCESTOR) < intSlot(m, R_ANCESTOR))
            setInt(h, m, R_ANCESTOR, intSlot(req, R_ANCESTOR));
    }
    ENG_TRY(initializeEnvironment(h, m));
    if (intSlot(m, R_ANCESTOR) == intSlot(m, R_DFS)) {
        for (;;) {
            JSObject *top = asObject(stack->elems[stack->length - 1]);
            ENG_TRY(setArrayLength(h, stack, stack->length - 1));
            setInt(h, top, R_STATUS, M_LINKED);
            if (top == m) break;
        }
    }
    return Status::Ok;
}

// Link: on failure every module it was linking is unlinked again.
Status linkModule(Heap &h, JSObject *m) {
    JSArray *stack = newArray(h, 4);
    if (!stack) return Status::Error;
    LocalRoot rs(h, Value::pointer(stack));
    int32_t index = 0;
    Status st = innerLink(h, m, stack, &index);
    if (st != Status::Ok)
        for (uint32_t i = 0; i < stack->length; i++) setInt(h, asObject(stack->elems[i]), R_STATUS, M_NEW);
    return st;
}

bool hasTopLevelAwait(JSObject *m) { return (infoOf(m).flags & MODULE_ASYNC) != 0; }
JSObject *cycleRoot(JSObject *m) { return isObject(slot(m, R_CYCLE_ROOT)) ? objSlot(m, R_CYCLE_ROOT) : m; }

// Settles m's [[TopLevelCapability]], if it has one.
Status settleCapability(Heap &h, JSObject *m, bool rejected, Value v) {
    JSPromise *p = asPromise(slot(m, R_CAPABILITY));
    if (!p) return Status::Ok;
    if (rejected) rejectPromise(h, p, v);
    else return resolvePromise(h, p, Value::undefined());
    return Status::Ok;
}

// ExecuteAsyncModule: runs the async body; its promise's reaction
// (RECORD_MODULE_ASYNC, vm/promise.cpp) goes on with asyncModuleSettled.
Status executeAsyncModule(Heap &h, JSObject *m) {
    Value p;
    ENG_TRY(callValue(h, slot(m, R_FUNC), Value::undefined(), nullptr, 0, &p));
    LocalRoot rp(h, p);
    JSPromise *promise = asPromise(p);
    if (!promise) return throwError(h, PROTO_ERROR, "Internal error: a module body gave no promise");
    JSPromiseRecord *r = newPromiseRecord(h, RECORD_MODULE_ASYNC);
    if (!r) return Status::Error;
    rcInit(r->promise, Value::pointer(m));
    promiseAddReaction(h, promise, r);
    return Status::Ok;
}

// InnerModuleEvaluation.
Status innerEvaluate(Heap &h, JSObject *m, JSArray *stack, int32_t *index) {
    ENG_TRY(ENG_CHECK_C_STACK(h));
    int32_t st = intSlot(m, R_STATUS);
    if (st == M_FAILED) return throwValue(h, slot(m, R_ERROR));
    if (st != M_LINKED) return Status::Ok;  // evaluated (or evaluating async), or on the stack (a cycle)
    setInt(h, m, R_STATUS, M_EVALUATING);
    setInt(h, m, R_DFS, *index);
    setInt(h, m, R_ANCESTOR, *index);
    setInt(h, m, R_PENDING, 0);
    ++*index;
    ENG_TRY(arrayPush(h, stack, Value::pointer(m)));
    Info in = infoOf(m);
    for (uint32_t r = 0; r < in.nRequests; r++) {
        JSObject *req = requested(m, r);
        ENG_TRY(innerEvaluate(h, req, stack, index));
        if (intSlot(req, R_STATUS) == M_EVALUATING) {
            if (intSlot(req, R_ANCESTOR) < intSlot(m, R_ANCESTOR)) setInt(h, m, R_ANCESTOR, intSlot(req, R_ANCESTOR));
        } else {
            req = cycleRoot(req);
            if (intSlot(req, R_STATUS) == M_FAILED) return throwValue(h, slot(req, R_ERROR));
        }
        if (isSmallIntNonZero(slot(req, R_ASYNC))) {
            setInt(h, m, R_PENDING, intSlot(m, R_PENDING) + 1);
            if (!isObject(slot(req, R_PARENTS))) {
                JSArray *parents = newArray(h, 2);
                if (!parents) return Status::Error;
                setSlot(h, req, R_PARENTS, Value::pointer(parents));
            }
            ENG_TRY(arrayPush(h, static_cast<JSArray *>(objSlot(req, R_PARENTS)), Value::pointer(m)));
        }
    }
    if (intSlot(m, R_PENDING) > 0 || (in.flags & MODULE_ASYNC)) {
        setInt(h, m, R_ASYNC, static_cast<int32_t>(++h.moduleHost->asyncOrder & 0x3fffffff) | 1);
        if (intSlot(m, R_PENDING) == 0) ENG_TRY(executeAsyncModule(h, m));
    } else {
        Value ignored;
        ENG_TRY(callValue(h, slot(m, R_FUNC), Value::undefined(), nullptr, 0, &ignored));
    }
    if (intSlot(m, R_ANCESTOR) == intSlot(m, R_DFS)) {
        for (;;) {
            JSObject *top = asObject(stack->elems[stack->length - 1]);
            ENG_TRY(setArrayLength(h, stack, stack->length - 1));
            setInt(h, top, R_STATUS, isSmallIntNonZero(slot(top, R_ASYNC)) ? M_EVALUATING_ASYNC : M_EVALUATED);
            setSlot(h, top, R_CYCLE_ROOT, Value::pointer(m));
            if (top == m) break;
        }
    }
    return Status::Ok;
}

// AsyncModuleExecutionRejected.
void asyncRejected(Heap &h, JSObject *m, Value e) {
    if (intSlot(m, R_STATUS) == M_FAILED) return;
    setSlot(h, m, R_ERROR, e);
    setInt(h, m, R_STATUS, M_FAILED);
    setInt(h, m, R_ASYNC, 0);
    if (JSArray *parents = isObject(slot(m, R_PARENTS)) ? static_cast<JSArray *>(objSlot(m, R_PARENTS)) : nullptr) {
        LocalRoot rp(h, Value::pointer(parents));
        for (uint32_t i = 0; i < parents->length; i++) asyncRejected(h, asObject(parents->elems[i]), e);
    }
    (void)settleCapability(h, m, true, e);
}

// GatherAvailableAncestors: the parents whose last pending dependency m was.
Status gatherAncestors(Heap &h, JSObject *m, JSArray *list) {
    ENG_TRY(ENG_CHECK_C_STACK(h));
    if (!isObject(slot(m, R_PARENTS))) return Status::Ok;
    JSArray *parents = static_cast<JSArray *>(objSlot(m, R_PARENTS));
    for (uint32_t i = 0; i < parents->length; i++) {
        JSObject *p = asObject(parents->elems[i]);
        bool listed = false;
        for (uint32_t k = 0; k < list->length && !listed; k++) listed = asObject(list->elems[k]) == p;
        if (listed || intSlot(cycleRoot(p), R_STATUS) == M_FAILED) continue;
        setInt(h, p, R_PENDING, intSlot(p, R_PENDING) - 1);
        if (intSlot(p, R_PENDING) != 0) continue;
        ENG_TRY(arrayPush(h, list, Value::pointer(p)));
        if (!hasTopLevelAwait(p)) ENG_TRY(gatherAncestors(h, p, list));
    }
    return Status::Ok;
}

// AsyncModuleExecutionFulfilled.
Status asyncFulfilled(Heap &h, JSObject *m) {
    if (intSlot(m, R_STATUS) == M_FAILED) return Status::Ok;
    setInt(h, m, R_ASYNC, 0);
    setInt(h, m, R_STATUS, M_EVALUATED);
    ENG_TRY(settleCapability(h, m, false, Value::undefined()));
    JSArray *list = newArray(h, 4);
    if (!list) return Status::Error;
    LocalRoot rl(h, Value::pointer(list));
    ENG_TRY(gatherAncestors(h, m, list));
    // In the order they started to wait ([[AsyncEvaluation]] order).
    for (uint32_t i = 1; i < list->length; i++) {
        Value v = list->elems[i];
        uint32_t k = i;
        for (; k > 0 && intSlot(asObject(list->elems[k - 1]), R_ASYNC) > intSlot(asObject(v), R_ASYNC); k--)
            list->elems[k] = list->elems[k - 1];
        list->elems[k] = v;
    }
    for (uint32_t i = 0; i < list->length; i++) {
        JSObject *x = asObject(list->elems[i]);
        if (intSlot(x, R_STATUS) == M_FAILED) continue;
        if (hasTopLevelAwait(x)) {
            ENG_TRY(executeAsyncModule(h, x));
            continue;
        }
        Value ignored;
        if (callValue(h, slot(x, R_FUNC), Value::undefined(), nullptr, 0, &ignored) != Status::Ok) {
            Value e;
            if (!takeThrown(h, &e)) return Status::Error;
            LocalRoot re(h, e);
            asyncRejected(h, x, e);
            continue;
        }
        setInt(h, x, R_ASYNC, 0);
        setInt(h, x, R_STATUS, M_EVALUATED);
        ENG_TRY(settleCapability(h, x, false, Value::undefined()));
    }
    return Status::Ok;
}

// Evaluate: an error is remembered by every module on the stack and
// thrown again whenever one of them is imported. When the graph waits for
// a top-level await, *capability is the promise settled when it is done
// (undefined when the evaluation is complete).
Status evaluateModule(Heap &h, JSObject *m, Value *capability) {
    *capability = Value::undefined();
    int32_t st = intSlot(m, R_STATUS);
    if (st == M_EVALUATING_ASYNC || st == M_EVALUATED) m = cycleRoot(m);
    if (isObject(slot(m, R_CAPABILITY))) {
        JSPromise *p = asPromise(slot(m, R_CAPABILITY));
        if (p && p->state == PROMISE_REJECTED) return throwValue(h, p->result);
        if (p && p->state == PROMISE_PENDING) *capability = slot(m, R_CAPABILITY);
        return Status::Ok;
    }
    JSArray *stack = newArray(h, 4);
    if (!stack) return Status::Error;
    LocalRoot rs(h, Value::pointer(stack)), rm(h, Value::pointer(m));
    int32_t index = 0;
    Status status = innerEvaluate(h, m, stack, &index);
    if (status != Status::Ok) {
        Value e;
        if (!takeThrown(h, &e)) return status;  // stopped (interrupt): nothing to remember
        LocalRoot re(h, e);
        for (uint32_t i = 0; i < stack->length; i++) {
            JSObject *s = asObject(stack->elems[i]);
            setInt(h, s, R_STATUS, M_FAILED);
            setSlot(h, s, R_ERROR, e);
        }
        return throwValue(h, e);
    }
    if (intSlot(m, R_STATUS) == M_FAILED) return throwValue(h, slot(m, R_ERROR));
    if (!isSmallIntNonZero(slot(m, R_ASYNC))) return Status::Ok;
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    setSlot(h, m, R_CAPABILITY, Value::pointer(p));
    *capability = Value::pointer(p);
    return Status::Ok;
}

}  // namespace

Status importModule(Heap &h, HString *referrer, HString *specifier, const char *source, size_t length, Value *ns,
                    Value *pending) {
    LocalRoot r1(h, referrer ? Value::pointer(referrer) : Value()), r2(h, Value::pointer(specifier));
    ENG_TRY(ensureModuleHost(h));  // (the counter of async evaluations)
    HString *name = specifier;
    if (!source && referrer) ENG_TRY(resolveSpecifier(h, referrer, specifier, &name));
    LocalRoot rn(h, Value::pointer(name));
    JSArray *fresh = newArray(h, 4);
    if (!fresh) return Status::Error;
    LocalRoot rf(h, Value::pointer(fresh));
    JSObject *m = nullptr;
    Status st = loadGraph(h, name, source, length, fresh, &m);
    JSObject *map = lateIntrinsic(h, LATE_MODULE_MAP);
    for (uint32_t i = 0; i < fresh->length; i++) {
        JSObject *f = asObject(fresh->elems[i]);
        // A graph that failed to load leaves nothing in the map.
        if (st != Status::Ok && map) ENG_TRY(removeOwnProp(h, map, asString(slot(f, R_NAME))));
        else setInt(h, f, R_STATUS, M_NEW);
    }
    ENG_TRY(st);
    LocalRoot rm(h, Value::pointer(m));
    ENG_TRY(linkModule(h, m));
    Value capability;
    ENG_TRY(evaluateModule(h, m, &capability));
    LocalRoot rc(h, capability);
    JSObject *o;
    ENG_TRY(moduleNamespace(h, m, &o));
    *ns = Value::pointer(o);
    *pending = rc.value;
    return Status::Ok;
}

Status asyncModuleSettled(Heap &h, Value module, bool rejected, Value value) {
    if (!isObject(module)) return Status::Ok;
    if (!rejected) return asyncFulfilled(h, asObject(module));
    asyncRejected(h, asObject(module), value);
    return Status::Ok;
}

Status dynamicImport(Heap &h, FunctionTemplate *tmpl, Value specifier, Value *out) {
    JSPromise *p = newPromise(h);
    if (!p) return Status::Error;
    LocalRoot rp(h, Value::pointer(p));
    HString *spec;
    if (toString(h, specifier, &spec) != Status::Ok) {  // IfAbruptRejectPromise
        Value e;
        if (!takeThrown(h, &e)) return Status::Error;
        rejectPromise(h, p, e);
        *out = rp.value;
        return Status::Ok;
    }
    LocalRoot rs(h, Value::pointer(spec));
    JSPromiseRecord *job = newPromiseRecord(h, RECORD_DYNAMIC_IMPORT);
    if (!job) return Status::Error;
    rcInit(job->promise, rp.value);
    rcInit(job->argument, rs.value);
    HString *referrer = tmpl->image ? tmpl->image->fileName : nullptr;
    // Eval code imports relative to the code that called eval (its active
    // script or module): the nearest frame of code from another file.
    for (uint32_t fi = h.frameCount; referrer && stringEquals(referrer, "eval") && fi-- > 0;) {
        JSObject *callee = h.frames[fi].callee;
        if (!callee || callee->cls() != ObjectClass::Closure) continue;
        ImageBuffer *image = static_cast<JSClosure *>(callee)->tmpl->image;
        if (image && image->fileName && !stringEquals(image->fileName, "eval")) referrer = image->fileName;
    }
    if (referrer) rcInit(job->onFulfilled, Value::pointer(referrer));
    enqueueJob(h, job);
    *out = rp.value;
    return Status::Ok;
}

Status runDynamicImportJob(Heap &h, Value promise, Value referrer, Value specifier) {
    JSPromise *p = asPromise(promise);
    if (!p) return Status::Ok;
    Value ns, pending;
    Status st = importModule(h, isString(referrer) ? asString(referrer) : nullptr, asString(specifier), nullptr, 0, &ns,
                             &pending);
    if (st == Status::Ok) {
        LocalRoot rn(h, ns), rw(h, pending);
        if (JSPromise *wait = asPromise(pending)) {  // top-level await: once the graph has run
            JSPromiseRecord *r = newPromiseRecord(h, RECORD_MODULE_IMPORT);
            if (!r) return Status::Error;
            rcInit(r->promise, promise);
            rcInit(r->resolve, ns);
            promiseAddReaction(h, wait, r);
            return Status::Ok;
        }
        return resolvePromise(h, p, ns);
    }
    Value e;
    if (!takeThrown(h, &e)) return st;
    rejectPromise(h, p, e);
    return Status::Ok;
}

// Namespace objects (ES2023 10.4.6).

bool namespaceBindingValue(Heap &h, Value accessor, Value *value, uint8_t *attrs) {
    Value b = static_cast<Accessor *>(accessor.asPointer())->getter;
    if (!isHeapType(b, HeapType::Box)) return true;  // (not an export)
    Box *box = static_cast<Box *>(b.asPointer());
    if (box->value.isEmpty()) {
        (void)throwError(h, PROTO_REFERENCE_ERROR, "Cannot access an export of a module before its initialization");
        h.ownLookupFailed = true;
        return false;
    }
    *value = box->value;
    *attrs = ATTR_WRITABLE | ATTR_ENUMERABLE;
    return true;
}

Status namespaceDefineOwn(Heap &h, JSObject *o, const PropertyKey &key, const PropertyDescriptor &desc,
                          bool *accepted) {
    Value v;
    uint8_t attrs;
    *accepted = false;
    if (!getOwnDataOrAccessor(h, o, key, &v, &attrs)) return lookupFailed(h) ? Status::Error : Status::Ok;
    if ((desc.fields & DESC_CONFIGURABLE) && desc.configurable) return Status::Ok;
    if ((desc.fields & DESC_ENUMERABLE) && !desc.enumerable) return Status::Ok;
    if (desc.isAccessor()) return Status::Ok;
    if ((desc.fields & DESC_WRITABLE) && !desc.writable) return Status::Ok;
    *accepted = !(desc.fields & DESC_VALUE) || sameValue(desc.value.value, v);
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_MODULES
