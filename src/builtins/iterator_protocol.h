// The iterator steps the ES2026 Iterator methods share (iterator_protocol.cpp):
// Iterator.prototype.includes, join, chunks, windows and Iterator.zip.
#ifndef ENG_BUILTINS_ITERATOR_PROTOCOL_H
#define ENG_BUILTINS_ITERATOR_PROTOCOL_H

#include "config.h"
#include "vm/call.h"

namespace eng {

// IteratorClose(iterator, a normal completion): return()'s errors and a
// result that is no object are thrown.
Status iteratorCloseNormally(Heap &h, Value iterator);
// IteratorClose(iterator, the pending throw completion): return() is
// called, its own errors dropped; the pending error stays. Always Error.
Status iteratorCloseThrowing(Heap &h, Value iterator);
// IteratorStepValue: *done at the end, else *value (IteratorStep, value
// not read, when !wantValue).
Status iteratorStepValue(Heap &h, Value iterator, Value next, Value *value, bool *done, bool wantValue = true);
// this as an object, or a TypeError naming the method.
Status iteratorThisObject(NativeCall &c, const char *method);

}  // namespace eng

#endif
