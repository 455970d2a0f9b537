# Sums the input sections of a GNU ld map file (-Wl,-Map) per origin, over
# the output sections named in `sections` (space separated: the ones that
# `size` counts as text). Prints "<origin> <bytes>" lines where origin is
#   engine:<member>   an object of libengine.a (e.g. engine:api.cpp.obj)
#   libc libm libgcc libstdc++ libnosys crt program   the rest of the link
#   fill              alignment padding the linker inserted
# Usage: awk -v sections=".text .ARM.exidx" -f map_sizes.awk firmware.map
function origin(file) {
    if (match(file, /libengine\.a\(.*\)$/)) return "engine:" substr(file, RSTART + 12, RLENGTH - 13)
    if (file ~ /libc_nano\.a\(|libc\.a\(|libg_nano\.a\(|libg\.a\(/) return "libc"
    if (file ~ /libm\.a\(/) return "libm"
    if (file ~ /libgcc\.a\(/) return "libgcc"
    if (file ~ /libstdc\+\+[_a-z]*\.a\(|libsupc\+\+[_a-z]*\.a\(/) return "libstdc++"
    if (file ~ /libnosys\.a\(|librdimon[_a-z]*\.a\(/) return "libnosys"
    if (file ~ /crt[0-9a-z]*\.o$/) return "crt"
    return "program"
}
# mawk has no strtonum: sizes in the map are hexadecimal.
function hex(text,    i, v) {
    v = 0
    for (i = 3; i <= length(text); i++) v = v * 16 + index("0123456789abcdef", tolower(substr(text, i, 1))) - 1
    return v
}
function add(file, size) {
    if (counted) bytes[origin(file)] += hex(size)
}
BEGIN { n = split(sections, list, " "); for (i = 1; i <= n; i++) wanted[list[i]] = 1 }
/^Linker script and memory map/ { inmap = 1; next }
/^Cross Reference Table/ { inmap = 0 }
!inmap { next }
# An output section starts in column 0.
/^\.[^ ]/ { counted = ($1 in wanted); pending = 0; next }
/^ \*fill\*/ { if (counted) bytes["fill"] += hex($3); next }
# An input section: name, then address, size and file on the same line or
# on the next one when the name is long.
/^ [^ *]/ {
    if (NF >= 4 && $2 ~ /^0x/) { add($4, $3); pending = 0 }
    else pending = (NF == 1)
    next
}
pending && /^ +0x[0-9a-f]+ +0x[0-9a-f]+ +[^ ]/ { add($3, $2); pending = 0; next }
{ pending = 0 }
END { for (o in bytes) if (bytes[o] > 0) print o, bytes[o] }
