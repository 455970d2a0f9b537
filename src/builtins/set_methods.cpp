// The ES2025 Set methods that take another set-like (24.2.4): union,
// intersection, difference, symmetricDifference, isSubsetOf, isSupersetOf,
// isDisjointFrom. The other argument is read through its size, has and keys
// (GetSetRecord, 24.2.1.2), in the order the spec gives, since scripts can
// observe each step. Results are new Sets with %Set.prototype%.
#include "builtins/collections.h"

#include <math.h>

#include "objects/object_ops.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/literal_ops.h"

#if ENG_MAP_SET

namespace eng {

namespace {

// A Set Record: the values are rooted while it lives.
struct SetRecord {
    explicit SetRecord(Heap &h) : set(h), has(h), keys(h) {}
    LocalRoot set, has, keys;
    double size = 0;
};

Status notAFunction(Heap &h, Value v, const char *what) {
    char desc[64];
    describeValue(h, v, desc, sizeof desc);
    return throwError(h, PROTO_TYPE_ERROR, "The '%s' property of the set-like argument (%s) is not a function", what, desc);
}

// GetSetRecord (ES2025 24.2.1.2).
Status getSetRecord(Heap &h, Value obj, SetRecord &r) {
    if (!isObjectType(obj)) {
        char desc[64];
        describeValue(h, obj, desc, sizeof desc);
        return throwError(h, PROTO_TYPE_ERROR, "The argument %s is not a set-like object", desc);
    }
    r.set.value = obj;
    Value raw;
    ENG_TRY(getValuePropertyStr(h, obj, atom(h, ATOM_size), &raw));
    double n;
    ENG_TRY(toNumber(h, raw, &n));
    if (n != n) return throwError(h, PROTO_TYPE_ERROR, "The 'size' property of the set-like argument is not a number");
    n = toIntegerDouble(n);
    if (n < 0) return throwError(h, PROTO_RANGE_ERROR, "The 'size' property of the set-like argument is negative");
    r.size = n;
    ENG_TRY(getValuePropertyStr(h, r.set.value, atom(h, ATOM_has), &r.has.value));
    if (!isCallable(r.has.value)) return notAFunction(h, r.has.value, "has");
    ENG_TRY(getValuePropertyStr(h, r.set.value, atom(h, ATOM_keys), &r.keys.value));
    if (!isCallable(r.keys.value)) return notAFunction(h, r.keys.value, "keys");
    return Status::Ok;
}

// The other set's keys() iterator (GetIteratorFromMethod, 7.4.4) as an
// iteration state of vm/literal_ops.h: next is called (and found not
// callable) only when stepped.
struct KeysIteration {
    explicit KeysIteration(Heap &h) : iter(h), state(h) {}
    LocalRoot iter, state;
};

Status openKeys(Heap &h, SetRecord &r, KeysIteration &k) {
    ENG_TRY(callValue(h, r.keys.value, r.set.value, nullptr, 0, &k.iter.value));
    if (!isObjectType(k.iter.value)) return throwError(h, PROTO_TYPE_ERROR, "The set-like argument's keys() result is not an object");
    Value next;
    ENG_TRY(getValuePropertyStr(h, k.iter.value, atom(h, ATOM_next), &next));
    k.state.value = isCallable(next) ? next : Value::null();
    return Status::Ok;
}

Status stepKeys(Heap &h, KeysIteration &k, Value *out, bool *done) {
    return iterationNext(h, &k.iter.value, &k.state.value, out, done);
}

// Calls otherRec.[[Has]] on e: ToBoolean of the result.
Status otherHas(Heap &h, SetRecord &r, Value e, bool *out) {
    Value result;
    ENG_TRY(callValue(h, r.has.value, r.set.value, &e, 1, &result));
    *out = toBoolean(result);
    return Status::Ok;
}

// A new Set holding this set's elements (in order, without holes).
Status copyOf(Heap &h, JSCollection *from, JSCollection **out) {
    LocalRoot rf(h, Value::pointer(from));
    ENG_TRY(makeCollection(h, ObjectClass::Set, out));
    LocalRoot ro(h, Value::pointer(*out));
    from = static_cast<JSCollection *>(asObject(rf.value));
    for (uint32_t i = 0; from->table && i < from->table->used; i++)
        if (!from->table->key(i).isEmpty())
            ENG_TRY(collectionSet(h, static_cast<JSCollection *>(asObject(ro.value)), from->table->key(i), Value::undefined()));
    *out = static_cast<JSCollection *>(asObject(ro.value));
    return Status::Ok;
}

// For each element of this set by position while script code runs
// (elements added meanwhile are visited too): calls step(e, &stop).
template <typename Step>
Status forEachOwnElement(Heap &h, JSCollection *s, Step &&step) {
    LocalRoot rs(h, Value::pointer(s));
    collectionBusy(s);
    Status st = Status::Ok;
    bool stop = false;
    for (uint32_t i = 0; !stop && s->table && i < s->table->used; i++) {
        Value e = s->table->key(i);
        if (e.isEmpty()) continue;
        st = step(e, &stop);
        if (st != Status::Ok) break;
    }
    collectionIdle(h, s);
    return st;
}

JSCollection *asCollection(Value v) { return static_cast<JSCollection *>(asObject(v)); }

}  // namespace

Status setUnion(NativeCall &c) {
    Heap &h = c.heap;
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.union", &s));
    SetRecord r(h);
    ENG_TRY(getSetRecord(h, c.arg(0), r));
    KeysIteration k(h);
    ENG_TRY(openKeys(h, r, k));
    JSCollection *result = nullptr;
    ENG_TRY(copyOf(h, asCollection(c.thisValue()), &result));
    LocalRoot rr(h, Value::pointer(result));
    for (;;) {
        Value next;
        bool done;
        ENG_TRY(stepKeys(h, k, &next, &done));
        if (done) break;
        ENG_TRY(collectionSet(h, asCollection(rr.value), next, Value::undefined()));
    }
    c.setResult(rr.value);
    return Status::Ok;
}

Status setIntersection(NativeCall &c) {
    Heap &h = c.heap;
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.intersection", &s));
    SetRecord r(h);
    ENG_TRY(getSetRecord(h, c.arg(0), r));
    JSCollection *result = nullptr;
    ENG_TRY(makeCollection(h, ObjectClass::Set, &result));
    LocalRoot rr(h, Value::pointer(result));
    s = asCollection(c.thisValue());
    if (collectionSize(s) <= r.size) {
        ENG_TRY(forEachOwnElement(h, s, [&](Value e, bool *) {
            LocalRoot re(h, e);
            bool in;
            ENG_TRY(otherHas(h, r, e, &in));
            return in ? collectionSet(h, asCollection(rr.value), re.value, Value::undefined()) : Status::Ok;
        }));
    } else {
        KeysIteration k(h);
        ENG_TRY(openKeys(h, r, k));
        for (;;) {
            Value next;
            bool done;
            ENG_TRY(stepKeys(h, k, &next, &done));
            if (done) break;
            if (collectionFind(asCollection(c.thisValue()), next) >= 0)
                ENG_TRY(collectionSet(h, asCollection(rr.value), next, Value::undefined()));
        }
    }
    c.setResult(rr.value);
    return Status::Ok;
}

Status setDifference(NativeCall &c) {
    Heap &h = c.heap;
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.difference", &s));
    SetRecord r(h);
    ENG_TRY(getSetRecord(h, c.arg(0), r));
    JSCollection *result = nullptr;
    ENG_TRY(copyOf(h, asCollection(c.thisValue()), &result));
    LocalRoot rr(h, Value::pointer(result));
    if (collectionSize(asCollection(c.thisValue())) <= r.size) {
        // Over the copy's elements as they were: the copy is ours alone.
        result = asCollection(rr.value);
        uint32_t count = result->table ? result->table->used : 0;
        collectionBusy(result);
        Status st = Status::Ok;
        for (uint32_t i = 0; i < count; i++) {
            result = asCollection(rr.value);
            Value e = result->table->key(i);
            if (e.isEmpty()) continue;
            LocalRoot re(h, e);
            bool in;
            st = otherHas(h, r, e, &in);
            if (st != Status::Ok) break;
            if (in) collectionDelete(h, asCollection(rr.value), re.value);
        }
        collectionIdle(h, asCollection(rr.value));
        ENG_TRY(st);
    } else {
        KeysIteration k(h);
        ENG_TRY(openKeys(h, r, k));
        for (;;) {
            Value next;
            bool done;
            ENG_TRY(stepKeys(h, k, &next, &done));
            if (done) break;
            collectionDelete(h, asCollection(rr.value), next);
        }
    }
    c.setResult(rr.value);
    return Status::Ok;
}

Status setSymmetricDifference(NativeCall &c) {
    Heap &h = c.heap;
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.symmetricDifference", &s));
    SetRecord r(h);
    ENG_TRY(getSetRecord(h, c.arg(0), r));
    KeysIteration k(h);
    ENG_TRY(openKeys(h, r, k));
    JSCollection *result = nullptr;
    ENG_TRY(copyOf(h, asCollection(c.thisValue()), &result));
    LocalRoot rr(h, Value::pointer(result));
    for (;;) {
        Value next;
        bool done;
        ENG_TRY(stepKeys(h, k, &next, &done));
        if (done) break;
        bool inResult = collectionFind(asCollection(rr.value), next) >= 0;
        if (collectionFind(asCollection(c.thisValue()), next) >= 0) {
            if (inResult) collectionDelete(h, asCollection(rr.value), next);
        } else if (!inResult) {
            ENG_TRY(collectionSet(h, asCollection(rr.value), next, Value::undefined()));
        }
    }
    c.setResult(rr.value);
    return Status::Ok;
}

Status setIsSubsetOf(NativeCall &c) {
    Heap &h = c.heap;
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.isSubsetOf", &s));
    SetRecord r(h);
    ENG_TRY(getSetRecord(h, c.arg(0), r));
    s = asCollection(c.thisValue());
    bool answer = collectionSize(s) <= r.size;
    if (answer)
        ENG_TRY(forEachOwnElement(h, s, [&](Value e, bool *stop) {
            bool in;
            ENG_TRY(otherHas(h, r, e, &in));
            if (!in) answer = false, *stop = true;
            return Status::Ok;
        }));
    c.setResult(Value::boolean(answer));
    return Status::Ok;
}

Status setIsSupersetOf(NativeCall &c) {
    Heap &h = c.heap;
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.isSupersetOf", &s));
    SetRecord r(h);
    ENG_TRY(getSetRecord(h, c.arg(0), r));
    if (collectionSize(asCollection(c.thisValue())) < r.size) {
        c.setResult(Value::boolean(false));
        return Status::Ok;
    }
    KeysIteration k(h);
    ENG_TRY(openKeys(h, r, k));
    for (;;) {
        Value next;
        bool done;
        ENG_TRY(stepKeys(h, k, &next, &done));
        if (done) break;
        if (collectionFind(asCollection(c.thisValue()), next) < 0) {
            ENG_TRY(iterationClose(h, &k.iter.value, &k.state.value, false));
            c.setResult(Value::boolean(false));
            return Status::Ok;
        }
    }
    c.setResult(Value::boolean(true));
    return Status::Ok;
}

Status setIsDisjointFrom(NativeCall &c) {
    Heap &h = c.heap;
    JSCollection *s = nullptr;
    ENG_TRY(thisCollection(c, ObjectClass::Set, "Set.prototype.isDisjointFrom", &s));
    SetRecord r(h);
    ENG_TRY(getSetRecord(h, c.arg(0), r));
    s = asCollection(c.thisValue());
    bool answer = true;
    if (collectionSize(s) <= r.size) {
        ENG_TRY(forEachOwnElement(h, s, [&](Value e, bool *stop) {
            bool in;
            ENG_TRY(otherHas(h, r, e, &in));
            if (in) answer = false, *stop = true;
            return Status::Ok;
        }));
    } else {
        KeysIteration k(h);
        ENG_TRY(openKeys(h, r, k));
        for (;;) {
            Value next;
            bool done;
            ENG_TRY(stepKeys(h, k, &next, &done));
            if (done) break;
            if (collectionFind(asCollection(c.thisValue()), next) >= 0) {
                ENG_TRY(iterationClose(h, &k.iter.value, &k.state.value, false));
                answer = false;
                break;
            }
        }
    }
    c.setResult(Value::boolean(answer));
    return Status::Ok;
}

}  // namespace eng

#endif
