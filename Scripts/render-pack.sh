#!/usr/bin/env bash
# Renders a register's HTML committee pack with headless Chromium (docs/exports.md):
#   Scripts/render-pack.sh REGISTER OUTDIR
# writes OUTDIR/REGISTER.html (riskreg export --format html), OUTDIR/REGISTER.pdf (printed on A4,
# as a committee paper) and OUTDIR/REGISTER.png (the first A4 screenful, 794 × 1123 CSS pixels).
# REGISTER is a register's file stem or period, as `riskreg export --register` takes it.
# Environment: RISKREG (the riskreg to run; default .build/debug/riskreg, else riskreg on PATH),
# RISKREG_DATA (the data directory; default the repository's Data/), CHROMIUM (default chromium).
# Needs Debian's chromium; poppler-utils' pdfinfo, when present, reports the page count.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 REGISTER OUTDIR" >&2
  exit 64
fi
register=$1
outdir=$2
root=$(cd "$(dirname "$0")/.." && pwd)
riskreg=${RISKREG:-}
if [ -z "$riskreg" ]; then
  if [ -x "$root/.build/debug/riskreg" ]; then riskreg=$root/.build/debug/riskreg; else riskreg=riskreg; fi
fi
data=${RISKREG_DATA:-$root/Data}
chromium=${CHROMIUM:-chromium}
command -v "$chromium" >/dev/null 2>&1 || { echo "$0: $chromium not found (Debian: apt-get install chromium)" >&2; exit 69; }

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
stem=$(basename -- "$register")
html=$outdir/$stem.html
"$riskreg" export --data "$data" --register "$register" --format html -o "$html" --force

# --no-sandbox: Chromium's sandbox needs user namespaces, which containers and CI runners running
# as root do not give it. A fresh profile directory keeps runs independent of each other.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile")
# Chromium's chatter (no D-Bus in a container) goes to a log, shown only when it fails.
render() {
  if ! "$chromium" "${flags[@]}" "$@" "file://$html" >"$profile/log" 2>&1; then
    echo "$0: $chromium failed:" >&2
    cat "$profile/log" >&2
    exit 1
  fi
}
render --no-pdf-header-footer --print-to-pdf="$outdir/$stem.pdf"
render --window-size=794,1123 --screenshot="$outdir/$stem.png"
for file in "$outdir/$stem.pdf" "$outdir/$stem.png"; do
  [ -s "$file" ] || { echo "$0: chromium wrote no $file" >&2; exit 1; }
done
pages=""
if command -v pdfinfo >/dev/null 2>&1; then pages=" ($(pdfinfo "$outdir/$stem.pdf" | awk '/^Pages:/ {print $2}') A4 pages)"; fi
echo "$html"
echo "$outdir/$stem.pdf$pages"
echo "$outdir/$stem.png"
