// Error objects: creation with a formatted message, source positions, throwing.
#include "vm/errors.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/lines.h"

namespace eng {

JSObject *newError(Heap &h, Proto kind, HString *message) {
    LocalRoot mr(h, message ? Value::pointer(message) : Value());
    JSObject *e = newObjectOfSize(h, h.protos[kind], ObjectClass::Error, sizeof(JSObject));
    if (!e) return nullptr;
    if (message) {
        LocalRoot er(h, Value::pointer(e));
        if (defineOwn(h, e, atom(h, ATOM_message), Value::pointer(message), ATTR_HIDDEN) != Status::Ok)
            return nullptr;
    }
    return e;
}

Status annotateError(Heap &h, JSObject *error) {
    SourcePosition pos;
    if (!innermostPosition(h, &pos)) return Status::Ok;
    LocalRoot er(h, Value::pointer(error));
    if (pos.file) ENG_TRY(defineOwn(h, error, atom(h, ATOM_fileName), Value::pointer(pos.file), ATTR_HIDDEN));
    ENG_TRY(defineOwn(h, error, atom(h, ATOM_lineNumber), Value::smallInt(static_cast<int32_t>(pos.line)), ATTR_HIDDEN));
    return defineOwn(h, error, atom(h, ATOM_columnNumber), Value::smallInt(static_cast<int32_t>(pos.column)), ATTR_HIDDEN);
}

Status throwValue(Heap &h, Value v) {
    h.pending = v;
    h.hasPending = true;
    return Status::Error;
}

Status throwError(Heap &h, Proto kind, const char *fmt, ...) {
    char text[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    HString *message = internUtf8(h, text, strlen(text));
    if (!message) return Status::Error;
    JSObject *e = newError(h, kind, message);
    if (!e) return Status::Error;
    LocalRoot er(h, Value::pointer(e));
    if (annotateError(h, e) != Status::Ok) return Status::Error;
    return throwValue(h, Value::pointer(e));
}

void describeValue(Heap &h, Value v, char *out, size_t size) {
    if (size == 0) return;
    out[0] = 0;
    if (isString(v)) {
        HString *s = asString(v);
        size_t n = 0;
        for (uint32_t i = 0; i < s->length && n + 4 < size; i++) {
            uint16_t c = s->at(i);
            if (c < 0x80) {
                out[n++] = static_cast<char>(c);
            } else if (c < 0x800) {
                out[n++] = static_cast<char>(0xc0 | (c >> 6));
                out[n++] = static_cast<char>(0x80 | (c & 0x3f));
            } else {
                out[n++] = static_cast<char>(0xe0 | (c >> 12));
                out[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
                out[n++] = static_cast<char>(0x80 | (c & 0x3f));
            }
        }
        out[n] = 0;
        return;
    }
    if (isObject(v)) {
        snprintf(out, size, "%s", asObject(v)->isCallable() ? "function" : "#<Object>");
        return;
    }
    HString *s = nullptr;
    if (toString(h, v, &s) != Status::Ok || !s) {
        h.hasPending = false;
        h.pending = Value::undefined();
        snprintf(out, size, "value");
        return;
    }
    describeValue(h, Value::pointer(s), out, size);
}

}  // namespace eng
