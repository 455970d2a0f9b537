// Strings the engine itself needs often, interned once per heap and kept
// alive by it (property names of built-ins, type names, error names).
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
    X(RegExp, "RegExp") X(zero, "0") X(join, "join")

enum Atom {
#define ENG_ATOM_ENUM(id, text) ATOM_##id,
    ENG_ATOMS(ENG_ATOM_ENUM)
#undef ENG_ATOM_ENUM
    ATOM__COUNT
};

extern const char *const atomTexts[ATOM__COUNT];

}  // namespace eng

#endif
