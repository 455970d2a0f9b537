// The Annex B HTML methods of String.prototype (B.2.2.2-.14): CreateHTML,
// "<tag attribute=\"value\">string</tag>" with each '"' of the value as
// &quot;. ENG_STRING_HTML_METHODS.
#include "config.h"

#if ENG_STRING_HTML_METHODS

#include "builtins/string_common.h"
#include "strings/builder.h"
#include "strings/string.h"
#include "vm/convert.h"

namespace eng {

namespace {

struct HtmlForm {
    const char *name;       // the method's
    const char *tag;
    const char *attribute;  // null: none
};

// In the order of STRING_HTML_METHODS' magic numbers (string_builtins.cpp).
const HtmlForm stringHtmlForms[] = {
    {"anchor", "a", "name"}, {"big", "big", nullptr},  {"blink", "blink", nullptr},
    {"bold", "b", nullptr},   {"fixed", "tt", nullptr}, {"fontcolor", "font", "color"},
    {"fontsize", "font", "size"}, {"italics", "i", nullptr}, {"link", "a", "href"},
    {"small", "small", nullptr}, {"strike", "strike", nullptr}, {"sub", "sub", nullptr},
    {"sup", "sup", nullptr}};

}  // namespace

Status stringHtml(NativeCall &c) {
    Heap &h = c.heap;
    const HtmlForm &form = stringHtmlForms[c.magic];
    HString *s = nullptr;
    ENG_TRY(thisString(c, form.name, &s));
    HString *value = nullptr;
    if (form.attribute) {
        ENG_TRY(toString(h, c.arg(0), &value));
        c.setArg(0, Value::pointer(value));  // rooted in its slot
    }
    s = asString(c.thisValue());
    StringBuilder b(h);
    ENG_TRY(b.appendAscii("<"));
    ENG_TRY(b.appendAscii(form.tag));
    if (form.attribute) {
        ENG_TRY(b.appendAscii(" "));
        ENG_TRY(b.appendAscii(form.attribute));
        ENG_TRY(b.appendAscii("=\""));
        for (uint32_t i = 0; i < value->length; i++) {
            uint16_t u = value->at(i);
            if (u == '"') ENG_TRY(b.appendAscii("&quot;"));
            else ENG_TRY(b.appendUnit(u));
        }
        ENG_TRY(b.appendAscii("\""));
    }
    ENG_TRY(b.appendAscii(">"));
    ENG_TRY(b.append(s));
    ENG_TRY(b.appendAscii("</"));
    ENG_TRY(b.appendAscii(form.tag));
    ENG_TRY(b.appendAscii(">"));
    HString *out = b.finish();
    if (!out) return Status::Error;
    c.setResult(Value::pointer(out));
    return Status::Ok;
}

}  // namespace eng

#endif
