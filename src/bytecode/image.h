// Bytecode image: what the compiler produces and the executor loads.
//
// Position independent (everything by index or offset, no host pointers),
// versioned and endianness-tagged, so that an image made on a host can later
// be validated and executed in place from flash. All multi-byte fields are in
// the writer's byte order (the header says which); every record and constant
// starts 4-byte aligned. Readers use memcpy for the doubles.
//
// Layout:
//   ImageHeader
//   uint32_t functionOffsets[functionCount]   offsets from the image start
//   function records ...                      function 0 is the top level
//   constant blocks ...                       from loadOnlyStart
//   file name (UTF-8), padded to 4             optional, see fileNameAt
//
// What runs stays in the records; the constants are only read while the
// image is loaded (they become interned strings and numbers on the heap),
// so a loader that owns the image in RAM cuts it at loadOnlyStart.
//
// Function record:
//   FunctionHeader
//   Instr     code[codeCount]
//   uint32_t  inner[innerCount]      image function index of each inner function
//                                    (CLOSURE A, Bx uses inner[Bx])
//   uint32_t  upvals[upvalCount]     UpvalDesc words (below)
//   uint32_t  upvalNames[upvalCount] constant index of each upvalue's name
//   uint8_t   lines[lineBytes]       packed pc-to-position table (line_table.h),
//                                    padded with zeros to a multiple of 4
//   uint32_t  localNames[localNameCount] constant index of the variable each
//                                    register holds, NO_NAME for temporaries
//                                    (debug information for error messages)
//   uint32_t  evalSites[evalSiteCount + 1 if evalSiteCount, else 0]
//                                    first EvalBinding of each direct eval
//                                    call site; the last entry is the total
//   EvalBinding evalBindings[evalBindingCount]
//
// Constant block of a function (at its header's constTableAt):
//   uint32_t  constOffsets[constCount] offsets of the constants from the image start
//   constants ...                    ConstHeader + payload each, 4-aligned
#ifndef ENG_BYTECODE_IMAGE_H
#define ENG_BYTECODE_IMAGE_H

#include <stdint.h>

#include "bytecode/opcodes.h"

namespace eng {

constexpr uint32_t IMAGE_MAGIC = 0x42474e45u;  // "ENGB" read as little-endian
// 4: block scoping; 5: ES2015 expression opcodes, length, slot constants;
// 6: destructuring; 7: classes (class opcodes, FN_CLASS_CONSTRUCTOR,
// FN_DERIVED, thisReg); 8: word size, configuration, flags, file name and
// checksum in the header; 9: for-of (ITERNEXT's done-flag operand C, which
// an older engine would ignore and loop for ever); 10: generators (INITGEN,
// YIELD, RESUME, DELEGATE, DELEGATED, FN_GENERATOR); 11: the iteration
// protocol (ITERCLOSE, and ITERINIT's state is no longer a position an
// older engine could step); 12: BigInt (CONST_BIGINT, and TONUM's operand C
// set for ToNumeric: the old value of x++); 13: import() (IMPORTCALL)
constexpr uint16_t IMAGE_VERSION = 13;
constexpr uint8_t IMAGE_LITTLE_ENDIAN = 1;
constexpr uint8_t IMAGE_BIG_ENDIAN = 2;

// Build options an image depends on (ImageHeader::config): an image runs
// only on a build whose bits are the same.
enum ImageConfig : uint32_t {
    IMAGE_CONFIG_NAN_BOXED = 1u << 0,  // 64-bit NaN-boxed values (else 32-bit tagged words)
};

// This build's bits (mirrors ENG_VALUE_NAN_BOXED of value/value.h; the
// loader checks that they agree).
constexpr uint32_t IMAGE_BUILD_CONFIG = UINTPTR_MAX > 0xffffffffu ? static_cast<uint32_t>(IMAGE_CONFIG_NAN_BOXED) : 0u;

// ImageHeader::flags
enum ImageFlags : uint32_t {
    IMAGE_NO_LINES = 1u << 0,  // line tables stripped: errors give the function and pc
};

struct ImageHeader {
    uint32_t magic;
    uint16_t version;
    uint8_t endianness;  // IMAGE_LITTLE_ENDIAN or IMAGE_BIG_ENDIAN
    uint8_t wordSize;    // sizeof(void *) of the writer's build
    uint32_t config;     // ImageConfig bits of the writer's build
    uint32_t flags;      // ImageFlags
    uint32_t functionCount;
    uint32_t totalSize;      // bytes, header included (a multiple of 4)
    uint32_t loadOnlyStart;  // where the constant blocks start (4-aligned)
    uint32_t fileNameAt;     // UTF-8 file name (in the load-only part), 0: none
    uint32_t fileNameLength;
    // CRC-32 (IEEE) of the totalSize bytes with this field read as 0; 0 in
    // an image the compiler made for immediate loading (not checked then).
    uint32_t checksum;
};

enum FunctionFlags : uint16_t {
    FN_STRICT = 1u << 0,        // strict mode code
    FN_SCRIPT = 1u << 1,        // top-level script code (names are globals)
    FN_USES_ARGUMENTS = 1u << 2, // create an arguments object into argumentsReg
    // Sloppy function with parameters that uses `arguments` (ES5 10.6 mapped
    // arguments object): before the first instruction the executor boxes
    // every parameter register R[0..nparams) itself (the compiler emits no
    // NEWBOX for them and accesses them as boxes), and arguments[i] for
    // i < min(argc, nparams) aliases the box of parameter i.
    FN_MAPPED_ARGUMENTS = 1u << 3,
    FN_EVAL_CODE = 1u << 4,         // eval code: its var and function bindings are deletable
    FN_ARROW = 1u << 5,             // arrow function (ES2015 14.2): not a constructor, no prototype
    // A rest parameter (ES2015): register nparams receives an array of the
    // arguments from index nparams on, made at entry like the arguments object.
    FN_REST = 1u << 6,
    FN_METHOD = 1u << 7,  // method, getter or setter (ES2015 14.3): not a constructor, no prototype
    // A class constructor (ES2015 14.5): a call without new is a TypeError;
    // its prototype property is made by CLASS, not lazily.
    FN_CLASS_CONSTRUCTOR = 1u << 8,
    // The constructor of a class with `extends`: `this` starts empty (in its
    // TDZ) in the register thisReg of the header, which super() fills (a Box
    // there when arrow functions capture it); a construct return reads it.
    FN_DERIVED = 1u << 9,
    // A generator function (ES2015 14.4): not a constructor; its prologue
    // ends in INITGEN, which returns the suspended generator object.
    FN_GENERATOR = 1u << 10,
    // An async function (ES2017 15.8): not a constructor; its prologue ends
    // in INITGEN with C = 1 and each await is YIELD with C = 1 (vm/async.cpp).
    FN_ASYNC = 1u << 11
};

constexpr uint32_t NO_NAME = 0xffffffffu;
constexpr uint16_t NO_REGISTER = 0xffffu;

struct FunctionHeader {
    uint16_t nregs;         // registers needed, parameters included (<= 256)
    uint16_t nparams;       // declared parameters: the function's length
    uint16_t flags;         // FunctionFlags
    uint16_t argumentsReg;  // NO_REGISTER unless FN_USES_ARGUMENTS
    uint32_t nameConst;     // constant index of the name, NO_NAME if anonymous
    uint32_t codeCount;
    uint32_t innerCount;
    uint32_t upvalCount;
    uint32_t lineBytes;     // size of the packed line table, before padding
    uint32_t constCount;
    uint32_t sourceStart;   // byte offsets of the function's text in the source
    uint32_t sourceEnd;     //   (for Function.prototype.toString later)
    uint32_t localNameCount;  // 0 or nregs
    uint32_t constTableAt;    // offset of the constant block from the image start
    uint32_t evalSiteCount;     // direct eval calls (CALL C = 1 + site index)
    uint32_t evalBindingCount;
    uint16_t length;        // the function's "length": parameters before the first
                            //   default or rest (ES2015), nparams for simple lists
    uint16_t thisReg;       // FN_DERIVED: register of the this binding (image.h FN_DERIVED)
};

// How a closure finds upvalue i when CLOSURE creates it, seen from the
// function executing the CLOSURE instruction (the parent):
enum UpvalKind : uint8_t {
    UPVAL_PARENT_REGISTER = 0, // the parent's register `index` holds the Box
    UPVAL_PARENT_UPVAL = 1,    // the parent's own upvalue `index`
    UPVAL_GLOBAL = 2           // not a local anywhere: a global, by name
};
// UpvalDesc word: bits 0-15 index, bits 16-23 UpvalKind.
inline uint32_t makeUpvalDesc(UpvalKind kind, uint32_t index) {
    return (index & 0xffffu) | (static_cast<uint32_t>(kind) << 16);
}
inline UpvalKind upvalDescKind(uint32_t d) { return static_cast<UpvalKind>((d >> 16) & 0xff); }
inline uint32_t upvalDescIndex(uint32_t d) { return d & 0xffffu; }

// What a direct eval call site sees (ES5 10.4.2): the bindings around the
// call, innermost first, each found like an upvalue of a closure the caller
// would make (desc bits 0-23, UpvalDesc) plus its kind (bits 24-31). The
// eval code becomes a script closure with one upvalue per binding.
enum EvalBindingKind : uint8_t {
    EVAL_BINDING = 0,  // a variable (catch parameter, enclosing function's variable)
    EVAL_VARENV = 1,   // a variable of the caller's own function: a `var` of
                       // sloppy eval code with that name binds it
    EVAL_WITH = 2,     // an object whose properties are bindings (with, or
                       // the eval variables of an enclosing function)
    EVAL_VAROBJ = 3,   // the caller's object for variables that sloppy eval
                       // code declares (the Box may hold undefined: made on use)
    EVAL_VARS = 4,     // such an object of an enclosing function (like WITH,
                       // but a function called through it gets undefined this)
    EVAL_CONST = 5,    // a const binding (block scoping): eval code may not assign it
    EVAL_LEXICAL = 6,  // a let (or block function) of the caller's blocks: a var
                       // of sloppy eval code may not have its name
    EVAL_CALLEE = 7    // a function expression's own name: assigning it is
                       // ignored (a TypeError in strict code)
};
struct EvalBinding {
    uint32_t nameConst;  // the name (hidden names for objects)
    uint32_t desc;       // UpvalDesc | kind << 24
};
inline uint32_t makeEvalDesc(uint32_t upvalDesc, EvalBindingKind kind) {
    return (upvalDesc & 0xffffffu) | (static_cast<uint32_t>(kind) << 24);
}
inline EvalBindingKind evalDescKind(uint32_t d) { return static_cast<EvalBindingKind>(d >> 24); }

// One decoded entry of the line table.
struct LineEntry {
    uint32_t pc;      // first instruction at this position
    uint32_t line;    // 1-based
    uint32_t column;  // 1-based
};

enum ConstTag : uint8_t {
    CONST_NUMBER = 1,   // payload: double (8 bytes, read with memcpy)
    CONST_STRING8 = 2,  // payload: uint32 length, then length Latin-1 bytes
    CONST_STRING16 = 3, // payload: uint32 length, then length UTF-16 code units
    CONST_SLOT = 4,     // no payload: undefined, a per-load slot the code may fill
                        // (a tagged template site's cached template object)
    CONST_BIGINT = 5    // payload as CONST_STRING8: a BigInt literal's text (decimal
                        // digits, or 0x/0o/0b and digits), made a BigInt on loading
};

struct ConstHeader {
    uint8_t tag;
    uint8_t reserved[3];
};

}  // namespace eng

#endif
