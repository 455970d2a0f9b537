// String built-ins (filled in by the standard library work).
#include "builtins/builtins.h"

namespace eng {

Status initStringBuiltins(Heap &) { return Status::Ok; }

}  // namespace eng
