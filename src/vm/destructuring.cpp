// Run-time errors of destructuring patterns (ES2023 8.6.2, 13.15.5): an
// object pattern needs a value that RequireObjectCoercible accepts.
#include "strings/string.h"
#include "vm/errors.h"
#include "vm/literal_ops.h"

namespace eng {

Status throwNotDestructurable(Heap &h, Value value, Value key) {
    const char *what = value.isNull() ? "null" : "undefined";
    if (isString(key)) {
        char name[64];
        describeValue(h, key, name, sizeof name);
        return throwError(h, PROTO_TYPE_ERROR, "Cannot destructure property '%s' of '%s' as it is %s.", name, what,
                          what);
    }
    return throwError(h, PROTO_TYPE_ERROR, "Cannot destructure '%s' as it is %s.", what, what);
}

}  // namespace eng
