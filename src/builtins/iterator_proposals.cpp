// The closures of the ES2026 Iterator Helpers of issue 10, by kind
// (iterator_proposals.h).
#include "builtins/iterator_proposals.h"

#if ENG_ITERATOR_PROPOSAL_HELPERS

#include "objects/object.h"

namespace eng {

Status runProposalHelper(Heap &h, Value helper, Value *out, bool *done) {
    switch (static_cast<JSIteratorHelper *>(asObject(helper))->kind) {
#if ENG_ITERATOR_SEQUENCING
    case HELPER_SEQUENCE: return runSequence(h, helper, out, done);
#endif
#if ENG_ITERATOR_ZIP
    case HELPER_ZIP: return runZip(h, helper, out, done);
#endif
#if ENG_ITERATOR_CHUNKING
    case HELPER_CHUNKS:
    case HELPER_WINDOWS: return runChunks(h, helper, out, done);
#endif
    default: *done = true; return Status::Ok;
    }
}

}  // namespace eng

#endif
