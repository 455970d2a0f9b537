// Regular expressions (ES5.1 15.10): a compiler from pattern text to a small
// bytecode, and a backtracking matcher over UTF-16 code units (code points
// with the u flag) that keeps its backtrack state on an explicit, bounded
// stack (never the C stack).
//
// Case-insensitive matching canonicalizes with simple upper-casing for
// ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic and the fullwidth Latin
// letters; other characters are compared as they are.
#ifndef ENG_REGEXP_REGEXP_H
#define ENG_REGEXP_REGEXP_H

#include <stdint.h>

#include "heap/heap.h"

// Largest backtrack stack (bytes) one match may use before it fails with
// RangeError "Maximum call stack size exceeded". Small ports should define
// it lower (for example 64 KiB) in their port header.
#ifndef ENG_REGEXP_STACK_LIMIT
#define ENG_REGEXP_STACK_LIMIT (1024u * 1024u)
#endif

// Deepest nesting of groups and lookaheads a pattern may have. The parser
// keeps open groups on a heap stack (24 bytes each), not on the C stack.
#ifndef ENG_REGEXP_DEPTH_LIMIT
#define ENG_REGEXP_DEPTH_LIMIT 1000
#endif

namespace eng {

enum RegExpFlags : uint32_t {
    RE_GLOBAL = 1,
    RE_IGNORE_CASE = 2,
    RE_MULTILINE = 4,
    RE_DOT_ALL = 8,
    RE_STICKY = 16,
    RE_HAS_INDICES = 32,  // d (ENG_REGEXP_INDICES)
    RE_UNICODE = 64,      // u (ENG_REGEXP_UNICODE)
    RE_UNICODE_SETS = 128 // v (ENG_REGEXP_SETS): u's code points with the class set syntax
};
// Matching by code point: the u or the v flag.
constexpr uint32_t RE_FULL_UNICODE = RE_UNICODE | RE_UNICODE_SETS;

// A compiled pattern. code is owned (heapAlloc'd, codeWords * 4 bytes).
struct RegExpProgram {
    uint32_t *code;
    uint32_t codeWords;
    uint32_t groupCount;   // capturing groups + 1 (group 0 is the whole match)
    uint32_t loopCount;    // counted loops (matcher registers)
    uint32_t flags;        // RegExpFlags
    int32_t requiredChar;  // a code unit every match contains, or -1
    // Named groups (?<name>...), in group order: for each, the group's
    // number, the name's length, then its UTF-16 units. Owned (heapAlloc'd,
    // namesUnits * 2 bytes); null when the pattern names none.
    uint16_t *names;
    uint32_t namesUnits;
};
// The group named name[0..length) in p, or 0.
uint32_t regexpGroupNamed(const RegExpProgram &p, const uint16_t *name, uint32_t length);

// Compiles pattern (UTF-16 code units). On a syntax error throws SyntaxError
// "Invalid regular expression: /pattern/flags: reason"; nothing is leaked.
Status regexpCompile(Heap &h, const uint16_t *pattern, uint32_t length, uint32_t flags, RegExpProgram *out);
void regexpFreeProgram(Heap &h, RegExpProgram *p);

// Parses a flags string ("dgimsuy" in any order, each at most once; d and
// u only with their options).
bool regexpParseFlags(const HString *flags, uint32_t *out);

// The result of one match: captures[2*i], captures[2*i+1] are the start and
// end of group i, -1 when the group did not participate.
struct MatchResult {
    bool matched;
    uint32_t groupCount;  // groups including group 0
    int32_t *captures;    // 2 * groupCount entries (heapAlloc'd; free with matchResultFree)
};
void matchResultFree(Heap &h, MatchResult *r);

// Runs a program at each start index from `start` up to the input's length
// until one matches; a sticky program (flag y) only at `start`, unless
// search is set (split looks for the next match whatever the flag). The
// input must be rooted by the caller. Errors: out of memory, RangeError
// when the backtrack stack limit is exceeded.
Status regexpRun(Heap &h, const RegExpProgram &p, const HString *input, uint32_t start, MatchResult *out,
                 bool search = false);

// ---- RegExp objects (builtins/regexp_builtins.cpp) ---------------------
bool isRegExp(Value v);
// Matches the RegExp object re against input from start (lastIndex is
// neither read nor written). re and input need not be rooted by the caller.
Status regexpExecRaw(Heap &h, JSObject *re, HString *input, uint32_t start, MatchResult *out, bool search = false);
// RegExpBuiltinExec (ES2024 22.2.7.2): lastIndex read, and for a global or
// sticky rx used and written; *out the match array (makeMatchArray) or null,
// or with test true or false. rx must be a RegExp; rx and s need not be rooted.
Status regexpBuiltinExec(Heap &h, Value rx, HString *s, Value *out, bool test = false);
// The array exec returns: [match, captures...] with index, input and
// groups (the named groups' captures, or undefined). s must be rooted; the
// array is kept in out.
Status makeMatchArray(Heap &h, HString *s, const MatchResult &m, const RegExpProgram &p, LocalRoot &out);
// The groups object of a match of p: a null-prototype object with each
// named group's capture (or undefined), in group order; undefined when p
// names no group.
Status makeGroupsObject(Heap &h, HString *s, const int32_t *caps, const RegExpProgram &p, Value *out);
// new RegExp(pattern, flags) through the global constructor.
Status regexpCreate(Heap &h, Value pattern, Value flags, Value *out);
// The flags of a RegExp object (RegExpFlags), and its group count (+1).
uint32_t regexpFlags(JSObject *re);
uint32_t regexpGroupCount(JSObject *re);

// Installs RegExp and RegExp.prototype (called from initBuiltins).
Status initRegExpBuiltins(Heap &h);

}  // namespace eng

#endif
