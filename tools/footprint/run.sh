#!/usr/bin/env bash
# Footprint benchmark (issue 8): flash, heap and C stack of the engine,
# measured, printed beside the issue's anchor figures, and checked against
# the ceilings in tools/footprint/budgets.txt. See docs/memory.md.
#
#   bash tools/footprint/run.sh [--profile NAME] [--cores "cortex-m4 cortex-m3 cortex-m0"]
#                               [--no-check] [--propose]
#
#   --profile NAME  passes -DENG_PROFILE=NAME to the engine and selects the
#                   budgets of that profile (default: "default", no -D)
#   --cores LIST    Cortex-M cores to build and run (default: all three)
#   --no-check      print only; do not compare with the ceilings
#   --propose       also print budget lines for today's figures (ceiling =
#                   figure + 0.5 %), to paste into budgets.txt when lowering
#
# Exit status: 0, or 1 when a figure exceeds its ceiling or a measurement
# fails (wrong workload result, engine statistics disagreeing, ...).
# Builds go to build/footprint/<profile>/{host-32,<core>}; logs beside them.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
here=tools/footprint

profile=default
cores="cortex-m4 cortex-m3 cortex-m0"
check=1
propose=0
while [ $# -gt 0 ]; do
    case $1 in
        --profile) profile=$2; shift 2 ;;
        --cores) cores=$2; shift 2 ;;
        --no-check) check=0; shift ;;
        --propose) propose=1; shift ;;
        *) echo "usage: $0 [--profile NAME] [--cores LIST] [--no-check] [--propose]" >&2; exit 2 ;;
    esac
done

workloads=(script_a fib20 closures json2k)
workload_files=()
for w in "${workloads[@]}"; do workload_files+=("$here/workloads/$w.js"); done
out=build/footprint/$profile
mkdir -p "$out"
jobs=$(nproc 2>/dev/null || echo 2)
profile_flags=()
[ "$profile" != default ] && profile_flags=("-DENG_PROFILE=$profile")

declare -A fig     # figure name -> measured value
failed=0
fail() { echo "FAIL: $*" >&2; failed=1; }

# Configures and builds tools/footprint into $1 (extra cmake arguments
# follow); the log is kept, and shown when something fails.
build() {
    local dir=$1
    shift
    if ! { cmake -G Ninja -S "$here" -B "$dir" -DCMAKE_BUILD_TYPE=MinSizeRel \
               "${profile_flags[@]}" "$@" && cmake --build "$dir" -j "$jobs"; } >"$dir.log" 2>&1; then
        tail -40 "$dir.log" >&2
        echo "build of $dir failed (log: $dir.log)" >&2
        exit 1
    fi
}

# Reads footprint_measure's output (file $2) into fig[heap.$1.*] and fig[stack.$1.*].
read_measure() {
    local src=$1 name key value field
    while read -r name rest; do
        case $name in pointer_size=*|"") continue ;; esac
        name=${name%.js}
        for field in $rest; do
            key=${field%%=*}
            value=${field#*=}
            case $key in
                bytes|allocs|peak) fig[heap.$src.$name.$key]=$value ;;
                stack) if [ "$value" != - ]; then fig[stack.$src.$name]=$value; fi ;;
            esac
        done
    done <"$2"
}

# ---------------------------------------------------------------- measure

echo "building: host-32 (heap figures) and $cores (firmware, -Os, soft-float, newlib-nano)" >&2
build "$out/host-32" -DCMAKE_C_FLAGS=-m32 -DCMAKE_CXX_FLAGS=-m32
if ! "$out/host-32/footprint_measure" "${workload_files[@]}" >"$out/host-32.txt"; then
    fail "footprint_measure on the 32-bit host (output: $out/host-32.txt)"
fi
read_measure host-32 "$out/host-32.txt"
# The bytecode image the runtime without the compiler runs (fib20: small,
# so that the image's own bytes, subtracted below, are few).
if ! "$out/host-32/footprint_measure" --image-c "$out/app_image.c" "$here/workloads/fib20.js"; then
    fail "footprint_measure --image-c (the image of fib20.js)"
fi
image_bytes=$(awk '/fp_app_image_size =/ { gsub(/;/, ""); print $NF }' "$out/app_image.c")

text_of() { arm-none-eabi-size -A "$1" | awk '$1 == ".text" || $1 == ".ARM.exidx" { t += $2 } END { print t }'; }
declare -A split   # <core>.<origin> -> bytes of the engine image minus the empty one
declare -A imports # <core> -> "library symbol" lines
for core in $cores; do
    dir=$out/$core
    build "$dir" -DCMAKE_TOOLCHAIN_FILE="$root/cmake/arm-none-eabi.cmake" \
        -DENG_ARM_CPU="$core" -DENG_ARM_FLOAT_ABI=soft
    # Flash as `size` counts text: .text (code and read-only data) and .ARM.exidx.
    empty=$(text_of "$dir/fp_empty.elf")
    engine=$(text_of "$dir/fp_engine.elf")
    fig[flash.$core]=$((engine - empty))
    # Per origin from the map files; what is left is the linker's (padding,
    # minus duplicate strings merged away, which the map counts per object).
    declare -A e=() b=()
    while read -r o n; do e[$o]=$n; done < <(awk -v sections=".text .ARM.exidx" -f $here/map_sizes.awk "$dir/fp_engine.elf.map")
    while read -r o n; do b[$o]=$n; done < <(awk -v sections=".text .ARM.exidx" -f $here/map_sizes.awk "$dir/fp_empty.elf.map")
    rest=${fig[flash.$core]}
    for o in "${!e[@]}" "${!b[@]}"; do
        [ -n "${split[$core.$o]+x}" ] && continue
        [ "$o" = fill ] && continue
        split[$core.$o]=$(( ${e[$o]:-0} - ${b[$o]:-0} ))
        rest=$((rest - split[$core.$o]))
    done
    split[$core.linker]=$rest
    # Padding and merged strings are a few hundred bytes: much more means
    # the map was not read right (a changed map format), not a real figure.
    if [ "${rest#-}" -gt $((fig[flash.$core] / 100)) ]; then
        fail "$core: $rest bytes of flash not attributed from the map files (map_sizes.awk)"
    fi
    # Only the symbols that survived --gc-sections (defined in the image).
    arm-none-eabi-nm --defined-only "$dir/fp_engine.elf" | awk '{ print $3 }' >"$dir.symbols"
    imports[$core]=$(awk -f $here/cref_imports.awk "$dir/fp_engine.elf.map" |
        awk 'NR == FNR { defined[$1] = 1; next } $2 in defined' "$dir.symbols" - | sort)
    unset e b
    # The runtime without the compiler (ENG_COMPILER=OFF, docs/images.md):
    # fp_engine runs a bytecode image; its flash minus the image's bytes.
    if [ "$core" = cortex-m4 ]; then
        build "$dir-runtime" -DCMAKE_TOOLCHAIN_FILE="$root/cmake/arm-none-eabi.cmake" \
            -DENG_ARM_CPU="$core" -DENG_ARM_FLOAT_ABI=soft -DENG_COMPILER=OFF -DFP_IMAGE_C="$root/$out/app_image.c"
        fig[flash.runtime.$core]=$(( $(text_of "$dir-runtime/fp_engine.elf") - $(text_of "$dir-runtime/fp_empty.elf") - image_bytes ))
    fi
    # Heap and stack under QEMU. ARMv6-M code runs on the Cortex-M3 model
    # too (a subset of ARMv7-M): the only mps2 machines with room for it.
    case $core in cortex-m4) machine=mps2-an386 ;; *) machine=mps2-an385 ;; esac
    if ! cmake/qemu-run.sh -M "$machine" "$dir/fp_measure.elf" "${workload_files[@]}" >"$dir.txt"; then
        fail "fp_measure on QEMU $machine (output: $dir.txt)"
    fi
    read_measure "$core" "$dir.txt"
done

# The heap figures are those of the 32-bit host; each core must agree.
image_names=()
for w in "${workloads[@]}"; do image_names+=("image:$w"); done
for name in create "${workloads[@]}" "${image_names[@]}"; do
    for key in bytes allocs peak; do
        h=${fig[heap.host-32.$name.$key]:-}
        [ -z "$h" ] && continue
        fig[heap.$name.$key]=$h
        for core in $cores; do
            c=${fig[heap.$core.$name.$key]:-missing}
            [ "$c" != "$h" ] && fail "heap.$name.$key: $c on $core (QEMU), $h on the 32-bit host"
        done
    done
done

# ---------------------------------------------------------------- print

anchor() { awk -v k="$1" -v c="$2" '!/^#/ && $1 == k { print $c; f = 1 } END { if (!f) print "" }' $here/anchors.txt; }
budget() { awk -v p="$profile" -v k="$1" -v c="$2" '!/^#/ && $1 == p && $2 == k { print $c }' $here/budgets.txt; }
# A table row: label, then columns ("|" separates measured from anchors).
row() {
    printf '%-32s' "$1"
    shift
    for cell in "$@"; do
        if [ "$cell" = "|" ]; then printf ' |'; else printf ' %10s' "$cell"; fi
    done
    echo
}

echo
echo "Footprint, profile $profile ($(git describe --always --dirty 2>/dev/null || echo '?'); $(arm-none-eabi-gcc -dumpversion) -Os, soft-float, newlib-nano, --gc-sections)"
echo "Anchor columns: measured by the issue's author (issue 8), not by this repo; Cortex-M4. Target: budgets.txt."
echo
echo "== Flash: text of fp_engine.elf minus text of fp_empty.elf (bytes)"
row "" $cores "|" issue JerryScript Duktape Microvium target
row "engine share" $(for c in $cores; do echo "${fig[flash.$c]}"; done) \
    "|" "$(anchor flash 2)" "$(anchor flash 3)" "$(anchor flash 4)" "$(anchor flash 5)" "$(budget flash.cortex-m4 4)"
if [ -n "${fig[flash.runtime.cortex-m4]:-}" ]; then
    row "runtime without compiler" "${fig[flash.runtime.cortex-m4]}" "|" "" "" "" "" "$(budget flash.runtime.cortex-m4 4)"
    echo "  (Cortex-M4, ENG_COMPILER=OFF: fp_engine running the $image_bytes-byte image of fib20.js from flash, minus those bytes)"
fi
for o in engine libc libm libgcc libstdc++ libnosys crt program linker; do
    label=$o
    case $o in
        engine) label="  engine code (libengine.a)" ;;
        program) label="  main" ;;
        linker) label="  linker (padding - merged str)" ;;
        *) label="  $o" ;;
    esac
    vals=()
    for c in $cores; do
        if [ "$o" = engine ]; then
            s=0
            for k in "${!split[@]}"; do [[ $k == "$c.engine:"* ]] && s=$((s + split[$k])); done
            vals+=("$s")
        else
            vals+=("${split[$c.$o]:-0}")
        fi
    done
    row "$label" "${vals[@]}"
done
echo
echo "== Engine code by src/ folder (bytes; objects of libengine.a in the image)"
row "" $cores
declare -A folder_of
while read -r f; do folder_of[$(basename "$f").obj]=$(basename "$(dirname "$f")"); done < <(find src -name '*.cpp')
declare -A by_folder
folders=()
for k in "${!split[@]}"; do
    [[ $k == *".engine:"* ]] || continue
    c=${k%%.engine:*}
    f=${folder_of[${k#*.engine:}]:-?}
    [[ " ${folders[*]} " == *" $f "* ]] || folders+=("$f")
    by_folder[$c.$f]=$(( ${by_folder[$c.$f]:-0} + split[$k] ))
done
for f in $(printf '%s\n' "${folders[@]}" | sort); do
    row "  $f" $(for c in $cores; do echo "${by_folder[$c.$f]:-0}"; done)
done
echo
echo "== C library symbols libengine.a calls (defined in libc / libm / libstdc++; libgcc: helpers)"
first=""
for c in $cores; do
    if [ -n "$first" ] && [ "${imports[$c]}" = "${imports[$first]}" ]; then
        echo "  $c: same as $first"
        continue
    fi
    first=${first:-$c}
    echo "  $c:"
    for lib in libc libm libstdc++ libnosys libgcc; do
        syms=$(echo "${imports[$c]}" | awk -v l="$lib" '$1 == l { printf "%s ", $2 }')
        [ -n "$syms" ] && echo "$syms" | fold -s -w 96 | sed "s/^/    $(printf '%-10s' "$lib")/;2,\$s/^    [^ ]* */              /"
    done
    hits=$(echo "${imports[$c]}" | awk '$1 == "libc" && $2 ~ /^(malloc|free|realloc|calloc|_?[a-z]*printf|fwrite|fputs|puts|putchar|fopen|fflush|_impure_ptr|stdout|time|clock|gettimeofday|localtime.*|gmtime.*|mktime)$/ { printf "%s ", $2 }')
    echo "    of note (allocation, printf/stdio, time): ${hits:-none}"
done
echo
echo "== Heap: bytes requested from the allocator (32-bit; host-32 and QEMU $(echo $cores | tr ' ' ','): $( [ $failed = 0 ] && echo identical || echo 'see FAIL lines'))"
row "" bytes allocs "|" issue JerryScript Duktape Microvium target
row "after eng_create" "${fig[heap.create.bytes]:-?}" "${fig[heap.create.allocs]:-?}" \
    "|" "$(anchor heap.create 2)" "$(anchor heap.create 3)" "$(anchor heap.create 4)" "$(anchor heap.create 5)" "$(budget heap.create.bytes 4)"
for w in "${workloads[@]}"; do
    row "peak, $w" "${fig[heap.$w.peak]:-?}" "${fig[heap.$w.allocs]:-?}" \
        "|" "$(anchor heap.$w 2)" "$(anchor heap.$w 3)" "$(anchor heap.$w 4)" "$(anchor heap.$w 5)" "$(budget heap.$w.peak 4)"
done
for w in "${workloads[@]}"; do
    row "peak, $w from its image" "${fig[heap.image:$w.peak]:-?}" "${fig[heap.image:$w.allocs]:-?}" \
        "|" "" "" "" "" "$(budget heap.image:$w.peak 4)"
done
echo "  (from its image: eng_run_image of the workload's bytecode image, code and tables read in place)"
echo "  (allocs: live allocations after eng_create, or when the peak was reached)"
echo "  after eng_create by requested size, SIZExCOUNT, most bytes first (host-32):"
awk '$1 == "create_sizes" { $1 = ""; print }' "$out/host-32.txt" | fold -s -w 92 | sed 's/^ */    /'
echo
echo "== C stack peak under QEMU (bytes below the caller; create + eval + destroy)"
row "" $cores "|" issue JerryScript Duktape Microvium target
for w in create "${workloads[@]}"; do
    row "$w" $(for c in $cores; do echo "${fig[stack.$c.$w]:-?}"; done) \
        "|" "$(anchor stack.$w 2)" "$(anchor stack.$w 3)" "$(anchor stack.$w 4)" "$(anchor stack.$w 5)" "$(budget stack.cortex-m4.$w 4)"
done

# ---------------------------------------------------------------- budgets

# Figures under budget: flash per core, heap per workload, stack per core and workload.
budgeted=()
for c in $cores; do budgeted+=("flash.$c"); done
[ -n "${fig[flash.runtime.cortex-m4]:-}" ] && budgeted+=(flash.runtime.cortex-m4)
budgeted+=(heap.create.bytes heap.create.allocs)
for w in "${workloads[@]}"; do budgeted+=("heap.$w.peak" "heap.$w.allocs" "heap.image:$w.peak"); done
for c in $cores; do for w in create "${workloads[@]}"; do budgeted+=("stack.$c.$w"); done; done

if [ "$propose" = 1 ]; then
    echo
    echo "== Proposed budget lines (ceiling = figure + 0.5 %); target kept from budgets.txt"
    for k in "${budgeted[@]}"; do
        v=${fig[$k]:-}
        [ -z "$v" ] && continue
        t=$(budget "$k" 4)
        printf '%-12s %-26s %8d %8s\n' "$profile" "$k" $((v + (v + 199) / 200)) "${t:--}"
    done
fi

if [ "$check" = 1 ]; then
    echo
    echo "== Budgets ($here/budgets.txt, profile $profile)"
    over=0
    lower=0
    for k in "${budgeted[@]}"; do
        v=${fig[$k]:-}
        [ -z "$v" ] && { fail "$k was not measured"; continue; }
        ceiling=$(budget "$k" 3)
        if [ -z "$ceiling" ] || [ "$ceiling" = - ]; then
            echo "  no ceiling for $k ($v) in profile $profile"
            continue
        fi
        if [ "$v" -gt "$ceiling" ]; then
            echo "  OVER: $k = $v > ceiling $ceiling"
            over=1
        elif [ $((v + (v + 199) / 200)) -lt "$ceiling" ]; then
            echo "  lower the ceiling: $k = $v, ceiling $ceiling"
            lower=1
        fi
    done
    [ "$over" = 1 ] && fail "figures over their ceiling (a reason to lower a feature's cost, not to raise the ceiling: docs/memory.md)"
    [ "$over" = 0 ] && echo "  all figures within their ceilings"
    [ "$lower" = 1 ] && echo "  (figures well below their ceiling: lower it, see docs/memory.md)"
fi
exit "$failed"
