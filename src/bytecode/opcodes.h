// Bytecode instruction set: the contract between the compiler and the executor.
//
// Every instruction is one 32-bit word (host endianness inside an image, see
// image.h):   bits 0-7 opcode | bits 8-15 A | bits 16-23 B | bits 24-31 C
// Wide forms:  Bx  = bits 16-31 (unsigned 16-bit)
//              sBx = Bx - 0x8000 (signed)
//              sJ  = bits 8-31 - 0x800000 (signed 24-bit, JMP only)
// Jump offsets are relative to the instruction after the jump.
//
// R[x] is register x of the current frame; K[x] is constant x of the current
// function (number or string). Parameters are R[0..nparams). Registers are
// initialised to undefined on entry except parameters.
//
// Frames overlap for calls: for CALL/NEW A, the caller puts the callee in R[A],
// the this value in R[A+1] and the arguments in R[A+2 ..]. The callee's frame
// starts at the caller's R[A+2]. Registers of the caller above A+1+nargs are
// dead during the call and may be overwritten; the compiler allocates
// temporaries stack-wise so that a call window is always on top.
//
// Captured variables live in boxes: a register of the declaring function
// holds a Box, closures reach it through their upvalue list (see image.h).
#ifndef ENG_BYTECODE_OPCODES_H
#define ENG_BYTECODE_OPCODES_H

#include <stdint.h>

#include "config.h"

namespace eng {

// X(name, operand form) -- form is documentation only: ABC, ABx, AsBx, sJ, A.
#define ENG_OPCODES(X)                                                                  \
    /* loads */                                                                         \
    X(NOP, A)            /* nothing */                                                  \
    X(LOADK, ABx)        /* R[A] = K[Bx] */                                             \
    X(LOADI, AsBx)       /* R[A] = sBx (an integer number) */                           \
    X(LOADUNDEF, A)      /* R[A] = undefined */                                         \
    X(LOADNULL, A)       /* R[A] = null */                                              \
    X(LOADTRUE, A)       /* R[A] = true */                                              \
    X(LOADFALSE, A)      /* R[A] = false */                                             \
    X(MOV, ABC)          /* R[A] = R[B] */                                              \
    X(LOADTHIS, A)       /* R[A] = this of the frame (already coerced per mode) */      \
    X(LOADCALLEE, A)     /* R[A] = the running function (named function expr.) */       \
    X(CLOSURE, ABx)      /* R[A] = new function from inner template Bx */               \
    X(NEWOBJ, ABC)       /* R[A] = {} with room for B values (B <= NEWOBJ_MAX_ROOM) */  \
    X(NEWARR, A)         /* R[A] = [] */                                                \
    /* global names (script level and unresolved names) */                              \
    X(GETGLOBAL, ABx)    /* R[A] = global K[Bx]; ReferenceError if absent */            \
    X(SETGLOBAL, ABx)    /* global K[Bx] = R[A]; strict code: ReferenceError if absent */\
    X(TYPEOFGLOBAL, ABx) /* R[A] = typeof global K[Bx], "undefined" if absent */        \
    X(DELGLOBAL, ABx)    /* R[A] = delete global K[Bx] (boolean) */                     \
    X(DECLVAR, ABx)      /* script var: define global K[Bx] = undefined unless present; A unused */ \
    X(DECLFUNC, ABx)     /* script function decl: global K[Bx] = R[A] (defined/overwritten) */ \
    /* boxes (captured locals) and upvalues (captured outer variables) */               \
    X(NEWBOX, A)         /* R[A] = new Box holding the current R[A] */                  \
    X(GETBOX, ABC)       /* R[A] = box R[B] .value */                                   \
    X(SETBOX, ABC)       /* box R[A] .value = R[B] */                                   \
    X(GETUPVAL, ABC)     /* R[A] = upvalue B (global lookup by name if unresolved) */   \
    X(SETUPVAL, ABC)     /* upvalue B = R[A] (global store by name if unresolved) */    \
    X(TYPEOFUPVAL, ABC)  /* R[A] = typeof upvalue B, no ReferenceError */               \
    X(DELUPVAL, ABC)     /* R[A] = delete upvalue B: false if resolved, else delete global */ \
    /* properties */                                                                    \
    X(GETPROP, ABC)      /* R[A] = R[B][R[C]] */                                        \
    X(SETPROP, ABC)      /* R[A][R[B]] = R[C] */                                        \
    X(GETFIELD, ABC)     /* R[A] = R[B][K[C]]   (C is a constant index < 256) */        \
    X(SETFIELD, ABC)     /* R[A][K[B]] = R[C]   (B is a constant index < 256) */        \
    X(DELPROP, ABC)      /* R[A] = delete R[B][R[C]] */                                 \
    X(INITPROP, ABC)     /* object literal: define own data property R[A][K[B]] = R[C] */\
    X(INITPROPR, ABC)    /* same with the key in a register: R[A][R[B]] = R[C] */       \
    X(APPEND, ABC)       /* array literal: R[A][R[A].length] = R[B] (length + 1) */     \
    X(APPENDHOLE, A)     /* array literal elision: R[A].length += 1 */                  \
    X(INITGET, ABC)      /* object literal: define getter R[A][K[B]] = function R[C] */ \
    X(INITSET, ABC)      /* object literal: define setter R[A][K[B]] = function R[C] */ \
    X(REGEXP, ABC)       /* R[A] = new RegExp(K[B] source, K[C] flags) */               \
    /* operators: R[A] = R[B] op R[C] */                                                \
    X(ADD, ABC) X(SUB, ABC) X(MUL, ABC) X(DIV, ABC) X(MOD, ABC)                         \
    X(BAND, ABC) X(BOR, ABC) X(BXOR, ABC) X(SHL, ABC) X(SHR, ABC) X(USHR, ABC)          \
    X(EQ, ABC) X(NE, ABC) X(SEQ, ABC) X(SNE, ABC)                                       \
    X(LT, ABC) X(LE, ABC) X(GT, ABC) X(GE, ABC)                                         \
    X(INSTANCEOF, ABC) X(IN, ABC) /* R[A] = R[B] instanceof/in R[C] */                 \
    /* unary: R[A] = op R[B] */                                                         \
    X(NEG, ABC) X(TONUM, ABC) X(NOT, ABC) X(BNOT, ABC) X(TYPEOF, ABC)                   \
    X(INC, ABC)          /* R[A] = ToNumber(R[B]) + 1 */                                \
    X(DEC, ABC)          /* R[A] = ToNumber(R[B]) - 1 */                                \
    /* control */                                                                       \
    X(JMP, sJ)           /* pc += sJ */                                                 \
    X(JMPIF, AsBx)       /* if ToBoolean(R[A]) pc += sBx */                             \
    X(JMPIFNOT, AsBx)    /* if !ToBoolean(R[A]) pc += sBx */                            \
    X(LOADPC, AsBx)      /* R[A] = integer (pc of next instruction + sBx), for finally */\
    X(CALL, ABC)         /* R[A] = R[A](this R[A+1], args R[A+2 .. A+2+B)); C > 0: the \
                            callee was written as `eval` (a direct eval if it is eval); \
                            C - 1 indexes the function's eval call sites, if any */     \
    X(NEW, ABC)          /* R[A] = new R[A](args R[A+2 .. A+2+B)); R[A+1] is scratch */ \
    X(RET, A)            /* return R[A] (through enclosing finally blocks) */           \
    X(RETUNDEF, A)       /* return undefined (idem) */                                  \
    X(THROW, A)          /* throw R[A] */                                               \
    /* exception handling; see the note below */                                       \
    X(TRY, AsBx)         /* push catch handler: on throw R[A] = exception, pc += sBx */ \
    X(TRYFINALLY, AsBx)  /* push finally handler: on throw R[A] = 1, R[A+1] = exc, pc += sBx */ \
    X(POPTRY, A)         /* pop the innermost handler of this frame */                  \
    X(ENDFINALLY, A)     /* complete per R[A] (kind) and R[A+1] (value) */              \
    /* for-in */                                                                        \
    X(FORIN, ABC)        /* R[A] = key iterator over R[B] (null/undefined: empty) */    \
    X(FORNEXT, ABC)      /* if iterator R[B] has a next key: R[A] = key, pc += 1 (skip next) */ \
    X(DEBUGGER, A)       /* no effect */                                                \
    X(TOKEY, ABC)        /* R[A] = ToPropertyKey(R[B]) (a string, or a number kept as is),\
                            after a TypeError if the base R[C] is null or undefined */ \
    /* with statement and dynamically added bindings */                                 \
    X(TOOBJECT, ABC)     /* R[A] = ToObject(R[B]); TypeError for null and undefined */  \
    X(WITHHAS, ABx)      /* R[A] stays if it is an object that has property K[Bx] (own \
                            or inherited), else R[A] = undefined */                    \
    X(DECLVARIN, ABx)    /* sloppy eval code's var: define R[A][K[Bx]] = undefined     \
                            (configurable) unless R[A] has it as an own property */ \
    /* block scoping (let, const; ES2015 13.3.1): a binding not initialised yet  \
       (in its temporal dead zone) holds the empty special */                    \
    X(LOADEMPTY, A)      /* R[A] = empty: the binding is in its TDZ */                  \
    X(CHECKTDZ, ABx)     /* ReferenceError "Cannot access 'K[Bx]' before            \
                            initialization" if R[A] is empty */                        \
    X(THROWCONST, A)     /* TypeError "Assignment to constant variable." */            \
    X(GETUPVALCHK, ABC)  /* GETUPVAL, then the TDZ check (name: upvalue B's) */       \
    X(SETUPVALCHK, ABC)  /* the TDZ check of upvalue B, then SETUPVAL */             \
    X(SETUPVALCONST, ABC) /* the TDZ check of upvalue B, then THROWCONST */          \
    X(TYPEOFUPVALCHK, ABC) /* the TDZ check of upvalue B, then TYPEOFUPVAL */        \
    X(DECLLEX, ABx)      /* script lexical declarations (GlobalDeclarationInstantiation):\
                            A = 0: SyntaxError if K[Bx] is a global lexical binding \
                            (a var or function name); 1: also if it is a var or a  \
                            non-configurable global property (a let/const name); \
                            2: make global lexical let K[Bx] (empty); 3: the same, const */ \
    X(INITLEX, ABx)      /* initialise global lexical binding K[Bx] = R[A] */  \
    /* ES2015 expression syntax without iterators (issue 9: templates, object   \
       literal extensions, default and rest parameters, spread) */               \
    X(TOSTR, ABC)        /* R[A] = ToString(R[B]) (template substitutions) */           \
    X(TEMPLATEOBJ, ABx)  /* tagged template site: R[A] (cooked strings) gets the frozen \
                            raw array R[A+1] as "raw", is frozen, and is cached in the \
                            site's slot constant K[Bx] (undefined until then) */        \
    X(SPREAD, ABC)       /* append the elements of iterable R[B] to array R[A] (vm/spread.cpp) */ \
    X(CALLSPREAD, ABC)   /* CALL (C = 0) or NEW (C = 1) of R[A] with this R[A+1] and the \
                            arguments listed by array R[A+2]; C > 1: a CALL with \
                            CALL's eval marker C - 1 */                                 \
    X(SETNAME, ABC)      /* function R[A] gets own "name" = R[B] (a property key), after \
                            "get " (C = 1) or "set " (C = 2): computed keys */          \
    X(INITGETR, ABC)     /* object literal: define getter R[A][R[B]] = function R[C] */ \
    X(INITSETR, ABC)     /* object literal: define setter R[A][R[B]] = function R[C] */ \
    X(INITPROTO, ABC)    /* object literal __proto__: value: R[A].[[Prototype]] = R[B] \
                            if R[B] is an object or null */                             \
    X(COPYPROPS, ABC)    /* object literal spread: copy own enumerable props of R[B] into R[A] */ \
    X(POW, ABC)          /* R[A] = R[B] ** R[C] (ES2016) */                             \
    X(THROWTDZ, ABx)     /* throw ReferenceError: Cannot access K[Bx] before initialization \
                            (a parameter used by an earlier parameter's default); A = 1: \
                            "Unsupported reference to K[Bx]" (delete super.x) */       \
    /* destructuring patterns (issue 9; compiler/destructuring.cpp): array     \
       patterns step through the iterable the way SPREAD lists it (vm/spread.cpp) */ \
    X(ITERINIT, ABC)     /* R[A], R[A+1] = the iteration state of GetIterator(R[B]) \
                            (vm/spread.cpp; TypeError "... is not iterable") */     \
    X(ITERNEXT, ABC)     /* R[A] = the next value of the iteration in R[B], R[B+1], or \
                            undefined once it is done; C != 0 (for-of): R[C] = done, \
                            and R[A] is left alone once done */                         \
    X(ITERREST, ABC)     /* append the remaining values of the iteration R[B], R[B+1] \
                            to array R[A] */                                            \
    X(REQOBJ, ABx)       /* TypeError "Cannot destructure ..." if R[A] is undefined or \
                            null; Bx: 1 + constant index of the first property's name, \
                            or 0 */                                                      \
    X(COPYREST, ABC)     /* rest property: copy own enumerable props of R[B] into R[A], \
                            except the keys listed by array R[C] */ \
    /* classes (ES2015 14.5, ES2022 fields; compiler/class.cpp, vm/class.cpp) */        \
    X(NEWTARGET, A)      /* R[A] = new.target of the frame (undefined in a plain call) */ \
    X(CHECKTHIS, A)      /* ReferenceError if R[A] is empty: derived constructor's this \
                            before super() */                                            \
    X(SUPERCALL, ABC)    /* R[A] = construct R[A].[[Prototype]] with new.target R[A+1],\
                            args R[A+2 .. A+2+B) (C = 1: listed by array R[A+2]) */  \
    X(CHECKSUPER, A)     /* ReferenceError if R[A] (the this binding) is not empty: \
                            super() called twice */                                  \
    X(CLASS, ABC)        /* R[A] = constructor; C = 1: R[A+1] = the heritage. Links \
                            prototypes and writes the new prototype object to R[A+1] */ \
    X(DEFMETHOD, ABC)    /* class body: define R[A][R[B]] = R[C], not enumerable */  \
    X(DEFGET, ABC)       /* class body: getter R[A][R[B]] = R[C], not enumerable */  \
    X(DEFSET, ABC)       /* class body: setter R[A][R[B]] = R[C], not enumerable */  \
    X(SETHOME, ABC)      /* closure R[A]: upvalue C = a new Box holding R[B] (its home \
                            object, or the field list of a constructor) */          \
    X(INITFIELDS, ABC)   /* run the element list R[B] on R[A]: (key, value, kind) \
                            triples, private methods and accessors first, then  \
                            fields and static blocks in order (vm/class.cpp) */  \
    X(GETSUPER, ABC)     /* R[A] = R[B].[[Prototype]][R[B+2]] with receiver R[B+1] */ \
    X(SETSUPER, ABC)     /* R[A].[[Prototype]][R[A+2]] = R[B] with receiver R[A+1] */ \
    X(NEWPRIVATE, ABx)   /* R[A] = a new private name described by K[Bx] ("#x") */ \
    X(GETPRIVATE, ABC)   /* R[A] = R[B].#name R[C]; TypeError if R[B] lacks it */  \
    X(SETPRIVATE, ABC)   /* R[A].#name R[B] = R[C]; TypeError if R[A] lacks it */  \
    X(HASPRIVATE, ABC)   /* R[A] = #name R[B] in R[C]; TypeError unless an object */ \
    /* generators (ES2015 14.4, 25.3; vm/generator.h): a suspended frame keeps \
       its registers and catch records in the generator object; a resume puts \
       the value sent in R[r] and the mode (COMPLETION_NORMAL next, _THROW, \
       _RETURN) in R[r+1], r being the resume register named below */          \
    X(INITGEN, A)        /* end of a generator function's prologue: return a new \
                            generator object suspended here (resume register A) */ \
    X(YIELD, ABC)        /* yield R[B]: suspend, next() returning {value: R[B], \
                            done: false}; resume register A. C = 1: await R[B] \
                            (vm/async.h); C = 2: an async generator's yield \
                            (vm/async_generator.h) */                         \
    X(RESUME, ABC)       /* after INITGEN/YIELD: by the mode R[A+1], go on (R[A] \
                            is the value sent), throw R[A], or return R[A]. \
                            C = 1 (async generator yield): next skips one \
                            instruction, return awaits R[A] first; C = 2: \
                            return R[A] (an awaited return value) */          \
    X(DELEGATE, A)       /* yield* step: R[A] iterator, R[A+1] position, R[A+2] \
                            received, R[A+3] mode; R[A+4] = the inner result \
                            (a call of next/throw/return in R[A+4 .. A+6]) */   \
    X(DELEGATED, AsBx)   /* yield* after DELEGATE: inner result R[A+4] done: \
                            R[A+2] = its value and pc += sBx (a return mode \
                            returns it); else suspend yielding it as is, resume \
                            register A+2, on at the next instruction */  \
    X(ITERCLOSE, ABC)    /* IteratorClose of the iteration R[A], R[A+1] unless done; \
                            C = 1: R[B] is a completion kind (for-of's finally) and \
                            THROW drops return()'s errors; C = 0: a normal close; \
                            C = 2: for await's AsyncIteratorClose (vm/async_iteration.h) */ \
    /* for await (vm/async_iteration.h): ITERINIT C = 1 opens an async iteration */ \
    X(AITERNEXT, ABC)    /* R[C] = true; R[A] = the result of next() of the async \
                            iteration R[B], R[B+1] (awaited next) */               \
    X(AITERRESULT, ABC)  /* R[B] an awaited next() result: TypeError unless an object; \
                            R[C] = done; unless done R[A] = its value */      \
    X(IMPORTCALL, ABC)   /* R[A] = import(R[B]): a promise for the namespace of the \
                            module R[B] names, resolved from the running code's \
                            file (vm/module.cpp) */                                \
    ENG_OPCODES_RESOURCES(X)
/* using declarations (ENG_RESOURCE_MANAGEMENT; builtins/disposable.h) */
#if ENG_RESOURCE_MANAGEMENT
#define ENG_OPCODES_RESOURCES(X)                                                        \
    X(DISPOSE, ABC)      /* resource list R[A] (an array): C = 0: add R[B] (using), \
                            C = 1: add R[B] (await using); C = 2: dispose of the \
                            list with the completion R[B], R[B+1] of the finally \
                            block (an error makes it THROW of that error); C = 3: \
                            R[A] = a promise of doing so asynchronously */
#else
#define ENG_OPCODES_RESOURCES(X)
#endif

enum Opcode : uint8_t {
#define ENG_OPCODE_ENUM(name, form) OP_##name,
    ENG_OPCODES(ENG_OPCODE_ENUM)
#undef ENG_OPCODE_ENUM
    OP__COUNT
};

// Completion kinds stored in R[A] for TRYFINALLY / ENDFINALLY.
//  NORMAL: fall through after the finally block.
//  THROW:  rethrow R[A+1].
//  RETURN: return R[A+1] (again through outer finally blocks of the frame).
//  JUMP:   continue at the absolute pc held (as an integer) in R[A+1]; the
//          compiler uses it for break/continue leaving a try with finally:
//            R[A] = JUMP; LOADPC R[A+1], target; POPTRY; JMP finally_entry
//          For several nested finally blocks the target is a small stub that
//          does the same for the next outer one.
// A throw that reaches a TRYFINALLY handler pops it, sets R[A] = THROW and
// R[A+1] = the exception and jumps to the handler. RET/RETUNDEF inside a
// frame that still has handlers pops catch handlers and, at the first finally
// handler, sets R[A] = RETURN, R[A+1] = value and jumps to it. Handlers are
// popped by POPTRY on every normal exit from the protected region, before
// the catch or finally body runs. The compiler reserves a handler's
// registers at the top of the live registers, so when the executor enters a
// handler it clears every register above them (R[A+1..] for TRY, R[A+2..]
// for TRYFINALLY): values the protected code left there become collectable.
enum Completion : int32_t {
    COMPLETION_NORMAL = 0,
    COMPLETION_THROW = 1,
    COMPLETION_RETURN = 2,
    COMPLETION_JUMP = 3
};

typedef uint32_t Instr;

// The most values NEWOBJ makes an object with room for (objects/shape.h):
// a literal with more properties gets a property table as it grows.
constexpr uint32_t NEWOBJ_MAX_ROOM = 8;

inline Opcode instrOp(Instr i) { return static_cast<Opcode>(i & 0xff); }
inline uint32_t instrA(Instr i) { return (i >> 8) & 0xff; }
inline uint32_t instrB(Instr i) { return (i >> 16) & 0xff; }
inline uint32_t instrC(Instr i) { return i >> 24; }
inline uint32_t instrBx(Instr i) { return i >> 16; }
inline int32_t instrSBx(Instr i) { return static_cast<int32_t>(i >> 16) - 0x8000; }
inline int32_t instrSJ(Instr i) { return static_cast<int32_t>(i >> 8) - 0x800000; }

inline Instr makeABC(Opcode op, uint32_t a, uint32_t b, uint32_t c) {
    return static_cast<Instr>(op) | (a << 8) | (b << 16) | (c << 24);
}
inline Instr makeABx(Opcode op, uint32_t a, uint32_t bx) {
    return static_cast<Instr>(op) | (a << 8) | (bx << 16);
}
inline Instr makeAsBx(Opcode op, uint32_t a, int32_t sbx) {
    return makeABx(op, a, static_cast<uint32_t>(sbx + 0x8000));
}
inline Instr makeSJ(Opcode op, int32_t sj) {
    return static_cast<Instr>(op) | (static_cast<uint32_t>(sj + 0x800000) << 8);
}

const char *opcodeName(Opcode op);

}  // namespace eng

#endif
