// The CLI's module loader (see module_loader.h).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <vector>

#include "module_loader.h"

namespace cli {

std::string normalize_path(const std::string &path) {
    bool absolute = !path.empty() && path[0] == '/';
    std::vector<std::string> parts;
    size_t i = 0;
    while (i <= path.size()) {
        size_t j = path.find('/', i);
        if (j == std::string::npos) j = path.size();
        std::string part = path.substr(i, j - i);
        if (part == "..") {
            if (!parts.empty() && parts.back() != "..") parts.pop_back();
            else if (!absolute) parts.push_back(part);
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        i = j + 1;
    }
    std::string out = absolute ? "/" : "";
    for (size_t k = 0; k < parts.size(); k++) out += (k ? "/" : "") + parts[k];
    return out.empty() ? "." : out;
}

namespace {

int resolve(void *, const char *referrer, const char *specifier, char *name, size_t name_size) {
    std::string spec = specifier;
    bool relative = spec.compare(0, 2, "./") == 0 || spec.compare(0, 3, "../") == 0;
    if (!relative && (spec.empty() || spec[0] != '/')) return 1;  // bare specifiers: no packages here
    std::string path = spec;
    if (relative) {
        std::string dir = referrer ? referrer : "";
        size_t slash = dir.rfind('/');
        dir = slash == std::string::npos ? "." : dir.substr(0, slash);
        path = dir + "/" + spec;
    }
    path = normalize_path(path);
    if (path.size() + 1 > name_size) return 1;
    memcpy(name, path.c_str(), path.size() + 1);
    return 0;
}

int load(void *, const char *name, const char **source, size_t *length) {
    FILE *f = fopen(name, "rb");
    if (!f) return 1;
    std::string text;
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
    bool ok = !ferror(f);
    fclose(f);
    if (!ok) return 1;
    char *copy = static_cast<char *>(malloc(text.size() + 1));
    if (!copy) return 1;
    memcpy(copy, text.data(), text.size());
    copy[text.size()] = 0;
    *source = copy;
    *length = text.size();
    return 0;
}

void release(void *, const char *, const char *source) { free(const_cast<char *>(source)); }

// import.meta.url: the module's path as a file: URL (as node gives it).
void meta(void *, eng_heap *heap, const char *name) {
    std::string url = "file://";
    if (name[0] != '/') {
        char *cwd = realpath(".", nullptr);
        if (cwd) url += std::string(cwd) + "/";
        free(cwd);
    }
    url += name;
    if (eng_push_string(heap, url.c_str()) == ENG_OK) eng_put_prop_string(heap, -2, "url");
}

}  // namespace

void install_module_loader(eng_heap *heap) {
    eng_module_loader loader = {resolve, load, release, meta, nullptr};
    eng_set_module_loader(heap, &loader);
}

}  // namespace cli
