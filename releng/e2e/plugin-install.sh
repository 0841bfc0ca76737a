#!/bin/sh
# End-to-end: lab plug-ins installed into a copy of the product through p2 (./vivarium plugin install|list|remove),
# dropped into dropins/, copied into plugins/ by hand, and one built for another API version.
# Run by releng/org.vivarium.e2e/run-e2e.sh with PRODUCT, SITE, WORK, ROOT, JAVA_HOME (and VIVARIUM_HOME=PRODUCT).
set -e
V="$ROOT/vivarium"
FIXTURE="$ROOT/releng/e2e/lab-plugin"
ID=org.example.lab.feature
ANALYSIS=org.example.lab.observation-count
step() { echo "== $(date +%T) $*"; }
fail() { echo "FAILED: $*"; exit 1; }
expect() { # <file> <text>: the file holds the text
  grep -qF -- "$2" "$1" || { echo "--- $1:"; cat "$1"; fail "expected \"$2\" in $1"; }
}
refuse() { # <file> <text>: the file does not hold the text
  if grep -qF -- "$2" "$1"; then echo "--- $1:"; cat "$1"; fail "did not expect \"$2\" in $1"; fi
}
run() { # <name> <expected exit> <command...>: output in $WORK/<name>.out and .err
  _n=$1; _x=$2; shift 2
  set +e; "$@" > "$WORK/$_n.out" 2> "$WORK/$_n.err"; _rc=$?; set -e
  if [ "$_rc" != "$_x" ]; then
    echo "--- stdout:"; cat "$WORK/$_n.out"; echo "--- stderr:"; cat "$WORK/$_n.err"
    fail "$* exited $_rc, expected $_x"
  fi
}
info() { # the bundles.info of the product
  cat "$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
}

step "fixture sites: 1.0.0 and 1.1.0 against the API, 1.2.0 built for API [2.0.0,3.0.0)"
sh "$FIXTURE/build-site.sh" 1.0.0 "[1.0.0,2.0.0)" "$WORK/v1"
sh "$FIXTURE/build-site.sh" 1.1.0 "[1.0.0,2.0.0)" "$WORK/v2"
sh "$FIXTURE/build-site.sh" 1.2.0 "[2.0.0,3.0.0)" "$WORK/wrong"
(cd "$WORK/v1/site" && "$JAVA_HOME/bin/jar" --create --no-manifest --file "$WORK/v1-site.zip" .)
run demo 0 "$V" demo "$WORK/demo.vivarium"

step "nothing installed yet"
run list0 0 "$V" plugin list
refuse "$WORK/list0.out" "$ID"

step "clear errors: no such site, nothing installable, ID not on the site, ID not installed"
run nosite 2 "$V" plugin install "$WORK/no-such-site"
expect "$WORK/nosite.err" "no such site"
mkdir "$WORK/empty"
run empty 2 "$V" plugin install "$WORK/empty"
expect "$WORK/empty.err" "nothing installable"
run noid 2 "$V" plugin install "$WORK/v1/site" org.example.other
expect "$WORK/noid.err" "org.example.other is not on $WORK/v1/site (it has: $ID)"
run notinst 2 "$V" plugin remove $ID
expect "$WORK/notinst.err" "$ID is not installed"
run usage 1 "$V" plugin install

step "install 1.0.0 from a zip of the site (no ID: every feature of the site)"
run install1 0 "$V" plugin install "$WORK/v1-site.zip"
expect "$WORK/install1.out" "installed $ID 1.0.0"
info | grep -q '^org.example.lab.analysis,1.0.0,' || fail "bundles.info lacks the plug-in"
run list1 0 "$V" plugin list
expect "$WORK/list1.out" "$ID	1.0.0	active"
run analyses1 0 "$V" analyses
expect "$WORK/analyses1.out" "$ANALYSIS"
expect "$WORK/analyses1.out" "Observation count 1.0.0"
run analyze1 0 "$V" analyze "$WORK/demo.vivarium" --analysis $ANALYSIS --assay FST --measure immobility --format json
expect "$WORK/analyze1.out" "Observation count 1.0.0"
expect "$WORK/analyze1.out" '"observations"'
run again 0 "$V" plugin install "$WORK/v1/site" $ID
expect "$WORK/again.out" "already installed"

if command -v python3 >/dev/null 2>&1; then
  step "install 1.1.0 from an http URL: it replaces 1.0.0"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$WORK/v2/site" > "$WORK/http.log" 2>&1 &
  HTTP=$!
  trap 'kill $HTTP 2>/dev/null || true' EXIT
  sleep 1
  run install2 0 "$V" plugin install "http://127.0.0.1:$port/" $ID
  kill $HTTP 2>/dev/null || true
else
  step "install 1.1.0 from a folder (no python3 for an http server): it replaces 1.0.0"
  run install2 0 "$V" plugin install "$WORK/v2/site" $ID
fi
expect "$WORK/install2.out" "installed $ID 1.1.0"
info | grep -q '^org.example.lab.analysis,1.1.0,' || fail "bundles.info lacks 1.1.0"
info | grep -q '^org.example.lab.analysis,1.0.0,' && fail "bundles.info still has 1.0.0"
[ ! -e "$PRODUCT/plugins/org.example.lab.analysis_1.0.0.jar" ] || fail "the 1.0.0 jar is still in plugins/"
run list2 0 "$V" plugin list
expect "$WORK/list2.out" "$ID	1.1.0	active"
refuse "$WORK/list2.out" "1.0.0"
run analyze2 0 "$V" analyze "$WORK/demo.vivarium" --analysis $ANALYSIS --assay FST --measure immobility
expect "$WORK/analyze2.out" "Observation count 1.1.0"

step "remove it: gone from list, analyses and bundles.info"
run remove 0 "$V" plugin remove $ID
expect "$WORK/remove.out" "removed $ID 1.1.0"
run list3 0 "$V" plugin list
refuse "$WORK/list3.out" "$ID"
run analyses3 0 "$V" analyses
refuse "$WORK/analyses3.out" "$ANALYSIS"
info | grep -q '^org.example.lab' && fail "bundles.info still lists the plug-in"
[ -z "$(ls "$PRODUCT/plugins" | grep org.example.lab)" ] || fail "its jar is still in plugins/"

step "a plug-in built for API [2.0.0,3.0.0): install says what it needs and what Vivarium has"
run wrong 2 "$V" plugin install "$WORK/wrong/site"
expect "$WORK/wrong.err" "org.example.lab.analysis 1.2.0 needs org.vivarium.analysis [2.0.0,3.0.0) and this Vivarium has 1.1.0"

step "the same jar dropped into dropins/: plugin list says unresolved and why; the start warns"
mkdir -p "$PRODUCT/dropins"
cp "$WORK/wrong/bundle.jar" "$PRODUCT/dropins/org.example.lab.analysis_1.2.0.jar"
run list4 0 "$V" plugin list
expect "$WORK/list4.out" "org.example.lab.analysis	1.2.0	unresolved: "
expect "$WORK/list4.out" "needs org.vivarium.analysis [2.0.0,3.0.0) and this Vivarium has 1.1.0"
run analyses4 0 "$V" analyses
expect "$WORK/analyses4.err" "needs org.vivarium.analysis [2.0.0,3.0.0) and this Vivarium has 1.1.0"
expect "$WORK/analyses4.out" "org.example.lab.analysis 1.2.0 (dropins/org.example.lab.analysis_1.2.0.jar) is not active: it needs org.vivarium.analysis [2.0.0,3.0.0) and this Vivarium has 1.1.0"
rm "$PRODUCT/dropins/org.example.lab.analysis_1.2.0.jar"

step "a good jar dropped into dropins/ works (p2 reconciler)"
cp "$WORK/v1/bundle.jar" "$PRODUCT/dropins/org.example.lab.analysis_1.0.0.jar"
run analyses5 0 "$V" analyses
expect "$WORK/analyses5.out" "$ANALYSIS"
run list5 0 "$V" plugin list
expect "$WORK/list5.out" "org.example.lab.analysis	1.0.0	active (dropins/org.example.lab.analysis_1.0.0.jar)"
rm "$PRODUCT/dropins/org.example.lab.analysis_1.0.0.jar"
run analyses6 0 "$V" analyses
refuse "$WORK/analyses6.out" "$ANALYSIS"

step "a jar copied into plugins/ by hand is reported, never silently ignored"
cp "$WORK/v1/bundle.jar" "$PRODUCT/plugins/org.example.lab.analysis_1.0.0.jar"
run list7 0 "$V" plugin list
expect "$WORK/list7.out" "org.example.lab.analysis	1.0.0	not installed: plugins/org.example.lab.analysis_1.0.0.jar was copied into plugins/ by hand"
run analyses7 0 "$V" analyses
expect "$WORK/analyses7.err" "plugins/org.example.lab.analysis_1.0.0.jar was copied into plugins/ by hand and is ignored"
echo "all plug-in installation checks passed"
