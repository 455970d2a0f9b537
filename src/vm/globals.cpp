// Global variables are properties of the global object (ES5.1 10.2.1.2).
#include "vm/globals.h"

#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/tdz.h"

namespace eng {

namespace {

Status notDefined(Heap &h, HString *name) {
    char text[64];
    describeValue(h, Value::pointer(name), text, sizeof text);
    return throwError(h, PROTO_REFERENCE_ERROR, "%s is not defined", text);
}

}  // namespace

namespace {

// The global object's own property named name: first where the name's
// header says it was last found (a global read in a loop then costs a
// compare instead of a hash probe), else a lookup, which updates the hint.
inline PropRef globalOwnProp(Heap &h, HString *name) {
    JSObject *g = h.global;
    if (PropRef hinted = globalAtHint(g, name)) return hinted;
    // A read-only name takes no hint, and is most likely a built-in's (a
    // name in RAM never is one of those in flash).
    if (isReadOnly(name)) {
        if (Prop *b = findFlashBuiltin(g, name)) return PropRef(b);
        return findOwnProp(g, name);
    }
    PropRef p = findOwnProp(g, name);
    if (p) {
        uint32_t found = static_cast<uint32_t>(reinterpret_cast<Prop *>(p.keyWord) - g->props) + 1;
        if (found < STR_GLOBAL_SLOT_LIMIT)
            name->extra = static_cast<uint16_t>((name->extra & ((1u << STR_GLOBAL_SLOT_SHIFT) - 1)) | found << STR_GLOBAL_SLOT_SHIFT);
    }
    return p;
}

// The global object's part of each lookup.
inline Status objectGet(Heap &h, HString *name, Value *out) {
    PropRef p = globalOwnProp(h, name);
    if (p && !p->isAccessor()) {
        *out = p->value();
        return resolveTableValue(h, out);
    }
    PropertyKey key = keyFromString(name);
    if (!hasProperty(h, h.global, key)) return notDefined(h, name);
    return getProperty(h, h.global, key, Value::pointer(h.global), out);
}

inline Status objectSet(Heap &h, HString *name, Value v, bool strict) {
    PropRef p = globalOwnProp(h, name);
    if (p && (p->keyBits() & ATTR_WRITABLE) && valueInRam(h.global, p)) {  // writable data, in RAM
        rcStore(h, p->value(), v);
        return Status::Ok;
    }
    PropertyKey key = keyFromString(name);
    if (strict && !hasProperty(h, h.global, key)) return notDefined(h, name);
    return putProperty(h, h.global, key, v, Value::pointer(h.global), strict);
}

inline Status objectTypeof(Heap &h, HString *name, Value *out) {
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

// Global lexical bindings come before the global object's properties. Out
// of line, so that while a heap has none a lookup costs one more test.
#if defined(__GNUC__)
#define ENG_GLOBALS_COLD __attribute__((noinline, cold))
#else
#define ENG_GLOBALS_COLD
#endif

ENG_GLOBALS_COLD Status lexicalGet(Heap &h, HString *name, Value *out, bool forTypeof) {
    PropRef lp = findOwnProp(h.lexicals, name);
    if (!lp) return forTypeof ? objectTypeof(h, name, out) : objectGet(h, name, out);
    if (lp->value().isEmpty()) return throwUninitialized(h, name);
    *out = forTypeof ? Value::pointer(typeOf(h, lp->value())) : lp->value();
    return Status::Ok;
}

ENG_GLOBALS_COLD Status lexicalSet(Heap &h, HString *name, Value v, bool strict) {
    PropRef lp = findOwnProp(h.lexicals, name);
    if (!lp) return objectSet(h, name, v, strict);
    if (lp->value().isEmpty()) return throwUninitialized(h, name);
    if (!(lp->keyBits() & ATTR_WRITABLE)) return throwConstAssignment(h);
    rcStore(h, lp->value(), v);
    return Status::Ok;
}

}  // namespace

Status getGlobal(Heap &h, HString *name, Value *out) {
    if (h.lexicals) return lexicalGet(h, name, out, false);
    return objectGet(h, name, out);
}

Status setGlobal(Heap &h, HString *name, Value v, bool strict) {
    if (h.lexicals) return lexicalSet(h, name, v, strict);
    return objectSet(h, name, v, strict);
}

Status typeofGlobal(Heap &h, HString *name, Value *out) {
    if (h.lexicals) return lexicalGet(h, name, out, true);
    return objectTypeof(h, name, out);
}

Status deleteGlobal(Heap &h, HString *name, bool strict, Value *out) {
    if (h.lexicals && findOwnProp(h.lexicals, name)) {
        *out = Value::boolean(false);
        return Status::Ok;
    }
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
    // (Scripts checked this in their prologue; eval code checks it here.)
    if (h.lexicals) ENG_TRY(declareGlobalLexical(h, name, 0));
    PropertyKey key = keyFromString(name);
    if (hasOwnProperty(h, h.global, key)) return Status::Ok;
    if (key.isIndex) return setElement(h, h.global, key.index, Value::undefined());
    return defineOwn(h, h.global, name, Value::undefined(), bindingAttrs(evalCode));
}

Status declareGlobalFunction(Heap &h, HString *name, Value fn, bool evalCode) {
    if (h.lexicals) ENG_TRY(declareGlobalLexical(h, name, 0));
    PropertyKey key = keyFromString(name);
    if (key.isIndex) return setElement(h, h.global, key.index, fn);
    PropRef p = findOwnProp(h.global, name);
    if (p && !(p->attrs() & ATTR_CONFIGURABLE)) {
        if (!(p->keyBits() & ATTR_WRITABLE))  // not writable data
            return throwError(h, PROTO_TYPE_ERROR, "Cannot redefine global function");
        if (flashBacked(h.global, name)) {
            LocalRoot rf(h, fn), rn(h, Value::pointer(name));
            ENG_TRY(ownPropsInRam(h, h.global));
            p = findOwnProp(h.global, name);
        }
        rcStore(h, p->value(), fn);
        return Status::Ok;
    }
    return defineOwn(h, h.global, name, fn, bindingAttrs(evalCode));
}

// GlobalDeclarationInstantiation (ES2015 15.1.8): every check runs before
// any binding is made, so a script that fails declares nothing.
Status declareGlobalLexical(Heap &h, HString *name, uint32_t mode) {
    if (mode <= 1) {
        bool clash = h.lexicals && findOwnProp(h.lexicals, name);
        if (!clash && mode == 1) {
            PropRef p = findOwnProp(h.global, name);
            clash = p && !(p->attrs() & ATTR_CONFIGURABLE);
        }
        if (!clash) return Status::Ok;
        char text[64];
        describeValue(h, Value::pointer(name), text, sizeof text);
        return throwError(h, PROTO_SYNTAX_ERROR, "Identifier '%s' has already been declared", text);
    }
    if (!h.lexicals) {
        LocalRoot rn(h, Value::pointer(name));
        JSObject *o = newObject(h, nullptr);
        if (!o) return Status::Error;
        o->gcFlags |= RC_MAX;  // a permanent root from now on (see gc.cpp)
        h.lexicals = o;
    }
    return defineOwn(h, h.lexicals, name, Value::empty(), mode == 2 ? ATTR_WRITABLE : 0);
}

Status initGlobalLexical(Heap &h, HString *name, Value v) {
    PropRef p = h.lexicals ? findOwnProp(h.lexicals, name) : PropRef();
    if (p) rcStore(h, p->value(), v);
    return Status::Ok;
}

}  // namespace eng
