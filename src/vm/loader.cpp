// Loading a bytecode image: validation (vm/image_validate.cpp), one template
// per function record, constants turned into values. The code, line tables
// and other records are used where they lie: in the heap block the compiler
// made, or in the embedder's buffer (flash) for an image run in place.
#include "vm/loader.h"

#include "config.h"

#include <string.h>

#include "bytecode/line_table.h"
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "regexp/regexp.h"
#include "vm/lines.h"
#include "strings/string.h"
#include "value/bigint.h"
#include "value/number.h"
#include "vm/errors.h"
#include "vm/image_validate.h"

namespace eng {

namespace {

bool inBounds(uint64_t size, uint64_t offset, uint64_t length) { return offset <= size && length <= size - offset; }

Status invalid(Heap &h) { return throwError(h, PROTO_ERROR, "Invalid bytecode image"); }

Status loadConstant(Heap &h, const uint8_t *record, size_t recordLimit, uint32_t offset, Value *out) {
    if (!inBounds(recordLimit, offset, sizeof(ConstHeader))) return invalid(h);
    const ConstHeader *c = reinterpret_cast<const ConstHeader *>(record + offset);
    const uint8_t *payload = record + offset + sizeof(ConstHeader);
    size_t payloadOffset = offset + sizeof(ConstHeader);
    switch (c->tag) {
    case CONST_NUMBER: {
        if (!inBounds(recordLimit, payloadOffset, sizeof(double))) return invalid(h);
        double d;
        memcpy(&d, payload, sizeof d);
        return makeNumber(h, d, out);
    }
    case CONST_SLOT:
        *out = Value::undefined();
        return Status::Ok;
#if ENG_BIGINT
    case CONST_BIGINT: {
        if (!inBounds(recordLimit, payloadOffset, 4)) return invalid(h);
        uint32_t length;
        memcpy(&length, payload, 4);
        if (!inBounds(recordLimit, payloadOffset + 4, length)) return invalid(h);
        bool valid;
        ENG_TRY(bigIntFromLiteral(h, payload + 4, length, out, &valid));
        return valid ? Status::Ok : invalid(h);
    }
#endif
    case CONST_STRING8:
    case CONST_STRING16: {
        if (!inBounds(recordLimit, payloadOffset, 4)) return invalid(h);
        uint32_t length;
        memcpy(&length, payload, 4);
        size_t unit = c->tag == CONST_STRING8 ? 1 : 2;
        if (!inBounds(recordLimit, payloadOffset + 4, static_cast<size_t>(length) * unit)) return invalid(h);
        HString *s;
        if (unit == 1) {
            s = internLatin1(h, payload + 4, length);
        } else if (length == 0) {
            s = atom(h, ATOM_empty);
        } else {
            // The payload may not be 2-byte aligned in a hand-made image.
            uint16_t *units = static_cast<uint16_t *>(heapAlloc(h, length * 2));
            if (!units) return throwOutOfMemory(h);
            memcpy(units, payload + 4, length * 2);
            s = internUtf16(h, units, length);
            heapFree(h, units, length * 2);
        }
        if (!s) return Status::Error;
        *out = Value::pointer(s);
        return Status::Ok;
    }
    default:
        return invalid(h);
    }
}

Status loadFunction(Heap &h, ImageBuffer *img, uint32_t index) {
    const uint8_t *bytes = img->bytes;
    size_t size = img->size;
    const ImageHeader *ih = reinterpret_cast<const ImageHeader *>(bytes);
    uint32_t offset;
    memcpy(&offset, bytes + sizeof(ImageHeader) + index * 4, 4);
    if ((offset & 3) || !inBounds(size, offset, sizeof(FunctionHeader))) return invalid(h);
    const FunctionHeader *fh = reinterpret_cast<const FunctionHeader *>(bytes + offset);
    // Sections follow the header in a fixed order. 64-bit sums: no count in
    // a bad image can wrap them on a 32-bit target.
    uint64_t pos = offset + sizeof(FunctionHeader);
    uint64_t codeAt = pos;
    pos += static_cast<uint64_t>(fh->codeCount) * sizeof(Instr);
    uint64_t innerAt = pos;
    pos += static_cast<uint64_t>(fh->innerCount) * 4;
    uint64_t upvalsAt = pos;
    pos += static_cast<uint64_t>(fh->upvalCount) * 4;
    uint64_t upvalNamesAt = pos;
    pos += static_cast<uint64_t>(fh->upvalCount) * 4;
    uint64_t linesAt = pos;
    pos += (static_cast<uint64_t>(fh->lineBytes) + 3) & ~static_cast<uint64_t>(3);
    uint64_t localNamesAt = pos;
    pos += static_cast<uint64_t>(fh->localNameCount) * 4;
    uint64_t evalSitesAt = pos;
    pos += fh->evalSiteCount ? (static_cast<uint64_t>(fh->evalSiteCount) + 1) * 4 : 0;
    uint64_t evalBindingsAt = pos;
    pos += static_cast<uint64_t>(fh->evalBindingCount) * sizeof(EvalBinding);
    // Records end before the load-only part: cutting it must not cut them.
    if (pos > ih->loadOnlyStart || fh->codeCount == 0 || fh->nregs > 256 || fh->nparams > fh->nregs ||
        (fh->localNameCount != 0 && fh->localNameCount != fh->nregs) || fh->constTableAt < ih->loadOnlyStart ||
        (fh->constTableAt & 3) || !inBounds(size, fh->constTableAt, static_cast<uint64_t>(fh->constCount) * 4))
        return invalid(h);
    size_t constOffsetsAt = fh->constTableAt;

    FunctionTemplate *t = static_cast<FunctionTemplate *>(allocGc(h, HeapType::Template, sizeof(FunctionTemplate)));
    if (!t) return Status::Error;
    rcInit(img->templates[index], t);  // rooted through the image from here on
    t->header = fh;
    rcInit(t->image, img);
    t->code = reinterpret_cast<const Instr *>(bytes + codeAt);
    t->upvals = reinterpret_cast<const uint32_t *>(bytes + upvalsAt);
    t->upvalNames = reinterpret_cast<const uint32_t *>(bytes + upvalNamesAt);
    t->lines = bytes + linesAt;
    t->localNames = fh->localNameCount ? reinterpret_cast<const uint32_t *>(bytes + localNamesAt) : nullptr;
    t->evalSites = fh->evalSiteCount ? reinterpret_cast<const uint32_t *>(bytes + evalSitesAt) : nullptr;
    t->evalBindings = reinterpret_cast<const EvalBinding *>(bytes + evalBindingsAt);
    // The executor dispatches through a table indexed by opcode.
    for (uint32_t pc = 0; pc < fh->codeCount; pc++)
        if (instrOp(t->code[pc]) >= OP__COUNT) return invalid(h);
    // Positions are looked up when errors are made: the table must decode.
    LineTableReader lines(t->lines, fh->lineBytes);
    while (!lines.atEnd()) {
        uint32_t previous = lines.entry.pc;
        if (!lines.next() || lines.entry.pc < previous || lines.entry.pc >= fh->codeCount) return invalid(h);
    }
    if (fh->constCount) {
        Value *consts = static_cast<Value *>(heapAlloc(h, fh->constCount * sizeof(Value)));
        if (!consts) return throwOutOfMemory(h);
        for (uint32_t i = 0; i < fh->constCount; i++) consts[i] = Value::undefined();
        t->consts = consts;
        t->constCount = fh->constCount;
        const uint32_t *offsets = reinterpret_cast<const uint32_t *>(bytes + constOffsetsAt);
        for (uint32_t i = 0; i < fh->constCount; i++) {
            Value v;
            if (offsets[i] < ih->loadOnlyStart || (offsets[i] & 3)) return invalid(h);
            ENG_TRY(loadConstant(h, bytes, size, offsets[i], &v));
            rcInit(t->consts[i], v);
        }
    }
    if (fh->nameConst != NO_NAME) {
        if (fh->nameConst >= fh->constCount || !isString(t->consts[fh->nameConst])) return invalid(h);
        rcInit(t->name, asString(t->consts[fh->nameConst]));
    }
    for (uint32_t i = 0; i < fh->upvalCount; i++)
        if (t->upvalNames[i] >= fh->constCount || !isString(t->consts[t->upvalNames[i]])) return invalid(h);
    for (uint32_t i = 0; i < fh->localNameCount; i++)
        if (t->localNames[i] != NO_NAME && (t->localNames[i] >= fh->constCount || !isString(t->consts[t->localNames[i]])))
            return invalid(h);
    for (uint32_t i = 0; i < fh->evalSiteCount; i++)
        if (t->evalSites[i] > t->evalSites[i + 1] || t->evalSites[i + 1] > fh->evalBindingCount) return invalid(h);
    for (uint32_t i = 0; i < fh->evalBindingCount; i++) {
        const EvalBinding &b = t->evalBindings[i];
        UpvalKind kind = upvalDescKind(b.desc);
        if (b.nameConst >= fh->constCount || !isString(t->consts[b.nameConst]) || evalDescKind(b.desc) > EVAL_CALLEE ||
            (kind == UPVAL_PARENT_REGISTER && upvalDescIndex(b.desc) >= fh->nregs) ||
            (kind == UPVAL_PARENT_UPVAL && upvalDescIndex(b.desc) >= fh->upvalCount) || kind == UPVAL_GLOBAL)
            return invalid(h);
    }
    if (fh->innerCount) {
        FunctionTemplate **inner = static_cast<FunctionTemplate **>(heapAlloc(h, fh->innerCount * sizeof(FunctionTemplate *)));
        if (!inner) return throwOutOfMemory(h);
        memset(inner, 0, fh->innerCount * sizeof(FunctionTemplate *));
        t->inner = inner;
        t->innerCount = fh->innerCount;
        const uint32_t *innerIndexes = reinterpret_cast<const uint32_t *>(bytes + innerAt);
        for (uint32_t i = 0; i < fh->innerCount; i++)
            if (innerIndexes[i] >= ih->functionCount) return invalid(h);
    }
    return Status::Ok;
}

// Gives the pending error the source position of instruction pc (nothing
// runs yet, so no frame can supply it).
Status locateError(Heap &h, const FunctionTemplate *t, uint32_t pc) {
    SourcePosition pos;
    if (!isObject(h.pending) || !positionAt(t, pc, &pos)) return Status::Error;
    JSObject *e = asObject(h.pending);
    if (pos.file) ENG_TRY(defineOwn(h, e, atom(h, ATOM_fileName), Value::pointer(pos.file), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, e, atom(h, ATOM_lineNumber), Value::smallInt(static_cast<int32_t>(pos.line)), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, e, atom(h, ATOM_columnNumber), Value::smallInt(static_cast<int32_t>(pos.column)), ATTR_HIDDEN));
    return Status::Error;
}

// Regular expression literals are early errors: check every one before
// anything runs (the program is compiled again when the literal executes).
Status checkRegExpLiterals(Heap &h, const FunctionTemplate *t) {
    for (uint32_t pc = 0; pc < t->header->codeCount; pc++) {
        Instr ins = t->code[pc];
        if (instrOp(ins) != OP_REGEXP) continue;
        Value source = t->consts[instrB(ins)], flagsText = t->consts[instrC(ins)];
        if (!isString(source) || !isString(flagsText)) return invalid(h);
        uint32_t flags;
        if (!regexpParseFlags(asString(flagsText), &flags)) {
            char text[32];
            describeValue(h, flagsText, text, sizeof text);
            (void)throwError(h, PROTO_SYNTAX_ERROR, "Invalid regular expression flags '%s'", text);
            return locateError(h, t, pc);
        }
        HString *s = asString(source);
        uint32_t n = s->length;
        uint16_t *units = static_cast<uint16_t *>(heapAlloc(h, (n ? n : 1) * sizeof(uint16_t)));
        if (!units) return throwOutOfMemory(h);
        for (uint32_t i = 0; i < n; i++) units[i] = s->at(i);
        RegExpProgram program;
        Status st = regexpCompile(h, units, n, flags, &program);
        heapFree(h, units, (n ? n : 1) * sizeof(uint16_t));
        if (st != Status::Ok) return locateError(h, t, pc);
        regexpFreeProgram(h, &program);
    }
    return Status::Ok;
}

// The constants now live on the heap: give their bytes back. A shrinking
// reallocation may move the block; the templates point into it.
void dropLoadOnlyPart(Heap &h, ImageBuffer *img) {
    if (img->borrowed) return;
    size_t keep = reinterpret_cast<const ImageHeader *>(img->bytes)->loadOnlyStart;
    if (keep == img->size) return;
    uint8_t *old = img->bytes;
    uint8_t *bytes = static_cast<uint8_t *>(heapRealloc(h, old, img->size, keep));
    if (!bytes) return;  // keep the whole block
    img->bytes = bytes;
    img->size = keep;
    if (bytes == old) return;
    auto rebase = [&](const void *p) { return bytes + (static_cast<const uint8_t *>(p) - old); };
    for (uint32_t i = 0; i < img->templateCount; i++) {
        FunctionTemplate *t = img->templates[i];
        t->header = reinterpret_cast<const FunctionHeader *>(rebase(t->header));
        t->code = reinterpret_cast<const Instr *>(rebase(t->code));
        t->upvals = reinterpret_cast<const uint32_t *>(rebase(t->upvals));
        t->upvalNames = reinterpret_cast<const uint32_t *>(rebase(t->upvalNames));
        t->lines = rebase(t->lines);
        if (t->localNames) t->localNames = reinterpret_cast<const uint32_t *>(rebase(t->localNames));
        if (t->evalSites) t->evalSites = reinterpret_cast<const uint32_t *>(rebase(t->evalSites));
        t->evalBindings = reinterpret_cast<const EvalBinding *>(rebase(t->evalBindings));
    }
}

// False, with the reason pending, for an image that fails validation.
bool validate(Heap &h, const uint8_t *bytes, size_t size, const ImageCheck &check) {
    char message[128];
    if (validateImage(bytes, size, check, message, sizeof message)) return true;
    (void)throwError(h, PROTO_ERROR, "%s", message);
    return false;
}

// Loads an image that was validated, or that the compiler just made.
Status loadChecked(Heap &h, uint8_t *bytes, size_t size, bool borrowed, HString *fileName,
                   FunctionTemplate **script) {
    LocalRoot fr(h, fileName ? Value::pointer(fileName) : Value());
    ImageBuffer *img = static_cast<ImageBuffer *>(allocGc(h, HeapType::Image, sizeof(ImageBuffer)));
    if (!img) {
        if (!borrowed) heapFree(h, bytes, size);
        return Status::Error;
    }
    img->bytes = bytes;
    img->size = size;
    img->borrowed = borrowed;
    rcInit(img->fileName, fileName);
    LocalRoot root(h, Value::pointer(img));
    const ImageHeader *ih = reinterpret_cast<const ImageHeader *>(bytes);
    // The header and function table of a trusted image are checked all the
    // same (cheap); loadFunction checks each record's bounds.
    if (size < sizeof(ImageHeader) || ih->magic != IMAGE_MAGIC || ih->version != IMAGE_VERSION ||
        ih->totalSize != size || ih->functionCount == 0 ||
        !inBounds(size, sizeof(ImageHeader), static_cast<size_t>(ih->functionCount) * 4) ||
        ih->loadOnlyStart > size || (ih->loadOnlyStart & 3) ||
        ih->loadOnlyStart < sizeof(ImageHeader) + static_cast<size_t>(ih->functionCount) * 4 ||
        (ih->fileNameAt && !inBounds(size, ih->fileNameAt, ih->fileNameLength)))
        return invalid(h);
    // The file name the image carries, unless the caller gives one.
    if (!fileName && ih->fileNameAt) {
        HString *name = internUtf8(h, reinterpret_cast<const char *>(bytes + ih->fileNameAt), ih->fileNameLength);
        if (!name) return Status::Error;
        rcInit(img->fileName, name);
    }
    uint32_t n = ih->functionCount;
    img->templates = static_cast<FunctionTemplate **>(heapAlloc(h, n * sizeof(FunctionTemplate *)));
    if (!img->templates) return throwOutOfMemory(h);
    memset(img->templates, 0, n * sizeof(FunctionTemplate *));
    img->templateCount = n;
    for (uint32_t i = 0; i < n; i++) ENG_TRY(loadFunction(h, img, i));
    // Inner functions are resolved once every template exists.
    for (uint32_t i = 0; i < n; i++) {
        FunctionTemplate *t = img->templates[i];
        const uint32_t *innerIndexes = reinterpret_cast<const uint32_t *>(t->code + t->header->codeCount);
        for (uint32_t k = 0; k < t->innerCount; k++) rcInit(t->inner[k], img->templates[innerIndexes[k]]);
    }
    for (uint32_t i = 0; i < n; i++) ENG_TRY(checkRegExpLiterals(h, img->templates[i]));
    dropLoadOnlyPart(h, img);
    *script = img->templates[0];
    return Status::Ok;
}

}  // namespace

Status loadImage(Heap &h, uint8_t *bytes, size_t size, HString *fileName, FunctionTemplate **script) {
    // Just made by the compiler: trusted (the loader's own bounds checks
    // still run). ENG_VALIDATE_COMPILER_OUTPUT (on in sanitizer builds)
    // validates it as an image from outside, minus the checksum, which
    // catches a compiler that breaks the format's rules; off by default so
    // that a firmware compiling on the device does not link the validator.
#if ENG_VALIDATE_COMPILER_OUTPUT
    ImageCheck check;
    check.checksum = false;
    check.topLevel = false;
    if (!validate(h, bytes, size, check)) {
        heapFree(h, bytes, size);
        return Status::Error;
    }
#endif
    return loadChecked(h, bytes, size, false, fileName, script);
}

Status loadImageInPlace(Heap &h, const uint8_t *bytes, size_t size, FunctionTemplate **script) {
    if (!validate(h, bytes, size, ImageCheck())) return Status::Error;
    // The bytes stay the caller's and are only read: the cast only lets
    // ImageBuffer hold both kinds (borrowed ones are never written or freed).
    return loadChecked(h, const_cast<uint8_t *>(bytes), size, true, nullptr, script);
}

}  // namespace eng
