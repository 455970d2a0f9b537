// The Object functions defined outside object_builtins.cpp, named by its
// method tables.
#ifndef ENG_BUILTINS_OBJECT_INTERNAL_H
#define ENG_BUILTINS_OBJECT_INTERNAL_H

#include "builtins/builtins.h"

namespace eng {

// object_entries_builtins.cpp
Status objectAssign(NativeCall &c);
Status objectValuesEntries(NativeCall &c);  // magic: 0 values, 1 entries
Status objectFromEntries(NativeCall &c);
Status objectGroupBy(NativeCall &c);
// object_legacy_accessors.cpp (magic: 0 getter, 1 setter)
Status objectDefineAccessor(NativeCall &c);
Status objectLookupAccessor(NativeCall &c);

}  // namespace eng

#endif
