#!/usr/bin/env bash
# Whole-process benchmarks of the release `zhtidy` as users run it (Markdown out): wall time and
# peak RSS (GNU time), median of RUNS runs, for
#   - one 18 KB page (the seed), start-up included;
#   - the seed repeated to 10 MB and to 100 MB, given as a file (read whole) and piped on stdin
#     (streamed piece by piece);
#   - the 21 pdftotext -raw pages of Fixtures/pages as one run;
#   - with --gb: 1 GB piped through stdin (the streaming memory bound).
# With --static, the binary is built with the Swift runtime linked in (--static-swift-stdlib, in
# .build-static): no Swift libraries to load and relocate at start-up.
#
#   Benchmarks/whole-process.sh [RUNS] [--gb] [--static]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
gb=no
static=no
for arg in "${@:2}"; do
    case "$arg" in
        --gb) gb=yes ;;
        --static) static=yes ;;
        *) echo "whole-process.sh: unknown option $arg (expected --gb or --static)" >&2; exit 2 ;;
    esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ "$static" = yes ]; then
    swift build -c release --static-swift-stdlib --scratch-path .build-static --product zhtidy >/dev/null
    bin=.build-static/release/zhtidy
else
    swift build -c release --product zhtidy >/dev/null
    bin=.build/release/zhtidy
fi
python3 - "$work" <<'PY'
import sys
seed = open("seeds/000_feb1d816decd85e9.txt", "rb").read()
for mb in (10, 100):
    out = bytearray()
    while len(out) < mb * 1000 * 1000:
        out += seed + b"\n\n"
    open(f"{sys.argv[1]}/seed-{mb}mb.txt", "wb").write(out)
PY
measure() {  # label, bytes, command…: median wall seconds and peak RSS over $runs runs
    local label="$1" bytes="$2"; shift 2
    local out="$work/times"; : > "$out"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/t" bash -c "$*" > /dev/null
        cat "$work/t" >> "$out"
    done
    sort -n "$out" | awk -v label="$label" -v bytes="$bytes" '
        { t[NR] = $1; m[NR] = $2 } END {
            mid = int((NR + 1) / 2); s = t[mid]; rss = 0
            for (i = 1; i <= NR; i++) if (m[i] > rss) rss = m[i]
            mbs = (s > 0) ? bytes / 1e6 / s : 0
            printf "%-34s %10.3f s %9.1f MB/s %8.1f MiB\n", label, s, mbs, rss / 1024 }'
}
printf '%-34s %12s %14s %12s\n' "case ($runs runs, median)" "wall" "throughput" "peak RSS"
seed=seeds/000_feb1d816decd85e9.txt
measure "18 KB page (file)" "$(stat -c %s $seed)" "$bin $seed"
for mb in 10 100; do
    f="$work/seed-${mb}mb.txt"
    measure "seed × ${mb} MB (file)" "$(stat -c %s "$f")" "$bin $f"
    measure "seed × ${mb} MB (stdin, streamed)" "$(stat -c %s "$f")" "$bin < $f"
done
raw=$(ls Fixtures/pages/*/pdftotext_raw.txt | tr '\n' ' ')
measure "21 pdftotext -raw pages (one run)" "$(cat $raw | wc -c)" "$bin $raw"
if [ "$gb" = yes ]; then
    python3 -c "
import sys
seed = open('$seed', 'rb').read() + b'\n\n'
n = (1 << 30) // len(seed)
out = sys.stdout.buffer
for _ in range(n): out.write(seed)" > "$work/gb.txt"
    runs=1 measure "1 GB (stdin, streamed)" "$(stat -c %s "$work/gb.txt")" "$bin < $work/gb.txt"
fi
