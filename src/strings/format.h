// printf-style formatting into a caller's buffer without the C library's
// printf family, which on newlib may allocate with malloc and links its
// floating-point conversion. Conversions: %d %i %u %x %X %o %c %s %p %f %F
// %e %E %g %G and %%, with the length modifiers hh h l ll z j t on the
// integer ones; flags '-' '0' '+' ' ' ('#' is accepted and ignored); a
// width; a precision ('.N' or '.*') for %s and the floating-point ones
// (at most 20 digits; exact, rounded half up). An unsupported conversion
// (%n, %a, %ls, ...) ends the formatting: it and the rest of the format are
// copied as they are, and no further argument is read.
#ifndef ENG_STRINGS_FORMAT_H
#define ENG_STRINGS_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

namespace eng {

// Always NUL-terminated (size > 0); returns the length written, which is
// below size (output that does not fit is dropped).
size_t formatText(char *out, size_t size, const char *format, ...) __attribute__((format(printf, 3, 4)));
size_t formatTextV(char *out, size_t size, const char *format, va_list args) __attribute__((format(printf, 3, 0)));

}  // namespace eng

#endif
