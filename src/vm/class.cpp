// Classes at run time (ES2015 14.5, ES2022 fields): what the class opcodes
// do. The compiler (compiler/class.cpp) keeps home objects and field lists
// in upvalue boxes of the closures that need them, so objects carry no
// extra slot for them.
#include "vm/class_ops.h"

#include <string.h>

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/string.h"
#include "vm/call.h"
#include "vm/errors.h"
#include "vm/frames.h"

namespace eng {

namespace {

bool isConstructorValue(Value v) { return isConstructorObject(v); }

Status keyOf(Heap &h, Value key, PropertyKey *out) { return toPropertyKey(h, key, out); }

// The object super property references start from: home.[[Prototype]].
Status superBase(Heap &h, Value home, JSObject **base) {
    JSObject *p = isObject(home) ? asObject(home)->proto : nullptr;
    if (!p) return throwError(h, PROTO_TYPE_ERROR, "Cannot read properties of null (super property)");
    *base = p;
    return Status::Ok;
}

}  // namespace

Status throwClassCall(Heap &h, JSClosure *f) {
    char name[64] = "";
    uint32_t k = f->tmpl->header->nameConst;
    if (k != NO_NAME) describeValue(h, f->tmpl->consts[k], name, sizeof name);
    return throwError(h, PROTO_TYPE_ERROR, "Class constructor %s cannot be invoked without 'new'", name);
}

Status throwThisUninitialized(Heap &h) {
    return throwError(h, PROTO_REFERENCE_ERROR,
                      "Must call super constructor in derived class before accessing 'this' or returning from "
                      "derived constructor");
}

Status throwSuperTwice(Heap &h) {
    return throwError(h, PROTO_REFERENCE_ERROR, "Super constructor may only be called once");
}

Status adoptNewTargetPrototype(Heap &h, uint32_t funcIndex, JSObject *callee, JSObject *newTarget) {
    Value result = h.stack[funcIndex];
    if (!isObject(result)) return Status::Ok;
    LocalRoot rr(h, result);
    Value proto;
    ENG_TRY(getValuePropertyStr(h, Value::pointer(newTarget), atom(h, ATOM_prototype), &proto));
    if (!isObject(proto)) return Status::Ok;  // the built-in's own prototype stays (realm intrinsic)
    // new Object(value) for a subclass ignores value (ES2023 20.1.1.1 step 1).
    if (callee == ctorOf(h, PROTO_OBJECT)) {
        JSObject *o = newObject(h, asObject(proto));
        if (!o) return Status::Error;
        h.stack[funcIndex] = Value::pointer(o);
        return Status::Ok;
    }
    rcStore(h, asObject(h.stack[funcIndex])->proto, asObject(proto));
    bumpPropEpoch(h);
    return Status::Ok;
}

Status makeClass(Heap &h, Value ctor, bool hasHeritage, Value heritage, Value *protoOut) {
    JSObject *protoParent = protoOf(h, PROTO_OBJECT);
    JSObject *ctorParent = protoOf(h, PROTO_FUNCTION);
    LocalRoot rc(h, ctor), rh(h, heritage);
    if (hasHeritage) {
        if (heritage.isNull()) {
            protoParent = nullptr;
        } else if (!isConstructorValue(heritage)) {
            char text[64];
            describeValue(h, heritage, text, sizeof text);
            return throwError(h, PROTO_TYPE_ERROR, "Class extends value %s is not a constructor or null", text);
        } else {
            Value p;
            ENG_TRY(getValuePropertyStr(h, heritage, atom(h, ATOM_prototype), &p));
            if (p.isNull()) {
                protoParent = nullptr;
            } else if (isObject(p)) {
                protoParent = asObject(p);
            } else {
                char text[64];
                describeValue(h, p, text, sizeof text);
                return throwError(h, PROTO_TYPE_ERROR, "Class extends value does not have valid prototype property %s",
                                  text);
            }
            ctorParent = asObject(heritage);
        }
    }
    JSObject *proto = newObject(h, protoParent);
    if (!proto) return Status::Error;
    LocalRoot rp(h, Value::pointer(proto));
    JSObject *f = asObject(ctor);
    rcStore(h, f->proto, ctorParent);
    bumpPropEpoch(h);
    ENG_TRY(defineOwn(h, f, atom(h, ATOM_prototype), Value::pointer(proto), 0));
    ENG_TRY(defineOwn(h, proto, atom(h, ATOM_constructor), ctor, ATTR_WRITABLE | ATTR_CONFIGURABLE));
    *protoOut = Value::pointer(proto);
    return Status::Ok;
}

Status defineClassMember(Heap &h, Value target, Value key, Value fn, int kind) {
    LocalRoot rt(h, target), rf(h, fn);
    PropertyKey k;
    ENG_TRY(keyOf(h, key, &k));
    LocalRoot rk(h, k.isIndex ? Value::undefined() : Value::pointer(k.string));
    PropertyDescriptor d(h);
    d.fields = DESC_ENUMERABLE | DESC_CONFIGURABLE;
    d.configurable = true;
    if (kind == 0) {
        d.fields |= DESC_VALUE | DESC_WRITABLE;
        d.value.value = fn;
        d.writable = true;
    } else if (kind == 1) {
        d.fields |= DESC_GET;
        d.get.value = fn;
    } else {
        d.fields |= DESC_SET;
        d.set.value = fn;
    }
    return defineOwnProperty(h, asObject(target), k, d, true);
}

Status setClosureSlot(Heap &h, Value fn, uint32_t index, Value v) {
    JSClosure *c = static_cast<JSClosure *>(asObject(fn));
    if (index >= c->upvalCount) return Status::Ok;
    LocalRoot rf(h, fn);
    Box *b = newBox(h, v);
    if (!b) return Status::Error;
    c = static_cast<JSClosure *>(asObject(fn));
    rcStore(h, c->upvals[index], b);
    return Status::Ok;
}

namespace {

// The description of a private name ("#x") for messages, non-ASCII as '?'.
void privateText(Heap &, Value name, char *out, size_t size) {
    const HString *s = asString(name);
    size_t n = 0;
    for (uint32_t i = 0; i < s->length && n + 1 < size; i++) {
        uint16_t c = s->at(i);
        out[n++] = c >= 0x20 && c < 0x7f ? static_cast<char>(c) : '?';
    }
    out[n] = 0;
}

// PrivateFieldAdd / PrivateMethodOrAccessorAdd (ES2022 7.3.31, 7.3.32): an
// own property under the private key, whatever the object's extensibility.
Status privateAdd(Heap &h, Value obj, Value name, Value v, int32_t kind) {
    if (!isObject(obj)) return throwError(h, PROTO_TYPE_ERROR, "Cannot define a private member on a primitive");
    JSObject *o = asObject(obj);
    HString *key = asString(name);
    PropRef p = findOwnProp(o, key);
    // A getter and a setter of one name make one accessor.
    bool pairs = p && kind == ELEMENT_PRIVATE_SETTER && p->isAccessor() &&
                 static_cast<Accessor *>(p->value().asPointer())->setter.isUndefined();
    if (p && !pairs) {
        char text[64];
        privateText(h, name, text, sizeof text);
        return throwError(h, PROTO_TYPE_ERROR, "Cannot initialize %s twice on the same object", text);
    }
    if (kind == ELEMENT_FIELD) return defineOwn(h, o, key, v, ATTR_WRITABLE);
    if (kind == ELEMENT_PRIVATE_METHOD) return defineOwn(h, o, key, v, 0);
    Accessor *acc;
    if (pairs) {
        acc = static_cast<Accessor *>(p->value().asPointer());
    } else {
        LocalRoot ro(h, obj), rn(h, name), rv(h, v);
        acc = static_cast<Accessor *>(allocGc(h, HeapType::Accessor, sizeof(Accessor)));
        if (!acc) return Status::Error;
        acc->getter = Value::undefined();
        acc->setter = Value::undefined();
        LocalRoot ra(h, Value::pointer(acc));
        ENG_TRY(defineOwn(h, o, key, Value::pointer(acc), ATTR_ACCESSOR));
    }
    rcStore(h, kind == ELEMENT_PRIVATE_GETTER ? acc->getter : acc->setter, v);
    return Status::Ok;
}

Status runElement(Heap &h, Value obj, Value key, Value value, int32_t kind) {
    if (kind == ELEMENT_STATIC_BLOCK) {
        Value ignored;
        return callValue(h, value, obj, nullptr, 0, &ignored);
    }
    if (kind != ELEMENT_FIELD) return privateAdd(h, obj, key, value, kind);
    LocalRoot rk(h, key);
    Value v = Value::undefined();
    if (isCallable(value)) ENG_TRY(callValue(h, value, obj, nullptr, 0, &v));
    LocalRoot rv(h, v);
    if (isHeapType(key, HeapType::PrivateName)) return privateAdd(h, obj, key, v, ELEMENT_FIELD);
    if (!isObject(obj)) return throwError(h, PROTO_TYPE_ERROR, "Cannot define a field on a primitive");
    PropertyKey k;
    ENG_TRY(keyOf(h, key, &k));
    PropertyDescriptor d(h);
    d.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
    d.value.value = v;
    d.writable = d.enumerable = d.configurable = true;
    return defineOwnProperty(h, asObject(obj), k, d, true);
}

// The private member name of obj, or null (TypeError pending) when obj
// has none: only own properties count (private names are never inherited).
PropRef privateMember(Heap &h, Value obj, Value name, const char *verb, const char *preposition) {
    PropRef p = isObject(obj) ? findOwnProp(asObject(obj), asString(name)) : PropRef();
    if (!p) {
        char text[64];
        privateText(h, name, text, sizeof text);
        (void)throwError(h, PROTO_TYPE_ERROR, "Cannot %s private member %s %s an object whose class did not declare it",
                         verb, text, preposition);
    }
    return p;
}

}  // namespace

Status initFields(Heap &h, Value obj, Value list) {
    if (!isObject(list)) return Status::Ok;
    LocalRoot ro(h, obj), rl(h, list);
    // Private methods and accessors first (ES2022 7.3.34), then the rest in order.
    for (int round = 0; round < 2; round++) {
        for (uint32_t i = 0;; i += 3) {
            JSArray *elements = static_cast<JSArray *>(asObject(rl.value));
            if (i + 2 >= elements->elemCount()) break;
            int32_t kind = elements->elems[i + 2].asSmallInt();
            bool early = kind == ELEMENT_PRIVATE_METHOD || kind == ELEMENT_PRIVATE_GETTER || kind == ELEMENT_PRIVATE_SETTER;
            if (early != (round == 0)) continue;
            ENG_TRY(runElement(h, obj, elements->elems[i], elements->elems[i + 1], kind));
        }
    }
    return Status::Ok;
}

Status newPrivateName(Heap &h, Value description, Value *out) {
    HString *text = asString(description);
    LocalRoot rd(h, description);
    HString *name = static_cast<HString *>(allocGc(h, HeapType::PrivateName, stringExactSize(text)));
    if (!name) return Status::Error;
    text = asString(rd.value);
    name->extra = static_cast<uint16_t>(text->extra & STR_8BIT);
    name->hash = text->hash;
    name->length = text->length;
    memcpy(name + 1, text + 1, stringExactSize(text) - sizeof(HString));
    *out = Value::pointer(name);
    return Status::Ok;
}

Status privateGet(Heap &h, Value obj, Value name, Value *out) {
    PropRef p = privateMember(h, obj, name, "read", "from");
    if (!p) return Status::Error;
    if (!p->isAccessor()) {
        *out = p->value();
        return Status::Ok;
    }
    Value getter = static_cast<Accessor *>(p->value().asPointer())->getter;
    if (getter.isUndefined()) {
        char text[64];
        privateText(h, name, text, sizeof text);
        return throwError(h, PROTO_TYPE_ERROR, "'%s' was defined without a getter", text);
    }
    return callValue(h, getter, obj, nullptr, 0, out);
}

Status privateSet(Heap &h, Value obj, Value name, Value v) {
    PropRef p = privateMember(h, obj, name, "write", "to");
    if (!p) return Status::Error;
    char text[64];
    if (p->isAccessor()) {
        Value setter = static_cast<Accessor *>(p->value().asPointer())->setter;
        if (setter.isUndefined()) {
            privateText(h, name, text, sizeof text);
            return throwError(h, PROTO_TYPE_ERROR, "'%s' was defined without a setter", text);
        }
        Value ignored;
        return callValue(h, setter, obj, &v, 1, &ignored);
    }
    if (!(p->attrs() & ATTR_WRITABLE)) {
        privateText(h, name, text, sizeof text);
        return throwError(h, PROTO_TYPE_ERROR, "Private method '%s' is not writable", text);
    }
    return defineOwn(h, asObject(obj), asString(name), v, ATTR_WRITABLE);
}

Status privateIn(Heap &h, Value name, Value obj, bool *out) {
    if (!isObject(obj)) {
        char text[64];
        privateText(h, name, text, sizeof text);
        return throwError(h, PROTO_TYPE_ERROR, "Cannot use 'in' operator to search for '%s' in a primitive", text);
    }
    *out = static_cast<bool>(findOwnProp(asObject(obj), asString(name)));
    return Status::Ok;
}

Status superGet(Heap &h, Value home, Value thisValue, Value key, Value *out) {
    JSObject *base = nullptr;
    ENG_TRY(superBase(h, home, &base));
    LocalRoot rb(h, Value::pointer(base)), rt(h, thisValue);
    PropertyKey k;
    ENG_TRY(keyOf(h, key, &k));
    LocalRoot rk(h, k.isIndex ? Value::undefined() : Value::pointer(k.string));
    return getProperty(h, base, k, thisValue, out);
}

// OrdinarySet (ES2023 10.1.9.2) from home.[[Prototype]] with this as the
// receiver: an inherited setter runs on this, otherwise this gets (or
// updates) its own data property, which a frozen this refuses.
Status superSet(Heap &h, Value home, Value thisValue, Value key, Value v, bool strict) {
    JSObject *base = nullptr;
    ENG_TRY(superBase(h, home, &base));
    LocalRoot rb(h, Value::pointer(base)), rt(h, thisValue), rv(h, v);
    PropertyKey k;
    ENG_TRY(keyOf(h, key, &k));
    LocalRoot rk(h, k.isIndex ? Value::undefined() : Value::pointer(k.string));
    auto refuse = [&]() {
        return strict ? throwError(h, PROTO_TYPE_ERROR, "Cannot assign to read only property through super")
                      : Status::Ok;
    };
    for (JSObject *cur = base; cur; cur = cur->proto) {
        Value cv;
        uint8_t attrs;
        if (!getOwnDataOrAccessor(h, cur, k, &cv, &attrs)) continue;
        if (attrs & ATTR_ACCESSOR) {
            Value setter = static_cast<Accessor *>(cv.asPointer())->setter;
            if (setter.isUndefined()) return refuse();
            Value ignored;
            return callValue(h, setter, thisValue, &v, 1, &ignored);
        }
        if (!(attrs & ATTR_WRITABLE)) return refuse();
        break;
    }
    if (!isObject(thisValue)) return refuse();
    JSObject *receiver = asObject(thisValue);
    Value own;
    uint8_t ownAttrs;
    PropertyDescriptor d(h);
    d.value.value = v;
    d.fields = DESC_VALUE;
    if (getOwnDataOrAccessor(h, receiver, k, &own, &ownAttrs)) {
        if ((ownAttrs & ATTR_ACCESSOR) || !(ownAttrs & ATTR_WRITABLE)) return refuse();
    } else {
        d.fields |= DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
        d.writable = d.enumerable = d.configurable = true;
    }
    return defineOwnProperty(h, receiver, k, d, strict);
}

Status derivedResult(Heap &h, Value completion, Value thisBinding, Value *out) {
    if (isObjectType(completion)) {
        *out = completion;
        return Status::Ok;
    }
    if (!completion.isUndefined())
        return throwError(h, PROTO_TYPE_ERROR, "Derived constructors may only return object or undefined");
    Value t = thisBinding;
    if (isHeapType(t, HeapType::Box)) t = static_cast<Box *>(t.asPointer())->value;
    if (t.isEmpty()) return throwThisUninitialized(h);
    *out = t;
    return Status::Ok;
}

namespace {

// The parent constructor of active function fn, or a TypeError.
Status superConstructor(Heap &h, Value fn, Value *parent) {
    JSObject *p = isObject(fn) ? asObject(fn)->proto : nullptr;
    Value v = p ? Value::pointer(p) : Value::null();
    if (!isConstructorValue(v)) {
        char text[64];
        describeValue(h, v, text, sizeof text);
        return throwError(h, PROTO_TYPE_ERROR, "Super constructor %s of anonymous class is not a constructor", text);
    }
    *parent = v;
    return Status::Ok;
}

}  // namespace

Status superCall(Heap &h, uint32_t funcIndex, uint32_t argc, bool spread, bool *pushed) {
    *pushed = false;
    Value parent;
    ENG_TRY(superConstructor(h, h.stack[funcIndex], &parent));
    LocalRoot newTarget(h, h.stack[funcIndex + 1]);
    h.stack[funcIndex] = parent;
    h.stack[funcIndex + 1] = Value::undefined();
    if (spread) {
        // Laid out as CALLSPREAD does.
        JSArray *list = static_cast<JSArray *>(asObject(h.stack[funcIndex + 2]));
        argc = list->length;
        h.stackTop = funcIndex + 3;
        if (argc > 1) {
            ENG_TRY(ensureStack(h, argc - 1));
            list = static_cast<JSArray *>(asObject(h.stack[funcIndex + 2]));
        }
        Value *args = h.stack + funcIndex + 2;
        for (uint32_t i = argc; i-- > 0;)
            args[i] = i < list->elemCount() && !list->elems[i].isEmpty() ? list->elems[i] : Value::undefined();
    }
    h.stackTop = funcIndex + 2 + argc;
    if (asObject(parent)->cls() == ObjectClass::Bound) ENG_TRY(unwrapBound(h, funcIndex, &argc, true));
    JSObject *target = asObject(h.stack[funcIndex]);
    JSObject *nt = asObject(newTarget.value);
#if ENG_PROXY
    if (isProxyObject(target)) return proxyCallAt(h, funcIndex, argc, true, newTarget.value);  // a nested call
#endif
    if (target->cls() == ObjectClass::Native) {
        h.constructingForNewTarget = nt != target;
        ENG_TRY(callNative(h, funcIndex, argc, true));
        return nt != target ? adoptNewTargetPrototype(h, funcIndex, target, nt) : Status::Ok;
    }
    ENG_TRY(prepareThis(h, funcIndex, true, nt));
    ENG_TRY(pushClosureFrame(h, funcIndex, argc, FRAME_CONSTRUCT));
    h.stack[funcIndex] = newTarget.value;
    *pushed = true;
    return Status::Ok;
}
}  // namespace eng
