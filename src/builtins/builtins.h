// The standard library: each part installs itself from const tables, so the
// descriptions (names, lengths, entry points) stay in flash on a device.
#ifndef ENG_BUILTINS_BUILTINS_H
#define ENG_BUILTINS_BUILTINS_H

#include "heap/heap.h"
#include "vm/call.h"

namespace eng {

struct MethodSpec {
    const char *name;
    NativeFn fn;
    int8_t length;  // or METHOD_GETTER
    int16_t magic;
};

// A MethodSpec length that makes the entry a get-only accessor property
// (non-enumerable, configurable) whose getter is fn, named "get <name>",
// with length 0 (ES2015 accessors such as RegExp.prototype.global).
constexpr int8_t METHOD_GETTER = -1;

// Creates every built-in object of a new heap. False when memory runs out.
bool initBuiltins(Heap &h);

// At heap creation the table is only recorded (OBJ_LAZY_METHODS) and the
// functions are made when the object is first touched; later it installs.
// The table must be static (it is read again when the object is first used).
Status installMethods(Heap &h, JSObject *target, const MethodSpec *methods, size_t count);
// A constructor function bound to `proto` (prototype/constructor links) and
// published as a global.
JSNative *installConstructor(Heap &h, const char *name, NativeFn fn, int length, JSObject *proto);
Status defineGlobalValue(Heap &h, const char *name, Value v, uint8_t attrs);

// Parts (builtins/*.cpp).
Status initObjectBuiltins(Heap &h);
Status initFunctionBuiltins(Heap &h);
Status initArrayBuiltins(Heap &h);
Status initErrorBuiltins(Heap &h);
Status initMathBuiltins(Heap &h);
Status initPrimitiveWrapperBuiltins(Heap &h);
Status initStringBuiltins(Heap &h);
Status initNumberBuiltins(Heap &h);
Status initJsonBuiltins(Heap &h);
Status initRegExpBuiltins(Heap &h);
Status initDateBuiltins(Heap &h);

// new Function(params..., body) / Function(...): compiles in the global scope.
Status constructFunction(NativeCall &c);

}  // namespace eng

#endif
