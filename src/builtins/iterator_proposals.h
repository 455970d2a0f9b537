// The ES2026 Iterator.prototype methods of issue 10, each behind its own
// option, and the list iterator_helpers.cpp appends to Iterator.prototype's
// table.
#ifndef ENG_BUILTINS_ITERATOR_PROPOSALS_H
#define ENG_BUILTINS_ITERATOR_PROPOSALS_H

#include "config.h"
#include "vm/call.h"

namespace eng {
#if ENG_ITERATOR_INCLUDES
Status iteratorIncludes(NativeCall &c);  // iterator_includes_join.cpp
#define ITERATOR_PROTO_METHODS_INCLUDES(M, X) M(X, includes, iteratorIncludes, 1, 0)
#else
#define ITERATOR_PROTO_METHODS_INCLUDES(M, X)
#endif
#if ENG_ITERATOR_JOIN
Status iteratorJoin(NativeCall &c);  // iterator_includes_join.cpp
#define ITERATOR_PROTO_METHODS_JOIN(M, X) M(X, join, iteratorJoin, 1, 0)
#else
#define ITERATOR_PROTO_METHODS_JOIN(M, X)
#endif
}  // namespace eng

#define ITERATOR_PROTO_METHODS_PROPOSALS(M, X) ITERATOR_PROTO_METHODS_INCLUDES(M, X) ITERATOR_PROTO_METHODS_JOIN(M, X)

#endif
