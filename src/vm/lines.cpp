// Mapping a pc to file:line:column through the line table.
#include "vm/lines.h"

namespace eng {

bool positionAt(const FunctionTemplate *t, uint32_t pcIndex, SourcePosition *out) {
    const LineEntry *lines = t->lines;
    uint32_t n = t->header->lineCount;
    if (n == 0) return false;
    // Last entry whose pc is <= pcIndex (binary search; entries sorted by pc).
    uint32_t lo = 0, hi = n;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (lines[mid].pc <= pcIndex) lo = mid;
        else hi = mid;
    }
    out->file = t->image ? t->image->fileName : nullptr;
    out->line = lines[lo].line;
    out->column = lines[lo].column;
    return true;
}

bool innermostPosition(Heap &h, SourcePosition *out) {
    for (uint32_t i = h.frameCount; i-- > 0;) {
        Frame &f = h.frames[i];
        if (f.flags & FRAME_NATIVE) continue;
        const FunctionTemplate *t = static_cast<JSClosure *>(f.callee)->tmpl;
        // The saved pc points after the instruction that is running.
        uint32_t pcIndex = static_cast<uint32_t>(f.pc - t->code);
        return positionAt(t, pcIndex ? pcIndex - 1 : 0, out);
    }
    return false;
}

}  // namespace eng
