#!/bin/sh
# End-to-end test of the analysis plug-in template (issue 14): a lab's plug-in generated with `plugin new`, built and
# tested with Maven outside the tree against the freshly built update site, installed into a copy of the product,
# listed and run from the command line, updated to a newer version, removed.
#
# Contract of releng/e2e/*.sh (the e2e harness sets these): PRODUCT = a fresh copy of the materialised product,
# SITE = the built update site folder, WORK = an empty temporary folder, ROOT = the repository, JAVA_HOME = a JDK >= 21.
# Exit 0 = passed; otherwise the failing step is named on stderr. The nested Maven builds run offline (-o) with
# $ROOT/mvnw and the same ~/.m2 (they do not take /work/mvnlock: the harness's build already holds it).
# By hand, after `releng/build.sh -o -B verify -DskipTests`:
#   W=$(mktemp -d); cp -r releng/org.vivarium.product/target/products/org.vivarium.product/linux/gtk/x86_64/vivarium $W/product
#   mkdir $W/work; PRODUCT=$W/product SITE=$PWD/releng/org.vivarium.repository/target/repository WORK=$W/work ROOT=$PWD \
#     JAVA_HOME=/usr/lib/jvm/... sh releng/e2e/template.sh
set -eu
: "${PRODUCT:?}" "${SITE:?}" "${WORK:?}" "${ROOT:?}" "${JAVA_HOME:?}"
export JAVA_HOME
ID=org.example.e2e.analysis
ANALYSIS=$ID.percent-of-control
LAB=$WORK/lab
BUNDLES_INFO=$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
export VIVARIUM_HOME="$PRODUCT" VIVARIUM_CONFIG="$WORK/config"

step() { echo "== template.sh: $*"; }
fail() { echo "template.sh: FAILED: $*" >&2; exit 1; }
viv() { "$ROOT/vivarium" "$@"; }

build() { # <what>: the lab's one Maven command, offline; its tests must have run and passed
  step "build the plug-in ($1) with Maven, offline, against $SITE"
  start=$(date +%s)
  (cd "$LAB" && "$ROOT/mvnw" -o -B -ntp verify) > "$WORK/build-$1.log" 2>&1 ||
    { tail -n 40 "$WORK/build-$1.log" >&2; fail "mvn verify of the generated project ($1); log: $WORK/build-$1.log"; }
  echo "   built in $(( $(date +%s) - start )) s"
  report=$(ls "$LAB/bundles/$ID.tests/target/surefire-reports/"TEST-*.xml 2>/dev/null | head -n 1)
  [ -n "$report" ] || fail "no test report in $LAB/bundles/$ID.tests/target/surefire-reports ($1)"
  grep -q '<testsuite[^>]* tests="4"' "$report" || fail "the template's 4 tests did not all run ($report)"
  grep -q '<testsuite[^>]* failures="0"' "$report" && grep -q '<testsuite[^>]* errors="0"' "$report" ||
    fail "the template's tests failed ($report)"
  LAB_SITE=$LAB/repository/target/repository
  ls "$LAB_SITE/plugins/${ID}_"*.jar > /dev/null 2>&1 || fail "no $ID jar in $LAB_SITE ($1)"
}

install() {
  step "install it: vivarium plugin install $LAB_SITE"
  viv plugin install "$LAB_SITE" || fail "plugin install $LAB_SITE"
}

listed_and_runs() { # <expected version, e.g. 1.0.1>: installed in that version only, listed, runs
  viv plugin list > "$WORK/list.txt" || fail "plugin list"
  grep "$ID" "$WORK/list.txt" | grep -q "$1" || { cat "$WORK/list.txt" >&2; fail "plugin list: no $ID $1"; }
  grep "$ID" "$WORK/list.txt" | grep -q "active" || { cat "$WORK/list.txt" >&2; fail "plugin list: $ID not active"; }
  [ "$1" = 1.0.0 ] || ! grep "$ID" "$WORK/list.txt" | grep -q "1\.0\.0\." ||
    { cat "$WORK/list.txt" >&2; fail "plugin list: $ID 1.0.0 is still installed beside $1"; }
  viv analyses > "$WORK/analyses.txt" || fail "vivarium analyses"
  grep -q "$ANALYSIS" "$WORK/analyses.txt" || { cat "$WORK/analyses.txt" >&2; fail "analyses does not list $ANALYSIS"; }
  [ "$(grep -c "$ANALYSIS" "$WORK/analyses.txt")" = 1 ] || fail "analyses lists $ANALYSIS more than once"
  viv analyze "$WORK/demo.vivarium" --analysis "$ANALYSIS" --assay FST --measure immobility --format json \
    > "$WORK/analyze.json" || { cat "$WORK/analyze.json" >&2; fail "analyze --analysis $ANALYSIS"; }
  grep -q '"VEH+VEH@24 h.percent": 100' "$WORK/analyze.json" ||
    { cat "$WORK/analyze.json" >&2; fail "analyze: no 100 % for the control at 24 h"; }
  grep -q '"KET+BCI@8 wk.percent"' "$WORK/analyze.json" || fail "analyze: no percentage of KET+BCI at 8 wk"
}

step "plugin new $ID $LAB --site $SITE"
viv plugin new "$ID" "$LAB" --site "$SITE" || fail "plugin new"
[ -f "$LAB/pom.xml" ] && [ -f "$LAB/bundles/$ID/src/org/example/e2e/analysis/PercentOfControl.java" ] ||
  fail "plugin new wrote no project into $LAB"
grep -qF "file://$(cd "$SITE" && pwd)/" "$LAB/vivarium.target" || fail "vivarium.target does not name $SITE"

build 1.0.0
viv demo "$WORK/demo.vivarium" --seed 3 > /dev/null || fail "vivarium demo"
install
step "listed by 'analyses' and run by 'analyze' on the demo study"
listed_and_runs 1.0.0

step "update: version 1.0.1, rebuild, install again"
grep -rlE --include=pom.xml --include=MANIFEST.MF --include=feature.xml '1\.0\.0(-SNAPSHOT|\.qualifier)' "$LAB" |
  xargs sed -i -E 's/1\.0\.0(-SNAPSHOT|\.qualifier)/1.0.1\1/g'
build 1.0.1
install
listed_and_runs 1.0.1

id=$(viv plugin list | grep "$ID" | awk '{ print $1 }' | head -n 1)
step "remove it: vivarium plugin remove $id"
viv plugin remove "$id" || fail "plugin remove $id"
! viv plugin list | grep -q "$ID" || fail "plugin list still shows $ID after the removal"
! grep -q "^$ID," "$BUNDLES_INFO" || fail "$ID is still in $BUNDLES_INFO after the removal"
viv analyses > "$WORK/analyses.txt" || fail "vivarium analyses after the removal"
! grep -q "$ANALYSIS" "$WORK/analyses.txt" || fail "analyses still lists $ANALYSIS after the removal"
step "passed"
