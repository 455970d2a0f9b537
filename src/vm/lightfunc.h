// Lightweight native functions: a function that is a Value (value.h gives
// the encoding), described by a const table entry, so looking one up or
// passing it around allocates nothing.
//
// Built-in methods (the MethodSpec tables) are lightfuncs when read from
// their object; embedders make their own with eng_push_lightfunc. A
// lightfunc behaves as a native function object: typeof "function", its
// [[Prototype]] Function.prototype, virtual "length" and "name" from the
// descriptor, not a constructor, equal only to itself.
//
// Identity is the value. When a script needs an object for it (writes,
// defines or deletes a property on it, changes its extensibility, or
// ToObject is applied), one JSNative per lightfunc is made and recorded in
// the heap (Heap::lightFuncObjects, permanent roots); from then on every
// copy of the value, wherever it was stored, reads and writes through that
// object. The object itself is internal: code that would hand it to a
// script hands the value back instead (publicValue).
#ifndef ENG_VM_LIGHTFUNC_H
#define ENG_VM_LIGHTFUNC_H

#include "heap/heap.h"

namespace eng {

struct MethodSpec;

// What a lightfunc designates.
struct LightFuncInfo {
    NativeFn fn;          // a built-in, or
    eng_c_function cfn;   // an embedder function
    const char *name;     // built-ins: the method name; null for embedder ones
    bool getter;          // built-in accessor: the name reads "get <name>"
    int length;
    int16_t magic;
    bool setter = false;  // built-in accessor: the name reads "set <name>"
};

// An embedder function: nargs 0..31 (ENG_VARARGS and larger counts read as
// length 0 / 31), any 16-bit magic. Its C entry point takes one slot in the
// heap's table the first time it is used. Error: out of memory, or more than
// 128 distinct C functions.
Status makeCLightFunc(Heap &h, eng_c_function fn, int nargs, int magic, Value *out);

void lightFuncInfo(const Heap &h, Value f, LightFuncInfo *out);
int16_t lightFuncMagic(const Heap &h, Value f);
// The "name" (interned, may allocate: null with out-of-memory pending).
HString *lightFuncName(Heap &h, Value f);

// The object recorded for f, or null when none was needed yet.
JSObject *findLightFuncObject(const Heap &h, Value f);
// The object for f, made on first use.
Status lightFuncObject(Heap &h, Value f, JSObject **out);
// How an object is shown to scripts: the lightfunc it stands for, or itself.
Value publicValue(const Heap &h, JSObject *o);
// receiver is o itself, or the lightfunc o stands for.
bool isReceiver(const Heap &h, Value receiver, JSObject *o);

// Calls the lightfunc at stack[funcIndex] like callNative (vm/frames.h).
Status callLightFunc(Heap &h, uint32_t funcIndex, uint32_t argc);

// Property access with a lightfunc base (objects/property.cpp).
Status lightFuncGet(Heap &h, Value f, const struct PropertyKey &key, Value *out);

}  // namespace eng

#endif
