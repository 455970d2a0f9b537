// Date string parsing: the ISO format of ES5.1 15.9.1.15 and the formats
// Date.prototype.toString / toUTCString produce (and similar common ones).
#ifndef ENG_BUILTINS_DATE_PARSE_H
#define ENG_BUILTINS_DATE_PARSE_H

#include "objects/object.h"

namespace eng {

// The time value, or NaN when the text is not a recognised date.
double parseDateString(Heap &h, const HString *text);

}  // namespace eng

#endif
