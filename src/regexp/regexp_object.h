// The RegExp object layout (ObjectClass::RegExp). The compiled program is
// owned by the object and freed with it (objects/object.cpp freeObject).
#ifndef ENG_REGEXP_REGEXP_OBJECT_H
#define ENG_REGEXP_REGEXP_OBJECT_H

#include "objects/object.h"
#include "regexp/regexp.h"

namespace eng {

struct JSRegExp : JSObject {
    RegExpProgram program;  // code is null until compiled
    HString *source;        // the pattern text as given (marked by the collector)
#if ENG_REGEXP_LEGACY
    // [[LegacyFeaturesEnabled]] (Annex B): made by %RegExp% for itself, not
    // for a subclass; only such regexps update RegExp.$1 and may compile().
    bool legacyFeatures;
#endif
};

inline void freeRegExpProgram(Heap &h, JSObject *o) {
    JSRegExp *re = static_cast<JSRegExp *>(o);
    if (re->program.code) regexpFreeProgram(h, &re->program);
}

}  // namespace eng

#endif
