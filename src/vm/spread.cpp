// Spread (`f(...x)`, `new C(...x)`, `[...x]`), array destructuring patterns
// and for-of: the one place where the values an iterable produces are listed.
//
// The engine has no Symbol.iterator yet. Until it does, the iterables are
// the ones whose default iterator has no observable difference from the
// loop below: Arrays and arguments objects (%Array.prototype.values%:
// `length` read again before each step, then Get of the index, so holes
// and inherited elements give what Get gives) and strings (by code point).
// Everything else throws the TypeError GetIterator would. When
// Symbol.iterator lands, these functions switch to the iteration protocol
// (GetIterator, IteratorStep, and IteratorClose for patterns that stop
// early) and keep the index loop only as a fast path for arrays whose
// @@iterator is still the original one.
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "vm/literal_ops.h"

namespace eng {

namespace {

// One step of the iteration: the value at position *pos of source (an
// Array, an arguments object or a string, checked by iterationOpen), or
// *done. Arrays read `length` again before each step, then Get the index
// (holes and inherited elements give what Get gives); strings step by code
// point.
Status iterationStep(Heap &h, Value source, uint32_t *pos, Value *out, bool *done) {
    *done = false;
    if (isString(source)) {
        HString *s = asString(source);
        if (*pos >= s->length) {
            *done = true;
            return Status::Ok;
        }
        uint32_t width;
        codePointAt(s, *pos, &width);
        HString *piece = substring(h, s, *pos, *pos + width);
        if (!piece) return Status::Error;
        *pos += width;
        *out = Value::pointer(piece);
        return Status::Ok;
    }
    JSObject *o = asObject(source);
    uint32_t length;
    if (o->cls() == ObjectClass::Array) {
        length = static_cast<JSArray *>(o)->length;
    } else {
        LocalRoot ro(h, source);
        Value n;
        ENG_TRY(getProperty(h, o, keyFromString(atom(h, ATOM_length)), source, &n));
        double d;
        ENG_TRY(toNumber(h, n, &d));
        length = d >= 4294967295.0 ? 0xffffffffu : d > 0 ? static_cast<uint32_t>(d) : 0;
    }
    if (*pos >= length) {
        *done = true;
        return Status::Ok;
    }
    ENG_TRY(getProperty(h, o, PropertyKey{nullptr, *pos, true}, source, out));
    (*pos)++;
    return Status::Ok;
}

}  // namespace

Status iterationOpen(Heap &h, Value iterable) {
    if (isString(iterable)) return Status::Ok;
    if (isObject(iterable)) {
        JSObject *o = asObject(iterable);
        if (o->cls() == ObjectClass::Array || o->cls() == ObjectClass::Arguments) return Status::Ok;
        if (ENG_GENERATORS && o->cls() == ObjectClass::Generator) return Status::Ok;  // generatorIterationNext
    }
    char what[64];
    describeValue(h, iterable, what, sizeof what);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not iterable", what);
}

// The position lives in a register as a small integer; undefined once the
// iteration is done (a source longer than the small-integer range ends there).
Status iterationNext(Heap &h, Value source, Value *position, Value *out, bool *done) {
    *out = Value::undefined();
    *done = true;
    if (!position->isSmallInt()) return Status::Ok;
    if (ENG_GENERATORS && asGenerator(source)) {
        // A generator is its own iterator: its next() until done (no
        // IteratorClose when a pattern stops early, until Symbol.iterator).
        ENG_TRY(generatorIterationNext(h, source, out, done));
        if (*done) *position = Value::undefined();
        return Status::Ok;
    }
    uint32_t pos = static_cast<uint32_t>(position->asSmallInt());
    LocalRoot rs(h, source);
    ENG_TRY(iterationStep(h, source, &pos, out, done));
    bool fits = pos <= static_cast<uint32_t>(Value::SMALL_INT_MAX);
    *position = *done || !fits ? Value::undefined() : Value::smallInt(static_cast<int32_t>(pos));
    return Status::Ok;
}

Status iterationRest(Heap &h, Value source, Value *position, JSArray *target) {
    LocalRoot rt(h, Value::pointer(target)), rs(h, source);
    for (;;) {
        Value v;
        bool done;
        ENG_TRY(iterationNext(h, source, position, &v, &done));
        if (done) return Status::Ok;
        ENG_TRY(arrayPush(h, target, v));
    }
}

Status spreadInto(Heap &h, JSArray *target, Value iterable) {
    ENG_TRY(iterationOpen(h, iterable));
    Value position = Value::smallInt(0);
    return iterationRest(h, iterable, &position, target);
}

}  // namespace eng
