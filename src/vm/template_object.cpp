// The template object of a tagged template site (ES2023 13.2.8.4
// GetTemplateObject, steps 9-13): the code builds both arrays, this makes
// `raw` a non-writable, non-enumerable, non-configurable property of the
// strings array and freezes both.
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/literal_ops.h"

namespace eng {

Status finishTemplateObject(Heap &h, JSArray *strings, JSArray *raw) {
    LocalRoot rs(h, Value::pointer(strings)), rr(h, Value::pointer(raw));
    ENG_TRY(setIntegrityLevel(h, raw, true));
    HString *key = internCString(h, "raw");
    if (!key) return Status::Error;
    LocalRoot rk(h, Value::pointer(key));
    ENG_TRY(defineOwn(h, strings, key, Value::pointer(raw), 0));
    return setIntegrityLevel(h, strings, true);
}

}  // namespace eng
