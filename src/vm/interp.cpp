// The bytecode executor: a register machine dispatch loop.
//
// pc, the register base and the constants live in locals. The pc is written
// back to the frame (SYNC) only before something may need it: calls,
// allocation-triggered errors, throws. Calls between bytecode functions push
// a frame and continue in the same loop, so ECMAScript recursion never
// recurses in C.
#include <math.h>
#include <string.h>

#include "heap/refcount.h"
#include "objects/array_buffer.h"
#include "objects/object_ops.h"
#include "objects/proxy.h"
#include "strings/string.h"
#include "vm/call.h"
#include "vm/class_ops.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/forin.h"
#include "vm/frames.h"
#include "vm/inline_cache.h"
#include "vm/generator.h"
#include "vm/async.h"
#include "vm/async_generator.h"
#include "vm/async_iteration.h"
#include "vm/globals.h"
#include "vm/interrupt.h"
#include "vm/lightfunc.h"
#include "vm/module.h"
#include "vm/literal_ops.h"
#include "vm/operators.h"
#include "vm/tdz.h"
#include "vm/with_scope.h"
#include "builtins/disposable.h"

namespace eng {

namespace {

inline bool fitsSmallInt(int64_t v) { return v >= Value::SMALL_INT_MIN && v <= Value::SMALL_INT_MAX; }

inline Status makeInt(Heap &h, int64_t v, Value *out) {
    if (v >= Value::SMALL_INT_MIN && v <= Value::SMALL_INT_MAX) {
        *out = Value::smallInt(static_cast<int32_t>(v));
        return Status::Ok;
    }
    return makeNumber(h, static_cast<double>(v), out);
}

Status makeClosure(Heap &h, JSClosure *parent, Value *regs, FunctionTemplate *t, Value *out) {
    uint32_t n = t->header->upvalCount;
    size_t size = sizeof(JSClosure) + (n ? n - 1 : 0) * sizeof(Box *);
    uint16_t flags = t->header->flags;
    JSObject *proto = protoOf(h, PROTO_FUNCTION);
#if ENG_ASYNC_GENERATORS
    if (isAsyncGeneratorFlags(flags)) {
        ENG_TRY(asyncGeneratorFunctionPrototype(h, &proto));  // t stays rooted by the running function
    } else
#endif
    if (ENG_GENERATORS && (flags & FN_GENERATOR)) {
        ENG_TRY(ensureGeneratorProtos(h));  // t stays rooted by the running function
        proto = h.generatorProtos[0];
    }
#if ENG_ASYNC_FUNCTIONS
    else if (flags & FN_ASYNC) ENG_TRY(asyncFunctionPrototype(h, &proto));  // t stays rooted by the running function
#endif
    JSClosure *c = static_cast<JSClosure *>(newObjectOfSize(h, proto, ObjectClass::Closure, size));
    if (!c) return Status::Error;
    rcInit(c->tmpl, t);
    c->upvalCount = n;
    if (!(flags & (FN_GENERATOR | FN_ASYNC | FN_CLASS_CONSTRUCTOR | FN_ARROW | FN_METHOD)))
        c->setFlag(OBJ_LAZY_PROTOTYPE | OBJ_CONSTRUCTOR);
    else if (flags & FN_GENERATOR) c->setFlag(OBJ_LAZY_PROTOTYPE);  // not a constructor (ES2015 14.4)
    else if (flags & FN_CLASS_CONSTRUCTOR) c->setFlag(OBJ_CONSTRUCTOR);  // CLASS makes its prototype
    for (uint32_t i = 0; i < n; i++) {
        uint32_t d = t->upvals[i];
        uint32_t index = upvalDescIndex(d);
        switch (upvalDescKind(d)) {
        case UPVAL_PARENT_REGISTER:
            rcInit(c->upvals[i], regs && isHeapType(regs[index], HeapType::Box) ? static_cast<Box *>(regs[index].asPointer()) : nullptr);
            break;
        case UPVAL_PARENT_UPVAL:
            rcInit(c->upvals[i], index < parent->upvalCount ? parent->upvals[index] : nullptr);
            break;
        default:
            c->upvals[i] = nullptr;
            break;
        }
    }
    *out = Value::pointer(c);
    return Status::Ok;
}

Status defineAccessor(Heap &h, Value obj, HString *key, Value fn, bool getter) {
    JSObject *o = asObject(obj);
    PropertyKey k = keyFromString(key);
    if (k.isIndex) {
        // Accessors never live in the array part.
        if (hasElement(o, k.index)) rcStore(h, o->elems[k.index], Value::empty());
        o->setFlag(OBJ_SPARSE_INDEXES);
    }
    PropRef p = findOwnProp(o, key);
    Accessor *acc = nullptr;
    if (p && p->isAccessor()) {
        acc = static_cast<Accessor *>(p->value().asPointer());
    } else {
        LocalRoot rf(h, fn);
        acc = static_cast<Accessor *>(allocGc(h, HeapType::Accessor, sizeof(Accessor)));
        if (!acc) return Status::Error;
        acc->getter = Value::undefined();
        acc->setter = Value::undefined();
        LocalRoot ra(h, Value::pointer(acc));
        ENG_TRY(defineOwn(h, o, key, Value::pointer(acc), ATTR_ENUMERABLE | ATTR_CONFIGURABLE | ATTR_ACCESSOR));
    }
    rcStore(h, getter ? acc->getter : acc->setter, fn);
    return Status::Ok;
}

// On entry to a handler every register above its own is dead (the compiler
// reserves handler registers at the top of the live ones).
void clearAbove(Heap &h, uint32_t fi, const CatchRecord &rec) {
    uint32_t first = rec.reg + (rec.kind == CATCH_FINALLY ? 2 : 1);
    uint32_t top = frameTop(h, fi) - h.frames[fi].base;
    Value *regs = h.stack + h.frames[fi].base;
    for (uint32_t i = first; i < top; i++) regs[i] = Value::undefined();
}

Status newRegExp(Heap &h, Value source, Value flags, Value *out) {
    // %RegExp%, whatever the global binding holds now (ES2023 13.2.7.3).
    JSObject *ctor = builtinCtor(h, PROTO_REGEXP);
    if (!ctor) return Status::Error;
    Value args[2] = {source, flags};
    return constructValue(h, Value::pointer(ctor), args, 2, out);
}

// delete base[key] for a base that is not null or undefined. Out of the
// dispatch loop: its roots would otherwise cost every instruction a register.
Status deleteValueProperty(Heap &h, Value base, Value key, bool strict, bool *deleted) {
    // A primitive base is wrapped (11.4.1 via ToObject): a string's length
    // and characters cannot be deleted.
    JSObject *o;
    ENG_TRY(toObject(h, base, &o));
    LocalRoot ro(h, Value::pointer(o));
    PropertyKey k;
    ENG_TRY(toPropertyKey(h, key, &k));
    LocalRoot rk(h, k.isIndex ? Value() : Value::pointer(k.string));
    return deleteProperty(h, o, k, strict, deleted);
}

}  // namespace

// Computed goto where the compiler has it: one indirect jump straight to
// the handler, no bounds check (the loader rejects unknown opcodes).
#if defined(__GNUC__) && !defined(ENG_NO_COMPUTED_GOTO)
#define ENG_COMPUTED_GOTO 1
#define CASE(op) case OP_##op: L_##op
#else
#define ENG_COMPUTED_GOTO 0
#define CASE(op) case OP_##op
#endif

Status execute(Heap &h, uint32_t entryFrame) {
#if ENG_COMPUTED_GOTO
    static const void *const dispatchTable[OP__COUNT] = {
#define ENG_HANDLER_ADDRESS(name, form) &&L_##name,
        ENG_OPCODES(ENG_HANDLER_ADDRESS)
#undef ENG_HANDLER_ADDRESS
    };
#endif
    uint32_t fi = entryFrame;
    Frame *fr = &h.frames[fi];
    JSClosure *closure = static_cast<JSClosure *>(fr->callee);
    FunctionTemplate *tmpl = closure->tmpl;
    const Instr *code = tmpl->code;
    const Instr *pc = fr->pc;
    Value *K = tmpl->consts;
    Value *R = h.stack + fr->base;
    bool strict = (tmpl->header->flags & FN_STRICT) != 0;
    Value completion;  // return value while unwinding
    uint32_t callArgc;     // CALL, NEW and CALLSPREAD
    bool callConstruct;

#define SYNC() (h.frames[fi].pc = pc)
#define RELOAD() (fr = &h.frames[fi], R = h.stack + fr->base)
#define LOAD_FRAME()                                                    \
    do {                                                                \
        fr = &h.frames[fi];                                             \
        closure = static_cast<JSClosure *>(fr->callee);                 \
        tmpl = closure->tmpl;                                           \
        code = tmpl->code;                                              \
        pc = fr->pc;                                                    \
        K = tmpl->consts;                                               \
        R = h.stack + fr->base;                                         \
        strict = (tmpl->header->flags & FN_STRICT) != 0;                \
    } while (0)
#define CHECK(expr)                                                     \
    do {                                                                \
        SYNC();                                                         \
        Status st_ = (expr);                                            \
        RELOAD();                                                       \
        if (st_ != Status::Ok) goto throw_pending;                      \
    } while (0)

    for (;;) {
        Instr ins = *pc++;
        // Operand A, decoded by each handler from ins (which stays in a
        // register) where it uses it: a variable decoded here once for all
        // handlers stayed live across the dispatch and was spilled to the
        // C stack on every bytecode.
#define a instrA(ins)
#if ENG_COMPUTED_GOTO
        goto *dispatchTable[instrOp(ins)];
#endif
        switch (instrOp(ins)) {
        CASE(NOP):
        CASE(DEBUGGER):
            break;
        CASE(LOADK):
            R[a] = K[instrBx(ins)];
            break;
        CASE(LOADI):
            R[a] = Value::smallInt(instrSBx(ins));
            break;
        CASE(LOADUNDEF):
            R[a] = Value::undefined();
            break;
        CASE(LOADNULL):
            R[a] = Value::null();
            break;
        CASE(LOADTRUE):
            R[a] = Value::boolean(true);
            break;
        CASE(LOADFALSE):
            R[a] = Value::boolean(false);
            break;
        CASE(MOV):
            R[a] = R[instrB(ins)];
            break;
        CASE(LOADTHIS):
            R[a] = h.stack[fr->base - 1];
            break;
        CASE(LOADCALLEE):
            R[a] = Value::pointer(closure);
            break;
        CASE(CLOSURE): {
            Value v;
            CHECK(makeClosure(h, closure, R, tmpl->inner[instrBx(ins)], &v));
            R[a] = v;
            break;
        }
        CASE(NEWOBJ): {
            JSObject *o;
            SYNC();
            o = ENG_SHAPES && instrB(ins) ? newShapedObject(h, protoOf(h, PROTO_OBJECT), instrB(ins)) : newPlainObject(h);
            if (!o) goto throw_pending;
            R[a] = Value::pointer(o);
            break;
        }
        CASE(NEWARR): {
            SYNC();
            JSArray *arr = newArray(h, 0);
            if (!arr) goto throw_pending;
            R[a] = Value::pointer(arr);
            break;
        }
        CASE(GETGLOBAL): {
            HString *name = asString(K[instrBx(ins)]);
            PropRef p = hintedGlobal(h, name);
            if (p && !p->isAccessor() && !p->value().isBuiltinRef()) {
                R[a] = p->value();
                break;
            }
            Value v;
            CHECK(getGlobal(h, name, &v));
            R[a] = v;
            break;
        }
        CASE(SETGLOBAL): {
            HString *name = asString(K[instrBx(ins)]);
            PropRef p = hintedGlobal(h, name);
            if (p && (p->keyBits() & ATTR_WRITABLE) && h.global->propCap()) {  // writable data, in RAM (a flash table has capacity 0)
                rcStore(h, p->value(), R[a]);
                break;
            }
            CHECK(setGlobal(h, name, R[a], strict));
            break;
        }
        CASE(TYPEOFGLOBAL): {
            Value v;
            CHECK(typeofGlobal(h, asString(K[instrBx(ins)]), &v));
            R[a] = v;
            break;
        }
        CASE(DELGLOBAL): {
            Value v;
            CHECK(deleteGlobal(h, asString(K[instrBx(ins)]), strict, &v));
            R[a] = v;
            break;
        }
        CASE(DECLVAR):
            CHECK(declareGlobalVar(h, asString(K[instrBx(ins)]), (tmpl->header->flags & FN_EVAL_CODE) != 0));
            break;
        CASE(DECLFUNC):
            CHECK(declareGlobalFunction(h, asString(K[instrBx(ins)]), R[a], (tmpl->header->flags & FN_EVAL_CODE) != 0));
            break;
        CASE(NEWBOX): {
            SYNC();
            Box *b = newBox(h, R[a]);
            if (!b) goto throw_pending;
            R[a] = Value::pointer(b);
            break;
        }
        CASE(GETBOX):
            R[a] = static_cast<Box *>(R[instrB(ins)].asPointer())->value;
            break;
        CASE(SETBOX):
            rcStore(h, static_cast<Box *>(R[a].asPointer())->value, R[instrB(ins)]);
            break;
        CASE(GETUPVAL): {
            uint32_t b = instrB(ins);
            if (Box *box = closure->upvals[b]) {
                R[a] = box->value;
            } else {
                Value v;
                CHECK(getGlobal(h, asString(K[tmpl->upvalNames[b]]), &v));
                R[a] = v;
            }
            break;
        }
        CASE(SETUPVAL): {
            uint32_t b = instrB(ins);
            if (Box *box = closure->upvals[b]) rcStore(h, box->value, R[a]);
            else CHECK(setGlobal(h, asString(K[tmpl->upvalNames[b]]), R[a], strict));
            break;
        }
        CASE(TYPEOFUPVAL): {
            uint32_t b = instrB(ins);
            Value v;
            if (Box *box = closure->upvals[b]) v = Value::pointer(typeOf(h, box->value));
            else CHECK(typeofGlobal(h, asString(K[tmpl->upvalNames[b]]), &v));
            R[a] = v;
            break;
        }
        CASE(DELUPVAL): {
            uint32_t b = instrB(ins);
            Value v = Value::boolean(false);
            if (!closure->upvals[b]) CHECK(deleteGlobal(h, asString(K[tmpl->upvalNames[b]]), strict, &v));
            R[a] = v;
            break;
        }
        CASE(GETPROP): {
            Value base = R[instrB(ins)], key = R[instrC(ins)];
            if (isObject(base) && key.isSmallInt()) {
                JSObject *o = asObject(base);
                int32_t i = key.asSmallInt();
                if (i >= 0 && hasElement(o, static_cast<uint32_t>(i))) {
                    R[a] = o->elems[i];
                    break;
                }
                Value e;
                if (ENG_TYPED_ARRAYS && o->cls() == ObjectClass::TypedArray && i >= 0 && typedArrayFastGet(o, static_cast<uint32_t>(i), &e)) {
                    R[a] = e;
                    break;
                }
            }
            Value v;
            CHECK(getValueProperty(h, base, key, &v));
            R[a] = v;
            break;
        }
        CASE(SETPROP): {
            Value base = R[a], key = R[instrB(ins)];
            if (isObject(base) && key.isSmallInt()) {
                JSObject *o = asObject(base);
                int32_t i = key.asSmallInt();
                if (i >= 0 && hasElement(o, static_cast<uint32_t>(i))) {
                    rcStore(h, o->elems[i], R[instrC(ins)]);
                    break;
                }
                if (ENG_TYPED_ARRAYS && o->cls() == ObjectClass::TypedArray && i >= 0 && typedArrayFastSet(o, static_cast<uint32_t>(i), R[instrC(ins)]))
                    break;
            }
            CHECK(putValueProperty(h, base, key, R[instrC(ins)], strict));
            break;
        }
        CASE(GETFIELD): {
            Value base = R[instrB(ins)];
            HString *key = asString(K[instrC(ins)]);
#if ENG_INLINE_CACHES
            {
                Value v;
                if (isObject(base) && tmpl->fieldCaches &&
                    fieldCachesGet(h, getFieldCache(tmpl->fieldCaches, instrC(ins)), asObject(base), key, &v)) {
                    if (v.isBuiltinRef()) CHECK(resolveTableValue(h, &v));
                    R[a] = v;
                    break;
                }
                CHECK(fieldGetSlow(h, tmpl, instrC(ins), base, key, &v));
                R[a] = v;
                break;
            }
#else
            if (isObject(base)) {
                JSObject *o = asObject(base);
                // Own data property: no prototype walk, no key conversion.
                PropRef p = findOwnProp(o, key);
                if (p && !p->isAccessor()) {
                    Value v = p->value();
                    if (v.isBuiltinRef()) CHECK(resolveTableValue(h, &v));
                    R[a] = v;
                    break;
                }
            }
            Value v;
            CHECK(getValuePropertyStr(h, base, key, &v));
            R[a] = v;
            break;
#endif
        }
        CASE(SETFIELD): {
            Value base = R[a];
            HString *key = asString(K[instrB(ins)]);
#if ENG_INLINE_CACHES
            if (isObject(base) && tmpl->fieldCaches &&
                fieldCachesSet(h, setFieldCache(tmpl->fieldCaches, instrB(ins)), asObject(base), key, R[instrC(ins)]))
                break;
            CHECK(fieldSetSlow(h, tmpl, instrB(ins), base, key, R[instrC(ins)], strict));
            break;
#else
            if (isObject(base)) {
                JSObject *o = asObject(base);
                PropRef p = findOwnProp(o, key);
                // (A table in flash is written through the slow path.)
                if (p && (p->keyBits() & ATTR_WRITABLE) && valueInRam(o, p)) {  // writable data, its value in RAM
                    rcStore(h, p->value(), R[instrC(ins)]);
                    break;
                }
            }
            CHECK(putValuePropertyStr(h, base, key, R[instrC(ins)], strict));
            break;
#endif
        }
        CASE(DELPROP): {
            Value base = R[instrB(ins)], key = R[instrC(ins)];
            bool deleted = true;
            if (base.isNullish()) {
                SYNC();
                (void)throwError(h, PROTO_TYPE_ERROR, "Cannot convert undefined or null to object");
                goto throw_pending;
            }
            CHECK(deleteValueProperty(h, base, key, strict, &deleted));
            R[a] = Value::boolean(deleted);
            break;
        }
        CASE(INITPROP): {
            // Literal keys such as {1: x} are array indexes.
            PropertyKey k = keyFromString(asString(K[instrB(ins)]));
            if (k.isIndex) CHECK(setElement(h, asObject(R[a]), k.index, R[instrC(ins)]));
            else CHECK(defineOwn(h, asObject(R[a]), k.string, R[instrC(ins)], ATTR_DEFAULT));
            break;
        }
        CASE(INITPROPR): {
            PropertyKey k;
            CHECK(toPropertyKey(h, R[instrB(ins)], &k));
            JSObject *o = asObject(R[a]);
            if (k.isIndex) {
                CHECK(setElement(h, o, k.index, R[instrC(ins)]));
            } else {
                CHECK(defineOwn(h, o, k.string, R[instrC(ins)], ATTR_DEFAULT));
            }
            break;
        }
        CASE(INITGET):
        CASE(INITSET):
            CHECK(defineAccessor(h, R[a], asString(K[instrB(ins)]), R[instrC(ins)], instrOp(ins) == OP_INITGET));
            break;
        CASE(REGEXP): {
            Value v;
            CHECK(newRegExp(h, K[instrB(ins)], K[instrC(ins)], &v));
            R[a] = v;
            break;
        }
        CASE(APPEND): {
            JSArray *arr = static_cast<JSArray *>(asObject(R[a]));
            CHECK(arrayPush(h, arr, R[instrB(ins)]));
            break;
        }
        CASE(APPENDHOLE): {
            JSArray *arr = static_cast<JSArray *>(asObject(R[a]));
            arr->length++;
            break;
        }
        CASE(ADD): {
            Value x = R[instrB(ins)], y = R[instrC(ins)];
            if (x.isSmallInt() && y.isSmallInt()) {
                int64_t r = static_cast<int64_t>(x.asSmallInt()) + y.asSmallInt();
                if (fitsSmallInt(r)) {
                    R[a] = Value::smallInt(static_cast<int32_t>(r));
                    break;
                }
            }
            Value v;
            if (isNumber(x) && isNumber(y)) {
                CHECK(makeNumber(h, numberOf(x) + numberOf(y), &v));
            } else if (a == instrB(ins) && isString(x) && asString(x)->length >= STRING_GROW_MIN_LENGTH / 2) {
                // `s += x`: the left string's register gets the result.
                CHECK(opAppend(h, asString(x), y, &v));
            } else {
                CHECK(opAdd(h, x, y, &v));
            }
            R[a] = v;
            break;
        }
        CASE(SUB): {
            Value x = R[instrB(ins)], y = R[instrC(ins)];
            Value v;
            if (x.isSmallInt() && y.isSmallInt()) {
                int64_t r = static_cast<int64_t>(x.asSmallInt()) - y.asSmallInt();
                if (fitsSmallInt(r)) {
                    R[a] = Value::smallInt(static_cast<int32_t>(r));
                    break;
                }
                CHECK(makeInt(h, r, &v));
            } else if (isNumber(x) && isNumber(y)) {
                CHECK(makeNumber(h, numberOf(x) - numberOf(y), &v));
            } else {
                CHECK(opArithmetic(h, OP_SUB, x, y, &v));
            }
            R[a] = v;
            break;
        }
        CASE(MUL): {
            Value x = R[instrB(ins)], y = R[instrC(ins)];
            Value v;
            if (x.isSmallInt() && y.isSmallInt()) {
                int64_t r = static_cast<int64_t>(x.asSmallInt()) * y.asSmallInt();
                // A zero product of a negative factor is -0, which is not an integer.
                if (fitsSmallInt(r) && (r != 0 || (x.asSmallInt() >= 0 && y.asSmallInt() >= 0))) {
                    R[a] = Value::smallInt(static_cast<int32_t>(r));
                    break;
                }
            }
            if (isNumber(x) && isNumber(y)) {
                CHECK(makeNumber(h, numberOf(x) * numberOf(y), &v));
            } else {
                CHECK(opArithmetic(h, OP_MUL, x, y, &v));
            }
            R[a] = v;
            break;
        }
        CASE(POW):
        CASE(DIV):
        CASE(MOD):
        CASE(BAND):
        CASE(BOR):
        CASE(BXOR):
        CASE(SHL):
        CASE(SHR):
        CASE(USHR): {
            Value x = R[instrB(ins)], y = R[instrC(ins)];
            Value v;
            if (x.isSmallInt() && y.isSmallInt()) {
                int32_t p = x.asSmallInt(), q = y.asSmallInt();
                switch (instrOp(ins)) {
                case OP_BAND: R[a] = Value::smallInt(p & q); continue;
                case OP_BOR: R[a] = Value::smallInt(p | q); continue;
                case OP_BXOR: R[a] = Value::smallInt(p ^ q); continue;
                case OP_MOD:
                    if (p >= 0 && q > 0) {
                        R[a] = Value::smallInt(p % q);
                        continue;
                    }
                    break;
                default:
                    break;
                }
            }
            CHECK(opArithmetic(h, instrOp(ins), x, y, &v));
            R[a] = v;
            break;
        }
        CASE(SEQ):
            R[a] = Value::boolean(strictEquals(R[instrB(ins)], R[instrC(ins)]));
            break;
        CASE(SNE):
            R[a] = Value::boolean(!strictEquals(R[instrB(ins)], R[instrC(ins)]));
            break;
        CASE(LT):
        CASE(LE):
        CASE(GT):
        CASE(GE): {
            Value x = R[instrB(ins)], y = R[instrC(ins)];
            if (x.isSmallInt() && y.isSmallInt()) {
                int32_t p = x.asSmallInt(), q = y.asSmallInt();
                bool r;
                switch (instrOp(ins)) {
                case OP_LT: r = p < q; break;
                case OP_LE: r = p <= q; break;
                case OP_GT: r = p > q; break;
                default: r = p >= q; break;
                }
                R[a] = Value::boolean(r);
                break;
            }
            Value v;
            CHECK(opCompare(h, instrOp(ins), x, y, &v));
            R[a] = v;
            break;
        }
        CASE(EQ):
        CASE(NE): {
            Value v;
            CHECK(opCompare(h, instrOp(ins), R[instrB(ins)], R[instrC(ins)], &v));
            R[a] = v;
            break;
        }
        CASE(INSTANCEOF): {
            Value v;
            CHECK(opInstanceOf(h, R[instrB(ins)], R[instrC(ins)], &v));
            R[a] = v;
            break;
        }
        CASE(IN): {
            Value v;
            CHECK(opIn(h, R[instrB(ins)], R[instrC(ins)], &v));
            R[a] = v;
            break;
        }
        CASE(NOT):
            R[a] = Value::boolean(!toBoolean(R[instrB(ins)]));
            break;
        CASE(TYPEOF):
            R[a] = Value::pointer(typeOf(h, R[instrB(ins)]));
            break;
        CASE(INC):
        CASE(DEC):
        CASE(NEG):
        CASE(TONUM):
        CASE(BNOT): {
            Value x = R[instrB(ins)];
            if (x.isSmallInt()) {
                int64_t i = x.asSmallInt();
                Value v;
                switch (instrOp(ins)) {
                case OP_INC:
                    if (fitsSmallInt(i + 1)) {
                        R[a] = Value::smallInt(static_cast<int32_t>(i + 1));
                        continue;
                    }
                    CHECK(makeInt(h, i + 1, &v));
                    R[a] = v;
                    continue;
                case OP_DEC:
                    if (fitsSmallInt(i - 1)) {
                        R[a] = Value::smallInt(static_cast<int32_t>(i - 1));
                        continue;
                    }
                    CHECK(makeInt(h, i - 1, &v));
                    R[a] = v;
                    continue;
                case OP_TONUM: R[a] = x; continue;
                case OP_BNOT: R[a] = Value::smallInt(~static_cast<int32_t>(i)); continue;
                default:
                    if (i != 0) {
                        CHECK(makeInt(h, -i, &v));
                        R[a] = v;
                        continue;
                    }
                    break;
                }
            }
            Value v;
            CHECK(opUnary(h, instrOp(ins), x, &v, instrC(ins) != 0));
            R[a] = v;
            break;
        }
        // Backward jumps are interrupt checkpoints (vm/interrupt.h): they
        // charge the length of the loop body they close.
        CASE(JMP): {
            int32_t offset = instrSJ(ins);
            pc += offset;
            if (offset < 0 && ENG_INTERRUPT_DUE(h, -offset)) goto checkpoint;
            break;
        }
        CASE(JMPIF): {
            Value x = R[a];
            if (x.isTrue() || (!x.isBoolean() && toBoolean(x))) {
                int32_t offset = instrSBx(ins);
                pc += offset;
                if (offset < 0 && ENG_INTERRUPT_DUE(h, -offset)) goto checkpoint;
            }
            break;
        }
        CASE(JMPIFNOT): {
            Value x = R[a];
            if (!(x.isTrue() || (!x.isBoolean() && toBoolean(x)))) {
                int32_t offset = instrSBx(ins);
                pc += offset;
                if (offset < 0 && ENG_INTERRUPT_DUE(h, -offset)) goto checkpoint;
            }
            break;
        }
        CASE(LOADPC):
            R[a] = Value::smallInt(static_cast<int32_t>((pc - code) + instrSBx(ins)));
            break;
        CASE(CALLSPREAD): {
            // The arguments array (made by the code, so dense) is laid out
            // in its own place and the following arguments slots.
            JSArray *list = static_cast<JSArray *>(asObject(R[a + 2]));
            uint32_t n = list->length;
            SYNC();
            h.stackTop = fr->base + a + 3;
            if (n > 1) {
                Status st = ensureStack(h, n - 1);
                RELOAD();
                if (st != Status::Ok) {
                    h.stackTop = frameTop(h, fi);
                    goto throw_pending;
                }
                list = static_cast<JSArray *>(asObject(R[a + 2]));
            }
            for (uint32_t i = n; i-- > 0;)
                R[a + 2 + i] = i < list->elemCount() && !list->elems[i].isEmpty() ? list->elems[i] : Value::undefined();
            callArgc = n;
            callConstruct = instrC(ins) == 1;
            goto call_common;
        }
        CASE(CALL):
        CASE(NEW):
            callConstruct = instrOp(ins) == OP_NEW;
            callArgc = instrB(ins);
        call_common: {
            bool construct = callConstruct;
            uint32_t argc = callArgc;
            uint32_t funcIndex = fr->base + a;
            SYNC();
            Value fn = R[a];
            if (!isCallableObject(fn) || (construct && !asObject(fn)->hasFlag(OBJ_CONSTRUCTOR))) {
                if (fn.isLightFunc() && !construct) {
                    h.stackTop = funcIndex + 2 + argc;
                    Status st = callLightFunc(h, funcIndex, argc);
                    h.stackTop = frameTop(h, fi);
                    RELOAD();
                    if (st != Status::Ok) goto throw_pending;
                    break;
                }
#if ENG_PROXY
                if (isObject(fn) && isProxyObject(asObject(fn))) {  // off the hot path: a proxy is no isCallableObject
                    h.stackTop = funcIndex + 2 + argc;
                    Status st = proxyCallAt(h, funcIndex, argc, construct, fn);
                    h.stackTop = frameTop(h, fi);
                    RELOAD();
                    if (st != Status::Ok) goto throw_pending;
                    break;
                }
#endif
                (void)throwNotCallable(h, funcIndex, construct);
                goto throw_pending;
            }
            h.stackTop = funcIndex + 2 + argc;
            if (asObject(fn)->cls() == ObjectClass::Bound) {
                Status st = unwrapBound(h, funcIndex, &argc, construct);
                RELOAD();
                if (st != Status::Ok) {
                    h.stackTop = frameTop(h, fi);
                    goto throw_pending;
                }
                fn = h.stack[funcIndex];
#if ENG_PROXY
                if (isProxyObject(asObject(fn))) {  // a bound proxy
                    st = proxyCallAt(h, funcIndex, argc, construct, fn);
                    h.stackTop = frameTop(h, fi);
                    RELOAD();
                    if (st != Status::Ok) goto throw_pending;
                    break;
                }
#endif
            }
            if (asObject(fn)->cls() == ObjectClass::Native) {
                // next/throw/return of a suspended generator: its frame
                // resumes in this loop, no C recursion (vm/generator.h).
                if (ENG_GENERATORS && static_cast<JSNative *>(asObject(fn))->fn == generatorResumeNative && !construct) {
                    int resumed = resumeFromCall(h, funcIndex, argc);
                    if (resumed < 0) {
                        h.stackTop = frameTop(h, fi);
                        RELOAD();
                        goto throw_pending;
                    }
                    if (resumed) {
                        fi = h.frameCount - 1;
                        LOAD_FRAME();
                        break;
                    }
                }
                Status st = callNative(h, funcIndex, argc, construct);
                h.stackTop = frameTop(h, fi);
                RELOAD();
                if (st != Status::Ok) goto throw_pending;
                break;
            }
            Status st = prepareThis(h, funcIndex, construct);
            if (st == Status::Ok) st = pushClosureFrame(h, funcIndex, argc, construct ? FRAME_CONSTRUCT : 0);
            if (st != Status::Ok) {
                h.stackTop = frameTop(h, fi);
                RELOAD();
                goto throw_pending;
            }
            fi = h.frameCount - 1;
            LOAD_FRAME();
            // A checkpoint: the callee's length bounds what it runs before
            // its own next checkpoint.
            if (ENG_INTERRUPT_DUE(h, tmpl->header->codeCount)) goto checkpoint;
            break;
        }
        CASE(RETUNDEF):
            completion = Value::undefined();
            goto do_return;
        CASE(RET):
            completion = R[a];
            goto do_return;
        CASE(THROW):
            SYNC();
            h.pending = R[a];
            h.hasPending = true;
            goto throw_pending;
        CASE(TRY):
        CASE(TRYFINALLY): {
            if (h.catchCount == h.catchCap) {
                uint32_t cap = h.catchCap ? h.catchCap * 2 : 8;
                SYNC();
                CatchRecord *c = static_cast<CatchRecord *>(
                    heapRealloc(h, h.catches, h.catchCap * sizeof(CatchRecord), cap * sizeof(CatchRecord)));
                if (!c) {
                    (void)throwOutOfMemory(h);
                    goto throw_pending;
                }
                h.catches = c;
                h.catchCap = cap;
            }
            CatchRecord &rec = h.catches[h.catchCount++];
            rec.target = pc + instrSBx(ins);
            rec.frame = fi;
            rec.reg = static_cast<uint16_t>(a);
            rec.kind = instrOp(ins) == OP_TRY ? CATCH_CATCH : CATCH_FINALLY;
            break;
        }
        CASE(POPTRY):
            if (h.catchCount > fr->catchBase) h.catchCount--;
            break;
        CASE(ENDFINALLY): {
            Value kind = R[a];
            int32_t k = kind.isSmallInt() ? kind.asSmallInt() : COMPLETION_NORMAL;
            if (k == COMPLETION_THROW) {
                SYNC();
                h.pending = R[a + 1];
                h.hasPending = true;
                goto throw_pending;
            }
            if (k == COMPLETION_RETURN) {
                completion = R[a + 1];
                goto do_return;
            }
            if (k == COMPLETION_JUMP) {
                const Instr *target = code + R[a + 1].asSmallInt();
                bool backward = target < pc;  // continue through a finally
                pc = target;
                if (backward && ENG_INTERRUPT_DUE(h, 1)) goto checkpoint;
            }
            break;
        }
        CASE(TOKEY): {
            Value k = R[instrB(ins)];
            Value base = R[instrC(ins)];
            if (base.isNullish()) {
                // The base is checked before the key is converted.
                char key[64];
                SYNC();
                describeValue(h, k, key, sizeof key);
                (void)throwError(h, PROTO_TYPE_ERROR, "Cannot read properties of %s (reading '%s')",
                                 base.isNull() ? "null" : "undefined", key);
                goto throw_pending;
            }
            if (!isString(k) && !isNumber(k) && !isSymbol(k)) {
                Value prim;
                CHECK(toPrimitive(h, k, Hint::String, &prim));
                if (isNumber(prim) || isSymbol(prim)) {
                    k = prim;
                } else {
                    HString *s;
                    CHECK(toString(h, prim, &s));
                    k = Value::pointer(s);
                }
            }
            R[a] = k;
            break;
        }
        CASE(TOOBJECT): {
            JSObject *o;
            CHECK(toObject(h, R[instrB(ins)], &o));
            R[a] = Value::pointer(o);
            break;
        }
        CASE(WITHHAS): {
            // HasProperty runs JavaScript only through a proxy's has trap; @@unscopables may.
            Value o = R[a];
            bool has = isObject(o) && hasProperty(h, asObject(o), keyFromString(asString(K[instrBx(ins)])));
#if ENG_PROXY
            CHECK(!has && lookupFailed(h) && h.hasPending ? Status::Error : Status::Ok);  // a proxy's has trap threw
#endif
            if (has) {
                bool blocked;
                CHECK(withUnscopable(h, o, asString(K[instrBx(ins)]), &blocked));
                has = !blocked;
            }
            if (!has) R[a] = Value::undefined();
            break;
        }
        CASE(DECLVARIN): {
            Value o = R[a];
            HString *name = asString(K[instrBx(ins)]);
            if (isObject(o) && !hasOwnProperty(h, asObject(o), keyFromString(name)))
                CHECK(defineOwn(h, asObject(o), name, Value::undefined(), ATTR_DEFAULT));
            break;
        }
        // Block scoping: bindings in their temporal dead zone hold empty.
        CASE(LOADEMPTY):
            R[a] = Value::empty();
            break;
        CASE(CHECKTDZ):
            if (R[a].isEmpty()) CHECK(throwUninitialized(h, asString(K[instrBx(ins)])));
            break;
        CASE(THROWCONST):
            CHECK(throwConstAssignment(h));
            break;
        CASE(GETUPVALCHK):
        CASE(SETUPVALCHK):
        CASE(SETUPVALCONST):
        CASE(TYPEOFUPVALCHK): {
            uint32_t b = instrB(ins);
            Value v = R[a];
            CHECK(checkedUpvalue(h, instrOp(ins), closure->upvals[b], asString(K[tmpl->upvalNames[b]]), &v, strict));
            R[a] = v;
            break;
        }
        CASE(DECLLEX):
            CHECK(declareGlobalLexical(h, asString(K[instrBx(ins)]), a));
            break;
        CASE(INITLEX):
            CHECK(initGlobalLexical(h, asString(K[instrBx(ins)]), R[a]));
            break;
        CASE(TOSTR): {
            Value v = R[instrB(ins)];
            if (!isString(v)) {
                HString *s;
                CHECK(toString(h, v, &s));
                v = Value::pointer(s);
            }
            R[a] = v;
            break;
        }
        CASE(TEMPLATEOBJ): {
            CHECK(finishTemplateObject(h, static_cast<JSArray *>(asObject(R[a])), static_cast<JSArray *>(asObject(R[a + 1]))));
            rcStore(h, K[instrBx(ins)], R[a]);
            break;
        }
        CASE(SPREAD):
            CHECK(spreadInto(h, static_cast<JSArray *>(asObject(R[a])), R[instrB(ins)]));
            break;
        CASE(SETNAME):
            CHECK(setFunctionNameFromKey(h, asObject(R[a]), R[instrB(ins)], instrC(ins)));
            break;
        CASE(INITGETR):
        CASE(INITSETR): {
            HString *key = isSymbol(R[instrB(ins)]) ? asString(R[instrB(ins)]) : nullptr;
            if (!key) CHECK(toString(h, R[instrB(ins)], &key));  // a property key already (TOKEY)
            CHECK(defineAccessor(h, R[a], key, R[instrC(ins)], instrOp(ins) == OP_INITGETR));
            break;
        }
        CASE(INITPROTO):
            setLiteralPrototype(h, asObject(R[a]), R[instrB(ins)]);
            break;
        CASE(THROWTDZ): {
            SYNC();
            char name[64];
            describeValue(h, K[instrBx(ins)], name, sizeof name);
            (void)throwError(h, PROTO_REFERENCE_ERROR,
                             a ? "Unsupported reference to '%s'" : "Cannot access '%s' before initialization", name);
            goto throw_pending;
        }
        CASE(COPYPROPS):
            CHECK(copyDataProperties(h, asObject(R[a]), R[instrB(ins)]));
            break;
        // Destructuring (vm/spread.cpp, vm/destructuring.cpp): out of line,
        // so that the dispatch loop's frame does not grow.
        CASE(ITERCLOSE):
#if ENG_ASYNC_GENERATORS
            if (instrC(ins) == 2) {  // for await's AsyncIteratorClose (vm/async_iteration.h)
                SYNC();
                int close = asyncIterationClose(h, fr->base, a, instrB(ins));
                RELOAD();
                if (close < 0) goto throw_pending;
                if (close > 0) pc += 2;  // nothing to await
                break;
            }
#endif
            CHECK(destructuringOp(h, fr->base, ins, K));
            break;
        CASE(ITERINIT):
        CASE(ITERNEXT):
        CASE(ITERREST):
        CASE(REQOBJ):
            CHECK(destructuringOp(h, fr->base, ins, K));
            break;
        CASE(COPYREST):
            CHECK(copyDataProperties(h, asObject(R[a]), R[instrB(ins)], static_cast<JSArray *>(asObject(R[instrC(ins)]))));
            break;
        CASE(NEWTARGET):
            // A construct frame keeps new.target in its callee slot (heap.h FRAME_CONSTRUCT).
            R[a] = (fr->flags & FRAME_CONSTRUCT) ? h.stack[fr->base - 2] : Value::undefined();
            break;
        CASE(CHECKTHIS):
            if (R[a].isEmpty()) CHECK(throwThisUninitialized(h));
            break;
        CASE(CHECKSUPER):
            if (!R[a].isEmpty()) CHECK(throwSuperTwice(h));
            break;
        CASE(SUPERCALL): {
            // Out of line (vm/class.cpp): its locals stay out of this frame.
            bool pushed = false;
            SYNC();
            Status st = superCall(h, fr->base + a, instrB(ins), instrC(ins) != 0, &pushed);
            if (pushed) {
                fi = h.frameCount - 1;
                LOAD_FRAME();
                break;
            }
            h.stackTop = frameTop(h, fi);
            RELOAD();
            if (st != Status::Ok) goto throw_pending;
            break;
        }
        CASE(CLASS): {
            Value proto;
            CHECK(makeClass(h, R[a], instrC(ins) != 0, R[a + 1], &proto));
            R[a + 1] = proto;
            break;
        }
        CASE(DEFMETHOD):
        CASE(DEFGET):
        CASE(DEFSET):
            CHECK(defineClassMember(h, R[a], R[instrB(ins)], R[instrC(ins)],
                                    instrOp(ins) == OP_DEFMETHOD ? 0 : instrOp(ins) == OP_DEFGET ? 1 : 2));
            break;
        CASE(SETHOME):
            CHECK(setClosureSlot(h, R[a], instrC(ins), R[instrB(ins)]));
            break;
        CASE(INITFIELDS):
            CHECK(initFields(h, R[a], R[instrB(ins)]));
            break;
        CASE(GETSUPER): {
            uint32_t b = instrB(ins);
            Value v;
            CHECK(superGet(h, R[b], R[b + 1], R[b + 2], &v));
            R[a] = v;
            break;
        }
        CASE(SETSUPER):
            CHECK(superSet(h, R[a], R[a + 1], R[a + 2], R[instrB(ins)], strict));
            break;
        CASE(NEWPRIVATE): {
            Value v;
            CHECK(newPrivateName(h, K[instrBx(ins)], &v));
            R[a] = v;
            break;
        }
        CASE(GETPRIVATE): {
            Value v;
            CHECK(privateGet(h, R[instrB(ins)], R[instrC(ins)], &v));
            R[a] = v;
            break;
        }
        CASE(SETPRIVATE):
            CHECK(privateSet(h, R[a], R[instrB(ins)], R[instrC(ins)]));
            break;
        CASE(HASPRIVATE): {
            bool has = false;
            CHECK(privateIn(h, R[instrB(ins)], R[instrC(ins)], &has));
            R[a] = Value::boolean(has);
            break;
        }
        CASE(FORIN): {
            Value v;
            CHECK(newForInIterator(h, R[instrB(ins)], &v));
            R[a] = v;
            break;
        }
        CASE(FORNEXT): {
            Value key;
            bool has;
            CHECK(forInNext(h, R[instrB(ins)], &key, &has));
            if (has) {
                R[a] = key;
                pc++;
            }
            break;
        }
        // Generators (vm/generator.h). The suspending instructions leave
        // the frame through do_suspend with what the resumer gets.
#if ENG_GENERATORS
        CASE(INITGEN):
#if ENG_ASYNC_FUNCTIONS
            if (instrC(ins)) {  // an async function's start: it runs on
                if (!(tmpl->header->flags & FN_ASYNC) || (fr->flags & FRAME_GENERATOR)) goto invalid;
                SYNC();
                CHECK(asyncStart(h, fi));
                break;
            }
#endif
            if (!(tmpl->header->flags & FN_GENERATOR) || (fr->flags & FRAME_GENERATOR)) goto invalid;
            CHECK(generatorStart(h, fi, pc, a));
            goto do_suspend;
        CASE(YIELD):
            if (!(fr->flags & FRAME_GENERATOR)) goto invalid;
#if ENG_ASYNC_FUNCTIONS
            if (instrC(ins) != 0 || (tmpl->header->flags & FN_ASYNC)) {  // await
                if (!instrC(ins) || !(tmpl->header->flags & FN_ASYNC)) goto invalid;
                SYNC();
#if ENG_ASYNC_GENERATORS
                if (instrC(ins) == 2) {  // an async generator's yield (vm/async_generator.h)
                    if (!(tmpl->header->flags & FN_GENERATOR)) goto invalid;
                    int suspended = asyncGeneratorYield(h, fi, instrB(ins), pc, a);
                    if (suspended > 0) goto do_suspend;
                    RELOAD();
                    if (suspended < 0) goto throw_pending;
                    break;
                }
#endif
                CHECK(asyncAwait(h, fi, instrB(ins), pc, a));
                goto do_suspend;
            }
#endif
            CHECK(generatorYield(h, fi, instrB(ins), pc, a));
            goto do_suspend;
        CASE(RESUME): {
#if ENG_ASYNC_GENERATORS
            if (instrC(ins) == 3) {  // after for await's AsyncIteratorClose awaited
                CHECK(asyncIterationClosed(h, fr->base, a, instrB(ins)));
                break;
            }
#endif
            Value mode = R[a + 1];
            if (mode.isSmallInt() && mode.asSmallInt() == GEN_THROW) {
                SYNC();
                h.pending = R[a];
                h.hasPending = true;
                goto throw_pending;
            }
            if (mode.isSmallInt() && mode.asSmallInt() == GEN_RETURN) {
#if ENG_ASYNC_GENERATORS
                // An async generator's yield resumed by return(v): Await(v)
                // first, resuming at the RESUME C = 2 that follows.
                if (instrC(ins) == 1 && (tmpl->header->flags & FN_ASYNC)) {
                    CHECK(asyncAwait(h, fi, a, pc, a));
                    goto do_suspend;
                }
#endif
                completion = R[a];
                goto do_return;
            }
#if ENG_ASYNC_GENERATORS
            if (instrC(ins) == 1) {
                pc++;  // resumed by next(v): past the return's RESUME
            } else if (instrC(ins) == 2) {
                completion = R[a];  // an awaited return value
                goto do_return;
            }
#endif
            break;
        }
        CASE(DELEGATE):
            SYNC();
#if ENG_ASYNC_GENERATORS
            if (tmpl->header->flags & FN_ASYNC) {
                // yield* in an async generator (vm/async_generator.h).
                int step = asyncDelegateStep(h, fi, a, instrC(ins));
                if (step == 0 || step == 3) {
                    RELOAD();
                    if (step == 3) pc += 2;  // no received return to await
                    break;
                }
                if (step < 0) {
                    RELOAD();
                    goto throw_pending;
                }
                if (step == 1) {
                    ins = makeABC(OP_CALL, a + 4, 1, 0);
                    callArgc = 1;
                    callConstruct = false;
                    goto call_common;
                }
                RELOAD();
                completion = R[a + 2];
                goto do_return;
            }
#endif
            switch (delegateStep(h, fr->base, a)) {
            case 1:
                // The iterator's method, called like CALL A+4 with one argument.
                ins = makeABC(OP_CALL, a + 4, 1, 0);
                callArgc = 1;
                callConstruct = false;
                goto call_common;
            case 2:
                RELOAD();
                completion = R[a + 2];
                goto do_return;
            case -1:
                RELOAD();
                goto throw_pending;
            default:
                RELOAD();
                break;
            }
            break;
        CASE(DELEGATED):
            if (!(fr->flags & FRAME_GENERATOR)) goto invalid;
            SYNC();
            switch (delegateResult(h, fi, a, pc)) {
            case 0:
                goto do_suspend;
            case 3:  // an async generator's waiting request: on at the next instruction
                RELOAD();
                break;
            case 2:
                RELOAD();
                completion = R[a + 2];
                goto do_return;
            case -1:
                RELOAD();
                goto throw_pending;
            default:
                RELOAD();
                pc += instrSBx(ins);
                break;
            }
            break;
#else
        CASE(INITGEN):
        CASE(YIELD):
        CASE(RESUME):
        CASE(DELEGATE):
        CASE(DELEGATED):
            goto invalid;
#endif
#if ENG_ASYNC_GENERATORS
        CASE(AITERNEXT):
        CASE(AITERRESULT):
            CHECK(asyncIterationOp(h, fr->base, ins));
            break;
#else
        CASE(AITERNEXT):
        CASE(AITERRESULT):
            goto invalid;
#endif
#if ENG_MODULES
        CASE(IMPORTCALL): {
            SYNC();
            Value v;
            CHECK(dynamicImport(h, tmpl, R[instrB(ins)], &v));
            R[a] = v;
            break;
        }
#else
        CASE(IMPORTCALL):
            goto invalid;
#endif
#if ENG_RESOURCE_MANAGEMENT
        CASE(DISPOSE):
            CHECK(disposeOp(h, fr->base, ins));
            break;
#endif
        default:
        invalid:
            SYNC();
            (void)throwError(h, PROTO_ERROR, "Invalid bytecode");
            goto throw_pending;
        }
        continue;

#if ENG_GENERATORS
    do_suspend: {
        // The generator's frame is in its object now and what the resumer
        // gets in its callee slot: leave it like a return.
        RELOAD();
        uint32_t resultIndex = fr->base - 2;
        bool entry = fi == entryFrame;
        h.frameCount = fi;
        if (entry) {
            h.stackTop = resultIndex + 1;
            return Status::Ok;
        }
        fi--;
        LOAD_FRAME();
        h.stackTop = frameTop(h, fi);
        continue;
    }
#endif

    checkpoint:
        // The slow interrupt check (vm/interrupt.h), shared by the
        // checkpoints above and out of their way.
        CHECK(interruptCheck(h));
        continue;

    do_return:
        // Finally blocks of this frame run first.
        while (h.catchCount > fr->catchBase) {
            CatchRecord rec = h.catches[--h.catchCount];
            if (rec.kind == CATCH_FINALLY) {
                clearAbove(h, fi, rec);
                R[rec.reg] = Value::smallInt(COMPLETION_RETURN);
                R[rec.reg + 1] = completion;
                pc = rec.target;
                goto next;
            }
        }
        {
            // One test of the flags on the common path (plain calls).
            if (!(fr->flags & (FRAME_CONSTRUCT | FRAME_GENERATOR))) {
            } else if (ENG_GENERATORS && (fr->flags & FRAME_GENERATOR)) {
                // A generator's return: { value, done: true }, and it is over.
                SYNC();
                completion = generatorReturned(h, fi, completion);
                if (completion.isEmpty()) goto throw_pending;
            } else if (!isObjectType(completion)) {
                if (tmpl->header->flags & FN_DERIVED) {
                    Value result;
                    SYNC();
                    if (derivedResult(h, completion, R[tmpl->header->thisReg], &result) != Status::Ok)
                        goto throw_pending;
                    completion = result;
                } else {
                    completion = h.stack[fr->base - 1];
                    // Its next objects are made with room for what this one has.
                    uint32_t n = asObject(completion)->propCount();
                    if (ENG_SHAPES && n > tmpl->instanceRoom) tmpl->instanceRoom = static_cast<uint8_t>(n < NEWOBJ_MAX_ROOM ? n : NEWOBJ_MAX_ROOM);
                }
            }
            uint32_t resultIndex = fr->base - 2;
            h.stack[resultIndex] = completion;
            bool entry = fi == entryFrame;
            h.frameCount = fi;
            if (entry) {
                h.stackTop = resultIndex + 1;
                return Status::Ok;
            }
            fi--;
            LOAD_FRAME();
            h.stackTop = frameTop(h, fi);
        }
        continue;

    throw_pending:
        for (;;) {
            fr = &h.frames[fi];
            // (An interrupted run has dropped its catch records, so it
            // unwinds to the entry without a handler: vm/interrupt.h.)
            if (h.catchCount > fr->catchBase) {
                CatchRecord rec = h.catches[--h.catchCount];
                R = h.stack + fr->base;
                h.stackTop = frameTop(h, fi);
                // Registers above the handler's are dead: clear them so
                // that what the protected code held can be collected.
                clearAbove(h, fi, rec);
                if (rec.kind == CATCH_CATCH) {
                    R[rec.reg] = h.pending;
                } else {
                    R[rec.reg] = Value::smallInt(COMPLETION_THROW);
                    R[rec.reg + 1] = h.pending;
                }
                h.pending = Value::undefined();
                h.hasPending = false;
                pc = rec.target;
                break;
            }
            if (ENG_GENERATORS && (fr->flags & FRAME_GENERATOR)) {
#if ENG_ASYNC_FUNCTIONS
                // An async function's error rejects its promise, which
                // the frame then returns (or, resumed by a job, drops).
                if (asyncThrew(h, fi, &completion)) goto do_return;
#endif
                generatorFinish(h, fi);
            }
            bool entry = fi == entryFrame;
            uint32_t funcIndex = fr->base - 2;
            h.frameCount = fi;
            if (entry) {
                h.stackTop = funcIndex + 1;
                return Status::Error;
            }
            fi--;
            LOAD_FRAME();
        }
    next:;
    }
#undef SYNC
#undef RELOAD
#undef LOAD_FRAME
#undef CHECK
#undef a
}

#if ENG_MODULES
// A module's function declarations, made when it is linked (vm/module.cpp).
Status makeModuleFunction(Heap &h, JSClosure *module, FunctionTemplate *t, Value *out) {
    return makeClosure(h, module, nullptr, t, out);
}
#endif

}  // namespace eng
