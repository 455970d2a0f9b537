// Creating the built-in objects of a new heap: prototypes first (everything
// else points at them), then the global object and each library part.
#include "builtins/builtins.h"

#include <math.h>

#include "objects/object_ops.h"
#include "value/number.h"
#include "strings/string.h"
#include "vm/errors.h"

namespace eng {

namespace {

Status returnUndefined(NativeCall &) { return Status::Ok; }

JSObject *makeWrapperProto(Heap &h, ObjectClass cls, Value primitive) {
    JSPrimitiveWrapper *w = static_cast<JSPrimitiveWrapper *>(
        newObjectOfSize(h, h.protos[PROTO_OBJECT], cls, sizeof(JSPrimitiveWrapper)));
    if (w) w->primitive = primitive;
    return w;
}

Status createPrototypes(Heap &h) {
    JSObject *objectProto = newObject(h, nullptr);
    if (!objectProto) return Status::Error;
    h.protos[PROTO_OBJECT] = objectProto;
    // Function.prototype is itself a function that returns undefined.
    JSNative *functionProto = static_cast<JSNative *>(
        newObjectOfSize(h, objectProto, ObjectClass::Native, sizeof(JSNative)));
    if (!functionProto) return Status::Error;
    functionProto->fn = returnUndefined;
    functionProto->name = atom(h, ATOM_empty);
    h.protos[PROTO_FUNCTION] = functionProto;
    JSObject *arrayProto = newObjectOfSize(h, objectProto, ObjectClass::Array, sizeof(JSArray));
    if (!arrayProto) return Status::Error;
    h.protos[PROTO_ARRAY] = arrayProto;
    if (!(h.protos[PROTO_STRING] = makeWrapperProto(h, ObjectClass::String, Value::pointer(atom(h, ATOM_empty)))))
        return Status::Error;
    if (!(h.protos[PROTO_NUMBER] = makeWrapperProto(h, ObjectClass::Number, Value::smallInt(0)))) return Status::Error;
    if (!(h.protos[PROTO_BOOLEAN] = makeWrapperProto(h, ObjectClass::Boolean, Value::boolean(false))))
        return Status::Error;
    // Date.prototype is an ordinary object (ES2015; in ES5 it was a Date
    // holding NaN, test262 checks the newer rule).
    if (!(h.protos[PROTO_DATE] = newObject(h, objectProto))) return Status::Error;
    JSObject *errorProto = newObject(h, objectProto);
    if (!errorProto) return Status::Error;
    h.protos[PROTO_ERROR] = errorProto;
    for (int p = PROTO_TYPE_ERROR; p <= PROTO_URI_ERROR; p++) {
        if (!(h.protos[p] = newObject(h, errorProto))) return Status::Error;
    }
    return Status::Ok;
}

Status createGlobal(Heap &h) {
    h.global = newObjectOfSize(h, h.protos[PROTO_OBJECT], ObjectClass::Global, sizeof(JSObject));
    if (!h.global) return Status::Error;
    ENG_TRY(defineGlobalValue(h, "globalThis", Value::pointer(h.global), ATTR_HIDDEN));
    Value nan, inf;
    ENG_TRY(makeNumber(h, NAN, &nan));
    ENG_TRY(defineGlobalValue(h, "NaN", nan, 0));
    ENG_TRY(makeNumber(h, INFINITY, &inf));
    ENG_TRY(defineGlobalValue(h, "Infinity", inf, 0));
    return defineGlobalValue(h, "undefined", Value::undefined(), 0);
}

Status createOutOfMemoryError(Heap &h) {
    HString *message = internCString(h, "Out of memory");
    if (!message) return Status::Error;
    JSObject *e = newError(h, PROTO_RANGE_ERROR, message);
    if (!e) return Status::Error;
    h.outOfMemoryError = Value::pointer(e);
    return Status::Ok;
}

}  // namespace

namespace {

Status defineGetter(Heap &h, JSObject *target, const MethodSpec &spec) {
    LocalRoot tr(h, Value::pointer(target));
    HString *key = internCString(h, spec.name);
    if (!key) return Status::Error;
    LocalRoot kr(h, Value::pointer(key));
    HString *prefix = internCString(h, "get ");
    if (!prefix) return Status::Error;
    LocalRoot pr(h, Value::pointer(prefix));
    HString *name = concatStrings(h, prefix, key);
    if (!name) return Status::Error;
    LocalRoot nr(h, Value::pointer(name));
    JSNative *getter = newNative(h, spec.fn, name, 0, spec.magic);
    if (!getter) return Status::Error;
    PropertyDescriptor desc(h);
    desc.get.value = Value::pointer(getter);
    desc.fields = DESC_GET | DESC_SET | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    desc.configurable = true;
    return defineOwnProperty(h, target, keyFromString(key), desc, true);
}

Status installNow(Heap &h, JSObject *target, const MethodSpec *methods, size_t count) {
    for (size_t i = 0; i < count; i++) {
        if (methods[i].length == METHOD_GETTER) ENG_TRY(defineGetter(h, target, methods[i]));
        else ENG_TRY(defineMethod(h, target, methods[i].name, methods[i].fn, methods[i].length, methods[i].magic));
    }
    return Status::Ok;
}

}  // namespace

Status installMethods(Heap &h, JSObject *target, const MethodSpec *methods, size_t count) {
    if (h.deferBuiltins && h.lazyMethodCount < LAZY_METHOD_TABLES) {
        h.lazyMethods[h.lazyMethodCount++] = LazyMethods{target, methods, static_cast<uint32_t>(count)};
        target->setFlag(OBJ_LAZY_METHODS);
        return Status::Ok;
    }
    return installNow(h, target, methods, count);
}

Status materializeMethods(Heap &h, JSObject *o) {
    if (!o->hasFlag(OBJ_LAZY_METHODS)) return Status::Ok;
    o->clearFlag(OBJ_LAZY_METHODS);
    LocalRoot root(h, Value::pointer(o));
    // In recording order, so later tables override earlier ones as they would have.
    for (uint32_t i = 0; i < h.lazyMethodCount; i++) {
        LazyMethods &entry = h.lazyMethods[i];
        if (entry.target != o) continue;
        if (installNow(h, o, entry.methods, entry.count) != Status::Ok) {
            o->setFlag(OBJ_LAZY_METHODS);  // what was made stays; the rest comes next time
            return Status::Error;
        }
        entry.target = nullptr;
    }
    return Status::Ok;
}

Status defineGlobalValue(Heap &h, const char *name, Value v, uint8_t attrs) {
    LocalRoot vr(h, v);
    HString *key = internCString(h, name);
    if (!key) return Status::Error;
    return defineOwn(h, h.global, key, v, attrs);
}

JSNative *installConstructor(Heap &h, const char *name, NativeFn fn, int length, JSObject *proto) {
    HString *key = internCString(h, name);
    if (!key) return nullptr;
    LocalRoot kr(h, Value::pointer(key));
    JSNative *ctor = newNative(h, fn, key, length, 0);
    if (!ctor) return nullptr;
    ctor->setFlag(OBJ_CONSTRUCTOR);
    LocalRoot cr(h, Value::pointer(ctor));
    if (defineOwn(h, ctor, atom(h, ATOM_prototype), Value::pointer(proto), 0) != Status::Ok) return nullptr;
    if (defineOwn(h, proto, atom(h, ATOM_constructor), Value::pointer(ctor), ATTR_HIDDEN) != Status::Ok) return nullptr;
    if (defineOwn(h, h.global, key, Value::pointer(ctor), ATTR_HIDDEN) != Status::Ok) return nullptr;
    return ctor;
}

bool initBuiltins(Heap &h) {
    h.deferBuiltins = true;
    bool ok = createPrototypes(h) == Status::Ok && createGlobal(h) == Status::Ok &&
           createOutOfMemoryError(h) == Status::Ok && initObjectBuiltins(h) == Status::Ok &&
           initFunctionBuiltins(h) == Status::Ok && initArrayBuiltins(h) == Status::Ok &&
           initErrorBuiltins(h) == Status::Ok && initMathBuiltins(h) == Status::Ok &&
           initPrimitiveWrapperBuiltins(h) == Status::Ok && initGlobalFunctions(h) == Status::Ok &&
           initStringBuiltins(h) == Status::Ok && initNumberBuiltins(h) == Status::Ok &&
           initJsonBuiltins(h) == Status::Ok && initEvalBuiltins(h) == Status::Ok &&
           initRegExpBuiltins(h) == Status::Ok && initDateBuiltins(h) == Status::Ok;
    h.deferBuiltins = false;
    return ok;
}

}  // namespace eng
