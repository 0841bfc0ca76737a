#!/bin/sh
# Writes every publication of the demo study with the command line and renders it for a person to look at:
# PDFs to PNG pages (pdftoppm), the ARRIVE .docx to PDF (LibreOffice headless) and then to PNG.
#   releng/scripts/render-publications.sh [OUT_DIR]      (default: target/publications)
# Needs the built product (./vivarium builds it on first use); installs poppler-utils and LibreOffice Writer with
# apt-get when run as root, otherwise says what to install.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/target/publications}
V="$ROOT/vivarium"
need() { # <command> <debian package>
  command -v "$1" >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$2" >/dev/null
  else
    echo "render-publications: $1 is missing; install it with: sudo apt-get install $2" >&2; exit 1
  fi
}
need pdftoppm poppler-utils
need soffice libreoffice-writer-nogui
rm -rf "$OUT"; mkdir -p "$OUT/png"
S="$OUT/demo.vivarium"
"$V" demo "$S" >/dev/null
"$V" randomise "$S" --cohort "1 h" --strata sex,weight --seed 20261206 \
  --reason "the demo's arms are replaced by a recorded allocation" >/dev/null
"$V" report "$S" --arrive "$OUT/arrive.docx"
"$V" report "$S" --arrive "$OUT/arrive.pdf"
"$V" report "$S" --summary "$OUT/study-report.pdf"
"$V" export "$S" "$OUT/demo.pzfx"
"$V" print "$S" cage-cards "$OUT/cage-cards.pdf"
"$V" print "$S" cage-cards "$OUT/cage-cards-letter.pdf" --cohort "24 h" --paper letter
"$V" print "$S" dosing-sheets "$OUT/dosing-sheets.pdf" --cohort "1 h"
"$V" print "$S" entry-sheets "$OUT/entry-sheets.pdf" --cohort "24 h"
for size in single double slide; do
  for a in durability two-way-anova; do
    "$V" analyze "$S" --analysis $a --assay FST --measure immobility --chart "$OUT/$a-$size.png" --size $size
    "$V" analyze "$S" --analysis $a --assay FST --measure immobility --chart "$OUT/$a-$size.pdf" --size $size
  done
done
(cd "$OUT" && soffice --headless --convert-to pdf --outdir "$OUT/docx-as-pdf" arrive.docx >/dev/null 2>&1)
for pdf in "$OUT"/*.pdf "$OUT"/docx-as-pdf/*.pdf; do
  [ -f "$pdf" ] || continue
  name=$(basename "$pdf" .pdf); case "$pdf" in */docx-as-pdf/*) name="$name-docx" ;; esac
  pdftoppm -r 70 -png "$pdf" "$OUT/png/$name"
done
cp "$OUT"/*.png "$OUT/png/" 2>/dev/null || true
echo "rendered $(ls "$OUT/png" | wc -l) pages and figures into $OUT/png"
