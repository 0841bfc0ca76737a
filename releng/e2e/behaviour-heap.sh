#!/bin/sh
# End-to-end: behaviour-room tracks are streamed, so a track of 1,000,000 samples imports in a small, fixed heap;
# and the behaviour-room example written by the product imports as the README says.
# Two EthoVision XT raw-data look-alikes are written here (never third-party files): a UTF-16LE text export without
# a byte-order mark (';', decimal commas) and an .xlsx workbook, each one track of 1,000,000 samples at 25/s. Each is
# imported into the demo's FST 1 h session by the product's command line running with -Xmx32m - a reader that kept
# the samples would need several hundred MB - and the immobility imported is checked against awk's own sum.
# Run by releng/org.vivarium.e2e/run-e2e.sh with PRODUCT, WORK, ROOT, JAVA_HOME (and VIVARIUM_HOME=PRODUCT).
set -e
V="$ROOT/vivarium"
N=1000000
step() { echo "== $(date +%T) $*"; }
fail() { echo "FAILED: $*"; exit 1; }

# The state of sample i: immobile in alternate 10 s bouts after the first 40 s (the same rule in both files and sums).
samples() { # <field separator> <decimal comma 0|1>: the header block and the samples of one track
  awk -v n=$N -v fs="$1" -v comma="$2" 'BEGIN {
    print "\"Number of header lines:\"" fs "\"12\""
    print "\"Trial name:\"" fs "\"Trial     1\""; print "\"Arena name:\"" fs "\"Arena 1\""
    print "\"Subject name:\"" fs "\"Subject 1\""; print "\"Mouse ID\"" fs "\"ANIMAL\""
    print "\"Start time:\"" fs "\"05.12.2026 10:31:09.123\""; print "\"Trial duration:\"" fs "\"+ 11:06:40.000\""
    for (i = 0; i < 3; i++) print "\"Field:\"" fs "\"\""
    print "\"Trial time\"" fs "\"Distance moved\"" fs "\"Mobility state(Immobile)\""
    print "\"s\"" fs "\"cm\"" fs "\"\""
    for (i = 0; i < n; i++) {
      t = sprintf("%.2f", i / 25.0); if (comma) sub(/\./, ",", t)
      s = (i >= 1000 && int(i / 250) % 2 == 0) ? 1 : 0
      if (i % 97 == 13) s = "-"
      print "\"" t "\"" fs "\"0" (comma ? "," : ".") "05\"" fs "\"" s "\""
    }
  }'
}

step "the expected immobility: 120-360 s of trial time, a sample holds until the next, '-' counts as neither"
EXPECTED=$(awk -v n=$N 'BEGIN { for (i = 0; i < n; i++) { t = i / 25.0
  s = (i >= 1000 && int(i / 250) % 2 == 0) ? 1 : 0; if (i % 97 == 13) s = 0
  if (s == 1 && t >= 120 && t < 360) sum += 0.04 }; printf "%.6f", sum }')
echo "expected immobility: $EXPECTED s"

step "a UTF-16LE text export without byte-order mark, ';' and decimal commas"
samples ";" 1 | sed 's/ANIMAL/1H-01/' | iconv -f UTF-8 -t UTF-16LE > "$WORK/track.txt"
ls -l "$WORK/track.txt"

step "an .xlsx workbook with the same track in one sheet (written as sheet XML, zipped with the JDK's jar)"
X="$WORK/xlsx"
mkdir -p "$X/_rels" "$X/xl/_rels" "$X/xl/worksheets"
cat > "$X/[Content_Types].xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
EOF
cat > "$X/_rels/.rels" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
EOF
cat > "$X/xl/workbook.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Track-Arena 1-Subject 1" sheetId="1" r:id="rId1"/></sheets></workbook>
EOF
cat > "$X/xl/_rels/workbook.xml.rels" <<'EOF'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
EOF
samples "	" 0 | sed 's/ANIMAL/1H-02/' | awk -F'\t' 'BEGIN {
    print "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    print "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" }
  { printf "<row r=\"%d\">", NR
    for (c = 1; c <= NF; c++) { v = $c; gsub(/"/, "", v)
      if (NR > 12 && v != "-" && v != "") printf "<c t=\"n\"><v>%s</v></c>", v
      else if (v != "") printf "<c t=\"inlineStr\"><is><t>%s</t></is></c>", v
      else printf "<c/>" }
    print "</row>" }
  END { print "</sheetData></worksheet>" }' > "$X/xl/worksheets/sheet1.xml"
(cd "$X" && "$JAVA_HOME/bin/jar" --create --no-manifest --file "$WORK/track.xlsx" .)
ls -l "$WORK/track.xlsx"

step "both import into the demo's FST 1 h session with a 32 MB heap"
"$V" demo "$WORK/demo.vivarium" > /dev/null
printf '{"format": "vivarium-import-mapping", "version": 1, "defaults": {"session": "FST 1 h"}}' > "$WORK/m.json"
for f in track.txt track.xlsx; do
  VIVARIUM_VMARGS="-Xmx32m" "$V" import "$WORK/demo.vivarium" "$WORK/$f" --mapping "$WORK/m.json" \
    > "$WORK/$f.out" 2>&1 || { cat "$WORK/$f.out"; fail "import of $f with -Xmx32m"; }
  cat "$WORK/$f.out"
  grep -qF "0 already present, 2 added" "$WORK/$f.out" || fail "$f: expected immobility and latency added"
done

step "the imported immobility equals awk's sum"
"$V" export "$WORK/demo.vivarium" "$WORK/values.csv" > /dev/null
for animal in 1H-01 1H-02; do
  got=$(awk -F, -v a="$animal" '$1 == a && $10 == "immobility" { print $11 }' "$WORK/values.csv")
  awk -v a="$got" -v b="$EXPECTED" 'BEGIN { d = a - b; exit !(a != "" && d < 1e-6 && d > -1e-6) }' \
    || { grep "^$animal," "$WORK/values.csv"; fail "$animal: immobility '$got', expected $EXPECTED"; }
  echo "$animal immobility $got s (expected $EXPECTED)"
done

step "the behaviour-room example from the product: no library log lines, and its three imports each add their values"
"$V" demo "$WORK/room.vivarium" --example behaviour-room > "$WORK/room.out" 2> "$WORK/room.err" \
  || { cat "$WORK/room.out" "$WORK/room.err"; fail "demo --example behaviour-room"; }
[ ! -s "$WORK/room.err" ] || { cat "$WORK/room.err"; fail "demo --example behaviour-room wrote on stderr"; }
if grep -q "Log4j\|ERROR" "$WORK/room.out"; then cat "$WORK/room.out"; fail "a library's log line in the report"; fi
R="$WORK/room exports"
"$V" import "$WORK/room.vivarium" "$R/FST 24 h" --mapping "$R/FST 24 h.mapping.json" > "$WORK/i1.out" 2>&1 \
  || { cat "$WORK/i1.out"; fail "import of the EthoVision folder"; }
grep -qF "0 already present, 160 added" "$WORK/i1.out" || { cat "$WORK/i1.out"; fail "EthoVision folder"; }
"$V" import "$WORK/room.vivarium" "$R/FST 1 h ANY-maze.csv" > "$WORK/i2.out" 2>&1 \
  || { cat "$WORK/i2.out"; fail "import of the ANY-maze results"; }
grep -qF "0 already present, 80 added" "$WORK/i2.out" || { cat "$WORK/i2.out"; fail "ANY-maze results"; }
"$V" import "$WORK/room.vivarium" "$R/FST 1 h BORIS.tsv" > "$WORK/i3.out" 2>&1 \
  || { cat "$WORK/i3.out"; fail "import of the BORIS events"; }
grep -qF "0 already present, 80 added" "$WORK/i3.out" || { cat "$WORK/i3.out"; fail "BORIS events"; }
tail -n 1 "$WORK/i1.out" "$WORK/i2.out" "$WORK/i3.out"
