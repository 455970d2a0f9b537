// Serialises compiled functions into the image format of image.h, in two
// steps: each function's record when the function is finished
// (storeRecord), and the image itself at the end (writeImage), which copies
// the records and writes the constant blocks, freeing each record as it
// goes.
#include "config.h"
#include <stddef.h>

#include "bytecode/line_table.h"
#include "compiler/parser.h"

namespace eng {

namespace {

uint32_t align4(uint32_t n) { return (n + 3u) & ~3u; }

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

uint32_t readWord(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

// Bytes of a function's constant block in the image.
uint64_t constantBlockSize(const AtomTable &atoms, const FunctionRecord &r) {
    const uint8_t *words = r.constants();
    uint64_t size = 0;
    for (uint32_t i = 0; i < r.constWords; i++) {
        uint32_t w = readWord(words + 4 * i);
        if (w == kConstNumberMark) {
            size += 4 + sizeof(ConstHeader) + 8;
            i += 2;
            continue;
        }
        if (w == kConstSlotMark) {
            size += 4 + sizeof(ConstHeader);
            continue;
        }
        if (ENG_BIGINT && w == kConstBigIntMark) w = readWord(words + 4 * ++i);  // laid out as a Latin-1 string
        uint32_t n = atoms.length(w);
        size += 4 + sizeof(ConstHeader) + 4 + align4(atoms.isLatin1(w) ? n : n * 2);
    }
    return size;
}

}  // namespace

bool Parser::storeRecord(FuncState &f, uint32_t index, uint32_t nameConst, uint32_t sourceEnd) {
    uint32_t nregs = f.maxReg ? f.maxReg : 1;
    uint32_t localNameCount = f.isScript ? 0 : nregs;
    uint32_t evalSiteWords = f.evalSites.size() ? f.evalSites.size() + 1 : 0;
    uint32_t lineBytes = optionLineTables_ ? f.lines.packedSize() : 0;
    uint32_t upvalCount = f.upvalAtoms.size();
    uint32_t constCount = f.constCount;
    uint64_t recordSize = sizeof(FunctionHeader) + 4ull * f.code.size() + 4ull * f.inners.size() +
                          8ull * upvalCount + align4(lineBytes) + 4ull * localNameCount + 4ull * evalSiteWords +
                          sizeof(EvalBinding) * static_cast<uint64_t>(f.evalBindings.size());
    uint32_t constWords = f.constWords.size();
    uint64_t blockSize = recordSize + 4ull * upvalCount + 4ull * constWords;
    if (blockSize > 0x7fffffffull) {
        ctx_->outOfMemory = true;
        return false;
    }
    uint8_t *block = static_cast<uint8_t *>(ctx_->allocate(static_cast<size_t>(blockSize)));
    if (!block) return false;
    FunctionRecord &r = functions_[index];
    r.bytes = block;
    r.upvalCount = upvalCount;
    r.constWords = constWords;
    r.recordSize = static_cast<uint32_t>(recordSize);
    Writer w = {block, 0};
    w.bytes(f.upvalAtoms.data(), 4 * upvalCount);
    w.bytes(f.constWords.data(), 4 * constWords);

    FunctionHeader fh;
    memset(&fh, 0, sizeof fh);
    fh.nregs = static_cast<uint16_t>(nregs);
    fh.nparams = static_cast<uint16_t>(f.params.size() - f.patternCount - (f.hasRest ? 1 : 0));  // the rest parameter follows
    fh.length = static_cast<uint16_t>(f.simpleParams ? f.params.size() : f.paramLength);
    fh.flags = static_cast<uint16_t>((f.strict ? FN_STRICT : 0) | (f.isScript ? FN_SCRIPT : 0) |
                                     (f.usesArguments ? FN_USES_ARGUMENTS : 0) |
                                     (f.mappedArguments ? FN_MAPPED_ARGUMENTS : 0) |
                                     (f.isScript && optionEvalCode_ ? FN_EVAL_CODE : 0) |
                                     (f.isArrow ? FN_ARROW : 0) | (f.isMethod ? FN_METHOD : 0) |
                                     (f.hasRest ? FN_REST : 0) | (f.classCtor ? FN_CLASS_CONSTRUCTOR : 0) |
                                     (f.classCtor == 2 ? FN_DERIVED : 0) | (f.isGenerator ? FN_GENERATOR : 0) | (f.isAsync ? FN_ASYNC : 0));
    if (f.classCtor == 2) fh.thisReg = static_cast<uint16_t>(f.locals[*f.localIndex.find(thisAtom_)].reg);
    fh.argumentsReg = f.usesArguments ? static_cast<uint16_t>(f.argumentsReg) : NO_REGISTER;
    fh.nameConst = nameConst;
    fh.codeCount = f.code.size();
    fh.innerCount = f.inners.size();
    fh.upvalCount = upvalCount;
    fh.lineBytes = lineBytes;
    fh.constCount = constCount;
    fh.sourceStart = f.sourceStart;
    fh.sourceEnd = sourceEnd;
    fh.localNameCount = localNameCount;
    fh.evalSiteCount = f.evalSites.size();
    fh.evalBindingCount = f.evalBindings.size();
    w.bytes(&fh, sizeof fh);
    w.bytes(f.code.data(), 4 * f.code.size());
    for (uint32_t i = 0; i < f.inners.size(); i++) w.u32(f.inners[i].functionIndex);
    // Descriptors say "global" until the parent's pass 2 resolves them.
    for (uint32_t i = 0; i < upvalCount; i++) w.u32(makeUpvalDesc(UPVAL_GLOBAL, 0));
    // finishFunction made these constants already: stringConst only looks up.
    for (uint32_t i = 0; i < upvalCount; i++) w.u32(stringConst(f.upvalAtoms[i]));
    if (lineBytes) w.pos = static_cast<uint32_t>(f.lines.write(block + w.pos) - block);
    w.pad();
    uint32_t localNamesAt = w.pos;
    for (uint32_t r2 = 0; r2 < localNameCount; r2++) w.u32(NO_NAME);
    for (uint32_t i = 0; localNameCount && i < f.locals.size(); i++) {
        const LocalVar &v = f.locals[i];
        if (v.reg >= nregs || v.kind == LOCAL_HIDDEN || readWord(block + localNamesAt + 4 * v.reg) != NO_NAME)
            continue;
        uint32_t name = stringConst(v.atom);
        memcpy(block + localNamesAt + 4 * v.reg, &name, 4);
    }
    if (evalSiteWords) {
        w.bytes(f.evalSites.data(), 4 * f.evalSites.size());
        w.u32(f.evalBindings.size());
    }
    w.bytes(f.evalBindings.data(), sizeof(EvalBinding) * f.evalBindings.size());
    if (f.constCount != constCount || w.pos != blockSize) {
        fail(ENG_MESSAGE("Internal error: function record out of step"));
        return false;
    }
    return !ctx_->failed();
}

void Parser::releaseRecords() {
    for (uint32_t i = 0; i < functions_.size(); i++) functions_[i].release(ctx_);
}

// In two steps, so that the records and the image are never all held
// twice: the image up to loadOnlyStart is allocated and each record copied
// into it and cut off its block; then the image grows to its full size and
// the constant blocks are written from the words left and the atom table.
bool Parser::writeImage(uint8_t **image, size_t *imageSize) {
    uint32_t count = functions_.size();
    uint64_t total = sizeof(ImageHeader) + 4ull * count;
    for (uint32_t i = 0; i < count; i++) total += functions_[i].recordSize;
    uint64_t loadOnlyStart = total;
    for (uint32_t i = 0; i < count; i++) total += constantBlockSize(atoms_, functions_[i]);
    if (total > 0x7fffffffull) {
        ctx_->outOfMemory = true;
        return false;
    }
    // What compiling needed and writing does not goes before the image comes.
    atoms_.finishInterning();
    outer_.reset();
    discovered_.reset();
    discoveredIndex_.clear();
    discoveredNames_.reset();
    uint8_t *out = static_cast<uint8_t *>(ctx_->allocate(static_cast<size_t>(loadOnlyStart)));
    if (!out) return false;
    memset(out, 0, static_cast<size_t>(loadOnlyStart));
    Writer w = {out, 0};
    ImageHeader header;
    memset(&header, 0, sizeof header);
    header.magic = IMAGE_MAGIC;
    header.version = IMAGE_VERSION;
    uint16_t probe = 1;
    uint8_t first;
    memcpy(&first, &probe, 1);
    header.endianness = first ? IMAGE_LITTLE_ENDIAN : IMAGE_BIG_ENDIAN;
    header.wordSize = static_cast<uint8_t>(sizeof(void *));
    header.config = IMAGE_BUILD_CONFIG;
    header.functionCount = count;
    header.totalSize = static_cast<uint32_t>(total);
    header.loadOnlyStart = static_cast<uint32_t>(loadOnlyStart);
    w.bytes(&header, sizeof header);
    uint32_t offsetTable = w.pos;
    w.pos += 4 * count;
    uint32_t constTable = header.loadOnlyStart;
    for (uint32_t i = 0; i < count; i++) {
        FunctionRecord &r = functions_[i];
        uint32_t recordStart = w.pos;
        memcpy(out + offsetTable + 4 * i, &recordStart, 4);
        w.bytes(r.bytes + r.recordAt(), r.recordSize);
        memcpy(out + recordStart + offsetof(FunctionHeader, constTableAt), &constTable, 4);
        constTable += static_cast<uint32_t>(constantBlockSize(atoms_, r));
        // Only the upvalue names and the constant words stay.
        if (r.recordAt() == 0) {
            r.release(ctx_);
        } else if (void *kept = ctx_->shrink(r.bytes, r.blockSize(), r.recordAt())) {
            r.bytes = static_cast<uint8_t *>(kept);
            r.recordSize = 0;
        }
    }
    uint8_t *grown = static_cast<uint8_t *>(
        ctx_->reallocate(out, static_cast<size_t>(loadOnlyStart), static_cast<size_t>(total)));
    if (!grown) {
        ctx_->release(out, static_cast<size_t>(loadOnlyStart));
        return false;
    }
    out = grown;
    memset(out + loadOnlyStart, 0, static_cast<size_t>(total - loadOnlyStart));
    Writer c = {out, header.loadOnlyStart};
    for (uint32_t i = 0; i < count; i++) {
        FunctionRecord &r = functions_[i];
        // The constant block: a table of offsets, then the constants.
        uint32_t at = c.pos;
        const uint8_t *words = r.constants();
        uint32_t constCount = 0;
        for (uint32_t k = 0; k < r.constWords; constCount++) {
            uint32_t mark = readWord(words + 4 * k);
            k += mark == kConstNumberMark ? 3 : ENG_BIGINT && mark == kConstBigIntMark ? 2 : 1;
        }
        c.pos += 4 * constCount;
        for (uint32_t k = 0, word = 0; k < constCount; k++) {
            uint32_t offset = c.pos;
            memcpy(out + at + 4 * k, &offset, 4);
            ConstHeader ch;
            memset(&ch, 0, sizeof ch);
            uint32_t value = readWord(words + 4 * word++);
            if (value == kConstNumberMark) {
                ch.tag = CONST_NUMBER;
                c.bytes(&ch, sizeof ch);
                c.bytes(words + 4 * word, 8);
                word += 2;
                continue;
            }
            if (value == kConstSlotMark) {
                ch.tag = CONST_SLOT;
                c.bytes(&ch, sizeof ch);
                continue;
            }
            bool bigint = ENG_BIGINT && value == kConstBigIntMark;
            if (bigint) value = readWord(words + 4 * word++);
            uint32_t n = atoms_.length(value);
            bool latin1 = atoms_.isLatin1(value);  // a BigInt's text always is
            ch.tag = bigint ? CONST_BIGINT : latin1 ? CONST_STRING8 : CONST_STRING16;
            c.bytes(&ch, sizeof ch);
            c.u32(n);
            if (latin1) {
                atoms_.copyLatin1(value, out + c.pos);
                c.pos += n;
            } else {
                atoms_.copyUnits(value, out + c.pos);
                c.pos += 2 * n;
            }
            c.pad();
        }
        r.release(ctx_);
    }
    *image = out;
    *imageSize = static_cast<size_t>(total);
    return true;
}

}  // namespace eng
