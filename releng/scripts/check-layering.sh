#!/bin/sh
# Build check (run by the parent pom in the validate phase, and usable on its own):
#  1. only UI bundles (*.ui, *.ui.*, *.rcp, *.ui.tests) may depend on SWT, JFace, org.eclipse.ui or e4.ui;
#  2. each third-party library is used by exactly one bundle (plus its test fragment; org.vivarium.thirdparty.*
#     fragments only repair a library's own manifest).
# Exits 1 and names every offending manifest.
ROOT=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
status=0
fail() { echo "[layering] $1" >&2; status=1; }

# manifest headers that name dependencies, unfolded (continuation lines start with one space)
deps() {
  awk '/^[A-Za-z-]+:/ { h = $0; sub(/:.*/, "", h) } { line = $0; sub(/^ /, "", line) } \
       h == "Require-Bundle" || h == "Import-Package" || h == "Fragment-Host" { print line }' "$1"
}

for mf in "$ROOT"/bundles/*/META-INF/MANIFEST.MF; do
  [ -f "$mf" ] || continue
  b=$(basename "$(dirname "$(dirname "$mf")")")
  d=$(deps "$mf")
  case "$b" in
    *.ui|*.ui.*|*.rcp|*.rcp.*) ;;
    *)
      hit=$(printf '%s\n' "$d" | grep -oE 'org\.eclipse\.(swt|jface|ui|e4\.ui)[A-Za-z0-9_.]*' | sort -u | tr '\n' ' ')
      [ -z "$hit" ] || fail "$b is headless but its manifest depends on: $hit(move that code to a .ui bundle)"
      ;;
  esac
  check_lib() { # <pattern> <label> <allowed bundle>
    case "$b" in "$3"|"$3".tests|org.vivarium.thirdparty.*) return ;; esac
    hit=$(printf '%s\n' "$d" | grep -oE "$1" | sort -u | tr '\n' ' ')
    [ -z "$hit" ] || fail "$b uses $2 ($hit) - only $3 may"
  }
  check_lib 'org\.apache\.poi[A-Za-z0-9_.]*|wrapped\.org\.apache\.poi[A-Za-z0-9_.-]*' "Apache POI" org.vivarium.io.excel
  check_lib 'org\.jfree[A-Za-z0-9_.]*|wrapped\.org\.jfree[A-Za-z0-9_.-]*' "JFreeChart" org.vivarium.publish
  check_lib 'org\.apache\.pdfbox[A-Za-z0-9_.]*|de\.rototor\.pdfbox[A-Za-z0-9_.]*' "PDFBox" org.vivarium.publish
  check_lib 'org\.apache\.batik[A-Za-z0-9_.]*|wrapped\.org\.apache\.xmlgraphics[A-Za-z0-9_.-]*' "Batik" org.vivarium.publish
  check_lib 'org\.apache\.commons\.statistics[A-Za-z0-9_.]*' "Commons Statistics" org.vivarium.analysis.stats
  check_lib 'org\.postgresql[A-Za-z0-9_.]*|org\.flywaydb[A-Za-z0-9_.]*|java\.sql|javax\.sql' "JDBC/Flyway" org.vivarium.lab
  check_lib 'org\.eclipse\.equinox\.p2[A-Za-z0-9_.]*' "p2" org.vivarium.p2
  check_lib 'org\.eclipse\.nebula\.widgets\.nattable[A-Za-z0-9_.]*' "NatTable" org.vivarium.ui
done
[ $status -eq 0 ] && echo "[layering] OK: headless bundles are free of SWT/JFace/UI; each library sits behind one bundle"
exit $status
