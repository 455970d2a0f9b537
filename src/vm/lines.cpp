// Mapping a pc to file:line:column through the packed line table.
#include "vm/lines.h"

#include "bytecode/line_table.h"

namespace eng {

bool positionAt(const FunctionTemplate *t, uint32_t pcIndex, SourcePosition *out) {
    // The last entry whose pc is <= pcIndex (entries are in pc order; the
    // loader checked that the table decodes).
    LineTableReader reader(t->lines, t->header->lineBytes);
    LineEntry found{0, 0, 0};
    bool any = false;
    while (!reader.atEnd() && reader.next() && reader.entry.pc <= pcIndex) {
        found = reader.entry;
        any = true;
    }
    if (!any) return false;
    out->file = t->image ? t->image->fileName : nullptr;
    out->line = found.line;
    out->column = found.column;
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
