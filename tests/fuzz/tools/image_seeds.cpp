// image_seeds OUT_DIR SCRIPT.js...: writes the bytecode image of each script
// that compiles (eng_compile_image) to OUT_DIR/<path with / as _>bc: the
// seed corpus of fuzz_image (make_seeds.sh image). Built with the fuzz
// targets, so that the images match their build (word size, configuration).
#include <engine.h>

#include <cstdio>
#include <string>

namespace {

int append(void *user, const void *bytes, size_t length) {
    static_cast<std::string *>(user)->append(static_cast<const char *>(bytes), length);
    return 0;
}

bool readFile(const char *path, std::string *out) {
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, f)) > 0) out->append(buffer, n);
    bool ok = !ferror(f);
    fclose(f);
    return ok;
}

}  // namespace

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: image_seeds OUT_DIR SCRIPT.js...\n");
        return 2;
    }
    int written = 0;
    for (int i = 2; i < argc; i++) {
        std::string source, image;
        if (!readFile(argv[i], &source)) continue;
        eng_heap *heap = eng_create(nullptr);
        if (!heap) return 1;
        if (eng_compile_image(heap, source.data(), source.size(), argv[i], 0, append, &image) == ENG_OK) {
            std::string name = argv[i];
            for (char &c : name)
                if (c == '/') c = '_';
            std::string path = std::string(argv[1]) + "/" + name + "bc";
            FILE *f = fopen(path.c_str(), "wb");
            if (f && fwrite(image.data(), 1, image.size(), f) == image.size()) written++;
            if (f) fclose(f);
        }
        eng_destroy(heap);
    }
    printf("image_seeds: %d images\n", written);
    return written > 0 ? 0 : 1;
}
