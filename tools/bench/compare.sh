#!/usr/bin/env bash
# The benchmark suite (tools/bench/suite/*.js) under callgrind: total
# instructions of this engine, QuickJS, Duktape and MuJS per program (the
# whole process, start-up included, the same way for every engine), each
# ratio to QuickJS and the geometric mean of the ratios. Each program's
# output is checked against its .expected (written with node) first.
#   bash tools/bench/compare.sh [-j N] [name ...]   (names: suite programs, default all)
# Environment: ENGINE (default build/host/engine), QJS (default
# ../shared/tools/qjs/qjs beside the repo or /work/shared/tools/qjs/qjs),
# ENGINES (default "engine qjs duk mujs"), SKIP_BUILD=1 to use the engine as built.
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs=2
if [ "${1:-}" = "-j" ]; then jobs=$2; shift 2; fi
ENGINE=${ENGINE:-build/host/engine}
QJS=${QJS:-}
for q in ../shared/tools/qjs/qjs /work/shared/tools/qjs/qjs; do
    [ -n "$QJS" ] || { [ -x "$q" ] && QJS=$q; }
done
ENGINES=${ENGINES:-engine qjs duk mujs}
[ -n "${SKIP_BUILD:-}" ] || { cmake --preset host >/dev/null && cmake --build --preset host --target engine_cli >/dev/null; }

cmd_of() {
    case $1 in
        engine) echo "$ENGINE" ;;
        qjs) echo "${QJS:?no qjs found: set QJS}" ;;
        *) echo "$1" ;;
    esac
}
if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in tools/bench/suite/*.js; do names+=("$(basename "$f" .js)"); done; fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One line per (engine, program): checked, then counted.
for n in "${names[@]}"; do for e in $ENGINES; do echo "$e $n"; done; done >"$work/list"
export work
run_one() {
    local e=$1 n=$2 cmd=$3 f=tools/bench/suite/$2.js
    if ! TZ=UTC "$cmd" "$f" 2>&1 | cmp -s - "tools/bench/suite/$n.expected"; then
        echo "wrong" >"$work/$e.$n"; return
    fi
    TZ=UTC valgrind --tool=callgrind --callgrind-out-file=/dev/null "$cmd" "$f" 2>&1 >/dev/null |
        awk '/Collected/ { gsub(",", "", $4); print $4 }' >"$work/$e.$n"
}
export -f run_one
while read -r e n; do echo "$e $n $(cmd_of "$e")"; done <"$work/list" |
    xargs -P "$jobs" -L 1 bash -c 'run_one "$0" "$1" "$2"'

# Table: millions of instructions, then ratios to QuickJS.
{
    printf 'program'; for e in $ENGINES; do printf ' %s' "$e"; done
    for e in $ENGINES; do [ "$e" = qjs ] || printf ' %s/qjs' "$e"; done; echo
    for n in "${names[@]}"; do
        printf '%s' "$n"; for e in $ENGINES; do printf ' %s' "$(cat "$work/$e.$n")"; done; echo
    done
} | awk -v engines="$ENGINES" '
    NR == 1 { ne = split(engines, E, " "); for (i = 1; i <= ne; i++) if (E[i] == "qjs") q = i
              printf "%-14s", $1; for (i = 2; i <= NF; i++) printf " %11s", $i; print ""; next }
    { printf "%-14s", $1
      for (i = 1; i <= ne; i++) { v[i] = $(i + 1); printf " %11s", (v[i] ~ /^[0-9]+$/ ? sprintf("%.1fM", v[i] / 1e6) : v[i]) }
      for (i = 1; i <= ne; i++) if (i != q) {
          if (q && v[i] ~ /^[0-9]+$/ && v[q] ~ /^[0-9]+$/) { r = v[i] / v[q]; printf " %11.2f", r; s[i] += log(r); c[i]++ }
          else printf " %11s", "-"
      }
      print "" }
    END { printf "%-14s", "geomean"; for (i = 1; i <= ne; i++) printf " %11s", ""
          for (i = 1; i <= ne; i++) if (i != q) printf " %11s", (c[i] ? sprintf("%.2f", exp(s[i] / c[i])) : "-")
          print "" }'
