#!/usr/bin/env bash
# Side-by-side instruction counts (callgrind) of this engine, Duktape and
# MuJS on the scripts beside this file. Counts, not seconds: repeatable.
#   bash tools/bench/run.sh            (needs valgrind, duktape, mujs; builds the host preset)
set -euo pipefail
cd "$(dirname "$0")/../.."
for p in valgrind duktape mujs; do
    dpkg -s "$p" >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null; }
done
ENGINE=${ENGINE:-build/host/engine}
[ -n "${SKIP_BUILD:-}" ] || { cmake --preset host >/dev/null && cmake --build --preset host --target engine_cli >/dev/null; }
count() {  # prints the instruction count of one command
    local out
    out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | grep -E "Collected" | awk '{print $4}')
    echo "${out//,/}"
}
printf '%-12s %14s %14s %14s %9s %9s\n' script engine duk mujs duk/eng mujs/eng
for f in tools/bench/*.js; do
    name=$(basename "$f" .js)
    e=$(count "$ENGINE" "$f")
    d=$(count duk "$f")
    m=$(count mujs "$f")
    awk -v n="$name" -v e="$e" -v d="$d" -v m="$m" \
        'BEGIN { printf "%-12s %14s %14s %14s %9.2f %9.2f\n", n, e, d, m, d / e, m / e }'
done
