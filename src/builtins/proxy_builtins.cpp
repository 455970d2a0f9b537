// The Proxy constructor and Proxy.revocable (ES2024 28.2); the proxy
// objects themselves are objects/proxy.cpp. Proxy has no prototype
// object: its PROTO_PROXY names the constructor only.
#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "heap/refcount.h"
#include "objects/proxy.h"
#include "vm/call.h"
#include "vm/errors.h"

#if ENG_PROXY

namespace eng {

namespace {

Status proxyConstructor(NativeCall &c) {
    if (!c.construct) return throwError(c.heap, PROTO_TYPE_ERROR, "Constructor Proxy requires 'new'");
    JSProxy *p = newProxy(c.heap, c.arg(0), c.arg(1));
    if (!p) return Status::Error;
    c.setResult(Value::pointer(p));
    return Status::Ok;
}

// A revoke function is a bound function of this native with the proxy as
// its this: the proxy is all it holds, and it has no name and length 0.
Status proxyRevokeFunction(NativeCall &c) {
    if (isObject(c.thisValue()) && isProxyObject(asObject(c.thisValue())))
        revokeProxy(c.heap, static_cast<JSProxy *>(asObject(c.thisValue())));
    return Status::Ok;
}

Status proxyRevocable(NativeCall &c) {
    Heap &h = c.heap;
    JSProxy *p = newProxy(h, c.arg(0), c.arg(1));
    if (!p) return Status::Error;
    LocalRoot rp(h, Value::pointer(p));
    JSNative *fn = newNative(h, proxyRevokeFunction, atom(h, ATOM_empty), 0, 0);
    if (!fn) return Status::Error;
    LocalRoot rf(h, Value::pointer(fn));
    JSBound *revoke = static_cast<JSBound *>(newObjectOfSize(h, protoOf(h, PROTO_FUNCTION), ObjectClass::Bound, sizeof(JSBound)));
    if (!revoke) return Status::Error;
    rcInit(revoke->target, static_cast<JSObject *>(fn));
    rcInit(revoke->boundThis, rp.value);
    rcInit(revoke->name, atom(h, ATOM_empty));
    revoke->length = 0;
    revoke->argCount = 0;
    LocalRoot rr(h, Value::pointer(revoke));
    JSObject *result = newPlainObject(h);
    if (!result) return Status::Error;
    c.setResult(Value::pointer(result));
    ENG_TRY(defineOwn(h, result, atom(h, ATOM_proxy), rp.value, ATTR_DEFAULT));
    return defineOwn(h, asObject(c.result()), atom(h, ATOM_revoke), rr.value, ATTR_DEFAULT);
}

#define PROXY_STATIC_METHODS(M, X) M(X, revocable, proxyRevocable, 2, 0)

}  // namespace

ENG_FLASH_METHOD_TABLE(proxyStaticMethods, PROXY_STATIC, PROXY_STATIC_METHODS)

namespace {
ENG_FLASH_OBJECT(proxyCtorProps, ENG_FLASH_NO_PROPS, PROXY_STATIC, PROXY_STATIC_METHODS)
}  // namespace

Status initProxyBuiltins(Heap &h) {  // made on first use (makeBuiltinRef)
    if (ctorOf(h, PROTO_PROXY)) return Status::Ok;
    JSNative *ctor = newNative(h, proxyConstructor, atom(h, ATOM_Proxy), 2, 0);
    if (!ctor) return Status::Error;
    ctor->setFlag(OBJ_CONSTRUCTOR);
    useFlashProps(ctor, proxyCtorProps);
    LocalRoot rc(h, Value::pointer(ctor));
    ENG_TRY(setCtor(h, PROTO_PROXY, ctor));
    ctor->gcFlags |= RC_MAX;  // a permanent root (the global object's table names it)
    return Status::Ok;
}

}  // namespace eng

#endif  // ENG_PROXY
