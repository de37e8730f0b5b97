#!/bin/sh
# Make a set of extracted pages with other seeds than the benchmark's, to measure how the
# rules do on pages they were not written against (the hidden pages are made the same
# way). Usage: sh Benchmarks/make-more-pages.sh SEED OUT
#   SEED: a number; the six typesetting runs use SEED*100+1, +2 (XeLaTeX), +101, +102
#   (ReportLab), +201, +202 (Chromium): 7 gives 7101 … 7302, as in Fixtures/more/s7.
#   OUT: a folder; the pages go to OUT/pages, the editions to OUT/editions.
# Needs (Debian 12): apt-get install -y --no-install-recommends poppler-utils fonts-noto-cjk \
#   fonts-wqy-zenhei fonts-arphic-uming texlive-xetex texlive-lang-chinese chromium
# and a Python with the extractors: python3 -m venv /tmp/venv &&
#   /tmp/venv/bin/pip install pdfminer.six pymupdf pymupdf4llm pdfplumber reportlab
# SHARED (default ../shared) holds tools/pagegen and data/seed-articles.jsonl.
set -e
SEED=$1
OUT=$2
SHARED=${SHARED:-../shared}
PY=${PY:-/tmp/venv/bin/python}
T="$SHARED/tools/pagegen"
ART="$SHARED/data/seed-articles.jsonl"
P="$OUT/pages"
COMMON="--jump-min-chars 600 --rutu-prob 0.8 --max-editions 1"
mkdir -p "$P" "$OUT/editions"
python3 "$T/typeset_xelatex.py"  "$ART" "$P" --seed $((SEED * 1000 + 101)) --budget 3800 $COMMON
python3 "$T/typeset_xelatex.py"  "$ART" "$P" --seed $((SEED * 1000 + 102)) --budget 1900 --start-edition 1 $COMMON
$PY     "$T/typeset_reportlab.py" "$ART" "$P" --seed $((SEED * 1000 + 201)) --budget 3800 $COMMON
$PY     "$T/typeset_reportlab.py" "$ART" "$P" --seed $((SEED * 1000 + 202)) --budget 1900 --start-edition 1 $COMMON
python3 "$T/typeset_chromium.py" "$ART" "$P" --seed $((SEED * 1000 + 301)) --budget 3500 $COMMON
python3 "$T/typeset_chromium.py" "$ART" "$P" --seed $((SEED * 1000 + 302)) --budget 1900 --start-edition 1 $COMMON
$PY "$T/extract.py" "$P"
python3 "$T/verify_truth.py" "$P"
python3 "$T/gold_md.py" "$P"
mv "$OUT"/editions_*.jsonl "$OUT/editions/"
rm -f "$P"/*/page.pdf
