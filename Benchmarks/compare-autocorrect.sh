#!/usr/bin/env bash
# Throughput of zhtidy beside autocorrect (the fastest formatter in this space; Rust, through its
# Python binding autocorrect-py from PyPI), on the same input, in the same run: median of RUNS
# runs each, whole process, MB/s and the ratio. autocorrect only adjusts spacing and punctuation;
# zhtidy also repairs paragraphs and structure — the ratio shows what that extra work costs.
#
#   Benchmarks/compare-autocorrect.sh [FILE] [RUNS]     (default: the seed repeated to 10 MB, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="${1:-$work/seed-10mb.txt}"
if [ -z "${1:-}" ]; then
    python3 - "$input" <<'PY'
import sys
seed = open("seeds/000_feb1d816decd85e9.txt", "rb").read()
out = bytearray()
while len(out) < 10 * 1000 * 1000:
    out += seed + b"\n\n"
open(sys.argv[1], "wb").write(out)
PY
fi
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet autocorrect-py
swift build -c release --product zhtidy >/dev/null
cat > "$work/ac.py" <<'PY'
import sys, autocorrect_py
text = open(sys.argv[1], encoding="utf-8").read()
sys.stdout.write(autocorrect_py.format(text))
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() {  # seconds of wall time for one run of "$@", output discarded
    local t0 t1
    t0=$(date +%s.%N); "$@" > /dev/null; t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}
bytes=$(stat -c %s "$input")
ac=$(for _ in $(seq "$runs"); do timed "$work/venv/bin/python" "$work/ac.py" "$input"; done | median)
zt=$(for _ in $(seq "$runs"); do timed .build/release/zhtidy "$input"; done | median)
mb=$(echo "$bytes / 1000000" | bc -l)
printf 'input        %.1f MB, %d runs each, median wall time (whole process)\n' "$mb" "$runs"
printf 'autocorrect  %6.3f s  %6.1f MB/s  (autocorrect-py %s)\n' "$ac" "$(echo "$mb / $ac" | bc -l)" \
    "$("$work/venv/bin/pip" show autocorrect-py | awk '/^Version/ {print $2}')"
printf 'zhtidy       %6.3f s  %6.1f MB/s\n' "$zt" "$(echo "$mb / $zt" | bc -l)"
printf 'ratio        %.2f× (zhtidy throughput / autocorrect throughput)\n' "$(echo "$ac / $zt" | bc -l)"
