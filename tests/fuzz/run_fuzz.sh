#!/usr/bin/env bash
# One fuzz test under ctest:
#   bash tests/fuzz/run_fuzz.sh TARGET_BINARY eval|json|regexp|image|builtins SECONDS
# Replays tests/fuzz/regressions/<kind>/*, then fuzzes for SECONDS from a
# fresh seed corpus in a temporary directory (the tree is not modified).
# The targets bound every input with the engine's instruction budget
# (fuzz_heap.h), so libFuzzer's -timeout stops nothing legitimate: a timeout
# fails the test like a crash, a sanitizer report, a leak, a failed check or
# running out of RSS.
set -euo pipefail
target=$(realpath "$1")
kind=$2
seconds=$3
here="$(cd "$(dirname "$0")" && pwd)"

# RSS over a whole run grows with ASan's quarantine (256 MB by default) and
# shadow memory, not with the engine (every input's heap is checked empty
# after eng_destroy): a smaller quarantine and a 4 GB process limit keep a
# minute's run from ending as "out-of-memory" (seen at 2.9 GB RSS with 40 MB
# live); one allocation above 2 GB is still a finding (-malloc_limit_mb).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=32"
limits=(-rss_limit_mb=4096 -malloc_limit_mb=2048)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

regressions=("$here/regressions/$kind"/*)
if [ -e "${regressions[0]}" ]; then
    echo "replaying ${#regressions[@]} regression inputs"
    "$target" -timeout=10 "${limits[@]}" "${regressions[@]}"
fi

bash "$here/make_seeds.sh" "$kind" "$work/seeds"
mkdir "$work/corpus" "$work/artifacts"
dict=()
[ "$kind" = eval ] && dict=(-dict="$here/js.dict")
# fuzz_builtins reads 7 bytes or fewer per call and makes at most 24 calls:
# inputs of that length from the start (libFuzzer would otherwise grow the
# limit slowly from the seeds' 28 bytes).
[ "$kind" = builtins ] && dict=(-max_len=168 -len_control=0)
cd "$work"
status=0
"$target" -max_total_time="$seconds" -timeout=10 "${limits[@]}" \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "${dict[@]}" \
    "$work/corpus" "$work/seeds" || status=$?
for artifact in "$work"/artifacts/*; do
    [ -e "$artifact" ] || continue
    echo "finding: $(basename "$artifact")"
    od -c "$artifact" | head -20
    status=1
done
[ "$status" -eq 0 ] || exit "$status"
echo "fuzzed for $seconds s: $(ls "$work/corpus" | wc -l) corpus entries"
