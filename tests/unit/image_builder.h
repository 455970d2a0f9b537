// Assembles bytecode images by hand, so the executor can be tested without
// the compiler (tests only; uses the standard library freely).
#ifndef ENG_TESTS_IMAGE_BUILDER_H
#define ENG_TESTS_IMAGE_BUILDER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <string>
#include <vector>

#include "bytecode/image.h"
#include "bytecode/line_table.h"

namespace eng_test {

struct FunctionSpec {
    uint16_t nregs = 8;
    uint16_t nparams = 0;
    uint16_t flags = 0;
    uint16_t argumentsReg = eng::NO_REGISTER;
    uint32_t nameConst = eng::NO_NAME;
    std::vector<eng::Instr> code;
    std::vector<uint32_t> inner;
    std::vector<uint32_t> upvals;
    std::vector<uint32_t> upvalNames;
    std::vector<eng::LineEntry> lines;
    std::vector<uint32_t> evalSites;  // empty, or site starts plus the total
    std::vector<eng::EvalBinding> evalBindings;
    // constants: a number or a Latin-1 string
    struct Const {
        bool isString;
        double number;
        std::string text;
    };
    std::vector<Const> consts;

    uint32_t number(double d) {
        consts.push_back({false, d, ""});
        return static_cast<uint32_t>(consts.size() - 1);
    }
    uint32_t string(const std::string &s) {
        consts.push_back({true, 0, s});
        return static_cast<uint32_t>(consts.size() - 1);
    }
    void emit(eng::Instr i) { code.push_back(i); }
};

inline void put(std::vector<uint8_t> &out, const void *p, size_t n) {
    const uint8_t *b = static_cast<const uint8_t *>(p);
    out.insert(out.end(), b, b + n);
}

inline void align4(std::vector<uint8_t> &out) {
    while (out.size() % 4) out.push_back(0);
}

inline std::vector<uint8_t> buildImage(const std::vector<FunctionSpec> &functions) {
    std::vector<uint8_t> out(sizeof(eng::ImageHeader) + 4 * functions.size(), 0);
    std::vector<uint32_t> offsets;
    std::vector<size_t> headerAt;
    for (const FunctionSpec &f : functions) {
        align4(out);
        size_t start = out.size();
        offsets.push_back(static_cast<uint32_t>(start));
        eng::FunctionHeader h{};
        h.nregs = f.nregs;
        h.nparams = f.nparams;
        h.flags = f.flags;
        h.argumentsReg = f.argumentsReg;
        h.nameConst = f.nameConst;
        h.codeCount = static_cast<uint32_t>(f.code.size());
        h.innerCount = static_cast<uint32_t>(f.inner.size());
        h.upvalCount = static_cast<uint32_t>(f.upvals.size());
        h.lineBytes = eng::packedLineTableSize(f.lines.data(), static_cast<uint32_t>(f.lines.size()));
        h.constCount = static_cast<uint32_t>(f.consts.size());
        h.evalSiteCount = f.evalSites.empty() ? 0 : static_cast<uint32_t>(f.evalSites.size() - 1);
        h.evalBindingCount = static_cast<uint32_t>(f.evalBindings.size());
        put(out, &h, sizeof h);
        put(out, f.code.data(), f.code.size() * 4);
        put(out, f.inner.data(), f.inner.size() * 4);
        put(out, f.upvals.data(), f.upvals.size() * 4);
        put(out, f.upvalNames.data(), f.upvalNames.size() * 4);
        std::vector<uint8_t> packed(h.lineBytes);
        eng::packLineTable(packed.data(), f.lines.data(), static_cast<uint32_t>(f.lines.size()));
        put(out, packed.data(), packed.size());
        align4(out);
        put(out, f.evalSites.data(), f.evalSites.size() * 4);
        put(out, f.evalBindings.data(), f.evalBindings.size() * sizeof(eng::EvalBinding));
        headerAt.push_back(start);
    }
    // Constant blocks come after every record (the load-only part).
    align4(out);
    uint32_t loadOnlyStart = static_cast<uint32_t>(out.size());
    for (size_t fi = 0; fi < functions.size(); fi++) {
        const FunctionSpec &f = functions[fi];
        align4(out);
        uint32_t constTableAt = static_cast<uint32_t>(out.size());
        memcpy(&out[headerAt[fi] + offsetof(eng::FunctionHeader, constTableAt)], &constTableAt, 4);
        size_t constOffsetsAt = out.size();
        out.resize(out.size() + 4 * f.consts.size());
        for (size_t i = 0; i < f.consts.size(); i++) {
            align4(out);
            uint32_t at = static_cast<uint32_t>(out.size());
            memcpy(&out[constOffsetsAt + 4 * i], &at, 4);
            const FunctionSpec::Const &c = f.consts[i];
            eng::ConstHeader ch{};
            ch.tag = c.isString ? eng::CONST_STRING8 : eng::CONST_NUMBER;
            put(out, &ch, sizeof ch);
            if (c.isString) {
                uint32_t len = static_cast<uint32_t>(c.text.size());
                put(out, &len, 4);
                put(out, c.text.data(), len);
            } else {
                put(out, &c.number, 8);
            }
        }
    }
    align4(out);
    eng::ImageHeader ih{};
    ih.magic = eng::IMAGE_MAGIC;
    ih.version = eng::IMAGE_VERSION;
    ih.wordSize = static_cast<uint8_t>(sizeof(void *));
    ih.config = eng::IMAGE_BUILD_CONFIG;
    ih.endianness = eng::IMAGE_LITTLE_ENDIAN;
    ih.functionCount = static_cast<uint32_t>(functions.size());
    ih.totalSize = static_cast<uint32_t>(out.size());
    ih.loadOnlyStart = loadOnlyStart;
    memcpy(out.data(), &ih, sizeof ih);
    memcpy(out.data() + sizeof ih, offsets.data(), 4 * offsets.size());
    return out;
}

}  // namespace eng_test

#endif
