#!/usr/bin/env bash
# Print every miss of the real set's development part, or of the pages named.
# Usage (from anywhere): testdata/realset/misses.sh [TAG...]   e.g. misses.sh b043 d002
# kgeval prints at most 40 misses of a kind, so a page's misses near the 40th appear and
# disappear from its printout as unrelated misses before them come and go; this reads its
# JSON report, which has them all. A TAG is what precedes a page's first underscore.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
../shared/eval/run.sh "$here/corpus" "$here/gold" -- --quiet --json "$work/report.json"
python3 - "$work/report.json" "$@" <<'PY'
import json, sys
report, tags = json.load(open(sys.argv[1])), set(sys.argv[2:])
for kind, misses in report["misses"].items():
    shown = [m for m in misses if not tags or m.split(":", 1)[0] in tags]
    if shown:
        print("%s (%d of %d):" % (kind, len(shown), len(misses)))
        for m in shown:
            print("   ", m)
PY
