// Promise.allKeyed and Promise.allSettledKeyed (ES2026 await-dictionary):
// declared for promise_builtins.cpp's list of Promise's methods (the
// functions are in promise_keyed.cpp).
#ifndef ENG_BUILTINS_PROMISE_KEYED_H
#define ENG_BUILTINS_PROMISE_KEYED_H

#include "config.h"

#if ENG_PROMISE_KEYED

#include "vm/call.h"

namespace eng {
Status promiseAllKeyed(NativeCall &c);  // magic 0: allKeyed, 1: allSettledKeyed
}  // namespace eng

#define PROMISE_STATIC_METHODS_KEYED(M, X) \
    M(X, allKeyed, promiseAllKeyed, 1, 0) M(X, allSettledKeyed, promiseAllKeyed, 1, 1)
#else
#define PROMISE_STATIC_METHODS_KEYED(M, X)
#endif
#endif
