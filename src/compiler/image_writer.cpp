// Serialises the compiled functions into the image format of image.h.
#include "bytecode/line_table.h"
#include "compiler/parser.h"

namespace eng {

namespace {

uint32_t align4(uint32_t n) { return (n + 3u) & ~3u; }

uint32_t constantSize(const AtomTable &atoms, const Constant &c) {
    if (c.tag == CONST_NUMBER) return sizeof(ConstHeader) + 8;
    uint32_t n = atoms.length(c.atom);
    uint32_t payload = atoms.isLatin1(c.atom) ? n : n * 2;
    return sizeof(ConstHeader) + 4 + align4(payload);
}

uint32_t recordSize(const CompiledFunction &f) {
    uint64_t size = sizeof(FunctionHeader) + 4ull * f.code.size + 4ull * f.inner.size + 8ull * f.upvalNames.size +
                    align4(packedLineTableSize(f.lines.data, f.lines.size)) + 4ull * f.localNames.size +
                    4ull * f.evalSites.size + sizeof(EvalBinding) * static_cast<uint64_t>(f.evalBindings.size);
    return size > 0xffffffffull ? 0xffffffffu : static_cast<uint32_t>(size);
}

uint32_t constantBlockSize(const AtomTable &atoms, const CompiledFunction &f) {
    uint64_t size = 4ull * f.constants.size;
    for (uint32_t i = 0; i < f.constants.size; i++) size += constantSize(atoms, f.constants.data[i]);
    return size > 0xffffffffull ? 0xffffffffu : static_cast<uint32_t>(size);
}

struct Writer {
    uint8_t *base;
    uint32_t pos;
    void bytes(const void *p, uint32_t n) {
        if (n) memcpy(base + pos, p, n);
        pos += n;
    }
    void u32(uint32_t v) { bytes(&v, 4); }
    void pad() {
        while (pos & 3) base[pos++] = 0;
    }
};

}  // namespace

bool Parser::writeImage(uint8_t **image, size_t *imageSize) {
    uint32_t count = functions_.size();
    uint64_t total = sizeof(ImageHeader) + 4ull * count;
    for (uint32_t i = 0; i < count; i++) total += recordSize(functions_[i]);
    uint64_t loadOnlyStart = total;
    for (uint32_t i = 0; i < count; i++) total += constantBlockSize(atoms_, functions_[i]);
    if (total > 0x7fffffffull) {
        ctx_->outOfMemory = true;
        return false;
    }
    uint8_t *out = static_cast<uint8_t *>(ctx_->allocate(static_cast<size_t>(total)));
    if (!out) return false;
    memset(out, 0, static_cast<size_t>(total));
    Writer w = {out, 0};
    ImageHeader header;
    memset(&header, 0, sizeof header);
    header.magic = IMAGE_MAGIC;
    header.version = IMAGE_VERSION;
    uint16_t probe = 1;
    uint8_t first;
    memcpy(&first, &probe, 1);
    header.endianness = first ? IMAGE_LITTLE_ENDIAN : IMAGE_BIG_ENDIAN;
    header.functionCount = count;
    header.totalSize = static_cast<uint32_t>(total);
    header.loadOnlyStart = static_cast<uint32_t>(loadOnlyStart);
    w.bytes(&header, sizeof header);
    uint32_t offsetTable = w.pos;
    w.pos += 4 * count;
    uint32_t constBlock = header.loadOnlyStart;
    for (uint32_t i = 0; i < count; i++) {
        const CompiledFunction &f = functions_[i];
        uint32_t recordStart = w.pos;
        memcpy(out + offsetTable + 4 * i, &recordStart, 4);
        FunctionHeader fh;
        memset(&fh, 0, sizeof fh);
        fh.nregs = f.nregs;
        fh.nparams = f.nparams;
        fh.flags = f.flags;
        fh.argumentsReg = f.argumentsReg;
        fh.nameConst = f.nameConst;
        fh.codeCount = f.code.size;
        fh.innerCount = f.inner.size;
        fh.upvalCount = f.upvalNames.size;
        fh.lineBytes = packedLineTableSize(f.lines.data, f.lines.size);
        fh.constCount = f.constants.size;
        fh.sourceStart = f.sourceStart;
        fh.sourceEnd = f.sourceEnd;
        fh.localNameCount = f.localNames.size;
        fh.constTableAt = constBlock;
        constBlock += constantBlockSize(atoms_, f);
        fh.evalSiteCount = f.evalSites.size ? f.evalSites.size - 1 : 0;
        fh.evalBindingCount = f.evalBindings.size;
        w.bytes(&fh, sizeof fh);
        w.bytes(f.code.data, 4 * f.code.size);
        w.bytes(f.inner.data, 4 * f.inner.size);
        w.bytes(f.upvalDescs.data, 4 * f.upvalDescs.size);
        w.bytes(f.upvalNames.data, 4 * f.upvalNames.size);
        w.pos = static_cast<uint32_t>(packLineTable(out + w.pos, f.lines.data, f.lines.size) - out);
        w.pad();
        w.bytes(f.localNames.data, 4 * f.localNames.size);
        w.bytes(f.evalSites.data, 4 * f.evalSites.size);
        w.bytes(f.evalBindings.data, sizeof(EvalBinding) * f.evalBindings.size);
    }
    for (uint32_t i = 0; i < count; i++) {
        const CompiledFunction &f = functions_[i];
        uint32_t constTable = w.pos;
        w.pos += 4 * f.constants.size;
        for (uint32_t k = 0; k < f.constants.size; k++) {
            const Constant &c = f.constants.data[k];
            uint32_t offset = w.pos;
            memcpy(out + constTable + 4 * k, &offset, 4);
            ConstHeader ch;
            memset(&ch, 0, sizeof ch);
            if (c.tag == CONST_NUMBER) {
                ch.tag = CONST_NUMBER;
                w.bytes(&ch, sizeof ch);
                w.bytes(&c.number, 8);
                continue;
            }
            uint32_t n = atoms_.length(c.atom);
            bool latin1 = atoms_.isLatin1(c.atom);
            ch.tag = latin1 ? CONST_STRING8 : CONST_STRING16;
            w.bytes(&ch, sizeof ch);
            w.u32(n);
            if (latin1) {
                atoms_.copyLatin1(c.atom, out + w.pos);
                w.pos += n;
            } else {
                atoms_.copyUnits(c.atom, out + w.pos);
                w.pos += 2 * n;
            }
            w.pad();
        }
    }
    *image = out;
    *imageSize = static_cast<size_t>(total);
    return true;
}

}  // namespace eng
