// The heap: one independent JavaScript world. It owns the allocator, every
// garbage-collected allocation, the intern table, the value/call/catch stacks
// and the built-in objects. eng_heap in the public API is this struct.
#ifndef ENG_HEAP_HEAP_H
#define ENG_HEAP_HEAP_H

#include <stddef.h>
#include <stdint.h>

#include "../../include/engine.h"
#include "config.h"
#include "heap/atoms.h"
#include "heap/gc_header.h"
#include "heap/status.h"
#include "objects/object.h"
#include "strings/rom_strings.h"
#include "vm/interrupt_state.h"

namespace eng {
struct Shape;
struct ShapeTable;

// One activation record. Registers of a bytecode frame are
// stack[base .. base + nregs); the callee sits at base-2 and this at base-1,
// where the caller's CALL put them. The result is written to base-2.
struct Frame {
    JSObject *callee;         // null for a lightweight function
    union {
        const Instr *pc;      // saved pc (synchronised at calls and throws)
        uint32_t lightFunc;   // FRAME_LIGHTFUNC: the callee's payload (Value::lightFunc)
    };
    uint32_t base;
    uint32_t argc;            // arguments actually passed
    uint32_t catchBase;       // catch stack height at entry
    uint8_t flags;
};

enum FrameFlags : uint8_t {
    FRAME_NATIVE = 1,     // a native function (no bytecode)
    // Called with new: a non-object result is replaced by this. The stack
    // slot below this (where the callee was put, and the result goes) holds
    // new.target while a bytecode frame runs: the callee, or what super()
    // passed (vm/class.cpp).
    FRAME_CONSTRUCT = 2,
    FRAME_ENTRY = 4,      // the executor loop that runs it returns when it returns
    FRAME_LIGHTFUNC = 8,  // a lightweight function (with FRAME_NATIVE)
    // A running generator (vm/generator.h): the callee slot holds the
    // generator object, whose registers these are while it runs.
    FRAME_GENERATOR = 16
};

enum CatchKind : uint8_t { CATCH_CATCH = 0, CATCH_FINALLY = 1 };

struct CatchRecord {
    const Instr *target;
    uint32_t frame;   // index in the frame stack
    uint16_t reg;
    uint8_t kind;
};

// A C++ local that must survive allocations: link it while it is in use.
// The collector marks every linked value.
struct LocalRoot {
    inline LocalRoot(Heap &heap, Value v = Value());
    inline ~LocalRoot();
    LocalRoot(const LocalRoot &) = delete;
    LocalRoot &operator=(const LocalRoot &) = delete;
    Value value;
    Heap &heap;
    LocalRoot *previous;
};

enum Proto {
    PROTO_OBJECT,
    PROTO_FUNCTION,
    PROTO_ARRAY,
    PROTO_STRING,
    PROTO_NUMBER,
    PROTO_BOOLEAN,
    PROTO_ERROR,
    PROTO_TYPE_ERROR,
    PROTO_REFERENCE_ERROR,
    PROTO_RANGE_ERROR,
    PROTO_SYNTAX_ERROR,
    PROTO_EVAL_ERROR,
    PROTO_URI_ERROR,
    PROTO_DATE,
    PROTO_REGEXP,
    PROTO_PROMISE,
    PROTO_AGGREGATE_ERROR,
    PROTO_MAP,
    PROTO_SET,
    PROTO_WEAK_MAP,
    PROTO_WEAK_SET,
#if ENG_TYPED_ARRAYS  // a profile without them keeps its Heap struct as it was
    PROTO_ARRAY_BUFFER,
    PROTO_TYPED_ARRAY,    // %TypedArray%.prototype (and %TypedArray%)
    PROTO_INT8_ARRAY,     // the typed array constructors, in ElementKind order
    PROTO_UINT8_ARRAY,
    PROTO_UINT8_CLAMPED_ARRAY,
    PROTO_INT16_ARRAY,
    PROTO_UINT16_ARRAY,
    PROTO_INT32_ARRAY,
    PROTO_UINT32_ARRAY,
    PROTO_FLOAT32_ARRAY,
    PROTO_FLOAT64_ARRAY,
#if ENG_FLOAT16
    // Here, not at the end: PROTO_INT8_ARRAY + kind names a kind's prototype
    // (KIND_FLOAT16 follows KIND_FLOAT64).
    PROTO_FLOAT16_ARRAY,
#endif
#if ENG_BIGINT
    PROTO_BIGINT64_ARRAY,  // KIND_BIGINT64 and KIND_BIGUINT64 follow too
    PROTO_BIGUINT64_ARRAY,
#endif
    PROTO_DATA_VIEW,
#endif
#if ENG_ITERATOR_HELPERS
    PROTO_ITERATOR,  // %Iterator.prototype% (%IteratorPrototype%) and Iterator
#endif
#if ENG_BIGINT
    PROTO_BIGINT,
#endif
#if ENG_WEAK_REFS
    PROTO_WEAK_REF,
    PROTO_FINALIZATION_REGISTRY,
#endif
#if ENG_ASYNC_FUNCTION_CONSTRUCTORS
    PROTO_ASYNC_FUNCTION,  // %AsyncFunction.prototype% and %AsyncFunction%
#if ENG_ASYNC_GENERATORS
    PROTO_ASYNC_GENERATOR_FUNCTION,  // %AsyncGeneratorFunction.prototype% and %AsyncGeneratorFunction%
#endif
#endif
#if ENG_SHARED_MEMORY
    PROTO_SHARED_ARRAY_BUFFER,
#endif
#if ENG_PROXY
    PROTO_PROXY,  // no prototype object (Proxy has none): only the constructor
#endif
#if ENG_RESOURCE_MANAGEMENT
    PROTO_SUPPRESSED_ERROR,
    PROTO_DISPOSABLE_STACK,
    PROTO_ASYNC_DISPOSABLE_STACK,
#endif
    PROTO__COUNT
};

// Built-in objects a table in flash may name (Value::constBuiltinRef):
// the prototypes (by Proto), their constructors, the global object.
constexpr uint32_t BUILTIN_REF_CTORS = PROTO__COUNT;
constexpr uint32_t BUILTIN_REF_GLOBAL = 2 * PROTO__COUNT;
constexpr uint32_t BUILTIN_REF_MATH = BUILTIN_REF_GLOBAL + 1;
constexpr uint32_t BUILTIN_REF_JSON = BUILTIN_REF_GLOBAL + 2;
constexpr uint32_t BUILTIN_REF_SYMBOL = BUILTIN_REF_GLOBAL + 3;   // the late intrinsic LATE_SYMBOL
constexpr uint32_t BUILTIN_REF_REFLECT = BUILTIN_REF_GLOBAL + 4;  // the late intrinsic LATE_REFLECT
// Array.prototype[@@unscopables]: the late intrinsic LATE_ARRAY_UNSCOPABLES.
constexpr uint32_t BUILTIN_REF_ARRAY_UNSCOPABLES = BUILTIN_REF_GLOBAL + 5;
// %AsyncGeneratorPrototype%: the late intrinsic LATE_ASYNC_GENERATOR_PROTOTYPE
// (%AsyncGeneratorFunction.prototype%.prototype).
constexpr uint32_t BUILTIN_REF_ASYNC_GENERATOR_PROTOTYPE = BUILTIN_REF_GLOBAL + 6;
// The Atomics object: the late intrinsic LATE_ATOMICS.
constexpr uint32_t BUILTIN_REF_ATOMICS = BUILTIN_REF_GLOBAL + 7;
// {get, set: %ThrowTypeError%} (Heap::strictThrower): Function.prototype's
// caller and arguments.
constexpr uint32_t BUILTIN_REF_THROWER_PAIR = Value::BUILTIN_REF_ACCESSOR;

// Built-in objects made when first needed rather than with the heap
// (builtins/symbol_builtins.cpp, builtins/iterator_builtins.cpp): a fresh
// heap holds one null pointer for all of them, and this block (freed with
// the heap) once the first is made. They are permanent roots from then on.
enum LateIntrinsic {
    LATE_SYMBOL_PROTOTYPE,
    LATE_SYMBOL,                   // the Symbol function
    LATE_SYMBOL_REGISTRY,          // Symbol.for's keys to symbols (no prototype)
    LATE_ITERATOR_PROTOTYPE,       // %IteratorPrototype%
    LATE_ARRAY_ITERATOR_PROTOTYPE, // %ArrayIteratorPrototype%
    LATE_STRING_ITERATOR_PROTOTYPE,
    LATE_ASYNC_FUNCTION_PROTOTYPE, // %AsyncFunction.prototype% (vm/async.cpp)
    LATE_MAP_ITERATOR_PROTOTYPE,   // %MapIteratorPrototype% (builtins/map_set_builtins.cpp)
    LATE_SET_ITERATOR_PROTOTYPE,
    LATE_REFLECT,                  // the Reflect object
    LATE_REGEXP_STRING_ITERATOR_PROTOTYPE, // %RegExpStringIteratorPrototype% (matchAll)
#if ENG_ASYNC_GENERATORS
    LATE_ASYNC_ITERATOR_PROTOTYPE,           // %AsyncIteratorPrototype% (builtins/async_generator_builtins.cpp)
    LATE_ASYNC_GENERATOR_PROTOTYPE,          // %AsyncGeneratorPrototype%
    LATE_ASYNC_GENERATOR_FUNCTION_PROTOTYPE, // %AsyncGeneratorFunction.prototype%
    LATE_ASYNC_FROM_SYNC_ITERATOR_PROTOTYPE, // %AsyncFromSyncIteratorPrototype%
#endif
    LATE_ARRAY_UNSCOPABLES,        // Array.prototype[@@unscopables] (builtins/array_builtins.cpp)
#if ENG_ITERATOR_HELPERS
    LATE_ITERATOR_HELPER_PROTOTYPE,          // %IteratorHelperPrototype% (builtins/iterator_helpers.cpp)
    LATE_WRAP_FOR_VALID_ITERATOR_PROTOTYPE,  // %WrapForValidIteratorPrototype%
#endif
#if ENG_MODULES
    LATE_MODULE_MAP,               // resolved module names to module records (vm/module.cpp)
#endif
#if ENG_SHARED_MEMORY
    LATE_ATOMICS,                  // the Atomics object (builtins/atomics_builtins.cpp)
#endif
#if ENG_REGEXP_LEGACY
    LATE_REGEXP_LEGACY_STATICS,    // RegExp.$1 and friends' last match (builtins/regexp_legacy.cpp)
#endif
    LATE__COUNT
};
struct LateIntrinsics {
    JSObject *objects[LATE__COUNT];
    // The prototypes and constructors a fresh heap leaves out (by Proto;
    // the slots of the core prototypes stay null): see protoOf.
    JSObject *protos[PROTO__COUNT];
    JSObject *ctors[PROTO__COUNT];
#if ENG_WEAK_REFS
    // Every WeakRef and FinalizationRegistry and the kept list
    // (objects/weak_ref.h), a block made with the first of them (whose
    // constructor is in this block: a fresh heap pays nothing).
    struct WeakRefHost *weakRefHost;
#endif
};

constexpr uint32_t GC_MARK_RESERVE = 8;  // mark stack slots kept in the heap struct

// The object standing for a lightweight function once a script needs one
// (vm/lightfunc.h): made on the first property write, definition, delete,
// integrity change or ToObject, and kept as long as the heap.
struct LightFuncObject {
    Value func;
    JSObject *object;
};

struct Heap {
    // memory
    eng_allocator allocator;
    size_t memoryLimit;
    struct JoinGuard *joining;  // arrays being joined, innermost first (cycle detection)
    bool reserveOpen;           // compiling for the API: the limit is raised by ENG_MEMORY_RESERVE
    bool limitRefused;          // the last failed allocation was refused by the limit
    bool annotatingOutOfMemory; // building the out-of-memory error's stack (errors.cpp)
    bool constructingForNewTarget; // the next native runs as a constructor for another new.target (NativeCall)
    eng_clock clock;            // Date's time source and zone (members may be null)
    eng_write_fn write;         // print's output, or null for stdout
    void *writeUser;
    eng_heap_stats stats;
    eng_alloc_log_fn allocLog;  // eng_config.alloc_log (may be null)
    void *allocLogUser;
    unsigned long allocSeq;     // events logged so far
    const void *logOldPtr;      // the block a logged realloc replaced
    size_t (*largestFree)(void *allocatorUser);  // eng_config.largest_free (may be null)
    size_t failedRequest;       // bytes of the last allocation that failed (0: none since)
    size_t failedLargestFree;   // the allocator's largest free block then
    HeapPtr<GcHeader> objects;  // every GC allocation except strings
    size_t gcThreshold;         // bytes allocated since the last collection that trigger one
    size_t allocatedSinceGc;
    bool gcRunning;
    bool gcDisabled;            // while the heap is being set up or torn down
    bool hasPending;            // a thrown value travels (pending, below)
    bool ownLookupFailed;       // getOwnDataOrAccessor ran out of memory (object_ops.h)
    // Objects whose children are still to be marked: ENG_GC_MARK_STACK_SIZE
    // slots allocated for each marking, or, when that allocation fails, the
    // few reserve slots here (overflow rescans the heap).
    GcHeader **markStack;
    uint32_t markCap;
    GcHeader *markReserve[GC_MARK_RESERVE];
    uint32_t markTop;
    bool markOverflow;
    bool markRecount;           // marking rebuilds reference counts (not when verifying)

    // deferred reference counting (refcount.h)
    GcHeader *zct[ENG_RC_ZCT_SIZE];  // allocations whose count is zero
    uint32_t zctCount;
    uint32_t allocsSinceReconcile;
    size_t bytesSinceReconcile;
    GcHeader *youngBoundary;    // list head at the last reconcile: newer objects precede it
    size_t deadBytes;           // bytes of Dead objects still in the object list

    // shapes by (parent, key), for transitions (objects/shape.h); made with
    // the first shape, holds no counts: a shape leaves it when it is freed
    ShapeTable *shapes;
#if ENG_INLINE_CACHES
    // Bumped when a property table gains a key or a [[Prototype]] changes:
    // inline caches that skip prototypes hold only while it stays
    // (vm/inline_cache.h). Never 0 (an entry's 0 means: no such check).
    uint32_t propEpoch;
#endif

    // intern table (chains through GcHeader::next); a bucket is a link of
    // the same kind (16 bits with ENG_USE_PTR16)
    HeapPtr<GcHeader> *strings;
    uint32_t stringBuckets;     // a power of two
    uint32_t stringCount;

    // stacks
    Value *stack;
    uint32_t stackTop;
    uint32_t stackCap;
    Frame *frames;
    uint32_t frameCount;
    uint32_t frameCap;
    CatchRecord *catches;
    uint32_t catchCount;
    uint32_t catchCap;
    uint32_t nativeDepth;       // nested entries into the executor from C
    // C stack bound (vm/c_stack.h): frames below cStackLimit throw
    // RangeError; 0 while no API call is running (nothing is checked).
    uintptr_t cStackLimit;
    size_t cStackSize;          // bytes below the outermost API entry (0: the port's)
    uintptr_t cStackFixedLimit; // eng_config.c_stack_limit, or 0
    InterruptState interrupt;   // execution control (vm/interrupt.h)

    // roots
    LocalRoot *roots;
    Value pending;              // the thrown value while a Status::Error travels
    Value outOfMemoryError;     // made at start-up: throwing it needs no memory
    JSObject *global;
    // Top-level let/const of scripts (ES2015 8.1.1.4 [[DeclarativeRecord]]):
    // made by the first such declaration, null-prototype, one property a
    // binding (empty until initialised; const ones read-only).
    JSObject *lexicals;
    LateIntrinsics *late;       // null until one of them is made
    // The prototypes of Object, Function, Array, Error and RangeError, made
    // with the heap (CoreProto order); every other prototype and every
    // constructor is in the late block (protoOf, ctorOf).
    JSObject *coreProtos[5];
    JSObject *math;             // Math and JSON: the global object's table in flash names them
    JSObject *json;
    // %GeneratorFunction.prototype% and %GeneratorPrototype%: null until the
    // first generator function is made (builtins/generator_builtins.cpp).
    JSObject *generatorProtos[2];
    Accessor *strictThrower;    // {get, set: %ThrowTypeError%} (ES5 13.2.3), made at start-up
    uint32_t randomState;       // Math.random (xorshift32), never 0
    LightFuncObject *lightFuncObjects;  // permanent roots (vm/lightfunc.h)
    uint32_t lightFuncObjectCount;
    uint32_t lightFuncObjectCap;
    eng_c_function *cFunctions;        // embedder lightweight functions' entry points
    uint32_t cFunctionCount;
    uint32_t cFunctionCap;
    struct Utf8Copy *utf8Copies; // strings handed out by the API as UTF-8 (strings/utf8_copies.h)
    // Promise jobs (vm/promise.h): the queue (roots) and the rejected
    // promises the next report looks at, with the embedder's hooks.
    struct JSPromiseRecord *jobHead;
    struct JSPromiseRecord *jobTail;
    struct JSPromise *rejectionsToReport;
    eng_job_queued_fn jobQueuedHook;
    void *jobQueuedUser;
    eng_rejection_fn rejectionHook;
    void *rejectionUser;
    struct JSCollection *weakCollections;  // every WeakMap and WeakSet (objects/collection.h)
#if ENG_MODULES
    // The embedder's module loader and the module runtime's counter
    // (vm/module.h), a block of their own made by eng_set_module_loader:
    // a heap that runs no modules pays one pointer.
    struct ModuleHost *moduleHost;
#endif
};

// ---- raw memory (counted, limited; may run a collection) --------------
void *heapAlloc(Heap &h, size_t size);
// Scratch memory of the collector itself (its mark stack): no collection,
// no safe point, and a refusal is not noted as the script's failure (the
// collector has a fallback). Freed with heapFree.
void *heapAllocScratch(Heap &h, size_t size);
void *heapRealloc(Heap &h, void *p, size_t oldSize, size_t size);
void heapFree(Heap &h, void *p, size_t size);

// A new collectable allocation of `size` bytes linked into the object list.
// On failure: null, with the out-of-memory error pending.
GcHeader *allocGc(Heap &h, HeapType type, size_t size);

// Sets the out-of-memory error pending and returns Status::Error.
Status throwOutOfMemory(Heap &h);

// ---- life cycle and collection (heap.cpp, gc.cpp) ---------------------
// Null on failure, with the reason in *why when why is not null.
Heap *heapCreate(const eng_config *config, eng_create_error *why = nullptr);
void heapDestroy(Heap *h);
void collectGarbage(Heap &h);
void freeGcObject(Heap &h, GcHeader *obj);  // frees one unreachable object
// Frees what obj owns apart from its own block, and returns that block's size.
size_t freeGcContents(Heap &h, GcHeader *obj);
// A Dead allocation keeps its block size in the word after the header.
inline size_t deadSize(const GcHeader *obj) { return *reinterpret_cast<const size_t *>(obj + 1); }

// Calls fn for every allocation a root refers to directly (gc.cpp).
void forEachRoot(Heap &h, void (*fn)(Heap &, GcHeader *));
// True when no allocation refers to p (its count is zero) and exactly one
// root does: then the one stack slot that holds it is its only owner
// (appending in place relies on it: strings/string.h). False as well when
// more than maxSlots stack slots would have to be looked at, or when
// references are not counted (ENG_USE_REFCOUNT off).
bool soleRootReference(Heap &h, const GcHeader *p, uint32_t maxSlots);
// Marks everything reachable from the roots, recounting references when
// h.markRecount is set (gc.cpp).
void markReachable(Heap &h);

// The built-ins a fresh heap leaves out (builtins.cpp): the object a
// built-in reference names (made now, with what it needs), or null when
// memory ran out (the error is pending).
GcHeader *makeBuiltinRef(Heap &h, uint32_t id);

// Where a core prototype sits in Heap::coreProtos, or -1 (the others are
// in the late block). With a constant p it folds to a field read.
inline int coreProtoIndex(Proto p) {
    switch (p) {
    case PROTO_OBJECT: return 0;
    case PROTO_FUNCTION: return 1;
    case PROTO_ARRAY: return 2;
    case PROTO_ERROR: return 3;
    case PROTO_RANGE_ERROR: return 4;
    default: return -1;
    }
}
// The prototype p and its constructor, or null when not made yet
// (builtinProto and builtinCtor below make them).
inline JSObject *protoOf(const Heap &h, Proto p) {
    int core = coreProtoIndex(p);
    if (core >= 0) return h.coreProtos[core];
    return h.late ? h.late->protos[p] : nullptr;
}
inline JSObject *ctorOf(const Heap &h, Proto p) { return h.late ? h.late->ctors[p] : nullptr; }

// A value read from a property table: a built-in object named in a table
// in flash (or in a RAM copy of one: copies keep the names) becomes the
// heap's object, made now if it was not yet. Every reader of tables goes
// through here. Error: out of memory.
inline GcHeader *madeBuiltinRef(const Heap &h, uint32_t id) {  // null: not made yet
    if (id == BUILTIN_REF_THROWER_PAIR) return h.strictThrower;
    if (id < BUILTIN_REF_CTORS) return protoOf(h, static_cast<Proto>(id));
    if (id < BUILTIN_REF_GLOBAL) return ctorOf(h, static_cast<Proto>(id - BUILTIN_REF_CTORS));
    if (id == BUILTIN_REF_MATH) return h.math;
    if (id == BUILTIN_REF_JSON) return h.json;
    if (id == BUILTIN_REF_SYMBOL) return h.late ? h.late->objects[LATE_SYMBOL] : nullptr;
    if (id == BUILTIN_REF_REFLECT) return h.late ? h.late->objects[LATE_REFLECT] : nullptr;
    if (id == BUILTIN_REF_ARRAY_UNSCOPABLES) return h.late ? h.late->objects[LATE_ARRAY_UNSCOPABLES] : nullptr;
#if ENG_ASYNC_GENERATORS
    if (id == BUILTIN_REF_ASYNC_GENERATOR_PROTOTYPE)
        return h.late ? h.late->objects[LATE_ASYNC_GENERATOR_PROTOTYPE] : nullptr;
#endif
#if ENG_SHARED_MEMORY
    if (id == BUILTIN_REF_ATOMICS) return h.late ? h.late->objects[LATE_ATOMICS] : nullptr;
#endif
    return h.global;
}
inline GcHeader *builtinRefObject(Heap &h, uint32_t id) {
    GcHeader *o = madeBuiltinRef(h, id);
    return o ? o : makeBuiltinRef(h, id);
}
// A property table gained a key, or a [[Prototype]] changed: inline
// caches that skip objects on a prototype chain stop answering (vm/inline_cache.h).
#if ENG_INLINE_CACHES
void propEpochWrapped(Heap &h);  // vm/inline_cache.cpp
#endif
inline void bumpPropEpoch(Heap &h) {
#if ENG_INLINE_CACHES
    if (++h.propEpoch == 0) propEpochWrapped(h);
#else
    (void)h;
#endif
}
inline Status resolveTableValue(Heap &h, Value *v) {
    if (!v->isBuiltinRef()) return Status::Ok;
    GcHeader *o = builtinRefObject(h, v->builtinRefId());
    if (!o) return Status::Error;
    *v = Value::pointer(o);
    return Status::Ok;
}

// The prototype p and its constructor, made now if the heap left them out
// (builtins.cpp says which it makes at creation). Reach every prototype
// and constructor through these, the later standard library's included;
// null (an error pending) when memory ran out: callers check.
inline JSObject *builtinProto(Heap &h, Proto p) {
    JSObject *o = protoOf(h, p);
    return o ? o : static_cast<JSObject *>(makeBuiltinRef(h, p));
}
inline JSObject *builtinCtor(Heap &h, Proto p) {
    JSObject *o = ctorOf(h, p);
    return o ? o : static_cast<JSObject *>(makeBuiltinRef(h, BUILTIN_REF_CTORS + p));
}

// Atoms are read-only strings in flash: taking one costs a heap nothing,
// and nothing may write through the pointer (isReadOnly guards the writers).
inline JSObject *lateIntrinsic(const Heap &h, LateIntrinsic which) { return h.late ? h.late->objects[which] : nullptr; }
// Records o (made complete) as a late intrinsic and pins it; the block is
// made on first use. Error: out of memory.
Status setLateIntrinsic(Heap &h, LateIntrinsic which, JSObject *o);
#if ENG_MODULES
extern const size_t moduleHostSize;  // sizeof(ModuleHost), vm/module.cpp
#endif
// Record a prototype or constructor made on first use (in the late block,
// made now if needed; a core prototype in the heap). Error: out of memory.
Status setProto(Heap &h, Proto p, JSObject *o);
Status setCtor(Heap &h, Proto p, JSObject *o);

inline HString *atom(Heap &, Atom a) { return const_cast<HString *>(romAtom(a)); }

// Inline: every slow path links a few of these. GCC 12+ cannot see that
// the destructor unlinks the root again and warns about a dangling pointer.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#endif
inline LocalRoot::LocalRoot(Heap &heap_, Value v) : value(v), heap(heap_), previous(heap_.roots) {
    heap.roots = this;
}
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic pop
#endif
inline LocalRoot::~LocalRoot() { heap.roots = previous; }

}  // namespace eng

struct eng_heap : eng::Heap {};

#endif
