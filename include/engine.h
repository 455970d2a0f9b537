/*
 * engine.h - the public embedding API of libengine.
 *
 * C99 and C++ compatible. Nothing of the engine's internals is visible here.
 *
 * Model: one heap is one independent JavaScript world (global object,
 * garbage-collected heap, value stack). Only one thread may use a heap at a
 * time. The embedder talks to it through a value stack, as in Lua or Duktape:
 * values are pushed, read by index and popped. Non-negative indexes count
 * from the bottom of the current frame (in a native function: argument 0 is
 * index 0), negative indexes count from the top (-1 is the top).
 *
 * Errors never unwind the C stack. Every call that can run JavaScript or
 * allocate returns an eng_status. On ENG_ERROR the thrown value is left on
 * top of the stack (eng_eval, eng_pcall) or stays pending inside the heap
 * (eng_call and the property functions) so that a native function can pass
 * it on by returning ENG_RET_ERROR.
 */
#ifndef ENGINE_H
#define ENGINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version of this header; eng_version() gives the library's, which must
 * match (a program built against one header and linked with another
 * library is a build error to catch early). ENG_VERSION_NUMBER is
 * major * 10000 + minor * 100 + patch, for #if comparisons. */
#define ENG_VERSION_MAJOR 0
#define ENG_VERSION_MINOR 1
#define ENG_VERSION_PATCH 0
#define ENG_VERSION_STRING "0.1.0"
#define ENG_VERSION_NUMBER (ENG_VERSION_MAJOR * 10000 + ENG_VERSION_MINOR * 100 + ENG_VERSION_PATCH)

/* printf-style checking of eng_throw_error's arguments where the compiler
 * has it. */
#if defined(__GNUC__) || defined(__clang__)
#define ENG_PRINTF_LIKE(format_index, first_arg) __attribute__((format(printf, format_index, first_arg)))
#else
#define ENG_PRINTF_LIKE(format_index, first_arg)
#endif

typedef struct eng_heap eng_heap;

/* Status of a fallible call. */
typedef enum eng_status {
    ENG_OK = 0,
    ENG_ERROR = 1, /* a JavaScript value was thrown (out of memory included) */
    /* The script was stopped by the execution control below (budget, time
     * limit, callback or eng_request_interrupt). As with ENG_ERROR an Error
     * object is pushed or left pending ("Error: interrupted: ..."); no
     * catch or finally handler of the script ran after the stop. Only a
     * heap with a limit, a callback or a request ever returns it. */
    ENG_INTERRUPTED = 2
} eng_status;

/* Pluggable allocator. old_size/size let pool allocators avoid headers;
 * a malloc-based allocator may ignore them. alloc and realloc return NULL on
 * failure; realloc with ptr == NULL behaves as alloc. */
typedef struct eng_allocator {
    void *(*alloc)(void *user, size_t size);
    void *(*realloc)(void *user, void *ptr, size_t old_size, size_t size);
    void (*free)(void *user, void *ptr, size_t size);
    void *user;
} eng_allocator;

/* Where Date gets the time and the local time zone. A NULL member falls
 * back to the port: on a POSIX host the system clock and zone rules; on a
 * bare-metal port time() and UTC. */
typedef struct eng_clock {
    double (*now_ms)(void *user);                          /* ms since 1970-01-01T00:00Z */
    double (*local_offset_ms)(void *user, double utc_ms);  /* local time - UTC, in ms, at that instant */
    void *user;
} eng_clock;

/* Where the built-in print() writes: one call per printed line, UTF-8,
 * newline included. NULL writes to the C library's stdout. */
typedef void (*eng_write_fn)(void *user, const char *utf8, size_t length);

/* Execution control (docs/execution-control.md). The interpreter counts
 * checkpoints, its backward jumps and calls, and native loops that may run
 * long (RegExp backtracking, sort, JSON, join, string building) count their
 * steps; every interrupt_interval of them, or sooner, a slow check runs:
 * it calls the callback, reads the eng_request_interrupt flag, charges the
 * instruction budget and reads the clock for the time limit. The callback
 * returns nonzero to stop the running script. It must not call the API on
 * the heap. */
typedef int (*eng_interrupt_fn)(void *user);
#define ENG_DEFAULT_INTERRUPT_INTERVAL 10000u
/* One allocator call as the allocation log sees it (eng_config.alloc_log;
 * the text format is in engine_alloc.h and docs/memory-tuning.md). kind is
 * 'a' (alloc: ptr, size), 'r' (realloc: old_ptr, old_size -> ptr, size) or
 * 'f' (free: ptr, size); seq counts the events of a heap from 1. */
typedef struct eng_alloc_event {
    char kind;
    unsigned long seq;
    const void *old_ptr;
    const void *ptr;
    size_t old_size;
    size_t size;
} eng_alloc_event;
typedef void (*eng_alloc_log_fn)(void *user, const eng_alloc_event *event);

/* Promise jobs (docs/api.md, "Jobs"). A job is queued when a promise
 * settles with reactions waiting, when `then` is called on a settled
 * promise, when a promise is resolved with a thenable, and when an await
 * resumes. The hook is called once per queued job (an event loop can wake
 * up and call eng_run_jobs later); it must not call the API on the heap. */
typedef void (*eng_job_queued_fn)(void *user);
/* Rejection tracking (HostPromiseRejectionTracker): reported by
 * eng_run_jobs once the queue is empty. UNHANDLED: a promise was rejected
 * and no handler was attached by then. HANDLED: a handler was attached
 * later to a promise reported as unhandled before. */
typedef enum eng_rejection_event {
    ENG_REJECTION_UNHANDLED = 0,
    ENG_REJECTION_HANDLED = 1
} eng_rejection_event;
/* Called with [.. promise reason] on the stack (both removed afterwards);
 * it may use the API on the heap (read, format the reason), and whatever it
 * leaves on the stack is dropped. Errors it causes are ignored. */
typedef void (*eng_rejection_fn)(void *user, eng_heap *heap, eng_rejection_event event);

typedef struct eng_config {
    const eng_allocator *allocator; /* NULL: malloc, realloc and free */
    size_t memory_limit;            /* bytes; 0 means no limit */
    const eng_clock *clock;         /* NULL: the port's clock and zone (copied at creation) */
    eng_write_fn write;             /* NULL: stdout */
    void *write_user;
    /* C stack the engine may use (docs/c-stack.md). Stacks are assumed to
     * grow down. c_stack_limit, when not NULL, is the lowest address the
     * engine may touch (e.g. the bottom of an RTOS task's stack); otherwise
     * the engine may use c_stack_size bytes below the point where the
     * outermost API call (eng_eval, eng_call, ...) was entered, 0 meaning
     * the port's ENG_PORT_C_STACK_SIZE. Near the end (ENG_PORT_C_STACK_MARGIN
     * bytes before it) calls, nesting and recursion throw RangeError. */
    size_t c_stack_size;
    const void *c_stack_limit;
    /* Execution control (see eng_interrupt_fn; eng_set_interrupt and
     * eng_set_limits change them on a live heap). The budget and the time
     * limit count afresh at each outermost API call (eng_eval, eng_call,
     * ... entered from C, not from a native function). */
    eng_interrupt_fn interrupt;     /* NULL: no callback */
    void *interrupt_user;
    uint32_t interrupt_interval;    /* weight between slow checks; 0: ENG_DEFAULT_INTERRUPT_INTERVAL */
    uint64_t max_instructions;      /* instruction budget (an estimate, see the docs); 0: none */
    uint32_t time_limit_ms;         /* through the heap's clock (eng_clock.now_ms); 0: none */
    /* Called after every successful alloc, realloc and free of the heap
     * (its own struct included: its free is reported just before it
     * happens); NULL: none. */
    eng_alloc_log_fn alloc_log;
    void *alloc_log_user;
    /* When the allocator can tell: the largest block it could hand out now
     * (called with the allocator's user), so that an out-of-memory error
     * says what was asked and what was free. NULL: not known. */
    size_t (*largest_free)(void *allocator_user);
    /* Promise jobs: see eng_job_queued_fn and eng_rejection_fn (NULL: none). */
    eng_job_queued_fn job_queued;
    void *job_queued_user;
    eng_rejection_fn rejection;
    void *rejection_user;
} eng_config;

typedef struct eng_heap_stats {
    size_t bytes_in_use;    /* bytes currently allocated through the allocator */
    size_t peak_bytes;      /* largest bytes_in_use seen */
    size_t alloc_count;     /* allocations made since the heap was created */
    size_t live_allocations;/* allocations not yet freed */
    size_t gc_runs;         /* completed mark-and-sweep collections */
    size_t rc_frees;        /* allocations freed by reference counting */
} eng_heap_stats;

/* Value types as seen through the API. */
typedef enum eng_type {
    ENG_TYPE_NONE = 0, /* index outside the stack */
    ENG_TYPE_UNDEFINED,
    ENG_TYPE_NULL,
    ENG_TYPE_BOOLEAN,
    ENG_TYPE_NUMBER,
    ENG_TYPE_STRING,
    ENG_TYPE_OBJECT,
    ENG_TYPE_SYMBOL,   /* ES2015 symbol (typeof "symbol") */
    ENG_TYPE_BIGINT    /* ES2020 BigInt (typeof "bigint"; eng_to_string gives its decimal text) */
} eng_type;

/* Error constructors native code can throw. */
typedef enum eng_error_kind {
    ENG_ERR_ERROR = 0,
    ENG_ERR_TYPE,
    ENG_ERR_REFERENCE,
    ENG_ERR_RANGE,
    ENG_ERR_SYNTAX,
    ENG_ERR_EVAL,
    ENG_ERR_URI
} eng_error_kind;

/* A native function. Arguments are at indexes 0..eng_get_top()-1.
 * Return 1 when the result is on top of the stack, 0 for undefined, or
 * ENG_RET_ERROR to throw the pending error (see eng_throw_error). */
typedef int (*eng_c_function)(eng_heap *heap);
#define ENG_RET_ERROR (-1)
#define ENG_VARARGS (-1)

/* Why eng_create_ex failed. */
typedef enum eng_create_error {
    ENG_CREATE_OK = 0,
    ENG_CREATE_NO_ALLOCATOR,   /* no allocator given, and the library has no default (ENG_LIBC_DEFAULTS=OFF) */
    ENG_CREATE_BAD_ALLOCATOR,  /* the allocator lacks alloc, realloc or free */
    ENG_CREATE_MEMORY_LIMIT,   /* memory_limit is below what a new heap needs */
    ENG_CREATE_OUT_OF_MEMORY,  /* the allocator returned NULL during set-up */
    ENG_CREATE_OUTSIDE_WINDOW  /* ENG_USE_PTR16 builds: the allocator's memory is not in the heap window */
} eng_create_error;

/* Builds with ENG_USE_PTR16 (docs/memory.md, "16-bit heap pointers") link
 * heap allocations with 16-bit offsets into one window of memory, shared by
 * every heap of the process: every block the allocator hands out must lie
 * in it. eng_ptr16_set_window makes [base, base + size) the window (base
 * 8-byte aligned, size at most ENG_PTR16_WINDOW_MAX); then heaps need an
 * allocator of their own over that memory (e.g. eng_tlsf_init(base, size)),
 * the library's default allocator refuses. Without a call, the window is
 * the default allocator's static arena. Returns 1 when set; 0 when the
 * arguments are invalid, a heap exists, or the default allocator has served
 * a heap (its arena became the window for good). Other builds accept any
 * memory: it returns 1 and does nothing. */
#define ENG_PTR16_WINDOW_MAX 524272u
int eng_ptr16_set_window(void *base, size_t size);

/* The library's version, "major.minor.patch" (see ENG_VERSION_STRING). */
const char *eng_version(void);

/* Heap life cycle. eng_create returns NULL on failure; eng_create_ex also
 * says why in *error (error may be NULL), and eng_create_error_text turns
 * the reason into an English sentence. A failed creation leaks nothing. */
eng_heap *eng_create(const eng_config *config); /* NULL config: defaults */
eng_heap *eng_create_ex(const eng_config *config, eng_create_error *error);
const char *eng_create_error_text(eng_create_error error);
void eng_destroy(eng_heap *heap);
void eng_get_stats(eng_heap *heap, eng_heap_stats *out);
void eng_gc(eng_heap *heap);

/* Compile and run a script in the global scope. On ENG_OK the completion
 * value is pushed; on ENG_ERROR the thrown value is pushed. */
eng_status eng_eval(eng_heap *heap, const char *source, size_t length,
                    const char *file_name);

/* Compile a script without running it. On ENG_OK a function is pushed
 * that runs the script in the global scope when called (with eng_call);
 * on ENG_ERROR the SyntaxError is pushed. */
eng_status eng_compile(eng_heap *heap, const char *source, size_t length,
                       const char *file_name);

/* ES modules (docs/modules.md; builds with ENG_MODULES). The loader maps
 * an import to a module: resolve() writes the resolved name of `specifier`
 * as imported by `referrer` (the importing module's resolved name, or the
 * file name of a script calling import(); NULL when there is none) into
 * name[0..name_size) NUL-terminated; load() gives the UTF-8 text of the
 * module of a resolved name and is called once per name per heap (the
 * heap keeps a module map); release(), if not NULL, is called when the
 * engine is done with that text (right after compiling it). Both return 0,
 * or nonzero when they cannot, which the import throws as an Error
 * naming the module. meta(), if not NULL, is called once per module the
 * first time its import.meta is made, with that object on top of the
 * stack (leave the stack as it was; errors it causes are ignored).
 * The struct is copied (into a small block of the heap: ENG_ERROR, nothing
 * pushed, when out of memory or in a build without ENG_MODULES); NULL
 * removes the loader (imports then throw). */
typedef struct eng_module_loader {
    int (*resolve)(void *user, const char *referrer, const char *specifier, char *name, size_t name_size);
    int (*load)(void *user, const char *name, const char **source, size_t *length);
    void (*release)(void *user, const char *name, const char *source);
    void (*meta)(void *user, eng_heap *heap, const char *name);
    void *user;
} eng_module_loader;
eng_status eng_set_module_loader(eng_heap *heap, const eng_module_loader *loader);

/* Loads, links and evaluates the root module `name` and everything it
 * imports. source: its text (length bytes), or NULL to have the loader
 * load `name` (not resolved: name is the resolved name). A module is
 * evaluated once per heap; importing one whose evaluation threw throws
 * that error again. On ENG_OK the module's namespace object is pushed; on
 * ENG_ERROR the error (a SyntaxError with file:line:column, a failure to
 * resolve or load naming the module, or what evaluation threw). With
 * top-level await, the promise jobs run (eng_run_jobs' queue, earlier
 * jobs included) until the modules have finished; if the queue empties
 * first (an await on something the embedder settles later), ENG_OK and the
 * namespace, and the rest runs in eng_run_jobs, a failure then going to
 * eng_config.rejection. */
eng_status eng_eval_module(eng_heap *heap, const char *name, const char *source, size_t length);

/* Compiles the module text source (length bytes, named name in errors)
 * with its early errors, without making a record, loading what it
 * imports or running it: a syntax check (the CLI's --check --module).
 * On ENG_OK nothing is pushed; on ENG_ERROR the SyntaxError is pushed
 * (ENG_ERROR with an Error pushed in a build without ENG_MODULES). */
eng_status eng_check_module(eng_heap *heap, const char *name, const char *source, size_t length);

/* Bytecode images (docs/images.md): a script compiled ahead of time, run
 * without the compiler and in place from a const buffer such as flash.
 *
 * eng_compile_image compiles source into an image and hands it to write
 * (one call with the whole image; write returns 0 on success). The image
 * carries the file name, a CRC-32 and, unless flags has
 * ENG_IMAGE_STRIP_LINES, the line tables that give errors file:line:column.
 * It runs only on a build with the same image version, byte order, word
 * size and value representation (the host-32 build writes images for
 * 32-bit boards). On ENG_OK nothing is pushed; on ENG_ERROR the error (a
 * SyntaxError, or the writer's failure) is pushed. */
typedef int (*eng_image_writer)(void *user, const void *bytes, size_t length);
#define ENG_IMAGE_STRIP_LINES 1u
eng_status eng_compile_image(eng_heap *heap, const char *source, size_t length,
                             const char *file_name, unsigned flags,
                             eng_image_writer write, void *user);

/* Runs the image(s) in image[0..size): one image, or several written back
 * to back (each script's top level runs in order, as separate <script>
 * elements do). Every image is validated first (checksum, bounds, operands:
 * a bad one runs nothing and gives an Error "invalid image: ..."). The
 * buffer must be 4-byte aligned and stay valid and unchanged as long as the
 * heap may call a function it defines (or until eng_destroy): code and
 * tables are used where they lie, only the constants are copied. Pushes the
 * completion value of the last script, or the error. Works in a build
 * without the compiler. */
eng_status eng_run_image(eng_heap *heap, const void *image, size_t size);

/* Nonzero when bytes start with the magic number of an image. */
int eng_is_image(const void *bytes, size_t size);

/* Stack basics. */
int eng_get_top(eng_heap *heap);
void eng_set_top(eng_heap *heap, int index);
void eng_pop(eng_heap *heap, int count);
int eng_normalize_index(eng_heap *heap, int index); /* -1 if invalid */
/* Each push returns ENG_ERROR (with an out-of-memory error pending) when the
 * stack or the heap cannot grow. */
eng_status eng_dup(eng_heap *heap, int index);
eng_status eng_push_undefined(eng_heap *heap);
eng_status eng_push_null(eng_heap *heap);
eng_status eng_push_boolean(eng_heap *heap, int value);
eng_status eng_push_number(eng_heap *heap, double value);
eng_status eng_push_string(eng_heap *heap, const char *utf8); /* NUL-terminated */
eng_status eng_push_lstring(eng_heap *heap, const char *utf8, size_t length);
eng_status eng_push_object(eng_heap *heap); /* a new empty object */
eng_status eng_push_array(eng_heap *heap);  /* a new empty array */
eng_status eng_push_global_object(eng_heap *heap);
eng_status eng_push_this(eng_heap *heap); /* inside a native function */
/* nargs: number of arguments the function declares (its length) or ENG_VARARGS. */
eng_status eng_push_c_function(eng_heap *heap, eng_c_function fn, int nargs,
                               const char *name);
/* A lightweight function: a value (no object is allocated) that calls fn.
 * Stack: [...] -> [... func]. nargs (0..31, ENG_VARARGS reads as 0, larger
 * counts as 31) is its "length"; its "name" is ""; magic (16 bits, stored
 * as int16) is read by fn with eng_get_current_magic. It behaves as any
 * native function: typeof "function", eng_is_function true, eng_get_type
 * ENG_TYPE_OBJECT, not a constructor (new throws TypeError); equal to
 * every other lightfunc with the same fn, nargs and magic. It costs no RAM
 * except one pointer per distinct fn in the heap (at most 128 distinct
 * functions). Returns ENG_ERROR, pushing nothing and leaving the error
 * pending, when fn is NULL (TypeError), the 129th distinct fn is used
 * (RangeError) or memory runs out. */
eng_status eng_push_lightfunc(eng_heap *heap, eng_c_function fn, int nargs, int magic);
/* Binary data (ArrayBuffer, typed arrays, DataView; docs/api.md).
 * eng_push_array_buffer pushes a new ArrayBuffer of length zeroed bytes,
 * counted against the memory limit (RangeError when they do not fit).
 * eng_push_external_buffer pushes an ArrayBuffer over the embedder's memory
 * (a peripheral's buffer, a DMA region, flash) without copying: scripts read
 * and write data[0..length) in place. free_fn (may be NULL) is called
 * exactly once with (data, length, user) when the buffer object is freed:
 * after the last reference to it dies (at the next collection or reference
 * count reconcile), or at eng_destroy at the latest; it must not call into
 * the engine. With ENG_BUFFER_READ_ONLY the buffer is immutable (the
 * immutable ArrayBuffer proposal): writes through typed arrays fail (ignored
 * in sloppy code, TypeError in strict code), set/fill/copyWithin/DataView
 * setters and resize/transfer throw TypeError, so memory in flash is never
 * written. Returns ENG_ERROR (pushing nothing, error pending) when data is
 * NULL with a length, or memory runs out. */
typedef void (*eng_buffer_free_fn)(void *data, size_t length, void *user);
#define ENG_BUFFER_READ_ONLY 1u
eng_status eng_push_array_buffer(eng_heap *heap, size_t length);
eng_status eng_push_external_buffer(eng_heap *heap, void *data, size_t length, unsigned flags,
                                    eng_buffer_free_fn free_fn, void *user);
/* The bytes of the ArrayBuffer, typed array or DataView at index: *data
 * (NULL when empty or detached) and *length in bytes of what the object
 * covers (a view: its own window of the buffer). Returns 0, setting nothing,
 * when the value is none of these. Either pointer may be NULL. The pointer
 * stays valid while the buffer lives and is neither resized nor transferred. */
int eng_get_buffer_data(eng_heap *heap, int index, void **data, size_t *length);
/* The magic of the innermost running native function: a lightfunc's, that
 * of a function from eng_push_c_function (0), or 0 when no native function
 * runs. Never fails. */
int eng_get_current_magic(eng_heap *heap);

/* Type checks and reads; reads never throw and never allocate. */
eng_type eng_get_type(eng_heap *heap, int index);
int eng_is_undefined(eng_heap *heap, int index);
int eng_is_null(eng_heap *heap, int index);
int eng_is_boolean(eng_heap *heap, int index);
int eng_is_number(eng_heap *heap, int index);
int eng_is_string(eng_heap *heap, int index);
int eng_is_object(eng_heap *heap, int index);
int eng_is_function(eng_heap *heap, int index);
int eng_is_array(eng_heap *heap, int index);
int eng_get_boolean(eng_heap *heap, int index);  /* 0 unless a boolean true */
double eng_get_number(eng_heap *heap, int index); /* NaN unless a number */
/* The string at index as UTF-8 (NUL-terminated; *length, when length is
 * not NULL, excludes the NUL), or NULL if the value is not a string or the
 * copy cannot be allocated. As with Lua's lua_tolstring, the bytes stay
 * valid while that string value stays on the stack (anywhere on it): so
 * printf("%s %s", eng_get_string(h, -2, 0), eng_get_string(h, -1, 0))
 * prints both. They may be freed once the value has been popped or
 * replaced. A lone surrogate (UTF-8 has none) is written as U+FFFD. */
const char *eng_get_string(eng_heap *heap, int index, size_t *length);

/* Conversions in place (the value at index is replaced). They may run
 * JavaScript (valueOf/toString), so they can fail. */
eng_status eng_to_string(eng_heap *heap, int index);
eng_status eng_to_number(eng_heap *heap, int index);
int eng_to_boolean(eng_heap *heap, int index); /* never fails */

/* Properties. get pushes the value; put pops the value from the top. */
eng_status eng_get_prop(eng_heap *heap, int obj_index);          /* key on top: replaced by value */
eng_status eng_put_prop(eng_heap *heap, int obj_index);          /* [.. key value]: both popped */
eng_status eng_get_prop_string(eng_heap *heap, int obj_index, const char *key);
eng_status eng_put_prop_string(eng_heap *heap, int obj_index, const char *key);
eng_status eng_get_global_string(eng_heap *heap, const char *key);
eng_status eng_put_global_string(eng_heap *heap, const char *key);
/* Array elements by index. */
eng_status eng_get_prop_index(eng_heap *heap, int obj_index, uint32_t i);
eng_status eng_put_prop_index(eng_heap *heap, int obj_index, uint32_t i);

/* Calls. Stack before: [.. func this arg0 .. argN-1]; after: [.. result].
 * eng_call leaves the error pending on ENG_ERROR (a native function passes it
 * on by returning ENG_RET_ERROR); eng_pcall instead pushes the error value in
 * place of the result, catching it. */
eng_status eng_call(eng_heap *heap, int nargs);
eng_status eng_pcall(eng_heap *heap, int nargs);
eng_status eng_new(eng_heap *heap, int nargs); /* [.. ctor arg0..] -> [.. obj] */

/* Throwing from native code: make an error pending and return ENG_RET_ERROR
 * so that `return eng_throw_error(...)` throws. The message is formatted
 * as printf would, by the engine's own formatter (no C library printf):
 * %d %i %u %x %X %o %c %s %p %f %F %e %E %g %G and %%, the length modifiers
 * hh h l ll z j t, the flags - 0 + and space, a width, and a precision
 * (.N or .*) for %s and the floating-point conversions. An unsupported
 * conversion (%n, %a, %ls, ...) ends the formatting: it and the rest of the
 * format appear as written and no further argument is read. Messages are
 * cut at 199 bytes. */
int eng_throw_error(eng_heap *heap, eng_error_kind kind, const char *fmt, ...) ENG_PRINTF_LIKE(3, 4);
int eng_throw(eng_heap *heap); /* throws the value on top of the stack (popped) */
/* Moves a pending error onto the stack (pushes undefined if none pending). */
eng_status eng_push_pending_error(eng_heap *heap);

/* Execution control on a live heap (the fields of eng_config of the same
 * names). Called between runs they apply to the next outermost call;
 * called from a native function while a script runs, the budget and the
 * time limit restart from that moment. interval 0 means the default. */
void eng_set_interrupt(eng_heap *heap, eng_interrupt_fn fn, void *user, uint32_t interval);
void eng_set_limits(eng_heap *heap, uint64_t max_instructions, uint32_t time_limit_ms);

/* Asks the running script to stop at its next slow check: it ends with
 * ENG_INTERRUPTED. Safe to call from an interrupt handler, a POSIX signal
 * handler or another thread while the heap runs on its own thread: it only
 * stores to a lock-free atomic flag that the checks read (a plain word
 * store on every supported target). A request made while no script runs
 * stops the next one at its first slow check. */
void eng_request_interrupt(eng_heap *heap);

/* Runs pending promise jobs, first queued first, until the queue is empty
 * (jobs queued meanwhile run too), then reports rejections to
 * eng_config.rejection. ENG_OK: nothing is pushed. ENG_ERROR or
 * ENG_INTERRUPTED: a job failed in a way no promise can take (out of
 * memory in the engine itself, an error thrown by a custom capability's
 * resolve function, a stop by the execution control); the error is pushed
 * as eng_eval pushes it, and the jobs after it stay queued (call again to
 * go on). The budget and time limit count afresh for each call. */
eng_status eng_run_jobs(eng_heap *heap);
/* Nonzero when jobs are queued. Never fails. */
int eng_has_pending_jobs(eng_heap *heap);

/* Formats the value at index for a human and pushes the string: for an
 * Error object its stack trace ("Name: message", then one
 * "\n    at function (file:line:column)" line per frame, innermost first),
 * or "Name: message" and its position when it has no string `stack`;
 * otherwise its string conversion. Always pushes a string: when the
 * conversion itself throws, a fixed text; ENG_ERROR only when out of
 * memory. */
eng_status eng_push_error_report(eng_heap *heap, int index);

#ifdef __cplusplus
}
#endif

#endif /* ENGINE_H */
