// The wrapper constructors String, Number and Boolean share, and their
// prototypes' valueOf and toString (wrapper_builtins.cpp); magic: the kind.
#ifndef ENG_BUILTINS_WRAPPERS_H
#define ENG_BUILTINS_WRAPPERS_H

#include "builtins/builtins.h"

namespace eng {

enum WrapperKind { KIND_STRING = 0, KIND_NUMBER = 1, KIND_BOOLEAN = 2 };

Status wrapperConstructor(NativeCall &c);
// String.prototype, Number.prototype and Boolean.prototype are wrappers of
// "", 0 and false (flashPrototype's make).
JSObject *makeStringPrototype(Heap &h);
JSObject *makeNumberPrototype(Heap &h);
JSObject *makeBooleanPrototype(Heap &h);
Status wrapperValueOf(NativeCall &c);
Status wrapperToString(NativeCall &c);

}  // namespace eng

#endif
