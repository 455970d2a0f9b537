// printf-style formatting into a caller's buffer without the C library's
// printf family, which on newlib may allocate with malloc and links its
// floating-point conversion. Supports %s %c %d %u %x %X %f and %%, the
// flags '-' and '0', a width, and a precision ('.N' or '.*') for %s and %f
// (%f rounds to that many decimals, half up, exactly).
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
