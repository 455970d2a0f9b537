#!/usr/bin/env bash
# One fuzz test under ctest:
#   bash tests/fuzz/run_fuzz.sh TARGET_BINARY eval|json|regexp|image SECONDS
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

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

regressions=("$here/regressions/$kind"/*)
if [ -e "${regressions[0]}" ]; then
    echo "replaying ${#regressions[@]} regression inputs"
    "$target" -timeout=10 -rss_limit_mb=2048 "${regressions[@]}"
fi

bash "$here/make_seeds.sh" "$kind" "$work/seeds"
mkdir "$work/corpus" "$work/artifacts"
dict=()
[ "$kind" = eval ] && dict=(-dict="$here/js.dict")
cd "$work"
status=0
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
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
