// The ES2026 Iterator methods of issue 10, each behind its own option:
// the lists iterator_helpers.cpp appends to Iterator's and
// Iterator.prototype's tables, and the Iterator Helper kinds whose
// closures live in the proposals' files (iterator_proposals.cpp
// dispatches them).
#ifndef ENG_BUILTINS_ITERATOR_PROPOSALS_H
#define ENG_BUILTINS_ITERATOR_PROPOSALS_H

#include "config.h"
#include "vm/call.h"

#define ENG_ITERATOR_PROPOSAL_HELPERS (ENG_ITERATOR_SEQUENCING || ENG_ITERATOR_ZIP || ENG_ITERATOR_CHUNKING)

namespace eng {

// Helper kinds after iterator_helpers.cpp's own (map .. flatMap).
enum ProposalHelperKind : uint8_t { HELPER_SEQUENCE = 5, HELPER_ZIP, HELPER_CHUNKS, HELPER_WINDOWS };
constexpr uint8_t HELPER_FIRST_PROPOSAL = HELPER_SEQUENCE;

#if ENG_ITERATOR_PROPOSAL_HELPERS
// A new Iterator Helper of kind (iterator_helpers.cpp) over iterated and
// its next method (undefined: none), fn the closure's own state.
Status newProposalHelper(Heap &h, uint8_t kind, Value iterated, Value next, Value fn, Value *out);
// One resumption of such a helper's closure: *done at its end, else *out
// is the value it yields (iterator_proposals.cpp).
Status runProposalHelper(Heap &h, Value helper, Value *out, bool *done);
#endif

#if ENG_ITERATOR_SEQUENCING
Status iteratorConcat(NativeCall &c);  // iterator_sequencing.cpp
Status runSequence(Heap &h, Value helper, Value *out, bool *done);
#define ITERATOR_STATIC_METHODS_SEQUENCING(M, X) M(X, concat, iteratorConcat, 0, 0)
#else
#define ITERATOR_STATIC_METHODS_SEQUENCING(M, X)
#endif

#if ENG_ITERATOR_ZIP
Status iteratorZip(NativeCall &c);  // iterator_zip.cpp (magic 1: zipKeyed)
Status runZip(Heap &h, Value helper, Value *out, bool *done);
// return() of a zip helper: IteratorCloseAll of the iterators still open.
Status zipCloseAll(Heap &h, Value state);
#define ITERATOR_STATIC_METHODS_ZIP(M, X) M(X, zip, iteratorZip, 1, 0) M(X, zipKeyed, iteratorZip, 1, 1)
#else
#define ITERATOR_STATIC_METHODS_ZIP(M, X)
#endif

#if ENG_ITERATOR_CHUNKING
Status iteratorChunks(NativeCall &c);  // iterator_chunking.cpp (magic 1: windows)
Status runChunks(Heap &h, Value helper, Value *out, bool *done);
#define ITERATOR_PROTO_METHODS_CHUNKING(M, X) M(X, chunks, iteratorChunks, 1, 0) M(X, windows, iteratorChunks, 1, 1)
#else
#define ITERATOR_PROTO_METHODS_CHUNKING(M, X)
#endif

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

#define ITERATOR_STATIC_METHODS_PROPOSALS(M, X) ITERATOR_STATIC_METHODS_SEQUENCING(M, X) ITERATOR_STATIC_METHODS_ZIP(M, X)
#define ITERATOR_PROTO_METHODS_PROPOSALS(M, X) \
    ITERATOR_PROTO_METHODS_INCLUDES(M, X) ITERATOR_PROTO_METHODS_JOIN(M, X) ITERATOR_PROTO_METHODS_CHUNKING(M, X)

#endif
