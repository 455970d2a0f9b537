// Classes at run time (ES2015 14.5, ES2022 fields): what the class opcodes
// do. The compiler (compiler/class.cpp) keeps home objects and field lists
// in upvalue boxes of the closures that need them, so objects carry no
// extra slot for them.
#include "vm/class_ops.h"

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/call.h"
#include "vm/errors.h"

namespace eng {

namespace {

bool isConstructorValue(Value v) { return isCallableObject(v) && asObject(v)->hasFlag(OBJ_CONSTRUCTOR); }

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
    if (callee == h.ctors[PROTO_OBJECT]) {
        JSObject *o = newObject(h, asObject(proto));
        if (!o) return Status::Error;
        h.stack[funcIndex] = Value::pointer(o);
        return Status::Ok;
    }
    rcStore(h, asObject(h.stack[funcIndex])->proto, asObject(proto));
    return Status::Ok;
}

Status makeClass(Heap &h, Value ctor, bool hasHeritage, Value heritage, Value *protoOut) {
    JSObject *protoParent = h.protos[PROTO_OBJECT];
    JSObject *ctorParent = h.protos[PROTO_FUNCTION];
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

Status initFields(Heap &h, Value obj, Value list) {
    if (!isObject(list)) return Status::Ok;
    LocalRoot ro(h, obj), rl(h, list);
    JSArray *fields = static_cast<JSArray *>(asObject(list));
    for (uint32_t i = 0; i + 1 < fields->elemCount(); i += 2) {
        Value key = fields->elems[i], init = fields->elems[i + 1];
        LocalRoot rk(h, key);
        Value v = Value::undefined();
        if (isCallable(init)) ENG_TRY(callValue(h, init, obj, nullptr, 0, &v));
        fields = static_cast<JSArray *>(asObject(rl.value));
        if (key.isUndefined()) continue;  // a static block
        LocalRoot rv(h, v);
        PropertyKey k;
        ENG_TRY(keyOf(h, key, &k));
        PropertyDescriptor d(h);
        d.fields = DESC_VALUE | DESC_WRITABLE | DESC_ENUMERABLE | DESC_CONFIGURABLE;
        d.value.value = v;
        d.writable = d.enumerable = d.configurable = true;
        if (!isObject(obj)) return throwError(h, PROTO_TYPE_ERROR, "Cannot define a field on a primitive");
        ENG_TRY(defineOwnProperty(h, asObject(obj), k, d, true));
        fields = static_cast<JSArray *>(asObject(rl.value));
    }
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

Status superSet(Heap &h, Value home, Value thisValue, Value key, Value v, bool strict) {
    JSObject *base = nullptr;
    ENG_TRY(superBase(h, home, &base));
    LocalRoot rb(h, Value::pointer(base)), rt(h, thisValue), rv(h, v);
    PropertyKey k;
    ENG_TRY(keyOf(h, key, &k));
    LocalRoot rk(h, k.isIndex ? Value::undefined() : Value::pointer(k.string));
    return putProperty(h, base, k, v, thisValue, strict);
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

}  // namespace eng
