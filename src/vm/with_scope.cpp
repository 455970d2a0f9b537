#include "vm/with_scope.h"

#include "objects/object_ops.h"
#include "strings/rom_symbols.h"
#include "vm/convert.h"

namespace eng {

Status withUnscopable(Heap &h, Value o, HString *name, bool *blocked) {
    *blocked = false;
    LocalRoot rn(h, Value::pointer(name));
    Value u;
    ENG_TRY(getValueProperty(h, o, Value::pointer(wellKnownSymbol(WKS_unscopables)), &u));
    if (!isObjectType(u)) return Status::Ok;
    Value v;
    ENG_TRY(getValueProperty(h, u, rn.value, &v));
    *blocked = toBoolean(v);
    return Status::Ok;
}

}  // namespace eng
