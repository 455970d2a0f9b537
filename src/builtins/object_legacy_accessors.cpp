// Object.prototype.__defineGetter__, __defineSetter__, __lookupGetter__ and
// __lookupSetter__ (Annex B.2.2.2-5): the pre-ES5 way to make and find
// accessors, still used by old scripts.
#include "builtins/object_internal.h"
#include "objects/object_ops.h"
#include "vm/convert.h"
#include "vm/errors.h"

#if ENG_OBJECT_ARRAY_ES2015

namespace eng {

// magic: 0 __defineGetter__, 1 __defineSetter__.
Status objectDefineAccessor(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    c.setThis(Value::pointer(o));
    if (!isCallable(c.arg(1))) {
        char what[64];
        describeValue(h, c.arg(1), what, sizeof what);
        return throwError(h, PROTO_TYPE_ERROR, "%s is not a function", what);
    }
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, c.arg(0), &key));
    LocalRoot kr(h, key.isIndex ? Value() : Value::pointer(key.string));
    PropertyDescriptor d(h);
    d.fields = (c.magic == 0 ? DESC_GET : DESC_SET) | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    (c.magic == 0 ? d.get : d.set).value = c.arg(1);
    d.enumerable = d.configurable = true;
    return defineOwnProperty(h, asObject(c.thisValue()), key, d, true);
}

// magic: 0 __lookupGetter__, 1 __lookupSetter__: the nearest own property
// of that key along the prototype chain decides.
Status objectLookupAccessor(NativeCall &c) {
    Heap &h = c.heap;
    JSObject *o;
    ENG_TRY(toObject(h, c.thisValue(), &o));
    c.setThis(Value::pointer(o));
    PropertyKey key;
    ENG_TRY(toPropertyKey(h, c.arg(0), &key));
    LocalRoot kr(h, key.isIndex ? Value() : Value::pointer(key.string));
    for (o = asObject(c.thisValue()); o; o = o->proto) {
        if (!hasOwnProperty(h, o, key)) continue;
        Value v;
        uint8_t attrs;
        if (!getOwnDataOrAccessor(h, o, key, &v, &attrs)) return h.hasPending ? Status::Error : Status::Ok;
        if (attrs & ATTR_ACCESSOR) {
            Accessor *acc = static_cast<Accessor *>(v.asPointer());
            c.setResult(c.magic == 0 ? acc->getter : acc->setter);
        }
        return Status::Ok;
    }
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_OBJECT_ARRAY_ES2015
