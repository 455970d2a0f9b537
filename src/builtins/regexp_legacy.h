// Annex B's legacy RegExp features (builtins/regexp_legacy.cpp).
#ifndef ENG_BUILTINS_REGEXP_LEGACY_H
#define ENG_BUILTINS_REGEXP_LEGACY_H

#include "builtins/flash_props.h"
#include "regexp/regexp.h"
#include "vm/call.h"

namespace eng {

#if ENG_REGEXP_LEGACY
// After a successful match of re against s (RegExpBuiltinExec): the
// statics take this match when %RegExp% made re for itself, and are
// invalidated (their getters throw) when a subclass did.
Status regexpLegacyRecord(Heap &h, JSObject *re, HString *s, const MatchResult &m);
Status regexpCompileMethod(NativeCall &c);

// The accessor pairs of the RegExp constructor's static properties.
extern const FlashAccessor regexpLegacyInputPair, regexpLegacyDollarInputPair, regexpLegacyPair1,
    regexpLegacyPair2, regexpLegacyPair3, regexpLegacyPair4, regexpLegacyPair5, regexpLegacyPair6,
    regexpLegacyPair7, regexpLegacyPair8, regexpLegacyPair9, regexpLegacyLastMatchPair,
    regexpLegacyDollarLastMatchPair, regexpLegacyLastParenPair, regexpLegacyDollarLastParenPair,
    regexpLegacyLeftContextPair, regexpLegacyDollarLeftContextPair, regexpLegacyRightContextPair,
    regexpLegacyDollarRightContextPair;
#define ENG_REGEXP_LEGACY_ACCESSOR(P, name, pair) P(name, ATTR_CONFIGURABLE, ENG_FLASH_ACCESSOR(pair))
// Their entries in the constructor's table in flash.
#define REGEXP_LEGACY_CTOR_PROPS(P)                                                                             \
    ENG_REGEXP_LEGACY_ACCESSOR(P, input, regexpLegacyInputPair)                                                 \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollarInput, regexpLegacyDollarInputPair)                                     \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollar1, regexpLegacyPair1) ENG_REGEXP_LEGACY_ACCESSOR(P, dollar2, regexpLegacyPair2) \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollar3, regexpLegacyPair3) ENG_REGEXP_LEGACY_ACCESSOR(P, dollar4, regexpLegacyPair4) \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollar5, regexpLegacyPair5) ENG_REGEXP_LEGACY_ACCESSOR(P, dollar6, regexpLegacyPair6) \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollar7, regexpLegacyPair7) ENG_REGEXP_LEGACY_ACCESSOR(P, dollar8, regexpLegacyPair8) \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollar9, regexpLegacyPair9)                                                   \
    ENG_REGEXP_LEGACY_ACCESSOR(P, lastMatch, regexpLegacyLastMatchPair)                                         \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollarLastMatch, regexpLegacyDollarLastMatchPair)                             \
    ENG_REGEXP_LEGACY_ACCESSOR(P, lastParen, regexpLegacyLastParenPair)                                         \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollarLastParen, regexpLegacyDollarLastParenPair)                             \
    ENG_REGEXP_LEGACY_ACCESSOR(P, leftContext, regexpLegacyLeftContextPair)                                     \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollarLeftContext, regexpLegacyDollarLeftContextPair)                         \
    ENG_REGEXP_LEGACY_ACCESSOR(P, rightContext, regexpLegacyRightContextPair)                                   \
    ENG_REGEXP_LEGACY_ACCESSOR(P, dollarRightContext, regexpLegacyDollarRightContextPair)
#define REGEXP_LEGACY_PROTO_METHODS(M, X) M(X, compile, regexpCompileMethod, 2, 0)
#else
#define REGEXP_LEGACY_CTOR_PROPS(P)
#define REGEXP_LEGACY_PROTO_METHODS(M, X)
#endif

// RegExpInitialize's compiling part for compile(): pattern (rooted) with
// flags replaces re's program and source (regexp_builtins.cpp).
Status regexpRecompile(Heap &h, JSObject *re, HString *pattern, uint32_t flags);

}  // namespace eng

#endif
