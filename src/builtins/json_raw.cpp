// JSON.rawJSON(text) and JSON.isRawJSON(value) (ES2026 JSON.parse source
// text access): a raw JSON object is a frozen null-prototype object of
// class RawJSON with one property, rawJSON, the text of a JSON primitive
// that JSON.stringify writes as it is.
#include "config.h"

#if ENG_JSON_RAW

#include "builtins/json_raw.h"

#include "builtins/builtins.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

bool isDigit(uint16_t u) { return u >= '0' && u <= '9'; }
bool isHex(uint16_t u) { return isDigit(u) || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F'); }

// Whether s is exactly one JSON primitive: null, true, false, a number or
// a string (ES2024 25.5.1's grammar).
bool isJsonPrimitive(const HString *s) {
    uint32_t n = s->length, i = 0;
    auto at = [&](uint32_t k) -> int { return k < n ? s->at(k) : -1; };
    auto word = [&](const char *w) {
        uint32_t k = 0;
        for (; w[k]; k++)
            if (at(k) != w[k]) return false;
        return k == n;
    };
    if (word("null") || word("true") || word("false")) return true;
    if (at(0) == '"') {
        for (i = 1; i < n; i++) {
            uint16_t u = s->at(i);
            if (u < 0x20) return false;
            if (u == '"') return i == n - 1;
            if (u != '\\') continue;
            int e = at(++i);
            if (e == 'u') {
                for (uint32_t k = 1; k <= 4; k++)
                    if (at(i + k) < 0 || !isHex(static_cast<uint16_t>(at(i + k)))) return false;
                i += 4;
            } else if (e < 0 || !(e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't')) {
                return false;
            }
        }
        return false;
    }
    if (at(i) == '-') i++;
    if (at(i) == '0') {
        i++;
    } else if (at(i) >= '1' && at(i) <= '9') {
        while (i < n && isDigit(s->at(i))) i++;
    } else {
        return false;
    }
    if (at(i) == '.') {
        if (!isDigit(static_cast<uint16_t>(at(++i) < 0 ? 0 : at(i)))) return false;
        while (i < n && isDigit(s->at(i))) i++;
    }
    if (at(i) == 'e' || at(i) == 'E') {
        i++;
        if (at(i) == '+' || at(i) == '-') i++;
        if (at(i) < 0 || !isDigit(static_cast<uint16_t>(at(i)))) return false;
        while (i < n && isDigit(s->at(i))) i++;
    }
    return i == n;
}

bool jsonSpace(uint16_t u) { return u == 0x09 || u == 0x0a || u == 0x0d || u == 0x20; }

}  // namespace

Status jsonRawJSON(NativeCall &c) {
    Heap &h = c.heap;
    HString *text;
    ENG_TRY(toString(h, c.arg(0), &text));
    c.setArg(0, Value::pointer(text));
    if (text->length == 0 || jsonSpace(text->at(0)) || jsonSpace(text->at(text->length - 1)))
        return throwError(h, PROTO_SYNTAX_ERROR, "JSON.rawJSON: the text is empty or starts or ends with whitespace");
    if (!isJsonPrimitive(text))
        return throwError(h, PROTO_SYNTAX_ERROR, "JSON.rawJSON: the text is not a JSON null, boolean, number or string");
    JSObject *o = newObjectOfSize(h, nullptr, ObjectClass::RawJSON, sizeof(JSObject));
    if (!o) return Status::Error;
    c.setResult(Value::pointer(o));
    ENG_TRY(defineOwn(h, o, atom(h, ATOM_rawJSON), c.arg(0), ATTR_DEFAULT));
    return setIntegrityLevel(h, asObject(c.result()), true);
}

Status jsonIsRawJSON(NativeCall &c) {
    Value v = c.arg(0);
    c.setResult(Value::boolean(isObject(v) && asObject(v)->cls() == ObjectClass::RawJSON));
    return Status::Ok;
}

Status appendRawJSON(Heap &h, StringBuilder &out, Value raw) {
    Value text;
    ENG_TRY(getValueProperty(h, raw, Value::pointer(atom(h, ATOM_rawJSON)), &text));
    if (!isString(text)) return throwError(h, PROTO_TYPE_ERROR, "rawJSON is not a string");
    return out.append(asString(text));
}

}  // namespace eng

#endif
