// WeakRef and FinalizationRegistry (ES2025 26.1, 26.2; ENG_WEAK_REFS). The
// objects and what the heap does for them are objects/weak_ref.h; the
// cleanup callbacks run as jobs (vm/promise.cpp runOneJob).
#include "config.h"

#if ENG_WEAK_REFS

#include "builtins/flash_props.h"
#include "objects/object_ops.h"
#include "objects/weak_ref.h"
#include "vm/call.h"
#include "vm/errors.h"

namespace eng {

namespace {

Status notWeakTarget(Heap &h, Value v, const char *what) {
    char desc[64];
    describeValue(h, v, desc, sizeof desc);
    return throwError(h, PROTO_TYPE_ERROR, "%s: %s cannot be held weakly", what, desc);
}

template <typename T>
Status thisOfClass(NativeCall &c, ObjectClass cls, const char *what, T **out) {
    Value t = c.thisValue();
    if (!isObject(t) || asObject(t)->cls() != cls)
        return throwError(c.heap, PROTO_TYPE_ERROR, "%s called on an incompatible receiver", what);
    *out = static_cast<T *>(asObject(t));
    return Status::Ok;
}

// new WeakRef(target) (26.1.1.1): the target is kept until the job ends.
Status weakRefConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor WeakRef requires 'new'");
    Value target = c.arg(0);
    if (!canBeHeldWeakly(target)) return notWeakTarget(h, target, "WeakRef");
    JSObject *proto = builtinProto(h, PROTO_WEAK_REF);
    if (!proto) return Status::Error;
    JSWeakRef *r = newWeakRef(h, proto, c.arg(0));
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return keepObject(h, c.arg(0));
}

// WeakRef.prototype.deref (26.1.3.2).
Status weakRefDeref(NativeCall &c) {
    JSWeakRef *r = nullptr;
    ENG_TRY(thisOfClass(c, ObjectClass::WeakRef, "WeakRef.prototype.deref", &r));
    c.setResult(r->target);
    return keepObject(c.heap, r->target);
}

// new FinalizationRegistry(cleanupCallback) (26.2.1.1).
Status finalizationRegistryConstructor(NativeCall &c) {
    Heap &h = c.heap;
    if (!c.construct) return throwError(h, PROTO_TYPE_ERROR, "Constructor FinalizationRegistry requires 'new'");
    if (!isCallable(c.arg(0))) {
        char desc[64];
        describeValue(h, c.arg(0), desc, sizeof desc);
        return throwError(h, PROTO_TYPE_ERROR, "FinalizationRegistry: cleanup callback %s is not a function", desc);
    }
    JSObject *proto = builtinProto(h, PROTO_FINALIZATION_REGISTRY);
    if (!proto) return Status::Error;
    JSFinalizationRegistry *r = newFinalizationRegistry(h, proto, c.arg(0));
    if (!r) return Status::Error;
    c.setResult(Value::pointer(r));
    return Status::Ok;
}

// FinalizationRegistry.prototype.register(target, heldValue, unregisterToken) (26.2.3.2).
Status finalizationRegistryRegister(NativeCall &c) {
    Heap &h = c.heap;
    JSFinalizationRegistry *r = nullptr;
    ENG_TRY(thisOfClass(c, ObjectClass::FinalizationRegistry, "FinalizationRegistry.prototype.register", &r));
    Value target = c.arg(0), held = c.arg(1), token = c.arg(2);
    if (!canBeHeldWeakly(target)) return notWeakTarget(h, target, "FinalizationRegistry.prototype.register");
    if (target == held)
        return throwError(h, PROTO_TYPE_ERROR, "FinalizationRegistry.prototype.register: target and held value are the same");
    if (!canBeHeldWeakly(token) && !token.isUndefined())
        return notWeakTarget(h, token, "FinalizationRegistry.prototype.register: unregister token");
    return finalizationRegister(h, r, target, held, token);
}

// FinalizationRegistry.prototype.unregister(unregisterToken) (26.2.3.3).
Status finalizationRegistryUnregister(NativeCall &c) {
    Heap &h = c.heap;
    JSFinalizationRegistry *r = nullptr;
    ENG_TRY(thisOfClass(c, ObjectClass::FinalizationRegistry, "FinalizationRegistry.prototype.unregister", &r));
    Value token = c.arg(0);
    if (!canBeHeldWeakly(token)) return notWeakTarget(h, token, "FinalizationRegistry.prototype.unregister");
    c.setResult(Value::boolean(finalizationUnregister(h, r, token)));
    return Status::Ok;
}

#define WEAK_REF_PROTO_METHODS(M, X) M(X, deref, weakRefDeref, 0, 0)
#define FINALIZATION_REGISTRY_PROTO_METHODS(M, X) \
    M(X, register_, finalizationRegistryRegister, 2, 0) M(X, unregister, finalizationRegistryUnregister, 1, 0)

}  // namespace

ENG_FLASH_METHOD_TABLE(weakRefProtoMethods, WEAK_REF_PROTO, WEAK_REF_PROTO_METHODS)
ENG_FLASH_METHOD_TABLE(finalizationRegistryProtoMethods, FINALIZATION_REGISTRY_PROTO,
                       FINALIZATION_REGISTRY_PROTO_METHODS)

namespace {

#define WEAK_REF_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_WEAK_REF))
#define WEAK_REF_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(WeakRef))
#define WEAK_REF_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_WEAK_REF))
#define FINALIZATION_REGISTRY_PROTO_PROPS(P) P(constructor, ATTR_HIDDEN, ENG_FLASH_CTOR(PROTO_FINALIZATION_REGISTRY))
#define FINALIZATION_REGISTRY_PROTO_SYMBOLS(S) S(toStringTag, ATTR_CONFIGURABLE, ENG_FLASH_STRING(FinalizationRegistry))
#define FINALIZATION_REGISTRY_CTOR_PROPS(P) P(prototype, 0, ENG_FLASH_PROTO(PROTO_FINALIZATION_REGISTRY))

ENG_FLASH_OBJECT_SYMBOLS(weakRefProtoProps, WEAK_REF_PROTO_PROPS, WEAK_REF_PROTO, WEAK_REF_PROTO_METHODS,
                         WEAK_REF_PROTO_SYMBOLS)
ENG_FLASH_TABLE(weakRefCtorProps, WEAK_REF_CTOR_PROPS)
ENG_FLASH_OBJECT_SYMBOLS(finalizationRegistryProtoProps, FINALIZATION_REGISTRY_PROTO_PROPS, FINALIZATION_REGISTRY_PROTO,
                         FINALIZATION_REGISTRY_PROTO_METHODS, FINALIZATION_REGISTRY_PROTO_SYMBOLS)
ENG_FLASH_TABLE(finalizationRegistryCtorProps, FINALIZATION_REGISTRY_CTOR_PROPS)

}  // namespace

Status initWeakRefBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    if (!flashConstructor(h, PROTO_WEAK_REF, ATOM_WeakRef, weakRefConstructor, 1, weakRefCtorProps, weakRefProtoProps))
        return Status::Error;
    return flashConstructor(h, PROTO_FINALIZATION_REGISTRY, ATOM_FinalizationRegistry, finalizationRegistryConstructor, 1,
                            finalizationRegistryCtorProps, finalizationRegistryProtoProps)
               ? Status::Ok
               : Status::Error;
}

}  // namespace eng

#endif
