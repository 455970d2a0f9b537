// Run-time parts of classes (ES2015 14.5, ES2022 fields): the class object
// and its prototype, members, super property access and calls, derived
// constructors' this (vm/class.cpp).
#ifndef ENG_VM_CLASS_OPS_H
#define ENG_VM_CLASS_OPS_H

#include "heap/heap.h"

namespace eng {

// TypeError: a class constructor called without new.
Status throwClassCall(Heap &h, JSClosure *f);
// The object a built-in constructor made for newTarget (a subclass, through
// super()) gets newTarget.prototype when that is an object: the one place
// where natives honour new.target. The result is at stack[funcIndex].
Status adoptNewTargetPrototype(Heap &h, uint32_t funcIndex, JSObject *callee, JSObject *newTarget);
// ClassDefinitionEvaluation's prototype steps: ctor's [[Prototype]] is the
// heritage (or Function.prototype), its "prototype" a new object whose
// [[Prototype]] is heritage.prototype (or Object.prototype, or null).
Status makeClass(Heap &h, Value ctor, bool hasHeritage, Value heritage, Value *proto);
// A method (kind 0), getter (1) or setter (2) of a class body: not enumerable.
Status defineClassMember(Heap &h, Value target, Value key, Value fn, int kind);
// Gives closure fn's upvalue index a new box holding v.
Status setClosureSlot(Heap &h, Value fn, uint32_t index, Value v);
// Kinds of the entries of an element list (INITFIELDS).
enum ClassElementKind : int32_t {
    ELEMENT_FIELD = 0,           // value: the initialiser function or undefined
    ELEMENT_PRIVATE_METHOD = 1,  // value: the method (key: a private name)
    ELEMENT_PRIVATE_GETTER = 2,
    ELEMENT_PRIVATE_SETTER = 3,
    ELEMENT_STATIC_BLOCK = 4     // value: the block's function (key unused)
};
// Runs an element list on obj (InitializeInstanceElements, or the static
// elements of ClassDefinitionEvaluation): (key, value, kind) triples.
Status initFields(Heap &h, Value obj, Value list);
// Private names (ES2022 6.2.12): a key no script can spell.
Status newPrivateName(Heap &h, Value description, Value *out);
Status privateGet(Heap &h, Value obj, Value name, Value *out);
Status privateSet(Heap &h, Value obj, Value name, Value v);
Status privateIn(Heap &h, Value name, Value obj, bool *out);
// super[key] with home object home and receiver thisValue.
Status superGet(Heap &h, Value home, Value thisValue, Value key, Value *out);
Status superSet(Heap &h, Value home, Value thisValue, Value key, Value v, bool strict);
// The completion of a derived constructor (ES2023 10.2.2 steps 10-12):
// an object, or this (ReferenceError when super() was never called), or
// a TypeError for anything else. thisBinding may be a Box.
Status derivedResult(Heap &h, Value completion, Value thisBinding, Value *out);
// SUPERCALL: stack[funcIndex] is the active function, funcIndex+1 new.target,
// then argc arguments (spread: an array of them). Constructs the active
// function's [[Prototype]] with that new.target: a built-in runs at once
// (its result at funcIndex), a bytecode constructor gets a frame (*pushed)
// whose callee slot holds new.target.
Status superCall(Heap &h, uint32_t funcIndex, uint32_t argc, bool spread, bool *pushed);
Status throwThisUninitialized(Heap &h);
Status throwSuperTwice(Heap &h);

}  // namespace eng

#endif
