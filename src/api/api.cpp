// The C embedding API (include/engine.h) on top of the internal runtime.
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "../../include/engine.h"
#include "api/api_stack.h"
#include "heap/heap.h"
#include "objects/object_ops.h"
#include "objects/weak_ref.h"
#include "strings/builder.h"
#include "strings/format.h"
#include "strings/string.h"
#include "strings/utf8_copies.h"
#include "vm/module.h"
#include "vm/c_stack.h"
#include "vm/call.h"
#include "vm/convert.h"
#include "vm/errors.h"
#include "vm/interrupt.h"
#include "vm/lightfunc.h"
#include "vm/loader.h"
#include "value/bigint.h"
#include "vm/promise.h"

using namespace eng;

namespace {

// Index 0 of the API is the bottom of the running native function's frame,
// or of the whole stack when no function runs.
uint32_t frameBottom(eng_heap *h) {
    if (h->frameCount > 0) {
        const Frame &f = h->frames[h->frameCount - 1];
        if (f.flags & FRAME_NATIVE) return f.base;
    }
    return 0;
}

bool resolve(eng_heap *h, int index, uint32_t *out) {
    uint32_t bottom = frameBottom(h);
    int64_t abs = index >= 0 ? static_cast<int64_t>(bottom) + index : static_cast<int64_t>(h->stackTop) + index;
    if (abs < bottom || abs >= h->stackTop) return false;
    *out = static_cast<uint32_t>(abs);
    return true;
}

Value at(eng_heap *h, int index) {
    uint32_t i;
    return resolve(h, index, &i) ? h->stack[i] : Value::undefined();
}

}  // namespace

Value eng::apiValueAt(eng_heap *h, int index) { return at(h, index); }

namespace {

// The outermost API call and its C stack bound; the interrupt's run
// begins first and ends last.
#define ENG_API_ENTRY(h)                            \
    ::eng::InterruptRun interruptRun_((h));         \
    ENG_C_STACK_ENTRY(h)

// A failure is ENG_INTERRUPTED while an interrupted run unwinds.
eng_status failed(const eng_heap *h) { return interrupted(*h) ? ENG_INTERRUPTED : ENG_ERROR; }

eng_status status(const eng_heap *h, Status s) { return s == Status::Ok ? ENG_OK : failed(h); }

// Pushes the pending error (an API caller sees errors as values).
eng_status pushPendingResult(eng_heap *h) {
    Value e = h->hasPending ? h->pending : Value::undefined();
    h->pending = Value::undefined();
    h->hasPending = false;
    if (push(*h, e) != Status::Ok) {
        // Not even one slot: report the out-of-memory error in the last one.
        if (h->stackTop > 0) h->stack[h->stackTop - 1] = h->outOfMemoryError;
        h->hasPending = false;
    }
    return failed(h);
}

Proto protoOfKind(eng_error_kind kind) {
    switch (kind) {
    case ENG_ERR_TYPE: return PROTO_TYPE_ERROR;
    case ENG_ERR_REFERENCE: return PROTO_REFERENCE_ERROR;
    case ENG_ERR_RANGE: return PROTO_RANGE_ERROR;
    case ENG_ERR_SYNTAX: return PROTO_SYNTAX_ERROR;
    case ENG_ERR_EVAL: return PROTO_EVAL_ERROR;
    case ENG_ERR_URI: return PROTO_URI_ERROR;
    default: return PROTO_ERROR;
    }
}

eng_status pushString(eng_heap *h, HString *s) {
    if (!s) return failed(h);
    return status(h, push(*h, Value::pointer(s)));
}

Status getPropWithKey(eng_heap *h, Value obj, Value key, Value *out) { return getValueProperty(*h, obj, key, out); }

// Compiles a script for the API into a function of the global scope. The
// compile may go ENG_MEMORY_RESERVE bytes past the memory limit, so that a
// heap a script has filled can still run the statement that frees it.
Status compileWithReserve(Heap &h, const char *source, size_t length, HString *file, Value *fn) {
    bool wasOpen = h.reserveOpen;
    h.reserveOpen = true;
    FunctionTemplate *script = nullptr;
    Status st = compileScript(h, source, length, file, false, &script);
    if (st == Status::Ok) st = makeScriptFunction(h, script, fn);
    h.reserveOpen = wasOpen;
    return st;
}

}  // namespace

extern "C" {

eng_heap *eng_create(const eng_config *config) { return static_cast<eng_heap *>(heapCreate(config)); }

eng_heap *eng_create_ex(const eng_config *config, eng_create_error *error) {
    return static_cast<eng_heap *>(heapCreate(config, error));
}

const char *eng_create_error_text(eng_create_error error) {
    switch (error) {
    case ENG_CREATE_OK: return "no error";
    case ENG_CREATE_NO_ALLOCATOR:
        return "no allocator: eng_config.allocator is NULL and the library was built without its C library defaults";
    case ENG_CREATE_BAD_ALLOCATOR: return "eng_config.allocator lacks alloc, realloc or free";
    case ENG_CREATE_MEMORY_LIMIT:
        return "eng_config.memory_limit is below what a new heap needs (the built-ins and the initial stacks)";
    case ENG_CREATE_OUT_OF_MEMORY: return "the allocator returned NULL while the heap was being set up";
    case ENG_CREATE_OUTSIDE_WINDOW:
        return ENG_USE_PTR16 ? "the allocator's memory is outside the 16-bit pointer window (see eng_ptr16_set_window)"
                             : "unknown error";
    }
    return "unknown error";
}

const char *eng_version(void) { return ENG_VERSION_STRING; }

void eng_destroy(eng_heap *heap) { heapDestroy(heap); }

void eng_get_stats(eng_heap *heap, eng_heap_stats *out) { *out = heap->stats; }

void eng_gc(eng_heap *heap) { collectGarbage(*heap); }

eng_status eng_eval(eng_heap *heap, const char *source, size_t length, const char *file_name) {
    ENG_API_ENTRY(*heap);
    Heap &h = *heap;
    HString *file = internUtf8(h, file_name ? file_name : "input", strlen(file_name ? file_name : "input"));
    if (!file) return pushPendingResult(heap);
    LocalRoot fr(h, Value::pointer(file));
    Value fn;
    if (compileWithReserve(h, source, length, file, &fn) != Status::Ok) return pushPendingResult(heap);
    LocalRoot fnr(h, fn);
    // The script's this is the global object.
    Value result;
    Status st = callValue(h, fn, Value::pointer(h.global), nullptr, 0, &result);
#if ENG_WEAK_REFS
    if (h.frameCount == 0) clearKeptObjects(h);  // the script is over (ES2025 9.10)
#endif
    if (st != Status::Ok) return pushPendingResult(heap);
    return status(heap, push(h, result));
}

eng_status eng_compile(eng_heap *heap, const char *source, size_t length, const char *file_name) {
    ENG_API_ENTRY(*heap);
    Heap &h = *heap;
    const char *name = file_name ? file_name : "input";
    HString *file = internUtf8(h, name, strlen(name));
    if (!file) return pushPendingResult(heap);
    LocalRoot fr(h, Value::pointer(file));
    Value fn;
    if (compileWithReserve(h, source, length, file, &fn) != Status::Ok) return pushPendingResult(heap);
    return status(heap, push(h, fn));
}

eng_status eng_set_module_loader(eng_heap *heap, const eng_module_loader *loader) {
#if ENG_MODULES
    if (setModuleLoader(*heap, loader) != Status::Ok) {
        heap->pending = Value::undefined();
        heap->hasPending = false;
        return ENG_ERROR;
    }
    return ENG_OK;
#else
    (void)heap;
    (void)loader;
    return ENG_ERROR;
#endif
}

eng_status eng_check_module(eng_heap *heap, const char *name, const char *source, size_t length) {
    ENG_API_ENTRY(*heap);
    Heap &h = *heap;
#if ENG_MODULES
    HString *file = internUtf8(h, name ? name : "input", strlen(name ? name : "input"));
    if (!file) return pushPendingResult(heap);
    LocalRoot fr(h, Value::pointer(file));
    if (checkModule(h, file, source, length) != Status::Ok) return pushPendingResult(heap);
    return ENG_OK;
#else
    (void)name;
    (void)source;
    (void)length;
    (void)throwError(h, PROTO_ERROR, "eng_check_module: modules are not in this build (ENG_MODULES=0)");
    return pushPendingResult(heap);
#endif
}

eng_status eng_eval_module(eng_heap *heap, const char *name, const char *source, size_t length) {
    ENG_API_ENTRY(*heap);
    Heap &h = *heap;
#if ENG_MODULES
    HString *file = internUtf8(h, name ? name : "input", strlen(name ? name : "input"));
    if (!file) return pushPendingResult(heap);
    LocalRoot fr(h, Value::pointer(file));
    // Like a script, the root's compile may use the memory reserve.
    bool wasOpen = h.reserveOpen;
    h.reserveOpen = true;
    Value ns, pending;
    Status st = importModule(h, nullptr, file, source, length, &ns, &pending);
    h.reserveOpen = wasOpen;
#if ENG_WEAK_REFS
    if (h.frameCount == 0) clearKeptObjects(h);  // the module's synchronous part is over
#endif
    if (st != Status::Ok) return pushPendingResult(heap);
    LocalRoot rn(h, ns), rp(h, pending);
    // Top-level await: the jobs run until the graph has finished (or
    // nothing is left to run; it then goes on in eng_run_jobs).
    JSPromise *p = asPromise(pending);
    while (p && p->state == PROMISE_PENDING && runOneJob(h, &st))
        if (st != Status::Ok) return pushPendingResult(heap);
    if (p && p->state == PROMISE_REJECTED) {
        p->promiseFlags |= PROMISE_HANDLED;  // thrown here, not reported as unhandled
        (void)throwValue(h, p->result);
        return pushPendingResult(heap);
    }
    return status(heap, push(h, rn.value));
#else
    (void)name;
    (void)source;
    (void)length;
    (void)throwError(h, PROTO_SYNTAX_ERROR, "modules are not in this build (ENG_MODULES=0)");
    return pushPendingResult(heap);
#endif
}

eng_status eng_run_jobs(eng_heap *heap) {
    ENG_API_ENTRY(*heap);
    Heap &h = *heap;
    Status st = Status::Ok;
    while (runOneJob(h, &st)) {
        if (st != Status::Ok) return pushPendingResult(heap);
    }
    reportRejections(h);
    return ENG_OK;
}

int eng_has_pending_jobs(eng_heap *heap) {
#if ENG_WEAK_REFS
    if (finalizationPending(*heap)) return 1;
#endif
    return heap->jobHead != nullptr;
}

int eng_get_top(eng_heap *heap) { return static_cast<int>(heap->stackTop - frameBottom(heap)); }

void eng_set_top(eng_heap *heap, int index) {
    uint32_t bottom = frameBottom(heap);
    uint32_t target = index >= 0 ? bottom + static_cast<uint32_t>(index) : heap->stackTop + index;
    if (target < bottom) target = bottom;
    if (target > heap->stackTop) {
        if (ensureStack(*heap, target - heap->stackTop) != Status::Ok) {
            heap->hasPending = false;
            return;
        }
        for (uint32_t i = heap->stackTop; i < target; i++) heap->stack[i] = Value::undefined();
    }
    heap->stackTop = target;
}

void eng_pop(eng_heap *heap, int count) {
    uint32_t bottom = frameBottom(heap);
    uint32_t n = count > 0 ? static_cast<uint32_t>(count) : 0;
    heap->stackTop = heap->stackTop - bottom >= n ? heap->stackTop - n : bottom;
}

int eng_normalize_index(eng_heap *heap, int index) {
    uint32_t i;
    return resolve(heap, index, &i) ? static_cast<int>(i - frameBottom(heap)) : -1;
}

eng_status eng_dup(eng_heap *heap, int index) { return status(heap, push(*heap, at(heap, index))); }
eng_status eng_push_undefined(eng_heap *heap) { return status(heap, push(*heap, Value::undefined())); }
eng_status eng_push_null(eng_heap *heap) { return status(heap, push(*heap, Value::null())); }
eng_status eng_push_boolean(eng_heap *heap, int value) { return status(heap, push(*heap, Value::boolean(value != 0))); }

eng_status eng_push_number(eng_heap *heap, double value) {
    Value v;
    if (makeNumber(*heap, value, &v) != Status::Ok) return failed(heap);
    return status(heap, push(*heap, v));
}

eng_status eng_push_string(eng_heap *heap, const char *utf8) { return eng_push_lstring(heap, utf8, strlen(utf8)); }

eng_status eng_push_lstring(eng_heap *heap, const char *utf8, size_t length) {
    return pushString(heap, internUtf8(*heap, utf8, length));
}

eng_status eng_push_object(eng_heap *heap) {
    JSObject *o = newPlainObject(*heap);
    if (!o) return failed(heap);
    return status(heap, push(*heap, Value::pointer(o)));
}

eng_status eng_push_array(eng_heap *heap) {
    JSArray *a = newArray(*heap, 0);
    if (!a) return failed(heap);
    return status(heap, push(*heap, Value::pointer(a)));
}

eng_status eng_push_global_object(eng_heap *heap) { return status(heap, push(*heap, Value::pointer(heap->global))); }

eng_status eng_push_this(eng_heap *heap) {
    uint32_t bottom = frameBottom(heap);
    Value t = bottom > 0 ? heap->stack[bottom - 1] : Value::undefined();
    return status(heap, push(*heap, t));
}

eng_status eng_push_c_function(eng_heap *heap, eng_c_function fn, int nargs, const char *name) {
    Heap &h = *heap;
    HString *n = internUtf8(h, name ? name : "", strlen(name ? name : ""));
    if (!n) return failed(heap);
    LocalRoot nr(h, Value::pointer(n));
    JSNative *f = newNative(h, nullptr, n, nargs < 0 ? 0 : nargs, 0);
    if (!f) return failed(heap);
    f->cfn = fn;
    return status(heap, push(h, Value::pointer(f)));
}

eng_status eng_push_lightfunc(eng_heap *heap, eng_c_function fn, int nargs, int magic) {
    Heap &h = *heap;
    Value f;
    if (!fn) {
        (void)throwError(h, PROTO_TYPE_ERROR, "eng_push_lightfunc: no function");
        return failed(heap);
    }
    if (makeCLightFunc(h, fn, nargs, magic, &f) != Status::Ok) return failed(heap);
    return status(heap, push(h, f));
}

int eng_get_current_magic(eng_heap *heap) {
    if (heap->frameCount == 0) return 0;
    const Frame &f = heap->frames[heap->frameCount - 1];
    if (!(f.flags & FRAME_NATIVE)) return 0;
    if (f.flags & FRAME_LIGHTFUNC) return lightFuncMagic(*heap, Value::lightFunc(f.lightFunc));
    return static_cast<JSNative *>(f.callee)->magic;
}

eng_type eng_get_type(eng_heap *heap, int index) {
    uint32_t i;
    if (!resolve(heap, index, &i)) return ENG_TYPE_NONE;
    Value v = heap->stack[i];
    if (v.isUndefined()) return ENG_TYPE_UNDEFINED;
    if (v.isNull()) return ENG_TYPE_NULL;
    if (v.isBoolean()) return ENG_TYPE_BOOLEAN;
    if (isNumber(v)) return ENG_TYPE_NUMBER;
    if (isString(v)) return ENG_TYPE_STRING;
    if (isObjectType(v)) return ENG_TYPE_OBJECT;  // lightfuncs included
    if (isSymbol(v)) return ENG_TYPE_SYMBOL;
    if (isBigInt(v)) return ENG_TYPE_BIGINT;
    return ENG_TYPE_UNDEFINED;
}

int eng_is_undefined(eng_heap *heap, int index) { return eng_get_type(heap, index) == ENG_TYPE_UNDEFINED; }
int eng_is_null(eng_heap *heap, int index) { return eng_get_type(heap, index) == ENG_TYPE_NULL; }
int eng_is_boolean(eng_heap *heap, int index) { return eng_get_type(heap, index) == ENG_TYPE_BOOLEAN; }
int eng_is_number(eng_heap *heap, int index) { return eng_get_type(heap, index) == ENG_TYPE_NUMBER; }
int eng_is_string(eng_heap *heap, int index) { return eng_get_type(heap, index) == ENG_TYPE_STRING; }
int eng_is_object(eng_heap *heap, int index) { return eng_get_type(heap, index) == ENG_TYPE_OBJECT; }
int eng_is_function(eng_heap *heap, int index) { return isCallable(at(heap, index)); }
int eng_is_array(eng_heap *heap, int index) {
    Value v = at(heap, index);
    return isObject(v) && asObject(v)->cls() == ObjectClass::Array;
}

int eng_get_boolean(eng_heap *heap, int index) { return at(heap, index).isTrue(); }

double eng_get_number(eng_heap *heap, int index) {
    Value v = at(heap, index);
    return isNumber(v) ? numberOf(v) : NAN;
}

const char *eng_get_string(eng_heap *heap, int index, size_t *length) {
    Value v = at(heap, index);
    if (!isString(v)) return nullptr;
    HString *s = asString(v);
    return utf8CopyOf(*heap, s, heap->stack, heap->stackTop, length);  // null when out of memory
}

eng_status eng_to_string(eng_heap *heap, int index) {
    ENG_API_ENTRY(*heap);
    uint32_t i;
    if (!resolve(heap, index, &i)) return failed(heap);
    HString *s;
    if (toString(*heap, heap->stack[i], &s) != Status::Ok) return failed(heap);
    heap->stack[i] = Value::pointer(s);
    return ENG_OK;
}

eng_status eng_to_number(eng_heap *heap, int index) {
    ENG_API_ENTRY(*heap);
    uint32_t i;
    if (!resolve(heap, index, &i)) return failed(heap);
    double d;
    if (toNumber(*heap, heap->stack[i], &d) != Status::Ok) return failed(heap);
    Value v;
    if (makeNumber(*heap, d, &v) != Status::Ok) return failed(heap);
    heap->stack[i] = v;
    return ENG_OK;
}

int eng_to_boolean(eng_heap *heap, int index) {
    uint32_t i;
    if (!resolve(heap, index, &i)) return 0;
    bool b = toBoolean(heap->stack[i]);
    heap->stack[i] = Value::boolean(b);
    return b;
}

eng_status eng_get_prop(eng_heap *heap, int obj_index) {
    ENG_API_ENTRY(*heap);
    Value obj = at(heap, obj_index);
    if (heap->stackTop == frameBottom(heap)) return failed(heap);
    Value v;
    if (getPropWithKey(heap, obj, heap->stack[heap->stackTop - 1], &v) != Status::Ok) return failed(heap);
    heap->stack[heap->stackTop - 1] = v;
    return ENG_OK;
}

eng_status eng_put_prop(eng_heap *heap, int obj_index) {
    ENG_API_ENTRY(*heap);
    Value obj = at(heap, obj_index);
    if (heap->stackTop < frameBottom(heap) + 2) return failed(heap);
    Value key = heap->stack[heap->stackTop - 2], v = heap->stack[heap->stackTop - 1];
    Status st = putValueProperty(*heap, obj, key, v, true);
    heap->stackTop -= 2;
    return status(heap, st);
}

namespace {

// Replaces the key on top of the stack with obj[key]; pops it on failure.
eng_status replaceKeyWithValue(eng_heap *heap, uint32_t objAbs) {
    Value v;
    if (getPropWithKey(heap, heap->stack[objAbs], heap->stack[heap->stackTop - 1], &v) != Status::Ok) {
        heap->stackTop--;
        return failed(heap);
    }
    heap->stack[heap->stackTop - 1] = v;
    return ENG_OK;
}

// Stores the value on top of the stack into obj[key] and pops it. A null
// key means making it failed (out of memory is pending).
eng_status putTopValue(eng_heap *heap, Value obj, const Value *key, bool strict) {
    Status st = key ? putValueProperty(*heap, obj, *key, heap->stack[heap->stackTop - 1], strict) : Status::Error;
    heap->stackTop--;
    return status(heap, st);
}

}  // namespace

eng_status eng_get_prop_string(eng_heap *heap, int obj_index, const char *key) {
    ENG_API_ENTRY(*heap);
    uint32_t objAbs;
    if (!resolve(heap, obj_index, &objAbs)) return failed(heap);
    if (eng_push_string(heap, key) != ENG_OK) return failed(heap);
    return replaceKeyWithValue(heap, objAbs);
}

eng_status eng_put_prop_string(eng_heap *heap, int obj_index, const char *key) {
    ENG_API_ENTRY(*heap);
    uint32_t objAbs;
    if (!resolve(heap, obj_index, &objAbs) || heap->stackTop <= frameBottom(heap)) return failed(heap);
    HString *k = internUtf8(*heap, key, strlen(key));
    Value kv = k ? Value::pointer(k) : Value();
    return putTopValue(heap, heap->stack[objAbs], k ? &kv : nullptr, true);
}

eng_status eng_get_global_string(eng_heap *heap, const char *key) {
    ENG_API_ENTRY(*heap);
    if (eng_push_global_object(heap) != ENG_OK) return failed(heap);
    eng_status st = eng_get_prop_string(heap, -1, key);
    if (st != ENG_OK) {
        heap->stackTop--;
        return st;
    }
    heap->stack[heap->stackTop - 2] = heap->stack[heap->stackTop - 1];
    heap->stackTop--;
    return ENG_OK;
}

eng_status eng_put_global_string(eng_heap *heap, const char *key) {
    ENG_API_ENTRY(*heap);
    if (heap->stackTop <= frameBottom(heap)) return failed(heap);
    HString *k = internUtf8(*heap, key, strlen(key));
    Value kv = k ? Value::pointer(k) : Value();
    return putTopValue(heap, Value::pointer(heap->global), k ? &kv : nullptr, false);
}

eng_status eng_get_prop_index(eng_heap *heap, int obj_index, uint32_t i) {
    ENG_API_ENTRY(*heap);
    uint32_t objAbs;
    if (!resolve(heap, obj_index, &objAbs)) return failed(heap);
    if (eng_push_number(heap, i) != ENG_OK) return failed(heap);
    return replaceKeyWithValue(heap, objAbs);
}

eng_status eng_put_prop_index(eng_heap *heap, int obj_index, uint32_t i) {
    ENG_API_ENTRY(*heap);
    uint32_t objAbs;
    if (!resolve(heap, obj_index, &objAbs) || heap->stackTop <= frameBottom(heap)) return failed(heap);
    Value key;
    bool made = makeNumber(*heap, i, &key) == Status::Ok;
    return putTopValue(heap, heap->stack[objAbs], made ? &key : nullptr, true);
}

static eng_status callCommon(eng_heap *heap, int nargs, bool construct, bool protect) {
    ENG_API_ENTRY(*heap);
    uint32_t bottom = frameBottom(heap);
    uint32_t needed = static_cast<uint32_t>(nargs) + (construct ? 1 : 2);
    if (nargs < 0 || heap->stackTop - bottom < needed) {
        (void)throwError(*heap, PROTO_TYPE_ERROR, "Not enough values on the stack for the call");
        return protect ? pushPendingResult(heap) : ENG_ERROR;
    }
    uint32_t funcIndex = heap->stackTop - needed;
    if (construct) {
        // Insert the this slot the call convention expects.
        if (ensureStack(*heap, 1) != Status::Ok) return protect ? pushPendingResult(heap) : ENG_ERROR;
        memmove(heap->stack + funcIndex + 2, heap->stack + funcIndex + 1, static_cast<size_t>(nargs) * sizeof(Value));
        heap->stack[funcIndex + 1] = Value::undefined();
        heap->stackTop++;
    }
    Status st = callAt(*heap, funcIndex, static_cast<uint32_t>(nargs), construct);
    heap->stackTop = funcIndex + 1;
#if ENG_WEAK_REFS
    if (heap->frameCount == 0) clearKeptObjects(*heap);  // the embedder's call is over (ES2025 9.10)
#endif
    if (st == Status::Ok) return ENG_OK;
    if (protect) {
        heap->stack[funcIndex] = heap->pending;
        heap->pending = Value::undefined();
        heap->hasPending = false;
    } else {
        heap->stack[funcIndex] = Value::undefined();
    }
    return failed(heap);
}

eng_status eng_call(eng_heap *heap, int nargs) { return callCommon(heap, nargs, false, false); }
eng_status eng_pcall(eng_heap *heap, int nargs) { return callCommon(heap, nargs, false, true); }
eng_status eng_new(eng_heap *heap, int nargs) { return callCommon(heap, nargs, true, true); }

int eng_throw_error(eng_heap *heap, eng_error_kind kind, const char *fmt, ...) {
    char text[200];
    va_list ap;
    va_start(ap, fmt);
    formatTextV(text, sizeof text, fmt, ap);
    va_end(ap);
    (void)throwError(*heap, protoOfKind(kind), "%s", text);
    return ENG_RET_ERROR;
}

int eng_throw(eng_heap *heap) {
    Value v = heap->stackTop > frameBottom(heap) ? heap->stack[--heap->stackTop] : Value::undefined();
    (void)throwValue(*heap, v);
    return ENG_RET_ERROR;
}

eng_status eng_push_pending_error(eng_heap *heap) {
    pushPendingResult(heap);
    return ENG_OK;
}

void eng_set_interrupt(eng_heap *heap, eng_interrupt_fn fn, void *user, uint32_t interval) {
    interruptSetCallback(*heap, fn, user, interval);
}

void eng_set_limits(eng_heap *heap, uint64_t max_instructions, uint32_t time_limit_ms) {
    interruptSetLimits(*heap, max_instructions, time_limit_ms);
}

void eng_request_interrupt(eng_heap *heap) { heap->interrupt.requested.store(1, std::memory_order_relaxed); }

eng_status eng_push_error_report(eng_heap *heap, int index) {
    ENG_API_ENTRY(*heap);
    Heap &h = *heap;
    Value v = at(heap, index);
    LocalRoot vr(h, v);
    StringBuilder b(h);
    HString *text;
    Status st = Status::Ok;
    Value stack;
    if (isObject(v) && asObject(v)->cls() == ObjectClass::Error) {
        // The V8-style stack: "Name: message" and then every frame.
        st = getValuePropertyStr(h, v, atom(h, ATOM_stack), &stack);
        if (st != Status::Ok) {
            h.hasPending = false;
            h.pending = Value::undefined();
            st = Status::Ok;
        }
    }
    if (isString(stack)) {
        text = asString(stack);
    } else if (isObject(v) && asObject(v)->cls() == ObjectClass::Error) {
        Value name, message, file, line, column;
        st = getValuePropertyStr(h, v, atom(h, ATOM_name), &name);
        if (st == Status::Ok && isString(name)) st = b.append(asString(name));
        if (st == Status::Ok) st = getValuePropertyStr(h, v, atom(h, ATOM_message), &message);
        if (st == Status::Ok && isString(message) && asString(message)->length) {
            st = b.appendAscii(": ");
            if (st == Status::Ok) st = b.append(asString(message));
        }
        if (st == Status::Ok) st = getValuePropertyStr(h, v, atom(h, ATOM_lineNumber), &line);
        if (st == Status::Ok) st = getValuePropertyStr(h, v, atom(h, ATOM_columnNumber), &column);
        if (st == Status::Ok) st = getValuePropertyStr(h, v, atom(h, ATOM_fileName), &file);
        if (st == Status::Ok && isNumber(line)) {
            char pos[48];
            st = b.appendAscii("\n    at ");
            if (st == Status::Ok && isString(file)) st = b.append(asString(file));
            formatText(pos, sizeof pos, ":%d:%d", static_cast<int>(numberOf(line)),
                       isNumber(column) ? static_cast<int>(numberOf(column)) : 0);
            if (st == Status::Ok) st = b.appendAscii(pos);
        }
        text = st == Status::Ok ? b.finish() : nullptr;
    } else {
        st = toString(h, v, &text);
        if (st != Status::Ok) text = nullptr;
    }
    if (!text) {
        h.hasPending = false;
        h.pending = Value::undefined();
        text = internCString(h, "(error value could not be converted)");
        if (!text) return failed(heap);
    }
    return pushString(heap, text);
}

}  // extern "C"
