// Error.isError(value) (ES2026 20.5.2.1): whether value has [[ErrorData]],
// which every object the Error constructors make has (ObjectClass::Error),
// whatever its prototype; a proxy of one does not.
#include "config.h"

#if ENG_ERROR_IS_ERROR

#include "builtins/error_is_error.h"

#include "vm/call.h"

namespace eng {

namespace {

Status errorIsError(NativeCall &c) {
    Value v = c.arg(0);
    c.setResult(Value::boolean(isObject(v) && asObject(v)->cls() == ObjectClass::Error));
    return Status::Ok;
}

}  // namespace

ENG_FLASH_METHOD_SPECS(errorStaticMethods, ERROR_STATIC, ERROR_STATIC_METHODS)

}  // namespace eng

#endif
