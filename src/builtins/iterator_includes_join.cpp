// Iterator.prototype.includes (ES2026, iterator-includes) and
// Iterator.prototype.join (ES2026): eager methods that drain this
// iterator, each behind its own option.
#include "config.h"

#if ENG_ITERATOR_INCLUDES || ENG_ITERATOR_JOIN

#include <math.h>

#include "builtins/builtins.h"
#include "builtins/iterator_proposals.h"
#include "builtins/iterator_protocol.h"
#include "objects/object_ops.h"
#include "strings/builder.h"
#include "value/number.h"
#include "vm/convert.h"
#include "vm/errors.h"

namespace eng {

#if ENG_ITERATOR_INCLUDES
// Iterator.prototype.includes(searchElement [, skippedElements]).
Status iteratorIncludes(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(iteratorThisObject(c, "includes"));
    double toSkip = 0;
    Value skip = c.arg(1);
    if (!skip.isUndefined()) {
        // Not converted: only +-Infinity or an integral number will do.
        double d = isNumber(skip) ? numberOf(skip) : NAN;
        if (isnan(d) || (isfinite(d) && d != trunc(d))) {
            (void)throwError(h, PROTO_TYPE_ERROR, "skippedElements must be an integral number");
            return iteratorCloseThrowing(h, c.thisValue());
        }
        if (d < 0 || (isfinite(d) && d > 9007199254740991.0)) {
            (void)throwError(h, PROTO_RANGE_ERROR, "skippedElements must be between 0 and 2^53 - 1, or Infinity");
            return iteratorCloseThrowing(h, c.thisValue());
        }
        toSkip = d;
    }
    Value next;
    ENG_TRY(getValueProperty(h, c.thisValue(), Value::pointer(atom(h, ATOM_next)), &next));
    LocalRoot rn(h, next);
    c.setResult(Value::boolean(false));
    for (double skipped = 0;;) {
        Value value;
        bool done;
        ENG_TRY(iteratorStepValue(h, c.thisValue(), rn.value, &value, &done));
        if (done) return Status::Ok;
        if (skipped < toSkip) {
            skipped++;
            continue;
        }
        Value search = c.arg(0);
        bool same = strictEquals(value, search) ||
                    (isNumber(value) && isNumber(search) && isnan(numberOf(value)) && isnan(numberOf(search)));
        if (same) {
            c.setResult(Value::boolean(true));
            return iteratorCloseNormally(h, c.thisValue());
        }
    }
}
#endif

#if ENG_ITERATOR_JOIN
// Iterator.prototype.join(separator): the values' strings (nullish ones
// empty) between separators ("," when undefined).
Status iteratorJoin(NativeCall &c) {
    Heap &h = c.heap;
    ENG_TRY(iteratorThisObject(c, "join"));
    HString *sep = nullptr;
    if (!c.arg(0).isUndefined()) {
        if (toString(h, c.arg(0), &sep) != Status::Ok) return iteratorCloseThrowing(h, c.thisValue());
        c.setArg(0, Value::pointer(sep));  // rooted there
    }
    Value next;
    ENG_TRY(getValueProperty(h, c.thisValue(), Value::pointer(atom(h, ATOM_next)), &next));
    LocalRoot rn(h, next);
    StringBuilder b(h);
    for (bool first = true;; first = false) {
        Value value;
        bool done;
        ENG_TRY(iteratorStepValue(h, c.thisValue(), rn.value, &value, &done));
        if (done) break;
        if (!first) {
            if (c.arg(0).isUndefined()) ENG_TRY(b.appendAscii(","));
            else ENG_TRY(b.append(asString(c.arg(0))));
        }
        if (value.isNullish()) continue;
        HString *s;
        if (toString(h, value, &s) != Status::Ok) return iteratorCloseThrowing(h, c.thisValue());
        ENG_TRY(b.append(s));
    }
    HString *result = b.finish();
    if (!result) return Status::Error;
    c.setResult(Value::pointer(result));
    return Status::Ok;
}
#endif

}  // namespace eng

#endif
