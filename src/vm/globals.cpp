// Global variables are properties of the global object (ES5.1 10.2.1.2).
#include "vm/globals.h"

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

namespace {

Status notDefined(Heap &h, HString *name) {
    char text[64];
    describeValue(h, Value::pointer(name), text, sizeof text);
    return throwError(h, PROTO_REFERENCE_ERROR, "%s is not defined", text);
}

}  // namespace

Status getGlobal(Heap &h, HString *name, Value *out) {
    Prop *p = findOwnProp(h.global, name);
    if (p && !p->isAccessor()) {
        *out = p->value;
        return Status::Ok;
    }
    // A global function still pending (parseInt): its lightfunc, nothing installed.
    if (!p && h.global->hasFlag(OBJ_LAZY_METHODS) && pendingMethod(h, h.global, name, out) == PendingMethod::Method)
        return Status::Ok;
    PropertyKey key = keyFromString(name);
    if (!hasProperty(h, h.global, key)) return notDefined(h, name);
    return getProperty(h, h.global, key, Value::pointer(h.global), out);
}

Status setGlobal(Heap &h, HString *name, Value v, bool strict) {
    Prop *p = findOwnProp(h.global, name);
    if (p && (p->keyBits & ATTR_WRITABLE)) {  // writable data
        rcStore(h, p->value, v);
        return Status::Ok;
    }
    PropertyKey key = keyFromString(name);
    if (strict && !hasProperty(h, h.global, key)) return notDefined(h, name);
    return putProperty(h, h.global, key, v, Value::pointer(h.global), strict);
}

Status typeofGlobal(Heap &h, HString *name, Value *out) {
    PropertyKey key = keyFromString(name);
    if (!hasProperty(h, h.global, key)) {
        *out = Value::pointer(atom(h, ATOM_undefined));
        return Status::Ok;
    }
    Value v;
    ENG_TRY(getProperty(h, h.global, key, Value::pointer(h.global), &v));
    *out = Value::pointer(typeOf(h, v));
    return Status::Ok;
}

Status deleteGlobal(Heap &h, HString *name, bool strict, Value *out) {
    bool deleted;
    ENG_TRY(deleteProperty(h, h.global, keyFromString(name), strict, &deleted));
    *out = Value::boolean(deleted);
    return Status::Ok;
}

namespace {

uint8_t bindingAttrs(bool evalCode) {
    return static_cast<uint8_t>(ATTR_WRITABLE | ATTR_ENUMERABLE | (evalCode ? ATTR_CONFIGURABLE : 0));
}

}  // namespace

Status declareGlobalVar(Heap &h, HString *name, bool evalCode) {
    PropertyKey key = keyFromString(name);
    if (hasOwnProperty(h, h.global, key)) return Status::Ok;
    if (key.isIndex) return setElement(h, h.global, key.index, Value::undefined());
    return defineOwn(h, h.global, name, Value::undefined(), bindingAttrs(evalCode));
}

Status declareGlobalFunction(Heap &h, HString *name, Value fn, bool evalCode) {
    PropertyKey key = keyFromString(name);
    if (key.isIndex) return setElement(h, h.global, key.index, fn);
    // A built-in of that name still in its const table is made first, so
    // that 10.5 step 5.e sees its attributes.
    {
        LocalRoot rf(h, fn), rn(h, Value::pointer(name));
        ENG_TRY(materializeMethod(h, h.global, name));
    }
    Prop *p = findOwnProp(h.global, name);
    if (p && !(p->attrs() & ATTR_CONFIGURABLE)) {
        if (!(p->keyBits & ATTR_WRITABLE))  // not writable data
            return throwError(h, PROTO_TYPE_ERROR, "Cannot redefine global function");
        rcStore(h, p->value, fn);
        return Status::Ok;
    }
    return defineOwn(h, h.global, name, fn, bindingAttrs(evalCode));
}

}  // namespace eng
