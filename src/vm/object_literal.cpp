// Object literal extensions (ES2015): a computed key names the anonymous
// function stored under it, `__proto__: v` sets the prototype, and `...o`
// copies own enumerable properties.
#include "heap/refcount.h"
#include "objects/object_ops.h"
#include "objects/own_keys.h"
#include "strings/string.h"
#include "vm/symbol.h"
#include "vm/convert.h"
#include "vm/literal_ops.h"

namespace eng {

// SetFunctionName (ES2023 10.2.9) with a key that is only known at run time.
// The name becomes an own property (the template's name is the static one).
Status setFunctionNameFromKey(Heap &h, JSObject *fn, Value key, uint32_t prefix) {
    // A class's static member "name" was defined after its name (ES2023 15.7.14).
    if (findOwnProp(fn, atom(h, ATOM_name))) return Status::Ok;
    LocalRoot rf(h, Value::pointer(fn));
    PropertyKey k;
    ENG_TRY(toPropertyKey(h, key, &k));
    HString *name = isSymbol(key) ? symbolFunctionName(h, asString(key)) : keyToString(h, k);
    if (!name) return Status::Error;
    LocalRoot rn(h, Value::pointer(name));
    if (prefix) {
        name = concatLatin1(h, name, reinterpret_cast<const uint8_t *>(prefix == 1 ? "get " : "set "), 4, true);
        if (!name) return Status::Error;
        rn.value = Value::pointer(name);
    }
    ENG_TRY(defineOwn(h, fn, atom(h, ATOM_name), Value::pointer(name), ATTR_CONFIGURABLE));
    hideVirtualProperty(h, fn, keyFromString(atom(h, ATOM_name)));
    return Status::Ok;
}

// B.3.1 __proto__ property in object initializers: only objects and null.
void setLiteralPrototype(Heap &h, JSObject *o, Value proto) {
    if (proto.isNull()) rcStore(h, o->proto, static_cast<JSObject *>(nullptr));
    else if (isObject(proto)) rcStore(h, o->proto, asObject(proto));
    bumpPropEpoch(h);
}

namespace {

bool isExcluded(const PropertyKey &key, JSArray *excluded) {
    for (uint32_t i = 0; excluded && i < excluded->length && i < excluded->elemCount(); i++) {
        Value e = excluded->elems[i];
        if (key.isIndex) {
            if (e.isSmallInt() && e.asSmallInt() >= 0 && static_cast<uint32_t>(e.asSmallInt()) == key.index) return true;
            if (isNumber(e) && numberOf(e) == static_cast<double>(key.index)) return true;
            if (isString(e)) {
                PropertyKey k = keyFromString(asString(e));
                if (k.isIndex && k.index == key.index) return true;
            }
        } else if (isSymbolKey(key.string)) {
            if (isSymbol(e) && asString(e) == key.string) return true;
        } else if (isString(e) && compareStrings(asString(e), key.string) == 0) {
            return true;
        }
    }
    return false;
}

}  // namespace

// CopyDataProperties (ES2023 7.3.25); excluded holds the property keys
// (strings or numbers, as TOKEY leaves them) a rest property leaves out.
Status copyDataProperties(Heap &h, JSObject *target, Value source, JSArray *excluded) {
    if (source.isNullish()) return Status::Ok;
    LocalRoot rt(h, Value::pointer(target)), rsrc(h, source);
    LocalRoot rx(h, excluded ? Value::pointer(excluded) : Value::undefined());
    JSObject *from;
    ENG_TRY(toObject(h, source, &from));
    LocalRoot rf(h, Value::pointer(from));
    JSArray *keys;
    ENG_TRY(ownEnumerableKeys(h, from, &keys));
    LocalRoot rk(h, Value::pointer(keys));
    ENG_TRY(appendOwnSymbolKeys(h, from, keys));
    for (uint32_t i = 0; i < keys->length; i++) {
        Value kv;
        ENG_TRY(getProperty(h, keys, PropertyKey{nullptr, i, true}, Value::pointer(keys), &kv));
        HString *ks = asString(kv);
        PropertyKey key = isSymbolKey(ks) ? PropertyKey{ks, 0, false} : keyFromString(ks);
        if (isExcluded(key, excluded)) continue;
        // A getter run earlier may have deleted it or made it non-enumerable.
        Value v;
        uint8_t attrs;
        if (!getOwnDataOrAccessor(h, from, key, &v, &attrs) || !(attrs & ATTR_ENUMERABLE)) continue;
        ENG_TRY(getProperty(h, from, key, Value::pointer(from), &v));
        if (key.isIndex) {
            ENG_TRY(setElement(h, target, key.index, v));
        } else {
            LocalRoot rv(h, v);
            ENG_TRY(defineOwn(h, target, key.string, v, ATTR_DEFAULT));
        }
    }
    return Status::Ok;
}

}  // namespace eng
