#!/usr/bin/env bash
# Score the real set per genre and per decade, then as a whole.
# Usage (from anywhere): testdata/realset/score.sh [--frozen]
# The development part by default; --frozen scores the frozen third (once, at the end of an issue).
# Groups come from sources.tsv (genre, year); each group is scored by ../shared/eval/run.sh on a
# temporary corpus/gold pair of symlinks, so a group's figures are those of its pages alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
split=dev corpus=$here/corpus gold=$here/gold
if [ "${1:-}" = "--frozen" ]; then
	split=frozen corpus=$here/frozen/corpus gold=$here/frozen/gold
elif [ $# -gt 0 ]; then
	echo "usage: $0 [--frozen]" >&2
	exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One line per annotated page of the split whose text and gold are both present: file, genre, decade.
# The file column may hold a bare name or a path inside the real set (corpus/x.txt): its base name counts.
awk -F'\t' -v s="$split" 'NR > 1 && $3 == s && $7 == "yes" {
	n = split($1, parts, "/")
	d = ($5 ~ /^20[0-9][0-9]$/) ? substr($5, 1, 3) "0s" : "undated"
	print parts[n] "\t" $6 "\t" d
}' "$here/sources.tsv" | while IFS=$'\t' read -r file genre decade; do
	[ -f "$corpus/$file" ] && [ -f "$gold/${file%.txt}.json" ] || continue
	for group in "genre-$genre" "decade-$decade"; do
		mkdir -p "$work/$group/corpus" "$work/$group/gold"
		ln -s "$corpus/$file" "$work/$group/corpus/$file"
		ln -s "$gold/${file%.txt}.json" "$work/$group/gold/${file%.txt}.json"
	done
done

cd "$root"
for dir in "$work"/genre-* "$work"/decade-*; do
	[ -d "$dir" ] || continue
	n=$(find "$dir/corpus" -name '*.txt' | wc -l)
	printf '%-18s %3d pages  %s\n' "${dir##*/}" "$n" "$(../shared/eval/run.sh "$dir/corpus" "$dir/gold" -- --quiet | tail -1)"
done
n=$(find "$corpus" -name '*.txt' | wc -l)
printf '%-18s %3d pages  %s\n' "total-$split" "$n" "$(../shared/eval/run.sh "$corpus" "$gold" -- --quiet | tail -1)"
