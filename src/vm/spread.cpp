// Spread (`f(...x)`, `new C(...x)`, `[...x]`): the one place where the
// values an iterable produces are listed.
//
// The engine has no Symbol.iterator yet. Until it does, the iterables are
// the ones whose default iterator has no observable difference from the
// loop below: Arrays and arguments objects (%Array.prototype.values%:
// `length` read again before each step, then Get of the index, so holes
// and inherited elements give what Get gives) and strings (by code point).
// Everything else throws the TypeError GetIterator would. When
// Symbol.iterator lands, this function switches to the iteration protocol
// (GetIterator, IteratorStep) and keeps the index loop only as a fast path
// for arrays whose @@iterator is still the original one.
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/literal_ops.h"

namespace eng {

namespace {

Status spreadArrayLike(Heap &h, JSArray *target, JSObject *source) {
    LocalRoot rt(h, Value::pointer(target)), rs(h, Value::pointer(source));
    for (uint32_t i = 0;; i++) {
        uint32_t length;
        if (source->cls() == ObjectClass::Array) {
            length = static_cast<JSArray *>(source)->length;
        } else {
            Value n;
            ENG_TRY(getProperty(h, source, keyFromString(atom(h, ATOM_length)), Value::pointer(source), &n));
            double d;
            ENG_TRY(toNumber(h, n, &d));
            length = d >= 4294967295.0 ? 0xffffffffu : d > 0 ? static_cast<uint32_t>(d) : 0;
        }
        if (i >= length) return Status::Ok;
        Value v;
        ENG_TRY(getProperty(h, source, PropertyKey{nullptr, i, true}, Value::pointer(source), &v));
        ENG_TRY(arrayPush(h, target, v));
    }
}

Status spreadString(Heap &h, JSArray *target, HString *s) {
    LocalRoot rt(h, Value::pointer(target)), rs(h, Value::pointer(s));
    for (uint32_t i = 0; i < s->length;) {
        uint32_t width;
        codePointAt(s, i, &width);
        HString *piece = substring(h, s, i, i + width);
        if (!piece) return Status::Error;
        ENG_TRY(arrayPush(h, target, Value::pointer(piece)));
        i += width;
    }
    return Status::Ok;
}

}  // namespace

Status spreadInto(Heap &h, JSArray *target, Value iterable) {
    if (isString(iterable)) return spreadString(h, target, asString(iterable));
    if (isObject(iterable)) {
        JSObject *o = asObject(iterable);
        if (o->cls() == ObjectClass::Array || o->cls() == ObjectClass::Arguments) return spreadArrayLike(h, target, o);
    }
    char what[64];
    describeValue(h, iterable, what, sizeof what);
    return throwError(h, PROTO_TYPE_ERROR, "%s is not iterable", what);
}

}  // namespace eng
