// Number built-ins (filled in by the standard library work).
#include "builtins/builtins.h"

namespace eng {

Status initNumberBuiltins(Heap &) { return Status::Ok; }

}  // namespace eng
