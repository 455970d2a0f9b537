# From the cross reference table of a GNU ld map file (-Wl,--cref), the
# symbols that libengine.a objects reference and a C/C++ runtime library
# defines. Prints "<library> <symbol>" (library as in map_sizes.awk).
# Usage: awk -f cref_imports.awk firmware.map
function library(file) {
    if (file ~ /libc_nano\.a\(|libc\.a\(|libg_nano\.a\(|libg\.a\(/) return "libc"
    if (file ~ /libm\.a\(/) return "libm"
    if (file ~ /libgcc\.a\(/) return "libgcc"
    if (file ~ /libstdc\+\+[_a-z]*\.a\(|libsupc\+\+[_a-z]*\.a\(/) return "libstdc++"
    if (file ~ /libnosys\.a\(|librdimon[_a-z]*\.a\(/) return "libnosys"
    return ""
}
function flush() {
    if (symbol != "" && lib != "" && used) print lib, symbol
    symbol = ""; lib = ""; used = 0; need_definer = 0
}
/^Cross Reference Table/ { intable = 1; next }
!intable || /^Symbol +File/ || /^$/ { next }
# A symbol in column 0, its defining file beside it (or on the next line).
/^[^ ]/ {
    flush()
    symbol = $1
    if (NF >= 2) lib = library($2); else need_definer = 1
    next
}
need_definer { lib = library($1); need_definer = 0; next }
$1 ~ /libengine\.a\(/ { used = 1 }
END { flush() }
