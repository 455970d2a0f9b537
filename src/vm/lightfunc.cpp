// Lightweight native functions: decoding, calls, and the object made for
// one when a script needs it (see lightfunc.h).
#include "vm/lightfunc.h"

#include "builtins/builtins.h"
#include "builtins/flash_props.h"
#include "objects/object_ops.h"
#include "strings/string.h"
#include "vm/errors.h"
#include "vm/frames.h"

namespace eng {

namespace {

constexpr uint32_t EMBEDDER_BIT = 1u << 28;
constexpr uint32_t C_FUNCTION_LIMIT = 128;

// Every built-in lightfunc is a method of a property table in flash.
const MethodSpec &builtinSpec(uint32_t payload) { return flashMethodTables[(payload >> 8) & 0xff][payload & 0xff]; }

}  // namespace

Status makeCLightFunc(Heap &h, eng_c_function fn, int nargs, int magic, Value *out) {
    uint32_t slot = 0;
    while (slot < h.cFunctionCount && h.cFunctions[slot] != fn) slot++;
    if (slot == h.cFunctionCount) {
        if (slot == C_FUNCTION_LIMIT)
            return throwError(h, PROTO_RANGE_ERROR, "Too many distinct lightweight C functions");
        if (h.cFunctionCount == h.cFunctionCap) {
            uint32_t cap = h.cFunctionCap ? h.cFunctionCap * 2 : 4;
            void *p = heapRealloc(h, h.cFunctions, h.cFunctionCap * sizeof(eng_c_function), cap * sizeof(eng_c_function));
            if (!p) return throwOutOfMemory(h);
            h.cFunctions = static_cast<eng_c_function *>(p);
            h.cFunctionCap = cap;
        }
        h.cFunctions[h.cFunctionCount++] = fn;
    }
    uint32_t n = nargs < 0 ? 0 : nargs > 31 ? 31 : static_cast<uint32_t>(nargs);
    *out = Value::lightFunc(EMBEDDER_BIT | slot << 21 | n << 16 | (static_cast<uint32_t>(magic) & 0xffff));
    return Status::Ok;
}

void lightFuncInfo(const Heap &h, Value f, LightFuncInfo *out) {
    uint32_t p = f.lightFuncPayload();
    if (p & EMBEDDER_BIT) {
        *out = LightFuncInfo{nullptr, h.cFunctions[(p >> 21) & 127], nullptr, false,
                             static_cast<int>((p >> 16) & 31), static_cast<int16_t>(p & 0xffff)};
        return;
    }
    const MethodSpec &s = builtinSpec(p);
    bool getter = s.length == METHOD_GETTER, setter = s.length == METHOD_SETTER;
    *out = LightFuncInfo{s.fn, nullptr, s.name, getter, getter ? 0 : setter ? 1 : s.length, s.magic, setter};
}

int16_t lightFuncMagic(const Heap &h, Value f) {
    LightFuncInfo info;
    lightFuncInfo(h, f, &info);
    return info.magic;
}

HString *lightFuncName(Heap &h, Value f) {
    LightFuncInfo info;
    lightFuncInfo(h, f, &info);
    if (!info.name) return atom(h, ATOM_empty);
    HString *name = specFunctionName(h, info.name);
    if (!name || !(info.getter || info.setter)) return name;
    LocalRoot nr(h, Value::pointer(name));
    HString *prefix = internCString(h, info.getter ? "get " : "set ");
    if (!prefix) return nullptr;
    LocalRoot pr(h, Value::pointer(prefix));  // both parts: concatenating allocates
    return concatStrings(h, prefix, name);
}

JSObject *findLightFuncObject(const Heap &h, Value f) {
    for (uint32_t i = 0; i < h.lightFuncObjectCount; i++)
        if (h.lightFuncObjects[i].func == f) return h.lightFuncObjects[i].object;
    return nullptr;
}

Status lightFuncObject(Heap &h, Value f, JSObject **out) {
    if ((*out = findLightFuncObject(h, f))) return Status::Ok;
    if (h.lightFuncObjectCount == h.lightFuncObjectCap) {
        uint32_t cap = h.lightFuncObjectCap ? h.lightFuncObjectCap * 2 : 4;
        void *p = heapRealloc(h, h.lightFuncObjects, h.lightFuncObjectCap * sizeof(LightFuncObject),
                              cap * sizeof(LightFuncObject));
        if (!p) return throwOutOfMemory(h);
        h.lightFuncObjects = static_cast<LightFuncObject *>(p);
        h.lightFuncObjectCap = cap;
    }
    HString *name = lightFuncName(h, f);
    if (!name) return Status::Error;
    LocalRoot nr(h, Value::pointer(name));
    LightFuncInfo info;
    lightFuncInfo(h, f, &info);
    JSNative *o = newNative(h, info.fn, name, info.length, info.magic);
    if (!o) return Status::Error;
    o->cfn = info.cfn;
    // Referenced from the heap's table, which no count tracks: pinned like
    // the other permanent roots (the collector pins it again).
    o->gcFlags |= RC_MAX;
    h.lightFuncObjects[h.lightFuncObjectCount++] = LightFuncObject{f, o};
    *out = o;
    return Status::Ok;
}

Value publicValue(const Heap &h, JSObject *o) {
    for (uint32_t i = 0; i < h.lightFuncObjectCount; i++)
        if (h.lightFuncObjects[i].object == o) return h.lightFuncObjects[i].func;
    return Value::pointer(o);
}

bool isReceiver(const Heap &h, Value receiver, JSObject *o) {
    if (isObject(receiver)) return asObject(receiver) == o;
    return receiver.isLightFunc() && findLightFuncObject(h, receiver) == o;
}

Status callLightFunc(Heap &h, uint32_t funcIndex, uint32_t argc) {
    Value f = h.stack[funcIndex];
    LightFuncInfo info;
    lightFuncInfo(h, f, &info);
    return runNative(h, funcIndex, argc, false, info.fn, info.cfn, nullptr, info.magic, f.lightFuncPayload());
}

Status lightFuncGet(Heap &h, Value f, const PropertyKey &key, Value *out) {
    if (JSObject *o = findLightFuncObject(h, f)) return getProperty(h, o, key, f, out);
    if (!key.isIndex && key.string == atom(h, ATOM_length)) {
        LightFuncInfo info;
        lightFuncInfo(h, f, &info);
        *out = Value::smallInt(info.length);
        return Status::Ok;
    }
    if (!key.isIndex && key.string == atom(h, ATOM_name)) {
        HString *name = lightFuncName(h, f);
        if (!name) return Status::Error;
        *out = Value::pointer(name);
        return Status::Ok;
    }
    return getProperty(h, protoOf(h, PROTO_FUNCTION), key, f, out);
}

}  // namespace eng
