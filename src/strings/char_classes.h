// Which code points are line terminators, white space and identifier
// characters (ES2024 12.2, 12.3, 12.7): the lexer's classes, and RegExp
// group names'. Non-ASCII identifier characters come from the Unicode
// ID_Start/ID_Continue tables (identifier_tables.cpp), or without them
// (ENG_USE_UNICODE_ID_TABLES 0) from an approximation.
#ifndef ENG_STRINGS_CHAR_CLASSES_H
#define ENG_STRINGS_CHAR_CLASSES_H

#include <stdint.h>

namespace eng {

bool isLineTerminator(uint32_t cp);
bool isWhiteSpace(uint32_t cp);
bool isIdentifierStart(uint32_t cp);  // ID_Start, $ and _
bool isIdentifierPart(uint32_t cp);   // ID_Continue, $, ZWNJ and ZWJ

}  // namespace eng

#endif
