// Strings the engine itself needs often (property names of built-ins, type
// names, error names): const HStrings in flash (strings/rom_strings.cpp),
// found by interning like any other string, costing a heap nothing.
#ifndef ENG_HEAP_ATOMS_H
#define ENG_HEAP_ATOMS_H

namespace eng {

#define ENG_ATOMS(X)                                                                \
    X(empty, "") X(length, "length") X(prototype, "prototype")                      \
    X(constructor, "constructor") X(name, "name") X(message, "message")             \
    X(toString, "toString") X(valueOf, "valueOf") X(callee, "callee")               \
    X(undefined, "undefined") X(null, "null") X(true_, "true") X(false_, "false")   \
    X(boolean, "boolean") X(number, "number") X(string, "string")                   \
    X(object, "object") X(function, "function") X(NaN, "NaN")                       \
    X(Infinity, "Infinity") X(minusInfinity, "-Infinity")                           \
    X(fileName, "fileName") X(lineNumber, "lineNumber")                             \
    X(columnNumber, "columnNumber") X(stack, "stack")                               \
    X(Error, "Error") X(TypeError, "TypeError") X(ReferenceError, "ReferenceError") \
    X(RangeError, "RangeError") X(SyntaxError, "SyntaxError")                       \
    X(EvalError, "EvalError") X(URIError, "URIError") X(anonymous, "anonymous")     \
    X(RegExp, "RegExp") X(zero, "0") X(join, "join")                               \
    X(globalThis, "globalThis") X(Object, "Object") X(Function, "Function")         \
    X(Array, "Array") X(String, "String") X(Number, "Number")                       \
    X(Boolean, "Boolean") X(Date, "Date") X(Math, "Math") X(JSON, "JSON")           \
    X(outOfMemory, "Out of memory") X(arguments, "arguments") X(caller, "caller")   \
    X(eval, "eval") X(MAX_VALUE, "MAX_VALUE") X(MIN_VALUE, "MIN_VALUE")             \
    X(NEGATIVE_INFINITY, "NEGATIVE_INFINITY")                                       \
    X(POSITIVE_INFINITY, "POSITIVE_INFINITY") X(EPSILON, "EPSILON")                 \
    X(MAX_SAFE_INTEGER, "MAX_SAFE_INTEGER") X(MIN_SAFE_INTEGER, "MIN_SAFE_INTEGER") \
    X(E, "E") X(LN10, "LN10") X(LN2, "LN2") X(LOG10E, "LOG10E") X(LOG2E, "LOG2E")   \
    X(PI, "PI") X(SQRT1_2, "SQRT1_2") X(SQRT2, "SQRT2") X(lastIndex, "lastIndex")   \
    X(index, "index") X(input, "input") X(toJSON, "toJSON") X(raw, "raw")           \
    X(toISOString, "toISOString") X(toLocaleString, "toLocaleString")              \
    X(comma, ",") X(getPrefix, "get ") X(symbol, "symbol") X(Symbol, "Symbol")     \
    X(next, "next") X(return_, "return") X(done, "done") X(value, "value")     \
    X(values, "values") X(asyncIterator, "asyncIterator")                            \
    X(hasInstance, "hasInstance") X(isConcatSpreadable, "isConcatSpreadable")       \
    X(iterator, "iterator") X(match, "match") X(matchAll, "matchAll")               \
    X(replace, "replace") X(search, "search") X(species, "species")                \
    X(split, "split") X(toPrimitive, "toPrimitive") X(toStringTag, "toStringTag")  \
    X(unscopables, "unscopables")

enum Atom {
#define ENG_ATOM_ENUM(id, text) ATOM_##id,
    ENG_ATOMS(ENG_ATOM_ENUM)
#undef ENG_ATOM_ENUM
    ATOM__COUNT
};

struct HString;
// The atoms as strings in flash, by Atom.
extern const HString *const romAtoms[ATOM__COUNT];

}  // namespace eng

#endif
