// What the String built-ins' files share (string_builtins.cpp, the ES2015+
// methods in string_es2015.cpp and matchAll in string_match_all.cpp).
#ifndef ENG_BUILTINS_STRING_COMMON_H
#define ENG_BUILTINS_STRING_COMMON_H

#include "heap/heap.h"
#include "strings/rom_symbols.h"
#include "vm/call.h"

namespace eng {

// RequireObjectCoercible(this) + ToString(this); the string replaces this in
// its (rooted) slot. The TypeError names the method.
Status thisString(NativeCall &c, const char *method, HString **out);
// The first index >= from where pat occurs in s, or -1; the units compared
// are charged to the instruction budget (vm/interrupt.h).
int64_t findForward(Heap &h, const HString *s, const HString *pat, uint32_t from);
// Whether pat occurs in s at pos; adds the units compared to *work.
bool matchesAt(const HString *s, uint32_t pos, const HString *pat, size_t *work);
// IsRegExp (ES2015 7.2.8): an object whose @@match is truthy, or without
// one a RegExp object.
Status isRegExpArgument(Heap &h, Value v, bool *out);
// ToString(Get(rx, "flags")) contains "g", after RequireObjectCoercible:
// else the TypeError of replaceAll/matchAll naming the method.
Status requireGlobalFlag(Heap &h, Value rx, const char *method);
// GetMethod(argument 0, which) when that is an object (ES2025 asks no
// primitive) and, when there is one, its call with this
// value and the first argc - 1 other arguments ("abc".replace(obj, r) calls
// obj[Symbol.replace]("abc", r)): *called says whether it ran, its result
// is c's. A RegExp nothing has changed is not called: the caller's own
// path does what RegExp.prototype's method would.
Status callSearchProtocol(NativeCall &c, WellKnownSymbol which, uint32_t argc, bool *called);
// Invoke(rx, which, S, arg): for the RegExp that match or search made from
// a pattern, when RegExp.prototype has been changed; *called says whether
// it was (else the caller's own path serves).
Status invokeChangedProtocol(NativeCall &c, Value rx, WellKnownSymbol which, HString *s, bool *called);

// regexp_protocols.cpp: RegExp.prototype[@@match/@@replace/@@search/@@split].
// A RegExp whose own properties are lastIndex alone, with RegExp.prototype
// (and, withSpecies, RegExp) as built: the String methods' direct paths
// observe what the generic steps would.
bool isPristineRegExp(Heap &h, Value v, bool withSpecies);
// RegExpExec (ES2024 22.2.7.1): rx's "exec" when callable (its result an
// object or null), else the built-in one, for RegExp objects only.
Status regexpExecOf(Heap &h, Value rx, Value s, Value *out);
// ToLength(Get(rx, "lastIndex")), and Set(rx, "lastIndex", index, true).
Status regexpReadLastIndex(Heap &h, Value rx, double *out);
Status regexpWriteLastIndex(Heap &h, Value rx, double index);
// RegExp.prototype[@@matchAll] (string_match_all.cpp, ENG_STRING_MATCH_ALL).
Status regexpSymbolMatchAll(NativeCall &c);
// The String.prototype method (match, replace, search, split) that a
// pristine RegExp's protocol method hands its work to (string_builtins.cpp).
Value stringSearchMethod(WellKnownSymbol which);

// The methods string_builtins.cpp's tables name from the other files.
Status stringFromCodePoint(NativeCall &c);
Status stringRaw(NativeCall &c);
Status stringCodePointAt(NativeCall &c);
Status stringStartsEndsIncludes(NativeCall &c);  // magic: SEARCH_STARTS ..
Status stringRepeat(NativeCall &c);
Status stringPad(NativeCall &c);  // magic 0: padStart, 1: padEnd
Status stringAt(NativeCall &c);
Status stringWellFormed(NativeCall &c);  // magic 0: isWellFormed, 1: toWellFormed
Status stringNormalize(NativeCall &c);
Status stringMatchAll(NativeCall &c);
Status stringHtml(NativeCall &c);  // string_html.cpp; magic: which method
enum StringSearchKind { SEARCH_STARTS, SEARCH_ENDS, SEARCH_INCLUDES };

}  // namespace eng

#endif
