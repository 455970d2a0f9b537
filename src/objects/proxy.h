// Proxy exotic objects (ES2024 10.5): the thirteen internal methods, each
// calling its handler's trap (or the target's method when the trap is
// undefined) and checking the trap's result against the target's
// invariants. The property algorithms (objects/property.cpp,
// define_property.cpp), Reflect, Object and the call paths send a proxy
// here; a JSProxy has no own properties and a null prototype, so the
// executor's fast paths never see through one (docs/architecture.md).
#ifndef ENG_OBJECTS_PROXY_H
#define ENG_OBJECTS_PROXY_H

#include "objects/object_ops.h"

#if ENG_PROXY

namespace eng {

// ProxyCreate(target, handler) (10.5.14); null with a TypeError or
// out-of-memory pending.
JSProxy *newProxy(Heap &h, Value target, Value handler);
// Revokes p (Proxy.revocable's revoke function): target and handler
// become null, so every later operation throws.
void revokeProxy(Heap &h, JSProxy *p);

Status proxyGetPrototypeOf(Heap &h, JSObject *p, JSObject **out);
Status proxySetPrototypeOf(Heap &h, JSObject *p, JSObject *proto, bool *ok);
Status proxyIsExtensible(Heap &h, JSObject *p, bool *out);
Status proxyPreventExtensions(Heap &h, JSObject *p, bool *ok);
// [[GetOwnProperty]]: *found false for undefined; desc is complete when found.
Status proxyGetOwnProperty(Heap &h, JSObject *p, const PropertyKey &key, PropertyDescriptor *desc, bool *found);
Status proxyDefineOwnProperty(Heap &h, JSObject *p, const PropertyKey &key, const PropertyDescriptor &desc, bool *ok);
Status proxyHas(Heap &h, JSObject *p, const PropertyKey &key, bool *out);
Status proxyGet(Heap &h, JSObject *p, const PropertyKey &key, Value receiver, Value *out);
Status proxySet(Heap &h, JSObject *p, const PropertyKey &key, Value v, Value receiver, bool *ok);
Status proxyDelete(Heap &h, JSObject *p, const PropertyKey &key, bool *ok);
// [[OwnPropertyKeys]], appended to out (strings and symbols, as the trap
// or the target ordered them).
Status proxyOwnKeys(Heap &h, JSObject *p, JSArray *out);
// The string keys of [[OwnPropertyKeys]], only the enumerable ones
// ([[GetOwnProperty]] of each) when onlyEnumerable: Object.keys, for-in, JSON.
Status proxyOwnStringKeys(Heap &h, JSObject *p, bool onlyEnumerable, JSArray *out);
// IsArray (7.2.2): a proxy is an array when its target is; TypeError once revoked.
Status proxyIsArray(Heap &h, JSObject *p, bool *out);
// IsArray and, for an array, LengthOfArrayLike (clamped to 2^32 - 1): how
// JSON.stringify serializes a proxy. -1: not an array; PROXY_LENGTH_ERROR:
// an error is pending.
constexpr int64_t PROXY_LENGTH_ERROR = -2;
int64_t proxyArrayLength(Heap &h, JSObject *p);
// [[Call]] / [[Construct]] of the proxy at stack[funcIndex] (this above it,
// argc arguments after), as callAt does: the result replaces the proxy's
// slot and the stack top becomes funcIndex + 1. newTarget: the proxy itself
// for `new`, another constructor for super() and Reflect.construct.
Status proxyCallAt(Heap &h, uint32_t funcIndex, uint32_t argc, bool construct, Value newTarget);

// Object.getOwnPropertySymbols, Object.getOwnPropertyDescriptor,
// Object.freeze / seal and isFrozen / isSealed of a proxy (ES2024 7.3.15,
// 7.3.16: through its internal methods).
Status proxyOwnSymbolKeys(Heap &h, JSObject *p, JSArray *out);
Status proxyDescriptorValue(Heap &h, JSObject *p, const PropertyKey &key, Value *out);
Status proxySetIntegrityLevel(Heap &h, JSObject *p, bool freeze, bool *ok);
Status proxyTestIntegrityLevel(Heap &h, JSObject *p, bool frozen, bool *out);

// Proxy-aware forms of the internal methods the built-ins call.
Status internalGetPrototypeOf(Heap &h, JSObject *o, JSObject **out);
Status internalIsExtensible(Heap &h, JSObject *o, bool *out);
Status internalGetOwnProperty(Heap &h, JSObject *o, const PropertyKey &key, PropertyDescriptor *desc, bool *found);
Status internalHasProperty(Heap &h, JSObject *o, const PropertyKey &key, bool *out);
Status internalOwnKeys(Heap &h, JSObject *o, JSArray *out);
Status internalPreventExtensions(Heap &h, JSObject *o, bool *ok);
// OrdinarySetPrototypeOf (10.1.2.1) or the proxy's trap.
Status internalSetPrototypeOf(Heap &h, JSObject *o, JSObject *proto, bool *ok);

}  // namespace eng

#endif  // ENG_PROXY

#endif
